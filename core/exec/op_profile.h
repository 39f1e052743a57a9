#pragma once
// Per-op timing of profiled runs, aggregated the way benchmark_model prints it:
// "Top by computation time" (per node) and "Summary by node type" (per op).
// `bench`, the window's Run panel and its node colouring all read this one summary.

#include <cstdint>
#include <string>
#include <vector>

#include "core/exec/executor.h"
#include "core/exec/session.h"
#include "core/util/progress.h"

namespace tfs::exec {

/// One node's time, averaged over the profiled runs (loop iterations and repeated calls summed).
struct NodeTime {
    std::string node;
    std::string op;
    std::string function;     // library function the node belongs to ("" = main graph)
    double executionsPerRun = 0;  // > 1 inside loops or functions called several times
    double ms = 0;            // per run
    double percent = 0;       // of the total per-run time
    double flops = 0;         // per run, estimated (see flops.h)
    bool fused = false;       // folded into the preceding conv/matmul: its time is counted there
};

/// One op type's time, averaged over the profiled runs.
struct OpTypeTime {
    std::string op;
    int nodes = 0;            // distinct nodes of this op
    double executionsPerRun = 0;
    double ms = 0;            // per run
    double percent = 0;
    double flops = 0;         // per run
    double fusedPerRun = 0;   // executions folded into a conv/matmul (their time is counted there)
    /// True when every execution was folded into a conv/matmul.
    bool allFused() const { return executionsPerRun > 0 && fusedPerRun >= executionsPerRun; }
    /// FLOP/s of this op type (0 when unknown, fused or untimed).
    double flopsPerSecond() const { return ms > 0 && !allFused() ? flops / (ms / 1000) : 0; }
};

/// The per-op tables of one or more profiled runs.
struct OpProfile {
    int runs = 0;
    double totalMs = 0;                 // sum of node times per run (> wall time when ops ran in parallel)
    double totalFlops = 0;              // per run
    std::vector<NodeTime> nodes;        // slowest first
    std::vector<OpTypeTime> opTypes;    // slowest first
    bool empty() const { return nodes.empty(); }
};

/// Aggregates the timings of `runs` profiled runs (RunStats::timings appended run after run).
OpProfile summarizeTimings(const std::vector<NodeTiming>& timings, int runs = 1);

/// Outputs and measurements of a profiled run series.
struct ProfiledRun {
    std::vector<Tensor> outputs;     // of the first run, in fetch order
    double firstMs = 0;              // first run, plan building and constant folding included
    std::vector<double> runMs;       // each profiled run after it
    uint64_t peakBytes = 0;          // largest over all runs
    int64_t nodesPerRun = 0;
    OpProfile profile;
};

/// Runs once for the outputs, then `profiledRuns` more with per-node timing on (the session's
/// profile switch is restored afterwards). Cancellable between and during runs through `work`
/// (also give it to the session's options for cancelling inside a run).
Result<ProfiledRun> runProfiled(Session& session, const NamedTensors& feeds, const std::vector<std::string>& fetches,
                                int profiledRuns, const WorkContext& work = {});

}  // namespace tfs::exec
