// add_default_attributes: fill in every attribute an op declares a default for
// (from tfscope's op registry), in the graph and its function bodies.

#include "core/ops/op_registry.h"
#include "core/transforms/passes/passes.h"

namespace tfs::transforms {

Status addDefaultAttributes(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    *out = in;
    TFS_RETURN_IF_ERROR(tfs::addDefaultAttributes(out));
    int added = 0;
    for (int i = 0; i < out->node_size(); ++i) added += out->node(i).attr_size() - in.node(i).attr_size();
    context.note(TFS_PHRASE("Notes", "added %1 default attributes"), added);
    return okStatus();
}

}  // namespace tfs::transforms
