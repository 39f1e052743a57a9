// The eight-bit kernels against float references: integer accumulation must equal
// the float computation on the dequantized inputs (up to float rounding), and
// stay within quantization error of the computation on the original floats.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <random>
#include <limits>

#include "core/exec/kernels/conv.h"
#include "core/exec/kernels/quantized_util.h"
#include "core/transforms/const_eval.h"
#include "tests/transforms/quant_test_util.h"

using namespace tfs;
using namespace tfs::test::quant;
namespace q = tfs::exec::kernels::quant;

namespace {

Tensor scalarF(float v) { return Tensor::scalar<float>(tensorflow::DT_FLOAT, v); }

struct Quantized {
    Tensor codes;
    float mn, mx;
};

// QuantizeV2 MIN_FIRST through the executor's kernel, the way the pass does it.
Quantized quantize(const Tensor& x) {
    float lo = x.data<float>()[0], hi = lo;
    for (int64_t i = 0; i < x.numElements(); ++i) {
        lo = std::min(lo, x.data<float>()[i]);
        hi = std::max(hi, x.data<float>()[i]);
    }
    tensorflow::NodeDef node;
    node.set_name("q");
    node.set_op("QuantizeV2");
    (*node.mutable_attr())["T"].set_type(tensorflow::DT_QUINT8);
    (*node.mutable_attr())["mode"].set_s("MIN_FIRST");
    auto out = transforms::evaluateNode(node, {x, scalarF(lo), scalarF(hi)});
    EXPECT_TRUE(out.ok()) << out.status().toString();
    return {(*out)[0], (*out)[1].data<float>()[0], (*out)[2].data<float>()[0]};
}

Tensor dequantize(const Quantized& v) {
    Tensor t(tensorflow::DT_FLOAT, v.codes.dims());
    for (int64_t i = 0; i < t.numElements(); ++i)
        t.data<float>()[i] = float(q::quantizedToFloat(v.codes.data<uint8_t>()[i], v.mn, v.mx, q::kQuint8));
    return t;
}

// Real values of a qint32 result.
Tensor realOf(const std::vector<Tensor>& out) {
    Tensor t(tensorflow::DT_FLOAT, out[0].dims());
    const double mn = out[1].data<float>()[0], mx = out[2].data<float>()[0];
    for (int64_t i = 0; i < t.numElements(); ++i)
        t.data<float>()[i] = float(q::quantizedToFloat(out[0].data<int32_t>()[i], mn, mx, q::kQint32));
    return t;
}

tensorflow::NodeDef opNode(const std::string& op) {
    tensorflow::NodeDef node;
    node.set_name("k");
    node.set_op(op);
    return node;
}

}  // namespace

TEST(QuantizedKernels, CodeZeroMapsToRealZeroAndBack) {
    for (auto [mn, mx] : std::vector<std::pair<double, double>>{{-1.3, 2.7}, {0.0, 6.0}, {-5.0, -0.0}, {-0.01, 100.0}}) {
        int64_t zero = q::floatToQuantizedUnclamped(0.0, mn, mx, q::kQuint8);
        EXPECT_NEAR(q::quantizedToFloat(double(zero), mn, mx, q::kQuint8), 0.0, 1e-6) << mn << " " << mx;
        for (double v : {mn, mx, (mn + mx) / 2}) {
            double back = q::quantizedToFloat(double(q::floatToQuantized(v, mn, mx, q::kQuint8)), mn, mx, q::kQuint8);
            EXPECT_LE(std::abs(back - v), (mx - mn) / 255.0 * 0.51 + 1e-6) << v;
        }
    }
}

