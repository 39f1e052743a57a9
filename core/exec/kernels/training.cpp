// Gradient and loss kernels that training graphs contain: ReluGrad, Relu6Grad, SigmoidGrad,
// TanhGrad, SqrtGrad, RsqrtGrad, BiasAddGrad, Conv2DBackpropFilter, MaxPoolGrad,
// SoftmaxCrossEntropyWithLogits, SparseSoftmaxCrossEntropyWithLogits.

#include <cmath>
#include <limits>

#include "core/exec/kernels/conv.h"
#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"
#include "core/exec/kernels/matmul.h"

namespace tfs::exec::kernels {
namespace {

enum class G { Relu, Relu6, Sigmoid, Tanh, Sqrt, Rsqrt };

// (a, b) = (gradients, features) for Relu*, (y, dy) for the others.
template <G op>
Status gradImpl(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    const Tensor& a = ctx.inputs[0];
    const Tensor& b = ctx.inputs[1];
    if (a.dims() != b.dims() || a.dtype() != b.dtype())
        return ctx.error(TFS_PHRASE("Errors", "inputs must match, got %1 and %2"), a.describe(), b.describe());
    return dispatchFloat(ctx, a.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        Tensor* out;
        TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, a.dtype(), a.dims(), &out));
        const T* pa = a.data<T>();
        const T* pb = b.data<T>();
        T* o = out->data<T>();
        for (int64_t i = 0; i < a.numElements(); ++i) {
            if constexpr (op == G::Relu) o[i] = pb[i] > T(0) ? pa[i] : T(0);
            else if constexpr (op == G::Relu6) o[i] = (pb[i] > T(0) && pb[i] < T(6)) ? pa[i] : T(0);
            else if constexpr (op == G::Sigmoid) o[i] = pb[i] * pa[i] * (T(1) - pa[i]);
            else if constexpr (op == G::Tanh) o[i] = pb[i] * (T(1) - pa[i] * pa[i]);
            else if constexpr (op == G::Sqrt) o[i] = pb[i] * T(0.5) / pa[i];
            else o[i] = pb[i] * T(-0.5) * pa[i] * pa[i] * pa[i];
        }
        return okStatus();
    });
}

template <G op>
Status grad(KernelContext& ctx) {
    return runWithHalfAsFloat(ctx, &gradImpl<op>);
}

Status biasAddGrad(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1));
    const Tensor& g = ctx.inputs[0];
    if (g.rank() < 2)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be at least %2-D, got %3"), "out_backprop", 2, g.describe());
    bool nchw = attrString(ctx.node, "data_format", "NHWC") == "NCHW";
    int axis = nchw ? 1 : g.rank() - 1;
    int64_t C = g.dim(axis), outer = dimProduct(g.dims(), 0, axis), inner = dimProduct(g.dims(), axis + 1, g.rank());
    return dispatchFloat(ctx, g.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        Tensor* out;
        TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, g.dtype(), {C}, &out));
        std::vector<double> acc(static_cast<size_t>(C), 0.0);
        for (int64_t o = 0; o < outer; ++o)
            for (int64_t c = 0; c < C; ++c)
                for (int64_t i = 0; i < inner; ++i) acc[size_t(c)] += double(g.data<T>()[(o * C + c) * inner + i]);
        for (int64_t c = 0; c < C; ++c) out->data<T>()[c] = T(acc[size_t(c)]);
        return okStatus();
    });
}

