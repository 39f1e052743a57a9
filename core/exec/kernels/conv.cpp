// Conv2D (im2col + Eigen GEMM in cache-sized tiles, 1x1 without im2col), DepthwiseConv2dNative
// (direct NHWC, vectorised over channels), Conv2DBackpropInput and Conv3D. Conv2D and depthwise
// apply the plan's fused epilogue (BiasAdd / batch norm / Relu) per tile.

#include "core/exec/kernels/conv.h"

#include <algorithm>
#include <cstring>

#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"
#include "core/exec/kernels/matmul.h"
#include "core/exec/kernels/onednn.h"

namespace tfs::exec::kernels {

Status windowOutput(const KernelContext& ctx, int64_t in, int64_t k, int64_t stride, int64_t dilation,
                    const std::string& padding, int64_t explicitBefore, int64_t explicitAfter, int64_t* out, int64_t* padBefore) {
    if (stride < 1 || dilation < 1) return ctx.error(TFS_PHRASE("Errors", "strides and dilations must be >= 1"));
    if (k < 1) return ctx.error(TFS_PHRASE("Errors", "window size must be >= 1, got %1"), k);
    int64_t eff = (k - 1) * dilation + 1;
    if (padding == "VALID") {
        if (in < eff)
            return ctx.error(TFS_PHRASE("Errors", "VALID window of effective size %1 does not fit input size %2"), eff,
                             in);
        *out = (in - eff) / stride + 1;
        *padBefore = 0;
    } else if (padding == "SAME") {
        *out = (in + stride - 1) / stride;
        int64_t total = std::max<int64_t>((*out - 1) * stride + eff - in, 0);
        *padBefore = total / 2;
    } else if (padding == "EXPLICIT") {
        if (explicitBefore < 0 || explicitAfter < 0)
            return ctx.error(TFS_PHRASE("Errors", "explicit paddings must be >= 0"));
        int64_t padded = in + explicitBefore + explicitAfter;
        if (padded < eff) return ctx.error(TFS_PHRASE("Errors", "window does not fit the explicitly padded input"));
        *out = (padded - eff) / stride + 1;
        *padBefore = explicitBefore;
    } else {
        return ctx.error(TFS_PHRASE("Errors", "padding must be SAME, VALID or EXPLICIT, got '%1'"), padding);
    }
    return okStatus();
}

Status readWindowAttrs(const KernelContext& ctx, bool* nchw, int64_t* strideH, int64_t* strideW, int64_t* dilH,
                       int64_t* dilW, std::string* padding, std::vector<int64_t>* explicitPads) {
    std::string format = attrString(ctx.node, "data_format", "NHWC");
    if (format != "NHWC" && format != "NCHW")
        return ctx.error(TFS_PHRASE("Errors", "data_format must be NHWC or NCHW, got '%1'"), format);
    *nchw = format == "NCHW";
    int h = *nchw ? 2 : 1, w = *nchw ? 3 : 2;
    auto strides = attrInts(ctx.node, "strides");
    if (strides.empty()) strides = {1, 1, 1, 1};
    if (strides.size() != 4) return ctx.error(TFS_PHRASE("Errors", "%1 must have %2 entries"), "strides", 4);
    auto dil = attrInts(ctx.node, "dilations");
    if (dil.empty()) dil = {1, 1, 1, 1};
    if (dil.size() != 4) return ctx.error(TFS_PHRASE("Errors", "%1 must have %2 entries"), "dilations", 4);
    if (strides[0] != 1 || strides[size_t(*nchw ? 1 : 3)] != 1)
        return ctx.error(TFS_PHRASE("Errors", "strides in the batch and depth dimensions must be 1"));
    *strideH = strides[size_t(h)];
    *strideW = strides[size_t(w)];
    *dilH = dil[size_t(h)];
    *dilW = dil[size_t(w)];
    *padding = attrString(ctx.node, "padding", "VALID");
    explicitPads->assign(4, 0);
    if (*padding == "EXPLICIT") {
        auto pads = attrInts(ctx.node, "explicit_paddings");
        if (pads.size() != 8) return ctx.error(TFS_PHRASE("Errors", "%1 must have %2 entries"), "explicit_paddings", 8);
        *explicitPads = {pads[size_t(2 * h)], pads[size_t(2 * h + 1)], pads[size_t(2 * w)], pads[size_t(2 * w + 1)]};
    }
    return okStatus();
}

namespace {

// Fills rows [p0, p1) of the im2col matrix (row = output pixel, cols = kH*kW*inC).
void im2col(const Conv2DGeometry& g, const float* input, int64_t p0, int64_t p1, float* col) {
    const int64_t kcols = g.kH * g.kW * g.inC;
    for (int64_t p = p0; p < p1; ++p) {
        int64_t ow = p % g.outW, oh = (p / g.outW) % g.outH, n = p / (g.outW * g.outH);
        float* row = col + (p - p0) * kcols;
        const float* img = input + n * g.inH * g.inW * g.inC;
        for (int64_t kh = 0; kh < g.kH; ++kh) {
            int64_t ih = oh * g.strideH - g.padTop + kh * g.dilH;
            for (int64_t kw = 0; kw < g.kW; ++kw) {
                int64_t iw = ow * g.strideW - g.padLeft + kw * g.dilW;
                float* dst = row + (kh * g.kW + kw) * g.inC;
                if (ih < 0 || ih >= g.inH || iw < 0 || iw >= g.inW) std::memset(dst, 0, size_t(g.inC) * sizeof(float));
                else std::memcpy(dst, img + (ih * g.inW + iw) * g.inC, size_t(g.inC) * sizeof(float));
            }
        }
    }
}

}  // namespace

void conv2dNhwc(const KernelContext& ctx, const Conv2DGeometry& g, const float* input, const float* filter, float* output,
                const Epilogue* epilogue) {
    const int64_t pixels = g.batch * g.outH * g.outW;
    const int64_t kcols = g.kH * g.kW * g.inC;
    if (pixels == 0 || g.outC == 0) return;
    const bool pointwise = g.kH == 1 && g.kW == 1 && g.strideH == 1 && g.strideW == 1 && g.padTop == 0 && g.padLeft == 0 &&
                           g.outH == g.inH && g.outW == g.inW;
    if (pointwise && threadCount(ctx) > 1 && pixels < 64 * threadCount(ctx)) {
        // Few pixels (late layers): let the GEMM split output channels across threads.
        gemm<float>(ctx, input, false, filter, false, output, pixels, g.outC, g.inC);
        if (epilogue) epilogue->apply(output, pixels, g.outC, g.outC);
        return;
    }
    // Tiles of output pixels: the im2col buffer stays ~512 KiB and each tile's output is
    // still in cache when the epilogue runs; >= 256 rows so the filter is packed rarely.
    const int64_t rowsPerTile = pointwise ? std::max<int64_t>(256, (int64_t(1) << 16) / g.outC)
                                          : std::max<int64_t>(32, (int64_t(1) << 17) / std::max<int64_t>(kcols, 1));
    parallelBlocks(ctx, pixels, 32, kcols * g.outC * 2, [&](int64_t begin, int64_t end) {
        std::vector<float> col(pointwise ? 0 : static_cast<size_t>(std::min(rowsPerTile, end - begin) * kcols));
        for (int64_t p0 = begin; p0 < end; p0 += rowsPerTile) {
            int64_t p1 = std::min(end, p0 + rowsPerTile);
            const float* a = input + p0 * g.inC;
            if (!pointwise) {
                im2col(g, input, p0, p1, col.data());
                a = col.data();
            }
            gemmSerial<float>(a, false, filter, false, output + p0 * g.outC, p1 - p0, g.outC, kcols, false);
            if (epilogue) epilogue->apply(output + p0 * g.outC, p1 - p0, g.outC, g.outC);
        }
    });
}

void conv2dReference(const Conv2DGeometry& g, const float* input, const float* filter, float* output) {
    for (int64_t n = 0; n < g.batch; ++n)
        for (int64_t oh = 0; oh < g.outH; ++oh)
            for (int64_t ow = 0; ow < g.outW; ++ow)
                for (int64_t oc = 0; oc < g.outC; ++oc) {
                    double acc = 0;
                    for (int64_t kh = 0; kh < g.kH; ++kh)
                        for (int64_t kw = 0; kw < g.kW; ++kw) {
                            int64_t ih = oh * g.strideH - g.padTop + kh * g.dilH;
                            int64_t iw = ow * g.strideW - g.padLeft + kw * g.dilW;
                            if (ih < 0 || ih >= g.inH || iw < 0 || iw >= g.inW) continue;
                            for (int64_t ic = 0; ic < g.inC; ++ic)
                                acc += double(input[((n * g.inH + ih) * g.inW + iw) * g.inC + ic]) *
                                       double(filter[((kh * g.kW + kw) * g.inC + ic) * g.outC + oc]);
                        }
                    output[((n * g.outH + oh) * g.outW + ow) * g.outC + oc] = float(acc);
                }
}

namespace {

// 16 floats, one AVX-512 register (two AVX2 / four SSE registers on other targets). These
// helpers are internal and inlined, so the ABI note GCC gives for portable builds does not apply.
#pragma GCC diagnostic ignored "-Wpsabi"
typedef float V16 __attribute__((vector_size(64)));

inline V16 load16(const float* p) {
    V16 v;
    std::memcpy(&v, p, sizeof(v));
    return v;
}
inline void store16(float* p, V16 v) { std::memcpy(p, &v, sizeof(v)); }

// One output pixel of a multiplier-1 depthwise conv: channels in register blocks of 64,
// summed over the in-bounds taps (input and filter pointers).
void depthwisePixel(const float* const* in, const float* const* f, int taps, int64_t C, float* dst) {
    int64_t c = 0;
    for (; c + 64 <= C; c += 64) {
        V16 a0 = {}, a1 = {}, a2 = {}, a3 = {};
        for (int t = 0; t < taps; ++t) {
            const float* x = in[t] + c;
            const float* w = f[t] + c;
            a0 += load16(x) * load16(w);
            a1 += load16(x + 16) * load16(w + 16);
            a2 += load16(x + 32) * load16(w + 32);
            a3 += load16(x + 48) * load16(w + 48);
        }
        store16(dst + c, a0);
        store16(dst + c + 16, a1);
        store16(dst + c + 32, a2);
        store16(dst + c + 48, a3);
    }
    for (; c + 16 <= C; c += 16) {
        V16 a = {};
        for (int t = 0; t < taps; ++t) a += load16(in[t] + c) * load16(f[t] + c);
        store16(dst + c, a);
    }
    for (; c < C; ++c) {
        float a = 0;
        for (int t = 0; t < taps; ++t) a += in[t][c] * f[t][c];
        dst[c] = a;
    }
}

}  // namespace

void depthwiseNhwc(const KernelContext& ctx, const Conv2DGeometry& g, const float* input, const float* filter, float* output,
                   const Epilogue* epilogue) {
    const int64_t mult = g.outC, channels = g.inC * mult;
    const int64_t maxTaps = g.kH * g.kW;
    parallelBlocks(ctx, g.batch * g.outH, 1, g.outW * g.kH * g.kW * channels, [&](int64_t begin, int64_t end) {
        std::vector<const float*> inTaps(static_cast<size_t>(maxTaps)), fTaps(static_cast<size_t>(maxTaps));
        for (int64_t row = begin; row < end; ++row) {
            int64_t n = row / g.outH, oh = row % g.outH;
            float* outRow = output + (n * g.outH + oh) * g.outW * channels;
            for (int64_t ow = 0; ow < g.outW; ++ow) {
                float* acc = outRow + ow * channels;
                if (mult == 1) {
                    int taps = 0;
                    for (int64_t kh = 0; kh < g.kH; ++kh) {
                        int64_t ih = oh * g.strideH - g.padTop + kh * g.dilH;
                        if (ih < 0 || ih >= g.inH) continue;
                        for (int64_t kw = 0; kw < g.kW; ++kw) {
                            int64_t iw = ow * g.strideW - g.padLeft + kw * g.dilW;
                            if (iw < 0 || iw >= g.inW) continue;
                            inTaps[size_t(taps)] = input + ((n * g.inH + ih) * g.inW + iw) * g.inC;
                            fTaps[size_t(taps)] = filter + (kh * g.kW + kw) * channels;
                            ++taps;
                        }
                    }
                    depthwisePixel(inTaps.data(), fTaps.data(), taps, channels, acc);
                    continue;
                }
                std::fill(acc, acc + channels, 0.f);
                for (int64_t kh = 0; kh < g.kH; ++kh) {
                    int64_t ih = oh * g.strideH - g.padTop + kh * g.dilH;
                    if (ih < 0 || ih >= g.inH) continue;
                    for (int64_t kw = 0; kw < g.kW; ++kw) {
                        int64_t iw = ow * g.strideW - g.padLeft + kw * g.dilW;
                        if (iw < 0 || iw >= g.inW) continue;
                        const float* in = input + ((n * g.inH + ih) * g.inW + iw) * g.inC;
                        const float* f = filter + (kh * g.kW + kw) * channels;
                        for (int64_t c = 0; c < g.inC; ++c)
                            for (int64_t m = 0; m < mult; ++m) acc[c * mult + m] += in[c] * f[c * mult + m];
                    }
                }
            }
            if (epilogue) epilogue->apply(outRow, g.outW, channels, channels);
        }
    });
}

void depthwiseReference(const Conv2DGeometry& g, const float* input, const float* filter, float* output) {
    const int64_t mult = g.outC;
    for (int64_t n = 0; n < g.batch; ++n)
        for (int64_t oh = 0; oh < g.outH; ++oh)
            for (int64_t ow = 0; ow < g.outW; ++ow)
                for (int64_t c = 0; c < g.inC; ++c)
                    for (int64_t m = 0; m < mult; ++m) {
                        double acc = 0;
                        for (int64_t kh = 0; kh < g.kH; ++kh)
                            for (int64_t kw = 0; kw < g.kW; ++kw) {
                                int64_t ih = oh * g.strideH - g.padTop + kh * g.dilH;
                                int64_t iw = ow * g.strideW - g.padLeft + kw * g.dilW;
                                if (ih < 0 || ih >= g.inH || iw < 0 || iw >= g.inW) continue;
                                acc += double(input[((n * g.inH + ih) * g.inW + iw) * g.inC + c]) *
                                       double(filter[((kh * g.kW + kw) * g.inC + c) * mult + m]);
                            }
                        output[((n * g.outH + oh) * g.outW + ow) * g.inC * mult + c * mult + m] = float(acc);
                    }
}

Status convGeometry(const KernelContext& ctx, const Tensor& nhwc, const Tensor& original, const Tensor& filter,
                    const std::string& padding, const std::vector<int64_t>& pads, bool groupedHint, Conv2DGeometry* g) {
    g->batch = nhwc.dim(0);
    g->inH = nhwc.dim(1);
    g->inW = nhwc.dim(2);
    g->inC = nhwc.dim(3);
    g->kH = filter.dim(0);
    g->kW = filter.dim(1);
    g->outC = filter.dim(3);
    if (filter.dim(2) != g->inC)
        return groupedHint ? ctx.error(TFS_PHRASE("Errors",
                                                  "filter %1 expects %2 input channels but input %3 has %4 "
                                                  "(grouped convolution is not supported)"),
                                       filter.describe(), filter.dim(2), original.describe(), g->inC)
                           : ctx.error(TFS_PHRASE("Errors", "filter %1 expects %2 input channels but input %3 has %4"),
                                       filter.describe(), filter.dim(2), original.describe(), g->inC);
    TFS_RETURN_IF_ERROR(windowOutput(ctx, g->inH, g->kH, g->strideH, g->dilH, padding, pads[0], pads[1], &g->outH, &g->padTop));
    return windowOutput(ctx, g->inW, g->kW, g->strideW, g->dilW, padding, pads[2], pads[3], &g->outW, &g->padLeft);
}

namespace {

// Shared driver: validates, handles NCHW by transposing, runs `compute` on NHWC data.
template <bool depthwise>
Status convImpl(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    const Tensor& x = ctx.inputs[0];
    const Tensor& f = ctx.inputs[1];
    if (x.dtype() != tensorflow::DT_FLOAT || f.dtype() != tensorflow::DT_FLOAT)
        return ctx.error(TFS_PHRASE("Errors", "only float32 (and float16 via float32) is supported, got %1 and %2"),
                         x.describe(), f.describe());
    if (x.rank() != 4) return ctx.error(TFS_PHRASE("Errors", "%1 must be %2-D, got %3"), "input", 4, x.describe());
    if (f.rank() != 4) return ctx.error(TFS_PHRASE("Errors", "filter must be 4-D [h,w,in,out], got %1"), f.describe());
    bool nchw;
    Conv2DGeometry g;
    std::string padding;
    std::vector<int64_t> pads;
    TFS_RETURN_IF_ERROR(readWindowAttrs(ctx, &nchw, &g.strideH, &g.strideW, &g.dilH, &g.dilW, &padding, &pads));
    Tensor nhwc = x;
    if (nchw) TFS_RETURN_IF_ERROR(transposeTensor(ctx, x, {0, 2, 3, 1}, &nhwc));
    TFS_RETURN_IF_ERROR(convGeometry(ctx, nhwc, x, f, padding, pads, !depthwise, &g));
    int64_t outChannels = depthwise ? g.inC * g.outC : g.outC;
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutputUninitialized(ctx, 0, tensorflow::DT_FLOAT, {g.batch, g.outH, g.outW, outChannels}, &out));
    // The plan's fused BiasAdd/batch norm/Relu chain runs on each tile while it is in cache.
    const Epilogue* epilogue = !nchw && ctx.epilogue && ctx.epilogue->fits(outChannels) ? ctx.epilogue : nullptr;
    if (!onednnConv2d(ctx, g, depthwise, nhwc.data<float>(), f, out->data<float>(), epilogue)) {
        if (depthwise) depthwiseNhwc(ctx, g, nhwc.data<float>(), f.data<float>(), out->data<float>(), epilogue);
        else conv2dNhwc(ctx, g, nhwc.data<float>(), f.data<float>(), out->data<float>(), epilogue);
        ctx.epilogueApplied = epilogue != nullptr;
    }
    if (nchw) {
        Tensor back;
        TFS_RETURN_IF_ERROR(transposeTensor(ctx, *out, {0, 3, 1, 2}, &back));
        ctx.outputs[0] = std::move(back);
    }
    return okStatus();
}

Status conv2d(KernelContext& ctx) { return runWithHalfAsFloat(ctx, &convImpl<false>); }
Status depthwise(KernelContext& ctx) { return runWithHalfAsFloat(ctx, &convImpl<true>); }

// dx = col2im(dy * filter^T), per image in parallel.
Status conv2dBackpropInputImpl(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 3));
    std::vector<int64_t> sizes;
    TFS_RETURN_IF_ERROR(readInts(ctx, 0, &sizes, "input_sizes"));
    const Tensor& f = ctx.inputs[1];
    const Tensor& dy = ctx.inputs[2];
    if (sizes.size() != 4) return ctx.error(TFS_PHRASE("Errors", "%1 must have %2 entries"), "input_sizes", 4);
    if (f.dtype() != tensorflow::DT_FLOAT || dy.dtype() != tensorflow::DT_FLOAT)
        return ctx.error(TFS_PHRASE("Errors", "only %1 is supported"), "float32");
    if (f.rank() != 4 || dy.rank() != 4)
        return ctx.error(TFS_PHRASE("Errors", "%1 and %2 must be %3-D, got %4 and %5"), "filter", "out_backprop", 4,
                         f.describe(), dy.describe());
    bool nchw;
    Conv2DGeometry g;
    std::string padding;
    std::vector<int64_t> pads;
    TFS_RETURN_IF_ERROR(readWindowAttrs(ctx, &nchw, &g.strideH, &g.strideW, &g.dilH, &g.dilW, &padding, &pads));
    Dims inDims = nchw ? Dims{sizes[0], sizes[2], sizes[3], sizes[1]} : Dims{sizes[0], sizes[1], sizes[2], sizes[3]};
    Tensor dyN = dy;
    if (nchw) TFS_RETURN_IF_ERROR(transposeTensor(ctx, dy, {0, 2, 3, 1}, &dyN));
    g.batch = inDims[0];
    g.inH = inDims[1];
    g.inW = inDims[2];
    g.inC = inDims[3];
    g.kH = f.dim(0);
    g.kW = f.dim(1);
    g.outC = f.dim(3);
    if (f.dim(2) != g.inC)
        return ctx.error(TFS_PHRASE("Errors", "filter %1 does not match input_sizes channels %2"), f.describe(), g.inC);
    TFS_RETURN_IF_ERROR(windowOutput(ctx, g.inH, g.kH, g.strideH, g.dilH, padding, pads[0], pads[1], &g.outH, &g.padTop));
    TFS_RETURN_IF_ERROR(windowOutput(ctx, g.inW, g.kW, g.strideW, g.dilW, padding, pads[2], pads[3], &g.outW, &g.padLeft));
    if (dyN.dims() != Dims{g.batch, g.outH, g.outW, g.outC})
        return ctx.error(TFS_PHRASE("Errors", "out_backprop %1 does not match the forward output shape %2"),
                         dy.describe(), dimsToString({g.batch, g.outH, g.outW, g.outC}));
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_FLOAT, inDims, &out));
    const int64_t kcols = g.kH * g.kW * g.inC, perImage = g.outH * g.outW;
    const float* pdy = dyN.data<float>();
    const float* pf = f.data<float>();
    float* pdx = out->data<float>();
    // Tiles of output pixels keep the column buffer small (<= 1 MiB unless one row is larger).
    const int64_t rowsPerTile = std::max<int64_t>(1, std::min(perImage, (int64_t(1) << 18) / std::max<int64_t>(kcols, 1)));
    ctx.parallelFor(g.batch, perImage * kcols * g.outC * 2, [&](int64_t b0, int64_t b1) {
        std::vector<float> col(static_cast<size_t>(rowsPerTile * kcols));
        for (int64_t n = b0; n < b1; ++n)
          for (int64_t p0 = 0; p0 < perImage; p0 += rowsPerTile) {
            const int64_t p1 = std::min(perImage, p0 + rowsPerTile);
            gemmSerial<float>(pdy + (n * perImage + p0) * g.outC, false, pf, true, col.data(), p1 - p0, kcols, g.outC, false);
            float* img = pdx + n * g.inH * g.inW * g.inC;
            for (int64_t p = p0; p < p1; ++p) {
                int64_t oh = p / g.outW, ow = p % g.outW;
                for (int64_t kh = 0; kh < g.kH; ++kh) {
                    int64_t ih = oh * g.strideH - g.padTop + kh * g.dilH;
                    if (ih < 0 || ih >= g.inH) continue;
                    for (int64_t kw = 0; kw < g.kW; ++kw) {
                        int64_t iw = ow * g.strideW - g.padLeft + kw * g.dilW;
                        if (iw < 0 || iw >= g.inW) continue;
                        const float* src = col.data() + (p - p0) * kcols + (kh * g.kW + kw) * g.inC;
                        float* dst = img + (ih * g.inW + iw) * g.inC;
                        for (int64_t c = 0; c < g.inC; ++c) dst[c] += src[c];
                    }
                }
            }
        }
    });
    if (nchw) {
        Tensor back;
        TFS_RETURN_IF_ERROR(transposeTensor(ctx, *out, {0, 3, 1, 2}, &back));
        ctx.outputs[0] = std::move(back);
    }
    return okStatus();
}

