// Heavy kernels against their plain-loop references on seeded random inputs with odd shapes.

#include "core/exec/kernels/conv.h"
#include "core/exec/kernels/matmul.h"
#include "tests/exec/kernel_test_util.h"

namespace tfs::test {
namespace {

using exec::kernels::Conv2DGeometry;

TEST(KernelMatMul, MatchesReferenceAllTransposes) {
    TestThreads threads(2);
    for (bool ta : {false, true})
        for (bool tb : {false, true})
            for (auto [m, n, k] : std::vector<std::tuple<int64_t, int64_t, int64_t>>{{1, 10, 784}, {1, 531, 1027}, {13, 7, 5}, {130, 70, 33}, {3, 300, 65}}) {
                Tensor a = randomFloats(ta ? Dims{k, m} : Dims{m, k}, uint32_t(m * 7 + k));
                Tensor b = randomFloats(tb ? Dims{n, k} : Dims{k, n}, uint32_t(n * 3 + k));
                Tensor c = run1(NodeBuilder("MatMul").attr("transpose_a", ta).attr("transpose_b", tb), {a, b}, 0, &threads);
                ASSERT_EQ(c.dims(), (Dims{m, n}));
                Tensor ref(tensorflow::DT_FLOAT, {m, n});
                exec::kernels::gemmReference<float>(a.data<float>(), ta, b.data<float>(), tb, ref.data<float>(), m, n, k);
                EXPECT_LT(maxAbsDiff(c, ref), 1e-4) << m << "x" << n << "x" << k << " ta=" << ta << " tb=" << tb;
            }
}

// Batch-1 dense layers take the vector loop over blocks of 256 columns: every width, including
// ones that leave a short last block, on 1-4 threads.
TEST(KernelMatMul, OneRowColumnBlocksMatchReference) {
    for (int t : {1, 2, 3, 4}) {
        TestThreads threads(t);
        for (auto [n, k] : std::vector<std::pair<int64_t, int64_t>>{{10, 784}, {16, 9}, {47, 5}, {256, 784}, {257, 33}, {531, 130}, {1100, 17}}) {
            Tensor a = randomFloats({1, k}, uint32_t(k + t));
            Tensor b = randomFloats({k, n}, uint32_t(n * 5 + t));
            Tensor c = run1(NodeBuilder("MatMul"), {a, b}, 0, &threads);
            ASSERT_EQ(c.dims(), (Dims{1, n}));
            Tensor ref(tensorflow::DT_FLOAT, {1, n});
            exec::kernels::gemmReference<float>(a.data<float>(), false, b.data<float>(), false, ref.data<float>(), 1, n, k);
            EXPECT_LT(maxAbsDiff(c, ref), 1e-4) << "1x" << n << "x" << k << " on " << t << " threads";
        }
    }
}

TEST(KernelMatMul, HandComputedAndErrors) {
    Tensor a = floats({2, 2}, {1, 2, 3, 4});
    EXPECT_EQ(values(run1(NodeBuilder("MatMul"), {a, a})), (std::vector<double>{7, 10, 15, 22}));
    std::string msg = runError(NodeBuilder("MatMul"), {floats({2, 3}, {1, 2, 3, 4, 5, 6}), floats({2, 3}, {1, 2, 3, 4, 5, 6})});
    EXPECT_NE(msg.find("inner dimensions"), std::string::npos) << msg;
    runError(NodeBuilder("MatMul"), {floats({2}, {1, 2}), a});
}

TEST(KernelMatMul, BatchMatMulBroadcastsAndAdjoints) {
    // documented mlnet case: [[1,2],[3,4]]^2
    Tensor a = floats({1, 2, 2}, {1, 2, 3, 4});
    EXPECT_EQ(values(run1(NodeBuilder("BatchMatMul"), {a, a})), (std::vector<double>{7, 10, 15, 22}));
    Tensor x = randomFloats({3, 1, 4, 5}, 11), y = randomFloats({2, 6, 5}, 12);
    Tensor z = run1(NodeBuilder("BatchMatMulV2").attr("adj_y", true), {x, y});
    ASSERT_EQ(z.dims(), (Dims{3, 2, 4, 6}));
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 2; ++j) {
            Tensor ref(tensorflow::DT_FLOAT, {4, 6});
            exec::kernels::gemmReference<float>(x.data<float>() + i * 20, false, y.data<float>() + j * 30, true, ref.data<float>(), 4, 6, 5);
            for (int e = 0; e < 24; ++e) EXPECT_NEAR(z.data<float>()[(i * 2 + j) * 24 + e], ref.data<float>()[e], 1e-5);
        }
    runError(NodeBuilder("BatchMatMul"), {x, y});  // V1 needs equal batch dims
    Tensor zi = run1(NodeBuilder("BatchMatMulV2"), {ints({1, 2, 2}, {1, 2, 3, 4}), ints({2, 2}, {1, 0, 0, 1})});
    EXPECT_EQ(values(zi), (std::vector<double>{1, 2, 3, 4}));
}

TEST(KernelMatMul, EinsumMatmulLikeEquations) {
    Tensor a = randomFloats({2, 3, 4}, 5), b = randomFloats({2, 4, 5}, 6);
    Tensor viaEinsum = run1(NodeBuilder("Einsum").attr("equation", "bij,bjk->bik"), {a, b});
    Tensor viaBmm = run1(NodeBuilder("BatchMatMulV2"), {a, b});
    EXPECT_LT(maxAbsDiff(viaEinsum, viaBmm), 1e-6);
    // attention-style: bhqd,bhkd->bhqk == BatchMatMul with adj_y
    Tensor q = randomFloats({1, 2, 3, 4}, 7), k = randomFloats({1, 2, 5, 4}, 8);
    Tensor e2 = run1(NodeBuilder("Einsum").attr("equation", "bhqd,bhkd->bhqk"), {q, k});
    Tensor m2 = run1(NodeBuilder("BatchMatMulV2").attr("adj_y", true), {q, k});
    EXPECT_LT(maxAbsDiff(e2, m2), 1e-6);
    // output in transposed order and ellipsis
    Tensor e3 = run1(NodeBuilder("Einsum").attr("equation", "ij,jk->ki"), {floats({1, 2}, {1, 2}), floats({2, 2}, {1, 2, 3, 4})});
    EXPECT_EQ(values(e3), (std::vector<double>{7, 10}));
    Tensor e4 = run1(NodeBuilder("Einsum").attr("equation", "...ij,jk->...ik"), {a, randomFloats({4, 2}, 9)});
    EXPECT_EQ(e4.dims(), (Dims{2, 3, 2}));
    runError(NodeBuilder("Einsum").attr("equation", "ii->i"), {floats({2, 2}, {1, 2, 3, 4})});
}

struct ConvCase {
    Dims input;  // NHWC
    int64_t kh, kw, outC, stride, dilation;
    const char* padding;
};

TEST(KernelConv, Conv2DMatchesReference) {
    TestThreads threads(2);
    std::vector<ConvCase> cases = {
        {{3, 5, 7, 13}, 3, 3, 4, 2, 1, "SAME"}, {{3, 5, 7, 13}, 3, 3, 4, 1, 2, "SAME"}, {{3, 5, 7, 13}, 2, 3, 5, 2, 1, "VALID"},
        {{1, 9, 8, 3}, 1, 1, 7, 1, 1, "VALID"}, {{2, 6, 6, 4}, 1, 1, 3, 2, 1, "SAME"},  {{1, 11, 10, 2}, 5, 4, 3, 3, 2, "VALID"},
        {{1, 49, 10, 1}, 10, 4, 64, 2, 1, "SAME"},
    };
    uint32_t seed = 1;
    for (const auto& c : cases) {
        Tensor x = randomFloats(c.input, seed++);
        Tensor f = randomFloats({c.kh, c.kw, c.input[3], c.outC}, seed++);
        auto node = NodeBuilder("Conv2D").attr("strides", std::vector<int64_t>{1, c.stride, c.stride, 1})
                        .attr("dilations", std::vector<int64_t>{1, c.dilation, c.dilation, 1}).attr("padding", c.padding);
        Tensor y = run1(node, {x, f}, 0, &threads);
        ASSERT_EQ(y.rank(), 4);
        Conv2DGeometry g;
        g.batch = c.input[0]; g.inH = c.input[1]; g.inW = c.input[2]; g.inC = c.input[3];
        g.kH = c.kh; g.kW = c.kw; g.outC = c.outC; g.strideH = g.strideW = c.stride; g.dilH = g.dilW = c.dilation;
        g.outH = y.dim(1); g.outW = y.dim(2);
        int64_t effH = (c.kh - 1) * c.dilation + 1, effW = (c.kw - 1) * c.dilation + 1;
        if (std::string(c.padding) == "SAME") {
            EXPECT_EQ(g.outH, (g.inH + c.stride - 1) / c.stride);
            g.padTop = std::max<int64_t>((g.outH - 1) * c.stride + effH - g.inH, 0) / 2;
            g.padLeft = std::max<int64_t>((g.outW - 1) * c.stride + effW - g.inW, 0) / 2;
        } else {
            EXPECT_EQ(g.outH, (g.inH - effH) / c.stride + 1);
        }
        Tensor ref(tensorflow::DT_FLOAT, y.dims());
        exec::kernels::conv2dReference(g, x.data<float>(), f.data<float>(), ref.data<float>());
        EXPECT_LT(maxAbsDiff(y, ref), 1e-4) << dimsToString(c.input) << " k" << c.kh << "x" << c.kw << " s" << c.stride << " d" << c.dilation << " " << c.padding;
    }
}

TEST(KernelConv, Conv2DNchwAndExplicitPadding) {
    Tensor x = randomFloats({2, 5, 6, 3}, 3);
    Tensor f = randomFloats({3, 3, 3, 4}, 4);
    auto nhwcNode = NodeBuilder("Conv2D").attr("strides", std::vector<int64_t>{1, 2, 2, 1}).attr("padding", "SAME");
    Tensor y = run1(nhwcNode, {x, f});
    Tensor xc = run1(NodeBuilder("Transpose"), {x, ints({4}, {0, 3, 1, 2})});
    auto nchwNode = NodeBuilder("Conv2D").attr("strides", std::vector<int64_t>{1, 1, 2, 2}).attr("padding", "SAME").attr("data_format", "NCHW");
    Tensor yc = run1(nchwNode, {xc, f});
    Tensor back = run1(NodeBuilder("Transpose"), {yc, ints({4}, {0, 2, 3, 1})});
    EXPECT_LT(maxAbsDiff(y, back), 1e-5);
    // EXPLICIT padding equal to SAME's (1,1) for 3x3 stride 1 gives the same result
    auto same1 = NodeBuilder("Conv2D").attr("strides", std::vector<int64_t>{1, 1, 1, 1}).attr("padding", "SAME");
    auto expl = NodeBuilder("Conv2D").attr("strides", std::vector<int64_t>{1, 1, 1, 1}).attr("padding", "EXPLICIT")
                    .attr("explicit_paddings", std::vector<int64_t>{0, 0, 1, 1, 1, 1, 0, 0});
    EXPECT_LT(maxAbsDiff(run1(same1, {x, f}), run1(expl, {x, f})), 1e-6);
    std::string msg = runError(same1, {x, randomFloats({3, 3, 2, 4}, 5)});
    EXPECT_NE(msg.find("input channels"), std::string::npos) << msg;
    runError(NodeBuilder("Conv2D").attr("strides", std::vector<int64_t>{1, 1, 1, 1}).attr("padding", "VALID"), {randomFloats({1, 2, 2, 3}, 1), f});
}

TEST(KernelConv, DepthwiseMatchesReference) {
    TestThreads threads(2);
    for (auto [mult, stride, dil, pad] : std::vector<std::tuple<int64_t, int64_t, int64_t, const char*>>{
             {1, 1, 1, "SAME"}, {2, 2, 1, "SAME"}, {3, 1, 2, "VALID"}, {1, 2, 1, "VALID"}}) {
        Tensor x = randomFloats({3, 7, 9, 5}, uint32_t(mult * 10 + stride));
        Tensor f = randomFloats({3, 3, 5, mult}, uint32_t(mult + 100));
        auto node = NodeBuilder("DepthwiseConv2dNative").attr("strides", std::vector<int64_t>{1, stride, stride, 1})
                        .attr("dilations", std::vector<int64_t>{1, dil, dil, 1}).attr("padding", pad);
        Tensor y = run1(node, {x, f}, 0, &threads);
        ASSERT_EQ(y.dim(3), 5 * mult);
        Conv2DGeometry g;
        g.batch = 3; g.inH = 7; g.inW = 9; g.inC = 5; g.kH = g.kW = 3; g.outC = mult;
        g.strideH = g.strideW = stride; g.dilH = g.dilW = dil; g.outH = y.dim(1); g.outW = y.dim(2);
        int64_t eff = 2 * dil + 1;
        if (std::string(pad) == "SAME") {
            g.padTop = std::max<int64_t>((g.outH - 1) * stride + eff - 7, 0) / 2;
            g.padLeft = std::max<int64_t>((g.outW - 1) * stride + eff - 9, 0) / 2;
        }
        Tensor ref(tensorflow::DT_FLOAT, y.dims());
        exec::kernels::depthwiseReference(g, x.data<float>(), f.data<float>(), ref.data<float>());
        EXPECT_LT(maxAbsDiff(y, ref), 1e-5) << "mult " << mult << " stride " << stride << " dil " << dil << " " << pad;
    }
}

TEST(KernelConv, DepthwiseWideChannelsMatchReference) {
    // 83 = 64 + 16 + 3 and 147 = 2*64 + 16 + 3 exercise every channel block of the direct kernel.
    TestThreads threads(2);
    for (int64_t channels : {83, 147}) {
        for (auto [stride, dil, pad] : std::vector<std::tuple<int64_t, int64_t, const char*>>{{1, 1, "SAME"}, {2, 1, "SAME"}, {1, 2, "VALID"}}) {
            Tensor x = randomFloats({2, 11, 6, channels}, uint32_t(channels + stride));
            Tensor f = randomFloats({3, 3, channels, 1}, uint32_t(channels * 3 + dil));
            auto node = NodeBuilder("DepthwiseConv2dNative").attr("strides", std::vector<int64_t>{1, stride, stride, 1})
                            .attr("dilations", std::vector<int64_t>{1, dil, dil, 1}).attr("padding", pad);
            Tensor y = run1(node, {x, f}, 0, &threads);
            Conv2DGeometry g;
            g.batch = 2; g.inH = 11; g.inW = 6; g.inC = channels; g.kH = g.kW = 3; g.outC = 1;
            g.strideH = g.strideW = stride; g.dilH = g.dilW = dil; g.outH = y.dim(1); g.outW = y.dim(2);
            int64_t eff = 2 * dil + 1;
            if (std::string(pad) == "SAME") {
                g.padTop = std::max<int64_t>((g.outH - 1) * stride + eff - 11, 0) / 2;
                g.padLeft = std::max<int64_t>((g.outW - 1) * stride + eff - 6, 0) / 2;
            }
            Tensor ref(tensorflow::DT_FLOAT, y.dims());
            exec::kernels::depthwiseReference(g, x.data<float>(), f.data<float>(), ref.data<float>());
            EXPECT_LT(maxAbsDiff(y, ref), 1e-5) << "channels " << channels << " stride " << stride << " dil " << dil << " " << pad;
        }
    }
}

TEST(KernelConv, BackpropInputIsTheAdjointOfConv2D) {
    // <conv(x), dy> == <x, conv_backprop_input(dy)> for any x, dy.
    for (const char* pad : {"SAME", "VALID"}) {
        Tensor x = randomFloats({2, 7, 6, 3}, 21), f = randomFloats({3, 2, 3, 4}, 22);
        auto strides = std::vector<int64_t>{1, 2, 2, 1};
        Tensor y = run1(NodeBuilder("Conv2D").attr("strides", strides).attr("padding", pad), {x, f});
        Tensor dy = randomFloats(y.dims(), 23);
        Tensor dx = run1(NodeBuilder("Conv2DBackpropInput").attr("strides", strides).attr("padding", pad), {ints({4}, {2, 7, 6, 3}), f, dy});
        ASSERT_EQ(dx.dims(), x.dims());
        double lhs = 0, rhs = 0;
        for (int64_t i = 0; i < y.numElements(); ++i) lhs += double(y.data<float>()[i]) * dy.data<float>()[i];
        for (int64_t i = 0; i < x.numElements(); ++i) rhs += double(x.data<float>()[i]) * dx.data<float>()[i];
        EXPECT_NEAR(lhs, rhs, 1e-3) << pad;
    }
}

TEST(KernelConv, Conv3DMatchesConv2DOnDepthOne) {
    Tensor x = randomFloats({1, 1, 5, 6, 2}, 31), f = randomFloats({1, 3, 3, 2, 4}, 32);
    Tensor y3 = run1(NodeBuilder("Conv3D").attr("strides", std::vector<int64_t>{1, 1, 1, 1, 1}).attr("padding", "SAME"), {x, f});
    Tensor y2 = run1(NodeBuilder("Conv2D").attr("strides", std::vector<int64_t>{1, 1, 1, 1}).attr("padding", "SAME"),
                     {*x.reshaped({1, 5, 6, 2}), *f.reshaped({3, 3, 2, 4})});
    EXPECT_LT(maxAbsDiff(*y3.reshaped({1, 5, 6, 4}), y2), 1e-5);
}

TEST(KernelPool, MaxAndAvgHandValues) {
    // 1x3x3x1 input 1..9, 2x2 window stride 2 SAME: windows {1,2,4,5},{3,6},{7,8},{9}
    Tensor x = floats({1, 3, 3, 1}, {1, 2, 3, 4, 5, 6, 7, 8, 9});
    auto attrs = [](const char* op) {
        return NodeBuilder(op).attr("ksize", std::vector<int64_t>{1, 2, 2, 1}).attr("strides", std::vector<int64_t>{1, 2, 2, 1}).attr("padding", "SAME");
    };
    EXPECT_EQ(values(run1(attrs("MaxPool"), {x})), (std::vector<double>{5, 6, 8, 9}));
    EXPECT_EQ(values(run1(attrs("AvgPool"), {x})), (std::vector<double>{3, 4.5, 7.5, 9}));
    auto valid = NodeBuilder("AvgPool").attr("ksize", std::vector<int64_t>{1, 2, 2, 1}).attr("strides", std::vector<int64_t>{1, 1, 1, 1}).attr("padding", "VALID");
    EXPECT_EQ(values(run1(valid, {x})), (std::vector<double>{3, 4, 6, 7}));
    Tensor xc = floats({1, 1, 3, 3}, {1, 2, 3, 4, 5, 6, 7, 8, 9});
    auto nchw = NodeBuilder("MaxPool").attr("ksize", std::vector<int64_t>{1, 1, 2, 2}).attr("strides", std::vector<int64_t>{1, 1, 2, 2})
                    .attr("padding", "SAME").attr("data_format", "NCHW");
    EXPECT_EQ(values(run1(nchw, {xc})), (std::vector<double>{5, 6, 8, 9}));
    runError(NodeBuilder("MaxPool").attr("ksize", std::vector<int64_t>{1, 2, 2}).attr("strides", std::vector<int64_t>{1, 1, 1, 1}), {x});
}

TEST(KernelNorm, FusedBatchNormInference) {
    Tensor x = floats({1, 1, 2, 2}, {1, 2, 3, 4});
    Tensor scale = floats({2}, {2, 1}), offset = floats({2}, {0.5f, 0}), mean = floats({2}, {1, 2}), var = floats({2}, {4, 1});
    auto node = NodeBuilder("FusedBatchNormV3").attr("epsilon", 0.f).attr("is_training", false);
    std::vector<Tensor> outs;
    ASSERT_TRUE(runKernel(node.node(), {x, scale, offset, mean, var}, &outs).ok());
    ASSERT_EQ(outs.size(), 6u);
    // channel 0: (v-1)/2*2+0.5 ; channel 1: (v-2)/1*1
    EXPECT_EQ(values(outs[0]), (std::vector<double>{0.5, 0, 2.5, 2}));
    EXPECT_EQ(values(outs[1]), (std::vector<double>{1, 2}));
    runError(node, {x, floats({3}, {1, 2, 3}), offset, mean, var});
    // training mode uses batch statistics
    auto train = NodeBuilder("FusedBatchNorm").attr("epsilon", 0.f).attr("is_training", true);
    Tensor yt = run1(train, {x, floats({2}, {1, 1}), floats({2}, {0, 0}), floats({0}, {}), floats({0}, {})});
    EXPECT_NEAR(yt.data<float>()[0], -1.0, 1e-5);
    EXPECT_NEAR(yt.data<float>()[2], 1.0, 1e-5);
}

}  // namespace
}  // namespace tfs::test
