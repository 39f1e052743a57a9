// fold_old_batch_norms: fold inference-mode FusedBatchNorm(V2/V3) and
// BatchNormWithGlobalNormalization into the weights of the preceding
// Conv2D / DepthwiseConv2dNative / MatMul, leaving a BiasAdd.
// Better than GTT: parameters may sit behind Identity (".../read") nodes and a
// BiasAdd/Add between the convolution and the batch norm is folded too.

#include <cmath>
#include <set>

#include "core/transforms/graph_utils.h"
#include "core/transforms/passes/fold_utils.h"
#include "core/transforms/passes/passes.h"

namespace tfs::transforms {
namespace {

bool isBatchNorm(const std::string& op) {
    return op == "FusedBatchNorm" || op == "FusedBatchNormV2" || op == "FusedBatchNormV3" ||
           op == "BatchNormWithGlobalNormalization";
}
bool isFoldTarget(const std::string& op) {
    return op == "Conv2D" || op == "DepthwiseConv2dNative" || op == "MatMul";
}

struct Consumers {
    std::map<std::string, std::vector<std::pair<const tensorflow::NodeDef*, std::string>>> byNode;
    /// True when the node's only consumer edges are data edges from `only` reading output 0.
    bool onlyFeeds(const std::string& node, const std::string& only) const {
        auto it = byNode.find(node);
        if (it == byNode.end()) return false;
        for (const auto& [consumer, input] : it->second)
            if (consumer->name() != only || isControlInput(input) || outputIndex(input) != 0) return false;
        return true;
    }
    bool onlyOutputZero(const std::string& node) const {
        auto it = byNode.find(node);
        if (it == byNode.end()) return true;
        for (const auto& [consumer, input] : it->second)
            if (!isControlInput(input) && outputIndex(input) != 0) return false;
        return true;
    }
};

}  // namespace

Status foldOldBatchNorms(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    auto byName = mapNamesToNodes(in);
    Consumers consumers;
    for (const auto& node : in.node())
        for (const auto& input : node.input()) consumers.byNode[nodeName(input)].push_back({&node, input});
    std::set<std::string> protectedNodes = nodeNames(context.inputNames);
    for (const auto& o : nodeNames(context.outputNames)) protectedNodes.insert(o);
    std::set<std::string> taken;
    for (const auto& node : in.node()) taken.insert(node.name());

    std::map<std::string, tensorflow::NodeDef> replacements;  // by name: new definitions
    std::vector<tensorflow::NodeDef> added;
    std::set<std::string> removed;
    std::set<std::string> deadCandidates;
    int folded = 0, skipped = 0;
    std::string firstSkip;
    auto skip = [&](const std::string& why) {
        if (skipped++ == 0) firstSkip = why;
    };

    for (const auto& bn : in.node()) {
        if (!isBatchNorm(bn.op())) continue;
        auto data = dataInputs(bn);
        bool global = bn.op() == "BatchNormWithGlobalNormalization";
        if (data.size() != 5) continue;
        auto training = bn.attr().find("is_training");
        if (!global && training != bn.attr().end() && training->second.b()) {
            skip("'" + bn.name() + "' is in training mode");
            continue;
        }
        if (!consumers.onlyOutputZero(bn.name())) {
            skip("'" + bn.name() + "' has its batch statistics outputs consumed");
            continue;
        }
        // Parameters: FusedBatchNorm(x, scale, offset, mean, variance); global: (t, m, v, beta, gamma).
        std::vector<std::string> chain;
        const tensorflow::NodeDef *scaleN, *offsetN, *meanN, *varN;
        if (global) {
            meanN = resolveConst(byName, data[1], &chain);
            varN = resolveConst(byName, data[2], &chain);
            offsetN = resolveConst(byName, data[3], &chain);
            scaleN = resolveConst(byName, data[4], &chain);
        } else {
            scaleN = resolveConst(byName, data[1], &chain);
            offsetN = resolveConst(byName, data[2], &chain);
            meanN = resolveConst(byName, data[3], &chain);
            varN = resolveConst(byName, data[4], &chain);
        }
        if (!scaleN || !offsetN || !meanN || !varN) {
            skip("'" + bn.name() + "' has non-constant parameters");
            continue;
        }
        auto scaleV = floatValues(*scaleN), offsetV = floatValues(*offsetN), meanV = floatValues(*meanN),
             varV = floatValues(*varN);
        if (!scaleV.ok() || !offsetV.ok() || !meanV.ok() || !varV.ok()) {
            skip("'" + bn.name() + "' parameters are not float32");
            continue;
        }
        size_t channels = meanV->size();
        if (offsetV->size() != channels || varV->size() != channels || scaleV->size() != channels) {
            skip("'" + bn.name() + "' parameters have different lengths");
            continue;
        }
        float eps = 0.0001f;
        auto epsAttr = bn.attr().find(global ? "variance_epsilon" : "epsilon");
        if (epsAttr != bn.attr().end()) eps = epsAttr->second.f();
        bool scaleAfter = true;
        if (global) {
            auto s = bn.attr().find("scale_after_normalization");
            scaleAfter = s == bn.attr().end() || s->second.b();
        }
        std::vector<float> scale(channels), offset(channels);
        for (size_t c = 0; c < channels; ++c) {
            float gamma = scaleAfter ? (*scaleV)[c] : 1.f;
            scale[c] = gamma / std::sqrt((*varV)[c] + eps);
            offset[c] = (*offsetV)[c] - (*meanV)[c] * scale[c];
        }

        // Input: conv, or BiasAdd/Add(conv, const bias).
        auto producerIt = byName.find(nodeName(data[0]));
        if (producerIt == byName.end()) continue;
        const tensorflow::NodeDef* producer = producerIt->second;
        const tensorflow::NodeDef* bias = nullptr;
        const tensorflow::NodeDef* op = producer;
        if (producer->op() == "BiasAdd" || producer->op() == "Add" || producer->op() == "AddV2") {
            auto pin = dataInputs(*producer);
            if (pin.size() != 2) continue;
            bias = resolveConst(byName, pin[1], &chain);
            auto opIt = byName.find(nodeName(pin[0]));
            if (!bias || opIt == byName.end()) continue;
            op = opIt->second;
            if (protectedNodes.count(producer->name()) || !consumers.onlyFeeds(producer->name(), bn.name())) {
                skip("'" + producer->name() + "' is used elsewhere");
                continue;
            }
        }
        if (!isFoldTarget(op->op())) continue;
        auto opInputs = dataInputs(*op);
        if (opInputs.size() != 2) continue;
        const tensorflow::NodeDef* weightsN = resolveConst(byName, opInputs[1], &chain);
        if (!weightsN) {
            skip("'" + op->name() + "' has non-constant weights");
            continue;
        }
        if (protectedNodes.count(op->name()) || !consumers.onlyFeeds(op->name(), bias ? producer->name() : bn.name())) {
            skip("'" + op->name() + "' is used elsewhere");
            continue;
        }
        if (replacements.count(op->name())) continue;
        auto weights = constValue(*weightsN);
        if (!weights.ok()) return weights.status();
        auto scaled = scaleWeights(*op, *weights, scale);
        if (!scaled.ok()) {
            skip(scaled.status().message());
            continue;
        }
        std::vector<float> newBias = offset;
        if (bias) {
            auto b = floatValues(*bias);
            if (!b.ok() || b->size() != channels) {
                skip("'" + producer->name() + "' bias does not match the channels");
                continue;
            }
            for (size_t c = 0; c < channels; ++c) newBias[c] = (*b)[c] * scale[c] + offset[c];
        }
        // Emit: scaled weights Const, the op reading them, a BiasAdd named like the batch norm.
        tensorflow::NodeDef weightsConst;
        makeConst(uniqueName(op->name() + "/bn_folded_weights", &taken), *scaled, &weightsConst);
        weightsConst.set_device(weightsN->device());
        tensorflow::NodeDef newOp = *op;
        newOp.set_input(1, weightsConst.name());
        tensorflow::NodeDef biasConst;
        makeFloatConst(uniqueName(bn.name() + "/bn_folded_bias", &taken), newBias, &biasConst);
        biasConst.set_device(bn.device());
        tensorflow::NodeDef biasAdd;
        biasAdd.set_name(bn.name());
        biasAdd.set_op("BiasAdd");
        biasAdd.set_device(bn.device());
        biasAdd.add_input(op->name());
        biasAdd.add_input(biasConst.name());
        for (const auto& input : bn.input())
            if (isControlInput(input)) biasAdd.add_input(input);
        if (bias)
            for (const auto& input : producer->input())
                if (isControlInput(input)) biasAdd.add_input(input);
        auto t = bn.attr().find("T");
        setTypeAttr(&biasAdd, "T", t != bn.attr().end() ? t->second.type() : tensorflow::DT_FLOAT);
        auto fmt = op->attr().find("data_format");
        if (op->op() != "MatMul" && fmt != op->attr().end())
            (*biasAdd.mutable_attr())["data_format"].set_s(fmt->second.s());
        replacements[op->name()] = newOp;
        replacements[bn.name()] = biasAdd;
        added.push_back(weightsConst);
        added.push_back(biasConst);
        if (bias) removed.insert(producer->name());
        for (const auto* p : {scaleN, offsetN, meanN, varN, weightsN, bias})
            if (p) deadCandidates.insert(p->name());
        for (const auto& c : chain) deadCandidates.insert(c);
        ++folded;
    }

    out->Clear();
    *out->mutable_versions() = in.versions();
    for (const auto& node : in.node()) {
        if (removed.count(node.name())) continue;
        auto it = replacements.find(node.name());
        if (it != replacements.end()) {
            *out->add_node() = it->second;
            continue;
        }
        *out->add_node() = node;
    }
    for (const auto& a : added) *out->add_node() = a;
    removeDeadNodes(out, deadCandidates, protectedNodes);
    context.note(TFS_PHRASE("Notes", "folded %1 batch norms"), folded);
    if (skipped) context.note(TFS_PHRASE("Notes", "skipped %1 batch norms (first: %2)"), skipped, firstSkip);
    return okStatus();
}

}  // namespace tfs::transforms
