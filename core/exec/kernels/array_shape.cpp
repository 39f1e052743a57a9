// Shape-level ops: Shape, ShapeN, Size, Rank, Reshape, Squeeze, ExpandDims, Fill, ZerosLike,
// OnesLike, Range, BroadcastTo, BroadcastArgs, BroadcastGradientArgs.

#include <cmath>
#include <cstring>

#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"

namespace tfs::exec::kernels {
namespace {

Status writeInts(KernelContext& ctx, int index, DataType dtype, const std::vector<int64_t>& values, bool scalar) {
    if (dtype != tensorflow::DT_INT32 && dtype != tensorflow::DT_INT64)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be int32 or int64, got %2"), "out_type", dtypeShortName(dtype));
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, index, dtype, scalar ? Dims{} : Dims{int64_t(values.size())}, &out));
    for (size_t i = 0; i < values.size(); ++i) {
        if (dtype == tensorflow::DT_INT32) {
            if (values[i] > INT32_MAX)
                return ctx.error(TFS_PHRASE("Errors", "value %1 does not fit int32 out_type"), values[i]);
            out->data<int32_t>()[i] = int32_t(values[i]);
        } else {
            out->data<int64_t>()[i] = values[i];
        }
    }
    return okStatus();
}

DataType outType(const KernelContext& ctx) { return attrType(ctx.node, "out_type", tensorflow::DT_INT32); }

Status shape(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1));
    return writeInts(ctx, 0, outType(ctx), ctx.inputs[0].dims(), false);
}

Status shapeN(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1, -1));
    for (size_t i = 0; i < ctx.inputs.size(); ++i) TFS_RETURN_IF_ERROR(writeInts(ctx, int(i), outType(ctx), ctx.inputs[i].dims(), false));
    return okStatus();
}

Status size(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1));
    return writeInts(ctx, 0, outType(ctx), {ctx.inputs[0].numElements()}, true);
}

Status rank(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1));
    return writeInts(ctx, 0, tensorflow::DT_INT32, {int64_t(ctx.inputs[0].rank())}, true);
}

Status reshape(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    const Tensor& x = ctx.inputs[0];
    std::vector<int64_t> want;
    TFS_RETURN_IF_ERROR(readInts(ctx, 1, &want, "shape"));
    int unknown = -1;
    int64_t known = 1;
    for (size_t i = 0; i < want.size(); ++i) {
        if (want[i] == -1) {
            if (unknown >= 0)
                return ctx.error(TFS_PHRASE("Errors", "shape %1 has more than one -1"), dimsToString(want));
            unknown = int(i);
        } else if (want[i] < 0) {
            return ctx.error(TFS_PHRASE("Errors", "shape %1 has a negative dimension"), dimsToString(want));
        } else {
            // Checked before multiplying: the product of hostile dims overflows int64.
            constexpr int64_t kMaxElements = int64_t(1) << 50;
            if (want[i] != 0 && known > kMaxElements / want[i])
                return ctx.error(TFS_PHRASE("Errors", "shape %1 is too large"), dimsToString(want));
            known *= want[i];
        }
    }
    if (unknown >= 0) {
        if (known == 0 || x.numElements() % known != 0)
            return ctx.error(TFS_PHRASE("Errors", "cannot reshape %1 to %2"), x.describe(), dimsToString(want));
        want[size_t(unknown)] = x.numElements() / known;
    }
    auto r = x.reshaped(want);
    if (!r.ok()) return ctx.error(r.status());
    setOutput(ctx, 0, std::move(r).value());
    return okStatus();
}

Status squeeze(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1));
    const Tensor& x = ctx.inputs[0];
    auto axes = attrInts(ctx.node, "squeeze_dims");
    if (axes.empty()) axes = attrInts(ctx.node, "axis");
    std::vector<bool> drop(static_cast<size_t>(x.rank()), false);
    for (int64_t a : axes) {
        int ax;
        TFS_RETURN_IF_ERROR(normalizeAxis(ctx, a, x.rank(), &ax, "squeeze axis"));
        if (x.dim(ax) != 1)
            return ctx.error(TFS_PHRASE("Errors", "cannot squeeze axis %1 of %2: size is not 1"), a, x.describe());
        drop[size_t(ax)] = true;
    }
    Dims dims;
    for (int i = 0; i < x.rank(); ++i)
        if (!(axes.empty() ? x.dim(i) == 1 : drop[size_t(i)])) dims.push_back(x.dim(i));
    setOutput(ctx, 0, *x.reshaped(dims));
    return okStatus();
}

