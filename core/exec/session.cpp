#include "core/exec/session.h"

#include <unordered_map>

#include "core/exec/epilogue.h"
#include "core/exec/quantized_fusion.h"
#include "core/exec/op_outputs.h"
#include "core/model/attrs.h"
#include "core/model/graph_index.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace tfs::exec {

namespace {

// Keeps freed activation buffers in the heap between runs instead of returning
// them to the OS (page faults cost far more than the kernels on small models).
void tuneAllocatorOnce() {
#if defined(__GLIBC__)
    static bool done = [] {
        mallopt(M_MMAP_THRESHOLD, 256 << 20);
        mallopt(M_TRIM_THRESHOLD, 512 << 20);
        return true;
    }();
    (void)done;
#endif
}

const tensorflow::NodeDef* nodeByName(const std::unordered_map<std::string, const tensorflow::NodeDef*>& byName,
                                      const std::string& name) {
    auto it = byName.find(name);
    return it == byName.end() ? nullptr : it->second;
}

std::vector<std::string> constStrings(const tensorflow::NodeDef* node) {
    if (!node || node->op() != "Const") return {};
    auto it = node->attr().find("value");
    if (it == node->attr().end()) return {};
    auto t = Tensor::fromProto(it->second.tensor());
    if (!t.ok() || t->dtype() != tensorflow::DT_STRING) return {};
    return t->strings();
}

// Variable node -> checkpoint key, read from the graph's restore ops
// (RestoreV2 -> [Identity] -> Assign / AssignVariableOp, and V1 Restore/RestoreSlice).
std::map<std::string, std::string> restoreKeys(const tensorflow::GraphDef& graph) {
    std::unordered_map<std::string, const tensorflow::NodeDef*> byName;
    for (const auto& n : graph.node()) byName[n.name()] = &n;
    std::map<std::string, std::string> keys;
    for (const auto& n : graph.node()) {
        if (n.op() != "Assign" && n.op() != "AssignVariableOp") continue;
        if (n.input_size() < 2) continue;
        TensorRef value = TensorRef::parse(n.input(1));
        const tensorflow::NodeDef* src = nodeByName(byName, value.node);
        for (int hops = 0; src && src->op() == "Identity" && src->input_size() > 0 && hops < 8; ++hops) {
            value = TensorRef::parse(src->input(0));
            src = nodeByName(byName, value.node);
        }
        if (!src) continue;
        std::string key;
        if (src->op() == "RestoreV2" && src->input_size() >= 2) {
            auto names = constStrings(nodeByName(byName, TensorRef::parse(src->input(1)).node));
            if (value.output >= 0 && value.output < int(names.size())) key = names[size_t(value.output)];
        } else if ((src->op() == "Restore" || src->op() == "RestoreSlice") && src->input_size() >= 2) {
            auto names = constStrings(nodeByName(byName, TensorRef::parse(src->input(1)).node));
            if (!names.empty()) key = names[0];
        }
        if (key.empty()) continue;
        std::string var = TensorRef::parse(n.input(0)).node;
        keys.emplace(var, key);
    }
    return keys;
}

std::string requestKey(const PlanRequest& r) {
    std::string key;
    for (const auto& f : r.feeds) key += f + ",";
    key += "|";
    for (const auto& f : r.fetches) key += f + ",";
    key += "|";
    for (const auto& t : r.targets) key += t + ",";
    return key;
}

}  // namespace

Session::~Session() = default;

Result<std::unique_ptr<Session>> Session::create(const tensorflow::GraphDef& graph, std::shared_ptr<VariableStore> store,
                                                 const std::vector<VariableInfo>& infos, const SessionOptions& options) {
    if (options.tuneProcessAllocator) tuneAllocatorOnce();
    std::unique_ptr<Session> s(new Session());
    s->graph_ = std::make_shared<tensorflow::GraphDef>(graph);
    s->store_ = std::move(store);
    s->infos_ = infos;
    s->options_ = options;
    s->pool_ = std::make_unique<ThreadPool>(options.threads);
    TFS_RETURN_IF_ERROR(s->initVariables());
    return s;
}

