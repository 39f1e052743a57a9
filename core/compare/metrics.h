#pragma once
// Accuracy metrics between the outputs of model A (the reference) and model B,
// accumulated over every sample of an input set.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/tensor.h"
#include "core/util/status.h"

namespace tfs::compare {

/// Decade bins of |a-b| used by reports: exactly 0, (0,1e-9), [1e-9,1e-8), ..., [0.1,1), [1,inf).
constexpr int kErrorBins = 12;
/// Label of an error bin ("0", "<1e-9", "1e-9..1e-8", ..., ">=1").
std::string errorBinLabel(int bin);
/// Which bin an absolute error falls into.
int errorBin(double absError);

/// Metrics of one output over all samples.
struct OutputMetrics {
    std::string name;     // signature key or tensor name, as reported
    std::string tensorA;  // tensor fetched from A ("pred:0")
    std::string tensorB;
    std::string dtype;    // "float32"
    std::string shapeA;   // shape of the first sample's output
    std::string shapeB;
    int samples = 0;
    uint64_t elements = 0;      // compared elements (all samples)
    bool numeric = true;        // false for strings: only equalFraction is meaningful
    double maxAbsError = 0;
    double meanAbsError = 0;
    /// max |a-b|/|a| over elements with a != 0 (elements with a == 0 count in the absolute errors).
    double maxRelError = 0;
    double rmse = 0;
    double cosine = 1;          // 1 when both outputs are all zero
    /// 10*log10(sum a^2 / sum (a-b)^2); nullopt when there is no error (infinite).
    std::optional<double> snrDb;
    double equalFraction = 1;   // elements exactly equal (NaN == NaN counts as equal)
    uint64_t nanMismatches = 0; // elements NaN in exactly one model (left out of the other metrics)
    /// Classifier-like outputs (rank 2 [N,C], C > 1): argmax rows agreeing.
    std::optional<double> top1Agreement;
    /// A's top-1 class is within B's top-5 (only when C > 5).
    std::optional<double> top5Agreement;
    uint64_t rows = 0;          // rows compared for top-k
    std::vector<uint64_t> errorHistogram = std::vector<uint64_t>(kErrorBins, 0);
    std::vector<Phrase> notes;  // "shapes differ ([1,10] vs [10]); compared flattened" ("Notes" phrases)
};

/// Adds sample after sample, then finish() gives the metrics.
class OutputAccumulator {
public:
    OutputAccumulator(std::string name, std::string tensorA, std::string tensorB);
    /// Compares one sample's outputs; InvalidArgument when element counts or kinds differ.
    Status add(const Tensor& a, const Tensor& b);
    OutputMetrics finish() const;

private:
    OutputMetrics m_;
    long double sumAbs_ = 0, sumSq_ = 0, sumAA_ = 0, sumBB_ = 0, sumAB_ = 0;
    uint64_t equal_ = 0, nanBoth_ = 0, top1_ = 0, top5_ = 0, top5Rows_ = 0;
    bool classifier_ = true;
};

/// Convenience: metrics of a single pair of tensors.
Result<OutputMetrics> compareTensors(const Tensor& a, const Tensor& b, const std::string& name = "output");

/// Tensor values as doubles (fixed-size numeric and bool types); InvalidArgument otherwise.
Result<std::vector<double>> tensorToDoubles(const Tensor& t);

}  // namespace tfs::compare
