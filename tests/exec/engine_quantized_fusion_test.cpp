// Eight-bit chain fusion: the requantize / bias / Relu chains quantize_nodes writes after each
// QuantizedConv2D and QuantizedMatMul run inside the head kernel and give bit-identical codes
// and ranges to the unfused graph (random odd shapes, fixed seeds, oneDNN and built-in kernels).
// With frozen ranges, oneDNN's int8 convolution writes the codes itself: within one code.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>

#include "core/exec/kernels/onednn.h"
#include "core/exec/kernels/quantized_epilogue.h"
#include "core/exec/print_op.h"
#include "core/exec/session.h"
#include "core/transforms/runner.h"
#include "engine_test_graphs.h"

namespace tfs::exec {
namespace {

using test::addConst;
using test::addNode;
using test::setType;

Tensor randomT(Dims dims, uint32_t seed, float scale = 1.f, float offset = 0.f) {
    Tensor t(tensorflow::DT_FLOAT, dims);
    std::mt19937 rng(seed);
    std::normal_distribution<float> d(0.f, 1.f);
    for (int64_t i = 0; i < t.numElements(); ++i) t.data<float>()[i] = offset + scale * d(rng);
    return t;
}

void setInts(tensorflow::NodeDef* n, const std::string& attr, std::vector<int64_t> v) {
    auto* list = (*n->mutable_attr())[attr].mutable_list();
    for (auto x : v) list->add_i(x);
}

tensorflow::NodeDef* floatNode(tensorflow::GraphDef& g, const std::string& name, const std::string& op, std::initializer_list<std::string> in) {
    auto* n = addNode(g, name, op, in);
    setType(n, "T", tensorflow::DT_FLOAT);
    return n;
}

struct NetShape {
    int64_t batch, height, width, inC, c1, c2, hidden, classes;
    uint32_t seed;
};

// x -> conv 3x3 SAME (+bias, Relu) -> max pool 2x2/2 SAME -> conv 2x2 VALID (+bias, Relu6)
// -> flatten -> matmul (+bias via Add, Relu) -> matmul (+bias) = out, all weights seeded.
tensorflow::GraphDef floatNet(const NetShape& s) {
    tensorflow::GraphDef g;
    setType(addNode(g, "x", "Placeholder"), "dtype", tensorflow::DT_FLOAT);
    addConst(g, "w1", randomT({3, 3, s.inC, s.c1}, s.seed, 0.4f));
    auto* c1 = floatNode(g, "conv1", "Conv2D", {"x", "w1"});
    setInts(c1, "strides", {1, 1, 1, 1});
    test::setString(c1, "padding", "SAME");
    addConst(g, "b1", randomT({s.c1}, s.seed + 1, 0.5f));
    floatNode(g, "bias1", "BiasAdd", {"conv1", "b1"});
    floatNode(g, "relu1", "Relu", {"bias1"});
    auto* pool = floatNode(g, "pool", "MaxPool", {"relu1"});
    setInts(pool, "ksize", {1, 2, 2, 1});
    setInts(pool, "strides", {1, 2, 2, 1});
    test::setString(pool, "padding", "SAME");
    addConst(g, "w2", randomT({2, 2, s.c1, s.c2}, s.seed + 2, 0.3f, 0.05f));
    auto* c2 = floatNode(g, "conv2", "Conv2D", {"pool", "w2"});
    setInts(c2, "strides", {1, 1, 1, 1});
    test::setString(c2, "padding", "VALID");
    addConst(g, "b2", randomT({s.c2}, s.seed + 3, 0.5f));
    floatNode(g, "bias2", "BiasAdd", {"conv2", "b2"});
    floatNode(g, "relu2", "Relu6", {"bias2"});
    const int64_t ph = (s.height + 1) / 2 - 1, pw = (s.width + 1) / 2 - 1;
    Tensor shape(tensorflow::DT_INT32, {2});
    shape.data<int32_t>()[0] = -1;
    shape.data<int32_t>()[1] = int32_t(ph * pw * s.c2);
    addConst(g, "shape", shape);
    auto* r = floatNode(g, "flat", "Reshape", {"relu2", "shape"});
    setType(r, "Tshape", tensorflow::DT_INT32);
    addConst(g, "fc1", randomT({ph * pw * s.c2, s.hidden}, s.seed + 4, 0.1f));
    floatNode(g, "mm1", "MatMul", {"flat", "fc1"});
    addConst(g, "fb1", randomT({s.hidden}, s.seed + 5, 0.3f));
    floatNode(g, "add1", "Add", {"mm1", "fb1"});
    floatNode(g, "relu3", "Relu", {"add1"});
    addConst(g, "fc2", randomT({s.hidden, s.classes}, s.seed + 6, 0.2f));
    floatNode(g, "mm2", "MatMul", {"relu3", "fc2"});
    addConst(g, "fb2", randomT({s.classes}, s.seed + 7, 0.3f));
    floatNode(g, "out", "BiasAdd", {"mm2", "fb2"});
    return g;
}

// floatNet after quantize_nodes.
bool quantizedNet(const NetShape& s, tensorflow::GraphDef* g) {
    *g = floatNet(s);
    return transforms::runTransformString(g, {"x"}, {"out"}, "quantize_nodes").ok();
}

struct Outcome {
    Status status;
    std::vector<Tensor> values;
    int fused = 0;
};

Outcome runGraph(const tensorflow::GraphDef& g, bool fuse, int threads, const Tensor& x, const std::vector<std::string>& fetches) {
    SessionOptions options;
    options.fuseEpilogues = fuse;
    options.threads = threads;
    Outcome o;
    auto session = Session::create(g, nullptr, {}, options);
    if (!session.ok()) {
        o.status = session.status();
        return o;
    }
    auto plan = (*session)->planFor({"x"}, fetches);
    if (plan.ok()) o.fused = (*plan)->numFusedNodes;
    for (int run = 0; run < 2; ++run) {  // the second run reads the constant cache
        auto r = (*session)->run({{"x", x}}, fetches);
        o.status = r.status();
        if (r.ok()) o.values = std::move(r).value();
    }
    return o;
}

bool sameBytes(const Tensor& a, const Tensor& b) {
    return a.dtype() == b.dtype() && a.dims() == b.dims() && a.byteSize() == b.byteSize() &&
           std::memcmp(a.rawData(), b.rawData(), a.byteSize()) == 0;
}

// Every fetch of the fused run equals the unfused run's byte for byte.
void expectIdentical(const tensorflow::GraphDef& g, const Tensor& x, const std::vector<std::string>& fetches, int expectFused,
                     bool withOnednn = true) {
    for (bool onednn : {true, false}) {
        if (onednn && !withOnednn) continue;
        kernels::setOnednnEnabled(onednn);
        for (int threads : {1, 2}) {
            SCOPED_TRACE("oneDNN " + std::to_string(onednn) + ", threads " + std::to_string(threads));
            Outcome plain = runGraph(g, false, threads, x, fetches);
            Outcome fused = runGraph(g, true, threads, x, fetches);
            ASSERT_TRUE(plain.status.ok()) << plain.status.toString();
            ASSERT_TRUE(fused.status.ok()) << fused.status.toString();
            EXPECT_EQ(plain.fused, 0);
            EXPECT_EQ(fused.fused, expectFused);
            ASSERT_EQ(plain.values.size(), fused.values.size());
            for (size_t i = 0; i < plain.values.size(); ++i) EXPECT_TRUE(sameBytes(plain.values[i], fused.values[i])) << fetches[i];
        }
    }
    kernels::setOnednnEnabled(true);
}

TEST(QuantizedFusion, QuantizeNodesChainsMatchUnfusedOnOddShapes) {
    const NetShape shapes[] = {{3, 11, 9, 5, 7, 6, 13, 3, 11}, {2, 7, 13, 3, 16, 32, 9, 5, 23}, {1, 5, 5, 1, 1, 3, 1, 2, 37}};
    for (const auto& s : shapes) {
        SCOPED_TRACE("seed " + std::to_string(s.seed));
        tensorflow::GraphDef g;
        ASSERT_TRUE(quantizedNet(s, &g));
        // Per chain: conv1 RR, Rq, BiasAdd, RR, 2 Maximum, Rq, Relu (8); conv2 the same with Relu6;
        // mm1 RR, Rq, Add, RR, 2 Maximum, Rq, Relu; mm2 RR, Rq, BiasAdd, RR, Rq (5).
        expectIdentical(g, randomT({s.batch, s.height, s.width, s.inC}, s.seed + 100, 1.5f, 0.2f), {"out"}, 29);
    }
}

// The larger convolutions write their sums in parts (at least one per thread, none over 512 KB; an
// odd batch splits unevenly): the same bytes as the unfused graph, on one thread and on two.
TEST(QuantizedFusion, SumsWrittenInPartsMatchUnfused) {
    const NetShape shapes[] = {{8, 40, 40, 3, 32, 16, 16, 5, 51}, {3, 33, 31, 5, 16, 16, 7, 3, 53}};
    for (const auto& s : shapes) {
        SCOPED_TRACE("seed " + std::to_string(s.seed));
        tensorflow::GraphDef g;
        ASSERT_TRUE(quantizedNet(s, &g));
        const int64_t before = kernels::sumsInPartsRuns();
        expectIdentical(g, randomT({s.batch, s.height, s.width, s.inC}, s.seed + 100, 1.5f, 0.2f), {"out"}, 29);
        if (kernels::onednnEnabled() && kernels::onednnExactInt8()) {
            EXPECT_GT(kernels::sumsInPartsRuns(), before);
        }
    }
}

// oneDNN's exact int8 sums (convolutions and, as 1x1 convolutions, the MatMuls) and the fused
// chains' vector passes give the built-in kernels' bytes: every intermediate code and range.
TEST(QuantizedFusion, QuantizeNodesGraphIsTheSameWithAndWithoutOnednn) {
    const NetShape shapes[] = {{2, 7, 13, 3, 16, 32, 16, 5, 23}, {3, 11, 9, 5, 7, 6, 13, 3, 11}};
    for (const auto& s : shapes) {
        SCOPED_TRACE("seed " + std::to_string(s.seed));
        tensorflow::GraphDef g;
        ASSERT_TRUE(quantizedNet(s, &g));
        std::vector<std::string> fetches{"out"};
        for (const auto& n : g.node())
            if (n.op() == "QuantizedReshape" || n.op() == "QuantizedMaxPool")
                for (int k = 0; k < 3; ++k) fetches.push_back(n.name() + ":" + std::to_string(k));
        const Tensor x = randomT({s.batch, s.height, s.width, s.inC}, s.seed + 100, 1.5f, 0.2f);
        for (int threads : {1, 2}) {
            kernels::setOnednnEnabled(false);
            Outcome builtIn = runGraph(g, true, threads, x, fetches);
            kernels::setOnednnEnabled(true);
            Outcome onednn = runGraph(g, true, threads, x, fetches);
            ASSERT_TRUE(builtIn.status.ok()) << builtIn.status.toString();
            ASSERT_TRUE(onednn.status.ok()) << onednn.status.toString();
            ASSERT_EQ(builtIn.values.size(), fetches.size());
            ASSERT_EQ(onednn.values.size(), fetches.size());
            for (size_t i = 0; i < fetches.size(); ++i) EXPECT_TRUE(sameBytes(builtIn.values[i], onednn.values[i])) << fetches[i];
        }
    }
}

TEST(QuantizedFusion, FetchedIntermediateEndsTheChainThere) {
    const NetShape s{2, 9, 7, 4, 5, 6, 7, 3, 5};
    tensorflow::GraphDef g;
    ASSERT_TRUE(quantizedNet(s, &g));
    // Find conv1's first Requantize: fetching it keeps only [RR, Rq] of that chain fused.
    std::string requantize;
    for (const auto& n : g.node())
        if (n.op() == "Requantize" && n.input(0).rfind("conv1", 0) == 0) requantize = n.name();
    ASSERT_FALSE(requantize.empty());
    expectIdentical(g, randomT({s.batch, s.height, s.width, s.inC}, 7, 1.f), {"out", requantize, requantize + ":2"}, 29 - 6);
}

// A QuantizedConv2D whose Requantize has constant requested ranges (what
// freeze_requantization_ranges writes), then QuantizedRelu6; inverted input ranges too.
tensorflow::GraphDef frozenChain(bool invertConvRange) {
    tensorflow::GraphDef g;
    setType(addNode(g, "x", "Placeholder"), "dtype", tensorflow::DT_FLOAT);
    addConst(g, "lo", test::scalarF32(-1.5f));
    addConst(g, "hi", test::scalarF32(2.0f));
    addConst(g, "inverted_min", test::scalarF32(2.0f));
    addConst(g, "inverted_max", test::scalarF32(-1.5f));
    auto* q = addNode(g, "xq", "QuantizeV2", {"x", "lo", "hi"});
    setType(q, "T", tensorflow::DT_QUINT8);
    test::setString(q, "mode", "MIN_FIRST");
    Tensor w(tensorflow::DT_QUINT8, {3, 2, 3, 11});
    std::mt19937 rng(5);
    for (int64_t i = 0; i < w.numElements(); ++i) w.data<uint8_t>()[i] = uint8_t(rng() % 256);
    addConst(g, "w", w);
    addConst(g, "wmin", test::scalarF32(-0.7f));
    addConst(g, "wmax", test::scalarF32(0.9f));
    auto* conv = invertConvRange ? addNode(g, "conv", "QuantizedConv2D", {"xq", "w", "inverted_min", "inverted_max", "wmin", "wmax"})
                                 : addNode(g, "conv", "QuantizedConv2D", {"xq", "w", "xq:1", "xq:2", "wmin", "wmax"});
    setType(conv, "Tinput", tensorflow::DT_QUINT8);
    setType(conv, "Tfilter", tensorflow::DT_QUINT8);
    setType(conv, "out_type", tensorflow::DT_QINT32);
    setInts(conv, "strides", {1, 2, 1, 1});
    test::setString(conv, "padding", "SAME");
    addConst(g, "rmin", test::scalarF32(-2.5f));
    addConst(g, "rmax", test::scalarF32(7.25f));
    auto* rq = addNode(g, "rq", "Requantize", {"conv", "conv:1", "conv:2", "rmin", "rmax"});
    setType(rq, "Tinput", tensorflow::DT_QINT32);
    setType(rq, "out_type", tensorflow::DT_QUINT8);
    auto* relu = addNode(g, "relu", "QuantizedRelu6", {"rq", "rq:1", "rq:2"});
    setType(relu, "Tinput", tensorflow::DT_QUINT8);
    setType(relu, "out_type", tensorflow::DT_QUINT8);
    auto* dq = addNode(g, "out", "Dequantize", {"relu", "relu:1", "relu:2"});
    setType(dq, "T", tensorflow::DT_QUINT8);
    test::setString(dq, "mode", "MIN_FIRST");
    return g;
}

// Built-in kernels: with oneDNN, chains with constant ranges run inside its int8 convolution,
// within one code (FrozenChainsRunInsideOnednnWithinOneCode).
TEST(QuantizedFusion, ConstantRangesAndRelu6MatchUnfused) {
    expectIdentical(frozenChain(false), randomT({2, 9, 6, 3}, 3), {"out", "relu:1", "relu:2"}, 2, false);
}

TEST(QuantizedFusion, InvertedInputRangeStillMatchesUnfused) {
    // max < min makes the first stage decreasing: the fused path looks at every code instead.
    expectIdentical(frozenChain(true), randomT({2, 9, 6, 3}, 4), {"out", "relu:1", "relu:2"}, 2, false);
}

// One eight-bit layer as quantize_nodes writes it, its ranges frozen from a log of calibration
// runs: x -> Conv2D (or MatMul) -> BiasAdd -> Relu / Relu6 / nothing = out.
struct LayerShape {
    bool matmul;
    int64_t batch, height, width, inC, outC, k, stride;
    const char* padding;
    const char* activation;  // "Relu", "Relu6" or ""
    float weightOffset;      // shifts the filter's zero point (all-positive weights have none oneDNN takes)
    uint32_t seed;
};

Dims inputDims(const LayerShape& s) { return s.matmul ? Dims{s.batch, s.inC} : Dims{s.batch, s.height, s.width, s.inC}; }

tensorflow::GraphDef floatLayer(const LayerShape& s) {
    tensorflow::GraphDef g;
    setType(addNode(g, "x", "Placeholder"), "dtype", tensorflow::DT_FLOAT);
    addConst(g, "w", randomT(s.matmul ? Dims{s.inC, s.outC} : Dims{s.k, s.k, s.inC, s.outC}, s.seed, 0.3f, s.weightOffset));
    if (s.matmul) {
        floatNode(g, "prod", "MatMul", {"x", "w"});
    } else {
        auto* c = floatNode(g, "prod", "Conv2D", {"x", "w"});
        setInts(c, "strides", {1, s.stride, s.stride, 1});
        test::setString(c, "padding", s.padding);
    }
    addConst(g, "b", randomT({s.outC}, s.seed + 1, 0.5f));
    floatNode(g, *s.activation ? "bias" : "out", "BiasAdd", {"prod", "b"});
    if (*s.activation) floatNode(g, "out", s.activation, {"bias"});
    return g;
}

tensorflow::GraphDef frozenLayer(const LayerShape& s) {
    tensorflow::GraphDef g = floatLayer(s);
    EXPECT_TRUE(transforms::runTransformString(&g, {"x"}, {"out"}, "quantize_nodes").ok());
    tensorflow::GraphDef logged = g;
    EXPECT_TRUE(transforms::runTransformString(&logged, {"x"}, {"out"},
                                               "insert_logging(op=RequantizationRange, show_name=true, message=\"__requant_min_max:\")")
                    .ok());
    const std::string log = testing::TempDir() + "/float_chain_" + std::to_string(s.seed) + ".txt";
    {
        std::ofstream file(log, std::ios::trunc);
        PrintLogCapture capture([&](const std::string& line) { file << line << "\n"; });
        auto session = Session::create(logged, nullptr, {}, SessionOptions{});
        EXPECT_TRUE(session.ok());
        for (uint32_t k = 0; k < 3; ++k) EXPECT_TRUE((*session)->run({{"x", randomT(inputDims(s), s.seed + 50 + k, 1.2f, 0.1f)}}, {"out"}).ok());
    }
    EXPECT_TRUE(transforms::runTransformString(&g, {"x"}, {"out"}, "freeze_requantization_ranges(min_max_log_file=\"" + log + "\")").ok());
    std::remove(log.c_str());
    return g;
}

TEST(QuantizedFusion, FrozenChainsRunInsideOnednnWithinOneCode) {
    const LayerShape shapes[] = {
        {false, 3, 11, 9, 5, 7, 3, 1, "SAME", "Relu", 0.f, 11},     {false, 2, 13, 7, 3, 16, 2, 2, "VALID", "Relu6", 0.05f, 12},
        {false, 2, 6, 5, 19, 33, 1, 1, "VALID", "", -0.04f, 13},    {false, 1, 9, 9, 1, 3, 3, 2, "SAME", "Relu", 0.1f, 14},
        {true, 5, 1, 1, 37, 11, 1, 1, "VALID", "Relu", 0.f, 15},    {true, 3, 1, 1, 64, 5, 1, 1, "VALID", "", 0.02f, 16},
        // All-positive weights: filter zero point 0, so every code above 127 leaves a remainder (up to
        // 128: two copies of its input channel), at padded borders too.
        {false, 2, 7, 7, 4, 6, 3, 1, "SAME", "Relu", 1.0f, 17},
    };
    for (const auto& s : shapes) {
        SCOPED_TRACE("seed " + std::to_string(s.seed));
        tensorflow::GraphDef g = frozenLayer(s);
        // The chain's last node feeds the Dequantize that quantize_nodes named "out".
        std::string tail;
        for (const auto& n : g.node())
            if (n.name() == "out") tail = n.input(0);
        ASSERT_FALSE(tail.empty());
        const std::vector<std::string> fetches{tail, tail + ":1", tail + ":2"};
        const Tensor x = randomT(inputDims(s), s.seed + 100, 1.3f, 0.1f);
        const bool expectOnednn = kernels::onednnExactInt8();
        for (bool onednn : {true, false}) {
            kernels::setOnednnEnabled(onednn);
            for (int threads : {1, 2}) {
                SCOPED_TRACE("oneDNN " + std::to_string(onednn) + ", threads " + std::to_string(threads));
                Outcome plain = runGraph(g, false, threads, x, fetches);
                const int64_t before = kernels::onednnChainRuns();
                Outcome fused = runGraph(g, true, threads, x, fetches);
                ASSERT_TRUE(plain.status.ok()) << plain.status.toString();
                ASSERT_TRUE(fused.status.ok()) << fused.status.toString();
                EXPECT_GT(fused.fused, 0);
                EXPECT_EQ(kernels::onednnChainRuns() > before, onednn && expectOnednn);
                // The ranges are the frozen constants either way.
                EXPECT_TRUE(sameBytes(plain.values[1], fused.values[1]));
                EXPECT_TRUE(sameBytes(plain.values[2], fused.values[2]));
                const Tensor& a = plain.values[0];
                const Tensor& b = fused.values[0];
                ASSERT_EQ(a.dims(), b.dims());
                ASSERT_EQ(b.dtype(), tensorflow::DT_QUINT8);
                if (!onednn || !expectOnednn) {
                    EXPECT_TRUE(sameBytes(a, b));
                    continue;
                }
                int64_t differing = 0, worst = 0;
                for (int64_t i = 0; i < a.numElements(); ++i) {
                    const int64_t d = std::abs(int64_t(a.data<uint8_t>()[i]) - int64_t(b.data<uint8_t>()[i]));
                    differing += d != 0;
                    worst = std::max(worst, d);
                }
                EXPECT_LE(worst, 1);
                EXPECT_LE(differing * 50, a.numElements()) << differing << " of " << a.numElements() << " codes differ";
            }
        }
    }
    kernels::setOnednnEnabled(true);
}

}  // namespace
}  // namespace tfs::exec
