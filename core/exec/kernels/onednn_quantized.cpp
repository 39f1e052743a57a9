// oneDNN's eight-bit paths: QuantizedConv2D's exact int32 sums, the fused requantize chain with
// constant ranges run inside the int8 convolution (u8 in, u8 out).

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <immintrin.h>
// GCC 12's AVX-512 headers start some intrinsics from an undefined register and then warn about it.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

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
int64_t onednnChainRuns() { return 0; }
bool onednnExactInt8() { return false; }

#else

using namespace dnn;

namespace {

std::atomic<int64_t> chainRuns{0};

// oneDNN's int8 convolution takes signed filters and no filter zero point. Each weight runs as
// w - filterZero clamped to a signed byte; what the clamp cut off (only the filter's extreme codes:
// one or two weights per layer in quantize_nodes' output) is carried by copies of those weights'
// input channels appended to every pixel, whose weights are the remainders. Every product stays
// (x - inputZero) * (w - filterZero): the sums are exact, with no pass over the output.
struct SignedFilter {
    std::vector<int8_t> weights;   // HWIO, inC + sources.size() input channels
    std::vector<int64_t> sources;  // the input channel each appended channel copies
};

SignedFilter signedFilter(const Conv2DGeometry& g, const uint8_t* f, int32_t filterZero) {
    const int64_t taps = g.kH * g.kW, inC = g.inC, outC = g.outC;
    std::vector<int32_t> rest(size_t(taps * inC * outC));
    for (size_t i = 0; i < rest.size(); ++i) rest[i] = int32_t(f[i]) - filterZero;
    auto take = [](int32_t& r) {  // the signed byte nearest r; r keeps the remainder
        const int32_t b = std::clamp(r, -128, 127);
        r -= b;
        return int8_t(b);
    };
    std::vector<std::vector<int8_t>> channels{size_t(inC)};  // [c][tap * outC + o]
    std::vector<int64_t> sources;
    for (int64_t c = 0; c < inC; ++c) channels[size_t(c)].resize(size_t(taps * outC));
    for (int64_t tap = 0; tap < taps; ++tap)
        for (int64_t c = 0; c < inC; ++c)
            for (int64_t o = 0; o < outC; ++o) channels[size_t(c)][size_t(tap * outC + o)] = take(rest[size_t((tap * inC + c) * outC + o)]);
    // A remainder is at most 128 (w - filterZero in [-255, 255]): two copies of a channel at most.
    for (bool left = true; left;) {
        left = false;
        for (int64_t c = 0; c < inC; ++c) {
            bool any = false;
            for (int64_t tap = 0; tap < taps && !any; ++tap)
                for (int64_t o = 0; o < outC && !any; ++o) any = rest[size_t((tap * inC + c) * outC + o)] != 0;
            if (!any) continue;
            std::vector<int8_t> copy(size_t(taps * outC));
            for (int64_t tap = 0; tap < taps; ++tap)
                for (int64_t o = 0; o < outC; ++o) copy[size_t(tap * outC + o)] = take(rest[size_t((tap * inC + c) * outC + o)]);
            channels.push_back(std::move(copy));
            sources.push_back(c);
            left = true;
        }
    }
    const int64_t all = int64_t(channels.size());
    SignedFilter out;
    out.weights.resize(size_t(taps * all * outC));
    for (int64_t tap = 0; tap < taps; ++tap)
        for (int64_t c = 0; c < all; ++c)
            std::memcpy(out.weights.data() + (tap * all + c) * outC, channels[size_t(c)].data() + tap * outC, size_t(outC));
    out.sources = std::move(sources);
    return out;
}

// Pixels [p0, p1) of the input with the copied channels appended. Moves of fixed sizes only, and
// GCC told not to turn the copy loop into a memcpy call per pixel (which made the first layer's
// three channels take longer than its convolution); clang has no such attribute.
#if defined(__GNUC__) && !defined(__clang__)
#define TFS_NO_MEMCPY_FOR_LOOPS __attribute__((optimize("no-tree-loop-distribute-patterns")))
#else
#define TFS_NO_MEMCPY_FOR_LOOPS
#endif
TFS_NO_MEMCPY_FOR_LOOPS void appendCopiesScalar(
    const uint8_t* __restrict input, uint8_t* __restrict out, int64_t p0, int64_t p1, int64_t inC, const int64_t* __restrict sources,
    int64_t copies) {
    const int64_t channels = inC + copies;
    for (int64_t p = p0; p < p1; ++p) {
        const uint8_t* src = input + p * inC;
        uint8_t* dst = out + p * channels;
        int64_t c = 0;
        for (; c + 16 <= inC; c += 16)  // SSE2 (every x86-64)
            _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + c), _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + c)));
        if (c + 8 <= inC) std::memcpy(dst + c, src + c, 8), c += 8;
        if (c + 4 <= inC) std::memcpy(dst + c, src + c, 4), c += 4;
        if (c + 2 <= inC) std::memcpy(dst + c, src + c, 2), c += 2;
        if (c < inC) dst[c] = src[c];
        for (int64_t j = 0; j < copies; ++j) dst[inC + j] = src[sources[j]];
    }
}

