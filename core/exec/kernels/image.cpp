// ResizeBilinear and ResizeNearestNeighbor (NHWC) with TensorFlow's align_corners /
// half_pixel_centers coordinate rules.

#include <cmath>
#include <cstring>

#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"

namespace tfs::exec::kernels {
namespace {

float resizeScale(int64_t in, int64_t out, bool alignCorners) {
    return (alignCorners && out > 1) ? float(in - 1) / float(out - 1) : float(in) / float(out);
}

Status readResizeArgs(KernelContext& ctx, int64_t* outH, int64_t* outW) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    const Tensor& x = ctx.inputs[0];
    if (x.rank() != 4) return ctx.error(TFS_PHRASE("Errors", "images must be 4-D NHWC, got %1"), x.describe());
    std::vector<int64_t> size;
    TFS_RETURN_IF_ERROR(readInts(ctx, 1, &size, "size"));
    if (size.size() != 2 || size[0] <= 0 || size[1] <= 0)
        return ctx.error(TFS_PHRASE("Errors", "size must hold two positive values"));
    if (x.dim(1) <= 0 || x.dim(2) <= 0)
        return ctx.error(TFS_PHRASE("Errors", "input images must not be empty, got %1"), x.describe());
    if (attrBool(ctx.node, "align_corners") && attrBool(ctx.node, "half_pixel_centers"))
        return ctx.error(TFS_PHRASE("Errors", "align_corners and half_pixel_centers cannot both be true"));
    *outH = size[0];
    *outW = size[1];
    return okStatus();
}

struct Interp {
    int64_t lo, hi;
    float lerp;
};

std::vector<Interp> bilinearTable(int64_t in, int64_t out, float scale, bool halfPixel) {
    std::vector<Interp> t(static_cast<size_t>(out));
    for (int64_t i = 0; i < out; ++i) {
        float pos = halfPixel ? (float(i) + 0.5f) * scale - 0.5f : float(i) * scale;
        float f = std::floor(pos);
        t[size_t(i)].lo = std::max<int64_t>(int64_t(f), 0);
        t[size_t(i)].hi = std::min<int64_t>(int64_t(std::ceil(pos)), in - 1);
        t[size_t(i)].lerp = pos - f;
    }
    return t;
}

Status resizeBilinearImpl(KernelContext& ctx) {
    int64_t outH, outW;
    TFS_RETURN_IF_ERROR(readResizeArgs(ctx, &outH, &outW));
    const Tensor& x = ctx.inputs[0];
    bool align = attrBool(ctx.node, "align_corners"), half = attrBool(ctx.node, "half_pixel_centers");
    const int64_t N = x.dim(0), H = x.dim(1), W = x.dim(2), C = x.dim(3);
    auto ty = bilinearTable(H, outH, resizeScale(H, outH, align), half);
    auto tx = bilinearTable(W, outW, resizeScale(W, outW, align), half);
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_FLOAT, {N, outH, outW, C}, &out));
    return dispatchReal(ctx, x.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        const T* px = x.data<T>();
        float* po = out->data<float>();
        ctx.parallelFor(N * outH, outW * C * 8, [&](int64_t r0, int64_t r1) {
            for (int64_t r = r0; r < r1; ++r) {
                int64_t n = r / outH, y = r % outH;
                const Interp& iy = ty[size_t(y)];
                const T* top = px + (n * H + iy.lo) * W * C;
                const T* bottom = px + (n * H + iy.hi) * W * C;
                for (int64_t xo = 0; xo < outW; ++xo) {
                    const Interp& ix = tx[size_t(xo)];
                    float* o = po + (r * outW + xo) * C;
                    for (int64_t c = 0; c < C; ++c) {
                        float tl = float(top[ix.lo * C + c]), tr = float(top[ix.hi * C + c]);
                        float bl = float(bottom[ix.lo * C + c]), br = float(bottom[ix.hi * C + c]);
                        float t = tl + (tr - tl) * ix.lerp, b = bl + (br - bl) * ix.lerp;
                        o[c] = t + (b - t) * iy.lerp;
                    }
                }
            }
        });
        return okStatus();
    });
}

Status resizeBilinear(KernelContext& ctx) { return runWithHalfAsFloat(ctx, &resizeBilinearImpl, 0u); }

std::vector<int64_t> nearestTable(int64_t in, int64_t out, float scale, bool align, bool halfPixel) {
    std::vector<int64_t> t(static_cast<size_t>(out));
    for (int64_t i = 0; i < out; ++i) {
        float pos = halfPixel ? (float(i) + 0.5f) * scale : float(i) * scale;
        int64_t v = std::min<int64_t>(align ? int64_t(std::round(pos)) : int64_t(std::floor(pos)), in - 1);
        if (halfPixel) v = std::max<int64_t>(0, v);
        t[size_t(i)] = v;
    }
    return t;
}

Status resizeNearest(KernelContext& ctx) {
    int64_t outH, outW;
    TFS_RETURN_IF_ERROR(readResizeArgs(ctx, &outH, &outW));
    const Tensor& x = ctx.inputs[0];
    bool align = attrBool(ctx.node, "align_corners"), half = attrBool(ctx.node, "half_pixel_centers");
    const int64_t N = x.dim(0), H = x.dim(1), W = x.dim(2), C = x.dim(3);
    auto ty = nearestTable(H, outH, resizeScale(H, outH, align), align, half);
    auto tx = nearestTable(W, outW, resizeScale(W, outW, align), align, half);
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, x.dtype(), {N, outH, outW, C}, &out));
    const size_t es = size_t(dtypeSize(x.dtype()));
    if (es == 0) return ctx.error(TFS_PHRASE("Errors", "unsupported dtype %1"), dtypeShortName(x.dtype()));
    for (int64_t n = 0; n < N; ++n)
        for (int64_t y = 0; y < outH; ++y)
            for (int64_t xo = 0; xo < outW; ++xo)
                std::memcpy(out->rawData() + (((n * outH + y) * outW + xo) * C) * int64_t(es),
                            x.rawData() + (((n * H + ty[size_t(y)]) * W + tx[size_t(xo)]) * C) * int64_t(es), size_t(C) * es);
    return okStatus();
}

}  // namespace

std::vector<KernelEntry> imageKernels() {
    return {
        {"ResizeBilinear", &resizeBilinear},
        {"ResizeNearestNeighbor", &resizeNearest},
    };
}

}  // namespace tfs::exec::kernels
