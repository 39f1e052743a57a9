// flatten_atrous_conv: structure of the flattened graph and, on the executor,
// the same outputs as the SpaceToBatchND -> conv -> BatchToSpaceND original.

#include <gtest/gtest.h>

#include "core/transforms/graph_utils.h"
#include "tests/transforms/graph_builder.h"
#include "tests/transforms/transform_test_util.h"

using namespace tfs;
using namespace tfs::test;

namespace {

struct AtrousCase {
    std::string op = "Conv2D";
    int64_t h = 9, w = 9, c = 3, out = 4;  // out = channel multiplier for depthwise
    int64_t kh = 3, kw = 3;
    int32_t blockH = 2, blockW = 2;
    std::vector<int32_t> paddings, crops;  // [top, bottom, left, right]
};

// TF's with_space_to_batch for SAME padding: base = dilated filter padding, extra to a block multiple.
void samePaddings(AtrousCase* c) {
    auto one = [](int64_t in, int64_t k, int32_t block, int32_t* pb, int32_t* pa, int32_t* cropEnd) {
        int64_t eff = (k - 1) * block + 1, total = eff - 1;
        int64_t before = total / 2, after = total - before;
        int64_t extra = (block - (in + total) % block) % block;
        *pb = int32_t(before);
        *pa = int32_t(after + extra);
        *cropEnd = int32_t(extra);
    };
    int32_t p[4], e[2];
    one(c->h, c->kh, c->blockH, &p[0], &p[1], &e[0]);
    one(c->w, c->kw, c->blockW, &p[2], &p[3], &e[1]);
    c->paddings = {p[0], p[1], p[2], p[3]};
    c->crops = {0, e[0], 0, e[1]};
}

tensorflow::GraphDef atrousGraph(const AtrousCase& c, uint32_t seed) {
    GraphBuilder b;
    b.placeholder("x");
    b.constant("block", int32s({2}, {c.blockH, c.blockW}));
    b.constant("paddings", int32s({2, 2}, c.paddings));
    b.constant("crops", int32s({2, 2}, c.crops));
    b.constant("filter", randomFloats({c.kh, c.kw, c.c, c.out}, seed));
    b.op("filter/read", "Identity", {"filter"});
    auto& s2b = b.op("s2b", "SpaceToBatchND", {"x", "block", "paddings"});
    setTypeAttr(s2b, "Tblock_shape", tensorflow::DT_INT32);
    auto& conv = b.op("conv", c.op, {"s2b", "filter/read"});
    setAttr(conv, "strides", {1, 1, 1, 1});
    setAttr(conv, "padding", std::string("VALID"));
    b.op("b2s", "BatchToSpaceND", {"conv", "block", "crops"});
    b.op("relu", "Relu", {"b2s"});
    return b.graph();
}

void checkFlattened(const AtrousCase& c, const std::string& expectPadding, bool expectPad) {
    auto original = atrousGraph(c, 7);
    auto g = original;
    transforms::TransformLog log;
    Status s = runPasses(&g, "flatten_atrous_conv", "x", "relu", &log);
    ASSERT_TRUE(s.ok()) << s.toString();
    EXPECT_EQ(countOp(g, "SpaceToBatchND"), 0) << log.format();
    EXPECT_EQ(countOp(g, "BatchToSpaceND"), 0);
    EXPECT_EQ(findNode(g, "filter"), nullptr);  // the original filter is dead
    const auto* conv = findNode(g, "b2s");
    ASSERT_NE(conv, nullptr);
    EXPECT_EQ(conv->op(), c.op);
    EXPECT_EQ(conv->attr().at("padding").s(), expectPadding);
    EXPECT_EQ(countOp(g, "Pad"), expectPad ? 1 : 0);
    const auto* filter = findNode(g, conv->input(1));
    ASSERT_NE(filter, nullptr);
    auto value = transforms::constValue(*filter);
    ASSERT_TRUE(value.ok());
    EXPECT_EQ(value->dims(), (Dims{(c.kh - 1) * c.blockH + 1, (c.kw - 1) * c.blockW + 1, c.c, c.out}));

    Tensor x = randomFloats({2, c.h, c.w, c.c}, 11);
    expectSameOutputs(original, g, {{"x", x}}, {"relu"});
}

}  // namespace

TEST(FlattenAtrousConv, SamePaddingConv2D) {
    AtrousCase c;
    samePaddings(&c);
    checkFlattened(c, "SAME", false);
}

TEST(FlattenAtrousConv, ValidPaddingConv2D) {
    AtrousCase c;
    c.paddings = {0, 1, 0, 1};  // VALID: only the block-multiple extra, cropped again
    c.crops = {0, 1, 0, 1};
    checkFlattened(c, "VALID", false);
}

TEST(FlattenAtrousConv, UnevenPaddingBecomesExplicitPad) {
    AtrousCase c;
    c.paddings = {1, 2, 3, 0};
    c.crops = {0, 0, 0, 0};
    c.h = 9;
    c.w = 9;
    checkFlattened(c, "VALID", true);
}

TEST(FlattenAtrousConv, DepthwiseWithNonSquareBlockAndOddSizes) {
    AtrousCase c;
    c.op = "DepthwiseConv2dNative";
    c.h = 10;
    c.w = 7;
    c.c = 3;
    c.out = 2;
    c.kh = 3;
    c.kw = 2;
    c.blockH = 3;
    c.blockW = 2;
    samePaddings(&c);
    checkFlattened(c, "SAME", false);
}

TEST(FlattenAtrousConv, LeavesMismatchedBlocksAlone) {
    AtrousCase c;
    samePaddings(&c);
    auto g = atrousGraph(c, 3);
    // BatchToSpaceND with a different block shape is not an atrous convolution.
    GraphBuilder extra;
    extra.constant("block3", int32s({2}, {3, 3}));
    *g.add_node() = extra.graph().node(0);
    for (auto& node : *g.mutable_node())
        if (node.name() == "b2s") node.set_input(1, "block3");
    transforms::TransformLog log;
    ASSERT_TRUE(runPasses(&g, "flatten_atrous_conv", "x", "relu", &log).ok());
    EXPECT_EQ(countOp(g, "SpaceToBatchND"), 1);
    EXPECT_EQ(findNode(g, "b2s")->op(), "BatchToSpaceND");
    EXPECT_NE(log.format().find("block shapes differ"), std::string::npos) << log.format();
}
