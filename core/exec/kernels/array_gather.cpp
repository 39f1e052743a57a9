// Indexing ops: Gather, GatherV2, GatherNd, OneHot, Where, Select, SelectV2, TopKV2.

#include <algorithm>
#include <cstring>
#include <numeric>

#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"

namespace tfs::exec::kernels {
namespace {

Status readIndices(const KernelContext& ctx, const Tensor& t, std::vector<int64_t>* out, const char* what) {
    out->resize(size_t(t.numElements()));
    return dispatchIndex(ctx, t.dtype(), [&](auto tag) -> Status {
        using I = typename decltype(tag)::type;
        for (int64_t i = 0; i < t.numElements(); ++i) (*out)[size_t(i)] = int64_t(t.data<I>()[i]);
        return okStatus();
    }, what);
}

// Copies out[o, i, :] = params[o, idx[i], :] for row size `inner` (elements).
Status gatherRows(KernelContext& ctx, const Tensor& params, const std::vector<int64_t>& idx, int64_t outer, int64_t n,
                  int64_t inner, const Dims& outDims) {
    for (int64_t v : idx)
        if (v < 0 || v >= n) return ctx.error(TFS_PHRASE("Errors", "index %1 is out of range [0, %2)"), v, n);
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, params.dtype(), outDims, &out));
    const int64_t count = int64_t(idx.size());
    if (params.dtype() == tensorflow::DT_STRING) {
        for (int64_t o = 0; o < outer; ++o)
            for (int64_t i = 0; i < count; ++i)
                for (int64_t k = 0; k < inner; ++k)
                    out->strings()[size_t((o * count + i) * inner + k)] = params.strings()[size_t((o * n + idx[size_t(i)]) * inner + k)];
        return okStatus();
    }
    const size_t es = size_t(dtypeSize(params.dtype()));
    if (es == 0) return ctx.error(TFS_PHRASE("Errors", "unsupported dtype %1"), dtypeShortName(params.dtype()));
    ctx.parallelFor(outer * count, inner, [&](int64_t r0, int64_t r1) {
        for (int64_t r = r0; r < r1; ++r) {
            int64_t o = r / count, i = r % count;
            std::memcpy(out->rawData() + r * inner * int64_t(es), params.rawData() + (o * n + idx[size_t(i)]) * inner * int64_t(es),
                        size_t(inner) * es);
        }
    });
    return okStatus();
}

Status gather(KernelContext& ctx) {
    bool v2 = ctx.node.op() == "GatherV2";
    TFS_RETURN_IF_ERROR(requireInputs(ctx, v2 ? 3 : 2));
    const Tensor& params = ctx.inputs[0];
    const Tensor& indices = ctx.inputs[1];
    int64_t axisValue = 0;
    if (v2) TFS_RETURN_IF_ERROR(readScalarInt(ctx, 2, &axisValue, "axis"));
    int64_t batchDims = attrInt(ctx.node, "batch_dims", 0);
    if (batchDims != 0) return ctx.error(TFS_PHRASE("Errors", "batch_dims != 0 is not supported"));
    if (params.rank() < 1)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be at least %2-D, got %3"), "params", 1, params.describe());
    int axis;
    TFS_RETURN_IF_ERROR(normalizeAxis(ctx, axisValue, params.rank(), &axis, "axis"));
    std::vector<int64_t> idx;
    TFS_RETURN_IF_ERROR(readIndices(ctx, indices, &idx, "indices"));
    Dims outDims(params.dims().begin(), params.dims().begin() + axis);
    outDims.insert(outDims.end(), indices.dims().begin(), indices.dims().end());
    outDims.insert(outDims.end(), params.dims().begin() + axis + 1, params.dims().end());
    return gatherRows(ctx, params, idx, dimProduct(params.dims(), 0, axis), params.dim(axis),
                      dimProduct(params.dims(), axis + 1, params.rank()), outDims);
}

