// The oneDNN paths against the plain-loop references: fused epilogues (bias, folded batch
// norm, Relu/Relu6), weights prepared once per node and refreshed when the buffer changes,
// and the built-in kernels with oneDNN switched off. Seeded random inputs, odd shapes.

#include <cmath>
#include <random>
#include <utility>

#include "core/exec/kernels/conv.h"
#include "core/exec/kernels/matmul.h"
#include "core/exec/kernels/onednn.h"
#include "tests/exec/kernel_test_util.h"

namespace tfs::test {
namespace {

using exec::Epilogue;
using exec::kernels::Conv2DGeometry;

// Counts the oneDNN primitives run in a scope: with oneDNN built in, the optimized path must
// really have run (a silent fallback to the built-in kernels would make these tests vacuous).
struct OnednnRuns {
    int64_t before = exec::kernels::onednnExecutions();
    int64_t count() const { return exec::kernels::onednnExecutions() - before; }
};

// Switches oneDNN on or off for one scope.
struct OnednnSwitch {
    bool before;
    explicit OnednnSwitch(bool on) : before(exec::kernels::onednnEnabled()) { exec::kernels::setOnednnEnabled(on); }
    ~OnednnSwitch() { exec::kernels::setOnednnEnabled(before); }
};

Epilogue randomEpilogue(int64_t channels, Epilogue::Activation act, uint32_t seed) {
    Tensor s = randomFloats({channels}, seed), b = randomFloats({channels}, seed + 1);
    Epilogue e;
    for (int64_t c = 0; c < channels; ++c) {
        e.scale.push_back(0.5f + std::fabs(s.data<float>()[c]));
        e.shift.push_back(b.data<float>()[c]);
    }
    e.activation = act;
    return e;
}

// Runs one kernel the way the executor does: with the node's scratch and an optional epilogue.
Tensor runNode(const NodeBuilder& b, const std::vector<Tensor>& inputs, exec::KernelScratch* scratch, const Epilogue* e,
               const exec::ParallelFor* threads) {
    std::vector<Tensor> outputs;
    exec::KernelContext ctx{b.node(), inputs, outputs, threads};
    ctx.epilogue = e;
    ctx.scratch = scratch;
    const exec::KernelFn* fn = exec::findKernel(b.node().op());
    EXPECT_TRUE(fn);
    Status s = (*fn)(ctx);
    EXPECT_TRUE(s.ok()) << s.toString();
    if (!s.ok() || outputs.empty()) return Tensor();
    if (e && !ctx.epilogueApplied) {
        const int64_t channels = int64_t(e->shift.size());
        e->apply(outputs[0].data<float>(), outputs[0].numElements() / channels, channels, channels);
    }
    return outputs[0];
}

TEST(KernelOnednn, MatMulWithEpilogueMatchesReference) {
    TestThreads threads(2);
    OnednnRuns runs;
    for (bool tb : {false, true})
        for (auto act : {Epilogue::Activation::None, Epilogue::Activation::Relu, Epilogue::Activation::Relu6})
            for (auto [m, n, k] : std::vector<std::tuple<int64_t, int64_t, int64_t>>{{1, 37, 129}, {17, 65, 33}, {64, 7, 300}}) {
                Tensor a = randomFloats({m, k}, uint32_t(m + k));
                Tensor w = randomFloats(tb ? Dims{n, k} : Dims{k, n}, uint32_t(n * 5 + k));
                Epilogue e = randomEpilogue(n, act, uint32_t(n));
                if (act == Epilogue::Activation::Relu) e.scale.clear();  // BiasAdd+Relu: the shift is oneDNN's bias
                exec::KernelScratch scratch;
                Tensor c = runNode(NodeBuilder("MatMul").attr("transpose_b", tb), {a, w}, &scratch, &e, &threads);
                Tensor ref(tensorflow::DT_FLOAT, {m, n});
                exec::kernels::gemmReference<float>(a.data<float>(), false, w.data<float>(), tb, ref.data<float>(), m, n, k);
                e.apply(ref.data<float>(), m, n, n);
                EXPECT_LT(maxAbsDiff(c, ref), 1e-4) << m << "x" << n << "x" << k << " tb=" << tb;
            }
    if (exec::kernels::onednnEnabled()) {
        EXPECT_EQ(runs.count(), 15);  // the 3 one-row cases without transpose_b run the vector loop instead
    }
}

TEST(KernelOnednn, ConvAndDepthwiseWithEpilogueMatchReference) {
    TestThreads threads(2);
    OnednnRuns runs;
    struct Case {
        Dims input;
        int64_t k, outC, stride, dilation;
        const char* padding;
        bool depthwise;
    };
    for (const Case& c : std::vector<Case>{{{3, 9, 7, 13}, 3, 5, 2, 1, "SAME", false},
                                           {{1, 11, 6, 3}, 5, 33, 1, 2, "SAME", false},
                                           {{2, 8, 9, 17}, 1, 19, 1, 1, "VALID", false},
                                           {{2, 10, 7, 19}, 3, 1, 2, 1, "SAME", true},
                                           {{1, 9, 9, 35}, 3, 1, 1, 1, "VALID", true},
                                           {{2, 6, 5, 7}, 3, 2, 1, 1, "SAME", true}}) {
        const int64_t inC = c.input[3], channels = c.depthwise ? inC * c.outC : c.outC;
        Tensor x = randomFloats(c.input, uint32_t(inC * 3 + c.k));
        Tensor f = randomFloats({c.k, c.k, inC, c.outC}, uint32_t(channels + 7));
        Epilogue e = randomEpilogue(channels, Epilogue::Activation::Relu6, uint32_t(channels));
        NodeBuilder node = NodeBuilder(c.depthwise ? "DepthwiseConv2dNative" : "Conv2D")
                               .attr("strides", std::vector<int64_t>{1, c.stride, c.stride, 1})
                               .attr("dilations", std::vector<int64_t>{1, c.dilation, c.dilation, 1})
                               .attr("padding", c.padding);
        exec::KernelScratch scratch;
        Tensor y = runNode(node, {x, f}, &scratch, &e, &threads);
        Tensor plain;
        {
            OnednnSwitch off(false);
            plain = run1(node, {x, f});
        }
        ASSERT_EQ(y.dims(), plain.dims());
        Conv2DGeometry g;
        g.batch = c.input[0], g.inH = c.input[1], g.inW = c.input[2], g.inC = inC, g.kH = g.kW = c.k, g.outC = c.outC;
        g.strideH = g.strideW = c.stride, g.dilH = g.dilW = c.dilation, g.outH = plain.dim(1), g.outW = plain.dim(2);
        const int64_t effH = (c.k - 1) * c.dilation + 1;
        if (std::string(c.padding) == "SAME") {
            g.padTop = std::max<int64_t>((g.outH - 1) * c.stride + effH - g.inH, 0) / 2;
            g.padLeft = std::max<int64_t>((g.outW - 1) * c.stride + effH - g.inW, 0) / 2;
        }
        Tensor ref(tensorflow::DT_FLOAT, plain.dims());
        if (c.depthwise) exec::kernels::depthwiseReference(g, x.data<float>(), f.data<float>(), ref.data<float>());
        else exec::kernels::conv2dReference(g, x.data<float>(), f.data<float>(), ref.data<float>());
        EXPECT_LT(maxAbsDiff(plain, ref), 1e-4) << "built-in kernel, " << dimsToString(c.input);
        e.apply(ref.data<float>(), ref.numElements() / channels, channels, channels);
        EXPECT_LT(maxAbsDiff(y, ref), 1e-4) << "with epilogue, " << dimsToString(c.input) << (c.depthwise ? " depthwise" : "");
    }
    if (exec::kernels::onednnEnabled()) {
        EXPECT_EQ(runs.count(), 6);
    }
}

TEST(KernelOnednn, PreparedWeightsFollowTheFilterBufferAndBatchSize) {
    TestThreads threads(2);
    exec::KernelScratch scratch;
    NodeBuilder node = NodeBuilder("Conv2D").attr("strides", std::vector<int64_t>{1, 1, 1, 1}).attr("padding", "SAME");
    for (uint32_t seed = 1; seed <= 3; ++seed)
        for (int64_t batch : {1, 4, 1}) {
            Tensor x = randomFloats({batch, 7, 5, 6}, seed * 10 + uint32_t(batch));
            Tensor f = randomFloats({3, 3, 6, 9}, seed);  // a new buffer each time: the reorder must follow it
            Tensor y = runNode(node, {x, f}, &scratch, nullptr, &threads);
            OnednnSwitch off(false);
            EXPECT_LT(maxAbsDiff(y, run1(node, {x, f})), 1e-4) << "seed " << seed << " batch " << batch;
        }
}

TEST(KernelOnednn, BatchMatMulSharedAndPerBatchWeights) {
    TestThreads threads(2);
    for (bool adjY : {false, true}) {
        Tensor a = randomFloats({3, 2, 5, 7}, 21);
        Tensor perBatch = randomFloats(adjY ? Dims{3, 2, 9, 7} : Dims{3, 2, 7, 9}, 22);
        Tensor shared = randomFloats(adjY ? Dims{9, 7} : Dims{7, 9}, 23);
        for (const Tensor& b : {perBatch, shared}) {
            NodeBuilder node = NodeBuilder("BatchMatMulV2").attr("adj_y", adjY);
            Tensor y = run1(node, {a, b}, 0, &threads);
            OnednnSwitch off(false);
            EXPECT_LT(maxAbsDiff(y, run1(node, {a, b})), 1e-5) << "adj_y " << adjY << " b " << b.describe();
        }
    }
}

TEST(KernelOnednn, SoftmaxMatchesTheBuiltInKernel) {
    TestThreads threads(2);
    OnednnRuns runs;
    for (const Dims& dims : std::vector<Dims>{{7, 129}, {3, 5, 33}, {1, 4, 128, 128}, {2, 1}}) {
        Tensor x = randomFloats(dims, uint32_t(dims.back()));
        for (int64_t i = 0; i < x.numElements(); ++i) x.data<float>()[i] *= 8.f;  // large logits: the max must be subtracted
        Tensor y = run1(NodeBuilder("Softmax"), {x}, 0, &threads);
        OnednnSwitch off(false);
        Tensor plain = run1(NodeBuilder("Softmax"), {x});
        EXPECT_LT(maxAbsDiff(y, plain), 1e-6) << dimsToString(dims);
    }
    if (exec::kernels::onednnEnabled()) {
        EXPECT_EQ(runs.count(), 4);
    }
}

// Eight-bit convolution: oneDNN's int32 sums must equal the reference kernel's exactly, for
// input and filter zero points on both sides of 128 and with padding. Random filter codes put
// many weights beyond a signed byte of the filter zero point (copied input channels carry them);
// an all-positive filter range (zero point 0) needs two copies for code 255; an input range
// above zero has a negative input zero point.
TEST(KernelOnednn, QuantizedConv2DIsExact) {
    TestThreads threads(2);
    OnednnRuns runs;
    struct Case {
        Dims input;
        int64_t k, outC, stride;
        const char* padding;
        float minIn, maxIn, minF, maxF;
    };
    int cases = 0;
    for (const Case& c : std::vector<Case>{{{3, 9, 7, 13}, 3, 5, 2, "SAME", -1.3f, 2.1f, -0.4f, 0.9f},
                                           {{2, 11, 6, 3}, 5, 33, 1, "SAME", 0.f, 3.f, -1.f, 1.f},
                                           {{1, 8, 9, 17}, 1, 19, 1, "VALID", -2.f, 0.5f, -0.2f, 0.05f},
                                           {{16, 6, 6, 32}, 3, 64, 1, "SAME", 0.f, 6.f, -0.3f, 0.35f},
                                           {{2, 7, 5, 6}, 3, 9, 2, "SAME", -0.5f, 1.5f, 0.f, 0.8f},
                                           {{1, 6, 8, 2}, 2, 4, 1, "SAME", 0.5f, 3.f, -0.9f, 0.1f}}) {
        std::mt19937 rng(uint32_t(c.input[3] * 7 + c.outC));
        std::uniform_int_distribution<int> code(0, 255);
        Tensor x(tensorflow::DT_QUINT8, c.input), f(tensorflow::DT_QUINT8, {c.k, c.k, c.input[3], c.outC});
        for (int64_t i = 0; i < x.numElements(); ++i) x.data<uint8_t>()[i] = uint8_t(code(rng));
        for (int64_t i = 0; i < f.numElements(); ++i) f.data<uint8_t>()[i] = uint8_t(code(rng));
        auto scalar = [](float v) { return Tensor::scalar<float>(tensorflow::DT_FLOAT, v); };
        const std::vector<Tensor> inputs{x, f, scalar(c.minIn), scalar(c.maxIn), scalar(c.minF), scalar(c.maxF)};
        NodeBuilder node = NodeBuilder("QuantizedConv2D").attr("strides", std::vector<int64_t>{1, c.stride, c.stride, 1}).attr("padding", c.padding);
        exec::KernelScratch scratch;
        std::vector<Tensor> outputs;
        exec::KernelContext ctx{node.node(), inputs, outputs, &threads};
        ctx.scratch = &scratch;
        ASSERT_TRUE((*exec::findKernel("QuantizedConv2D"))(ctx).ok());
        Tensor plain;
        {
            OnednnSwitch off(false);
            plain = run1(node, inputs);
        }
        ASSERT_EQ(outputs[0].dims(), plain.dims());
        int64_t differing = 0;
        for (int64_t i = 0; i < plain.numElements(); ++i) differing += outputs[0].data<int32_t>()[i] != plain.data<int32_t>()[i];
        EXPECT_EQ(differing, 0) << dimsToString(c.input) << " " << c.padding;
        ++cases;
    }
    const std::string isa = exec::kernels::onednnIsa();
    const bool vnni = isa == "avx512_core_vnni" || isa == "avx512_core_bf16" || isa == "avx512_core_amx" || isa == "avx2_vnni";
    if (exec::kernels::onednnEnabled() && vnni) {
        EXPECT_EQ(runs.count(), cases);
    }
}

// One node, one filter buffer, a filter range that changes between runs (ranges are inputs): the
// weights prepared for the first zero point must not serve the second.
TEST(KernelOnednn, QuantizedConv2DFollowsAChangedFilterRange) {
    TestThreads threads(2);
    std::mt19937 rng(31);
    std::uniform_int_distribution<int> code(0, 255);
    Tensor x(tensorflow::DT_QUINT8, {2, 6, 5, 7}), f(tensorflow::DT_QUINT8, {3, 3, 7, 9});
    for (int64_t i = 0; i < x.numElements(); ++i) x.data<uint8_t>()[i] = uint8_t(code(rng));
    for (int64_t i = 0; i < f.numElements(); ++i) f.data<uint8_t>()[i] = uint8_t(code(rng));
    auto scalar = [](float v) { return Tensor::scalar<float>(tensorflow::DT_FLOAT, v); };
    NodeBuilder node = NodeBuilder("QuantizedConv2D").attr("strides", std::vector<int64_t>{1, 1, 1, 1}).attr("padding", "SAME");
    exec::KernelScratch scratch;
    for (auto [minF, maxF] : {std::pair{-0.4f, 0.9f}, std::pair{-0.9f, 0.4f}, std::pair{-0.4f, 0.9f}}) {
        const std::vector<Tensor> inputs{x, f, scalar(-1.f), scalar(2.f), scalar(minF), scalar(maxF)};
        std::vector<Tensor> outputs;
        exec::KernelContext ctx{node.node(), inputs, outputs, &threads};
        ctx.scratch = &scratch;
        ASSERT_TRUE((*exec::findKernel("QuantizedConv2D"))(ctx).ok());
        Tensor plain;
        {
            OnednnSwitch off(false);
            plain = run1(node, inputs);
        }
        int64_t differing = 0;
        for (int64_t i = 0; i < plain.numElements(); ++i) differing += outputs[0].data<int32_t>()[i] != plain.data<int32_t>()[i];
        EXPECT_EQ(differing, 0) << minF << " " << maxF;
    }
}

}  // namespace
}  // namespace tfs::test
