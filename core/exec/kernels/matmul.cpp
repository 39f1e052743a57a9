// MatMul, BatchMatMul/V2/V3 and matmul-like Einsum on Eigen GEMM, split across threads.

#include "core/exec/kernels/matmul.h"

#include <algorithm>
#include <map>

#include "core/exec/kernels/eigen_util.h"
#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"
#include "core/exec/kernels/onednn.h"

namespace tfs::exec::kernels {

template <typename T>
void gemmSerial(const T* a, bool transA, const T* b, bool transB, T* c, int64_t m, int64_t n, int64_t k, bool accumulate) {
    using Mat = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    Eigen::Map<const Mat> A(a, transA ? k : m, transA ? m : k);
    Eigen::Map<const Mat> B(b, transB ? n : k, transB ? k : n);
    Eigen::Map<Mat> C(c, m, n);
    if (!accumulate) C.setZero();
    if (!transA && !transB) C.noalias() += A * B;
    else if (!transA && transB) C.noalias() += A * B.transpose();
    else if (transA && !transB) C.noalias() += A.transpose() * B;
    else C.noalias() += A.transpose() * B.transpose();
}

template <typename T>
void gemm(const KernelContext& ctx, const T* a, bool transA, const T* b, bool transB, T* c, int64_t m, int64_t n, int64_t k) {
    if (m == 0 || n == 0) return;
    if (k == 0) {
        std::fill(c, c + m * n, T(0));
        return;
    }
    int threads = threadCount(ctx);
    int64_t flops = m * n * k;
    if (threads <= 1 || flops < 64 * 64 * 64) {
        gemmSerial(a, transA, b, transB, c, m, n, k, false);
        return;
    }
    using Mat = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    Eigen::Map<const Mat> A(a, transA ? k : m, transA ? m : k);
    Eigen::Map<const Mat> B(b, transB ? n : k, transB ? k : n);
    Eigen::Map<Mat> C(c, m, n);
    // Each block packs the operand it does not split: splitting rows re-packs B (k x n) per
    // block, splitting columns re-packs A (m x k). Split the one that costs less re-packing,
    // into one block per thread.
    const int64_t perThread = [&](int64_t total) { return std::max<int64_t>(16, (total + threads - 1) / threads); }(m >= n ? m : n);
    if (m >= n) {
        parallelBlocks(ctx, m, perThread, n * k, [&](int64_t r0, int64_t r1) {
            auto Cb = C.middleRows(r0, r1 - r0);
            if (!transA && !transB) Cb.noalias() = A.middleRows(r0, r1 - r0) * B;
            else if (!transA && transB) Cb.noalias() = A.middleRows(r0, r1 - r0) * B.transpose();
            else if (transA && !transB) Cb.noalias() = A.transpose().middleRows(r0, r1 - r0) * B;
            else Cb.noalias() = A.transpose().middleRows(r0, r1 - r0) * B.transpose();
        });
    } else {
        parallelBlocks(ctx, n, perThread, m * k, [&](int64_t c0, int64_t c1) {
            auto Cb = C.middleCols(c0, c1 - c0);
            if (!transA && !transB) Cb.noalias() = A * B.middleCols(c0, c1 - c0);
            else if (!transA && transB) Cb.noalias() = A * B.transpose().middleCols(c0, c1 - c0);
            else if (transA && !transB) Cb.noalias() = A.transpose() * B.middleCols(c0, c1 - c0);
            else Cb.noalias() = A.transpose() * B.transpose().middleCols(c0, c1 - c0);
        });
    }
}

template void gemm<float>(const KernelContext&, const float*, bool, const float*, bool, float*, int64_t, int64_t, int64_t);
template void gemm<double>(const KernelContext&, const double*, bool, const double*, bool, double*, int64_t, int64_t, int64_t);
template void gemmSerial<float>(const float*, bool, const float*, bool, float*, int64_t, int64_t, int64_t, bool);

template <typename T>
void gemmReference(const T* a, bool transA, const T* b, bool transB, T* c, int64_t m, int64_t n, int64_t k) {
    for (int64_t i = 0; i < m; ++i)
        for (int64_t j = 0; j < n; ++j) {
            double acc = 0;
            for (int64_t p = 0; p < k; ++p) {
                T av = transA ? a[p * m + i] : a[i * k + p];
                T bv = transB ? b[j * k + p] : b[p * n + j];
                acc += double(av) * double(bv);
            }
            c[i * n + j] = T(acc);
        }
}
template void gemmReference<float>(const float*, bool, const float*, bool, float*, int64_t, int64_t, int64_t);
template void gemmReference<double>(const double*, bool, const double*, bool, double*, int64_t, int64_t, int64_t);

namespace {

// c[j0, j1) = a[0,k) x b[k, n] (row-major) for one row of A: four rows of B per pass, so c is
// read and written a quarter as often. Compiled for AVX-512, AVX2 and plain x86-64 and picked
// at load time, so the portable build gets the wide version where the CPU has it.
TFSCOPE_CPU_CLONES void gemvRowMajor(const float* a, const float* b, float* c, int64_t k,
                                                                               int64_t n, int64_t j0, int64_t j1) {
    for (int64_t j = j0; j < j1; ++j) c[j] = 0.f;
    int64_t i = 0;
    for (; i + 4 <= k; i += 4) {
        const float a0 = a[i], a1 = a[i + 1], a2 = a[i + 2], a3 = a[i + 3];
        const float* r0 = b + i * n;
        const float* r1 = r0 + n;
        const float* r2 = r1 + n;
        const float* r3 = r2 + n;
        for (int64_t j = j0; j < j1; ++j) c[j] += a0 * r0[j] + a1 * r1[j] + a2 * r2[j] + a3 * r3[j];
    }
    for (; i < k; ++i) {
        const float ai = a[i];
        const float* r = b + i * n;
        for (int64_t j = j0; j < j1; ++j) c[j] += ai * r[j];
    }
}

Status matMulImpl(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    const Tensor& a = ctx.inputs[0];
    const Tensor& b = ctx.inputs[1];
    if (a.rank() != 2 || b.rank() != 2)
        return ctx.error(TFS_PHRASE("Errors", "inputs must be 2-D, got %1 and %2"), a.describe(), b.describe());
    if (a.dtype() != b.dtype())
        return ctx.error(TFS_PHRASE("Errors", "dtypes differ: %1 and %2"), a.describe(), b.describe());
    bool ta = attrBool(ctx.node, "transpose_a"), tb = attrBool(ctx.node, "transpose_b");
    int64_t m = ta ? a.dim(1) : a.dim(0), k = ta ? a.dim(0) : a.dim(1);
    int64_t kb = tb ? b.dim(1) : b.dim(0), n = tb ? b.dim(0) : b.dim(1);
    if (k != kb)
        return ctx.error(TFS_PHRASE("Errors", "inner dimensions differ: %1 x %2 (transpose_a=%3, transpose_b=%4)"),
                         a.describe(), b.describe(), ta ? "true" : "false", tb ? "true" : "false");
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutputUninitialized(ctx, 0, a.dtype(), {m, n}, &out));
    if (a.dtype() == tensorflow::DT_FLOAT && m == 1 && !tb) {
        // One row (batch-1 dense layers): memory-bound, and a plain vector loop beats a GEMM's packing;
        // small ones too (fc-layers' 256x10: 1 us here, 5 us through a oneDNN call).
        const float* pa = a.data<float>();
        const float* pb = b.data<float>();
        float* pc = out->data<float>();
        const int64_t blocks = (n + 255) / 256;
        ctx.parallelFor(blocks, 256 * k, [&](int64_t b0, int64_t b1) { gemvRowMajor(pa, pb, pc, k, n, b0 * 256, std::min(n, b1 * 256)); });
        return okStatus();
    }
    if (a.dtype() == tensorflow::DT_FLOAT && onednnMatMul(ctx, a, ta, b, tb, out->data<float>(), m, n, k, ctx.epilogue))
        return okStatus();
    return dispatchFloat(ctx, a.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        gemm<T>(ctx, a.data<T>(), ta, b.data<T>(), tb, out->data<T>(), m, n, k);
        return okStatus();
    });
}

