// insert_logging: put a Print node after matching nodes so running the graph
// logs their outputs; consumers of output 0 read through the Print.

#include "core/ops/op_registry.h"
#include "core/transforms/graph_utils.h"
#include "core/transforms/passes/passes.h"

namespace tfs::transforms {

Status insertLogging(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    auto ops = context.getList("op");
    auto prefixes = context.getList("prefix");
    auto names = context.getList("name");
    TFS_ASSIGN_OR_RETURN(bool showName, context.getOneBool("show_name", false));
    TFS_ASSIGN_OR_RETURN(bool showOp, context.getOneBool("show_op", false));
    TFS_ASSIGN_OR_RETURN(int64_t firstN, context.getOneInt("first_n", -1));
    TFS_ASSIGN_OR_RETURN(int64_t summarize, context.getOneInt("summarize", 1024));
    TFS_ASSIGN_OR_RETURN(std::string message, context.getOneString("message", ""));
    std::set<std::string> opSet(ops.begin(), ops.end()), nameSet(names.begin(), names.end());
    auto matches = [&](const tensorflow::NodeDef& node) {
        if (opSet.empty() && prefixes.empty() && nameSet.empty()) return true;
        if (opSet.count(node.op()) || nameSet.count(node.name())) return true;
        for (const auto& p : prefixes)
            if (node.name().rfind(p, 0) == 0) return true;
        return false;
    };
    std::set<std::string> taken;
    for (const auto& node : in.node()) taken.insert(node.name());
    *out = in;
    std::map<std::string, std::string> tensorMap;
    std::set<std::string> printNodes;
    std::vector<tensorflow::NodeDef> added;
    for (const auto& node : in.node()) {
        if (!matches(node) || node.op() == "Const" || node.op() == "Print") continue;
        auto types = outputDtypes(node, &in.library());
        if (!types.ok() || types->empty()) continue;
        bool ok = true;
        for (auto t : *types)
            if (isRefType(t) || t == tensorflow::DT_RESOURCE || t == tensorflow::DT_VARIANT) ok = false;
        if (!ok) continue;
        tensorflow::NodeDef print;
        print.set_name(uniqueName(node.name() + "__print__", &taken));
        print.set_op("Print");
        print.set_device(node.device());
        print.add_input(node.name());
        auto* u = (*print.mutable_attr())["U"].mutable_list();
        for (size_t i = 0; i < types->size(); ++i) {
            print.add_input(node.name() + (i == 0 ? "" : ":" + std::to_string(i)));
            u->add_type((*types)[i]);
        }
        setTypeAttr(&print, "T", (*types)[0]);
        std::string text = message;
        if (showName) text += ";" + node.name() + ";";
        if (showOp) text += ";" + node.op() + ";";
        (*print.mutable_attr())["message"].set_s(text);
        (*print.mutable_attr())["first_n"].set_i(firstN);
        (*print.mutable_attr())["summarize"].set_i(summarize);
        tensorMap[node.name() + ":0"] = print.name() + ":0";
        printNodes.insert(print.name());
        added.push_back(std::move(print));
    }
    for (auto& p : added) *out->add_node() = std::move(p);
    replaceInputs(out, tensorMap, printNodes);
    context.note(TFS_PHRASE("Notes", "inserted %1 Print nodes"), added.size());
    return okStatus();
}

}  // namespace tfs::transforms