#if defined(__x86_64__)
// The same for as many whole pixels as fit 64 bytes, one byte permutation each (AVX512-VBMI):
// about six times faster than the scalar loop on the CIFAR net's first two layers.
__attribute__((target("avx512f,avx512bw,avx512vbmi"))) void appendCopiesVbmi(const uint8_t* input, uint8_t* out, int64_t p0, int64_t p1,
                                                                           int64_t inC, const int64_t* sources, int64_t copies) {
    const int64_t channels = inC + copies, group = 64 / channels;
    alignas(64) uint8_t index[64] = {};
    for (int64_t i = 0; i < group; ++i)
        for (int64_t c = 0; c < channels; ++c) index[i * channels + c] = uint8_t(i * inC + (c < inC ? c : sources[c - inC]));
    const __m512i permutation = _mm512_load_si512(index);
    auto mask = [](int64_t bytes) { return bytes >= 64 ? ~__mmask64(0) : (__mmask64(1) << bytes) - 1; };
    const __mmask64 in = mask(group * inC), outMask = mask(group * channels);
    int64_t p = p0;
    for (; p + group <= p1; p += group) {
        const __m512i v = _mm512_maskz_loadu_epi8(in, input + p * inC);
        _mm512_mask_storeu_epi8(out + p * channels, outMask, _mm512_permutexvar_epi8(permutation, v));
    }
    appendCopiesScalar(input, out, p, p1, inC, sources, copies);
}
#endif

void appendCopies(const uint8_t* input, uint8_t* out, int64_t p0, int64_t p1, int64_t inC, const int64_t* sources, int64_t copies) {
#if defined(__x86_64__)
    static const bool vbmi = __builtin_cpu_supports("avx512vbmi");
    if (vbmi && inC + copies <= 64) return appendCopiesVbmi(input, out, p0, p1, inC, sources, copies);
#endif
    appendCopiesScalar(input, out, p0, p1, inC, sources, copies);
}

// The filter as oneDNN's weights for `p` and the channels to append, prepared once per filter
// buffer (the channel count decides the primitive, so this comes first).
std::shared_ptr<const PreparedWeights> signedFilterFor(KernelContext& ctx, const Conv2DGeometry& g, const Tensor& filter, int32_t filterZero) {
    auto holder = lookup(ctx, {-1, g.kH, g.kW, g.inC, g.outC, filterZero}, [](Prepared&) {});
    return weightsFor(ctx, *holder, filter, [&](PreparedWeights& w) {
        SignedFilter s = signedFilter(g, filter.data<uint8_t>(), filterZero);
        w.signedWeights = std::move(s.weights);
        w.copiedChannels = std::move(s.sources);
    });
}

// Reorders `signedWeights` (HWIO, inC channels) into the primitive's layout.
void reorderSigned(const Conv2DGeometry& g, int64_t inC, const Prepared& p, const std::vector<int8_t>& signedWeights, PreparedWeights& w) {
    memory::desc user({g.outC, inC, g.kH, g.kW}, Dt::s8, {1, g.outC, g.kW * inC * g.outC, inC * g.outC});
    memory from(user, cpuEngine(), const_cast<int8_t*>(signedWeights.data()));
    w.weights = memory(p.weightsDesc, cpuEngine());
    dnnl::stream& s = threadStream();
    dnnl::reorder(from, w.weights).execute(s, from, w.weights);
    s.wait();
}

// The input oneDNN reads: `input` itself, or a per-thread copy with the channels appended
// (reused across runs: a fresh buffer of this size costs page faults every run).
const uint8_t* withCopies(const KernelContext& ctx, const Conv2DGeometry& g, const uint8_t* input, const std::vector<int64_t>& sources) {
    if (sources.empty()) return input;
    thread_local std::vector<uint8_t> widened;
    const int64_t inC = g.inC, copies = int64_t(sources.size()), pixels = g.batch * g.inH * g.inW;
    widened.resize(std::max(widened.size(), size_t(pixels * (inC + copies))));
    uint8_t* out = widened.data();
    const int64_t* from = sources.data();
    // Cost per pixel about one cycle per 16 bytes (12 us for all of the CIFAR net's layers): the
    // first layers' copies then stay on this thread instead of waking a second one for microseconds.
    if (onednnSolo()) {  // this thread's share of a split kernel
        appendCopies(input, out, 0, pixels, inC, from, copies);
        return out;
    }
    ctx.parallelFor(pixels, 1 + (inC + copies) / 16, [=](int64_t p0, int64_t p1) { appendCopies(input, out, p0, p1, inC, from, copies); });
    return out;
}

}  // namespace

