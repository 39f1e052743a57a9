// MaxPool, AvgPool (and MaxPoolV2 with ksize/strides as inputs), NHWC and NCHW.

#include <algorithm>
#include <limits>

#include "core/exec/kernels/conv.h"
#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"

namespace tfs::exec::kernels {

/// Plain pooling over NHWC float data (shared with tests as the reference for itself is trivial).
void poolNhwc(const KernelContext& ctx, const Conv2DGeometry& g, bool isMax, const float* input, float* output) {
    const int64_t C = g.inC;
    ctx.parallelFor(g.batch * g.outH, g.outW * g.kH * g.kW * C, [&](int64_t r0, int64_t r1) {
        std::vector<float> acc(static_cast<size_t>(C));
        for (int64_t r = r0; r < r1; ++r) {
            int64_t n = r / g.outH, oh = r % g.outH;
            int64_t h0 = oh * g.strideH - g.padTop;
            int64_t hs = std::max<int64_t>(h0, 0), he = std::min(h0 + g.kH, g.inH);
            for (int64_t ow = 0; ow < g.outW; ++ow) {
                int64_t w0 = ow * g.strideW - g.padLeft;
                int64_t ws = std::max<int64_t>(w0, 0), we = std::min(w0 + g.kW, g.inW);
                std::fill(acc.begin(), acc.end(), isMax ? -std::numeric_limits<float>::infinity() : 0.f);
                for (int64_t ih = hs; ih < he; ++ih)
                    for (int64_t iw = ws; iw < we; ++iw) {
                        const float* in = input + ((n * g.inH + ih) * g.inW + iw) * C;
                        if (isMax)
                            for (int64_t c = 0; c < C; ++c) acc[size_t(c)] = std::max(acc[size_t(c)], in[c]);
                        else
                            for (int64_t c = 0; c < C; ++c) acc[size_t(c)] += in[c];
                    }
                float* out = output + ((n * g.outH + oh) * g.outW + ow) * C;
                int64_t count = std::max<int64_t>((he - hs) * (we - ws), 1);
                if (isMax) std::copy(acc.begin(), acc.end(), out);
                else
                    for (int64_t c = 0; c < C; ++c) out[c] = acc[size_t(c)] / float(count);
            }
        }
    });
}

namespace {

template <bool isMax>
Status poolImpl(KernelContext& ctx) {
    bool v2 = ctx.node.op() == "MaxPoolV2";
    TFS_RETURN_IF_ERROR(requireInputs(ctx, v2 ? 3 : 1));
    const Tensor& x = ctx.inputs[0];
    if (x.dtype() != tensorflow::DT_FLOAT)
        return ctx.error(TFS_PHRASE("Errors", "only float32 (and float16 via float32) is supported, got %1"),
                         x.describe());
    if (x.rank() != 4) return ctx.error(TFS_PHRASE("Errors", "%1 must be %2-D, got %3"), "input", 4, x.describe());
    std::vector<int64_t> ksize, strides;
    if (v2) {
        TFS_RETURN_IF_ERROR(readInts(ctx, 1, &ksize, "ksize"));
        TFS_RETURN_IF_ERROR(readInts(ctx, 2, &strides, "strides"));
    } else {
        ksize = attrInts(ctx.node, "ksize");
        strides = attrInts(ctx.node, "strides");
    }
    if (ksize.size() != 4 || strides.size() != 4)
        return ctx.error(TFS_PHRASE("Errors", "ksize and strides must have 4 entries"));
    std::string format = attrString(ctx.node, "data_format", "NHWC");
    if (format != "NHWC" && format != "NCHW")
        return ctx.error(TFS_PHRASE("Errors", "data_format must be NHWC or NCHW, got '%1'"), format);
    bool nchw = format == "NCHW";
    int h = nchw ? 2 : 1, w = nchw ? 3 : 2, c = nchw ? 1 : 3;
    if (ksize[0] != 1 || ksize[size_t(c)] != 1 || strides[0] != 1 || strides[size_t(c)] != 1)
        return ctx.error(TFS_PHRASE("Errors", "pooling over the batch or depth dimension is not supported"));
    Tensor nhwc = x;
    if (nchw) TFS_RETURN_IF_ERROR(transposeTensor(ctx, x, {0, 2, 3, 1}, &nhwc));
    Conv2DGeometry g;
    g.batch = nhwc.dim(0);
    g.inH = nhwc.dim(1);
    g.inW = nhwc.dim(2);
    g.inC = nhwc.dim(3);
    g.kH = ksize[size_t(h)];
    g.kW = ksize[size_t(w)];
    g.strideH = strides[size_t(h)];
    g.strideW = strides[size_t(w)];
    std::string padding = attrString(ctx.node, "padding", "VALID");
    TFS_RETURN_IF_ERROR(windowOutput(ctx, g.inH, g.kH, g.strideH, 1, padding, 0, 0, &g.outH, &g.padTop));
    TFS_RETURN_IF_ERROR(windowOutput(ctx, g.inW, g.kW, g.strideW, 1, padding, 0, 0, &g.outW, &g.padLeft));
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_FLOAT, {g.batch, g.outH, g.outW, g.inC}, &out));
    poolNhwc(ctx, g, isMax, nhwc.data<float>(), out->data<float>());
    if (nchw) {
        Tensor back;
        TFS_RETURN_IF_ERROR(transposeTensor(ctx, *out, {0, 3, 1, 2}, &back));
        ctx.outputs[0] = std::move(back);
    }
    return okStatus();
}

template <bool isMax>
Status pool(KernelContext& ctx) {
    return runWithHalfAsFloat(ctx, &poolImpl<isMax>);
}

}  // namespace

std::vector<KernelEntry> poolingKernels() {
    return {
        {"MaxPool", &pool<true>},
        {"MaxPoolV2", &pool<true>},
        {"AvgPool", &pool<false>},
    };
}

}  // namespace tfs::exec::kernels