TEST(QuantizedKernels, Conv2DMatchesFloatConvOnDequantizedInputs) {
    // Odd shapes, SAME padding with stride 2 and a dilated VALID case.
    struct Case {
        Dims in, filter;
        std::vector<int64_t> strides, dilations;
        std::string padding;
    };
    for (const Case& c : {Case{{2, 7, 9, 5}, {3, 3, 5, 13}, {1, 2, 2, 1}, {1, 1, 1, 1}, "SAME"},
                          Case{{1, 11, 6, 3}, {2, 3, 3, 4}, {1, 1, 1, 1}, {1, 2, 1, 1}, "VALID"}}) {
        Tensor x = randomFloat(c.in, 1, 1.0, 0.3), w = randomFloat(c.filter, 2, 0.2);
        Quantized qx = quantize(x), qw = quantize(w);
        auto node = opNode("QuantizedConv2D");
        setInts(&node, "strides", c.strides);
        setInts(&node, "dilations", c.dilations);
        (*node.mutable_attr())["padding"].set_s(c.padding);
        auto out = transforms::evaluateNode(node, {qx.codes, qw.codes, scalarF(qx.mn), scalarF(qx.mx), scalarF(qw.mn), scalarF(qw.mx)});
        ASSERT_TRUE(out.ok()) << out.status().toString();
        ASSERT_EQ(out->size(), 3u);
        EXPECT_EQ((*out)[0].dtype(), tensorflow::DT_QINT32);
        Tensor got = realOf(*out);

        // Float Conv2D on the dequantized inputs and on the originals.
        auto conv = opNode("Conv2D");
        (*conv.mutable_attr())["T"].set_type(tensorflow::DT_FLOAT);
        setInts(&conv, "strides", c.strides);
        setInts(&conv, "dilations", c.dilations);
        (*conv.mutable_attr())["padding"].set_s(c.padding);
        auto onDequantized = transforms::evaluateNode(conv, {dequantize(qx), dequantize(qw)});
        auto onFloat = transforms::evaluateNode(conv, {x, w});
        ASSERT_TRUE(onDequantized.ok() && onFloat.ok());
        ASSERT_EQ(got.dims(), (*onFloat)[0].dims());
        EXPECT_LT(maxAbsDiff(got, (*onDequantized)[0]), 1e-4);
        EXPECT_GT(cosine(got, (*onFloat)[0]), 0.999);
    }
}

TEST(QuantizedKernels, MatMulWithTransposesMatchesFloat) {
    for (int t = 0; t < 4; ++t) {
        const bool ta = t & 1, tb = t & 2;
        const int64_t m = 3, k = 37, n = 11;
        Tensor a = randomFloat(ta ? Dims{k, m} : Dims{m, k}, 10 + t), b = randomFloat(tb ? Dims{n, k} : Dims{k, n}, 20 + t, 0.1);
        Quantized qa = quantize(a), qb = quantize(b);
        auto node = opNode("QuantizedMatMul");
        (*node.mutable_attr())["transpose_a"].set_b(ta);
        (*node.mutable_attr())["transpose_b"].set_b(tb);
        auto out = transforms::evaluateNode(node, {qa.codes, qb.codes, scalarF(qa.mn), scalarF(qa.mx), scalarF(qb.mn), scalarF(qb.mx)});
        ASSERT_TRUE(out.ok()) << out.status().toString();
        auto mm = opNode("MatMul");
        (*mm.mutable_attr())["T"].set_type(tensorflow::DT_FLOAT);
        (*mm.mutable_attr())["transpose_a"].set_b(ta);
        (*mm.mutable_attr())["transpose_b"].set_b(tb);
        auto onDequantized = transforms::evaluateNode(mm, {dequantize(qa), dequantize(qb)});
        auto onFloat = transforms::evaluateNode(mm, {a, b});
        ASSERT_TRUE(onDequantized.ok() && onFloat.ok());
        Tensor got = realOf(*out);
        ASSERT_EQ(got.dims(), (Dims{m, n}));
        EXPECT_LT(maxAbsDiff(got, (*onDequantized)[0]), 1e-4) << "transpose " << t;
        EXPECT_GT(cosine(got, (*onFloat)[0]), 0.999) << "transpose " << t;
    }
}