Result<std::unique_ptr<Session>> Session::fromModel(const Model& model, int metaGraph, const SessionOptions& options) {
    const tensorflow::GraphDef* graph = model.graph(size_t(std::max(metaGraph, 0)));
    if (!graph) return invalidArgument(TFS_PHRASE("Errors", "%1: has no graph to run (meta graph %2)"),
                                       model.path, metaGraph);
    TFS_ASSIGN_OR_RETURN(auto session, create(*graph, model.variables, model.variableInfos, options));
    session->signatures_ = model.metaGraphs[size_t(metaGraph)].signatures;
    return session;
}

std::string Session::resourceName(const tensorflow::NodeDef& node) {
    std::string shared = attrString(node, "shared_name");
    if (shared.empty() || shared == "_") shared = node.name();
    std::string container = attrString(node, "container");
    return container.empty() ? shared : container + "/" + shared;
}

Status Session::initVariables() {
    std::map<std::string, std::string> fromInfos;
    for (const auto& info : infos_)
        if (!info.nodeName.empty() && !info.checkpointKey.empty()) fromInfos[info.nodeName] = info.checkpointKey;
    auto fromRestore = restoreKeys(*graph_);
    slotKeys_.clear();
    for (const auto& node : graph_->node()) {
        bool ref = node.op() == "VariableV2" || node.op() == "Variable";
        bool resource = node.op() == "VarHandleOp";
        if (!ref && !resource) continue;
        std::string slotName;
        if (ref) {
            slotName = attrString(node, "shared_name");
            if (slotName.empty()) slotName = node.name();
        } else {
            slotName = resourceName(node);
        }
        std::string key;
        if (auto it = fromInfos.find(node.name()); it != fromInfos.end()) key = it->second;
        else if (auto r = fromRestore.find(node.name()); r != fromRestore.end()) key = r->second;
        else if (store_ && store_->find(node.name())) key = node.name();
        else if (store_ && resource && store_->find(attrString(node, "shared_name"))) key = attrString(node, "shared_name");
        if (key.empty() && slotKeys_.count(slotName)) continue;  // another handle node already named a key
        slotKeys_[slotName] = key;
    }
    return resetVariables();
}

Status Session::resetVariables() {
    for (const auto& [slotName, key] : slotKeys_) {
        auto slot = variables_.get(slotName);
        std::lock_guard<std::mutex> lock(slot->mutex);
        slot->checkpointKey = key;
        slot->initialized = false;
        slot->value = Tensor();
        if (key.empty() || !store_ || !store_->find(key)) continue;
        auto value = store_->read(key);
        if (!value.ok()) return value.status().withContext(TFS_PHRASE("Errors", "loading variable '%1'"), slotName);
        slot->value = std::move(value).value();
        slot->initialized = true;
    }
    return okStatus();
}

std::vector<std::pair<std::string, std::string>> Session::variableKeys() const {
    return {slotKeys_.begin(), slotKeys_.end()};
}

Result<std::shared_ptr<const Plan>> Session::functionPlan(const std::string& name) {
    std::lock_guard<std::recursive_mutex> lock(planMutex_);
    auto it = functionPlans_.find(name);
    if (it != functionPlans_.end()) return it->second;
    const auto* library = graph_->has_library() ? &graph_->library() : nullptr;
    const auto* function = findFunction(library, name);
    if (!function) return notFound(TFS_PHRASE("Errors", "function '%1' is not in the graph's function library"), name);
    if (building_.count(name)) return std::shared_ptr<const Plan>();  // recursion: checked by the outer build
    building_.insert(name);
    auto fg = functionToGraph(*function, library);
    if (!fg.ok()) {
        building_.erase(name);
        return fg.status();
    }
    auto checker = [this](const std::string& f) { return functionPlan(f).status(); };
    auto built = buildPlan(*fg->graph, library, fg->request, checker);
    building_.erase(name);
    if (!built.ok()) return built.status().withContext(TFS_PHRASE("Errors", "function %1"), name);
    (*built)->ownedGraph = fg->graph;
    if (!options_.foldConstants) (*built)->cache.reset();
    if (options_.fuseEpilogues) {
        fuseEpilogues(**built);
        fuseQuantizedChains(**built);
    }
    (*built)->description = "function " + name;
    (*built)->function = name;
    std::shared_ptr<const Plan> p = std::move(built).value();
    functionPlans_[name] = p;
    return p;
}

