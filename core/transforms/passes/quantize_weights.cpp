// quantize_weights: store large float constants as quint8 plus min/max and a
// Dequantize (MIN_FIRST) node under the original name, about 4x smaller.

#include "core/transforms/graph_utils.h"
#include "core/transforms/passes/float_consts.h"
#include "core/transforms/passes/passes.h"
#include "core/transforms/passes/weight_stats.h"

namespace tfs::transforms {

Status quantizeWeights(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    TFS_ASSIGN_OR_RETURN(int64_t minimumSize, context.getOneInt("minimum_size", 1024));
    int quantized = 0;
    auto toQuint8 = [](const tensorflow::NodeDef& node, const Tensor& value, std::set<std::string>* taken,
                       tensorflow::GraphDef* graph) {
        const float* p = value.data<float>();
        float lo, hi;
        weightRange(p, value.numElements(), &lo, &hi);
        // TensorFlow's FloatToQuantized for quint8 (MIN_FIRST): q = round(v*s) - round(min*s), s = 255/(max-min).
        const double scale = 255.0 / (double(hi) - double(lo));
        const double minRounded = std::round(double(lo) * scale);
        Tensor q(tensorflow::DT_QUINT8, value.dims());
        uint8_t* qp = q.data<uint8_t>();
        for (int64_t i = 0; i < value.numElements(); ++i) {
            double v = std::isfinite(p[i]) ? std::round(double(p[i]) * scale) - minRounded : 0.0;
            qp[i] = uint8_t(std::clamp(v, 0.0, 255.0));
        }
        std::vector<std::string> inputs;
        const std::pair<const char*, Tensor> parts[] = {{"_quantized_const", q},
                                                        {"_quantized_min", Tensor::scalar<float>(tensorflow::DT_FLOAT, lo)},
                                                        {"_quantized_max", Tensor::scalar<float>(tensorflow::DT_FLOAT, hi)}};
        for (const auto& [suffix, tensor] : parts) {
            tensorflow::NodeDef* c = graph->add_node();
            makeConst(uniqueName(node.name() + suffix, taken), tensor, c);
            c->set_device(node.device());
            inputs.push_back(c->name());
        }
        tensorflow::NodeDef* deq = addReplacementNode(node, "Dequantize", inputs, graph);
        setTypeAttr(deq, "T", tensorflow::DT_QUINT8);
        (*deq->mutable_attr())["mode"].set_s("MIN_FIRST");
        return okStatus();
    };
    TFS_RETURN_IF_ERROR(rewriteFloatConsts(in, minimumSize, toQuint8, out, &quantized));
    context.note(TFS_PHRASE("Notes", "quantized %1 float constants to quint8"), quantized);
    return okStatus();
}

}  // namespace tfs::transforms