Status intMatMul(KernelContext& ctx, const Tensor& a, const Tensor& b, bool ta, bool tb, Tensor* out, int64_t batches,
                 const std::vector<int64_t>& offA, const std::vector<int64_t>& offB, int64_t m, int64_t n, int64_t k) {
    return dispatchReal(ctx, a.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        for (int64_t bi = 0; bi < batches; ++bi) {
            const T* pa = a.data<T>() + offA[size_t(bi)];
            const T* pb = b.data<T>() + offB[size_t(bi)];
            T* pc = out->data<T>() + bi * m * n;
            for (int64_t i = 0; i < m; ++i)
                for (int64_t j = 0; j < n; ++j) {
                    T acc = 0;
                    for (int64_t p = 0; p < k; ++p)
                        acc = T(acc + (ta ? pa[p * m + i] : pa[i * k + p]) * (tb ? pb[j * k + p] : pb[p * n + j]));
                    pc[i * n + j] = acc;
                }
        }
        return okStatus();
    });
}

Status batchMatMulImpl(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    const Tensor& a = ctx.inputs[0];
    const Tensor& b = ctx.inputs[1];
    if (a.rank() < 2 || b.rank() < 2)
        return ctx.error(TFS_PHRASE("Errors", "inputs must be at least 2-D, got %1 and %2"), a.describe(),
                         b.describe());
    if (a.dtype() != b.dtype())
        return ctx.error(TFS_PHRASE("Errors", "dtypes differ: %1 and %2"), a.describe(), b.describe());
    bool ta = attrBool(ctx.node, "adj_x"), tb = attrBool(ctx.node, "adj_y");
    int ra = a.rank(), rb = b.rank();
    int64_t m = ta ? a.dim(ra - 1) : a.dim(ra - 2), k = ta ? a.dim(ra - 2) : a.dim(ra - 1);
    int64_t kb = tb ? b.dim(rb - 1) : b.dim(rb - 2), n = tb ? b.dim(rb - 2) : b.dim(rb - 1);
    if (k != kb)
        return ctx.error(TFS_PHRASE("Errors", "inner dimensions differ: %1 x %2 (adj_x=%3, adj_y=%4)"), a.describe(),
                         b.describe(), ta ? "true" : "false", tb ? "true" : "false");
    Dims batchA(a.dims().begin(), a.dims().end() - 2), batchB(b.dims().begin(), b.dims().end() - 2), batch;
    if (ctx.node.op() == "BatchMatMul" && batchA != batchB)
        return ctx.error(TFS_PHRASE("Errors", "BatchMatMul needs equal batch dimensions, got %1 and %2"), a.describe(),
                         b.describe());
    TFS_RETURN_IF_ERROR(broadcastShapes(ctx, batchA, batchB, &batch));
    int64_t batches = dimProduct(batch, 0, int(batch.size()));
    std::vector<int64_t> offA(static_cast<size_t>(batches)), offB(static_cast<size_t>(batches));
    auto sa = broadcastStrides(batchA, batch), sb = broadcastStrides(batchB, batch);
    for (int64_t i = 0; i < batches; ++i) {
        int64_t rem = i, oa = 0, ob = 0;
        for (int d = int(batch.size()) - 1; d >= 0; --d) {
            int64_t idx = rem % batch[size_t(d)];
            rem /= batch[size_t(d)];
            oa += idx * sa[size_t(d)];
            ob += idx * sb[size_t(d)];
        }
        offA[size_t(i)] = oa * m * k;
        offB[size_t(i)] = ob * k * n;
    }
    Dims outDims = batch;
    outDims.push_back(m);
    outDims.push_back(n);
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, a.dtype(), outDims, &out));
    if (a.dtype() != tensorflow::DT_FLOAT && a.dtype() != tensorflow::DT_DOUBLE)
        return intMatMul(ctx, a, b, ta, tb, out, batches, offA, offB, m, n, k);
    if (a.dtype() == tensorflow::DT_FLOAT) {
        // One batched oneDNN call when A is not broadcast and B is either per batch or shared.
        bool regularA = true, perBatchB = true, sharedB = true;
        for (int64_t i = 0; i < batches; ++i) {
            regularA = regularA && offA[size_t(i)] == i * m * k;
            perBatchB = perBatchB && offB[size_t(i)] == i * k * n;
            sharedB = sharedB && offB[size_t(i)] == 0;
        }
        if (regularA && (perBatchB || sharedB) &&
            onednnBatchMatMul(ctx, a.data<float>(), ta, b, tb, !perBatchB, out->data<float>(), batches, m, n, k))
            return okStatus();
    }
    return dispatchFloat(ctx, a.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        const T* pa = a.data<T>();
        const T* pb = b.data<T>();
        T* pc = out->data<T>();
        if (batches >= threadCount(ctx) && batches > 1) {
            ctx.parallelFor(batches, m * n * k * 2, [&](int64_t b0, int64_t b1) {
                for (int64_t i = b0; i < b1; ++i)
                    gemmSerial<T>(pa + offA[size_t(i)], ta, pb + offB[size_t(i)], tb, pc + i * m * n, m, n, k, false);
            });
        } else {
            for (int64_t i = 0; i < batches; ++i)
                gemm<T>(ctx, pa + offA[size_t(i)], ta, pb + offB[size_t(i)], tb, pc + i * m * n, m, n, k);
        }
        return okStatus();
    });
}