Status expandDims(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    const Tensor& x = ctx.inputs[0];
    int64_t axis;
    TFS_RETURN_IF_ERROR(readScalarInt(ctx, 1, &axis, "axis"));
    int ax;
    TFS_RETURN_IF_ERROR(normalizeAxis(ctx, axis, x.rank() + 1, &ax, "axis"));
    Dims dims = x.dims();
    dims.insert(dims.begin() + ax, 1);
    setOutput(ctx, 0, *x.reshaped(dims));
    return okStatus();
}

Status fill(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    std::vector<int64_t> dims;
    TFS_RETURN_IF_ERROR(readInts(ctx, 0, &dims, "dims"));
    const Tensor& value = ctx.inputs[1];
    if (value.numElements() != 1 || value.rank() != 0)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be a scalar, got %2"), "value", value.describe());
    for (int64_t d : dims)
        if (d < 0) return ctx.error(TFS_PHRASE("Errors", "dims %1 has a negative dimension"), dimsToString(dims));
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, value.dtype(), dims, &out));
    if (value.dtype() == tensorflow::DT_STRING) {
        for (auto& s : out->strings()) s = value.strings()[0];
        return okStatus();
    }
    return dispatchBytes(ctx, value.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        T v;
        std::memcpy(&v, value.rawData(), sizeof(T));
        T* p = reinterpret_cast<T*>(out->rawData());
        std::fill(p, p + out->numElements(), v);
        return okStatus();
    });
}

template <int value>
Status constLike(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1));
    const Tensor& x = ctx.inputs[0];
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, x.dtype(), x.dims(), &out));
    if (value == 0 || x.dtype() == tensorflow::DT_STRING) return okStatus();
    if (isHalfLike(x.dtype())) {
        Tensor f(tensorflow::DT_FLOAT, x.dims());
        std::fill(f.data<float>(), f.data<float>() + f.numElements(), 1.f);
        ctx.outputs[0] = fromFloatTensor(f, x.dtype());
        return okStatus();
    }
    return dispatchRealBool(ctx, x.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        std::fill(out->data<T>(), out->data<T>() + out->numElements(), T(value));
        return okStatus();
    });
}

Status range(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 3));
    DataType dt = ctx.inputs[0].dtype();
    for (int i = 0; i < 3; ++i)
        if (ctx.inputs[size_t(i)].numElements() != 1 || ctx.inputs[size_t(i)].dtype() != dt)
            return ctx.error(TFS_PHRASE("Errors", "start, limit and delta must be scalars of one dtype"));
    return dispatchReal(ctx, dt, [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        T start = ctx.inputs[0].data<T>()[0], limit = ctx.inputs[1].data<T>()[0], delta = ctx.inputs[2].data<T>()[0];
        if (delta == T(0)) return ctx.error(TFS_PHRASE("Errors", "delta must not be 0"));
        if ((delta > T(0) && start > limit) || (delta < T(0) && start < limit))
            return ctx.error(TFS_PHRASE("Errors", "start and limit are in the wrong order for the sign of delta"));
        double n;
        if constexpr (std::is_integral_v<T>) {
            double span = double(limit) - double(start), d = double(delta);
            n = std::ceil(std::abs(span) / std::abs(d));
        } else {
            n = std::ceil(std::abs((double(limit) - double(start)) / double(delta)));
        }
        if (!(n < double(int64_t(1) << 40))) return ctx.error(TFS_PHRASE("Errors", "range is too large"));
        Tensor* out;
        TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, dt, {int64_t(n)}, &out));
        T v = start;
        for (int64_t i = 0; i < int64_t(n); ++i, v = T(v + delta)) out->data<T>()[i] = v;
        return okStatus();
    });
}

