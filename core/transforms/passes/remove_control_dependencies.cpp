// remove_control_dependencies: drop every control input ("^node").

#include "core/transforms/graph_utils.h"
#include "core/transforms/passes/passes.h"

namespace tfs::transforms {

Status removeControlDependencies(const tensorflow::GraphDef& in, const TransformContext& context,
                                 tensorflow::GraphDef* out) {
    *out = in;
    int removed = 0;
    for (auto& node : *out->mutable_node()) {
        google::protobuf::RepeatedPtrField<std::string> kept;
        for (const auto& input : node.input()) {
            if (isControlInput(input)) ++removed;
            else *kept.Add() = input;
        }
        node.mutable_input()->Swap(&kept);
    }
    context.note(TFS_PHRASE("Notes", "removed %1 control dependencies"), removed);
    return okStatus();
}

}  // namespace tfs::transforms
