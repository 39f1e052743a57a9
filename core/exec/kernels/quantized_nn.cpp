// Eight-bit convolution, matrix multiply and pooling (QuantizedConv2D,
// QuantizedMatMul, QuantizedMaxPool, QuantizedAvgPool) with TensorFlow's range
// conventions: quint8 x quint8 accumulates exactly in qint32, whose range is
// the product of the two input quantization steps times the qint32 limits.

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <memory>
#include <vector>

#include <emmintrin.h>

#include "core/exec/kernels/conv.h"
#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"
#include "core/exec/kernels/onednn.h"
#include "core/exec/kernels/quantized_epilogue.h"
#include "core/exec/kernels/quantized_util.h"

namespace tfs::exec::kernels {
namespace {

using namespace quant;

// Reads the float scalar range input at `index`.
Status readRange(const KernelContext& ctx, int index, double* value, const char* what) {
    if (ctx.inputs[size_t(index)].dtype() != tensorflow::DT_FLOAT || ctx.inputs[size_t(index)].numElements() != 1)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be a float32 scalar, got %2"), what,
                         ctx.inputs[size_t(index)].describe());
    return readScalarDouble(ctx, index, value, what);
}

Status requireQuint8(const KernelContext& ctx, int index, const char* what) {
    if (ctx.inputs[size_t(index)].dtype() != tensorflow::DT_QUINT8)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be quint8 (other eight-bit layouts are not supported), got %2"),
                         what, ctx.inputs[size_t(index)].describe());
    return okStatus();
}

// Codes minus the code of real zero: exact small integers.
std::vector<int16_t> centered(const Tensor& t, double mn, double mx) {
    const int16_t zero = int16_t(floatToQuantizedUnclamped(0.0, mn, mx, kQuint8));
    std::vector<int16_t> v(size_t(t.numElements()));
    const uint8_t* p = t.data<uint8_t>();
    for (size_t i = 0; i < v.size(); ++i) v[i] = int16_t(int16_t(p[i]) - zero);
    return v;
}

Status setRangeOutputs(KernelContext& ctx, float mn, float mx) {
    Tensor* o;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 1, tensorflow::DT_FLOAT, {}, &o));
    o->data<float>()[0] = mn;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 2, tensorflow::DT_FLOAT, {}, &o));
    o->data<float>()[0] = mx;
    return okStatus();
}

// Larger sums (over 32 MiB) get a buffer of their own instead of the thread's kept one.
constexpr int64_t kKeptSumsValues = int64_t(8) << 20;

// Where a QuantizedConv2D / QuantizedMatMul writes its qint32 sums: output 0 itself, or with a
// fused eight-bit chain a scratch buffer the chain turns into output 0's quint8 codes.
struct Sums {
    Dims dims;
    std::unique_ptr<int32_t[]> scratch;  // uninitialised (every sum is written), when not the thread's kept buffer
    int32_t* data = nullptr;
};

Status sumsBuffer(KernelContext& ctx, const Dims& dims, Sums* sums) {
    sums->dims = dims;
    if (!ctx.quantEpilogue) {
        Tensor* out;
        TFS_RETURN_IF_ERROR(allocOutputUninitialized(ctx, 0, tensorflow::DT_QINT32, dims, &out));
        sums->data = out->data<int32_t>();
        return okStatus();
    }
    TFS_RETURN_IF_ERROR(checkAllocatable(ctx, tensorflow::DT_QINT32, dims));
    int64_t n = 1;
    for (int64_t d : dims) n *= d;
    // The sums live only while this kernel runs: one buffer per thread, reused across nodes and runs
    // (into a fresh megabyte each run, oneDNN's int8 convolution took up to twice as long).
    thread_local std::vector<int32_t> kept;
    if (n <= kKeptSumsValues) {
        if (kept.size() < size_t(std::max<int64_t>(n, 1))) kept.resize(size_t(std::max<int64_t>(n, 1)));
        sums->data = kept.data();
        return okStatus();
    }
    sums->scratch.reset(new int32_t[size_t(n)]);
    sums->data = sums->scratch.get();
    return okStatus();
}

