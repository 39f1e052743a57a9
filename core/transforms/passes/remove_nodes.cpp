// remove_nodes: bypass nodes of the given ops, wiring consumers to their first input.

#include <set>

#include "core/transforms/graph_utils.h"
#include "core/transforms/passes/passes.h"

namespace tfs::transforms {

Status removeNodes(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    auto ops = context.getList("op");
    if (ops.empty())
        return invalidArgument(TFS_PHRASE("Errors", "remove_nodes expects at least one 'op' argument, e.g. remove_nodes(op=Identity)"));
    TFS_ASSIGN_OR_RETURN(int64_t maxInputs, context.getOneInt("max_inputs", 1));
    std::set<std::string> opSet(ops.begin(), ops.end());
    std::set<std::string> keep = nodeNames(context.inputNames);
    for (const auto& o : nodeNames(context.outputNames)) keep.insert(o);

    auto byName = mapNamesToNodes(in);
    auto consumers = mapConsumers(in);
    std::map<std::string, std::string> tensorMap;   // "node:0" -> its first input
    std::map<std::string, std::vector<std::string>> movedControls;  // removed node -> its control inputs
    std::set<std::string> removed;
    int skippedSwitch = 0;
    for (const auto& node : in.node()) {
        if (!opSet.count(node.op()) || keep.count(node.name())) continue;
        auto data = dataInputs(node);
        if (data.empty() || int64_t(data.size()) > maxInputs) continue;
        // Only output 0 can be forwarded.
        bool otherOutputs = false;
        bool controlConsumers = false;
        for (const auto* c : consumers[node.name()])
            for (const auto& input : c->input()) {
                if (nodeName(input) != node.name()) continue;
                if (isControlInput(input)) controlConsumers = true;
                else if (outputIndex(input) != 0) otherOutputs = true;
            }
        if (otherOutputs) continue;
        // An Identity on a Switch output is the pivot of a cond branch: a control edge to it
        // means "only in this branch". Redirecting that edge to the Switch would run the
        // consumer in both branches, so (unlike GTT) such nodes are kept.
        auto producer = byName.find(nodeName(data[0]));
        if (controlConsumers && producer != byName.end() &&
            (producer->second->op() == "Switch" || producer->second->op() == "RefSwitch")) {
            ++skippedSwitch;
            continue;
        }
        tensorMap[node.name() + ":0"] = canonicalInput(data[0]);
        for (const auto& input : node.input())
            if (isControlInput(input)) movedControls[node.name()].push_back(input);
        removed.insert(node.name());
    }
    filterGraph(in, [&](const tensorflow::NodeDef& n) { return !removed.count(n.name()); }, out);
    // Consumers inherit the control dependencies of the nodes they no longer read through.
    for (auto& node : *out->mutable_node()) {
        std::vector<std::string> extra;
        for (const auto& input : node.input()) {
            std::string current = nodeName(input);
            for (int hop = 0; hop < 1000 && removed.count(current); ++hop) {
                for (const auto& c : movedControls[current]) extra.push_back(c);
                auto it = tensorMap.find(current + ":0");
                current = it == tensorMap.end() ? "" : nodeName(it->second);
            }
        }
        for (const auto& c : extra) node.add_input(c);
    }
    replaceInputs(out, tensorMap);
    context.note(TFS_PHRASE("Notes", "removed %1 nodes"), removed.size());
    if (skippedSwitch) context.note(TFS_PHRASE("Notes", "kept %1 cond-branch pivots"), skippedSwitch);
    return okStatus();
}

}  // namespace tfs::transforms
