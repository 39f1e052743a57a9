// The kernel and shape-function tables are merged from per-family lists: no op may be
// listed twice (one entry would silently shadow the other), and every kernel and shape
// function must belong to an op the op registry knows.
#include <gtest/gtest.h>

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
    // This test found 40 kernels (Acos … Xdivy) whose op the op table lacked, so inspect and
    // shape inference called them unknown; every kernel and shape function must name a known op.
    std::vector<std::string> unknown;
    for (const auto& op : kernels)
        if (!findOp(op)) unknown.push_back("kernel " + op);
    for (const auto& op : shapeFns)
        if (!findOp(op)) unknown.push_back("shape function " + op);
    EXPECT_TRUE(unknown.empty()) << "not in the op registry:" << joined(unknown);
}

}  // namespace
}  // namespace tfs