// Outputs 1 and 2: the sums' range, or after the fused chain its codes and their range.
Status finishSums(KernelContext& ctx, const Sums& sums, float mn, float mx, const SumsInParts* parts = nullptr) {
    if (!ctx.quantEpilogue) return setRangeOutputs(ctx, mn, mx);
    const int64_t channels = sums.dims.empty() ? 1 : sums.dims.back();
    int64_t n = 1;
    for (int64_t d : sums.dims) n *= d;
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutputUninitialized(ctx, 0, tensorflow::DT_QUINT8, sums.dims, &out));
    float outMin, outMax;
    TFS_RETURN_IF_ERROR(applyQuantizedEpilogue(ctx, *ctx.quantEpilogue, sums.data, channels ? n / channels : 0, channels, mn, mx,
                                               out->data<uint8_t>(), &outMin, &outMax, parts));
    return setRangeOutputs(ctx, outMin, outMax);
}

// With a fused chain whose ranges are all constants: oneDNN's int8 convolution writes the chain's
// codes itself (FloatChain). False when it cannot; the exact path then runs.
bool runFloatChain(KernelContext& ctx, const Conv2DGeometry& g, const Dims& outDims, const Tensor& x, int64_t zeroIn, const Tensor& f,
                   int64_t zeroF, float accMin, float accMax) {
    const FloatChain* chain = ctx.quantEpilogue ? ctx.quantEpilogue->floatChain.get() : nullptr;
    if (!chain || zeroIn < 0 || zeroIn > 255 || zeroF < 0 || zeroF > 255 || !onednnEnabled()) return false;
    Tensor* out;
    if (!allocOutputUninitialized(ctx, 0, tensorflow::DT_QUINT8, outDims, &out).ok()) return false;
    if (!onednnQuantizedConv2dChain(ctx, g, x.data<uint8_t>(), int32_t(zeroIn), f, int32_t(zeroF), accMin, accMax, *chain,
                                    out->data<uint8_t>()))
        return false;
    return setRangeOutputs(ctx, chain->outMin, chain->outMax).ok();
}

// Below this a convolution's images are not split between threads (it runs on the calling thread).
constexpr double kSplitMinFlops = 2e6;
// A part's sums at most this large stay in a core's L2 cache (1 MB on Zen 5, 2 MB on recent Xeons).
constexpr int64_t kPartSumsBytes = int64_t(512) << 10;
std::atomic<int64_t> partedRuns{0};

// With a fused chain whose ranges are measured: the images are convolved in parts over the session's
// threads, each part on oneDNN by the thread that took it, and each part's channel extremes are taken
// while its sums are in that core's cache; the chain's last pass gives the threads the same parts
// again. (oneDNN 2.6's own two-thread split of these int8 convolutions was no faster than one
// thread, and waking its team for each small one cost more than the convolution.) False when
// oneDNN does not take the shape.
bool convolveInParts(KernelContext& ctx, const Conv2DGeometry& g, const uint8_t* input, int32_t inputZero, const Tensor& filter,
                     int32_t filterZero, int32_t* sums, SumsInParts* parts) {
    const double flops = g.flops(g.outC, g.inC);
    const int threads = ctx.parallel ? ctx.parallel->threads() : 1;
    // At least one part per thread, and parts whose sums fit a core's L2 cache, so their extremes are
    // taken while the sums are still there (on one thread too: the CIFAR net ran ~5 % faster). Not
    // finer: oneDNN's int8 convolution costs ~10 us more per call at two images than its share of 16.
    const int64_t outBytes = g.batch * g.outH * g.outW * g.outC * int64_t(sizeof(int32_t));
    const int64_t count =
        flops >= kSplitMinFlops ? std::min<int64_t>(std::max<int64_t>(threads, (outBytes + kPartSumsBytes - 1) / kPartSumsBytes), g.batch) : 1;
    const int64_t inImage = g.inH * g.inW * g.inC, outImage = g.outH * g.outW * g.outC, rowsPerImage = g.outH * g.outW;
    std::vector<std::vector<int32_t>> lo(static_cast<size_t>(count)), hi(static_cast<size_t>(count));
    std::atomic<bool> failed{false};
    ctx.parallelFor(count, int64_t(flops / double(count) / 16), [&](int64_t p0, int64_t p1) {  // ~16 FLOP per cycle
        for (int64_t p = p0; p < p1 && !failed; ++p) {
            const int64_t i0 = g.batch * p / count, i1 = g.batch * (p + 1) / count;
            Conv2DGeometry part = g;
            part.batch = i1 - i0;
            OnednnSoloScope solo;
            if (!onednnQuantizedConv2d(ctx, part, input + i0 * inImage, inputZero, filter, filterZero, sums + i0 * outImage)) {
                failed = true;
                return;
            }
            lo[size_t(p)].assign(size_t(g.outC), std::numeric_limits<int32_t>::max());
            hi[size_t(p)].assign(size_t(g.outC), std::numeric_limits<int32_t>::lowest());
            updateChannelExtremes(sums + i0 * outImage, part.batch * rowsPerImage, g.outC, lo[size_t(p)].data(), hi[size_t(p)].data());
        }
    });
    if (failed) return false;
    if (count > 1) partedRuns.fetch_add(1, std::memory_order_relaxed);
    parts->lo = lo[0];
    parts->hi = hi[0];
    parts->rowBounds = {0};
    for (int64_t p = 0; p < count; ++p) {
        for (int64_t c = 0; c < g.outC; ++c) {
            parts->lo[size_t(c)] = std::min(parts->lo[size_t(c)], lo[size_t(p)][size_t(c)]);
            parts->hi[size_t(c)] = std::max(parts->hi[size_t(c)], hi[size_t(p)][size_t(c)]);
        }
        parts->rowBounds.push_back(g.batch * (p + 1) / count * rowsPerImage);
    }
    return true;
}

}  // namespace

