// Eight-bit elementwise and data-movement kernels (QuantizedBiasAdd, QuantizedAdd,
// QuantizedMul, QuantizedRelu/Relu6, QuantizedConcat, QuantizedReshape) and the
// range ops that bring qint32 results back to quint8 (RequantizationRange,
// Requantize), following TensorFlow's quantization_utils conventions.

#include <cmath>
#include <limits>
#include <vector>

#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"
#include "core/exec/kernels/quantized_util.h"

namespace tfs::exec::kernels {
namespace {

using namespace quant;

Status readRange(const KernelContext& ctx, int index, double* value, const char* what) {
    const Tensor& t = ctx.inputs[size_t(index)];
    if (t.dtype() != tensorflow::DT_FLOAT || t.numElements() != 1)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be a float32 scalar, got %2"), what, t.describe());
    return readScalarDouble(ctx, index, value, what);
}

Status requireType(const KernelContext& ctx, int index, DataType type, const char* what) {
    if (ctx.inputs[size_t(index)].dtype() != type)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be %2, got %3"), what, dtypeShortName(type),
                         ctx.inputs[size_t(index)].describe());
    return okStatus();
}

Status setRangeOutputs(KernelContext& ctx, int first, float mn, float mx) {
    Tensor* o;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, first, tensorflow::DT_FLOAT, {}, &o));
    o->data<float>()[0] = mn;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, first + 1, tensorflow::DT_FLOAT, {}, &o));
    o->data<float>()[0] = mx;
    return okStatus();
}

// Output element -> (x, y) offsets one row at a time: the innermost dimension is walked with
// its strides, the outer index is decoded once per row.
template <typename Fn>
void forEachBroadcastRow(const KernelContext& ctx, const Dims& outDims, const std::vector<int64_t>& strideX,
                         const std::vector<int64_t>& strideY, Fn fn) {
    const int rank = int(outDims.size());
    const int64_t inner = rank ? outDims.back() : 1;
    int64_t total = 1;
    for (int64_t d : outDims) total *= d;
    const int64_t rows = inner ? total / inner : 0;
    const auto outStrides = rowMajorStrides(outDims);
    const int64_t sx = rank ? strideX.back() : 0, sy = rank ? strideY.back() : 0;
    ctx.parallelFor(rows, inner * 4, [&](int64_t r0, int64_t r1) {
        for (int64_t r = r0; r < r1; ++r) {
            int64_t rem = r * inner, ix = 0, iy = 0;
            for (int d = 0; d + 1 < rank; ++d) {
                const int64_t c = rem / outStrides[size_t(d)];
                rem %= outStrides[size_t(d)];
                ix += c * strideX[size_t(d)];
                iy += c * strideY[size_t(d)];
            }
            fn(r * inner, inner, ix, sx, iy, sy);
        }
    });
}

