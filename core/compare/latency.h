#pragma once
// Latency of two models measured in alternation (A B A B ...) after warm-up,
// so that machine noise hits both alike.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/compare/runner.h"
#include "core/util/progress.h"

namespace tfs::compare {

struct LatencyStats {
    int runs = 0;
    int warmup = 0;
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
    double meanMs = 0;
    uint64_t peakBytes = 0;  // executor's peak tensor memory (0 when unknown)
    std::vector<double> runMs;  // every timed run, in order
};

/// What to run for one model.
struct TimedRun {
    ModelRunner* runner = nullptr;
    std::vector<std::pair<std::string, Tensor>> feeds;
    std::vector<std::string> fetches;
};

/// Median of values (mean of the middle two for even counts); 0 when empty.
double median(std::vector<double> values);

/// Runs warm-up rounds, then `runs` timed rounds alternating the models (A B, B A, A B, ...).
Result<std::pair<LatencyStats, LatencyStats>> measureAlternating(TimedRun& a, TimedRun& b, int runs, int warmup,
                                                                 const WorkContext& work = {});

/// Runs warm-up rounds, then `runs` timed rounds of one model (a workbench revision timed alone).
Result<LatencyStats> measureSingle(TimedRun& run, int runs, int warmup, const WorkContext& work = {});

}  // namespace tfs::compare