Status conv2dBackpropInput(KernelContext& ctx) { return runWithHalfAsFloat(ctx, &conv2dBackpropInputImpl); }

// Conv3D, NDHWC, direct loops with the output channels innermost.
Status conv3dImpl(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    const Tensor& x = ctx.inputs[0];
    const Tensor& f = ctx.inputs[1];
    if (x.dtype() != tensorflow::DT_FLOAT || f.dtype() != tensorflow::DT_FLOAT)
        return ctx.error(TFS_PHRASE("Errors", "only %1 is supported"), "float32");
    if (x.rank() != 5 || f.rank() != 5)
        return ctx.error(TFS_PHRASE("Errors", "%1 and %2 must be %3-D, got %4 and %5"), "input", "filter", 5,
                         x.describe(), f.describe());
    if (attrString(ctx.node, "data_format", "NDHWC") != "NDHWC")
        return ctx.error(TFS_PHRASE("Errors", "only %1 %2 is supported"), "data_format", "NDHWC");
    auto strides = attrInts(ctx.node, "strides");
    auto dil = attrInts(ctx.node, "dilations");
    if (strides.size() != 5) return ctx.error(TFS_PHRASE("Errors", "%1 must have %2 entries"), "strides", 5);
    if (dil.empty()) dil = {1, 1, 1, 1, 1};
    if (dil.size() != 5) return ctx.error(TFS_PHRASE("Errors", "%1 must have %2 entries"), "dilations", 5);
    std::string padding = attrString(ctx.node, "padding", "VALID");
    const int64_t C = x.dim(4), O = f.dim(4);
    if (f.dim(3) != C)
        return ctx.error(TFS_PHRASE("Errors", "filter %1 does not match input channels of %2"), f.describe(),
                         x.describe());
    int64_t out[3], pad[3];
    for (int i = 0; i < 3; ++i)
        TFS_RETURN_IF_ERROR(windowOutput(ctx, x.dim(i + 1), f.dim(i), strides[size_t(i + 1)], dil[size_t(i + 1)], padding, 0, 0, &out[i], &pad[i]));
    Tensor* y;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_FLOAT, {x.dim(0), out[0], out[1], out[2], O}, &y));
    const float* px = x.data<float>();
    const float* pf = f.data<float>();
    float* py = y->data<float>();
    const int64_t D = x.dim(1), H = x.dim(2), W = x.dim(3);
    ctx.parallelFor(x.dim(0) * out[0], out[1] * out[2] * f.numElements(), [&](int64_t r0, int64_t r1) {
        for (int64_t r = r0; r < r1; ++r) {
            int64_t n = r / out[0], od = r % out[0];
            for (int64_t oh = 0; oh < out[1]; ++oh)
                for (int64_t ow = 0; ow < out[2]; ++ow) {
                    float* acc = py + (((n * out[0] + od) * out[1] + oh) * out[2] + ow) * O;
                    for (int64_t kd = 0; kd < f.dim(0); ++kd) {
                        int64_t id = od * strides[1] - pad[0] + kd * dil[1];
                        if (id < 0 || id >= D) continue;
                        for (int64_t kh = 0; kh < f.dim(1); ++kh) {
                            int64_t ih = oh * strides[2] - pad[1] + kh * dil[2];
                            if (ih < 0 || ih >= H) continue;
                            for (int64_t kw = 0; kw < f.dim(2); ++kw) {
                                int64_t iw = ow * strides[3] - pad[2] + kw * dil[3];
                                if (iw < 0 || iw >= W) continue;
                                const float* in = px + (((n * D + id) * H + ih) * W + iw) * C;
                                const float* fk = pf + ((kd * f.dim(1) + kh) * f.dim(2) + kw) * C * O;
                                for (int64_t c = 0; c < C; ++c)
                                    for (int64_t o = 0; o < O; ++o) acc[o] += in[c] * fk[c * O + o];
                            }
                        }
                    }
                }
        }
    });
    return okStatus();
}

Status conv3d(KernelContext& ctx) { return runWithHalfAsFloat(ctx, &conv3dImpl); }

}  // namespace

std::vector<KernelEntry> convKernels() {
    return {
        {"Conv2D", &conv2d},
        {"DepthwiseConv2dNative", &depthwise},
        {"Conv2DBackpropInput", &conv2dBackpropInput},
        {"Conv3D", &conv3d},
    };
}

}  // namespace tfs::exec::kernels