// x and y quint8 with their ranges; `op` combines real values (add) or centered codes (mul).
// Add looks the qint32 result up in a table per y code that occurs (256 entries each, built with
// the reference arithmetic), so it is bit-identical to evaluating every element.
template <bool isAdd>
Status quantizedBinary(KernelContext& ctx, const Dims& outDims, const std::vector<int64_t>& strideX,
                       const std::vector<int64_t>& strideY) {
    const Tensor& x = ctx.inputs[0];
    const Tensor& y = ctx.inputs[1];
    double minX, maxX, minY, maxY;
    TFS_RETURN_IF_ERROR(readRange(ctx, 2, &minX, "min_x"));
    TFS_RETURN_IF_ERROR(readRange(ctx, 3, &maxX, "max_x"));
    TFS_RETURN_IF_ERROR(readRange(ctx, 4, &minY, "min_y"));
    TFS_RETURN_IF_ERROR(readRange(ctx, 5, &maxY, "max_y"));
    float mn, mx;
    if (isAdd) sumRange(minX, maxX, minY, maxY, &mn, &mx);
    else productRange(minX, maxX, minY, maxY, &mn, &mx);
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_QINT32, outDims, &out));
    const uint8_t* px = x.data<uint8_t>();
    const uint8_t* py = y.data<uint8_t>();
    int32_t* po = out->data<int32_t>();
    if (!isAdd) {
        const int32_t zeroX = int32_t(floatToQuantizedUnclamped(0.0, minX, maxX, kQuint8));
        const int32_t zeroY = int32_t(floatToQuantizedUnclamped(0.0, minY, maxY, kQuint8));
        forEachBroadcastRow(ctx, outDims, strideX, strideY, [&](int64_t o, int64_t n, int64_t ix, int64_t sx, int64_t iy, int64_t sy) {
            for (int64_t j = 0; j < n; ++j) po[o + j] = (int32_t(px[ix + j * sx]) - zeroX) * (int32_t(py[iy + j * sy]) - zeroY);
        });
        return setRangeOutputs(ctx, 1, mn, mx);
    }
    double realX[256];
    for (int c = 0; c < 256; ++c) realX[c] = quantizedToFloat(double(c), minX, maxX, kQuint8);
    bool used[256] = {};
    for (int64_t i = 0; i < y.numElements(); ++i) used[py[i]] = true;
    std::vector<int32_t> table(256 * 256);
    const Quantizer sum(mn, mx, kQint32);
    for (int cy = 0; cy < 256; ++cy) {
        if (!used[cy]) continue;
        const double realY = quantizedToFloat(double(cy), minY, maxY, kQuint8);
        for (int cx = 0; cx < 256; ++cx) table[size_t(cy * 256 + cx)] = int32_t(sum.clamped(realX[cx] + realY));
    }
    forEachBroadcastRow(ctx, outDims, strideX, strideY, [&](int64_t o, int64_t n, int64_t ix, int64_t sx, int64_t iy, int64_t sy) {
        for (int64_t j = 0; j < n; ++j) po[o + j] = table[size_t(py[iy + j * sy]) * 256 + px[ix + j * sx]];
    });
    return setRangeOutputs(ctx, 1, mn, mx);
}

template <bool isAdd>
Status quantizedAddMul(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 6));
    TFS_RETURN_IF_ERROR(requireType(ctx, 0, tensorflow::DT_QUINT8, "x"));
    TFS_RETURN_IF_ERROR(requireType(ctx, 1, tensorflow::DT_QUINT8, "y"));
    Dims outDims;
    TFS_RETURN_IF_ERROR(broadcastShapes(ctx, ctx.inputs[0].dims(), ctx.inputs[1].dims(), &outDims));
    return quantizedBinary<isAdd>(ctx, outDims, broadcastStrides(ctx.inputs[0].dims(), outDims),
                                  broadcastStrides(ctx.inputs[1].dims(), outDims));
}

Status quantizedBiasAdd(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 6));
    TFS_RETURN_IF_ERROR(requireType(ctx, 0, tensorflow::DT_QUINT8, "input"));
    TFS_RETURN_IF_ERROR(requireType(ctx, 1, tensorflow::DT_QUINT8, "bias"));
    const Tensor& x = ctx.inputs[0];
    const Tensor& b = ctx.inputs[1];
    if (x.rank() < 1 || b.rank() != 1 || b.dim(0) != x.dim(x.rank() - 1))
        return ctx.error(TFS_PHRASE("Errors", "bias must be 1-D with the input's last dimension, got %1 and %2"),
                         x.describe(), b.describe());
    return quantizedBinary<true>(ctx, x.dims(), broadcastStrides(x.dims(), x.dims()), broadcastStrides(b.dims(), x.dims()));
}

// QuantizedRelu (six = false) and QuantizedRelu6: clamp the codes at the code of 0 (and of 6).
template <bool six>
Status quantizedRelu(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 3));
    TFS_RETURN_IF_ERROR(requireType(ctx, 0, tensorflow::DT_QUINT8, "features"));
    if (attrType(ctx.node, "out_type", tensorflow::DT_QUINT8) != tensorflow::DT_QUINT8)
        return ctx.error(TFS_PHRASE("Errors", "only %1 %2 is supported"), "out_type", "quint8");
    double mn, mx;
    TFS_RETURN_IF_ERROR(readRange(ctx, 1, &mn, "min_features"));
    TFS_RETURN_IF_ERROR(readRange(ctx, 2, &mx, "max_features"));
    const Tensor& x = ctx.inputs[0];
    const int64_t lo = floatToQuantized(0.0, mn, mx, kQuint8);
    const int64_t hi = six ? floatToQuantized(6.0, mn, mx, kQuint8) : 255;
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_QUINT8, x.dims(), &out));
    for (int64_t i = 0; i < x.numElements(); ++i)
        out->data<uint8_t>()[i] = uint8_t(std::clamp<int64_t>(x.data<uint8_t>()[i], lo, std::max(lo, hi)));
    return setRangeOutputs(ctx, 1, float(mn), float(mx));
}