// dW[kh,kw,ic,oc] = sum over pixels of x(patch) * dy; computed as im2col(x)^T * dy per image.
Status conv2dBackpropFilter(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 3));
    const Tensor& x0 = ctx.inputs[0];
    std::vector<int64_t> fs;
    TFS_RETURN_IF_ERROR(readInts(ctx, 1, &fs, "filter_sizes"));
    const Tensor& dy0 = ctx.inputs[2];
    if (x0.dtype() != tensorflow::DT_FLOAT || dy0.dtype() != tensorflow::DT_FLOAT)
        return ctx.error(TFS_PHRASE("Errors", "only %1 is supported"), "float32");
    if (x0.rank() != 4 || dy0.rank() != 4 || fs.size() != 4)
        return ctx.error(TFS_PHRASE("Errors", "input, out_backprop and filter_sizes must be 4-D"));
    bool nchw;
    Conv2DGeometry g;
    std::string padding;
    std::vector<int64_t> pads;
    TFS_RETURN_IF_ERROR(readWindowAttrs(ctx, &nchw, &g.strideH, &g.strideW, &g.dilH, &g.dilW, &padding, &pads));
    Tensor x = x0, dy = dy0;
    if (nchw) {
        TFS_RETURN_IF_ERROR(transposeTensor(ctx, x0, {0, 2, 3, 1}, &x));
        TFS_RETURN_IF_ERROR(transposeTensor(ctx, dy0, {0, 2, 3, 1}, &dy));
    }
    g.batch = x.dim(0);
    g.inH = x.dim(1);
    g.inW = x.dim(2);
    g.inC = x.dim(3);
    g.kH = fs[0];
    g.kW = fs[1];
    g.outC = fs[3];
    if (fs[2] != g.inC)
        return ctx.error(TFS_PHRASE("Errors", "filter_sizes %1 do not match the input channels of %2"),
                         dimsToString(fs), x0.describe());
    TFS_RETURN_IF_ERROR(windowOutput(ctx, g.inH, g.kH, g.strideH, g.dilH, padding, pads[0], pads[1], &g.outH, &g.padTop));
    TFS_RETURN_IF_ERROR(windowOutput(ctx, g.inW, g.kW, g.strideW, g.dilW, padding, pads[2], pads[3], &g.outW, &g.padLeft));
    if (dy.dims() != Dims{g.batch, g.outH, g.outW, g.outC})
        return ctx.error(TFS_PHRASE("Errors", "out_backprop %1 does not match the forward output"), dy0.describe());
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_FLOAT, fs, &out));
    const int64_t kcols = g.kH * g.kW * g.inC, pixels = g.outH * g.outW;
    const int64_t rowsPerTile = std::max<int64_t>(1, std::min(pixels, (int64_t(1) << 18) / std::max<int64_t>(kcols, 1)));
    std::vector<float> col(static_cast<size_t>(rowsPerTile * kcols));
    for (int64_t n = 0; n < g.batch; ++n)
      for (int64_t p0 = 0; p0 < pixels; p0 += rowsPerTile) {
        const int64_t p1 = std::min(pixels, p0 + rowsPerTile);
        for (int64_t p = p0; p < p1; ++p) {
            int64_t oh = p / g.outW, ow = p % g.outW;
            for (int64_t kh = 0; kh < g.kH; ++kh)
                for (int64_t kw = 0; kw < g.kW; ++kw) {
                    int64_t ih = oh * g.strideH - g.padTop + kh * g.dilH, iw = ow * g.strideW - g.padLeft + kw * g.dilW;
                    float* dst = col.data() + (p - p0) * kcols + (kh * g.kW + kw) * g.inC;
                    bool inside = ih >= 0 && ih < g.inH && iw >= 0 && iw < g.inW;
                    for (int64_t c = 0; c < g.inC; ++c) dst[c] = inside ? x.data<float>()[((n * g.inH + ih) * g.inW + iw) * g.inC + c] : 0.f;
                }
        }
        gemmSerial<float>(col.data(), true, dy.data<float>() + (n * pixels + p0) * g.outC, false, out->data<float>(), kcols, g.outC,
                          p1 - p0, n > 0 || p0 > 0);
      }
    return okStatus();
}

Status maxPoolGrad(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 3));
    const Tensor& x = ctx.inputs[0];
    const Tensor& grad = ctx.inputs[2];
    if (x.dtype() != tensorflow::DT_FLOAT || x.rank() != 4)
        return ctx.error(TFS_PHRASE("Errors", "orig_input must be float32 4-D, got %1"), x.describe());
    if (attrString(ctx.node, "data_format", "NHWC") != "NHWC")
        return ctx.error(TFS_PHRASE("Errors", "only %1 is supported"), "NHWC");
    auto ksize = attrInts(ctx.node, "ksize"), strides = attrInts(ctx.node, "strides");
    if (ksize.size() != 4 || strides.size() != 4)
        return ctx.error(TFS_PHRASE("Errors", "ksize and strides must have 4 entries"));
    Conv2DGeometry g;
    g.batch = x.dim(0);
    g.inH = x.dim(1);
    g.inW = x.dim(2);
    g.inC = x.dim(3);
    std::string padding = attrString(ctx.node, "padding", "VALID");
    TFS_RETURN_IF_ERROR(windowOutput(ctx, g.inH, ksize[1], strides[1], 1, padding, 0, 0, &g.outH, &g.padTop));
    TFS_RETURN_IF_ERROR(windowOutput(ctx, g.inW, ksize[2], strides[2], 1, padding, 0, 0, &g.outW, &g.padLeft));
    if (grad.dims() != Dims{g.batch, g.outH, g.outW, g.inC} || grad.dtype() != tensorflow::DT_FLOAT)
        return ctx.error(TFS_PHRASE("Errors", "grad %1 does not match the pooled shape"), grad.describe());
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_FLOAT, x.dims(), &out));
    const float* px = x.data<float>();
    for (int64_t n = 0; n < g.batch; ++n)
        for (int64_t oh = 0; oh < g.outH; ++oh)
            for (int64_t ow = 0; ow < g.outW; ++ow)
                for (int64_t c = 0; c < g.inC; ++c) {
                    int64_t best = -1;
                    float bv = -std::numeric_limits<float>::infinity();
                    for (int64_t kh = 0; kh < ksize[1]; ++kh)
                        for (int64_t kw = 0; kw < ksize[2]; ++kw) {
                            int64_t ih = oh * strides[1] - g.padTop + kh, iw = ow * strides[2] - g.padLeft + kw;
                            if (ih < 0 || ih >= g.inH || iw < 0 || iw >= g.inW) continue;
                            int64_t idx = ((n * g.inH + ih) * g.inW + iw) * g.inC + c;
                            if (best < 0 || px[idx] > bv) {
                                bv = px[idx];
                                best = idx;
                            }
                        }
                    if (best >= 0) out->data<float>()[best] += grad.data<float>()[((n * g.outH + oh) * g.outW + ow) * g.inC + c];
                }
    return okStatus();
}

