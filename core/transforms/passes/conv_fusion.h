#pragma once
// The shared body of fuse_pad_and_conv, fuse_resize_and_conv and
// fuse_resize_pad_and_conv: match, check the conv and resize can be fused,
// build the FusedPadConv2D / FusedResizeAndPadConv2D node.

#include "core/transforms/transform.h"

namespace tfs::transforms {

/// Which producers of the Conv2D input are folded into it.
struct ConvFusionKind {
    bool resize = false;  // ResizeBilinear(*, Const) -> FusedResizeAndPadConv2D
    bool pad = false;     // MirrorPad(*, Const)
};

/// Fuses every Conv2D fed by the chosen chain. Convs with dilations or NCHW data, and resizes with
/// half_pixel_centers (which the fused op cannot express), are left alone with a note.
Status fuseIntoConv(const tensorflow::GraphDef& in, const TransformContext& context, ConvFusionKind kind,
                    tensorflow::GraphDef* out);

}  // namespace tfs::transforms
