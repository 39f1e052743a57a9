#pragma once
// Before-and-after comparison of two models that take the same inputs:
// size on disk and shipped, speed and memory on the CPU executor, output
// accuracy over an input set, and the weight-level changes of lossy passes.

#include <optional>
#include <string>
#include <vector>

#include "core/compare/input_set.h"
#include "core/compare/io_plan.h"
#include "core/compare/latency.h"
#include "core/compare/metrics.h"
#include "core/compare/runner.h"
#include "core/compare/size_stats.h"
#include "core/compare/weight_diff.h"
#include "core/model/model.h"
#include "core/util/progress.h"

namespace tfs::compare {

struct CompareOptions {
    IoOptions io;
    InputSetOptions inputs;
    /// Use the reference cases found beside model A (or B) when no other inputs are given.
    bool useReferenceCases = true;
    /// Random samples when no other input source gives any.
    int defaultRandomSamples = 4;
    int runs = 10;     // timed runs per model
    int warmup = 2;    // untimed runs per model first
    int threads = 0;   // executor threads, 0 = all cores
    bool tuneProcessAllocator = false;  // command-line runs own the process: keep freed buffers
    bool measureSpeed = true;
    bool measureAccuracy = true;
    bool compareWeights = true;
};

/// What a report says about one model.
struct ModelSummary {
    std::string path;
    std::string format;
    std::string producer;
    SizeStats size;
};

struct CompareResult {
    ModelSummary a;
    ModelSummary b;
    std::vector<OpCountDelta> opDelta;
    IoPlan io;
    std::vector<std::string> sampleLabels;  // the input set, in order
    std::vector<OutputMetrics> outputs;
    /// Each model against the outputs stored with reference cases (outputs that have them).
    std::vector<OutputMetrics> referenceA;
    std::vector<OutputMetrics> referenceB;
    std::optional<LatencyStats> latencyA;
    std::optional<LatencyStats> latencyB;
    std::string latencyInput;  // which sample was timed ("reference/batch1", "random batch 8")
    WeightDiff weights;
    std::vector<Phrase> notes;  // how inputs/outputs were matched, skipped cases ("Notes" phrases)
};

/// Compares two loaded models, running them through `factory`.
Result<CompareResult> compareModels(const Model& a, const Model& b, const CompareOptions& options,
                                    const RunnerFactory& factory, const WorkContext& work = {});

/// Loads both paths (any format tfscope reads) and compares them on the CPU executor.
Result<CompareResult> compareModelPaths(const std::string& pathA, const std::string& pathB, const CompareOptions& options,
                                        const WorkContext& work = {});

/// Gates for CI: a violated one makes `compare` exit 1.
struct Thresholds {
    std::optional<double> maxAbsError;  // every output's max |a-b| must be <= this
    std::optional<double> minCosine;    // every numeric output's cosine must be >= this
    std::optional<double> minTop1;      // every classifier output's top-1 agreement must be >= this
};

/// Human-readable violations ("output 'pred': max abs error 0.12 > 0.01"); empty when all hold.
std::vector<std::string> checkThresholds(const CompareResult& result, const Thresholds& thresholds);

/// Latency ratio B/A of the medians, or nullopt when not measured.
std::optional<double> latencyRatio(const CompareResult& result);

}  // namespace tfs::compare
