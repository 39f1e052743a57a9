// oneDNN's eight-bit paths: QuantizedConv2D's exact int32 sums, the fused requantize chain with
// constant ranges run inside the int8 convolution (u8 in, u8 out), and quint8 max pooling.

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <emmintrin.h>

#include "core/exec/kernels/kernel_util.h"
#include "core/exec/kernels/onednn.h"
#include "core/exec/kernels/quantized_epilogue.h"

#ifdef TFSCOPE_HAVE_ONEDNN
#include "core/exec/kernels/onednn_support.h"
#endif

namespace tfs::exec::kernels {

#ifndef TFSCOPE_HAVE_ONEDNN

bool onednnQuantizedConv2d(KernelContext&, const Conv2DGeometry&, const uint8_t*, int32_t, const Tensor&, int32_t, int32_t*) {
    return false;
}
bool onednnQuantizedConv2dChain(KernelContext&, const Conv2DGeometry&, const uint8_t*, int32_t, const Tensor&, int32_t, double, double,
                                const FloatChain&, uint8_t*) {
    return false;
}
bool onednnMaxPoolU8(KernelContext&, const Conv2DGeometry&, const uint8_t*, uint8_t*) { return false; }
int64_t onednnChainRuns() { return 0; }
bool onednnExactInt8() { return false; }

#else

using namespace dnn;

namespace {

std::atomic<int64_t> chainRuns{0};

// Output positions o in [0, outSize) whose tap k lands inside [0, inSize): the range [*first, *last).
void tapRange(int64_t inSize, int64_t outSize, int64_t stride, int64_t dilation, int64_t padBefore, int64_t k, int64_t* first,
              int64_t* last) {
    const int64_t shift = k * dilation - padBefore;  // input index = o * stride + shift
    int64_t lo = shift >= 0 ? 0 : (-shift + stride - 1) / stride;
    int64_t hi = inSize - shift <= 0 ? 0 : (inSize - shift + stride - 1) / stride;
    *first = std::min(lo, outSize);
    *last = std::max(*first, std::min(hi, outSize));
}

// Sums over each output window's in-bounds taps of the input's centered codes, summed over
// channels: per pixel, then along rows, then down columns (each a contiguous loop).
void windowSums(const KernelContext& ctx, const Conv2DGeometry& g, const uint8_t* input, int32_t inputZero, std::vector<int32_t>& sums) {
    std::vector<int32_t> pixel(size_t(g.batch * g.inH * g.inW));
    ctx.parallelFor(int64_t(pixel.size()), g.inC, [&](int64_t p0, int64_t p1) {
        for (int64_t p = p0; p < p1; ++p) {
            int32_t sum = 0;
            for (int64_t c = 0; c < g.inC; ++c) sum += int32_t(input[p * g.inC + c]);
            pixel[size_t(p)] = sum - int32_t(g.inC) * inputZero;
        }
    });
    std::vector<int32_t> rows(size_t(g.batch * g.inH * g.outW), 0);
    ctx.parallelFor(g.batch * g.inH, g.outW * g.kW, [&](int64_t r0, int64_t r1) {
        for (int64_t r = r0; r < r1; ++r) {
            const int32_t* in = pixel.data() + r * g.inW;
            int32_t* out = rows.data() + r * g.outW;
            for (int64_t kx = 0; kx < g.kW; ++kx) {
                int64_t first, last;
                tapRange(g.inW, g.outW, g.strideW, g.dilW, g.padLeft, kx, &first, &last);
                const int64_t shift = kx * g.dilW - g.padLeft;
                for (int64_t ox = first; ox < last; ++ox) out[ox] += in[ox * g.strideW + shift];
            }
        }
    });
    sums.assign(size_t(g.batch * g.outH * g.outW), 0);
    ctx.parallelFor(g.batch * g.outH, g.outW * g.kH, [&](int64_t r0, int64_t r1) {
        for (int64_t r = r0; r < r1; ++r) {
            const int64_t b = r / g.outH, oy = r % g.outH;
            int32_t* out = sums.data() + r * g.outW;
            for (int64_t ky = 0; ky < g.kH; ++ky) {
                const int64_t iy = oy * g.strideH - g.padTop + ky * g.dilH;
                if (iy < 0 || iy >= g.inH) continue;
                const int32_t* in = rows.data() + (b * g.inH + iy) * g.outW;
                for (int64_t ox = 0; ox < g.outW; ++ox) out[ox] += in[ox];
            }
        }
    });
}

// oneDNN's int8 convolution takes signed filters and no filter zero point: it runs with w - 128,
// so (x - inputZero) * (w - filterZero) misses d * (x - inputZero) with d = 128 - filterZero,
// summed over each window. That sum becomes part of the convolution through extra input
// channels: per pixel, e = the sum over channels of (x - inputZero) is written as
// 2^shift * (u_1 + ... + u_k) + r, each u_j and r a code minus inputZero, with filter weights
// 2^shift * d and d (signed bytes). The sums stay exact; no second pass over the output.
struct ZeroPointChannels {
    int32_t d = 0;       // 128 - filterZero
    int32_t shift = 0;   // the u_j channels weigh 2^shift * d (a power of two: no division per pixel)
    int64_t spread = 0;  // how many u_j channels
    int64_t extra() const { return d == 0 ? 0 : spread + 1; }
};

bool zeroPointChannels(int64_t inC, int32_t inputZero, int32_t filterZero, ZeroPointChannels* z) {
    z->d = 128 - filterZero;
    if (z->d == 0) return true;
    if (std::abs(z->d) > 127 || inputZero < 0 || inputZero > 255) return false;
    while ((2 << z->shift) * std::abs(z->d) <= 127) ++z->shift;
    const int64_t multiple = int64_t(1) << z->shift;
    // A count that does not depend on inputZero (the first layer's moves with its input), then
    // the check that it suffices: e - lo = multiple * q + r - lo with r in [lo, lo + multiple - 1].
    z->spread = (inC + multiple) / multiple + 1;
    const int64_t lo = -inputZero, hi = 255 - inputZero;
    const int64_t qMin = ((inC - 1) * lo) >> z->shift, qMax = (inC * hi - lo) >> z->shift;
    return qMax <= z->spread * hi && qMin >= z->spread * lo;
}

// Pixels [p0, p1) of the input with the extra channels appended, in blocks whose per-pixel
// arithmetic runs across pixels (vectorised; restrict pointers and plain values keep it so).
TFSCOPE_CPU_CLONES void widenPixels(const uint8_t* __restrict input, uint8_t* __restrict out, int64_t p0, int64_t p1, int64_t inC,
                                    int64_t spread, int32_t inputZero, int32_t shift) {
    constexpr int64_t kBlock = 64;
    const int64_t channels = inC + spread + 1;
    const int32_t lo = -inputZero, hi = 255 - inputZero, mask = (1 << shift) - 1, base = int32_t(inC) * inputZero + lo;
    int32_t q[kBlock];
    uint8_t codes[kBlock];
    for (int64_t b0 = p0; b0 < p1; b0 += kBlock) {
        const int64_t n = std::min(kBlock, p1 - b0);
        const uint8_t* src = input + b0 * inC;
        uint8_t* dst = out + b0 * channels;
        for (int64_t i = 0; i < n; ++i) {
            int32_t sum = 0;
            int64_t c = 0;
            for (; c + 16 <= inC; c += 16) {  // SSE2 (every x86-64): byte sums by psadbw
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i * inC + c));
                _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + i * channels + c), v);
                const __m128i s = _mm_sad_epu8(v, _mm_setzero_si128());
                sum += _mm_cvtsi128_si32(s) + _mm_extract_epi16(s, 4);
            }
            for (; c < inC; ++c) {  // one loop: copying alone would become a memcpy call per pixel
                sum += src[i * inC + c];
                dst[i * channels + c] = src[i * inC + c];
            }
            const int32_t above = sum - base;  // e - lo
            q[i] = above >> shift;             // floor division (arithmetic shift)
            dst[i * channels + inC + spread] = uint8_t(above & mask);  // r + inputZero, r = (above & mask) + lo
        }
        for (int64_t j = 0; j < spread; ++j) {
            for (int64_t i = 0; i < n; ++i) {
                int32_t u = q[i] < hi ? q[i] : hi;  // clamped to [lo, hi] (lo <= 0 <= hi): fill toward q
                u = u > lo ? u : lo;
                q[i] -= u;
                codes[i] = uint8_t(u + inputZero);
            }
            for (int64_t i = 0; i < n; ++i) dst[i * channels + inC + j] = codes[i];
        }
    }
}

