// set_device: place nodes on a device (only unplaced ones with if_default=true).

#include "core/transforms/passes/passes.h"

namespace tfs::transforms {

Status setDevice(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    TFS_ASSIGN_OR_RETURN(std::string device, context.getOneString("device", ""));
    TFS_ASSIGN_OR_RETURN(bool ifDefault, context.getOneBool("if_default", false));
    *out = in;
    int set = 0;
    for (auto& node : *out->mutable_node()) {
        if (ifDefault && !node.device().empty()) continue;
        if (node.device() != device) ++set;
        node.set_device(device);
    }
    context.note(TFS_PHRASE("Notes", "placed %1 nodes on '%2'"), set, device);
    return okStatus();
}

}  // namespace tfs::transforms
