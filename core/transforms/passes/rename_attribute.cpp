// rename_attribute: rename an attribute on every node (or only nodes of op_name).

#include "core/transforms/passes/passes.h"

namespace tfs::transforms {

Status renameAttribute(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    TFS_ASSIGN_OR_RETURN(std::string oldName, context.getOneString("old_attribute_name", ""));
    TFS_ASSIGN_OR_RETURN(std::string newName, context.getOneString("new_attribute_name", ""));
    TFS_ASSIGN_OR_RETURN(std::string opName, context.getOneString("op_name", "*"));
    if (oldName.empty() || newName.empty())
        return invalidArgument(TFS_PHRASE("Errors", "rename_attribute expects 'old_attribute_name' and 'new_attribute_name', e.g. rename_attribute(old_attribute_name=foo, new_attribute_name=bar)"));
    *out = in;
    int renamed = 0;
    for (auto& node : *out->mutable_node()) {
        if (opName != "*" && node.op() != opName) continue;
        auto it = node.attr().find(oldName);
        if (it == node.attr().end()) continue;
        tensorflow::AttrValue value = it->second;
        node.mutable_attr()->erase(oldName);
        (*node.mutable_attr())[newName] = value;
        ++renamed;
    }
    context.note(TFS_PHRASE("Notes", "renamed the attribute on %1 nodes"), renamed);
    return okStatus();
}

}  // namespace tfs::transforms
