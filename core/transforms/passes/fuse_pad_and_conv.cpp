// fuse_pad_and_conv: see conv_fusion.h (the three conv fusions share one implementation).

#include "core/transforms/passes/conv_fusion.h"
#include "core/transforms/passes/passes.h"

namespace tfs::transforms {

Status fusePadAndConv(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    ConvFusionKind kind;
    kind.resize = false;
    kind.pad = true;
    return fuseIntoConv(in, context, kind, out);
}

}  // namespace tfs::transforms
