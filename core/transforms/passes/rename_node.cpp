// rename_node: give nodes new names and update every reference to them.
// Pairs may repeat: rename_node(old_node_name=a, new_node_name=b, old_node_name=c, new_node_name=d).

#include <set>

#include "core/transforms/graph_utils.h"
#include "core/transforms/passes/passes.h"

namespace tfs::transforms {

Status renameNode(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    auto olds = context.getList("old_node_name");
    auto news = context.getList("new_node_name");
    if (olds.empty() || olds.size() != news.size())
        return invalidArgument(TFS_PHRASE("Errors", "rename_node expects matching 'old_node_name' and 'new_node_name' arguments, e.g. rename_node(old_node_name=conv1, new_node_name=features)"));
    std::map<std::string, std::string> renames;
    for (size_t i = 0; i < olds.size(); ++i) renames[olds[i]] = news[i];
    std::set<std::string> names;
    for (const auto& node : in.node()) names.insert(node.name());
    for (const auto& [from, to] : renames) {
        if (!names.count(from)) return invalidArgument(TFS_PHRASE("Errors", "rename_node: no node named '%1'"), from);
        if (names.count(to) && !renames.count(to))
            return invalidArgument(TFS_PHRASE("Errors", "rename_node: a node named '%1' already exists"), to);
    }
    renameNodes(in, renames, out);
    context.recordRenames(renames);
    return okStatus();
}

}  // namespace tfs::transforms