// Shared softmax cross-entropy: labels given densely (probabilities) or as class indices.
Status crossEntropy(KernelContext& ctx, bool sparse) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    const Tensor& logits = ctx.inputs[0];
    const Tensor& labels = ctx.inputs[1];
    if (logits.dtype() != tensorflow::DT_FLOAT || logits.rank() != 2)
        return ctx.error(TFS_PHRASE("Errors", "features must be float32 [batch, classes], got %1"), logits.describe());
    const int64_t B = logits.dim(0), C = logits.dim(1);
    std::vector<int64_t> classes;
    if (sparse) {
        if (labels.rank() != 1 || labels.dim(0) != B)
            return ctx.error(TFS_PHRASE("Errors", "labels must be [%1], got %2"), B, labels.describe());
        for (int64_t i = 0; i < B; ++i) {
            int64_t v = labels.dtype() == tensorflow::DT_INT64 ? labels.data<int64_t>()[i] : labels.dtype() == tensorflow::DT_INT32 ? labels.data<int32_t>()[i] : -1;
            if (v < 0 || v >= C) return ctx.error(TFS_PHRASE("Errors", "label %1 is out of range [0, %2)"), v, C);
            classes.push_back(v);
        }
    } else if (labels.dims() != logits.dims() || labels.dtype() != tensorflow::DT_FLOAT) {
        return ctx.error(TFS_PHRASE("Errors", "labels must match features %1, got %2"), logits.describe(),
                         labels.describe());
    }
    Tensor* loss;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_FLOAT, {B}, &loss));
    Tensor* back;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 1, tensorflow::DT_FLOAT, {B, C}, &back));
    loss = &ctx.outputs[0];
    for (int64_t b = 0; b < B; ++b) {
        const float* row = logits.data<float>() + b * C;
        double mx = -std::numeric_limits<double>::infinity(), sum = 0;
        for (int64_t c = 0; c < C; ++c) mx = std::max(mx, double(row[c]));
        for (int64_t c = 0; c < C; ++c) sum += std::exp(double(row[c]) - mx);
        double logSum = std::log(sum), l = 0;
        for (int64_t c = 0; c < C; ++c) {
            double logp = double(row[c]) - mx - logSum;
            double target = sparse ? (c == classes[size_t(b)] ? 1.0 : 0.0) : double(labels.data<float>()[b * C + c]);
            l -= target * logp;
            back->data<float>()[b * C + c] = float(std::exp(logp) - target);
        }
        loss->data<float>()[b] = float(l);
    }
    return okStatus();
}

Status sparseXent(KernelContext& ctx) { return crossEntropy(ctx, true); }
Status denseXent(KernelContext& ctx) { return crossEntropy(ctx, false); }

}  // namespace

std::vector<KernelEntry> trainingKernels() {
    return {
        {"ReluGrad", &grad<G::Relu>},
        {"Relu6Grad", &grad<G::Relu6>},
        {"SigmoidGrad", &grad<G::Sigmoid>},
        {"TanhGrad", &grad<G::Tanh>},
        {"SqrtGrad", &grad<G::Sqrt>},
        {"RsqrtGrad", &grad<G::Rsqrt>},
        {"BiasAddGrad", &biasAddGrad},
        {"Conv2DBackpropFilter", &conv2dBackpropFilter},
        {"MaxPoolGrad", &maxPoolGrad},
        {"SoftmaxCrossEntropyWithLogits", &denseXent},
        {"SparseSoftmaxCrossEntropyWithLogits", &sparseXent},
    };
}

}  // namespace tfs::exec::kernels
