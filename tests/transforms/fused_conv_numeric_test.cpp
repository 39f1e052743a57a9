// fuse_pad_and_conv / fuse_resize_and_conv / fuse_resize_pad_and_conv on the executor:
// the FusedPadConv2D / FusedResizeAndPadConv2D graphs give the unfused outputs
// (random weights, odd shapes, both MirrorPad modes, align_corners on and off).

#include <gtest/gtest.h>

#include "tests/transforms/graph_builder.h"
#include "tests/transforms/transform_test_util.h"

using namespace tfs;
using namespace tfs::test;

namespace {

struct ConvCase {
    bool resize = false;
    bool pad = false;
    bool alignCorners = false;
    bool halfPixel = false;
    std::string mode = "REFLECT";
    std::string padding = "VALID";
    int64_t stride = 1;
    Dims input{2, 5, 7, 3};
    std::vector<int32_t> size{9, 6};
    std::vector<int32_t> paddings{0, 0, 2, 1, 1, 2, 0, 0};
    Dims filter{3, 3, 3, 4};
};

tensorflow::GraphDef convGraph(const ConvCase& c) {
    GraphBuilder b;
    b.placeholder("x");
    std::string current = "x";
    if (c.resize) {
        b.constant("size", int32s({2}, c.size));
        auto& r = b.op("resize", "ResizeBilinear", {"x", "size"});
        setBoolAttr(r, "align_corners", c.alignCorners);
        setBoolAttr(r, "half_pixel_centers", c.halfPixel);
        current = "resize";
    }
    if (c.pad) {
        b.constant("paddings", int32s({4, 2}, c.paddings));
        auto& p = b.op("pad", "MirrorPad", {current, "paddings"});
        setAttr(p, "mode", c.mode);
        setTypeAttr(p, "Tpaddings", tensorflow::DT_INT32);
        current = "pad";
    }
    b.constant("w", randomFloats(c.filter, 13));
    auto& conv = b.op("conv", "Conv2D", {current, "w"});
    setAttr(conv, "strides", {1, c.stride, c.stride, 1});
    setAttr(conv, "padding", c.padding);
    return b.graph();
}

void checkFused(const ConvCase& c, const std::string& pass, const std::string& fusedOp) {
    auto original = convGraph(c);
    auto g = original;
    transforms::TransformLog log;
    Status s = runPasses(&g, pass, "x", "conv", &log);
    ASSERT_TRUE(s.ok()) << s.toString();
    const auto* conv = findNode(g, "conv");
    ASSERT_NE(conv, nullptr);
    EXPECT_EQ(conv->op(), fusedOp) << log.format();
    expectSameOutputs(original, g, {{"x", randomFloats(c.input, 29)}}, {"conv"}, 1e-5, 1e-5);
}

}  // namespace

TEST(FusedConvNumeric, PadAndConvReflect) {
    ConvCase c;
    c.pad = true;
    checkFused(c, "fuse_pad_and_conv", "FusedPadConv2D");
}

TEST(FusedConvNumeric, PadAndConvSymmetricStrided) {
    ConvCase c;
    c.pad = true;
    c.mode = "SYMMETRIC";
    c.stride = 2;
    c.paddings = {0, 0, 2, 2, 3, 1, 0, 0};
    checkFused(c, "fuse_pad_and_conv", "FusedPadConv2D");
}

TEST(FusedConvNumeric, PadAndConvSamePadding) {
    ConvCase c;
    c.pad = true;
    c.padding = "SAME";
    c.filter = {2, 4, 3, 5};
    checkFused(c, "fuse_pad_and_conv", "FusedPadConv2D");
}

TEST(FusedConvNumeric, ResizeAndConv) {
    for (bool align : {false, true}) {
        SCOPED_TRACE(align);
        ConvCase c;
        c.resize = true;
        c.alignCorners = align;
        checkFused(c, "fuse_resize_and_conv", "FusedResizeAndPadConv2D");
    }
}

TEST(FusedConvNumeric, ResizeAndConvSameStrided) {
    ConvCase c;
    c.resize = true;
    c.padding = "SAME";
    c.stride = 2;
    c.size = {11, 13};
    checkFused(c, "fuse_resize_and_conv", "FusedResizeAndPadConv2D");
}

TEST(FusedConvNumeric, ResizePadAndConv) {
    for (const char* mode : {"REFLECT", "SYMMETRIC"})
        for (bool align : {false, true}) {
            SCOPED_TRACE(std::string(mode) + (align ? " align" : ""));
            ConvCase c;
            c.resize = true;
            c.pad = true;
            c.mode = mode;
            c.alignCorners = align;
            checkFused(c, "fuse_resize_pad_and_conv", "FusedResizeAndPadConv2D");
        }
}

TEST(FusedConvNumeric, HalfPixelResizeIsNotFused) {
    // FusedResizeAndPadConv2D has no half_pixel_centers: fusing would change the result.
    for (const char* pass : {"fuse_resize_and_conv", "fuse_resize_pad_and_conv"}) {
        SCOPED_TRACE(pass);
        ConvCase c;
        c.resize = true;
        c.pad = std::string(pass) == "fuse_resize_pad_and_conv";
        c.halfPixel = true;
        auto original = convGraph(c);
        auto g = original;
        ASSERT_TRUE(runPasses(&g, pass, "x", "conv").ok());
        EXPECT_EQ(findNode(g, "conv")->op(), "Conv2D");
        expectSameOutputs(original, g, {{"x", randomFloats(c.input, 3)}}, {"conv"});
    }
}