// Einsum with two operands whose labels split into batch, contracted and free labels.
Status einsumImpl(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1, 2));
    std::string eq = attrString(ctx.node, "equation");
    std::string compact;
    for (char c : eq)
        if (c != ' ') compact += c;
    auto arrow = compact.find("->");
    if (arrow == std::string::npos)
        return ctx.error(TFS_PHRASE("Errors", "equation '%1' needs an explicit '->' output"), eq);
    std::string lhs = compact.substr(0, arrow), outL = compact.substr(arrow + 2);
    auto comma = lhs.find(',');
    if (ctx.inputs.size() != 2 || comma == std::string::npos)
        return ctx.error(TFS_PHRASE("Errors", "only two-operand equations are supported, got '%1'"), eq);
    std::string la = lhs.substr(0, comma), lb = lhs.substr(comma + 1);
    const Tensor& a = ctx.inputs[0];
    const Tensor& b = ctx.inputs[1];
    // Replace "..." with upper-case labels for the broadcast dims (same count required).
    auto expand = [&](std::string& labels, int rank) -> Status {
        auto pos = labels.find("...");
        if (pos == std::string::npos) return okStatus();
        int explicitCount = int(labels.size()) - 3;
        int extra = rank - explicitCount;
        if (extra < 0) return ctx.error(TFS_PHRASE("Errors", "equation '%1' does not match input ranks"), eq);
        std::string dots;
        for (int i = 0; i < extra; ++i) dots += char('A' + i);
        labels = labels.substr(0, pos) + dots + labels.substr(pos + 3);
        return okStatus();
    };
    TFS_RETURN_IF_ERROR(expand(la, a.rank()));
    TFS_RETURN_IF_ERROR(expand(lb, b.rank()));
    if (outL.find("...") != std::string::npos) {
        int extra = std::max(a.rank() - int(la.size()), 0);
        std::string dots;
        for (char c : la)
            if (c >= 'A' && c <= 'Z') dots += c;
        (void)extra;
        outL = outL.substr(0, outL.find("...")) + dots + outL.substr(outL.find("...") + 3);
    }
    if (int(la.size()) != a.rank() || int(lb.size()) != b.rank())
        return ctx.error(TFS_PHRASE("Errors", "equation '%1' does not match input shapes %2 and %3"), eq, a.describe(),
                         b.describe());
    std::map<char, int64_t> size;
    for (size_t i = 0; i < la.size(); ++i) size[la[i]] = a.dim(int(i));
    for (size_t i = 0; i < lb.size(); ++i) {
        auto it = size.find(lb[i]);
        if (it != size.end() && it->second != b.dim(int(i)))
            return ctx.error(
                TFS_PHRASE("Errors", "label '%1' has sizes %2 and %3 (broadcasting inside einsum is not supported)"),
                std::string(1, lb[i]), it->second, b.dim(int(i)));
        size[lb[i]] = b.dim(int(i));
    }
    std::string batchL, contractL, freeA, freeB;
    for (char c : la) {
        bool inB = lb.find(c) != std::string::npos, inOut = outL.find(c) != std::string::npos;
        if (std::count(la.begin(), la.end(), c) > 1)
            return ctx.error(TFS_PHRASE("Errors", "repeated labels (traces) are not supported in '%1'"), eq);
        if (inB && inOut) batchL += c;
        else if (inB) contractL += c;
        else if (inOut) freeA += c;
        else
            return ctx.error(TFS_PHRASE("Errors", "label '%1' is summed within one operand; unsupported in '%2'"),
                             std::string(1, c), eq);
    }
    for (char c : lb) {
        bool inA = la.find(c) != std::string::npos, inOut = outL.find(c) != std::string::npos;
        if (!inA && inOut) freeB += c;
        else if (!inA)
            return ctx.error(TFS_PHRASE("Errors", "label '%1' is summed within one operand; unsupported in '%2'"),
                             std::string(1, c), eq);
    }
    for (char c : outL)
        if (size.find(c) == size.end())
            return ctx.error(TFS_PHRASE("Errors", "output label '%1' is not in the inputs"), std::string(1, c));
    auto permFor = [](const std::string& from, const std::string& order) {
        std::vector<int> perm;
        for (char c : order) perm.push_back(int(from.find(c)));
        return perm;
    };
    auto prod = [&](const std::string& labels) {
        int64_t p = 1;
        for (char c : labels) p *= size[c];
        return p;
    };
    Tensor at, bt;
    TFS_RETURN_IF_ERROR(transposeTensor(ctx, a, permFor(la, batchL + freeA + contractL), &at));
    TFS_RETURN_IF_ERROR(transposeTensor(ctx, b, permFor(lb, batchL + contractL + freeB), &bt));
    int64_t batches = prod(batchL), m = prod(freeA), k = prod(contractL), n = prod(freeB);
    std::string resultL = batchL + freeA + freeB;
    Dims resultDims;
    for (char c : resultL) resultDims.push_back(size[c]);
    auto made = Tensor::make(a.dtype(), resultDims);
    if (!made.ok()) return ctx.error(made.status());
    Tensor result = std::move(made).value();
    TFS_RETURN_IF_ERROR(dispatchFloat(ctx, a.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        for (int64_t i = 0; i < batches; ++i)
            gemm<T>(ctx, at.data<T>() + i * m * k, false, bt.data<T>() + i * k * n, false, result.data<T>() + i * m * n, m, n, k);
        return okStatus();
    }));
    Tensor out;
    TFS_RETURN_IF_ERROR(transposeTensor(ctx, result, permFor(resultL, outL), &out));
    setOutput(ctx, 0, std::move(out));
    return okStatus();
}

Status matMul(KernelContext& ctx) { return runWithHalfAsFloat(ctx, &matMulImpl); }
Status batchMatMul(KernelContext& ctx) { return runWithHalfAsFloat(ctx, &batchMatMulImpl); }
Status einsum(KernelContext& ctx) { return runWithHalfAsFloat(ctx, &einsumImpl); }

}  // namespace

std::vector<KernelEntry> matmulKernels() {
    return {
        {"MatMul", &matMul},
        {"BatchMatMul", &batchMatMul},
        {"BatchMatMulV2", &batchMatMul},
        {"BatchMatMulV3", &batchMatMul},
        {"Einsum", &einsum},
    };
}

}  // namespace tfs::exec::kernels
