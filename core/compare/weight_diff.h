#pragma once
// Weight-level view of a lossy weight pass (round_weights, quantize_weights,
// float16 storage): per tensor, how much the values moved and how many
// distinct values there are before and after.

#include <cstdint>
#include <string>
#include <vector>

#include "core/model/model.h"
#include "core/util/progress.h"
#include "core/util/status.h"

namespace tfs::compare {

constexpr int kWeightHistogramBins = 40;

/// One weight tensor present in both models.
struct WeightDelta {
    std::string name;      // Const node or variable name
    std::string sourceA;   // "const float32[3,3,8,16]", "variable float32[...]"
    std::string sourceB;   // "const uint8 -> Dequantize", ...
    uint64_t elements = 0;
    double maxAbsChange = 0;
    double meanAbsChange = 0;
    uint64_t distinctA = 0;
    uint64_t distinctB = 0;
    bool changed = false;
    /// Value histograms over [histMin, histMax] (kWeightHistogramBins bins), for changed tensors.
    double histMin = 0, histMax = 0;
    std::vector<uint64_t> histogramA, histogramB;
};

struct WeightDiff {
    std::vector<WeightDelta> tensors;  // matched floating-point weights, largest change first
    int unmatchedA = 0;  // weights of A with no counterpart in B
    int unmatchedB = 0;
    int changedCount = 0;
    std::vector<Phrase> notes;
};

/// A named floating-point weight and its values as doubles.
struct WeightValues {
    std::string name;
    std::string source;
    std::vector<double> values;
    Dims dims;
};

/// The floating-point weights of a model: Const nodes with at least minElements
/// elements in the main graph, and stored (non-optimizer) variables. A node
/// computed from constants only by Dequantize/Cast/Identity is evaluated with the
/// executor's kernels, so a quantized weight is seen as the values the graph uses.
Result<std::vector<WeightValues>> collectWeights(const Model& model, int64_t minElements = 16, const WorkContext& work = {});

/// Matches weights by name (also "w" with "w/read") and measures their changes.
WeightDiff diffWeights(const std::vector<WeightValues>& a, const std::vector<WeightValues>& b);

}  // namespace tfs::compare
