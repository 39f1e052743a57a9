// Reductions (Sum, Mean, Max, Min, Prod, All, Any, EuclideanNorm), ArgMax/ArgMin and Cumsum/Cumprod.

#include <cmath>
#include <limits>
#include <type_traits>

#if defined(__x86_64__)
#include <immintrin.h>
// GCC 12's AVX-512 headers start some intrinsics from an undefined register and then warn about it.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#endif

#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"

namespace tfs::exec::kernels {
namespace {

enum class R { Sum, Mean, Max, Min, Prod, All, Any, Norm };

template <typename T>
using Acc = std::conditional_t<std::is_floating_point_v<T>, double, std::conditional_t<std::is_same_v<T, bool>, uint8_t, T>>;

// Smallest / largest of a float row (n >= 1); a NaN anywhere makes it NaN, as the scalar loop
// below has it. In vector lanes: one running value is a chain of dependent compares (~1 ns per
// element, and GCC does not vectorise a float min without -ffast-math).
template <bool kMax>
float rowExtremeScalar(const float* row, int64_t k, int64_t n, float a, bool nan) {
    for (; k < n; ++k) {
        a = (kMax ? row[k] > a : row[k] < a) ? row[k] : a;
        nan |= row[k] != row[k];
    }
    return nan ? NAN : a;
}
#if defined(__x86_64__)
// max_ps(v, a) is v > a ? v : a (a when v is NaN, which the unordered compare records).
template <bool kMax>
__attribute__((target("avx512f"))) float rowExtremeAvx512(const float* row, int64_t n) {
    __m512 a0 = _mm512_set1_ps(row[0]), a1 = a0;
    __mmask16 nan = 0;
    int64_t k = 0;
    for (; k + 32 <= n; k += 32) {
        const __m512 v0 = _mm512_loadu_ps(row + k), v1 = _mm512_loadu_ps(row + k + 16);
        a0 = kMax ? _mm512_max_ps(v0, a0) : _mm512_min_ps(v0, a0);
        a1 = kMax ? _mm512_max_ps(v1, a1) : _mm512_min_ps(v1, a1);
        nan |= _mm512_cmp_ps_mask(v0, v1, _CMP_UNORD_Q);
    }
    alignas(64) float lanes[32];
    _mm512_store_ps(lanes, a0);
    _mm512_store_ps(lanes + 16, a1);
    return rowExtremeScalar<kMax>(row, k, n, rowExtremeScalar<kMax>(lanes, 0, 32, lanes[0], false), nan != 0);
}
template <bool kMax>
float rowExtremeSse(const float* row, int64_t n) {
    __m128 a0 = _mm_set1_ps(row[0]), a1 = a0, nan = _mm_setzero_ps();
    int64_t k = 0;
    for (; k + 8 <= n; k += 8) {
        const __m128 v0 = _mm_loadu_ps(row + k), v1 = _mm_loadu_ps(row + k + 4);
        a0 = kMax ? _mm_max_ps(v0, a0) : _mm_min_ps(v0, a0);
        a1 = kMax ? _mm_max_ps(v1, a1) : _mm_min_ps(v1, a1);
        nan = _mm_or_ps(nan, _mm_cmpunord_ps(v0, v1));
    }
    alignas(16) float lanes[8];
    _mm_store_ps(lanes, a0);
    _mm_store_ps(lanes + 4, a1);
    return rowExtremeScalar<kMax>(row, k, n, rowExtremeScalar<kMax>(lanes, 0, 8, lanes[0], false), _mm_movemask_ps(nan) != 0);
}
template <bool kMax>
float rowExtremeF32(const float* row, int64_t n) {
    static const bool avx512 = __builtin_cpu_supports("avx512f");
    return avx512 ? rowExtremeAvx512<kMax>(row, n) : rowExtremeSse<kMax>(row, n);
}
#else
template <bool kMax>
float rowExtremeF32(const float* row, int64_t n) {
    return rowExtremeScalar<kMax>(row, 0, n, row[0], false);
}
#endif
float rowMinF32(const float* row, int64_t n) { return rowExtremeF32<false>(row, n); }
float rowMaxF32(const float* row, int64_t n) { return rowExtremeF32<true>(row, n); }

// Reduces axis 1 of a [outer, n, inner] view into [outer, inner].
template <R op, typename T>
void reduceMiddle(const KernelContext& ctx, const T* in, T* out, int64_t outer, int64_t n, int64_t inner) {
    if constexpr ((op == R::Sum || op == R::Mean) && std::is_floating_point_v<T>) {
        if (inner == 1 && n > 0) {
            // Rows (layer norm's moments): four independent double sums, so the adds overlap.
            ctx.parallelFor(outer, n, [&](int64_t o0, int64_t o1) {
                for (int64_t o = o0; o < o1; ++o) {
                    const T* row = in + o * n;
                    double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
                    int64_t k = 0;
                    for (; k + 4 <= n; k += 4) {
                        a0 += double(row[k]);
                        a1 += double(row[k + 1]);
                        a2 += double(row[k + 2]);
                        a3 += double(row[k + 3]);
                    }
                    for (; k < n; ++k) a0 += double(row[k]);
                    const double sum = (a0 + a1) + (a2 + a3);
                    out[o] = T(op == R::Mean ? sum / double(n) : sum);
                }
            });
            return;
        }
    }
    if constexpr ((op == R::Max || op == R::Min) && std::is_floating_point_v<T>) {
        if (inner == 1 && n > 0) {
            // Whole rows (QuantizeV2's input range): four independent running extremes; NaN wins.
            auto pick = [](T a, T v) {
                if constexpr (op == R::Max) return (v > a || v != v) ? v : a;
                else return (v < a || v != v) ? v : a;
            };
            ctx.parallelFor(outer, n, [&](int64_t o0, int64_t o1) {
                for (int64_t o = o0; o < o1; ++o) {
                    const T* row = in + o * n;
                    if constexpr (std::is_same_v<T, float>) {
                        out[o] = op == R::Max ? rowMaxF32(row, n) : rowMinF32(row, n);
                        continue;
                    }
                    T a0 = row[0], a1 = row[0], a2 = row[0], a3 = row[0];
                    int64_t k = 1;
                    for (; k + 4 <= n; k += 4) {
                        a0 = pick(a0, row[k]);
                        a1 = pick(a1, row[k + 1]);
                        a2 = pick(a2, row[k + 2]);
                        a3 = pick(a3, row[k + 3]);
                    }
                    for (; k < n; ++k) a0 = pick(a0, row[k]);
                    out[o] = pick(pick(a0, a1), pick(a2, a3));
                }
            });
            return;
        }
    }
    ctx.parallelFor(outer, n * inner, [&](int64_t o0, int64_t o1) {
        std::vector<Acc<T>> acc(static_cast<size_t>(inner));
        for (int64_t o = o0; o < o1; ++o) {
            const T* base = in + o * n * inner;
            for (int64_t i = 0; i < inner; ++i) {
                if constexpr (op == R::Max) acc[size_t(i)] = n ? Acc<T>(base[i]) : Acc<T>(std::numeric_limits<T>::lowest());
                else if constexpr (op == R::Min) acc[size_t(i)] = n ? Acc<T>(base[i]) : Acc<T>(std::numeric_limits<T>::max());
                else if constexpr (op == R::Prod || op == R::All) acc[size_t(i)] = Acc<T>(1);
                else acc[size_t(i)] = Acc<T>(0);
            }
            for (int64_t k = 0; k < n; ++k) {
                const T* row = base + k * inner;
                for (int64_t i = 0; i < inner; ++i) {
                    Acc<T>& a = acc[size_t(i)];
                    Acc<T> v = Acc<T>(row[i]);
                    if constexpr (op == R::Sum || op == R::Mean) a = Acc<T>(a + v);
                    else if constexpr (op == R::Norm) a = Acc<T>(a + v * v);
                    else if constexpr (op == R::Max) a = (v > a || v != v) ? v : a;
                    else if constexpr (op == R::Min) a = (v < a || v != v) ? v : a;
                    else if constexpr (op == R::Prod) a = Acc<T>(a * v);
                    else if constexpr (op == R::All) a = a && v;
                    else a = a || v;
                }
            }
            for (int64_t i = 0; i < inner; ++i) {
                Acc<T> a = acc[size_t(i)];
                if constexpr (op == R::Mean) a = n ? Acc<T>(a / Acc<T>(n)) : Acc<T>(std::is_floating_point_v<T> ? NAN : 0);
                if constexpr (op == R::Norm) a = Acc<T>(std::sqrt(double(a)));
                out[o * inner + i] = T(a);
            }
        }
    });
}

template <R op>
Status reduceImpl(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    const Tensor& x = ctx.inputs[0];
    std::vector<int64_t> axesIn;
    TFS_RETURN_IF_ERROR(readInts(ctx, 1, &axesIn, "reduction_indices"));
    bool keep = attrBool(ctx.node, "keep_dims", false);
    const int rank = x.rank();
    std::vector<bool> reduce(static_cast<size_t>(std::max(rank, 0)), false);
    for (int64_t a : axesIn) {
        int ax;
        TFS_RETURN_IF_ERROR(normalizeAxis(ctx, a, std::max(rank, 1), &ax, "reduction axis"));
        if (rank > 0) reduce[size_t(ax)] = true;
    }
    Dims outDims, keptDims;
    for (int d = 0; d < rank; ++d) {
        if (reduce[size_t(d)]) {
            if (keep) outDims.push_back(1);
            keptDims.push_back(1);
        } else {
            outDims.push_back(x.dim(d));
            keptDims.push_back(x.dim(d));
        }
    }
    auto body = [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        if constexpr ((op == R::All || op == R::Any) != std::is_same_v<T, bool>) {
            if constexpr (op == R::All || op == R::Any)
                return ctx.error(TFS_PHRASE("Errors", "%1 must be %2, got %3"), "input", "bool", x.describe());
            else
                return ctx.error(TFS_PHRASE("Errors", "bool input is not supported, got %1"), x.describe());
        } else {
            // Reduce runs of adjacent reduced axes one at a time (outermost first for Mean's count).
            Tensor cur = x;
            Dims curDims = x.dims();
            int d = 0;
            while (d < int(curDims.size())) {
                if (!reduce[size_t(d)]) {
                    ++d;
                    continue;
                }
                int e = d;
                while (e < int(curDims.size()) && reduce[size_t(e)]) ++e;
                int64_t outer = dimProduct(curDims, 0, d), n = dimProduct(curDims, d, e), inner = dimProduct(curDims, e, int(curDims.size()));
                Dims next = curDims;
                for (int k = d; k < e; ++k) next[size_t(k)] = 1;
                auto made = Tensor::make(x.dtype(), next);
                if (!made.ok()) return ctx.error(made.status());
                Tensor nt = std::move(made).value();
                reduceMiddle<op, T>(ctx, cur.data<T>(), nt.data<T>(), outer, n, inner);
                cur = std::move(nt);
                curDims = next;
                d = e;
            }
            if (cur.buffer() == x.buffer()) cur = x.clone();
            setOutput(ctx, 0, *cur.reshaped(outDims));
            return okStatus();
        }
    };
    if constexpr (op == R::All || op == R::Any) return dispatchRealBool(ctx, x.dtype(), body);
    else return dispatchReal(ctx, x.dtype(), body);
}

template <R op>
Status reduceKernel(KernelContext& ctx) {
    return runWithHalfAsFloat(ctx, &reduceImpl<op>);
}

template <bool isMax>
Status argImpl(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    const Tensor& x = ctx.inputs[0];
    int64_t axisValue;
    TFS_RETURN_IF_ERROR(readScalarInt(ctx, 1, &axisValue, "dimension"));
    int axis;
    TFS_RETURN_IF_ERROR(normalizeAxis(ctx, axisValue, x.rank(), &axis, "dimension"));
    DataType outType = attrType(ctx.node, "output_type", tensorflow::DT_INT64);
    if (outType != tensorflow::DT_INT32 && outType != tensorflow::DT_INT64)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be int32 or int64"), "output_type");
    int64_t n = x.dim(axis);
    if (n == 0)
        return ctx.error(TFS_PHRASE("Errors", "cannot take %1 of an empty dimension"), isMax ? "argmax" : "argmin");
    Dims outDims = x.dims();
    outDims.erase(outDims.begin() + axis);
    int64_t outer = dimProduct(x.dims(), 0, axis), inner = dimProduct(x.dims(), axis + 1, x.rank());
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, outType, outDims, &out));
    return dispatchRealBool(ctx, x.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        const T* px = x.data<T>();
        for (int64_t o = 0; o < outer; ++o)
            for (int64_t i = 0; i < inner; ++i) {
                const T* base = px + o * n * inner + i;
                int64_t best = 0;
                T bv = base[0];
                for (int64_t k = 1; k < n; ++k) {
                    T v = base[k * inner];
                    if (isMax ? (v > bv) : (v < bv)) {
                        bv = v;
                        best = k;
                    }
                }
                if (outType == tensorflow::DT_INT32) out->data<int32_t>()[o * inner + i] = int32_t(best);
                else out->data<int64_t>()[o * inner + i] = best;
            }
        return okStatus();
    });
}

