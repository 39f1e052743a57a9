// backport_tensor_array_v3 on a TF1 while loop that fills a TensorArray: every V3 op
// becomes V2, flow outputs read a Const, and the executor gives the same outputs.

#include <gtest/gtest.h>

#include "core/exec/session.h"
#include "tests/transforms/graph_builder.h"
#include "tests/transforms/transform_test_util.h"

using namespace tfs;
using namespace tfs::test;

TEST(BackportTensorArrayV3, RenamesOpsAndReplacesFlowOutputs) {
    auto original = fixtureGraph("tensor_array_v3.pbtxt");
    ASSERT_GT(countOp(original, "TensorArrayV3"), 0);
    auto g = original;
    transforms::TransformLog log;
    Status s = runPasses(&g, "backport_tensor_array_v3", "x", "stack,read,size_out,concat", &log);
    ASSERT_TRUE(s.ok()) << s.toString();
    for (const auto& node : g.node()) {
        EXPECT_EQ(node.op().find("TensorArray") == 0 && node.op().back() == '3', false) << node.name() << " " << node.op();
        EXPECT_EQ(node.attr().count("identical_element_shapes"), 0u) << node.name();
        for (const auto& input : node.input()) {
            EXPECT_NE(input, "ta:1") << node.name();
            EXPECT_NE(input, "ta2:1") << node.name();
        }
    }
    EXPECT_EQ(countOp(g, "TensorArrayV2"), 2);
    EXPECT_EQ(countOp(g, "TensorArrayWriteV2"), 1);
    EXPECT_EQ(countOp(g, "TensorArrayConcatV2"), 1);
    const auto* enterFlow = findNode(g, "while/Enter_flow");
    ASSERT_NE(enterFlow, nullptr);
    const auto* flow = findNode(g, enterFlow->input(0).substr(0, enterFlow->input(0).find(':')));
    ASSERT_NE(flow, nullptr);
    EXPECT_EQ(flow->op(), "Const");
    // The control dependency on the array stays on the array.
    EXPECT_EQ(findNode(g, "close")->input(1), "^concat");
    EXPECT_NE(log.format().find("backported 9"), std::string::npos) << log.format();

    Tensor x = randomFloats({3, 4}, 5);
    expectSameOutputs(original, g, {{"x", x}}, {"stack", "read", "size_out", "concat:0", "concat:1"}, 0, 0);
    // And the values are what the loop computes: stack = 2 * x.
    auto session = exec::Session::create(g, nullptr);
    ASSERT_TRUE(session.ok());
    auto out = (*session)->run({{"x", x}}, {"stack", "concat:0"});
    ASSERT_TRUE(out.ok()) << out.status().toString();
    for (int64_t i = 0; i < 12; ++i) EXPECT_FLOAT_EQ((*out)[0].data<float>()[i], 2 * x.data<float>()[i]);
    // Scatter put row 0 at index 2: concat's last four values are row 0.
    for (int64_t i = 0; i < 4; ++i) EXPECT_FLOAT_EQ((*out)[1].data<float>()[8 + i], x.data<float>()[i]);
}
