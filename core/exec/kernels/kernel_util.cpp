#include "core/exec/kernels/kernel_util.h"

#include <algorithm>
#include <cstring>

#include "core/util/half.h"

namespace tfs::exec::kernels {

Status requireInputs(const KernelContext& ctx, int minCount, int maxCount) {
    int n = int(ctx.inputs.size());
    if (maxCount == -2) maxCount = minCount;
    if (n < minCount || (maxCount >= 0 && n > maxCount)) {
        if (maxCount == minCount) return ctx.error(TFS_PHRASE("Errors", "expects %1 inputs, got %2"), minCount, n);
        if (maxCount < 0) return ctx.error(TFS_PHRASE("Errors", "expects at least %1 inputs, got %2"), minCount, n);
        return ctx.error(TFS_PHRASE("Errors", "expects %1 to %2 inputs, got %3"), minCount, maxCount, n);
    }
    for (int i = 0; i < n; ++i)
        if (!ctx.inputs[size_t(i)].valid()) return ctx.error(TFS_PHRASE("Errors", "input %1 has no value"), i);
    return okStatus();
}

Status allocOutput(KernelContext& ctx, int index, DataType dtype, const Dims& dims, Tensor** out) {
    auto made = Tensor::make(dtype, dims, uint64_t(8) << 30);
    if (!made.ok()) return ctx.error(made.status().withContext(TFS_PHRASE("Errors", "output %1"), index));
    if (int(ctx.outputs.size()) <= index) ctx.outputs.resize(size_t(index) + 1);
    ctx.outputs[size_t(index)] = std::move(made).value();
    *out = &ctx.outputs[size_t(index)];
    return okStatus();
}

Status allocOutputUninitialized(KernelContext& ctx, int index, DataType dtype, const Dims& dims, Tensor** out) {
    if (dtype == tensorflow::DT_STRING || dtypeSize(dtype) <= 0) return allocOutput(ctx, index, dtype, dims, out);
    TFS_RETURN_IF_ERROR(checkAllocatable(ctx, dtype, dims));
    auto count = elementCount(dims);
    const size_t bytes = size_t(*count) * size_t(dtypeSize(dtype));
    auto buffer = TensorBuffer::allocateUninitialized(bytes);
    if (!buffer) return ctx.error(TFS_PHRASE("Errors", "output %1: out of memory for %2 bytes"), index, bytes);
    auto wrapped = Tensor::wrap(dtype, dims, std::move(buffer));
    if (!wrapped.ok()) return ctx.error(wrapped.status().withContext(TFS_PHRASE("Errors", "output %1"), index));
    if (int(ctx.outputs.size()) <= index) ctx.outputs.resize(size_t(index) + 1);
    ctx.outputs[size_t(index)] = std::move(wrapped).value();
    *out = &ctx.outputs[size_t(index)];
    return okStatus();
}

Status checkAllocatable(const KernelContext& ctx, DataType dtype, const Dims& dims) {
    auto count = elementCount(dims);
    if (!count.ok()) return ctx.error(count.status());
    uint64_t es = uint64_t(std::max(dtypeSize(dtype), 1));
    if (uint64_t(*count) > (uint64_t(8) << 30) / es)
        return ctx.error(TFS_PHRASE("Errors", "output %1%2 would be larger than 8 GiB"), dtypeShortName(dtype),
                         dimsToString(dims));
    return okStatus();
}

void setOutput(KernelContext& ctx, int index, Tensor tensor) {
    if (int(ctx.outputs.size()) <= index) ctx.outputs.resize(size_t(index) + 1);
    ctx.outputs[size_t(index)] = std::move(tensor);
}

Status readInts(const KernelContext& ctx, int index, std::vector<int64_t>* values, const char* what) {
    if (index >= int(ctx.inputs.size())) return ctx.error(TFS_PHRASE("Errors", "missing input %1"), what);
    const Tensor& t = ctx.inputs[size_t(index)];
    if (t.rank() > 1) return ctx.error(TFS_PHRASE("Errors", "%1 must be a scalar or 1-D, got %2"), what, t.describe());
    values->resize(size_t(t.numElements()));
    if (t.dtype() == tensorflow::DT_INT32) {
        for (int64_t i = 0; i < t.numElements(); ++i) (*values)[size_t(i)] = t.data<int32_t>()[i];
    } else if (t.dtype() == tensorflow::DT_INT64) {
        for (int64_t i = 0; i < t.numElements(); ++i) (*values)[size_t(i)] = t.data<int64_t>()[i];
    } else {
        return ctx.error(TFS_PHRASE("Errors", "%1 must be int32 or int64, got %2"), what, t.describe());
    }
    return okStatus();
}

Status readScalarInt(const KernelContext& ctx, int index, int64_t* value, const char* what) {
    std::vector<int64_t> v;
    TFS_RETURN_IF_ERROR(readInts(ctx, index, &v, what));
    if (v.size() != 1)
        return ctx.error(TFS_PHRASE("Errors", "%1 must hold one value, got %2"), what,
                         ctx.inputs[size_t(index)].describe());
    *value = v[0];
    return okStatus();
}

Status readScalarDouble(const KernelContext& ctx, int index, double* value, const char* what) {
    if (index >= int(ctx.inputs.size())) return ctx.error(TFS_PHRASE("Errors", "missing input %1"), what);
    const Tensor& t = ctx.inputs[size_t(index)];
    if (t.numElements() != 1 || dtypeSize(t.dtype()) == 0 || t.dtype() == tensorflow::DT_COMPLEX64)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be a numeric scalar, got %2"), what, t.describe());
    *value = tensorElementAsDouble(t, 0);
    return okStatus();
}

Status normalizeAxis(const KernelContext& ctx, int64_t axis, int rank, int* out, const char* what) {
    if (axis < -int64_t(rank) || axis >= int64_t(rank))
        return ctx.error(TFS_PHRASE("Errors", "%1 %2 is out of range for rank %3 (valid: [%4, %5))"), what, axis, rank,
                         -rank, rank);
    *out = int(axis < 0 ? axis + rank : axis);
    return okStatus();
}

Status broadcastShapes(const KernelContext& ctx, const Dims& a, const Dims& b, Dims* out) {
    size_t rank = std::max(a.size(), b.size());
    out->assign(rank, 1);
    for (size_t i = 0; i < rank; ++i) {
        int64_t da = i < rank - a.size() ? 1 : a[i - (rank - a.size())];
        int64_t db = i < rank - b.size() ? 1 : b[i - (rank - b.size())];
        if (da == db || db == 1) (*out)[i] = da;
        else if (da == 1) (*out)[i] = db;
        else
            return ctx.error(TFS_PHRASE("Errors", "incompatible shapes for broadcasting: %1 and %2"), dimsToString(a),
                             dimsToString(b));
    }
    return okStatus();
}

std::vector<int64_t> rowMajorStrides(const Dims& dims) {
    std::vector<int64_t> s(dims.size(), 1);
    for (int i = int(dims.size()) - 2; i >= 0; --i) s[size_t(i)] = s[size_t(i) + 1] * dims[size_t(i) + 1];
    return s;
}

int64_t dimProduct(const Dims& dims, int begin, int end) {
    int64_t p = 1;
    for (int i = begin; i < end; ++i) p *= dims[size_t(i)];
    return p;
}

std::vector<int64_t> broadcastStrides(const Dims& in, const Dims& out) {
    std::vector<int64_t> strides(out.size(), 0);
    auto own = rowMajorStrides(in);
    size_t offset = out.size() - in.size();
    for (size_t i = 0; i < in.size(); ++i)
        strides[i + offset] = (in[i] == 1 && out[i + offset] != 1) ? 0 : own[i];
    return strides;
}

BroadcastPlan makeBroadcastPlan(const Dims& a, const Dims& b, const Dims& out) {
    BroadcastPlan plan;
    auto sa = broadcastStrides(a, out), sb = broadcastStrides(b, out);
    plan.total = dimProduct(out, 0, int(out.size()));
    for (size_t i = 0; i < out.size(); ++i) {
        if (out[i] == 1) continue;
        if (!plan.shape.empty()) {
            int64_t n = out[i];
            if (plan.strideA.back() == sa[i] * n && plan.strideB.back() == sb[i] * n) {
                plan.shape.back() *= n;
                plan.strideA.back() = sa[i];
                plan.strideB.back() = sb[i];
                continue;
            }
        }
        plan.shape.push_back(out[i]);
        plan.strideA.push_back(sa[i]);
        plan.strideB.push_back(sb[i]);
    }
    if (plan.shape.empty()) {
        plan.shape = {1};
        plan.strideA = {0};
        plan.strideB = {0};
    }
    return plan;
}

void parallelBlocks(const KernelContext& ctx, int64_t total, int64_t minBlock, int64_t costPerUnit,
                    const std::function<void(int64_t, int64_t)>& fn) {
    if (total <= 0) return;
    int threads = threadCount(ctx);
    minBlock = std::max<int64_t>(minBlock, 1);
    int64_t blocks = std::min<int64_t>(int64_t(threads) * (threads > 1 ? 2 : 1), (total + minBlock - 1) / minBlock);
    if (blocks <= 1 || total * costPerUnit < 20000) {
        fn(0, total);
        return;
    }
    int64_t per = (total + blocks - 1) / blocks;
    blocks = (total + per - 1) / per;
    ctx.parallelFor(blocks, std::max<int64_t>(per * costPerUnit, 1000000), [&](int64_t b0, int64_t b1) {
        for (int64_t b = b0; b < b1; ++b) fn(b * per, std::min(total, (b + 1) * per));
    });
}

Status transposeTensor(const KernelContext& ctx, const Tensor& in, const std::vector<int>& perm, Tensor* out) {
    const int rank = in.rank();
    if (int(perm.size()) != rank)
        return ctx.error(TFS_PHRASE("Errors", "permutation has %1 entries for rank %2"), perm.size(), rank);
    Dims outDims(size_t(rank), 0);
    std::vector<bool> seen(size_t(rank), false);
    for (int i = 0; i < rank; ++i) {
        int p = perm[size_t(i)];
        if (p < 0 || p >= rank || seen[size_t(p)])
            return ctx.error(TFS_PHRASE("Errors", "invalid permutation for rank %1"), rank);
        seen[size_t(p)] = true;
        outDims[size_t(i)] = in.dim(p);
    }
    auto made = Tensor::make(in.dtype(), outDims);
    if (!made.ok()) return ctx.error(made.status());
    *out = std::move(made).value();
    if (in.numElements() == 0) return okStatus();
    bool identity = true;
    for (int i = 0; i < rank; ++i) identity = identity && perm[size_t(i)] == i;
    if (in.dtype() == tensorflow::DT_STRING) {
        auto inStrides = rowMajorStrides(in.dims());
        for (int64_t o = 0; o < out->numElements(); ++o) {
            int64_t rem = o, src = 0;
            for (int d = rank - 1; d >= 0; --d) {
                src += (rem % outDims[size_t(d)]) * inStrides[size_t(perm[size_t(d)])];
                rem /= outDims[size_t(d)];
            }
            out->strings()[size_t(o)] = in.strings()[size_t(src)];
        }
        return okStatus();
    }
    if (identity) {
        std::memcpy(out->rawData(), in.rawData(), size_t(in.numElements()) * size_t(dtypeSize(in.dtype())));
        return okStatus();
    }
    auto inStrides = rowMajorStrides(in.dims());
    std::vector<int64_t> srcStride(static_cast<size_t>(rank));
    for (int i = 0; i < rank; ++i) srcStride[size_t(i)] = inStrides[size_t(perm[size_t(i)])];
    const int64_t inner = outDims.back();
    const int64_t innerStride = srcStride.back();
    const int64_t rows = out->numElements() / inner;
    return dispatchBytes(ctx, in.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        const T* src = reinterpret_cast<const T*>(in.rawData());
        T* dst = reinterpret_cast<T*>(out->rawData());
        ctx.parallelFor(rows, inner, [&](int64_t begin, int64_t end) {
            for (int64_t r = begin; r < end; ++r) {
                int64_t rem = r, off = 0;
                for (int d = rank - 2; d >= 0; --d) {
                    off += (rem % outDims[size_t(d)]) * srcStride[size_t(d)];
                    rem /= outDims[size_t(d)];
                }
                T* o = dst + r * inner;
                const T* s = src + off;
                for (int64_t i = 0; i < inner; ++i) o[i] = s[i * innerStride];
            }
        });
        return okStatus();
    });
}