Status broadcastTo(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    const Tensor& x = ctx.inputs[0];
    std::vector<int64_t> shapeV;
    TFS_RETURN_IF_ERROR(readInts(ctx, 1, &shapeV, "shape"));
    Dims outDims;
    TFS_RETURN_IF_ERROR(broadcastShapes(ctx, x.dims(), shapeV, &outDims));
    if (outDims != Dims(shapeV))
        return ctx.error(TFS_PHRASE("Errors", "cannot broadcast %1 to %2"), x.describe(), dimsToString(shapeV));
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, x.dtype(), outDims, &out));
    auto strides = broadcastStrides(x.dims(), outDims);
    const int rank = int(outDims.size());
    auto srcIndex = [&](int64_t i) {
        int64_t rem = i, off = 0;
        for (int d = rank - 1; d >= 0; --d) {
            off += (rem % outDims[size_t(d)]) * strides[size_t(d)];
            rem /= outDims[size_t(d)];
        }
        return off;
    };
    if (x.dtype() == tensorflow::DT_STRING) {
        for (int64_t i = 0; i < out->numElements(); ++i) out->strings()[size_t(i)] = x.strings()[size_t(srcIndex(i))];
        return okStatus();
    }
    return dispatchBytes(ctx, x.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        const T* src = reinterpret_cast<const T*>(x.rawData());
        T* dst = reinterpret_cast<T*>(out->rawData());
        ctx.parallelFor(out->numElements(), 4, [&](int64_t b, int64_t e) {
            for (int64_t i = b; i < e; ++i) dst[i] = src[srcIndex(i)];
        });
        return okStatus();
    });
}

Status broadcastArgs(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    std::vector<int64_t> a, b;
    TFS_RETURN_IF_ERROR(readInts(ctx, 0, &a, "s0"));
    TFS_RETURN_IF_ERROR(readInts(ctx, 1, &b, "s1"));
    Dims out;
    TFS_RETURN_IF_ERROR(broadcastShapes(ctx, a, b, &out));
    return writeInts(ctx, 0, ctx.inputs[0].dtype(), out, false);
}

// Reduction indices for the gradients of a broadcast binary op.
Status broadcastGradientArgs(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    std::vector<int64_t> a, b;
    TFS_RETURN_IF_ERROR(readInts(ctx, 0, &a, "s0"));
    TFS_RETURN_IF_ERROR(readInts(ctx, 1, &b, "s1"));
    Dims out;
    TFS_RETURN_IF_ERROR(broadcastShapes(ctx, a, b, &out));
    std::vector<int64_t> ra, rb;
    size_t rank = out.size();
    for (size_t i = 0; i < rank; ++i) {
        int64_t da = i < rank - a.size() ? 1 : a[i - (rank - a.size())];
        int64_t db = i < rank - b.size() ? 1 : b[i - (rank - b.size())];
        if (da == 1 && out[i] != 1) ra.push_back(int64_t(i));
        else if (da == 1 && db == 1) ra.push_back(int64_t(i));
        if (db == 1 && out[i] != 1) rb.push_back(int64_t(i));
        else if (da == 1 && db == 1) rb.push_back(int64_t(i));
    }
    TFS_RETURN_IF_ERROR(writeInts(ctx, 0, ctx.inputs[0].dtype(), ra, false));
    return writeInts(ctx, 1, ctx.inputs[0].dtype(), rb, false);
}

}  // namespace

std::vector<KernelEntry> arrayShapeKernels() {
    return {
        {"Shape", &shape},
        {"ShapeN", &shapeN},
        {"Size", &size},
        {"Rank", &rank},
        {"Reshape", &reshape},
        {"Squeeze", &squeeze},
        {"ExpandDims", &expandDims},
        {"Fill", &fill},
        {"ZerosLike", &constLike<0>},
        {"OnesLike", &constLike<1>},
        {"Range", &range},
        {"BroadcastTo", &broadcastTo},
        {"BroadcastArgs", &broadcastArgs},
        {"BroadcastGradientArgs", &broadcastGradientArgs},
    };
}

}  // namespace tfs::exec::kernels
