#include "core/transforms/passes/fold_utils.h"

#include "core/transforms/graph_utils.h"

namespace tfs::transforms {

const tensorflow::NodeDef* resolveConst(const std::map<std::string, const tensorflow::NodeDef*>& byName,
                                        const std::string& input, std::vector<std::string>* chain) {
    std::string name = nodeName(input);
    for (int hop = 0; hop < 64; ++hop) {
        auto it = byName.find(name);
        if (it == byName.end()) return nullptr;
        const tensorflow::NodeDef* node = it->second;
        if (node->op() == "Const") return node;
        if (node->op() != "Identity") return nullptr;
        auto data = dataInputs(*node);
        if (data.size() != 1) return nullptr;
        if (chain) chain->push_back(node->name());
        name = nodeName(data[0]);
    }
    return nullptr;
}

Result<std::vector<float>> floatValues(const tensorflow::NodeDef& constNode) {
    TFS_ASSIGN_OR_RETURN(Tensor t, constValue(constNode));
    if (t.dtype() != tensorflow::DT_FLOAT)
        return invalidArgument(TFS_PHRASE("Errors", "node '%1' holds %2, not float32"),
                               constNode.name(), dtypeShortName(t.dtype()));
    const float* p = t.data<float>();
    return std::vector<float>(p, p + t.numElements());
}

int64_t outputChannels(const tensorflow::NodeDef& op, const Tensor& weights) {
    if (weights.rank() == 0) return 0;
    if (op.op() == "MatMul") {
        if (weights.rank() != 2) return 0;
        auto it = op.attr().find("transpose_b");
        bool transposed = it != op.attr().end() && it->second.b();
        return transposed ? weights.dim(0) : weights.dim(1);
    }
    if (op.op() == "DepthwiseConv2dNative") {
        if (weights.rank() != 4) return 0;
        return weights.dim(2) * weights.dim(3);
    }
    if (weights.rank() != 4) return 0;
    return weights.dim(3);
}

Result<Tensor> scaleWeights(const tensorflow::NodeDef& op, const Tensor& weights, const std::vector<float>& scale) {
    if (weights.dtype() != tensorflow::DT_FLOAT)
        return invalidArgument(TFS_PHRASE("Errors", "weights of '%1' are not float32"), op.name());
    int64_t channels = outputChannels(op, weights);
    if (channels <= 0 || int64_t(scale.size()) != channels)
        return invalidArgument(TFS_PHRASE("Errors", "node '%1': %2 scale values for weights %3"),
                               op.name(), scale.size(), weights.describe());
    Tensor result = weights.clone();
    float* p = result.data<float>();
    const int64_t total = result.numElements();
    bool transposed = false;
    if (op.op() == "MatMul") {
        auto it = op.attr().find("transpose_b");
        transposed = it != op.attr().end() && it->second.b();
    }
    if (transposed) {
        const int64_t inner = total / channels;
        for (int64_t i = 0; i < total; ++i) p[i] *= scale[size_t(i / inner)];
    } else {
        for (int64_t i = 0; i < total; ++i) p[i] *= scale[size_t(i % channels)];
    }
    return result;
}

void removeDeadNodes(tensorflow::GraphDef* graph, std::set<std::string> candidates,
                     const std::set<std::string>& protectedNodes) {
    while (!candidates.empty()) {
        std::set<std::string> consumed;
        for (const auto& node : graph->node())
            for (const auto& input : node.input()) consumed.insert(nodeName(input));
        std::set<std::string> next;
        google::protobuf::RepeatedPtrField<tensorflow::NodeDef> kept;
        for (auto& node : *graph->mutable_node()) {
            if (candidates.count(node.name()) && !consumed.count(node.name()) && !protectedNodes.count(node.name())) {
                for (const auto& input : node.input()) next.insert(nodeName(input));
                continue;
            }
            *kept.Add() = std::move(node);
        }
        if (kept.size() == graph->node_size()) break;
        graph->mutable_node()->Swap(&kept);
        // Only follow into nodes that are pure plumbing for constants.
        std::set<std::string> filtered;
        for (const auto& node : graph->node())
            if (next.count(node.name()) && (node.op() == "Const" || node.op() == "Identity")) filtered.insert(node.name());
        candidates = std::move(filtered);
    }
}

void makeFloatConst(const std::string& name, const std::vector<float>& values, tensorflow::NodeDef* node) {
    Tensor t(tensorflow::DT_FLOAT, {int64_t(values.size())});
    for (size_t i = 0; i < values.size(); ++i) t.data<float>()[i] = values[i];
    makeConst(name, t, node);
}

}  // namespace tfs::transforms