Tensor toFloatTensor(const Tensor& t) {
    if (!isHalfLike(t.dtype())) return t;
    Tensor f(tensorflow::DT_FLOAT, t.dims());
    const uint16_t* in = t.data<uint16_t>();
    float* o = f.data<float>();
    bool half = t.dtype() == tensorflow::DT_HALF;
    for (int64_t i = 0; i < t.numElements(); ++i) o[i] = half ? halfToFloat(in[i]) : bfloat16ToFloat(in[i]);
    return f;
}

Tensor fromFloatTensor(const Tensor& t, DataType target) {
    Tensor h(target, t.dims());
    const float* in = t.data<float>();
    uint16_t* o = h.data<uint16_t>();
    bool half = target == tensorflow::DT_HALF;
    for (int64_t i = 0; i < t.numElements(); ++i) o[i] = half ? floatToHalf(in[i]) : floatToBfloat16(in[i]);
    return h;
}

Status runWithHalfAsFloat(KernelContext& ctx, KernelFn fn, uint32_t outputMask) {
    DataType halfType = tensorflow::DT_INVALID;
    for (const Tensor& t : ctx.inputs)
        if (isHalfLike(t.dtype())) halfType = t.dtype();
    if (halfType == tensorflow::DT_INVALID) return fn(ctx);
    std::vector<Tensor> inputs;
    inputs.reserve(ctx.inputs.size());
    for (const Tensor& t : ctx.inputs) inputs.push_back(toFloatTensor(t));
    KernelContext inner{ctx.node, inputs, ctx.outputs, ctx.parallel};
    TFS_RETURN_IF_ERROR(fn(inner));
    for (size_t i = 0; i < ctx.outputs.size() && i < 32; ++i)
        if ((outputMask >> i & 1u) && ctx.outputs[i].dtype() == tensorflow::DT_FLOAT)
            ctx.outputs[i] = fromFloatTensor(ctx.outputs[i], halfType);
    return okStatus();
}