// The input with the extra channels appended to each pixel.
void appendZeroPointChannels(const KernelContext& ctx, const Conv2DGeometry& g, const uint8_t* input, int32_t inputZero,
                             const ZeroPointChannels& z, uint8_t* out) {
    const int64_t inC = g.inC, spread = z.spread;
    const int32_t shift = z.shift;
    ctx.parallelFor(g.batch * g.inH * g.inW, inC + 2 * spread,
                    [=](int64_t p0, int64_t p1) { widenPixels(input, out, p0, p1, inC, spread, inputZero, shift); });
}

// The filter (HWIO quint8) as signed bytes w - 128 with the extra channels' weights, HWIO.
std::vector<int8_t> filterWithZeroPointChannels(const Conv2DGeometry& g, const uint8_t* f, const ZeroPointChannels& z) {
    const int64_t channels = g.inC + z.extra();
    std::vector<int8_t> out(size_t(g.kH * g.kW * channels * g.outC));
    for (int64_t tap = 0; tap < g.kH * g.kW; ++tap)
        for (int64_t c = 0; c < channels; ++c) {
            int8_t* row = out.data() + (tap * channels + c) * g.outC;
            if (c < g.inC) {
                const uint8_t* from = f + (tap * g.inC + c) * g.outC;
                for (int64_t o = 0; o < g.outC; ++o) row[o] = int8_t(int32_t(from[o]) - 128);
            } else {
                std::fill(row, row + g.outC, int8_t(c < g.inC + z.spread ? (1 << z.shift) * z.d : z.d));
            }
        }
    return out;
}

}  // namespace