Result<std::shared_ptr<const Plan>> Session::plan(const PlanRequest& request) {
    std::string key = requestKey(request);
    std::lock_guard<std::recursive_mutex> lock(planMutex_);
    auto it = plans_.find(key);
    if (it != plans_.end()) return it->second;
    const auto* library = graph_->has_library() ? &graph_->library() : nullptr;
    auto checker = [this](const std::string& f) { return functionPlan(f).status(); };
    TFS_ASSIGN_OR_RETURN(auto built, buildPlan(*graph_, library, request, checker));
    if (!options_.foldConstants) built->cache.reset();
    if (options_.fuseEpilogues) {
        fuseEpilogues(*built);
        fuseQuantizedChains(*built);
    }
    std::shared_ptr<const Plan> p = std::move(built);
    plans_[key] = p;
    return p;
}

const tensorflow::NodeDef* Session::nodeNamed(const std::string& name) {
    std::lock_guard<std::recursive_mutex> lock(planMutex_);
    if (nodesByName_.empty())
        for (const auto& node : graph_->node()) nodesByName_.emplace(node.name(), &node);
    auto it = nodesByName_.find(name);
    return it == nodesByName_.end() ? nullptr : it->second;
}

Result<std::shared_ptr<const Plan>> Session::planFor(const std::vector<std::string>& feeds, const std::vector<std::string>& fetches,
                                                    const std::vector<std::string>& targets) {
    PlanRequest request;
    for (const auto& f : feeds) request.feeds.push_back(canonicalTensorName(f));
    for (const auto& f : fetches) request.fetches.push_back(canonicalTensorName(f));
    request.targets = targets;
    return plan(request);
}

Result<std::vector<Tensor>> Session::run(const NamedTensors& feeds, const std::vector<std::string>& fetches,
                                         const std::vector<std::string>& targets, RunStats* stats) {
    PlanRequest request;
    std::vector<Value> feedValues;
    for (const auto& [name, tensor] : feeds) {
        request.feeds.push_back(canonicalTensorName(name));
        feedValues.push_back(Value{tensor, nullptr, false});
    }
    for (const auto& f : fetches) request.fetches.push_back(canonicalTensorName(f));
    request.targets = targets;
    TFS_ASSIGN_OR_RETURN(auto p, plan(request));
    // Check fed dtypes against the placeholders they replace.
    for (size_t i = 0; i < feeds.size(); ++i) {
        const std::string& name = p->feedNames[i];
        std::string nodeName = name.substr(0, name.rfind(':'));
        if (const tensorflow::NodeDef* found = nodeNamed(nodeName)) {
            const auto& node = *found;
            if (node.op() == "Placeholder" || node.op() == "PlaceholderWithDefault") {
                DataType want = attrType(node, "dtype");
                if (want != tensorflow::DT_INVALID && want != feeds[i].second.dtype())
                    return invalidArgument(TFS_PHRASE("Errors", "feed '%1' expects %2, got %3"),
                                           name, dtypeShortName(want), feeds[i].second.describe());
            }
        }
    }
    RunShared shared;
    shared.work = options_.work;
    shared.profile = options_.profile;
    auto values = executePlan(*p, feedValues, *this, shared);
    if (!values.ok()) return values.status();
    std::vector<Tensor> out;
    for (size_t k = 0; k < values->size(); ++k) {
        auto t = (*values)[k].get();
        if (!t.ok()) return t.status().withContext(TFS_PHRASE("Errors", "fetch '%1'"), p->fetchNames[k]);
        out.push_back(std::move(t).value());
    }
    if (stats) {
        std::lock_guard<std::mutex> lock(shared.statsMutex);
        *stats = std::move(shared.stats);
        stats->nodesRun = shared.nodesRun.load();
        stats->cachedNodes = shared.cachedNodes.load();
        stats->cachedBytes = cachedBytes();
    }
    return out;
}

uint64_t Session::cachedBytes() {
    std::lock_guard<std::recursive_mutex> lock(planMutex_);
    uint64_t total = 0;
    for (const auto* plans : {&plans_, &functionPlans_})
        for (const auto& [key, p] : *plans)
            if (p && p->cache && p->cache->ready.load()) total += p->cache->bytes;
    return total;
}