int64_t sumsInPartsRuns() { return partedRuns.load(std::memory_order_relaxed); }

namespace {

Status quantizedConv2D(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 6));
    TFS_RETURN_IF_ERROR(requireQuint8(ctx, 0, "input"));
    TFS_RETURN_IF_ERROR(requireQuint8(ctx, 1, "filter"));
    const Tensor& x = ctx.inputs[0];
    const Tensor& f = ctx.inputs[1];
    if (x.rank() != 4 || f.rank() != 4)
        return ctx.error(TFS_PHRASE("Errors", "%1 and %2 must be %3-D, got %4 and %5"), "input", "filter", 4,
                         x.describe(), f.describe());
    double minIn, maxIn, minF, maxF;
    TFS_RETURN_IF_ERROR(readRange(ctx, 2, &minIn, "min_input"));
    TFS_RETURN_IF_ERROR(readRange(ctx, 3, &maxIn, "max_input"));
    TFS_RETURN_IF_ERROR(readRange(ctx, 4, &minF, "min_filter"));
    TFS_RETURN_IF_ERROR(readRange(ctx, 5, &maxF, "max_filter"));
    bool nchw;
    std::string padding;
    std::vector<int64_t> pads;
    Conv2DGeometry g;
    TFS_RETURN_IF_ERROR(readWindowAttrs(ctx, &nchw, &g.strideH, &g.strideW, &g.dilH, &g.dilW, &padding, &pads));
    if (nchw) return ctx.error(TFS_PHRASE("Errors", "only %1 is supported"), "NHWC");
    TFS_RETURN_IF_ERROR(convGeometry(ctx, x, x, f, padding, pads, false, &g));
    float mn, mx;
    productRange(minIn, maxIn, minF, maxF, &mn, &mx);
    const int64_t zeroIn = floatToQuantizedUnclamped(0.0, minIn, maxIn, kQuint8), zeroF = floatToQuantizedUnclamped(0.0, minF, maxF, kQuint8);
    if (runFloatChain(ctx, g, {g.batch, g.outH, g.outW, g.outC}, x, zeroIn, f, zeroF, mn, mx)) return okStatus();
    Sums sums;
    TFS_RETURN_IF_ERROR(sumsBuffer(ctx, {g.batch, g.outH, g.outW, g.outC}, &sums));
    int32_t* o = sums.data;
    const bool smallZeros = std::abs(zeroIn) < 32768 && std::abs(zeroF) < 32768;
    SumsInParts parts;
    if (smallZeros && ctx.quantEpilogue && g.batch > 0 &&
        convolveInParts(ctx, g, x.data<uint8_t>(), int32_t(zeroIn), f, int32_t(zeroF), o, &parts))
        return finishSums(ctx, sums, mn, mx, &parts);
    if (smallZeros && onednnQuantizedConv2d(ctx, g, x.data<uint8_t>(), int32_t(zeroIn), f, int32_t(zeroF), o))
        return finishSums(ctx, sums, mn, mx);
    const std::vector<int16_t> in = centered(x, minIn, maxIn), filt = centered(f, minF, maxF);
    // Filter as [outC][K] so each output is one contiguous int16 dot product (vpmaddwd-friendly).
    const int64_t K = g.kH * g.kW * g.inC;
    std::vector<int16_t> filtT(static_cast<size_t>(K * g.outC));
    for (int64_t k = 0; k < K; ++k)
        for (int64_t oc = 0; oc < g.outC; ++oc) filtT[size_t(oc * K + k)] = filt[size_t(k * g.outC + oc)];
    const int64_t pixels = g.batch * g.outH * g.outW;
    ctx.parallelFor(pixels, K * g.outC * 2, [&](int64_t p0, int64_t p1) {
        std::vector<int16_t> col(static_cast<size_t>(K));
        for (int64_t p = p0; p < p1; ++p) {
            const int64_t b = p / (g.outH * g.outW), oy = (p / g.outW) % g.outH, ox = p % g.outW;
            // This pixel's window; padding is real zero, i.e. centered code 0.
            int16_t* c = col.data();
            for (int64_t ky = 0; ky < g.kH; ++ky) {
                const int64_t iy = oy * g.strideH - g.padTop + ky * g.dilH;
                for (int64_t kx = 0; kx < g.kW; ++kx, c += g.inC) {
                    const int64_t ix = ox * g.strideW - g.padLeft + kx * g.dilW;
                    if (iy < 0 || iy >= g.inH || ix < 0 || ix >= g.inW) std::fill(c, c + g.inC, int16_t(0));
                    else std::copy_n(in.data() + ((b * g.inH + iy) * g.inW + ix) * g.inC, g.inC, c);
                }
            }
            int32_t* acc = o + p * g.outC;
            for (int64_t oc = 0; oc < g.outC; ++oc) {
                const int16_t* fr = filtT.data() + oc * K;
                int32_t sum = 0;
                for (int64_t k = 0; k < K; ++k) sum += int32_t(col[size_t(k)]) * int32_t(fr[k]);
                acc[oc] = sum;
            }
        }
    });
    return finishSums(ctx, sums, mn, mx);
}