// oneDNN takes signed filters: it runs with w - 128 (always a signed byte) and the difference to
// w - filterZero, (128 - filterZero) times the window's sum of centered inputs, is added after.
bool onednnQuantizedConv2d(KernelContext& ctx, const Conv2DGeometry& g, const uint8_t* input, int32_t inputZero, const Tensor& filter,
                           int32_t filterZero, int32_t* output) {
    if (!onednnEnabled() || !exactInt8() || g.batch == 0 || g.outH == 0 || g.outW == 0 || g.outC == 0 || g.inC == 0) return false;
    try {
        std::vector<int64_t> key{g.batch, g.inH, g.inW, g.inC, g.kH, g.kW, g.outC, g.strideH, g.strideW, g.dilH, g.dilW,
                                 g.padTop, g.padLeft, g.outH, g.outW, inputZero != 0};
        auto p = lookup(ctx, key, [&](Prepared& p) {
            p.flops = 2.0 * double(g.batch * g.outH * g.outW) * double(g.outC) * double(g.kH * g.kW * g.inC);
            useTeam(teamFor(ctx, p.flops));
            memory::desc src({g.batch, g.inC, g.inH, g.inW}, Dt::u8, memory::format_tag::nhwc);
            memory::desc dst({g.batch, g.outC, g.outH, g.outW}, Dt::s32, memory::format_tag::nhwc);
            memory::desc weights({g.outC, g.inC, g.kH, g.kW}, Dt::s8, memory::format_tag::any);
            dnnl::primitive_attr attr = plainAttr();
            if (inputZero != 0) attr.set_zero_points(DNNL_ARG_SRC, 0, {DNNL_RUNTIME_S32_VAL});
            auto desc = convolutionDesc(g, src, weights, nullptr, dst);
            dnnl::convolution_forward::primitive_desc pd(desc, attr, cpuEngine());
            setPrimitive(p, pd, dnnl::convolution_forward(pd), src, pd.weights_desc(), dst);
        });
        if (!p->usable) return false;
        auto w = weightsFor(ctx, *p, filter, [&](PreparedWeights& w) {
            std::vector<int8_t> shifted(size_t(filter.numElements()));
            const uint8_t* f = filter.data<uint8_t>();
            for (size_t i = 0; i < shifted.size(); ++i) shifted[i] = int8_t(int32_t(f[i]) - 128);
            memory::desc user({g.outC, g.inC, g.kH, g.kW}, Dt::s8, {1, g.outC, g.kW * g.inC * g.outC, g.inC * g.outC});
            memory from(user, cpuEngine(), shifted.data());
            w.weights = memory(p->weightsDesc, cpuEngine());
            dnnl::stream& s = threadStream();
            dnnl::reorder(from, w.weights).execute(s, from, w.weights);
            s.wait();
        });
        std::unordered_map<int, memory> args{{DNNL_ARG_SRC, wrap(p->src, input)}, {DNNL_ARG_WEIGHTS, w->weights}, {DNNL_ARG_DST, wrap(p->dst, output)}};
        int32_t zero = inputZero;
        if (inputZero != 0) args.emplace(DNNL_ARG_ATTR_ZERO_POINTS | DNNL_ARG_SRC, memory({{1}, Dt::s32, memory::format_tag::a}, cpuEngine(), &zero));
        execute(ctx, *p, std::move(args));
        if (filterZero != 128) {
            std::vector<int32_t> sums;
            windowSums(ctx, g, input, inputZero, sums);
            const int32_t k = 128 - filterZero;
            ctx.parallelFor(int64_t(sums.size()), g.outC, [&](int64_t o0, int64_t o1) {
                for (int64_t o = o0; o < o1; ++o) {
                    const int32_t add = k * sums[size_t(o)];
                    int32_t* row = output + o * g.outC;
                    for (int64_t c = 0; c < g.outC; ++c) row[c] += add;
                }
            });
        }
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

bool onednnMaxPoolU8(KernelContext& ctx, const Conv2DGeometry& g, const uint8_t* input, uint8_t* output) {
    if (!onednnEnabled() || g.batch == 0 || g.outH == 0 || g.outW == 0 || g.inC == 0) return false;
    try {
        std::vector<int64_t> key{g.batch, g.inH, g.inW, g.inC, g.kH, g.kW, g.strideH, g.strideW, g.padTop, g.padLeft, g.outH, g.outW};
        auto p = lookup(ctx, key, [&](Prepared& p) {
            p.flops = double(g.batch * g.outH * g.outW) * double(g.inC) * double(g.kH * g.kW);
            useTeam(teamFor(ctx, p.flops));
            memory::desc src({g.batch, g.inC, g.inH, g.inW}, Dt::u8, memory::format_tag::nhwc);
            memory::desc dst({g.batch, g.inC, g.outH, g.outW}, Dt::u8, memory::format_tag::nhwc);
            // Padding never wins a max: the window's in-bounds taps decide, as in the built-in kernel.
            dnnl::pooling_forward::desc desc(dnnl::prop_kind::forward_inference, dnnl::algorithm::pooling_max, src, dst,
                                             {g.strideH, g.strideW}, {g.kH, g.kW}, {g.padTop, g.padLeft}, padAfter(g));
            dnnl::pooling_forward::primitive_desc pd(desc, plainAttr(), cpuEngine());
            setPrimitive(p, pd, dnnl::pooling_forward(pd), src, memory::desc(), dst);
        });
        if (!p->usable) return false;
        execute(ctx, *p, {{DNNL_ARG_SRC, wrap(p->src, input)}, {DNNL_ARG_DST, wrap(p->dst, output)}});
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

bool onednnQuantizedConv2dChain(KernelContext& ctx, const Conv2DGeometry& g, const uint8_t* input, int32_t inputZero, const Tensor& filter,
                                int32_t filterZero, double accMin, double accMax, const FloatChain& chain, uint8_t* output) {
    if (!onednnEnabled() || !exactInt8() || g.batch == 0 || g.outH == 0 || g.outW == 0 || g.outC == 0 || g.inC == 0) return false;
    if (chain.channels && chain.channels != g.outC) return false;
    ZeroPointChannels z;
    if (filterZero < 0 || filterZero > 255 || !zeroPointChannels(g.inC, inputZero, filterZero, &z)) return false;
    const int64_t inC = g.inC + z.extra();
    try {
        std::vector<int64_t> key{g.batch, g.inH, g.inW, inC, g.kH, g.kW, g.outC, g.strideH, g.strideW, g.dilH, g.dilW,
                                 g.padTop, g.padLeft, g.outH, g.outW, inputZero != 0, int64_t(reinterpret_cast<intptr_t>(&chain))};
        const memory::desc scalarDesc({1, 1, 1, 1}, Dt::f32, memory::format_tag::abcd);
        const memory::desc channelDesc({1, g.outC, 1, 1}, Dt::f32, memory::format_tag::abcd);
        auto p = lookup(ctx, key, [&](Prepared& p) {
            p.flops = 2.0 * double(g.batch * g.outH * g.outW) * double(g.outC) * double(g.kH * g.kW * inC);
            useTeam(teamFor(ctx, p.flops));
            memory::desc src({g.batch, inC, g.inH, g.inW}, Dt::u8, memory::format_tag::nhwc);
            memory::desc dst({g.batch, g.outC, g.outH, g.outW}, Dt::u8, memory::format_tag::nhwc);
            memory::desc weights({g.outC, inC, g.kH, g.kW}, Dt::s8, memory::format_tag::any);
            dnnl::primitive_attr attr = plainAttr();
            if (inputZero != 0) attr.set_zero_points(DNNL_ARG_SRC, 0, {DNNL_RUNTIME_S32_VAL});
            // The first Requantize's scale and offset follow the sums' range, known only when it runs:
            // a multiply and an add by runtime scalars (oneDNN 2.6's convolution takes no runtime output scale).
            dnnl::post_ops ops;
            ops.append_binary(dnnl::algorithm::binary_mul, scalarDesc);
            ops.append_binary(dnnl::algorithm::binary_add, scalarDesc);
            for (const auto& op : chain.ops) {
                switch (op.kind) {
                case FloatChain::Op::Kind::Clip: ops.append_eltwise(1.f, dnnl::algorithm::eltwise_clip, op.a, op.b); break;
                case FloatChain::Op::Kind::Round: ops.append_eltwise(1.f, dnnl::algorithm::eltwise_round, 0.f, 0.f); break;
                case FloatChain::Op::Kind::Linear: ops.append_eltwise(1.f, dnnl::algorithm::eltwise_linear, op.a, op.b); break;
                case FloatChain::Op::Kind::AddChannel: ops.append_binary(dnnl::algorithm::binary_add, channelDesc); break;
                }
            }
            attr.set_post_ops(ops);
            auto desc = convolutionDesc(g, src, weights, nullptr, dst);
            dnnl::convolution_forward::primitive_desc pd(desc, attr, cpuEngine());
            setPrimitive(p, pd, dnnl::convolution_forward(pd), src, pd.weights_desc(), dst);
        });
        if (!p->usable) return false;
        auto w = weightsFor(ctx, *p, filter, [&](PreparedWeights& w) {
            std::vector<int8_t> signedFilter = filterWithZeroPointChannels(g, filter.data<uint8_t>(), z);
            memory::desc user({g.outC, inC, g.kH, g.kW}, Dt::s8, {1, g.outC, g.kW * inC * g.outC, inC * g.outC});
            memory from(user, cpuEngine(), signedFilter.data());
            w.weights = memory(p->weightsDesc, cpuEngine());
            dnnl::stream& s = threadStream();
            dnnl::reorder(from, w.weights).execute(s, from, w.weights);
            s.wait();
            for (const auto& op : chain.ops)
                if (op.kind == FloatChain::Op::Kind::AddChannel) {
                    memory m(channelDesc, cpuEngine());
                    std::memcpy(m.get_data_handle(), op.channel.data(), op.channel.size() * sizeof(float));
                    w.channelAddends.push_back(m);
                }
        });
        const uint8_t* src = input;
        if (z.extra()) {
            // Reused by the thread across runs: a fresh buffer of this size costs page faults every run.
            thread_local std::vector<uint8_t> widened;
            widened.resize(std::max(widened.size(), size_t(g.batch * g.inH * g.inW * inC)));
            appendZeroPointChannels(ctx, g, input, inputZero, z, widened.data());
            src = widened.data();
        }
        double mul, add;
        chain.firstStage(accMin, accMax, &mul, &add);
        float first[2] = {float(mul), float(add)};
        int32_t zero = inputZero;
        std::unordered_map<int, memory> args{{DNNL_ARG_SRC, wrap(p->src, src)}, {DNNL_ARG_WEIGHTS, w->weights}, {DNNL_ARG_DST, wrap(p->dst, output)}};
        if (inputZero != 0) args.emplace(DNNL_ARG_ATTR_ZERO_POINTS | DNNL_ARG_SRC, memory({{1}, Dt::s32, memory::format_tag::a}, cpuEngine(), &zero));
        args.emplace(DNNL_ARG_ATTR_MULTIPLE_POST_OP(0) | DNNL_ARG_SRC_1, wrap(scalarDesc, &first[0]));
        args.emplace(DNNL_ARG_ATTR_MULTIPLE_POST_OP(1) | DNNL_ARG_SRC_1, wrap(scalarDesc, &first[1]));
        for (size_t i = 0, next = 0; i < chain.ops.size(); ++i)
            if (chain.ops[i].kind == FloatChain::Op::Kind::AddChannel)
                args.emplace(DNNL_ARG_ATTR_MULTIPLE_POST_OP(int(i) + 2) | DNNL_ARG_SRC_1, w->channelAddends[next++]);
        execute(ctx, *p, std::move(args));
        chainRuns.fetch_add(1, std::memory_order_relaxed);
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

int64_t onednnChainRuns() { return chainRuns.load(std::memory_order_relaxed); }
bool onednnExactInt8() { return exactInt8(); }

#endif

}  // namespace tfs::exec::kernels