TEST(QuantizedKernels, RequantizeNarrowsToTheMeasuredRange) {
    Tensor a = randomFloat({4, 23}, 3), b = randomFloat({23, 6}, 4);
    Quantized qa = quantize(a), qb = quantize(b);
    auto node = opNode("QuantizedMatMul");
    auto prod = transforms::evaluateNode(node, {qa.codes, qb.codes, scalarF(qa.mn), scalarF(qa.mx), scalarF(qb.mn), scalarF(qb.mx)});
    ASSERT_TRUE(prod.ok());
    Tensor real = realOf(*prod);
    auto range = transforms::evaluateNode(opNode("RequantizationRange"), *prod);
    ASSERT_TRUE(range.ok()) << range.status().toString();
    float lo = (*range)[0].data<float>()[0], hi = (*range)[1].data<float>()[0];
    float realMin = 0, realMax = -1e30f;
    for (int64_t i = 0; i < real.numElements(); ++i) {
        realMin = std::min(realMin, real.data<float>()[i]);
        realMax = std::max(realMax, real.data<float>()[i]);
    }
    EXPECT_NEAR(lo, realMin, 1e-4);
    EXPECT_NEAR(hi, realMax, 1e-4);
    std::vector<Tensor> in = *prod;
    in.push_back((*range)[0]);
    in.push_back((*range)[1]);
    auto requant = transforms::evaluateNode(opNode("Requantize"), in);
    ASSERT_TRUE(requant.ok()) << requant.status().toString();
    EXPECT_EQ((*requant)[0].dtype(), tensorflow::DT_QUINT8);
    Tensor back = dequantize({(*requant)[0], (*requant)[1].data<float>()[0], (*requant)[2].data<float>()[0]});
    EXPECT_LE(maxAbsDiff(back, real), (hi - lo) / 255.0 * 0.51 + 1e-5);
    // A positive requested minimum is invalid (TF requires <= 0).
    in[3] = scalarF(0.5f);
    EXPECT_FALSE(transforms::evaluateNode(opNode("Requantize"), in).ok());
}

// Requantize's fast loop (clamp, truncate, exact fraction) against the same affine map evaluated
// per element with std::round: code = round((real(0) + q * real step) * s) - round(min * s),
// s = 255 / (max - min), bit for bit, over the whole int32 range and ranges with ties.
TEST(QuantizedKernels, RequantizeEqualsTheScalarFormulaExactly) {
    std::mt19937 rng(5);
    std::uniform_int_distribution<int32_t> any(std::numeric_limits<int32_t>::lowest(), std::numeric_limits<int32_t>::max());
    std::uniform_int_distribution<int32_t> near(-40000, 40000);
    Tensor q(tensorflow::DT_QINT32, {4099});
    for (int64_t i = 0; i < q.numElements(); ++i) q.data<int32_t>()[i] = i % 3 ? near(rng) : any(rng);
    q.data<int32_t>()[0] = std::numeric_limits<int32_t>::lowest();
    q.data<int32_t>()[1] = std::numeric_limits<int32_t>::max();
    for (auto [inMax, outMin, outMax] : std::vector<std::tuple<float, float, float>>{
             {3.5e6f, -0.7f, 2.3f}, {1e9f, 0.f, 6.f}, {2.f, -1e-3f, 1e-3f}, {7e4f, -5.f, 0.f}, {1.f, 0.f, 0.f}}) {
        auto out = transforms::evaluateNode(opNode("Requantize"), {q, scalarF(-inMax), scalarF(inMax), scalarF(outMin), scalarF(outMax)});
        ASSERT_TRUE(out.ok()) << out.status().toString();
        const double real0 = q::quantizedToFloat(0.0, -inMax, inMax, q::kQint32);
        const double step = q::quantizedToFloat(1.0, -inMax, inMax, q::kQint32) - real0;
        const double s = outMax > outMin ? 255.0 / (double(outMax) - double(outMin)) : 0.0;
        int64_t differing = 0;
        for (int64_t i = 0; i < q.numElements(); ++i) {
            const double code = std::round((real0 + double(q.data<int32_t>()[i]) * step) * s) - std::round(double(outMin) * s);
            differing += (*out)[0].data<uint8_t>()[i] != uint8_t(std::clamp(code, 0.0, 255.0));
        }
        EXPECT_EQ(differing, 0) << "input range " << inMax << ", output [" << outMin << ", " << outMax << "]";
    }
}