bool onednnQuantizedConv2d(KernelContext& ctx, const Conv2DGeometry& g, const uint8_t* input, int32_t inputZero, const Tensor& filter,
                           int32_t filterZero, int32_t* output) {
    if (!onednnEnabled() || !exactInt8() || g.batch == 0 || g.outH == 0 || g.outW == 0 || g.outC == 0 || g.inC == 0) return false;
    if (filterZero < 0 || filterZero > 255) return false;  // two copies of a channel then carry any remainder
    try {
        auto sf = signedFilterFor(ctx, g, filter, filterZero);
        const int64_t inC = g.inC + int64_t(sf->copiedChannels.size());
        std::vector<int64_t> key{g.batch, g.inH, g.inW, inC, g.kH, g.kW, g.outC, g.strideH, g.strideW, g.dilH, g.dilW,
                                 g.padTop, g.padLeft, g.outH, g.outW, inputZero != 0,
                                 filterZero,  // the prepared weights depend on it
                                 onednnSolo()};  // and the team size the primitive was made for
        auto p = lookup(ctx, key, [&](Prepared& p) {
            p.flops = g.flops(g.outC, inC);
            useTeam(teamFor(ctx, p.flops));
            memory::desc src({g.batch, inC, g.inH, g.inW}, Dt::u8, memory::format_tag::nhwc);
            memory::desc dst({g.batch, g.outC, g.outH, g.outW}, Dt::s32, memory::format_tag::nhwc);
            memory::desc weights({g.outC, inC, g.kH, g.kW}, Dt::s8, memory::format_tag::any);
            dnnl::primitive_attr attr = plainAttr();
            if (inputZero != 0) attr.set_zero_points(DNNL_ARG_SRC, 0, {DNNL_RUNTIME_S32_VAL});
            auto desc = convolutionDesc(g, src, weights, nullptr, dst);
            dnnl::convolution_forward::primitive_desc pd(desc, attr, cpuEngine());
            setPrimitive(p, pd, dnnl::convolution_forward(pd), src, pd.weights_desc(), dst);
        });
        if (!p->usable) return false;
        auto w = weightsFor(ctx, *p, filter, [&](PreparedWeights& w) { reorderSigned(g, inC, *p, sf->signedWeights, w); });
        const uint8_t* src = withCopies(ctx, g, input, sf->copiedChannels);
        std::unordered_map<int, memory> args{{DNNL_ARG_SRC, wrap(p->src, src)}, {DNNL_ARG_WEIGHTS, w->weights}, {DNNL_ARG_DST, wrap(p->dst, output)}};
        int32_t zero = inputZero;
        if (inputZero != 0) args.emplace(DNNL_ARG_ATTR_ZERO_POINTS | DNNL_ARG_SRC, memory({{1}, Dt::s32, memory::format_tag::a}, cpuEngine(), &zero));
        execute(ctx, *p, std::move(args));
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

bool onednnQuantizedConv2dChain(KernelContext& ctx, const Conv2DGeometry& g, const uint8_t* input, int32_t inputZero, const Tensor& filter,
                                int32_t filterZero, double accMin, double accMax, const FloatChain& chain, uint8_t* output) {
    if (!onednnEnabled() || !exactInt8() || g.batch == 0 || g.outH == 0 || g.outW == 0 || g.outC == 0 || g.inC == 0) return false;
    if (chain.channels && chain.channels != g.outC) return false;
    if (filterZero < 0 || filterZero > 255) return false;  // two copies of a channel then carry any remainder
    try {
        auto sf = signedFilterFor(ctx, g, filter, filterZero);
        const int64_t inC = g.inC + int64_t(sf->copiedChannels.size());
        std::vector<int64_t> key{g.batch, g.inH, g.inW, inC, g.kH, g.kW, g.outC, g.strideH, g.strideW, g.dilH, g.dilW,
                                 g.padTop, g.padLeft, g.outH, g.outW, inputZero != 0, filterZero, int64_t(reinterpret_cast<intptr_t>(&chain))};
        const memory::desc scalarDesc({1, 1, 1, 1}, Dt::f32, memory::format_tag::abcd);
        const memory::desc channelDesc({1, g.outC, 1, 1}, Dt::f32, memory::format_tag::abcd);
        auto p = lookup(ctx, key, [&](Prepared& p) {
            p.flops = g.flops(g.outC, inC);
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
            reorderSigned(g, inC, *p, sf->signedWeights, w);
            for (const auto& op : chain.ops)
                if (op.kind == FloatChain::Op::Kind::AddChannel) {
                    memory m(channelDesc, cpuEngine());
                    std::memcpy(m.get_data_handle(), op.channel.data(), op.channel.size() * sizeof(float));
                    w.channelAddends.push_back(m);
                }
        });
        const uint8_t* src = withCopies(ctx, g, input, sf->copiedChannels);
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
