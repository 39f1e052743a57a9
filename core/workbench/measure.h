#pragma once
// Measuring workbench revisions against the original model: size as written
// and compressed, parameters, op histogram, latency and peak memory on the
// executor, and output accuracy on the same inputs. The original's outputs are
// computed once per set of feeds and cached, so each step runs only the new model.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/compare/input_set.h"
#include "core/compare/io_plan.h"
#include "core/compare/latency.h"
#include "core/compare/metrics.h"
#include "core/compare/runner.h"
#include "core/compare/size_stats.h"
#include "core/model/model.h"
#include "core/util/progress.h"

namespace tfs::workbench {

struct MeasureOptions {
    compare::IoOptions io;            // signature, outputs to compare, extra feeds
    compare::InputSetOptions inputs;  // .npy/.npz files, reference folder, random (seeded; unknown batch = inputs.batch)
    bool useReferenceCases = true;    // reference cases beside the original when no other inputs are given
    int defaultRandomSamples = 4;     // random samples when nothing else gives one
    int runs = 10;                    // timed runs per revision
    int warmup = 2;
    int threads = 0;                  // executor threads, 0 = all cores
    bool tuneProcessAllocator = false;  // only for processes that own the allocator (batch)
    bool measureSpeed = true;
    bool measureAccuracy = true;
};

/// Everything measured about one revision.
struct Measurement {
    /// Nodes (size.nodeCount), bytes as written (size.bytes) and compressed (size.compressedBytes),
    /// parameters (size.parameters: total() and byDtype), op histogram (size.opHistogram).
    compare::SizeStats size;
    std::optional<compare::LatencyStats> latency;  // medianMs, peakBytes on the executor
    std::string latencyInput;                      // which sample was timed
    /// Per output against the original's outputs on the same inputs (empty for the original itself).
    std::vector<compare::OutputMetrics> accuracy;
    std::vector<std::string> sampleLabels;         // the inputs accuracy was measured on
    compare::IoPlan io;                            // what was fed and fetched in each model
    Status runError;  // why latency/accuracy are missing although asked for (ok otherwise)
    std::vector<Phrase> notes;
};

/// The original model plus what measuring against it needs; cheap to create (nothing runs
/// until measure is called) and safe to share between threads.
class Baseline {
public:
    /// Tensors that --input files or reference cases feed inside the original (Mfcc:0 in a
    /// keyword-spotting net) are added to options.io.feeds.
    explicit Baseline(std::shared_ptr<const Model> original, MeasureOptions options = {},
                      compare::RunnerFactory factory = compare::executorRunnerFactory());
    ~Baseline();

    const std::shared_ptr<const Model>& original() const;
    const MeasureOptions& options() const;

    /// Measures a revision; `model` may be the original itself (no accuracy then). Problems
    /// running it go to Measurement::runError; errors are only for unreadable sizes and cancel.
    /// Thread-safe: the original runs once per set of feeds (under a lock), the revision alone.
    Result<Measurement> measure(const Model& model, const WorkContext& work = {}) const;

    struct State;  // the original, options, runner and cached outputs (measure.cpp)

private:
    std::shared_ptr<State> state_;
};

}  // namespace tfs::workbench