TEST(QuantizedKernels, BiasAddReluConcatAndPools) {
    Tensor x = randomFloat({2, 3, 5, 4}, 5), bias = randomFloat({4}, 6);
    Quantized qx = quantize(x), qb = quantize(bias);
    Tensor dx = dequantize(qx), db = dequantize(qb);
    // BiasAdd: qint32 sum in TF's symmetric range.
    auto add = transforms::evaluateNode(opNode("QuantizedBiasAdd"),
                                        {qx.codes, qb.codes, scalarF(qx.mn), scalarF(qx.mx), scalarF(qb.mn), scalarF(qb.mx)});
    ASSERT_TRUE(add.ok()) << add.status().toString();
    EXPECT_FLOAT_EQ((*add)[2].data<float>()[0], std::max({qx.mx, -qx.mn, qb.mx, -qb.mn}) * float(1 << 17));
    Tensor sum = realOf(*add);
    const double sumStep = 2.0 * (*add)[2].data<float>()[0] / 4294967296.0;  // one qint32 level
    for (int64_t i = 0; i < sum.numElements(); ++i)
        EXPECT_NEAR(sum.data<float>()[i], dx.data<float>()[i] + db.data<float>()[i % 4], sumStep * 0.51 + 1e-6);
    // Relu6 clamps at the codes of 0 and 6.
    Tensor wide = randomFloat({50}, 7, 5.0);
    Quantized qw = quantize(wide);
    auto relu6 = transforms::evaluateNode(opNode("QuantizedRelu6"), {qw.codes, scalarF(qw.mn), scalarF(qw.mx)});
    ASSERT_TRUE(relu6.ok());
    Tensor r = dequantize({(*relu6)[0], qw.mn, qw.mx}), dw = dequantize(qw);
    const double step = (qw.mx - qw.mn) / 255.0;
    for (int64_t i = 0; i < r.numElements(); ++i)
        EXPECT_NEAR(r.data<float>()[i], std::clamp(dw.data<float>()[i], 0.f, 6.f), step * 0.51 + 1e-6);
    // Concat of two differently ranged tensors keeps values within one output step.
    Tensor y = randomFloat({2, 3, 5, 2}, 8, 3.0);
    Quantized qy = quantize(y);
    auto cat = transforms::evaluateNode(opNode("QuantizedConcat"), {Tensor::scalar<int32_t>(tensorflow::DT_INT32, 3), qx.codes, qy.codes,
                                                                   scalarF(qx.mn), scalarF(qy.mn), scalarF(qx.mx), scalarF(qy.mx)});
    ASSERT_TRUE(cat.ok()) << cat.status().toString();
    ASSERT_EQ((*cat)[0].dims(), (Dims{2, 3, 5, 6}));
    float cmn = (*cat)[1].data<float>()[0], cmx = (*cat)[2].data<float>()[0];
    EXPECT_FLOAT_EQ(cmn, std::min(qx.mn, qy.mn));
    Tensor c = dequantize({(*cat)[0], cmn, cmx}), dy = dequantize(qy);
    for (int64_t p = 0; p < 30; ++p)
        for (int64_t ch = 0; ch < 6; ++ch) {
            float want = ch < 4 ? dx.data<float>()[p * 4 + ch] : dy.data<float>()[p * 2 + ch - 4];
            EXPECT_NEAR(c.data<float>()[p * 6 + ch], want, (cmx - cmn) / 255.0 * 0.51 + 1e-5);
        }
    // Max pool on codes equals float max pool on the dequantized values.
    auto pool = opNode("QuantizedMaxPool");
    setInts(&pool, "ksize", {1, 2, 2, 1});
    setInts(&pool, "strides", {1, 2, 2, 1});
    (*pool.mutable_attr())["padding"].set_s("SAME");
    auto qp = transforms::evaluateNode(pool, {qx.codes, scalarF(qx.mn), scalarF(qx.mx)});
    ASSERT_TRUE(qp.ok()) << qp.status().toString();
    auto fpool = pool;
    fpool.set_op("MaxPool");
    (*fpool.mutable_attr())["T"].set_type(tensorflow::DT_FLOAT);
    auto fp = transforms::evaluateNode(fpool, {dx});
    ASSERT_TRUE(fp.ok());
    EXPECT_LT(maxAbsDiff(dequantize({(*qp)[0], qx.mn, qx.mx}), (*fp)[0]), 1e-6);
}