const Signature* Session::findSignature(const std::string& key) const {
    for (const auto& s : signatures_)
        if (s.key == key) return &s;
    return nullptr;
}

Result<NamedTensors> Session::runSignature(const std::string& key, const NamedTensors& inputs,
                                           const std::vector<std::string>& outputs, RunStats* stats) {
    const Signature* sig = findSignature(key);
    if (!sig) {
        std::string valid;
        for (const auto& s : signatures_) valid += (valid.empty() ? "" : ", ") + s.key;
        return valid.empty() ? notFound(TFS_PHRASE("Errors", "no signature '%1' (the model has none)"), key)
                             : notFound(TFS_PHRASE("Errors", "no signature '%1'; valid: %2"), key, valid);
    }
    auto resolve = [](const std::vector<TensorSpec>& specs, const std::string& name) -> const TensorSpec* {
        for (const auto& s : specs)
            if (s.key == name) return &s;
        std::string canon = canonicalTensorName(name);
        for (const auto& s : specs)
            if (canonicalTensorName(s.tensorName) == canon) return &s;
        return nullptr;
    };
    NamedTensors feeds;
    for (const auto& [name, tensor] : inputs) {
        const TensorSpec* spec = resolve(sig->inputs, name);
        if (!spec) return invalidArgument(TFS_PHRASE("Errors", "signature '%1' has no input '%2'"), key, name);
        feeds.push_back({spec->tensorName, tensor});
    }
    for (const auto& spec : sig->inputs) {
        bool given = false;
        for (const auto& f : feeds) given |= canonicalTensorName(f.first) == canonicalTensorName(spec.tensorName);
        if (!given) return invalidArgument(TFS_PHRASE("Errors", "signature '%1' input '%2' (%3) is not given"),
                                           key, spec.key, spec.tensorName);
    }
    std::vector<const TensorSpec*> wanted;
    if (outputs.empty()) {
        for (const auto& s : sig->outputs) wanted.push_back(&s);
    } else {
        for (const auto& name : outputs) {
            const TensorSpec* spec = resolve(sig->outputs, name);
            if (!spec) return invalidArgument(TFS_PHRASE("Errors", "signature '%1' has no output '%2'"), key, name);
            wanted.push_back(spec);
        }
    }
    std::vector<std::string> fetches;
    for (const auto* w : wanted) fetches.push_back(w->tensorName);
    TFS_ASSIGN_OR_RETURN(auto values, run(feeds, fetches, {}, stats));
    NamedTensors out;
    for (size_t i = 0; i < wanted.size(); ++i) out.push_back({wanted[i]->key, std::move(values[i])});
    return out;
}

std::vector<std::string> unsupportedOps(const tensorflow::GraphDef& graph, const std::vector<std::string>& fetches,
                                        const std::vector<std::string>& feeds) {
    std::vector<std::string> problems;
    const auto* library = graph.has_library() ? &graph.library() : nullptr;
    std::set<std::string> visited;
    std::vector<std::shared_ptr<tensorflow::GraphDef>> keep;
    FunctionChecker checker;
    checker = [&](const std::string& name) -> Status {
        if (!visited.insert(name).second) return okStatus();
        const auto* f = findFunction(library, name);
        if (!f) return notFound(TFS_PHRASE("Errors", "function '%1' is missing"), name);
        auto fg = functionToGraph(*f, library);
        if (!fg.ok()) {
            problems.push_back(fg.status().message());  // names the function already
            return okStatus();
        }
        keep.push_back(fg->graph);
        std::vector<std::string> inner;
        (void)buildPlan(*fg->graph, library, fg->request, checker, &inner);
        for (const auto& p : inner) problems.push_back(p + " (in function " + name + ")");
        return okStatus();
    };
    PlanRequest request;
    if (fetches.empty()) {
        for (const auto& n : graph.node()) request.targets.push_back(n.name());
    } else {
        for (const auto& f : fetches) request.fetches.push_back(canonicalTensorName(f));
    }
    for (const auto& f : feeds) request.feeds.push_back(canonicalTensorName(f));
    std::vector<std::string> top;
    auto plan = buildPlan(graph, library, request, checker, &top);
    if (!plan.ok() && top.empty()) top.push_back(plan.status().message());
    top.insert(top.end(), problems.begin(), problems.end());
    return top;
}

}  // namespace tfs::exec
