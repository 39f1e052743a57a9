// round_weights: snap large float constants to num_steps evenly spaced levels
// (still float32, but compresses far better). Better than GTT: the maximum
// value stays inside the range (GTT's top bucket overshoots it) and
// all-negative tensors get a correct range.

#include "core/transforms/graph_utils.h"
#include "core/transforms/passes/float_consts.h"
#include "core/transforms/passes/passes.h"
#include "core/transforms/passes/weight_stats.h"

namespace tfs::transforms {

Status roundWeights(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    TFS_ASSIGN_OR_RETURN(int64_t numSteps, context.getOneInt("num_steps", 256));
    if (numSteps < 2 || numSteps > (int64_t(1) << 24))
        return invalidArgument(TFS_PHRASE("Errors", "round_weights: num_steps must be between 2 and 16777216, e.g. round_weights(num_steps=256)"));
    TFS_ASSIGN_OR_RETURN(int64_t minimumSize, context.getOneInt("minimum_size", 16));
    int rounded = 0;
    auto round = [numSteps](const tensorflow::NodeDef& node, const Tensor& value, std::set<std::string>*,
                            tensorflow::GraphDef* graph) {
        Tensor result = value.clone();
        float* p = result.data<float>();
        float lo, hi;
        weightRange(p, result.numElements(), &lo, &hi);
        const float width = (hi - lo) / float(numSteps);
        for (int64_t i = 0; i < result.numElements(); ++i) {
            if (!std::isfinite(p[i])) continue;
            int64_t bucket = int64_t(std::floor((p[i] - lo) / width));
            bucket = std::clamp<int64_t>(bucket, 0, numSteps - 1);
            p[i] = lo + width * (float(bucket) + 0.5f);
        }
        tensorflow::NodeDef* copy = graph->add_node();
        *copy = node;
        result.toProto((*copy->mutable_attr())["value"].mutable_tensor());
        return okStatus();
    };
    TFS_RETURN_IF_ERROR(rewriteFloatConsts(in, minimumSize, round, out, &rounded));
    context.note(TFS_PHRASE("Notes", "rounded %1 float constants to %2 levels"), rounded, numSteps);
    return okStatus();
}

}  // namespace tfs::transforms
