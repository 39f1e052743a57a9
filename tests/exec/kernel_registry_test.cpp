// The kernel and shape-function tables are merged from per-family lists: no op may be
// listed twice (one entry would silently shadow the other), and every kernel and shape
// function must belong to an op the op registry knows.
#include <gtest/gtest.h>

#include <set>

#include "core/exec/kernel.h"
#include "core/exec/kernel_registry.h"
#include "core/ops/op_registry.h"
#include "core/ops/shape_context.h"

namespace tfs {
namespace {

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += "\n  " + l;
    return out;
}

TEST(KernelRegistry, NoOpIsListedTwice) {
    EXPECT_TRUE(exec::kernelTableErrors().empty()) << joined(exec::kernelTableErrors());
    EXPECT_TRUE(shape_detail::shapeFnTableErrors().empty()) << joined(shape_detail::shapeFnTableErrors());
    EXPECT_TRUE(opTableErrors().empty()) << joined(opTableErrors());
}

TEST(KernelRegistry, EveryKernelAndShapeFunctionHasARegisteredOp) {
    const auto kernels = exec::kernelOps();
    const auto shapeFns = shape_detail::shapeFnOps();
    EXPECT_GT(kernels.size(), 200u);  // catches a table that stopped being merged at all
    EXPECT_GT(shapeFns.size(), 150u);
    // Found by this test (December): kernels whose op the op table (core/ops/op_table.cpp) lacks,
    // so inspect and shape inference call them unknown. The list must shrink to empty, never grow:
    // adding an op to the table means removing it here.
    const std::set<std::string> knownGaps = {
        "Acos", "Acosh", "Asin", "Asinh", "Atan", "Atan2", "Atanh", "BiasAddV1", "BitwiseAnd", "BitwiseOr",
        "BitwiseXor", "BroadcastArgs", "Cosh", "Cumprod", "Erfc", "EuclideanNorm", "Expm1", "Inv", "Invert",
        "IsFinite", "IsInf", "LRN", "Mod", "MulNoNan", "ParallelDynamicStitch", "RandomUniformInt",
        "RegexFullMatch", "Relu6Grad", "RightShift", "Rint", "RsqrtGrad", "SigmoidGrad", "Sinh",
        "SoftmaxCrossEntropyWithLogits", "SqrtGrad", "Tan", "TanhGrad", "TruncateDiv", "TruncateMod", "Xdivy"};
    std::vector<std::string> unknown, nowKnown;
    for (const auto& op : kernels)
        if (!findOp(op) && !knownGaps.count(op)) unknown.push_back("kernel " + op);
    for (const auto& op : shapeFns)
        if (!findOp(op)) unknown.push_back("shape function " + op);
    for (const auto& op : knownGaps)
        if (findOp(op) || !exec::findKernel(op)) nowKnown.push_back(op);
    EXPECT_TRUE(unknown.empty()) << "not in the op registry:" << joined(unknown);
    EXPECT_TRUE(nowKnown.empty()) << "registered now (or kernel gone): remove from knownGaps:" << joined(nowKnown);
}

}  // namespace
}  // namespace tfs