Status quantizedMatMul(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 6));
    TFS_RETURN_IF_ERROR(requireQuint8(ctx, 0, "a"));
    TFS_RETURN_IF_ERROR(requireQuint8(ctx, 1, "b"));
    const Tensor& a = ctx.inputs[0];
    const Tensor& b = ctx.inputs[1];
    if (a.rank() != 2 || b.rank() != 2)
        return ctx.error(TFS_PHRASE("Errors", "%1 and %2 must be %3-D, got %4 and %5"), "a", "b", 2, a.describe(),
                         b.describe());
    double minA, maxA, minB, maxB;
    TFS_RETURN_IF_ERROR(readRange(ctx, 2, &minA, "min_a"));
    TFS_RETURN_IF_ERROR(readRange(ctx, 3, &maxA, "max_a"));
    TFS_RETURN_IF_ERROR(readRange(ctx, 4, &minB, "min_b"));
    TFS_RETURN_IF_ERROR(readRange(ctx, 5, &maxB, "max_b"));
    const bool ta = attrBool(ctx.node, "transpose_a"), tb = attrBool(ctx.node, "transpose_b");
    const int64_t m = ta ? a.dim(1) : a.dim(0), k = ta ? a.dim(0) : a.dim(1);
    const int64_t kb = tb ? b.dim(1) : b.dim(0), n = tb ? b.dim(0) : b.dim(1);
    if (k != kb) return ctx.error(TFS_PHRASE("Errors", "inner dimensions differ: %1 x %2"), a.describe(), b.describe());
    float mn, mx;
    productRange(minA, maxA, minB, maxB, &mn, &mx);
    // Untransposed, [m, k] x [k, n] is a 1x1 convolution of m pixels with k channels: the fused chain
    // and oneDNN's int8 path take it as one.
    Conv2DGeometry g;
    g.batch = m;
    g.inH = g.inW = g.kH = g.kW = g.outH = g.outW = 1;
    g.inC = k;
    g.outC = n;
    const int64_t zeroA = floatToQuantizedUnclamped(0.0, minA, maxA, kQuint8), zeroB = floatToQuantizedUnclamped(0.0, minB, maxB, kQuint8);
    if (!ta && !tb && runFloatChain(ctx, g, {m, n}, a, zeroA, b, zeroB, mn, mx)) return okStatus();
    Sums sums;
    TFS_RETURN_IF_ERROR(sumsBuffer(ctx, {m, n}, &sums));
    int32_t* o = sums.data;
    const bool onednnShape = !ta && !tb && std::abs(zeroA) < 32768 && std::abs(zeroB) < 32768;
    SumsInParts parts;
    if (onednnShape && ctx.quantEpilogue && m > 0 &&
        convolveInParts(ctx, g, a.data<uint8_t>(), int32_t(zeroA), b, int32_t(zeroB), o, &parts))
        return finishSums(ctx, sums, mn, mx, &parts);
    if (onednnShape && onednnQuantizedConv2d(ctx, g, a.data<uint8_t>(), int32_t(zeroA), b, int32_t(zeroB), o))
        return finishSums(ctx, sums, mn, mx);
    std::vector<int16_t> ca = centered(a, minA, maxA), cb = centered(b, minB, maxB);
    // Lay b out as [k, n] so the inner loop runs along contiguous output columns.
    if (tb) {
        std::vector<int16_t> t(cb.size());
        for (int64_t j = 0; j < n; ++j)
            for (int64_t i = 0; i < k; ++i) t[size_t(i * n + j)] = cb[size_t(j * k + i)];
        cb.swap(t);
    }
    ctx.parallelFor(m, k * n * 2, [&](int64_t r0, int64_t r1) {
        for (int64_t r = r0; r < r1; ++r) {
            int32_t* acc = o + r * n;
            std::fill(acc, acc + n, 0);
            for (int64_t i = 0; i < k; ++i) {
                const int32_t av = ta ? ca[size_t(i * m + r)] : ca[size_t(r * k + i)];
                if (av == 0) continue;
                const int16_t* br = cb.data() + i * n;
                for (int64_t j = 0; j < n; ++j) acc[j] += av * int32_t(br[j]);
            }
        }
    });
    return finishSums(ctx, sums, mn, mx);
}

