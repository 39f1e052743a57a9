// Index bookkeeping ops from gradient and embedding graphs: DynamicStitch, Unique,
// UnsortedSegmentSum, ConcatOffset.

#include <cstring>
#include <unordered_map>

#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"

namespace tfs::exec::kernels {
namespace {

Status readIndexTensor(const KernelContext& ctx, const Tensor& t, std::vector<int64_t>* out, const char* what) {
    out->resize(size_t(t.numElements()));
    return dispatchIndex(ctx, t.dtype(), [&](auto tag) -> Status {
        using I = typename decltype(tag)::type;
        for (int64_t i = 0; i < t.numElements(); ++i) (*out)[size_t(i)] = int64_t(t.data<I>()[i]);
        return okStatus();
    }, what);
}

Status dynamicStitch(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2, -1));
    if (ctx.inputs.size() % 2 != 0)
        return ctx.error(TFS_PHRASE("Errors", "expects N index tensors followed by N data tensors"));
    size_t n = ctx.inputs.size() / 2;
    std::vector<std::vector<int64_t>> idx(n);
    int64_t maxIndex = -1;
    for (size_t m = 0; m < n; ++m) {
        TFS_RETURN_IF_ERROR(readIndexTensor(ctx, ctx.inputs[m], &idx[m], "indices"));
        for (int64_t v : idx[m]) {
            if (v < 0) return ctx.error(TFS_PHRASE("Errors", "%1 must be >= %2"), "indices", 0);
            maxIndex = std::max(maxIndex, v);
        }
    }
    const Tensor& d0 = ctx.inputs[n];
    const Tensor& i0 = ctx.inputs[0];
    Dims inner(d0.dims().begin() + std::min<size_t>(size_t(i0.rank()), d0.dims().size()), d0.dims().end());
    int64_t rowSize = dimProduct(inner, 0, int(inner.size()));
    Dims outDims{maxIndex + 1};
    outDims.insert(outDims.end(), inner.begin(), inner.end());
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, d0.dtype(), outDims, &out));
    const int64_t es = dtypeSize(d0.dtype());
    if (es == 0) return ctx.error(TFS_PHRASE("Errors", "unsupported dtype %1"), dtypeShortName(d0.dtype()));
    for (size_t m = 0; m < n; ++m) {
        const Tensor& d = ctx.inputs[n + m];
        if (d.dtype() != d0.dtype() || d.numElements() != int64_t(idx[m].size()) * rowSize)
            return ctx.error(TFS_PHRASE("Errors", "data[%1] %2 does not match its indices"), m, d.describe());
        for (size_t i = 0; i < idx[m].size(); ++i)
            std::memcpy(out->rawData() + idx[m][i] * rowSize * es, d.rawData() + int64_t(i) * rowSize * es, size_t(rowSize * es));
    }
    return okStatus();
}

Status unique(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1));
    const Tensor& x = ctx.inputs[0];
    if (x.rank() != 1) return ctx.error(TFS_PHRASE("Errors", "%1 must be %2-D, got %3"), "x", 1, x.describe());
    DataType idxType = attrType(ctx.node, "out_idx", tensorflow::DT_INT32);
    if (idxType != tensorflow::DT_INT32 && idxType != tensorflow::DT_INT64)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be int32 or int64"), "out_idx");
    std::vector<int64_t> firstOf, idx(static_cast<size_t>(x.numElements()));
    if (x.dtype() == tensorflow::DT_STRING) {
        std::unordered_map<std::string, int64_t> seen;
        for (int64_t i = 0; i < x.numElements(); ++i) {
            auto [it, added] = seen.emplace(x.strings()[size_t(i)], int64_t(firstOf.size()));
            if (added) firstOf.push_back(i);
            idx[size_t(i)] = it->second;
        }
    } else {
        const int64_t es = dtypeSize(x.dtype());
        if (es == 0) return ctx.error(TFS_PHRASE("Errors", "unsupported dtype %1"), dtypeShortName(x.dtype()));
        std::unordered_map<std::string, int64_t> seen;
        for (int64_t i = 0; i < x.numElements(); ++i) {
            std::string key(x.rawData() + i * es, size_t(es));
            auto [it, added] = seen.emplace(key, int64_t(firstOf.size()));
            if (added) firstOf.push_back(i);
            idx[size_t(i)] = it->second;
        }
    }
    Tensor* y;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, x.dtype(), {int64_t(firstOf.size())}, &y));
    for (size_t k = 0; k < firstOf.size(); ++k) {
        if (x.dtype() == tensorflow::DT_STRING) y->strings()[k] = x.strings()[size_t(firstOf[k])];
        else {
            const int64_t es = dtypeSize(x.dtype());
            std::memcpy(y->rawData() + int64_t(k) * es, x.rawData() + firstOf[k] * es, size_t(es));
        }
    }
    Tensor* i;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 1, idxType, x.dims(), &i));
    for (size_t k = 0; k < idx.size(); ++k) {
        if (idxType == tensorflow::DT_INT32) i->data<int32_t>()[k] = int32_t(idx[k]);
        else i->data<int64_t>()[k] = idx[k];
    }
    return okStatus();
}