Status gatherNd(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    const Tensor& params = ctx.inputs[0];
    const Tensor& indices = ctx.inputs[1];
    if (indices.rank() < 1)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be at least %2-D, got %3"), "indices", 1, indices.describe());
    int depth = int(indices.dim(indices.rank() - 1));
    if (depth > params.rank())
        return ctx.error(TFS_PHRASE("Errors", "index depth %1 exceeds params rank of %2"), depth, params.describe());
    std::vector<int64_t> idx;
    TFS_RETURN_IF_ERROR(readIndices(ctx, indices, &idx, "indices"));
    int64_t count = depth ? int64_t(idx.size()) / depth : dimProduct(indices.dims(), 0, indices.rank() - 1);
    auto strides = rowMajorStrides(params.dims());
    int64_t inner = dimProduct(params.dims(), depth, params.rank());
    std::vector<int64_t> rows(static_cast<size_t>(count));
    for (int64_t i = 0; i < count; ++i) {
        int64_t off = 0;
        for (int d = 0; d < depth; ++d) {
            int64_t v = idx[size_t(i * depth + d)];
            if (v < 0 || v >= params.dim(d))
                return ctx.error(TFS_PHRASE("Errors", "index %1 is out of range for dimension %2 of %3"), v, d,
                                 params.describe());
            off += v * (inner ? strides[size_t(d)] / inner : 0);
        }
        rows[size_t(i)] = off;
    }
    Dims outDims(indices.dims().begin(), indices.dims().end() - 1);
    outDims.insert(outDims.end(), params.dims().begin() + depth, params.dims().end());
    int64_t n = dimProduct(params.dims(), 0, depth);
    return gatherRows(ctx, params, rows, 1, n, inner, outDims);
}

Status oneHot(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 4));
    const Tensor& indices = ctx.inputs[0];
    int64_t depth;
    TFS_RETURN_IF_ERROR(readScalarInt(ctx, 1, &depth, "depth"));
    if (depth < 0) return ctx.error(TFS_PHRASE("Errors", "%1 must be >= %2"), "depth", 0);
    const Tensor& on = ctx.inputs[2];
    const Tensor& off = ctx.inputs[3];
    if (on.numElements() != 1 || off.numElements() != 1 || on.dtype() != off.dtype())
        return ctx.error(TFS_PHRASE("Errors", "on_value and off_value must be scalars of one dtype"));
    int64_t axisAttr = attrInt(ctx.node, "axis", -1);
    int axis;
    TFS_RETURN_IF_ERROR(normalizeAxis(ctx, axisAttr, indices.rank() + 1, &axis, "axis"));
    std::vector<int64_t> idx;
    if (indices.dtype() == tensorflow::DT_UINT8) {
        for (int64_t i = 0; i < indices.numElements(); ++i) idx.push_back(indices.data<uint8_t>()[i]);
    } else {
        TFS_RETURN_IF_ERROR(readIndices(ctx, indices, &idx, "indices"));
    }
    Dims outDims = indices.dims();
    outDims.insert(outDims.begin() + axis, depth);
    int64_t outer = dimProduct(indices.dims(), 0, axis), inner = dimProduct(indices.dims(), axis, indices.rank());
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, on.dtype(), outDims, &out));
    return dispatchBytes(ctx, on.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        T onV, offV;
        std::memcpy(&onV, on.rawData(), sizeof(T));
        std::memcpy(&offV, off.rawData(), sizeof(T));
        T* po = reinterpret_cast<T*>(out->rawData());
        for (int64_t o = 0; o < outer; ++o)
            for (int64_t d = 0; d < depth; ++d)
                for (int64_t i = 0; i < inner; ++i) po[(o * depth + d) * inner + i] = idx[size_t(o * inner + i)] == d ? onV : offV;
        return okStatus();
    });
}

Status where(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1));
    const Tensor& x = ctx.inputs[0];
    std::vector<int64_t> hits;
    TFS_RETURN_IF_ERROR(dispatchRealBool(ctx, x.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        for (int64_t i = 0; i < x.numElements(); ++i)
            if (x.data<T>()[i] != T(0)) hits.push_back(i);
        return okStatus();
    }));
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_INT64, {int64_t(hits.size()), int64_t(x.rank())}, &out));
    for (size_t h = 0; h < hits.size(); ++h) {
        int64_t rem = hits[h];
        for (int d = x.rank() - 1; d >= 0; --d) {
            out->data<int64_t>()[int64_t(h) * x.rank() + d] = rem % x.dim(d);
            rem /= x.dim(d);
        }
    }
    return okStatus();
}

