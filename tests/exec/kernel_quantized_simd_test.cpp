// The eight-bit vector loops (AVX-512 where the CPU has it) against their scalar definitions, and
// the eight-bit max pool and float row extremes against plain loops: random odd lengths, fixed
// seeds, ties, huge values and NaN.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

#include "core/exec/kernels/quantized_util.h"
#include "core/exec/session.h"
#include "engine_test_graphs.h"

namespace tfs::exec {
namespace {

using namespace kernels::quant;

TEST(KernelQuantizedSimd, RequantizeCodesMatchesTheScalarCode) {
    std::mt19937 rng(17);
    const double ranges[][4] = {{-3.0e4, 3.0e4, -1.0, 2.0},     {-1.0, 1.0, 0.0, 6.0},        {-5.0e6, 5.0e6, -7.5, 0.25},
                                {2.0, -2.0, -1.0, 1.0},         {-1e-3, 1e-3, -1e-7, 1e-7},   {-1e9, 1e9, -3.0, 3.0},
                                {0.0, 0.0, -1.0, 1.0},          {-4.0, 4.0, -2.0, -2.0}};
    for (const auto& rg : ranges) {
        const Requantizer r(rg[0], rg[1], rg[2], rg[3]);
        for (int64_t n : {0, 1, 15, 16, 17, 333}) {
            std::vector<int32_t> src(static_cast<size_t>(n));
            for (auto& v : src) {
                switch (rng() % 4) {
                case 0: v = int32_t(rng()); break;  // anywhere in int32
                case 1: v = int32_t(int64_t(rng() % 200001) - 100000); break;
                case 2: v = int32_t(rng() % 2) ? std::numeric_limits<int32_t>::max() : std::numeric_limits<int32_t>::lowest(); break;
                default: v = int32_t(int64_t(rng() % 2001) - 1000) * 1000; break;
                }
            }
            std::vector<uint8_t> dst(size_t(n) + 1, 0xAB);
            requantizeCodes(r, src.data(), dst.data(), n);
            for (int64_t i = 0; i < n; ++i) ASSERT_EQ(int(dst[size_t(i)]), int(r.code(src[size_t(i)]))) << rg[0] << " " << src[size_t(i)];
            EXPECT_EQ(dst[size_t(n)], 0xAB);  // nothing written past the end
        }
    }
}

// The fused chain's last pass with the first code from a float multiply-add: the same table entries
// as the double steps, also for runs of consecutive sums around every rounding tie.
TEST(KernelQuantizedSimd, ThroughTableInFloatMatchesTheDoubleSteps) {
    std::mt19937 rng(29);
    const double ranges[][4] = {{-3.0e4, 3.0e4, -1.0, 2.0}, {-1.0, 1.0, 0.0, 6.0}, {-5.0e6, 5.0e6, -7.5, 0.25},
                                {-1e-3, 1e-3, -1e-7, 1e-7}, {-40.0, 40.0, -0.37, 11.3}, {-1e9, 1e9, -3.0, 3.0}};
    for (const auto& rg : ranges) {
        const Requantizer r(rg[0], rg[1], rg[2], rg[3]);
        for (int64_t channels : {16, 48}) {
            std::vector<int32_t> table(size_t(channels) * 256);
            for (auto& v : table) v = int32_t(rng() % 256);
            // Sums near the ties of codes 0, 1, 100, 254, 255 (where the float form can be that close), and anywhere.
            const double mul = r.step * r.s, add = r.real0 * r.s - r.offset;
            std::vector<int32_t> src;
            for (double tie : {-0.5, 0.5, 100.5, 254.5, 255.5}) {
                const double q = (tie - add) / mul;
                if (!(std::fabs(q) < 2e9)) continue;
                for (int64_t d = -700; d < 700; ++d) src.push_back(int32_t(std::llround(q) + d));
            }
            int32_t lo = std::numeric_limits<int32_t>::max(), hi = std::numeric_limits<int32_t>::lowest();
            for (int i = 0; i < 999; ++i) src.push_back(int32_t(int64_t(rng() % 2000001) - 1000000));
            while (src.size() % size_t(channels)) src.push_back(int32_t(rng() % 1000));
            for (int32_t v : src) lo = std::min(lo, v), hi = std::max(hi, v);
            const FirstCodeInFloat fast(r, lo, hi);
            const int64_t rows = int64_t(src.size()) / channels;
            std::vector<uint8_t> dst(src.size() + 1, 0xAB);
            requantizeThroughTable(r, src.data(), dst.data(), rows, channels, table.data(), &fast);
            for (size_t i = 0; i < src.size(); ++i)
                ASSERT_EQ(int(dst[i]), table[(i % size_t(channels)) * 256 + r.code(src[i])])
                    << rg[0] << " " << rg[2] << " " << rg[3] << " q " << src[i] << " eps " << fast.eps;
            EXPECT_EQ(dst[src.size()], 0xAB);
        }
    }
    // The usual case (sums of a few thousand steps, a range of the same size) takes the float form.
    EXPECT_TRUE(FirstCodeInFloat(Requantizer(-3.0e4, 3.0e4, -1.0, 2.0), -500000, 700000).usable);
}

// The later stages as one multiply-add with per-channel exceptions: every value gets its table
// entry, also where a channel's entry differs from the float form (listed as an exception) and in
// a group with more differences than the slots hold (which reads the table).
TEST(KernelQuantizedSimd, TailInFloatGivesTheTableWithItsExceptions) {
    std::mt19937 rng(41);
    const Requantizer r(-3.0e4, 3.0e4, -1.0, 2.0);
    const int64_t channels = 32, rows = 3000;
    std::vector<int32_t> src(size_t(rows * channels));
    for (auto& v : src) v = int32_t(int64_t(rng() % 1600001) - 600000);
    std::vector<int32_t> codeLo(size_t(channels), 255), codeHi(size_t(channels), 0);
    for (size_t i = 0; i < src.size(); ++i) {
        const size_t c = i % size_t(channels);
        codeLo[c] = std::min<int32_t>(codeLo[c], r.code(src[i]));
        codeHi[c] = std::max<int32_t>(codeHi[c], r.code(src[i]));
    }
    TailInFloat tail;
    tail.a.assign(size_t(channels), 1.37f);
    tail.lo = 3.f;
    tail.hi = 250.f;
    for (int64_t c = 0; c < channels; ++c) tail.b.push_back(float(int(rng() % 4001) - 2000) / 97.f);
    std::vector<int32_t> table(size_t(channels) * 256, 0);
    for (int64_t c = 0; c < channels; ++c)
        for (int k = 0; k < 256; ++k)
            table[size_t(c * 256 + k)] = int32_t(std::min(250.f, std::max(3.f, std::nearbyint(std::fma(float(k), tail.a[size_t(c)], tail.b[size_t(c)])))));
    // Group 0: up to three changed entries per channel; channel 20 (group 1): more than the slots.
    std::vector<int> changed(size_t(channels), 0);
    for (int64_t c = 0; c < channels; ++c) {
        const int want = c < 16 ? int(rng() % 4) : c == 20 ? TailInFloat::kMaxExceptions + 4 : 0;
        for (int n = 0; n < want; ++n) {
            const int k = codeLo[size_t(c)] + int(rng() % uint32_t(codeHi[size_t(c)] - codeLo[size_t(c)] + 1));
            int32_t& v = table[size_t(c * 256 + k)];
            v = v == 255 ? 254 : v + 1;
        }
        changed[size_t(c)] = want;
    }
    const bool checked = checkTailInFloat(tail, table.data(), codeLo.data(), codeHi.data(), channels);
    if (checked) {
        EXPECT_EQ(tail.exact[0], 1);
        EXPECT_EQ(tail.exact[1], 0);
        EXPECT_GE(tail.slots[0], 1);
    }
    int32_t lo = std::numeric_limits<int32_t>::max(), hi = std::numeric_limits<int32_t>::lowest();
    for (int32_t v : src) lo = std::min(lo, v), hi = std::max(hi, v);
    const FirstCodeInFloat fast(r, lo, hi);
    std::vector<uint8_t> dst(src.size() + 1, 0xAB);
    requantizeThroughTable(r, src.data(), dst.data(), rows, channels, table.data(), &fast, checked ? &tail : nullptr);
    for (size_t i = 0; i < src.size(); ++i)
        ASSERT_EQ(int(dst[i]), table[(i % size_t(channels)) * 256 + r.code(src[i])]) << "value " << i << " channel " << i % size_t(channels);
    EXPECT_EQ(dst[src.size()], 0xAB);
}

// A table whose entries a small rounding between moved off the chain's slope (as a bias add's
// qint32 step does) is fitted per channel: no exceptions left, and every value still its entry.
TEST(KernelQuantizedSimd, TailInFloatFitsEachChannelsSlopeAndAddend) {
    std::mt19937 rng(43);
    const int64_t channels = 16;
    TailInFloat tail;
    tail.lo = 0.f;
    tail.hi = 255.f;
    std::vector<int32_t> table(size_t(channels) * 256), codeLo(size_t(channels), 0), codeHi(size_t(channels), 255);
    for (int64_t c = 0; c < channels; ++c) {
        // The chain's slope and addend, and the table a line a little off gives (slope 2^-12 and
        // addend 0.05 away): the chain's own line would differ at a dozen codes.
        const double slope = 0.9 + 0.01 * double(c), addend = double(int(rng() % 200)) / 10.0 - 15.0;
        tail.a.push_back(float(slope));
        tail.b.push_back(float(addend));
        for (int k = 0; k < 256; ++k)
            table[size_t(c * 256 + k)] = int32_t(std::clamp(std::nearbyint(k * slope * (1 + std::ldexp(1.0, -12)) + addend + 0.05), 0.0, 255.0));
    }
    if (!checkTailInFloat(tail, table.data(), codeLo.data(), codeHi.data(), channels)) GTEST_SKIP() << "no AVX-512";
    EXPECT_EQ(tail.exact[0], 1);
    EXPECT_EQ(tail.slots[0], 0);
    const Requantizer r(-1.0, 1.0, 0.0, 1.0);  // sums 0..255 * step map to first codes 0..255
    std::vector<int32_t> src;
    for (int k = 0; k < 256; ++k)
        for (int64_t c = 0; c < channels; ++c) src.push_back(int32_t(std::llround((k / r.s - r.real0) / r.step)));
    std::vector<uint8_t> dst(src.size());
    const FirstCodeInFloat fast(r, src.front(), src.back());
    requantizeThroughTable(r, src.data(), dst.data(), 256, channels, table.data(), &fast, &tail);
    for (size_t i = 0; i < src.size(); ++i) ASSERT_EQ(int(dst[i]), table[(i % size_t(channels)) * 256 + r.code(src[i])]) << i;
}

// The fused chain's table stages in vector lanes against the kernels' scalar steps.
TEST(KernelQuantizedSimd, TableStagesMatchTheScalarSteps) {
    std::mt19937 rng(37);
    const double ranges[][4] = {{-3.0, 5.0, -0.7, 0.2}, {0.0, 6.0, -1e-3, 1e-3}, {-1e-4, 2e-4, -9.0, 9.0}, {-2.5, 2.5, 0.0, 0.0}, {1.0, 1.0, -1.0, 1.0}};
    for (const auto& rg : ranges) {
        float sumMin, sumMax;
        sumRange(rg[0], rg[1], rg[2], rg[3], &sumMin, &sumMax);
        const Quantizer q(sumMin, sumMax, kQint32);
        for (int64_t n : {0, 1, 7, 8, 9, 255, 256}) {
            const double y = quantizedToFloat(double(rng() % 256), rg[2], rg[3], kQuint8);
            std::vector<int32_t> v(static_cast<size_t>(n));
            for (auto& code : v) code = int32_t(rng() % 256);
            std::vector<int32_t> want(v.size());
            for (size_t i = 0; i < v.size(); ++i) want[i] = int32_t(q.clamped(quantizedToFloat(double(v[i]), rg[0], rg[1], kQuint8) + y));
            biasAddCodes(v.data(), n, rg[0], rg[1], y, q);
            ASSERT_EQ(v, want) << rg[0] << " " << rg[1] << " n " << n;
            const Requantizer r(sumMin, sumMax, std::min(0.0, rg[0] + rg[2]), rg[1] + rg[3]);
            for (size_t i = 0; i < v.size(); ++i) want[i] = r.code(v[i]);
            requantizeValues(v.data(), n, r);
            ASSERT_EQ(v, want) << rg[0] << " " << rg[1] << " n " << n;
        }
    }
}

// Each channel's extremes (AVX-512 for 16..64 channels) against a plain loop.
TEST(KernelQuantizedSimd, ChannelExtremesMatchAPlainLoop) {
    std::mt19937 rng(31);
    for (int64_t channels : {16, 32, 48, 64}) {
        for (int64_t rows : {1, 7, 333}) {
            std::vector<int32_t> x(size_t(rows * channels));
            for (auto& v : x) v = int32_t(rng());
            std::vector<int32_t> lo(size_t(channels), 5), hi(size_t(channels), 5), wantLo = lo, wantHi = hi;
            for (int64_t r = 0; r < rows; ++r)
                for (int64_t c = 0; c < channels; ++c) {
                    wantLo[size_t(c)] = std::min(wantLo[size_t(c)], x[size_t(r * channels + c)]);
                    wantHi[size_t(c)] = std::max(wantHi[size_t(c)], x[size_t(r * channels + c)]);
                }
            if (!channelExtremesAvx512(x.data(), rows, channels, lo.data(), hi.data())) GTEST_SKIP() << "no AVX-512";
            EXPECT_EQ(lo, wantLo);
            EXPECT_EQ(hi, wantHi);
        }
    }
}

TEST(KernelQuantizedSimd, QuantizeMinFirstMatchesRoundingEveryValue) {
    std::mt19937 rng(3);
    std::normal_distribution<float> d(0.f, 2.f);
    for (double scale : {255.0 / 8.0, 12.75, 1e-3, 1e6}) {
        for (double base : {128.0, 0.0, -3.0, 256.0}) {
            std::vector<float> x(1001);
            for (auto& v : x) v = d(rng);
            x[0] = NAN;
            x[1] = INFINITY;
            x[2] = -INFINITY;
            x[3] = float(0.5 / scale);  // a tie (when representable)
            x[4] = 3e38f;
            std::vector<uint8_t> out(x.size());
            quantizeMinFirstCodes(x.data(), out.data(), int64_t(x.size()), scale, base);
            for (size_t i = 1; i < x.size(); ++i) {
                const double want = std::clamp(std::round(double(x[i]) * scale) + base, 0.0, 255.0);
                ASSERT_EQ(int(out[i]), int(want)) << x[i] << " scale " << scale << " base " << base;
            }
            EXPECT_EQ(out[0], 0);  // NaN
        }
    }
}

// x -> QuantizeV2 -> QuantizedMaxPool (odd window, stride, SAME / VALID) -> Dequantize, and Min/Max of x.
tensorflow::GraphDef poolGraph(const std::string& padding) {
    tensorflow::GraphDef g;
    test::setType(test::addNode(g, "x", "Placeholder"), "dtype", tensorflow::DT_FLOAT);
    Tensor axes(tensorflow::DT_INT32, {4});
    for (int i = 0; i < 4; ++i) axes.data<int32_t>()[i] = i;
    test::addConst(g, "axes", axes);
    test::setType(test::addNode(g, "lo", "Min", {"x", "axes"}), "T", tensorflow::DT_FLOAT);
    test::setType(test::addNode(g, "hi", "Max", {"x", "axes"}), "T", tensorflow::DT_FLOAT);
    auto* q = test::addNode(g, "xq", "QuantizeV2", {"x", "lo", "hi"});
    test::setType(q, "T", tensorflow::DT_QUINT8);
    test::setString(q, "mode", "MIN_FIRST");
    auto* p = test::addNode(g, "pool", "QuantizedMaxPool", {"xq", "xq:1", "xq:2"});
    test::setType(p, "T", tensorflow::DT_QUINT8);
    auto* ks = &(*p->mutable_attr())["ksize"];
    for (int v : {1, 3, 2, 1}) ks->mutable_list()->add_i(v);
    auto* st = &(*p->mutable_attr())["strides"];
    for (int v : {1, 2, 3, 1}) st->mutable_list()->add_i(v);
    test::setString(p, "padding", padding);
    return g;
}

// The codes' max pooling against a plain loop here (37 channels: two 16-byte steps and a tail).
TEST(KernelQuantizedSimd, MaxPoolAndRowExtremesMatchPlainLoops) {
    Tensor x(tensorflow::DT_FLOAT, {3, 11, 13, 37});
    std::mt19937 rng(9);
    std::normal_distribution<float> d(0.3f, 1.7f);
    for (int64_t i = 0; i < x.numElements(); ++i) x.data<float>()[i] = d(rng);
    for (const char* padding : {"SAME", "VALID"}) {
        auto session = Session::create(poolGraph(padding), nullptr);
        ASSERT_TRUE(session.ok());
        auto r = (*session)->run({{"x", x}}, {"pool", "lo", "hi", "xq"});
        ASSERT_TRUE(r.ok()) << r.status().toString();
        const std::vector<Tensor>& results = *r;
        // Window 3x2, strides 2x3; SAME pads (3 - 1) / 2 = 1 row on top when the height needs 2 more.
        const Tensor& codes = results[3];
        const int64_t inH = 11, inW = 13, C = 37, kH = 3, kW = 2, sH = 2, sW = 3;
        const bool same = std::string(padding) == "SAME";
        const int64_t outH = same ? (inH + sH - 1) / sH : (inH - kH) / sH + 1, outW = same ? (inW + sW - 1) / sW : (inW - kW) / sW + 1;
        const int64_t padTop = same ? std::max<int64_t>(0, (outH - 1) * sH + kH - inH) / 2 : 0;
        const int64_t padLeft = same ? std::max<int64_t>(0, (outW - 1) * sW + kW - inW) / 2 : 0;
        ASSERT_EQ(results[0].dims(), (Dims{3, outH, outW, C}));
        for (int64_t b = 0; b < 3; ++b)
            for (int64_t oy = 0; oy < outH; ++oy)
                for (int64_t ox = 0; ox < outW; ++ox)
                    for (int64_t c = 0; c < C; ++c) {
                        int want = 0;
                        for (int64_t ky = 0; ky < kH; ++ky)
                            for (int64_t kx = 0; kx < kW; ++kx) {
                                const int64_t iy = oy * sH - padTop + ky, ix = ox * sW - padLeft + kx;
                                if (iy >= 0 && iy < inH && ix >= 0 && ix < inW)
                                    want = std::max(want, int(codes.data<uint8_t>()[((b * inH + iy) * inW + ix) * C + c]));
                            }
                        ASSERT_EQ(int(results[0].data<uint8_t>()[((b * outH + oy) * outW + ox) * C + c]), want)
                            << padding << " " << b << "," << oy << "," << ox << "," << c;
                    }
        float lo = x.data<float>()[0], hi = lo;
        for (int64_t i = 0; i < x.numElements(); ++i) {
            lo = std::min(lo, x.data<float>()[i]);
            hi = std::max(hi, x.data<float>()[i]);
        }
        EXPECT_EQ(results[1].data<float>()[0], lo);
        EXPECT_EQ(results[2].data<float>()[0], hi);
    }
    // A NaN anywhere makes Min and Max NaN.
    x.data<float>()[777] = NAN;
    auto session = Session::create(poolGraph("SAME"), nullptr);
    ASSERT_TRUE(session.ok());
    auto r = (*session)->run({{"x", x}}, {"lo", "hi"});
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(std::isnan((*r)[0].data<float>()[0]));
    EXPECT_TRUE(std::isnan((*r)[1].data<float>()[0]));
}

}  // namespace
}  // namespace tfs::exec
