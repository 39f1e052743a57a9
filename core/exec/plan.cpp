#include "core/exec/plan.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <unordered_map>

#include "core/exec/engine_ops.h"
#include "core/exec/op_outputs.h"
#include "core/model/attrs.h"
#include "core/model/graph_index.h"
#include "core/ops/function_body.h"
#include "core/ops/op_registry.h"

namespace tfs::exec {

std::string canonicalTensorName(const std::string& name) {
    auto colon = name.rfind(':');
    if (colon == std::string::npos) return name + ":0";
    for (size_t i = colon + 1; i < name.size(); ++i)
        if (name[i] < '0' || name[i] > '9') return name + ":0";
    if (colon + 1 == name.size()) return name + "0";
    return name;
}

namespace {

struct TensorId {
    int node = -1;
    int output = 0;
    bool operator<(const TensorId& o) const { return node != o.node ? node < o.node : output < o.output; }
};

Result<TensorId> resolveTensor(const std::unordered_map<std::string, int>& byName, const std::string& text,
                               const char* what) {
    std::string canon = canonicalTensorName(text);
    auto colon = canon.rfind(':');
    std::string node = canon.substr(0, colon);
    int output = std::atoi(canon.c_str() + colon + 1);
    auto it = byName.find(node);
    if (it == byName.end()) return notFound(TFS_PHRASE("Errors", "%1 '%2': the graph has no node named '%3'"),
                                            what, text, node);
    return TensorId{it->second, output};
}

bool isOp(const std::string& op, std::initializer_list<const char*> names) {
    for (const char* n : names)
        if (op == n) return true;
    return false;
}

// The minimum number of outputs an op has, so Switch/Merge always get both.
int minimumOutputs(const std::string& op) {
    if (isOp(op, {"Switch", "RefSwitch", "Merge", "RefMerge", "TensorArrayV3"})) return 2;
    return 0;
}

// Ops the engine runs that only forward their input (constant when it is).
bool isForwardingEngineOp(const std::string& op) {
    return isOp(op, {"Identity", "IdentityN", "Snapshot", "StopGradient", "PreventGradient"});
}

// Whether running `node` twice on equal inputs gives equal outputs with no side effect.
bool foldable(const PlanNode& node) {
    const std::string& op = node.def->op();
    if (node.kind != NodeKind::Normal) return false;
    if (op == "Const") return true;
    if (node.engine) return isForwardingEngineOp(op);
    if (!node.kernel) return false;
    if (op.find("Random") != std::string::npos && op.rfind("Stateless", 0) != 0) return false;
    const OpInfo* info = findOp(op);
    return info && !info->isStateful;
}

// Marks constant nodes (root frame, stateless, every input constant), the frontier
// ones whose outputs the plan keeps, and those that need not run once the cache is full.
void markConstants(Plan& plan, const std::vector<int>& topo) {
    auto& nodes = plan.nodes;
    std::vector<int> controlIns(nodes.size(), 0), constControlIns(nodes.size(), 0);
    for (int p : topo)
        for (int dst : nodes[size_t(p)].controlOut) controlIns[size_t(dst)]++;
    for (int p : topo) {
        auto& node = nodes[size_t(p)];
        bool c = node.frame == 0 && node.numFedInputs == 0 && foldable(node) && constControlIns[size_t(p)] == controlIns[size_t(p)];
        for (const auto& in : node.inputs) c = c && in.node >= 0 && nodes[size_t(in.node)].constant;
        node.constant = c;
        if (c)
            for (int dst : node.controlOut) constControlIns[size_t(dst)]++;
    }
    for (auto& node : nodes) {
        if (!node.constant) continue;
        bool frontier = !node.fetchSlots.empty();
        for (const auto& edges : node.outEdges)
            for (const auto& [dst, slot] : edges) frontier = frontier || !nodes[size_t(dst)].constant;
        for (int dst : node.controlOut) frontier = frontier || !nodes[size_t(dst)].constant;
        if (!frontier) {
            node.skipWhenCached = true;
            plan.numSkippedWhenCached++;
        } else if (node.def->op() != "Const") {
            node.cacheSlot = plan.numCacheSlots++;
        }
    }
    if (plan.numCacheSlots > 0) plan.cache = std::make_shared<ConstantCache>();
}

}  // namespace

void ConstantCache::commit(std::vector<std::vector<Tensor>> slotValues, const std::vector<PlanNode>& nodes) {
    std::lock_guard<std::mutex> lock(mutex);
    if (ready.load()) return;
    std::set<const TensorBuffer*> seen;
    for (const auto& node : nodes)
        if (node.constValue.buffer()) seen.insert(node.constValue.buffer().get());
    for (const auto& outs : slotValues)
        for (const auto& t : outs)
            if (t.buffer() && seen.insert(t.buffer().get()).second) bytes += t.buffer()->size();
    values = std::move(slotValues);
    ready.store(true);
}

std::vector<std::string> calledFunctions(const tensorflow::NodeDef& node, const tensorflow::FunctionDefLibrary* library) {
    std::vector<std::string> out;
    if (findFunction(library, node.op())) out.push_back(node.op());
    for (const auto& [name, attr] : node.attr()) {
        if (attr.has_func()) out.push_back(attr.func().name());
        if (attr.has_list())
            for (const auto& f : attr.list().func()) out.push_back(f.name());
    }
    return out;
}

Result<std::shared_ptr<Plan>> buildPlan(const tensorflow::GraphDef& graph, const tensorflow::FunctionDefLibrary* library,
                                        const PlanRequest& request, const FunctionChecker& checkFunction,
                                        std::vector<std::string>* problemsOut) {
    const int n = graph.node_size();
    std::unordered_map<std::string, int> byName;
    byName.reserve(size_t(n) * 2);
    for (int i = 0; i < n; ++i) byName.emplace(graph.node(i).name(), i);

    auto plan = std::make_shared<Plan>();
    plan->library = library;

    // Feeds, fetches and targets.
    std::map<TensorId, int> fed;
    for (size_t i = 0; i < request.feeds.size(); ++i) {
        TFS_ASSIGN_OR_RETURN(TensorId id, resolveTensor(byName, request.feeds[i], "feed"));
        if (fed.count(id)) return invalidArgument(TFS_PHRASE("Errors", "feed '%1' is given twice"), request.feeds[i]);
        fed[id] = int(i);
        plan->feedNames.push_back(canonicalTensorName(request.feeds[i]));
    }
    std::set<int> fedNodes;
    for (const auto& [id, index] : fed) fedNodes.insert(id.node);
    std::vector<TensorId> fetchIds;
    std::vector<int> roots;
    for (const auto& f : request.fetches) {
        TFS_ASSIGN_OR_RETURN(TensorId id, resolveTensor(byName, f, "fetch"));
        fetchIds.push_back(id);
        plan->fetchNames.push_back(canonicalTensorName(f));
        auto it = fed.find(id);
        plan->fetchFromFeed.push_back(it == fed.end() ? -1 : it->second);
        if (it == fed.end()) roots.push_back(id.node);
    }
    for (const auto& t : request.targets) {
        std::string name = t.empty() || t[0] != '^' ? t : t.substr(1);
        auto it = byName.find(name);
        if (it == byName.end()) return notFound(TFS_PHRASE("Errors", "target '%1': the graph has no node named '%2'"),
                                                t, name);
        roots.push_back(it->second);
    }

    // Parse every input once.
    std::vector<std::vector<TensorRef>> refs(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        for (const auto& in : graph.node(i).input()) refs[size_t(i)].push_back(TensorRef::parse(in));

    // Prune: walk back from fetches and targets, stopping at fed tensors.
    std::vector<char> needed(size_t(n), 0);
    std::deque<int> work(roots.begin(), roots.end());
    for (int r : roots) needed[size_t(r)] = 1;
    std::vector<Phrase> problems;
    while (!work.empty()) {
        int i = work.front();
        work.pop_front();
        for (const auto& ref : refs[size_t(i)]) {
            auto it = byName.find(ref.node);
            if (it == byName.end()) {
                problems.push_back(phrase(TFS_PHRASE("Errors", "node '%1' input '%2' does not name a node"),
                                          graph.node(i).name(), ref.toString()));
                continue;
            }
            if (!ref.control && fed.count(TensorId{it->second, ref.output})) continue;
            // As in TensorFlow, a control dependency on a fed node is satisfied by the feed.
            if (ref.control && fedNodes.count(it->second)) continue;
            if (!needed[size_t(it->second)]) {
                needed[size_t(it->second)] = 1;
                work.push_back(it->second);
            }
        }
    }

    // Every needed node must be runnable.
    std::vector<int> planOf(size_t(n), -1);
    for (int i = 0; i < n; ++i) {
        if (!needed[size_t(i)]) continue;
        const auto& def = graph.node(i);
        PlanNode node;
        node.def = &def;
        node.kind = nodeKindOf(def.op());
        if (EngineOpFn fn = findEngineOp(def.op())) node.engine = fn;
        else if (EngineOpFn call = findCallOp(def.op())) node.engine = call;
        else if (const KernelFn* k = findKernel(def.op())) {
            node.kernel = *k;
            node.scratch = std::make_shared<KernelScratch>();
        } else if (const auto* f = findFunction(library, def.op())) {
            node.function = f;
            node.engine = directCallOp();
        } else {
            problems.push_back(phrase(TFS_PHRASE("Errors", "node '%1' (op %2) is not supported"), def.name(), def.op()));
            continue;
        }
        if (checkFunction && !node.kernel) {
            for (const auto& fname : calledFunctions(def, library)) {
                if (!findFunction(library, fname)) {
                    problems.push_back(phrase(TFS_PHRASE("Errors", "node '%1' (op %2) calls function '%3', which is not in the "
                                                                   "graph's function library"),
                                              def.name(), def.op(), fname));
                    continue;
                }
                Status s = checkFunction(fname);
                if (!s.ok()) problems.push_back(phrase(TFS_PHRASE("Errors", "node '%1' calls %2: %3"), def.name(), fname, s.message()));
            }
        }
        if (def.op() == "Const") {
            auto it = def.attr().find("value");
            if (it == def.attr().end()) {
                problems.push_back(phrase(TFS_PHRASE("Errors", "node '%1' (op Const) has no 'value' attribute"), def.name()));
                continue;
            }
            auto value = Tensor::fromProto(it->second.tensor());
            if (!value.ok()) {
                problems.push_back(phrase(TFS_PHRASE("Errors", "node '%1' (op Const): %2"), def.name(), value.status().message()));
                continue;
            }
            node.constValue = std::move(value).value();
        }
        node.constantEnter = node.kind == NodeKind::Enter && attrBool(def, "is_constant", false);
        planOf[size_t(i)] = int(plan->nodes.size());
        node.numOutputs = minimumOutputs(def.op());
        plan->nodes.push_back(std::move(node));
    }
    if (problemsOut && !problems.empty()) {
        for (const Phrase& p : problems) problemsOut->push_back(p.english());
        return invalidArgument(problems.front());
    }
    if (problems.size() == 1) return invalidArgument(problems.front());
    if (!problems.empty()) {  // several: one phrase listing the first 20, each translated on its own
        Phrase list{TFS_PHRASE("Errors", "%1 problems: %2"), {std::to_string(problems.size())}};  // %2: the items
        const size_t shown = std::min<size_t>(problems.size(), 20);
        list.items.assign(problems.begin(), problems.begin() + long(shown));
        if (problems.size() > shown)
            list.items.push_back(phrase(TFS_PHRASE("Errors", "and %1 more"), problems.size() - shown));
        return invalidArgument(std::move(list));
    }

    // Edges.
    auto& nodes = plan->nodes;
    for (int i = 0; i < n; ++i) {
        int p = planOf[size_t(i)];
        if (p < 0) continue;
        for (const auto& ref : refs[size_t(i)]) {
            int srcGraph = byName.at(ref.node);
            if (ref.control) {
                int src = planOf[size_t(srcGraph)];
                if (src < 0) continue;  // a fed node that nothing else needs
                nodes[size_t(p)].numControlInputs++;
                nodes[size_t(src)].controlOut.push_back(p);
                continue;
            }
            int slot = int(nodes[size_t(p)].inputs.size());
            auto f = fed.find(TensorId{srcGraph, ref.output});
            if (f != fed.end()) {
                nodes[size_t(p)].inputs.push_back(PlanInput{-1, f->second});
                nodes[size_t(p)].numFedInputs++;
                continue;
            }
            int src = planOf[size_t(srcGraph)];
            if (ref.output < 0) return invalidArgument(TFS_PHRASE("Errors", "node '%1': bad input '%2'"),
                                                       graph.node(i).name(), ref.toString());
            nodes[size_t(p)].inputs.push_back(PlanInput{src, ref.output});
            auto& srcNode = nodes[size_t(src)];
            if (srcNode.numOutputs <= ref.output) srcNode.numOutputs = ref.output + 1;
            if (int(srcNode.outEdges.size()) <= ref.output) srcNode.outEdges.resize(size_t(ref.output) + 1);
            srcNode.outEdges[size_t(ref.output)].push_back({p, slot});
        }
    }
    for (size_t k = 0; k < fetchIds.size(); ++k) {
        if (plan->fetchFromFeed[k] >= 0) continue;
        auto& node = nodes[size_t(planOf[size_t(fetchIds[k].node)])];
        if (node.numOutputs <= fetchIds[k].output) node.numOutputs = fetchIds[k].output + 1;
        node.fetchSlots.push_back({fetchIds[k].output, int(k)});
    }
    for (auto& node : nodes) node.outEdges.resize(size_t(node.numOutputs));

    // Static frames, in a topological order that ignores NextIteration -> Merge back edges.
    const int m = int(nodes.size());
    std::vector<int> indegree(size_t(m), 0);
    auto isBackEdgeSource = [&](int src) { return nodes[size_t(src)].kind == NodeKind::NextIteration; };
    for (int p = 0; p < m; ++p) {
        for (const auto& in : nodes[size_t(p)].inputs)
            if (in.node >= 0 && !isBackEdgeSource(in.node)) indegree[size_t(p)]++;
    }
    for (int p = 0; p < m; ++p)
        for (int dst : nodes[size_t(p)].controlOut) indegree[size_t(dst)]++;
    std::deque<int> ready;
    for (int p = 0; p < m; ++p)
        if (indegree[size_t(p)] == 0) ready.push_back(p);
    std::vector<int> frameOf(size_t(m), -1);
    plan->frames.push_back(PlanFrame{});
    std::map<std::pair<int, std::string>, int> frameIds;
    int visited = 0;
    std::vector<int> topo;
    topo.reserve(size_t(m));
    while (!ready.empty()) {
        int p = ready.front();
        ready.pop_front();
        ++visited;
        topo.push_back(p);
        auto& node = nodes[size_t(p)];
        if (frameOf[size_t(p)] < 0) frameOf[size_t(p)] = 0;
        if (node.kind == NodeKind::Enter) {
            std::string fname = attrString(*node.def, "frame_name");
            auto key = std::make_pair(frameOf[size_t(p)], fname);
            auto it = frameIds.find(key);
            if (it == frameIds.end()) {
                PlanFrame frame;
                frame.name = fname;
                frame.parent = frameOf[size_t(p)];
                plan->frames.push_back(frame);
                it = frameIds.emplace(key, int(plan->frames.size()) - 1).first;
            }
            node.childFrame = it->second;
        }
        int outFrame = frameOf[size_t(p)];
        if (node.kind == NodeKind::Enter) outFrame = node.childFrame;
        if (node.kind == NodeKind::Exit) {
            outFrame = plan->frames[size_t(outFrame)].parent;
            if (outFrame < 0)
                return invalidArgument(TFS_PHRASE("Errors", "node '%1' (op Exit) is not inside a while loop frame"),
                                       node.def->name());
        }
        auto visit = [&](int dst, bool countsInDegree) {
            if (frameOf[size_t(dst)] < 0) frameOf[size_t(dst)] = outFrame;
            if (countsInDegree && --indegree[size_t(dst)] == 0) ready.push_back(dst);
        };
        bool back = node.kind == NodeKind::NextIteration;
        for (const auto& edges : node.outEdges)
            for (const auto& [dst, slot] : edges) visit(dst, !back);
        for (int dst : node.controlOut) visit(dst, true);
    }
    if (visited < m) {
        for (int p = 0; p < m; ++p)
            if (indegree[size_t(p)] > 0)
                return invalidArgument(TFS_PHRASE("Errors", "node '%1' is on a cycle that is not a TF1 while loop (NextIteration -> Merge)"),
                                       nodes[size_t(p)].def->name());
    }
    // Only Enter and Exit cross frames (as in TensorFlow): a node fed from two frames would have
    // its values delivered into a frame instance that does not hold it.
    auto frameName = [&](int f) { return f == 0 ? std::string("the top level") : "while loop '" + plan->frames[size_t(f)].name + "'"; };
    for (int p = 0; p < m; ++p) {
        const auto& node = nodes[size_t(p)];
        int outFrame = node.kind == NodeKind::Enter  ? node.childFrame
                       : node.kind == NodeKind::Exit ? plan->frames[size_t(frameOf[size_t(p)])].parent
                                                     : frameOf[size_t(p)];
        auto sameFrame = [&](int dst) -> Status {
            if (frameOf[size_t(dst)] == outFrame) return okStatus();
            return invalidArgument(TFS_PHRASE("Errors", "node '%1' in %2 takes an input from '%3' in %4 (values cross frames only through Enter and Exit)"),
                                   nodes[size_t(dst)].def->name(), frameName(frameOf[size_t(dst)]), node.def->name(),
                                   frameName(outFrame));
        };
        for (const auto& edges : node.outEdges)
            for (const auto& [dst, slot] : edges) TFS_RETURN_IF_ERROR(sameFrame(dst));
        for (int dst : node.controlOut) TFS_RETURN_IF_ERROR(sameFrame(dst));
    }
    for (int p = 0; p < m; ++p) {
        auto& node = nodes[size_t(p)];
        node.frame = frameOf[size_t(p)];
        auto& frame = plan->frames[size_t(node.frame)];
        node.localIndex = int(frame.nodes.size());
        frame.nodes.push_back(p);
        if (node.kind == NodeKind::Enter) plan->frames[size_t(node.childFrame)].numEnters++;
        if (node.kind == NodeKind::Exit) frame.exits.push_back(p);
        if (node.kind == NodeKind::NextIteration && node.frame == 0)
            return invalidArgument(TFS_PHRASE("Errors", "node '%1' (op NextIteration) is not inside a while loop frame"),
                                   node.def->name());
        if (node.frame != 0 && node.numFedInputs > 0)
            return invalidArgument(TFS_PHRASE("Errors", "node '%1' inside while loop '%2' takes a fed tensor; feed tensors outside loops only"),
                                   node.def->name(), frame.name);
    }
    for (int p = 0; p < m; ++p) {
        const auto& fetched = nodes[size_t(p)];
        int outFrame = fetched.kind == NodeKind::Exit ? plan->frames[size_t(fetched.frame)].parent : fetched.frame;
        if (!fetched.fetchSlots.empty() && outFrame != 0)
            return invalidArgument(TFS_PHRASE("Errors", "fetch '%1' is inside a while loop; fetch its Exit instead"),
                                   nodes[size_t(p)].def->name());
    }
    markConstants(*plan, topo);
    plan->description = "graph";
    return plan;
}

Result<FunctionGraph> functionToGraph(const tensorflow::FunctionDef& function, const tensorflow::FunctionDefLibrary* library) {
    // The shared converter (core/ops/function_body.h): _Arg nodes are fed, the returned
    // tensors fetched; its _Retval and control_ret nodes are never needed, so never planned.
    FunctionBody body = functionBodyGraph(function, library);
    TFS_RETURN_IF_ERROR(body.check(function.signature().name()));
    FunctionGraph out;
    out.graph = body.graph;
    for (const auto& arg : body.args) out.request.feeds.push_back(arg + ":0");
    for (const auto& tensor : body.outputs) out.request.fetches.push_back(canonicalTensorName(tensor));
    out.request.targets = body.controlOutputs;
    return out;
}

}  // namespace tfs::exec