bool anyStringInput(const KernelContext& ctx, const std::vector<int>& dataInputs) {
    for (int i : dataInputs)
        if (i < int(ctx.inputs.size()) && ctx.inputs[size_t(i)].dtype() == tensorflow::DT_STRING) return true;
    return false;
}

Status runStringsAsIndices(KernelContext& ctx, KernelFn fn, const std::vector<int>& dataInputs) {
    std::vector<Tensor> inputs = ctx.inputs;
    std::vector<const std::string*> table{nullptr};
    for (int i : dataInputs) {
        if (i >= int(inputs.size()) || inputs[size_t(i)].dtype() != tensorflow::DT_STRING) continue;
        const Tensor& s = ctx.inputs[size_t(i)];
        Tensor idx(tensorflow::DT_INT64, s.dims());
        for (int64_t k = 0; k < s.numElements(); ++k) {
            idx.data<int64_t>()[k] = int64_t(table.size());
            table.push_back(&s.strings()[size_t(k)]);
        }
        inputs[size_t(i)] = std::move(idx);
    }
    std::vector<Tensor> outputs;
    KernelContext inner{ctx.node, inputs, outputs, ctx.parallel};
    TFS_RETURN_IF_ERROR(fn(inner));
    ctx.outputs.resize(outputs.size());
    for (size_t o = 0; o < outputs.size(); ++o) {
        const Tensor& r = outputs[o];
        if (r.dtype() != tensorflow::DT_INT64) {
            ctx.outputs[o] = r;
            continue;
        }
        Tensor s(tensorflow::DT_STRING, r.dims());
        for (int64_t k = 0; k < r.numElements(); ++k) {
            int64_t v = r.data<int64_t>()[k];
            if (v > 0 && v < int64_t(table.size())) s.strings()[size_t(k)] = *table[size_t(v)];
        }
        ctx.outputs[o] = std::move(s);
    }
    return okStatus();
}

}  // namespace tfs::exec::kernels
