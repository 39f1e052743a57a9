#pragma once
// An execution plan: the nodes a (feeds, fetches, targets) request needs, with
// resolved edges, static loop frames and per-node handlers. Built once, run many times.

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/exec/kernel.h"
#include "core/model/tensor.h"
#include "core/util/status.h"
#include "tensorflow/function.pb.h"
#include "tensorflow/graph.pb.h"

namespace tfs::exec {

struct OpContext;
/// Handler of an engine-level op (variables, control flow, calls, plumbing).
using EngineOpFn = Status (*)(OpContext& ctx);

/// How the executor schedules a node (everything else is ordinary dataflow).
enum class NodeKind { Normal, Merge, Enter, Exit, NextIteration };

/// One data input: from another plan node's output, or from a feed.
struct PlanInput {
    int node = -1;    // producing plan node; -1 = fed
    int output = 0;   // producer's output index, or the feed index
};

struct PlanNode {
    const tensorflow::NodeDef* def = nullptr;
    NodeKind kind = NodeKind::Normal;
    KernelFn kernel = nullptr;        // stateless kernel, or
    EngineOpFn engine = nullptr;      // engine-level handler
    const tensorflow::FunctionDef* function = nullptr;  // direct call of a library function
    std::vector<PlanInput> inputs;    // data inputs in order
    int numControlInputs = 0;
    int numFedInputs = 0;
    int numOutputs = 0;               // outputs consumers or fetches refer to (at least)
    std::vector<std::vector<std::pair<int, int>>> outEdges;  // per output: (dst node, dst input slot)
    std::vector<int> controlOut;      // nodes with a control input from this one
    std::vector<std::pair<int, int>> fetchSlots;  // (output, result index)
    int frame = 0;                    // static frame
    int localIndex = 0;               // position within its frame's node list
    bool constantEnter = false;       // Enter with is_constant
    int childFrame = -1;              // Enter: frame it enters
    bool expensive = false;
    Tensor constValue;                // Const: decoded once
    // Constant folding at run time: a node whose inputs are all (transitively) Const
    // and whose op is stateless is computed on the first run and kept by the plan.
    bool constant = false;            // inputs all constant, op stateless (root frame only)
    int cacheSlot = -1;               // constant node whose outputs the plan keeps (else -1)
    bool skipWhenCached = false;      // constant node only other constant nodes need
    // Epilogue fusion: a conv/matmul followed by BiasAdd / batch norm / Relu(6) applies the
    // chain itself; the chain's nodes then forward their data input unchanged.
    std::shared_ptr<const Epilogue> epilogue;  // on the head node
    int forwardSlot = -1;             // fused chain member: output 0 = this input, no kernel run
    // Eight-bit chain fusion (quantized_fusion.h): the head runs the whole chain; the chain's last
    // node takes the head's outputs as its inputs and forwards them all; the nodes between never run.
    std::shared_ptr<const QuantizedEpilogue> quantEpilogue;  // on the head node
    bool forwardAll = false;          // last node of a fused eight-bit chain: output i = input i
    std::shared_ptr<KernelScratch> scratch;  // kernel state kept across runs (set for every kernel node)
};

/// Outputs of a plan's constant frontier nodes, filled by the first successful run.
struct ConstantCache {
    std::mutex mutex;
    std::atomic<bool> ready{false};
    std::vector<std::vector<Tensor>> values;  // per cache slot: the node's outputs
    uint64_t bytes = 0;                       // distinct buffers held

    /// Stores the values of every slot (first caller wins); later runs read them. `bytes`
    /// counts buffers not already held by the plan's Const nodes.
    void commit(std::vector<std::vector<Tensor>> slotValues, const std::vector<struct PlanNode>& nodes);
};

/// A static loop frame (TF1 while loop): its nodes, Enter count and Exits.
struct PlanFrame {
    std::string name;  // frame_name of its Enter nodes ("" = root)
    int parent = -1;
    std::vector<int> nodes;
    int numEnters = 0;
    std::vector<int> exits;
};

struct Plan {
    std::vector<PlanNode> nodes;
    std::vector<PlanFrame> frames;         // frames[0] = root
    std::vector<std::string> feedNames;    // "x:0", in request order
    std::vector<std::string> fetchNames;
    std::vector<int> fetchFromFeed;        // per fetch: feed index when the fetch itself is fed, else -1
    const tensorflow::FunctionDefLibrary* library = nullptr;
    std::shared_ptr<const tensorflow::GraphDef> ownedGraph;  // function bodies converted to a graph
    std::string description;               // "graph" or "function foo"
    std::string function;                  // the library function this plan runs ("" = a graph)
    int numCacheSlots = 0;                 // constant nodes whose outputs are kept after the first run
    int numFusedNodes = 0;                 // chain members folded into a conv/matmul epilogue
    int numSkippedWhenCached = 0;          // constant nodes that are not run at all once the cache is filled
    std::shared_ptr<ConstantCache> cache;  // per plan, so per session (plans are cached by sessions)
};

/// What a plan is for; tensor names are "node:i" ("node" = "node:0").
struct PlanRequest {
    std::vector<std::string> feeds;
    std::vector<std::string> fetches;
    std::vector<std::string> targets;  // nodes run for their effect only
};

/// Checks that a called function can run (builds and caches its plan); set by the session.
using FunctionChecker = std::function<Status(const std::string& function)>;

/// Builds a plan; every needed node must be runnable, else InvalidArgument listing
/// "node 'x' (op Foo) is not supported". `graph` must outlive the plan.
/// With `problems` set, every problem is appended there instead of stopping at the first 20.
Result<std::shared_ptr<Plan>> buildPlan(const tensorflow::GraphDef& graph, const tensorflow::FunctionDefLibrary* library,
                                        const PlanRequest& request, const FunctionChecker& checkFunction,
                                        std::vector<std::string>* problems = nullptr);

/// A function body as the shared converter builds it (core/ops/function_body.h), with what to run:
/// the _Arg nodes are fed, the returned tensors fetched, the control outputs run as targets.
struct FunctionGraph {
    std::shared_ptr<tensorflow::GraphDef> graph;
    PlanRequest request;  // feeds = args, fetches = rets, targets = control rets
};
Result<FunctionGraph> functionToGraph(const tensorflow::FunctionDef& function, const tensorflow::FunctionDefLibrary* library);

/// Names of functions a node calls through func-valued attributes (If, While, PartitionedCall, ...).
std::vector<std::string> calledFunctions(const tensorflow::NodeDef& node, const tensorflow::FunctionDefLibrary* library);

/// Normalises "x" to "x:0"; keeps "x:1".
std::string canonicalTensorName(const std::string& name);

}  // namespace tfs::exec