TEST(QuantizedKernels, BadInputsAreErrorsNotCrashes) {
    Tensor f = randomFloat({2, 2}, 9);
    auto node = opNode("QuantizedMatMul");
    EXPECT_FALSE(transforms::evaluateNode(node, {f, f, scalarF(0), scalarF(1), scalarF(0), scalarF(1)}).ok());
    Quantized a = quantize(randomFloat({2, 3}, 1)), b = quantize(randomFloat({2, 3}, 2));
    EXPECT_FALSE(transforms::evaluateNode(node, {a.codes, b.codes, scalarF(0), scalarF(1), scalarF(0), scalarF(1)}).ok());
    EXPECT_FALSE(transforms::evaluateNode(opNode("QuantizedConcat"), {a.codes}).ok());
    EXPECT_FALSE(transforms::evaluateNode(opNode("RequantizationRange"), {a.codes, scalarF(0), scalarF(1)}).ok());
}

TEST(QuantizedKernels, AddMulBroadcastAvgPoolAndReshape) {
    Tensor x = randomFloat({3, 1, 5}, 30), y = randomFloat({4, 1}, 31, 2.0);
    Quantized qx = quantize(x), qy = quantize(y);
    Tensor dx = dequantize(qx), dy = dequantize(qy);
    for (const char* op : {"QuantizedAdd", "QuantizedMul"}) {
        const bool isAdd = std::string(op) == "QuantizedAdd";
        auto out = transforms::evaluateNode(opNode(op), {qx.codes, qy.codes, scalarF(qx.mn), scalarF(qx.mx), scalarF(qy.mn), scalarF(qy.mx)});
        ASSERT_TRUE(out.ok()) << op << ": " << out.status().toString();
        ASSERT_EQ((*out)[0].dims(), (Dims{3, 4, 5})) << op;
        Tensor got = realOf(*out);
        const double tol = isAdd ? 2.0 * (*out)[2].data<float>()[0] / 4294967296.0 : 1e-5;
        for (int64_t a = 0; a < 3; ++a)
            for (int64_t b = 0; b < 4; ++b)
                for (int64_t c = 0; c < 5; ++c) {
                    const float u = dx.data<float>()[a * 5 + c], v = dy.data<float>()[b];
                    EXPECT_NEAR(got.data<float>()[(a * 4 + b) * 5 + c], isAdd ? u + v : u * v, tol + 1e-6) << op;
                }
    }
    // Average pooling rounds the mean code; VALID 3x3 stride 2 on 7x9.
    Tensor img = randomFloat({1, 7, 9, 2}, 32);
    Quantized qi = quantize(img);
    auto pool = opNode("QuantizedAvgPool");
    setInts(&pool, "ksize", {1, 3, 3, 1});
    setInts(&pool, "strides", {1, 2, 2, 1});
    (*pool.mutable_attr())["padding"].set_s("VALID");
    auto qp = transforms::evaluateNode(pool, {qi.codes, scalarF(qi.mn), scalarF(qi.mx)});
    ASSERT_TRUE(qp.ok()) << qp.status().toString();
    auto fpool = pool;
    fpool.set_op("AvgPool");
    (*fpool.mutable_attr())["T"].set_type(tensorflow::DT_FLOAT);
    auto fp = transforms::evaluateNode(fpool, {dequantize(qi)});
    ASSERT_TRUE(fp.ok());
    ASSERT_EQ((*qp)[0].dims(), (Dims{1, 3, 4, 2}));
    EXPECT_LE(maxAbsDiff(dequantize({(*qp)[0], qi.mn, qi.mx}), (*fp)[0]), (qi.mx - qi.mn) / 255.0 * 0.51);
    // Reshape keeps codes and range, infers -1.
    Tensor shape(tensorflow::DT_INT32, {2});
    shape.data<int32_t>()[0] = -1;
    shape.data<int32_t>()[1] = 6;
    auto r = transforms::evaluateNode(opNode("QuantizedReshape"), {qi.codes, shape, scalarF(qi.mn), scalarF(qi.mx)});
    ASSERT_TRUE(r.ok()) << r.status().toString();
    EXPECT_EQ((*r)[0].dims(), (Dims{21, 6}));
    EXPECT_EQ((*r)[1].data<float>()[0], qi.mn);
    shape.data<int32_t>()[1] = 5;  // 126 elements do not split into rows of 5
    EXPECT_FALSE(transforms::evaluateNode(opNode("QuantizedReshape"), {qi.codes, shape, scalarF(qi.mn), scalarF(qi.mx)}).ok());
}
