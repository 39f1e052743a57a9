// FusedBatchNorm/V2/V3 (inference and batch statistics), BatchNormWithGlobalNormalization, LRN.

#include <cmath>

#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"

namespace tfs::exec::kernels {
namespace {

// y = x * a[c] + b[c] over a tensor whose channel axis is `axis`.
void scaleShift(const KernelContext& ctx, const Tensor& x, int axis, const std::vector<float>& a, const std::vector<float>& b,
                float* y) {
    const int64_t C = x.dim(axis);
    const int64_t outer = dimProduct(x.dims(), 0, axis), inner = dimProduct(x.dims(), axis + 1, x.rank());
    const float* px = x.data<float>();
    if (inner == 1) {
        // Channels last: one contiguous row of C per pixel, vectorised over channels.
        const float* pa = a.data();
        const float* pb = b.data();
        ctx.parallelFor(outer, C * 2 + 1, [&](int64_t p0, int64_t p1) {
            for (int64_t p = p0; p < p1; ++p) {
                const float* src = px + p * C;
                float* dst = y + p * C;
                for (int64_t c = 0; c < C; ++c) dst[c] = src[c] * pa[c] + pb[c];
            }
        });
        return;
    }
    ctx.parallelFor(outer * C, inner * 2 + 1, [&](int64_t r0, int64_t r1) {
        for (int64_t r = r0; r < r1; ++r) {
            int64_t c = r % C;
            const float* src = px + r * inner;
            float* dst = y + r * inner;
            const float av = a[size_t(c)], bv = b[size_t(c)];
            if (inner == 1) dst[0] = src[0] * av + bv;
            else
                for (int64_t i = 0; i < inner; ++i) dst[i] = src[i] * av + bv;
        }
    });
}

Status fusedBatchNorm(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 5));
    Tensor x = toFloatTensor(ctx.inputs[0]);
    DataType xType = ctx.inputs[0].dtype();
    if (x.dtype() != tensorflow::DT_FLOAT)
        return ctx.error(TFS_PHRASE("Errors", "x must be float32 or float16, got %1"), ctx.inputs[0].describe());
    std::string format = attrString(ctx.node, "data_format", "NHWC");
    if (format != "NHWC" && format != "NCHW" && format != "NDHWC" && format != "NCDHW")
        return ctx.error(TFS_PHRASE("Errors", "unsupported data_format '%1'"), format);
    bool channelsFirst = format == "NCHW" || format == "NCDHW";
    if (x.rank() != int(format.size()))
        return ctx.error(TFS_PHRASE("Errors", "x must be %1-D for %2, got %3"), format.size(), format, x.describe());
    int axis = channelsFirst ? 1 : x.rank() - 1;
    const int64_t C = x.dim(axis);
    std::vector<float> params[4];
    const char* names[4] = {"scale", "offset", "mean", "variance"};
    bool training = attrBool(ctx.node, "is_training", true);
    for (int i = 0; i < 4; ++i) {
        Tensor t = toFloatTensor(ctx.inputs[size_t(i + 1)]);
        if (t.dtype() != tensorflow::DT_FLOAT) return ctx.error(TFS_PHRASE("Errors", "%1 must be float32"), names[i]);
        bool emptyOk = training && i >= 2 && t.numElements() == 0;
        if (t.rank() != 1 || (t.dim(0) != C && !emptyOk))
            return ctx.error(TFS_PHRASE("Errors", "%1 must be [%2], got %3"), names[i], C, t.describe());
        params[i].assign(t.data<float>(), t.data<float>() + t.numElements());
    }
    const float eps = attrFloat(ctx.node, "epsilon", 0.001f);
    std::vector<float> mean = params[2], var = params[3], batchVar = params[3];
    if (training) {
        const int64_t outer = dimProduct(x.dims(), 0, axis), inner = dimProduct(x.dims(), axis + 1, x.rank());
        const int64_t count = outer * inner;
        std::vector<double> sum(static_cast<size_t>(C), 0.0), sq(static_cast<size_t>(C), 0.0);
        const float* px = x.data<float>();
        for (int64_t o = 0; o < outer; ++o)
            for (int64_t c = 0; c < C; ++c)
                for (int64_t i = 0; i < inner; ++i) sum[size_t(c)] += px[(o * C + c) * inner + i];
        mean.assign(static_cast<size_t>(C), 0.f);
        var.assign(static_cast<size_t>(C), 0.f);
        batchVar.assign(static_cast<size_t>(C), 0.f);
        for (int64_t c = 0; c < C; ++c) mean[size_t(c)] = float(sum[size_t(c)] / double(std::max<int64_t>(count, 1)));
        for (int64_t o = 0; o < outer; ++o)
            for (int64_t c = 0; c < C; ++c)
                for (int64_t i = 0; i < inner; ++i) {
                    double d = px[(o * C + c) * inner + i] - mean[size_t(c)];
                    sq[size_t(c)] += d * d;
                }
        for (int64_t c = 0; c < C; ++c) {
            var[size_t(c)] = float(sq[size_t(c)] / double(std::max<int64_t>(count, 1)));
            batchVar[size_t(c)] = float(sq[size_t(c)] / double(std::max<int64_t>(count - 1, 1)));
        }
    }
    std::vector<float> a(static_cast<size_t>(C)), b(static_cast<size_t>(C));
    for (int64_t c = 0; c < C; ++c) {
        size_t i = size_t(c);
        a[i] = params[0][i] / std::sqrt(var[i] + eps);
        b[i] = params[1][i] - mean[i] * a[i];
    }
    Tensor* y;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_FLOAT, x.dims(), &y));
    scaleShift(ctx, x, axis, a, b, y->data<float>());
    if (isHalfLike(xType)) ctx.outputs[0] = fromFloatTensor(ctx.outputs[0], xType);
    auto vec = [&](int index, const std::vector<float>& v) -> Status {
        Tensor* t;
        TFS_RETURN_IF_ERROR(allocOutput(ctx, index, tensorflow::DT_FLOAT, {int64_t(v.size())}, &t));
        std::copy(v.begin(), v.end(), t->data<float>());
        return okStatus();
    };
    TFS_RETURN_IF_ERROR(vec(1, mean));
    TFS_RETURN_IF_ERROR(vec(2, training ? batchVar : var));
    TFS_RETURN_IF_ERROR(vec(3, mean));
    TFS_RETURN_IF_ERROR(vec(4, var));
    if (ctx.node.op() == "FusedBatchNormV3") TFS_RETURN_IF_ERROR(vec(5, {}));
    return okStatus();
}