Status unsortedSegmentSum(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 3));
    const Tensor& data = ctx.inputs[0];
    const Tensor& ids = ctx.inputs[1];
    int64_t num;
    TFS_RETURN_IF_ERROR(readScalarInt(ctx, 2, &num, "num_segments"));
    if (num < 0) return ctx.error(TFS_PHRASE("Errors", "%1 must be >= %2"), "num_segments", 0);
    if (ids.rank() > data.rank())
        return ctx.error(TFS_PHRASE("Errors", "segment_ids %1 has a higher rank than data %2"), ids.describe(),
                         data.describe());
    for (int d = 0; d < ids.rank(); ++d)
        if (ids.dim(d) != data.dim(d))
            return ctx.error(TFS_PHRASE("Errors", "segment_ids shape must be a prefix of data's shape"));
    std::vector<int64_t> seg;
    TFS_RETURN_IF_ERROR(readIndexTensor(ctx, ids, &seg, "segment_ids"));
    int64_t inner = dimProduct(data.dims(), ids.rank(), data.rank());
    Dims outDims{num};
    outDims.insert(outDims.end(), data.dims().begin() + ids.rank(), data.dims().end());
    return dispatchReal(ctx, data.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        Tensor* out;
        TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, data.dtype(), outDims, &out));
        for (size_t i = 0; i < seg.size(); ++i) {
            if (seg[i] < 0 || seg[i] >= num) continue;  // TensorFlow drops out-of-range (negative) ids
            for (int64_t k = 0; k < inner; ++k) out->data<T>()[seg[i] * inner + k] += data.data<T>()[int64_t(i) * inner + k];
        }
        return okStatus();
    });
}

Status concatOffset(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2, -1));
    int64_t axis;
    TFS_RETURN_IF_ERROR(readScalarInt(ctx, 0, &axis, "concat_dim"));
    std::vector<int64_t> first;
    TFS_RETURN_IF_ERROR(readInts(ctx, 1, &first, "shape"));
    int ax;
    TFS_RETURN_IF_ERROR(normalizeAxis(ctx, axis, int(first.size()), &ax, "concat_dim"));
    int64_t offset = 0;
    for (size_t i = 1; i < ctx.inputs.size(); ++i) {
        std::vector<int64_t> s;
        TFS_RETURN_IF_ERROR(readInts(ctx, int(i), &s, "shape"));
        if (s.size() != first.size()) return ctx.error(TFS_PHRASE("Errors", "shapes must have the same rank"));
        Tensor* out;
        TFS_RETURN_IF_ERROR(allocOutput(ctx, int(i) - 1, ctx.inputs[i].dtype(), {int64_t(s.size())}, &out));
        for (size_t d = 0; d < s.size(); ++d) {
            int64_t v = int(d) == ax ? offset : 0;
            if (out->dtype() == tensorflow::DT_INT32) out->data<int32_t>()[d] = int32_t(v);
            else out->data<int64_t>()[d] = v;
        }
        offset += s[size_t(ax)];
    }
    return okStatus();
}

}  // namespace

std::vector<KernelEntry> segmentKernels() {
    return {
        {"DynamicStitch", &dynamicStitch},
        {"ParallelDynamicStitch", &dynamicStitch},
        {"Unique", &unique},
        {"UnsortedSegmentSum", &unsortedSegmentSum},
        {"ConcatOffset", &concatOffset},
    };
}

}  // namespace tfs::exec::kernels