Status quantizedReshape(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 4));
    const Tensor& x = ctx.inputs[0];
    std::vector<int64_t> shape;
    TFS_RETURN_IF_ERROR(readInts(ctx, 1, &shape, "shape"));
    double mn, mx;
    TFS_RETURN_IF_ERROR(readRange(ctx, 2, &mn, "input_min"));
    TFS_RETURN_IF_ERROR(readRange(ctx, 3, &mx, "input_max"));
    int64_t known = 1;
    int unknown = -1;
    for (size_t i = 0; i < shape.size(); ++i) {
        if (shape[i] == -1) {
            if (unknown >= 0) return ctx.error(TFS_PHRASE("Errors", "shape has more than one -1"));
            unknown = int(i);
        } else if (shape[i] < 0) {
            return ctx.error(TFS_PHRASE("Errors", "shape dimensions must be >= -1"));
        } else {
            known *= shape[i];
        }
    }
    if (unknown >= 0) {
        if (known == 0 || x.numElements() % known != 0)
            return ctx.error(TFS_PHRASE("Errors", "cannot infer -1 in the shape from %1"), x.describe());
        shape[size_t(unknown)] = x.numElements() / known;
    }
    auto r = x.reshaped(Dims(shape.begin(), shape.end()));
    if (!r.ok()) return ctx.error(r.status());
    setOutput(ctx, 0, std::move(r).value());
    return setRangeOutputs(ctx, 1, float(mn), float(mx));
}

Status quantizedConcat(KernelContext& ctx) {
    const int total = int(ctx.inputs.size());
    if (total < 4 || (total - 1) % 3 != 0)
        return ctx.error(TFS_PHRASE("Errors", "expects concat_dim, N values, N mins and N maxes"));
    const int n = (total - 1) / 3;
    int64_t axisValue;
    TFS_RETURN_IF_ERROR(readScalarInt(ctx, 0, &axisValue, "concat_dim"));
    const Tensor& first = ctx.inputs[1];
    int axis;
    TFS_RETURN_IF_ERROR(normalizeAxis(ctx, axisValue, first.rank(), &axis, "concat_dim"));
    std::vector<double> mins(static_cast<size_t>(n)), maxes(static_cast<size_t>(n));
    double outMin = 0.0, outMax = std::numeric_limits<double>::lowest();
    Dims outDims = first.dims();
    outDims[size_t(axis)] = 0;
    for (int i = 0; i < n; ++i) {
        const Tensor& t = ctx.inputs[size_t(1 + i)];
        TFS_RETURN_IF_ERROR(requireType(ctx, 1 + i, tensorflow::DT_QUINT8, "values"));
        if (t.rank() != first.rank()) return ctx.error(TFS_PHRASE("Errors", "all values must have the same rank"));
        for (int d = 0; d < t.rank(); ++d)
            if (d != axis && t.dim(d) != first.dim(d))
                return ctx.error(TFS_PHRASE("Errors", "values differ outside the concat dimension: %1 vs %2"),
                                 first.describe(), t.describe());
        outDims[size_t(axis)] += t.dim(axis);
        TFS_RETURN_IF_ERROR(readRange(ctx, 1 + n + i, &mins[size_t(i)], "input_mins"));
        TFS_RETURN_IF_ERROR(readRange(ctx, 1 + 2 * n + i, &maxes[size_t(i)], "input_maxes"));
        outMin = std::min(outMin, mins[size_t(i)]);
        outMax = std::max(outMax, maxes[size_t(i)]);
    }
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_QUINT8, outDims, &out));
    const int64_t outer = dimProduct(outDims, 0, axis), inner = dimProduct(outDims, axis + 1, int(outDims.size()));
    const int64_t outRow = outDims[size_t(axis)] * inner;
    int64_t offset = 0;
    for (int i = 0; i < n; ++i) {
        const Tensor& t = ctx.inputs[size_t(1 + i)];
        const int64_t row = t.dim(axis) * inner;
        const bool same = mins[size_t(i)] == outMin && maxes[size_t(i)] == outMax;
        for (int64_t o = 0; o < outer; ++o) {
            const uint8_t* src = t.data<uint8_t>() + o * row;
            uint8_t* dst = out->data<uint8_t>() + o * outRow + offset;
            for (int64_t j = 0; j < row; ++j)
                dst[j] = same ? src[j]
                              : uint8_t(floatToQuantized(quantizedToFloat(src[j], mins[size_t(i)], maxes[size_t(i)], kQuint8),
                                                         outMin, outMax, kQuint8));
        }
        offset += row;
    }
    return setRangeOutputs(ctx, 1, float(outMin), float(outMax));
}

