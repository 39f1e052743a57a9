// fold_batch_norms: fold a Mul by a per-channel constant (what fold_constants
// leaves of a decomposed batch norm) into the weights of the preceding
// Conv2D / DepthwiseConv2dNative / MatMul. GTT's pattern is
// Mul(Conv2D|MatMul|DepthwiseConv2dNative(*, Const), Const); here the
// constants may also sit behind Identity nodes and the Mul operands may be swapped.

#include <set>

#include "core/transforms/graph_utils.h"
#include "core/transforms/passes/fold_utils.h"
#include "core/transforms/passes/passes.h"

namespace tfs::transforms {

Status foldBatchNorms(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    auto byName = mapNamesToNodes(in);
    auto consumers = mapConsumers(in);
    std::set<std::string> protectedNodes = nodeNames(context.inputNames);
    for (const auto& o : nodeNames(context.outputNames)) protectedNodes.insert(o);
    std::set<std::string> taken;
    for (const auto& node : in.node()) taken.insert(node.name());

    std::map<std::string, tensorflow::NodeDef> replacements;
    std::vector<tensorflow::NodeDef> added;
    std::set<std::string> removed, dead;
    int folded = 0;
    for (const auto& mul : in.node()) {
        if (mul.op() != "Mul") continue;
        auto data = dataInputs(mul);
        if (data.size() != 2) continue;
        for (int side = 0; side < 2; ++side) {
            std::vector<std::string> chain;
            const tensorflow::NodeDef* scaleN = resolveConst(byName, data[size_t(1 - side)], &chain);
            auto opIt = byName.find(nodeName(data[size_t(side)]));
            if (!scaleN || opIt == byName.end()) continue;
            const tensorflow::NodeDef* op = opIt->second;
            if (op->op() != "Conv2D" && op->op() != "DepthwiseConv2dNative" && op->op() != "MatMul") continue;
            if (protectedNodes.count(op->name()) || removed.count(op->name())) continue;
            bool exclusive = true;
            for (const auto* c : consumers[op->name()])
                if (c->name() != mul.name()) exclusive = false;
            if (!exclusive) continue;
            auto opInputs = dataInputs(*op);
            if (opInputs.size() != 2) continue;
            const tensorflow::NodeDef* weightsN = resolveConst(byName, opInputs[1], &chain);
            if (!weightsN) continue;
            auto weights = constValue(*weightsN);
            auto scale = floatValues(*scaleN);
            if (!weights.ok() || !scale.ok()) continue;
            int64_t channels = outputChannels(*op, *weights);
            std::vector<float> perChannel = *scale;
            if (perChannel.size() == 1 && channels > 0) perChannel.assign(size_t(channels), (*scale)[0]);
            auto scaled = scaleWeights(*op, *weights, perChannel);
            if (!scaled.ok()) continue;
            tensorflow::NodeDef weightsConst;
            makeConst(uniqueName(mul.name() + "/scaled_weights", &taken), *scaled, &weightsConst);
            weightsConst.set_device(weightsN->device());
            tensorflow::NodeDef newOp = *op;
            newOp.set_name(mul.name());  // consumers of the Mul keep reading the same name
            newOp.set_input(1, weightsConst.name());
            for (const auto& input : mul.input())
                if (isControlInput(input)) newOp.add_input(input);
            replacements[mul.name()] = newOp;
            removed.insert(op->name());
            added.push_back(weightsConst);
            dead.insert(weightsN->name());
            dead.insert(scaleN->name());
            for (const auto& c : chain) dead.insert(c);
            ++folded;
            break;
        }
    }
    out->Clear();
    *out->mutable_versions() = in.versions();
    for (const auto& node : in.node()) {
        if (removed.count(node.name())) continue;
        auto it = replacements.find(node.name());
        *out->add_node() = it != replacements.end() ? it->second : node;
    }
    for (const auto& a : added) *out->add_node() = a;
    removeDeadNodes(out, dead, protectedNodes);
    context.note(TFS_PHRASE("Notes", "folded %1 multiplications into weights"), folded);
    return okStatus();
}

}  // namespace tfs::transforms
