#pragma once
// Runs a Plan: dataflow over frames and iterations (TF1 loops), dead-tensor
// propagation for Switch/Merge, inter-op parallelism on the session's pool,
// release of each intermediate after its last consumer, and peak-memory tracking.

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/exec/plan.h"
#include "core/exec/resources.h"
#include "core/exec/thread_pool.h"
#include "core/util/progress.h"

namespace tfs::exec {

/// A value on an edge: a tensor, or a reference to a variable (ref edges), or dead.
struct Value {
    Tensor tensor;
    std::shared_ptr<VariableSlot> ref;
    bool dead = false;

    /// The tensor, reading the variable for ref values.
    Result<Tensor> get() const;
};

/// Time spent in one node (profiling runs only).
struct NodeTiming {
    std::string node;
    std::string op;
    double ms = 0;
    double flops = 0;  // estimated from the shapes of this execution (see flops.h)
    bool fused = false;  // folded into the preceding conv/matmul: its time is counted there
    std::string function;  // library function the node runs in ("" = the session's graph)
};

/// Measurements of one run.
struct RunStats {
    uint64_t peakBytes = 0;   // largest total of live intermediate tensors
    int64_t nodesRun = 0;     // node executions, loops and calls included
    int64_t cachedNodes = 0;  // nodes whose outputs came from a plan's constant cache
    uint64_t cachedBytes = 0; // bytes of constant-folded tensors the session keeps (Session::run fills it)
    std::vector<NodeTiming> timings;  // per execution, when profiling
};

/// Services of the session a plan runs in.
class ExecEnv {
public:
    virtual ~ExecEnv() = default;
    /// Variables by name (ref variables by node name, resource variables by handle name).
    virtual VariableTable& variables() = 0;
    /// Intra- and inter-op pool (may be null = run serially).
    virtual ThreadPool* pool() = 0;
    /// Cached plan of a library function (args fed, rets fetched).
    virtual Result<std::shared_ptr<const Plan>> functionPlan(const std::string& name) = 0;
    /// Resource name of a VarHandleOp node (container/shared_name).
    virtual std::string resourceName(const tensorflow::NodeDef& node) = 0;
};

/// State shared by a top-level run and the function calls it makes.
struct RunShared {
    TensorArrayTable tensorArrays;
    const WorkContext* work = nullptr;
    bool profile = false;
    std::mutex statsMutex;
    RunStats stats;
    std::atomic<int64_t> nodesRun{0};
    std::atomic<int64_t> cachedNodes{0};
};

/// What an engine-level op handler sees.
struct OpContext {
    const PlanNode& node;
    std::vector<Value>& inputs;
    std::vector<Value>& outputs;  // sized to node.numOutputs; the handler fills them
    ExecEnv& env;
    RunShared& shared;

    const tensorflow::NodeDef& def() const { return *node.def; }
    /// Input i as a tensor (variables read for ref inputs).
    Result<Tensor> input(int i) const;
    /// InvalidArgument "node 'x' (op Foo): message", the message a phrase of the "Errors" context and its
    /// values (as KernelContext::error).
    template <int Values, typename... Args>
    Status error(PhraseText<Values> text, Args&&... args) const {
        return error(phrase(text, std::forward<Args>(args)...));
    }
    Status error(Phrase what) const;
    /// A helper's failure with the node named; its code and phrases kept.
    Status error(const Status& failure) const;
    /// Sets output i (grows the output list when needed).
    void setOutput(int i, Tensor t);
};

/// Runs a plan with its feeds (in plan.feedNames order); returns one value per fetch.
/// peakBytes of the run is added to `shared.stats`.
Result<std::vector<Value>> executePlan(const Plan& plan, const std::vector<Value>& feeds, ExecEnv& env, RunShared& shared);

}  // namespace tfs::exec