Status requantizationRange(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 3));
    TFS_RETURN_IF_ERROR(requireType(ctx, 0, tensorflow::DT_QINT32, "input"));
    double mn, mx;
    TFS_RETURN_IF_ERROR(readRange(ctx, 1, &mn, "input_min"));
    TFS_RETURN_IF_ERROR(readRange(ctx, 2, &mx, "input_max"));
    const Tensor& x = ctx.inputs[0];
    int32_t lo = std::numeric_limits<int32_t>::max(), hi = std::numeric_limits<int32_t>::lowest();
    const int32_t* p = x.data<int32_t>();
    const int64_t n = x.numElements();
    for (int64_t i = 0; i < n; ++i) {
        lo = p[i] < lo ? p[i] : lo;
        hi = p[i] > hi ? p[i] : hi;
    }
    // TF keeps the minimum at or below zero so later ops can run efficiently.
    return setRangeOutputs(ctx, 0, std::min(0.0f, float(quantizedToFloat(lo, mn, mx, kQint32))),
                           float(quantizedToFloat(hi, mn, mx, kQint32)));
}

Status requantize(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 5));
    TFS_RETURN_IF_ERROR(requireType(ctx, 0, tensorflow::DT_QINT32, "input"));
    if (attrType(ctx.node, "out_type", tensorflow::DT_QUINT8) != tensorflow::DT_QUINT8)
        return ctx.error(TFS_PHRASE("Errors", "only %1 %2 is supported"), "out_type", "quint8");
    double mn, mx, outMin, outMax;
    TFS_RETURN_IF_ERROR(readRange(ctx, 1, &mn, "input_min"));
    TFS_RETURN_IF_ERROR(readRange(ctx, 2, &mx, "input_max"));
    TFS_RETURN_IF_ERROR(readRange(ctx, 3, &outMin, "requested_output_min"));
    TFS_RETURN_IF_ERROR(readRange(ctx, 4, &outMax, "requested_output_max"));
    if (outMin > 0.0) return ctx.error(TFS_PHRASE("Errors", "requested_output_min must be <= 0, got %1"), outMin);
    if (outMax < outMin) return ctx.error(TFS_PHRASE("Errors", "requested_output_max must be >= requested_output_min"));
    const Tensor& x = ctx.inputs[0];
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_QUINT8, x.dims(), &out));
    const int32_t* src = x.data<int32_t>();
    uint8_t* dst = out->data<uint8_t>();
    const Requantizer r(mn, mx, outMin, outMax);
    ctx.parallelFor(x.numElements(), 4, [&](int64_t i0, int64_t i1) { requantizeCodes(r, src + i0, dst + i0, i1 - i0); });
    return setRangeOutputs(ctx, 1, float(outMin), float(outMax));
}

}  // namespace

std::vector<KernelEntry> quantizedOpKernels() {
    return {
        {"QuantizedBiasAdd", &quantizedBiasAdd},
        {"QuantizedAdd", &quantizedAddMul<true>},
        {"QuantizedMul", &quantizedAddMul<false>},
        {"QuantizedRelu", &quantizedRelu<false>},
        {"QuantizedRelu6", &quantizedRelu<true>},
        {"QuantizedReshape", &quantizedReshape},
        {"QuantizedConcat", &quantizedConcat},
        {"RequantizationRange", &requantizationRange},
        {"Requantize", &requantize},
    };
}

}  // namespace tfs::exec::kernels
