#pragma once
// A session runs one graph (frozen GraphDef, checkpointed TF1 graph or SavedModel
// meta graph) many times, keeping variable state between runs, caching a plan
// per (feeds, fetches, targets) and running SavedModel signatures by key.

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/exec/executor.h"
#include "core/model/model.h"

namespace tfs::exec {

struct SessionOptions {
    int threads = 0;       // total threads (0 = all cores)
    bool foldConstants = true;  // keep constant subgraph results after the first run
    bool fuseEpilogues = true;  // run conv/matmul + BiasAdd/batch norm/Relu chains (and eight-bit requantize chains) as one kernel
    /// Tunes glibc's allocator (process-wide, once) to keep freed activation buffers
    /// instead of returning them to the OS; for command-line runs that own the process.
    bool tuneProcessAllocator = false;
    bool profile = false;  // record per-node timings in RunStats
    const WorkContext* work = nullptr;  // progress/cancel for runs (may be null)
};

/// Named tensors in and out of a run.
using NamedTensors = std::vector<std::pair<std::string, Tensor>>;

class Session : public ExecEnv {
public:
    /// A session over `graph` (its library included); variables are read from `store`
    /// (may be null) by the keys in `infos`, the graph's restore ops, or node name == key.
    static Result<std::unique_ptr<Session>> create(const tensorflow::GraphDef& graph, std::shared_ptr<VariableStore> store,
                                                   const std::vector<VariableInfo>& infos = {}, const SessionOptions& options = {});
    /// A session over one meta graph of a loaded model (signatures included).
    static Result<std::unique_ptr<Session>> fromModel(const Model& model, int metaGraph = 0, const SessionOptions& options = {});
    ~Session() override;

    /// Runs the graph: feeds by tensor name ("x" = "x:0"), returns fetched tensors in order.
    Result<std::vector<Tensor>> run(const NamedTensors& feeds, const std::vector<std::string>& fetches,
                                    const std::vector<std::string>& targets = {}, RunStats* stats = nullptr);
    /// Runs a signature; inputs and outputs by signature key or tensor name; empty outputs = all.
    Result<NamedTensors> runSignature(const std::string& key, const NamedTensors& inputs,
                                      const std::vector<std::string>& outputs = {}, RunStats* stats = nullptr);
    /// Signatures of the meta graph (empty for plain GraphDefs).
    const std::vector<Signature>& signatures() const { return signatures_; }
    const Signature* findSignature(const std::string& key) const;
    /// Re-reads every variable from the checkpoint (uninitialising those without a value).
    Status resetVariables();
    /// Variable names with their checkpoint keys ("" when none), for reports.
    std::vector<std::pair<std::string, std::string>> variableKeys() const;
    const tensorflow::GraphDef& graph() const { return *graph_; }
    int threads() const { return pool_ ? pool_->threads() : 1; }
    /// Bytes of constant-folded tensors kept by this session's plans (computed on first runs).
    uint64_t cachedBytes();
    /// The plan a run with these feeds/fetches/targets uses (built and cached on first use).
    Result<std::shared_ptr<const Plan>> planFor(const std::vector<std::string>& feeds, const std::vector<std::string>& fetches,
                                                const std::vector<std::string>& targets = {});
    /// Turns per-node timing (RunStats::timings) on or off for later runs.
    void setProfile(bool on) { options_.profile = on; }

    // ExecEnv
    VariableTable& variables() override { return variables_; }
    ThreadPool* pool() override { return pool_.get(); }
    Result<std::shared_ptr<const Plan>> functionPlan(const std::string& name) override;
    std::string resourceName(const tensorflow::NodeDef& node) override;

private:
    Session() = default;
    Status initVariables();
    Result<std::shared_ptr<const Plan>> plan(const PlanRequest& request);
    /// The graph node with this name (index built on first use), or null.
    const tensorflow::NodeDef* nodeNamed(const std::string& name);

    std::shared_ptr<const tensorflow::GraphDef> graph_;
    std::shared_ptr<VariableStore> store_;
    std::vector<VariableInfo> infos_;
    std::vector<Signature> signatures_;
    SessionOptions options_;
    std::unique_ptr<ThreadPool> pool_;
    VariableTable variables_;
    std::map<std::string, std::string> slotKeys_;  // slot name -> checkpoint key

    std::recursive_mutex planMutex_;
    std::map<std::string, std::shared_ptr<const Plan>> plans_;
    std::map<std::string, std::shared_ptr<const Plan>> functionPlans_;
    std::set<std::string> building_;
    std::unordered_map<std::string, const tensorflow::NodeDef*> nodesByName_;
};

/// Every node the fetches need (the whole graph when fetches is empty) that the executor
/// cannot run, as "node 'x' (op Foo) is not supported", including inside called functions.
/// Tensors in `feeds` are given, so whatever only they need is not checked.
std::vector<std::string> unsupportedOps(const tensorflow::GraphDef& graph, const std::vector<std::string>& fetches = {},
                                        const std::vector<std::string>& feeds = {});

}  // namespace tfs::exec