Status select(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 3));
    const Tensor& cond = ctx.inputs[0];
    const Tensor& a = ctx.inputs[1];
    const Tensor& b = ctx.inputs[2];
    if (cond.dtype() != tensorflow::DT_BOOL)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be %2, got %3"), "condition", "bool", cond.describe());
    if (a.dtype() != b.dtype())
        return ctx.error(TFS_PHRASE("Errors", "dtypes differ: %1 and %2"), a.describe(), b.describe());
    Dims outDims;
    Dims condDims = cond.dims();
    if (ctx.node.op() == "Select") {
        if (a.dims() != b.dims())
            return ctx.error(TFS_PHRASE("Errors", "t and e must have the same shape, got %1 and %2"), a.describe(),
                             b.describe());
        outDims = a.dims();
        if (cond.rank() == 1 && a.rank() > 1) {
            if (cond.dim(0) != a.dim(0))
                return ctx.error(TFS_PHRASE("Errors", "vector condition must match the first dimension of %1"),
                                 a.describe());
            condDims = Dims(size_t(a.rank()), 1);
            condDims[0] = cond.dim(0);
        } else if (cond.rank() != 0 && cond.dims() != a.dims()) {
            return ctx.error(TFS_PHRASE("Errors", "condition %1 must be a scalar, a vector or the shape of %2"),
                             cond.describe(), a.describe());
        }
    } else {
        Dims ab;
        TFS_RETURN_IF_ERROR(broadcastShapes(ctx, a.dims(), b.dims(), &ab));
        TFS_RETURN_IF_ERROR(broadcastShapes(ctx, condDims, ab, &outDims));
    }
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, a.dtype(), outDims, &out));
    auto sc = broadcastStrides(condDims, outDims), sa = broadcastStrides(a.dims(), outDims), sb = broadcastStrides(b.dims(), outDims);
    const int rank = int(outDims.size());
    const bool* pc = cond.data<bool>();
    auto pick = [&](int64_t i, int64_t* src) {
        int64_t rem = i, oc = 0, oa = 0, ob = 0;
        for (int d = rank - 1; d >= 0; --d) {
            int64_t k = rem % outDims[size_t(d)];
            rem /= outDims[size_t(d)];
            oc += k * sc[size_t(d)];
            oa += k * sa[size_t(d)];
            ob += k * sb[size_t(d)];
        }
        bool c = pc[oc];
        *src = c ? oa : ob;
        return c;
    };
    if (a.dtype() == tensorflow::DT_STRING) {
        for (int64_t i = 0; i < out->numElements(); ++i) {
            int64_t s;
            bool c = pick(i, &s);
            out->strings()[size_t(i)] = c ? a.strings()[size_t(s)] : b.strings()[size_t(s)];
        }
        return okStatus();
    }
    return dispatchBytes(ctx, a.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        const T* ta = reinterpret_cast<const T*>(a.rawData());
        const T* tb = reinterpret_cast<const T*>(b.rawData());
        T* po = reinterpret_cast<T*>(out->rawData());
        ctx.parallelFor(out->numElements(), 8, [&](int64_t b0, int64_t b1) {
            for (int64_t i = b0; i < b1; ++i) {
                int64_t s;
                po[i] = pick(i, &s) ? ta[s] : tb[s];
            }
        });
        return okStatus();
    });
}

Status topKImpl(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    const Tensor& x = ctx.inputs[0];
    int64_t k;
    TFS_RETURN_IF_ERROR(readScalarInt(ctx, 1, &k, "k"));
    if (x.rank() < 1)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be at least %2-D, got %3"), "input", 1, x.describe());
    int64_t n = x.dim(x.rank() - 1);
    if (k < 0 || k > n) return ctx.error(TFS_PHRASE("Errors", "k=%1 must be in [0, %2]"), k, n);
    Dims outDims = x.dims();
    outDims.back() = k;
    int64_t rows = n ? x.numElements() / n : 0;
    Tensor* values;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, x.dtype(), outDims, &values));
    Tensor* indices;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 1, tensorflow::DT_INT32, outDims, &indices));
    values = &ctx.outputs[0];
    return dispatchReal(ctx, x.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        std::vector<int32_t> order(static_cast<size_t>(n));
        for (int64_t r = 0; r < rows; ++r) {
            const T* row = x.data<T>() + r * n;
            std::iota(order.begin(), order.end(), 0);
            std::partial_sort(order.begin(), order.begin() + k, order.end(), [&](int32_t p, int32_t q) {
                return row[p] > row[q] || (row[p] == row[q] && p < q);
            });
            for (int64_t i = 0; i < k; ++i) {
                values->data<T>()[r * k + i] = row[order[size_t(i)]];
                indices->data<int32_t>()[r * k + i] = order[size_t(i)];
            }
        }
        return okStatus();
    });
}

Status topK(KernelContext& ctx) { return runWithHalfAsFloat(ctx, &topKImpl, 1u); }

}  // namespace

std::vector<KernelEntry> arrayGatherKernels() {
    return {
        {"Gather", &gather},
        {"GatherV2", &gather},
        {"GatherNd", &gatherNd},
        {"OneHot", &oneHot},
        {"Where", &where},
        {"Select", &select},
        {"SelectV2", &select},
        {"TopKV2", &topK},
    };
}

}  // namespace tfs::exec::kernels
