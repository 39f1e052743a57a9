// Fused ops produced by graph transforms, run as their component kernels:
// FusedPadConv2D, FusedResizeAndPadConv2D, _FusedConv2D and _FusedMatMul.

#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"

namespace tfs::exec::kernels {
namespace {

// Runs the kernel for `op` on `inputs` with this node's attributes; returns output 0.
Status runPart(KernelContext& ctx, const std::string& op, std::vector<Tensor> inputs, Tensor* out,
               const std::vector<std::pair<std::string, tensorflow::AttrValue>>& extra = {}) {
    const KernelFn* fn = findKernel(op);
    if (!fn) return ctx.error(TFS_PHRASE("Errors", "internal: no kernel for %1"), op);
    tensorflow::NodeDef node = ctx.node;
    node.set_op(op);
    for (const auto& [k, v] : extra) (*node.mutable_attr())[k] = v;
    std::vector<Tensor> outputs;
    KernelContext inner{node, inputs, outputs, ctx.parallel};
    Status s = (*fn)(inner);
    if (!s.ok()) return ctx.error(s.withContext(TFS_PHRASE("Errors", "%1 step failed"), op));
    *out = std::move(outputs.at(0));
    return okStatus();
}

Status fusedPadConv(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 3));
    Tensor padded, out;
    TFS_RETURN_IF_ERROR(runPart(ctx, "MirrorPad", {ctx.inputs[0], ctx.inputs[1]}, &padded));
    TFS_RETURN_IF_ERROR(runPart(ctx, "Conv2D", {padded, ctx.inputs[2]}, &out));
    setOutput(ctx, 0, std::move(out));
    return okStatus();
}

Status fusedResizePadConv(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 4));
    tensorflow::AttrValue align;
    align.set_b(attrBool(ctx.node, "resize_align_corners"));
    Tensor resized, padded, out;
    TFS_RETURN_IF_ERROR(runPart(ctx, "ResizeBilinear", {ctx.inputs[0], ctx.inputs[1]}, &resized, {{"align_corners", align}}));
    TFS_RETURN_IF_ERROR(runPart(ctx, "MirrorPad", {resized, ctx.inputs[2]}, &padded));
    TFS_RETURN_IF_ERROR(runPart(ctx, "Conv2D", {padded, ctx.inputs[3]}, &out));
    setOutput(ctx, 0, std::move(out));
    return okStatus();
}

// Grappler's _FusedConv2D/_FusedMatMul: base op, then fused_ops (BiasAdd | FusedBatchNorm) and an activation.
Status fusedContraction(KernelContext& ctx) {
    bool conv = ctx.node.op() == "_FusedConv2D";
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2, -1));
    std::vector<std::string> fusedOps;
    auto it = ctx.node.attr().find("fused_ops");
    if (it != ctx.node.attr().end())
        for (const auto& s : it->second.list().s()) fusedOps.push_back(s);
    Tensor y;
    TFS_RETURN_IF_ERROR(runPart(ctx, conv ? "Conv2D" : "MatMul", {ctx.inputs[0], ctx.inputs[1]}, &y));
    std::vector<Tensor> args(ctx.inputs.begin() + 2, ctx.inputs.end());
    size_t i = 0;
    if (i < fusedOps.size() && fusedOps[i] == "BiasAdd") {
        if (args.empty()) return ctx.error(TFS_PHRASE("Errors", "BiasAdd needs a bias argument"));
        TFS_RETURN_IF_ERROR(runPart(ctx, "BiasAdd", {y, args[0]}, &y));
        ++i;
    } else if (i < fusedOps.size() && fusedOps[i] == "FusedBatchNorm") {
        if (args.size() < 4)
            return ctx.error(TFS_PHRASE("Errors", "FusedBatchNorm needs 4 arguments (scale, offset, mean, variance)"));
        tensorflow::AttrValue noTraining;
        noTraining.set_b(false);
        TFS_RETURN_IF_ERROR(runPart(ctx, "FusedBatchNorm", {y, args[0], args[1], args[2], args[3]}, &y, {{"is_training", noTraining}}));
        ++i;
    }
    for (; i < fusedOps.size(); ++i) {
        const std::string& op = fusedOps[i];
        if (op == "Relu" || op == "Relu6" || op == "Elu" || op == "LeakyRelu" || op == "Tanh" || op == "Sigmoid") {
            TFS_RETURN_IF_ERROR(runPart(ctx, op, {y}, &y));
        } else if (op == "Add" && args.size() >= 2) {
            TFS_RETURN_IF_ERROR(runPart(ctx, "AddV2", {y, args.back()}, &y));
        } else {
            return ctx.error(TFS_PHRASE("Errors",
                                        "fused op '%1' is not supported (supported: BiasAdd or FusedBatchNorm, then "
                                        "Relu, Relu6, Elu, LeakyRelu, Tanh, Sigmoid)"),
                             op);
        }
    }
    setOutput(ctx, 0, std::move(y));
    return okStatus();
}

}  // namespace

std::vector<KernelEntry> fusedKernels() {
    return {
        {"FusedPadConv2D", &fusedPadConv},
        {"FusedResizeAndPadConv2D", &fusedResizePadConv},
        {"_FusedConv2D", &fusedContraction},
        {"_FusedMatMul", &fusedContraction},
    };
}

}  // namespace tfs::exec::kernels
