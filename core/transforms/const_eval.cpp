#include "core/transforms/const_eval.h"

#include "core/exec/kernel.h"
#include "core/transforms/graph_utils.h"

namespace tfs::transforms {

static bool isPassThrough(const std::string& op) {
    return op == "Identity" || op == "StopGradient" || op == "PreventGradient" || op == "Snapshot";
}

bool canEvaluateOp(const std::string& op) {
    return op == "Const" || isPassThrough(op) || exec::findKernel(op) != nullptr;
}

Result<std::vector<Tensor>> evaluateNode(const tensorflow::NodeDef& node, const std::vector<Tensor>& inputs) {
    if (node.op() == "Const") {
        TFS_ASSIGN_OR_RETURN(Tensor value, constValue(node));
        return std::vector<Tensor>{value};
    }
    if (isPassThrough(node.op())) {
        if (inputs.empty()) return invalidArgument(TFS_PHRASE("Errors", "node '%1' (%2) has no input"),
                                                   node.name(), node.op());
        return std::vector<Tensor>{inputs.front()};
    }
    const exec::KernelFn* fn = exec::findKernel(node.op());
    if (!fn) return unimplemented(TFS_PHRASE("Errors", "no kernel for op %1 (node '%2')"), node.op(), node.name());
    std::vector<Tensor> outputs;
    exec::KernelContext ctx{node, inputs, outputs, nullptr};
    TFS_RETURN_IF_ERROR((*fn)(ctx));
    return outputs;
}

}  // namespace tfs::transforms
