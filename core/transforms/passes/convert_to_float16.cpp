// convert_to_float16: store float32 constants as float16 with a Cast back to
// float32 under the original name, so the graph still computes in float32 but
// its weights take half the bytes. Lossy (about 3 decimal digits kept).

#include <cmath>

#include "core/transforms/graph_utils.h"
#include "core/transforms/passes/float_consts.h"
#include "core/transforms/passes/passes.h"
#include "core/util/half.h"

namespace tfs::transforms {

Status convertToFloat16(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    TFS_ASSIGN_OR_RETURN(int64_t minimumSize, context.getOneInt("minimum_size", 16));
    double worst = 0;
    int converted = 0;
    auto toHalf = [&](const tensorflow::NodeDef& node, const Tensor& value, std::set<std::string>* taken,
                      tensorflow::GraphDef* graph) {
        Tensor half(tensorflow::DT_HALF, value.dims());
        const float* src = value.data<float>();
        uint16_t* dst = half.data<uint16_t>();
        for (int64_t i = 0; i < value.numElements(); ++i) {
            dst[i] = floatToHalf(src[i]);
            if (std::isfinite(src[i]) && std::abs(src[i]) <= 65504.f)
                worst = std::max(worst, double(std::abs(halfToFloat(dst[i]) - src[i])));
        }
        tensorflow::NodeDef* h = graph->add_node();
        makeConst(uniqueName(node.name() + "_float16", taken), half, h);
        h->set_device(node.device());
        tensorflow::NodeDef* cast = addReplacementNode(node, "Cast", {h->name()}, graph);
        setTypeAttr(cast, "SrcT", tensorflow::DT_HALF);
        setTypeAttr(cast, "DstT", tensorflow::DT_FLOAT);
        (*cast->mutable_attr())["Truncate"].set_b(false);
        return okStatus();
    };
    TFS_RETURN_IF_ERROR(rewriteFloatConsts(in, minimumSize, toHalf, out, &converted));
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3g", worst);
    context.note(TFS_PHRASE("Notes", "stored %1 float constants as float16 (largest weight change %2)"), converted,
                 buf);
    return okStatus();
}

}  // namespace tfs::transforms