// Output rows [r0, r1) (batch x height) of quint8 max pooling over each window's in-bounds taps,
// 16 channels per SSE2 byte max (every x86-64). The CIFAR net's 2x2 pooling of 16x29x29x32 codes
// took 30 us, against 62 us in oneDNN 2.6's u8 pooling (jit_int, best of six runs each).
void maxPoolRows(const Conv2DGeometry& g, const uint8_t* in, uint8_t* out, int64_t r0, int64_t r1) {
    const int64_t channels = g.inC;
    for (int64_t r = r0; r < r1; ++r) {
        const int64_t b = r / g.outH, oy = r % g.outH;
        const int64_t y0 = std::max<int64_t>(0, oy * g.strideH - g.padTop), y1 = std::min(g.inH, oy * g.strideH - g.padTop + g.kH);
        for (int64_t ox = 0; ox < g.outW; ++ox) {
            const int64_t x0 = std::max<int64_t>(0, ox * g.strideW - g.padLeft), x1 = std::min(g.inW, ox * g.strideW - g.padLeft + g.kW);
            uint8_t* dst = out + (r * g.outW + ox) * channels;
            int64_t c = 0;
            for (; c + 16 <= channels; c += 16) {
                __m128i acc = _mm_setzero_si128();
                for (int64_t iy = y0; iy < y1; ++iy)
                    for (int64_t ix = x0; ix < x1; ++ix)
                        acc = _mm_max_epu8(acc, _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + ((b * g.inH + iy) * g.inW + ix) * channels + c)));
                _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + c), acc);
            }
            for (; c < channels; ++c) {
                uint8_t acc = 0;
                for (int64_t iy = y0; iy < y1; ++iy)
                    for (int64_t ix = x0; ix < x1; ++ix) acc = std::max(acc, in[((b * g.inH + iy) * g.inW + ix) * channels + c]);
                dst[c] = acc;
            }
        }
    }
}

