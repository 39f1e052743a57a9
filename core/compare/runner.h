#pragma once
// The seam between comparison and execution: something that runs a loaded
// model on feeds and reports its peak memory. The default wraps core/exec;
// tests can substitute their own.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/model/model.h"
#include "core/model/tensor.h"
#include "core/util/status.h"

namespace tfs::compare {

/// How to run a model.
struct RunnerOptions {
    int threads = 0;          // 0 = executor default (all cores)
    std::string signature;    // SavedModel signature key the feeds/fetches belong to ("" = none)
    bool tuneProcessAllocator = false;  // see exec::SessionOptions; for processes that only compare
};

/// A model prepared for repeated runs (the Model passed at creation must outlive it).
class ModelRunner {
public:
    virtual ~ModelRunner() = default;
    /// Runs once; feeds and fetches are tensor names ("x:0"); outputs come in fetch order.
    virtual Result<std::vector<Tensor>> run(const std::vector<std::pair<std::string, Tensor>>& feeds,
                                            const std::vector<std::string>& fetches) = 0;
    /// Peak bytes the executor held for tensors during the most recent run (0 when unknown).
    virtual uint64_t peakBytes() const = 0;
};

/// Creates a runner for a loaded model.
using RunnerFactory = std::function<Result<std::unique_ptr<ModelRunner>>(const Model& model, const RunnerOptions& options)>;

/// The factory backed by tfscope's CPU executor (core/exec).
RunnerFactory executorRunnerFactory();

}  // namespace tfs::compare