// Inputs t, m, v, beta, gamma; NHWC with the channel last.
Status batchNormGlobal(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 5));
    const Tensor& x = ctx.inputs[0];
    if (x.dtype() != tensorflow::DT_FLOAT || x.rank() < 1)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be %2, got %3"), "t", "float32", x.describe());
    const int64_t C = x.dim(x.rank() - 1);
    std::vector<float> p[4];
    for (int i = 0; i < 4; ++i) {
        const Tensor& t = ctx.inputs[size_t(i + 1)];
        if (t.dtype() != tensorflow::DT_FLOAT || t.rank() != 1 || t.dim(0) != C)
            return ctx.error(TFS_PHRASE("Errors", "parameter %1 must be float32[%2], got %3"), i + 1, C, t.describe());
        p[i].assign(t.data<float>(), t.data<float>() + C);
    }
    float eps = attrFloat(ctx.node, "variance_epsilon", 0.001f);
    bool scaleAfter = attrBool(ctx.node, "scale_after_normalization", false);
    std::vector<float> a(static_cast<size_t>(C)), b(static_cast<size_t>(C));
    for (size_t c = 0; c < size_t(C); ++c) {
        a[c] = 1.f / std::sqrt(p[1][c] + eps) * (scaleAfter ? p[3][c] : 1.f);
        b[c] = p[2][c] - p[0][c] * a[c];
    }
    Tensor* y;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_FLOAT, x.dims(), &y));
    scaleShift(ctx, x, x.rank() - 1, a, b, y->data<float>());
    return okStatus();
}

// Local response normalisation across channels (NHWC).
Status lrn(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1));
    const Tensor& x = ctx.inputs[0];
    if (x.dtype() != tensorflow::DT_FLOAT || x.rank() != 4)
        return ctx.error(TFS_PHRASE("Errors", "input must be float32 4-D, got %1"), x.describe());
    int64_t r = attrInt(ctx.node, "depth_radius", 5);
    float bias = attrFloat(ctx.node, "bias", 1.f), alpha = attrFloat(ctx.node, "alpha", 1.f), beta = attrFloat(ctx.node, "beta", 0.5f);
    const int64_t C = x.dim(3), rows = x.numElements() / std::max<int64_t>(C, 1);
    Tensor* y;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_FLOAT, x.dims(), &y));
    const float* px = x.data<float>();
    float* py = y->data<float>();
    ctx.parallelFor(rows, C * (2 * r + 1), [&](int64_t r0, int64_t r1) {
        for (int64_t row = r0; row < r1; ++row)
            for (int64_t c = 0; c < C; ++c) {
                double s = 0;
                for (int64_t k = std::max<int64_t>(0, c - r); k <= std::min(C - 1, c + r); ++k) s += double(px[row * C + k]) * px[row * C + k];
                py[row * C + c] = float(px[row * C + c] / std::pow(bias + alpha * s, double(beta)));
            }
    });
    return okStatus();
}

}  // namespace

std::vector<KernelEntry> normalizationKernels() {
    return {
        {"FusedBatchNorm", &fusedBatchNorm},
        {"FusedBatchNormV2", &fusedBatchNorm},
        {"FusedBatchNormV3", &fusedBatchNorm},
        {"BatchNormWithGlobalNormalization", &batchNormGlobal},
        {"LRN", &lrn},
    };
}

}  // namespace tfs::exec::kernels