// Pools the codes themselves: max is order-preserving, average is rounded (TF's QuantizedAvgPool).
template <bool isMax>
Status quantizedPool(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 3));
    TFS_RETURN_IF_ERROR(requireQuint8(ctx, 0, "input"));
    const Tensor& x = ctx.inputs[0];
    if (x.rank() != 4) return ctx.error(TFS_PHRASE("Errors", "%1 must be %2-D, got %3"), "input", 4, x.describe());
    double mn, mx;
    TFS_RETURN_IF_ERROR(readRange(ctx, 1, &mn, "min_input"));
    TFS_RETURN_IF_ERROR(readRange(ctx, 2, &mx, "max_input"));
    auto ksize = attrInts(ctx.node, "ksize"), strides = attrInts(ctx.node, "strides");
    if (ksize.size() != 4 || strides.size() != 4)
        return ctx.error(TFS_PHRASE("Errors", "ksize and strides must have 4 entries"));
    if (ksize[0] != 1 || ksize[3] != 1 || strides[0] != 1 || strides[3] != 1)
        return ctx.error(TFS_PHRASE("Errors", "pooling over the batch or depth dimension is not supported"));
    Conv2DGeometry g;
    g.batch = x.dim(0);
    g.inH = x.dim(1);
    g.inW = x.dim(2);
    g.inC = x.dim(3);
    g.kH = ksize[1];
    g.kW = ksize[2];
    g.strideH = strides[1];
    g.strideW = strides[2];
    std::string padding = attrString(ctx.node, "padding", "VALID");
    TFS_RETURN_IF_ERROR(windowOutput(ctx, g.inH, g.kH, g.strideH, 1, padding, 0, 0, &g.outH, &g.padTop));
    TFS_RETURN_IF_ERROR(windowOutput(ctx, g.inW, g.kW, g.strideW, 1, padding, 0, 0, &g.outW, &g.padLeft));
    if (isMax) {
        // Max is order-preserving: pool the codes directly over each window's in-bounds taps.
        Tensor* out;
        TFS_RETURN_IF_ERROR(allocOutputUninitialized(ctx, 0, tensorflow::DT_QUINT8, {g.batch, g.outH, g.outW, g.inC}, &out));
        const uint8_t* in = x.data<uint8_t>();
        uint8_t* o = out->data<uint8_t>();
        ctx.parallelFor(g.batch * g.outH, g.outW * g.inC * g.kH * g.kW, [&](int64_t r0, int64_t r1) { maxPoolRows(g, in, o, r0, r1); });
        return setRangeOutputs(ctx, float(mn), float(mx));
    }
    Tensor codes(tensorflow::DT_FLOAT, x.dims());
    for (int64_t i = 0; i < x.numElements(); ++i) codes.data<float>()[i] = float(x.data<uint8_t>()[i]);
    Tensor pooled(tensorflow::DT_FLOAT, {g.batch, g.outH, g.outW, g.inC});
    poolNhwc(ctx, g, isMax, codes.data<float>(), pooled.data<float>());
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_QUINT8, pooled.dims(), &out));
    for (int64_t i = 0; i < pooled.numElements(); ++i)
        out->data<uint8_t>()[i] = uint8_t(std::clamp(std::round(pooled.data<float>()[i]), 0.f, 255.f));
    return setRangeOutputs(ctx, float(mn), float(mx));
}

}  // namespace

std::vector<KernelEntry> quantizedNnKernels() {
    return {
        {"QuantizedConv2D", &quantizedConv2D},
        {"QuantizedMatMul", &quantizedMatMul},
        {"QuantizedMaxPool", &quantizedPool<true>},
        {"QuantizedAvgPool", &quantizedPool<false>},
    };
}

}  // namespace tfs::exec::kernels