template <bool isMax>
Status argKernel(KernelContext& ctx) {
    return runWithHalfAsFloat(ctx, &argImpl<isMax>);
}

template <bool prod>
Status cumImpl(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    const Tensor& x = ctx.inputs[0];
    int64_t axisValue;
    TFS_RETURN_IF_ERROR(readScalarInt(ctx, 1, &axisValue, "axis"));
    int axis;
    TFS_RETURN_IF_ERROR(normalizeAxis(ctx, axisValue, x.rank(), &axis, "axis"));
    bool exclusive = attrBool(ctx.node, "exclusive"), reverse = attrBool(ctx.node, "reverse");
    int64_t n = x.dim(axis), outer = dimProduct(x.dims(), 0, axis), inner = dimProduct(x.dims(), axis + 1, x.rank());
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, x.dtype(), x.dims(), &out));
    return dispatchReal(ctx, x.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        const T* px = x.data<T>();
        T* po = out->data<T>();
        for (int64_t o = 0; o < outer; ++o)
            for (int64_t i = 0; i < inner; ++i) {
                Acc<T> acc = prod ? 1 : 0;
                for (int64_t s = 0; s < n; ++s) {
                    int64_t k = reverse ? n - 1 - s : s;
                    int64_t idx = (o * n + k) * inner + i;
                    if (exclusive) {
                        po[idx] = T(acc);
                        acc = prod ? Acc<T>(acc * px[idx]) : Acc<T>(acc + px[idx]);
                    } else {
                        acc = prod ? Acc<T>(acc * px[idx]) : Acc<T>(acc + px[idx]);
                        po[idx] = T(acc);
                    }
                }
            }
        return okStatus();
    });
}

template <bool prod>
Status cumKernel(KernelContext& ctx) {
    return runWithHalfAsFloat(ctx, &cumImpl<prod>);
}

}  // namespace

std::vector<KernelEntry> reductionKernels() {
    return {
        {"Sum", &reduceKernel<R::Sum>},
        {"Mean", &reduceKernel<R::Mean>},
        {"Max", &reduceKernel<R::Max>},
        {"Min", &reduceKernel<R::Min>},
        {"Prod", &reduceKernel<R::Prod>},
        {"All", &reduceKernel<R::All>},
        {"Any", &reduceKernel<R::Any>},
        {"EuclideanNorm", &reduceKernel<R::Norm>},
        {"ArgMax", &argKernel<true>},
        {"ArgMin", &argKernel<false>},
        {"Cumsum", &cumKernel<false>},
        {"Cumprod", &cumKernel<true>},
    };
}

}  // namespace tfs::exec::kernels
