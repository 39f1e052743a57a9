// remove_device: clear every node's device placement.

#include "core/transforms/passes/passes.h"

namespace tfs::transforms {

Status removeDevice(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    *out = in;
    int cleared = 0;
    for (auto& node : *out->mutable_node()) {
        if (node.device().empty()) continue;
        node.clear_device();
        ++cleared;
    }
    context.note(TFS_PHRASE("Notes", "cleared the device of %1 nodes"), cleared);
    return okStatus();
}

}  // namespace tfs::transforms
