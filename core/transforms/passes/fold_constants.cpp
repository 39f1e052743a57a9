// fold_constants: evaluate every subgraph that depends only on constants and
// replace it with Const nodes, using the executor's kernels.

#include <set>
#include <unordered_map>

#include "core/model/graph_index.h"
#include "core/transforms/const_eval.h"
#include "core/transforms/graph_utils.h"
#include "core/transforms/passes/passes.h"

namespace tfs::transforms {

Status foldConstants(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    auto excludeOps = context.getList("exclude_op");
    auto excludeNodes = context.getList("exclude_node");
    std::set<std::string> excludedOps(excludeOps.begin(), excludeOps.end());
    std::set<std::string> excludedNodes(excludeNodes.begin(), excludeNodes.end());
    TFS_ASSIGN_OR_RETURN(int64_t maxBytes, context.getOneInt("max_constant_size_in_bytes", 10 << 20));
    TFS_ASSIGN_OR_RETURN(bool clearShapes, context.getOneBool("clear_output_shapes", true));
    std::set<std::string> inputs = nodeNames(context.inputNames);
    std::set<std::string> outputs = nodeNames(context.outputNames);

    GraphIndex index(in);
    if (!index.danglingInputs().empty()) return invalidArgument(index.danglingInputs().front());
    const int n = index.size();
    std::vector<char> foldable(size_t(n), 0);
    for (int i : index.topologicalOrder()) {
        const auto& node = index.node(i);
        bool ok = !inputs.count(node.name()) && !excludedNodes.count(node.name()) && !excludedOps.count(node.op()) &&
                  (node.op() == "Const" || (!isStatefulOp(node.op()) && canEvaluateOp(node.op())));
        if (ok && node.op() != "Const" && node.input_size() == 0) ok = false;  // sources other than Const
        for (const auto& e : index.inputs(i))
            if (e.src < 0 || !foldable[size_t(e.src)]) ok = false;
        foldable[size_t(i)] = ok;
    }
    for (int c : index.cyclicNodes()) foldable[size_t(c)] = 0;

    // Evaluate in topological order; a failing node simply stays as it is.
    std::unordered_map<int, std::vector<Tensor>> values;
    int failures = 0;
    std::string firstFailure;
    for (int i : index.topologicalOrder()) {
        if (!foldable[size_t(i)]) continue;
        const auto& node = index.node(i);
        std::vector<Tensor> args;
        bool ready = true;
        for (const auto& e : index.inputs(i)) {
            if (e.control) continue;
            auto it = values.find(e.src);
            if (it == values.end() || e.srcOutput >= int(it->second.size())) {
                ready = false;
                break;
            }
            args.push_back(it->second[size_t(e.srcOutput)]);
        }
        if (!ready) {
            foldable[size_t(i)] = 0;
            continue;
        }
        auto result = evaluateNode(node, args);
        if (!result.ok()) {
            foldable[size_t(i)] = 0;
            if (failures++ == 0) firstFailure = result.status().message();
            continue;
        }
        values[i] = std::move(result).value();
    }
    // Nodes whose evaluation failed make their consumers unfoldable too.
    for (int i : index.topologicalOrder()) {
        if (!foldable[size_t(i)]) continue;
        for (const auto& e : index.inputs(i))
            if (!foldable[size_t(e.src)]) foldable[size_t(i)] = 0;
        if (!foldable[size_t(i)]) values.erase(i);
    }

    // Which foldable outputs are read by something that stays? Too-big ones are not folded,
    // which makes their own inputs boundary values instead; iterate until stable.
    std::map<int, std::set<int>> boundary;  // node -> used output indices
    bool changed = true;
    int tooBig = 0;
    while (changed) {
        changed = false;
        boundary.clear();
        for (int i = 0; i < n; ++i) {
            if (foldable[size_t(i)]) {
                if (outputs.count(index.node(i).name())) boundary[i].insert(0);
                continue;
            }
            for (const auto& e : index.inputs(i))
                if (!e.control && e.src >= 0 && foldable[size_t(e.src)]) boundary[e.src].insert(e.srcOutput);
        }
        for (const auto& [node, outs] : boundary) {
            if (index.node(node).op() == "Const") continue;
            for (int o : outs) {
                if (o >= int(values[node].size()) || values[node][size_t(o)].byteSize() > uint64_t(maxBytes)) {
                    foldable[size_t(node)] = 0;
                    ++tooBig;
                    changed = true;
                    break;
                }
            }
        }
    }

    out->Clear();
    *out->mutable_versions() = in.versions();
    std::map<std::string, std::string> tensorMap;
    std::set<std::string> newNames;
    for (int i = 0; i < n; ++i) newNames.insert(index.node(i).name());
    int folded = 0;
    // Keep non-foldable nodes and foldable Consts that are read; emit Consts for boundary outputs.
    std::set<std::string> emitted;
    for (int i = 0; i < n; ++i) {
        const auto& node = index.node(i);
        if (!foldable[size_t(i)]) {
            *out->add_node() = node;
            continue;
        }
        auto b = boundary.find(i);
        if (b == boundary.end()) continue;
        if (node.op() == "Const") {
            tensorflow::NodeDef copy = node;
            copy.clear_input();  // control inputs from folded nodes are meaningless now
            *out->add_node() = copy;
            continue;
        }
        ++folded;
        for (int o : b->second) {
            std::string name = o == 0 ? node.name() : uniqueName(node.name() + "/folded_output_" + std::to_string(o), &newNames);
            tensorflow::NodeDef* c = out->add_node();
            makeConst(name, values[i][size_t(o)], c);
            c->set_device(node.device());
            if (o != 0) tensorMap[node.name() + ":" + std::to_string(o)] = name + ":0";
        }
    }
    // Control edges from folded (now removed) nodes are dropped; data edges get remapped.
    std::set<std::string> present;
    for (const auto& node : out->node()) present.insert(node.name());
    replaceInputs(out, tensorMap);
    for (auto& node : *out->mutable_node()) {
        google::protobuf::RepeatedPtrField<std::string> kept;
        for (const auto& input : node.input())
            if (!isControlInput(input) || present.count(nodeName(input))) *kept.Add() = input;
        node.mutable_input()->Swap(&kept);
        if (clearShapes) node.mutable_attr()->erase("_output_shapes");
    }
    context.note(TFS_PHRASE("Notes", "folded %1 nodes into constants"), folded);
    if (tooBig)
        context.note(TFS_PHRASE("Notes", "left %1 nodes because their value exceeds %2 bytes"), tooBig, maxBytes);
    if (failures)
        context.note(TFS_PHRASE("Notes", "%1 nodes could not be evaluated (first: %2)"), failures, firstFailure);
    return okStatus();
}

}  // namespace tfs::transforms
