// remove_attribute: delete an attribute from every node (or only nodes of op_name).

#include "core/transforms/passes/passes.h"

namespace tfs::transforms {

Status removeAttribute(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    TFS_ASSIGN_OR_RETURN(std::string name, context.getOneString("attribute_name", ""));
    TFS_ASSIGN_OR_RETURN(std::string opName, context.getOneString("op_name", "*"));
    if (name.empty())
        return invalidArgument(TFS_PHRASE("Errors", "remove_attribute expects an 'attribute_name', e.g. remove_attribute(op_name=Mul, attribute_name=foo)"));
    *out = in;
    int removed = 0;
    for (auto& node : *out->mutable_node()) {
        if (opName != "*" && node.op() != opName) continue;
        removed += int(node.mutable_attr()->erase(name));
    }
    context.note(TFS_PHRASE("Notes", "removed the attribute from %1 nodes"), removed);
    return okStatus();
}

}  // namespace tfs::transforms
