// rename_op: change the op type of every node with old_op_name to new_op_name.

#include "core/transforms/passes/passes.h"

namespace tfs::transforms {

Status renameOp(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    TFS_ASSIGN_OR_RETURN(std::string oldName, context.getOneString("old_op_name", ""));
    TFS_ASSIGN_OR_RETURN(std::string newName, context.getOneString("new_op_name", ""));
    if (oldName.empty() || newName.empty())
        return invalidArgument(TFS_PHRASE("Errors", "rename_op expects 'old_op_name' and 'new_op_name', e.g. rename_op(old_op_name=Mul, new_op_name=Multiply)"));
    *out = in;
    int renamed = 0;
    for (auto& node : *out->mutable_node())
        if (node.op() == oldName) {
            node.set_op(newName);
            ++renamed;
        }
    context.note(TFS_PHRASE("Notes", "renamed %1 %2 nodes to %3"), renamed, oldName, newName);
    return okStatus();
}

}  // namespace tfs::transforms
