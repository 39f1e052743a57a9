// Elementwise binary ops with NumPy broadcasting: arithmetic, comparisons, logic, BiasAdd, AddN.

#include <cmath>
#include <limits>
#include <type_traits>

#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"

namespace tfs::exec::kernels {
namespace {

// Applies out[i] = f(a[ia], b[ib]) over a broadcast plan, rows in parallel.
template <typename In, typename Out, typename F>
void broadcastLoop(const KernelContext& ctx, const BroadcastPlan& plan, const In* a, const In* b, Out* out, F f) {
    const int rank = int(plan.shape.size());
    const int64_t inner = plan.shape.back();
    const int64_t ia = plan.strideA.back(), ib = plan.strideB.back();
    const int64_t rows = plan.total / std::max<int64_t>(inner, 1);
    if (plan.total == 0) return;
    ctx.parallelFor(rows, inner * 2, [&](int64_t begin, int64_t end) {
        for (int64_t r = begin; r < end; ++r) {
            int64_t offA = 0, offB = 0, rem = r;
            for (int d = rank - 2; d >= 0; --d) {
                int64_t i = rem % plan.shape[size_t(d)];
                rem /= plan.shape[size_t(d)];
                offA += i * plan.strideA[size_t(d)];
                offB += i * plan.strideB[size_t(d)];
            }
            const In* pa = a + offA;
            const In* pb = b + offB;
            Out* po = out + r * inner;
            if (ia == 1 && ib == 1) {
                for (int64_t i = 0; i < inner; ++i) po[i] = f(pa[i], pb[i]);
            } else if (ia == 0 && ib == 1) {
                const In va = pa[0];
                for (int64_t i = 0; i < inner; ++i) po[i] = f(va, pb[i]);
            } else if (ia == 1 && ib == 0) {
                const In vb = pb[0];
                for (int64_t i = 0; i < inner; ++i) po[i] = f(pa[i], vb);
            } else {
                for (int64_t i = 0; i < inner; ++i) po[i] = f(pa[i * ia], pb[i * ib]);
            }
        }
    });
}

enum class Kind { Arith, Float, Integer, Compare, Equality, Logical };

// Integer +, -, * wrap like two's complement (as TensorFlow's kernels do) instead of overflowing,
// which is undefined for signed types; the sum is taken in an unsigned type at least as wide as int.
template <typename T>
using WrapInt = std::conditional_t<(sizeof(T) < sizeof(unsigned)), unsigned, std::make_unsigned_t<T>>;
template <typename T>
T wrapAdd(T a, T b) {
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) return T(WrapInt<T>(a) + WrapInt<T>(b));
    else return T(a + b);
}
template <typename T>
T wrapSub(T a, T b) {
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) return T(WrapInt<T>(a) - WrapInt<T>(b));
    else return T(a - b);
}
template <typename T>
T wrapMul(T a, T b) {
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) return T(WrapInt<T>(a) * WrapInt<T>(b));
    else return T(a * b);
}

// Integer division that cannot trap on MIN / -1 (wraps like two's complement instead).
template <typename T>
T truncDiv(T a, T b) {
    if constexpr (std::is_signed_v<T> && std::is_integral_v<T>)
        if (b == T(-1)) return wrapSub(T(0), a);
    return T(a / b);
}

template <typename T>
T truncMod(T a, T b) {
    if constexpr (std::is_floating_point_v<T>) return T(std::fmod(a, b));
    else if constexpr (std::is_signed_v<T>) return b == T(-1) ? T(0) : T(a % b);
    else return T(a % b);
}

template <typename T>
T floorDiv(T a, T b) {
    if constexpr (std::is_floating_point_v<T>) return std::floor(a / b);
    else if constexpr (std::is_signed_v<T>) {
        if (b == T(-1)) return wrapSub(T(0), a);
        T q = T(a / b);
        if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
        return q;
    } else return T(a / b);
}

template <typename T>
T floorMod(T a, T b) {
    if constexpr (std::is_floating_point_v<T>) {
        T r = std::fmod(a, b);
        if (r != 0 && ((r < 0) != (b < 0))) r += b;
        return r;
    } else if constexpr (std::is_signed_v<T>) {
        if (b == T(-1)) return T(0);
        T r = T(a % b);
        if (r != 0 && ((r < 0) != (b < 0))) r = T(r + b);
        return r;
    } else return T(a % b);
}

template <typename T>
T intPow(T base, T exp) {
    if constexpr (std::is_signed_v<T>)
        if (exp < 0) return base == 1 ? T(1) : base == -1 ? (exp % 2 ? T(-1) : T(1)) : T(0);
    T result = 1;
    while (exp) {
        if (exp & 1) result = wrapMul(result, base);
        exp = T(exp >> 1);
        base = wrapMul(base, base);
    }
    return result;
}

// Op codes so that one template handles all arithmetic ops.
enum class Op { Add, Sub, Mul, Div, RealDiv, FloorDiv, FloorMod, TruncateDiv, TruncateMod, Max, Min, Pow, SqDiff, DivNoNan,
                MulNoNan, Atan2, Xdivy, BitAnd, BitOr, BitXor, LeftShift, RightShift, Less, LessEq, Greater, GreaterEq, Equal, NotEqual,
                LogicalAnd, LogicalOr };

template <Op op, typename T>
auto opFunctor() {
    if constexpr (op == Op::Add) return [](T a, T b) { return wrapAdd(a, b); };
    else if constexpr (op == Op::Sub) return [](T a, T b) { return wrapSub(a, b); };
    else if constexpr (op == Op::Mul) return [](T a, T b) { return wrapMul(a, b); };
    else if constexpr (op == Op::Div || op == Op::RealDiv || op == Op::TruncateDiv) return [](T a, T b) { return truncDiv<T>(a, b); };
    else if constexpr (op == Op::FloorDiv) return [](T a, T b) { return floorDiv<T>(a, b); };
    else if constexpr (op == Op::FloorMod) return [](T a, T b) { return floorMod<T>(a, b); };
    else if constexpr (op == Op::TruncateMod) return [](T a, T b) { return truncMod<T>(a, b); };
    else if constexpr (op == Op::Max) return [](T a, T b) { return a < b ? b : a; };
    else if constexpr (op == Op::Min) return [](T a, T b) { return b < a ? b : a; };
    else if constexpr (op == Op::Pow) {
        if constexpr (std::is_floating_point_v<T>) return [](T a, T b) { return T(std::pow(a, b)); };
        else return [](T a, T b) { return intPow<T>(a, b); };
    } else if constexpr (op == Op::SqDiff) return [](T a, T b) { T d = wrapSub(a, b); return wrapMul(d, d); };
    else if constexpr (op == Op::DivNoNan) return [](T a, T b) { return b == T(0) ? T(0) : truncDiv<T>(a, b); };
    else if constexpr (op == Op::MulNoNan) return [](T a, T b) { return b == T(0) ? T(0) : wrapMul(a, b); };
    else if constexpr (op == Op::Atan2) return [](T a, T b) { return T(std::atan2(a, b)); };
    else if constexpr (op == Op::Xdivy) return [](T a, T b) { return a == T(0) ? T(0) : truncDiv<T>(a, b); };
    else if constexpr (op == Op::BitAnd) return [](T a, T b) { return T(a & b); };
    else if constexpr (op == Op::BitOr) return [](T a, T b) { return T(a | b); };
    else if constexpr (op == Op::BitXor) return [](T a, T b) { return T(a ^ b); };
    else if constexpr (op == Op::LeftShift || op == Op::RightShift) {
        // Shifts outside [0, bits) are clamped so they stay defined.
        return [](T a, T b) {
            constexpr int bits = int(sizeof(T) * 8);
            int s = b < T(0) ? 0 : (int64_t(b) >= bits ? bits - 1 : int(b));
            if constexpr (op == Op::LeftShift) return T(std::make_unsigned_t<T>(a) << s);
            else return T(a >> s);
        };
    }
    else if constexpr (op == Op::Less) return [](T a, T b) { return a < b; };
    else if constexpr (op == Op::LessEq) return [](T a, T b) { return a <= b; };
    else if constexpr (op == Op::Greater) return [](T a, T b) { return a > b; };
    else if constexpr (op == Op::GreaterEq) return [](T a, T b) { return a >= b; };
    else if constexpr (op == Op::Equal) return [](T a, T b) { return a == b; };
    else if constexpr (op == Op::NotEqual) return [](T a, T b) { return a != b; };
    else if constexpr (op == Op::LogicalAnd) return [](T a, T b) { return bool(a) && bool(b); };
    else return [](T a, T b) { return bool(a) || bool(b); };
}

constexpr bool isCompare(Op op) { return op >= Op::Less && op <= Op::LogicalOr; }
constexpr bool floatOnly(Op op) { return op == Op::Atan2 || op == Op::Xdivy; }
constexpr bool intOnly(Op op) { return op == Op::BitAnd || op == Op::BitOr || op == Op::BitXor || op == Op::LeftShift || op == Op::RightShift; }
constexpr bool needsNonZero(Op op) {
    return op == Op::Div || op == Op::RealDiv || op == Op::FloorDiv || op == Op::FloorMod || op == Op::TruncateDiv ||
           op == Op::TruncateMod;
}

Status stringEquality(KernelContext& ctx, bool equal) {
    const Tensor& a = ctx.inputs[0];
    const Tensor& b = ctx.inputs[1];
    if (b.dtype() != tensorflow::DT_STRING)
        return ctx.error(TFS_PHRASE("Errors", "both inputs must be strings, got %1 and %2"), a.describe(),
                         b.describe());
    Dims outDims;
    TFS_RETURN_IF_ERROR(broadcastShapes(ctx, a.dims(), b.dims(), &outDims));
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_BOOL, outDims, &out));
    auto sa = broadcastStrides(a.dims(), outDims), sb = broadcastStrides(b.dims(), outDims);
    for (int64_t i = 0; i < out->numElements(); ++i) {
        int64_t rem = i, oa = 0, ob = 0;
        for (int d = int(outDims.size()) - 1; d >= 0; --d) {
            int64_t k = rem % outDims[size_t(d)];
            rem /= outDims[size_t(d)];
            oa += k * sa[size_t(d)];
            ob += k * sb[size_t(d)];
        }
        out->data<bool>()[i] = (a.strings()[size_t(oa)] == b.strings()[size_t(ob)]) == equal;
    }
    return okStatus();
}

template <Op op>
Status binaryImpl(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    const Tensor& a = ctx.inputs[0];
    const Tensor& b = ctx.inputs[1];
    if constexpr (op == Op::Equal || op == Op::NotEqual)
        if (a.dtype() == tensorflow::DT_STRING) return stringEquality(ctx, op == Op::Equal);
    if (a.dtype() != b.dtype())
        return ctx.error(TFS_PHRASE("Errors", "dtypes differ: %1 and %2"), a.describe(), b.describe());
    Dims outDims;
    TFS_RETURN_IF_ERROR(broadcastShapes(ctx, a.dims(), b.dims(), &outDims));
    BroadcastPlan plan = makeBroadcastPlan(a.dims(), b.dims(), outDims);
    auto body = [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        if constexpr (std::is_same_v<T, bool> && !(op == Op::Equal || op == Op::NotEqual || op == Op::LogicalAnd ||
                                                  op == Op::LogicalOr)) {
            return ctx.error(TFS_PHRASE("Errors", "bool input is not supported by this op"));
        } else if constexpr ((op == Op::LogicalAnd || op == Op::LogicalOr) && !std::is_same_v<T, bool>) {
            return ctx.error(TFS_PHRASE("Errors", "%1 must be %2, got %3"), "inputs", "bool", a.describe());
        } else if constexpr (floatOnly(op) && !std::is_floating_point_v<T>) {
            return ctx.error(TFS_PHRASE("Errors", "inputs must be floating point, got %1"), a.describe());
        } else if constexpr (intOnly(op) && !std::is_integral_v<T>) {
            return ctx.error(TFS_PHRASE("Errors", "inputs must be integers, got %1"), a.describe());
        } else {
            if constexpr (needsNonZero(op) && std::is_integral_v<T>) {
                for (int64_t i = 0; i < b.numElements(); ++i)
                    if (b.data<T>()[i] == T(0)) return ctx.error(TFS_PHRASE("Errors", "integer division by zero"));
            }
            using Out = std::conditional_t<isCompare(op), bool, T>;
            Tensor* out;
            TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, dtypeOf<Out>(), outDims, &out));
            broadcastLoop<T, Out>(ctx, plan, a.data<T>(), b.data<T>(), out->data<Out>(), opFunctor<op, T>());
            return okStatus();
        }
    };
    return dispatchRealBool(ctx, a.dtype(), body);
}

template <Op op>
Status binaryKernel(KernelContext& ctx) {
    return runWithHalfAsFloat(ctx, &binaryImpl<op>);
}

Status biasAddImpl(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    const Tensor& x = ctx.inputs[0];
    const Tensor& bias = ctx.inputs[1];
    if (bias.rank() != 1) return ctx.error(TFS_PHRASE("Errors", "%1 must be %2-D, got %3"), "bias", 1, bias.describe());
    if (x.rank() < 2)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be at least %2-D, got %3"), "value", 2, x.describe());
    if (x.dtype() != bias.dtype())
        return ctx.error(TFS_PHRASE("Errors", "dtypes differ: %1 and %2"), x.describe(), bias.describe());
    bool nchw = attrString(ctx.node, "data_format", "NHWC") == "NCHW";
    int channelAxis = nchw ? 1 : x.rank() - 1;
    int64_t channels = x.dim(channelAxis);
    if (bias.dim(0) != channels)
        return ctx.error(TFS_PHRASE("Errors", "bias has %1 elements but value %2 has %3 channels"), bias.dim(0),
                         x.describe(), channels);
    int64_t outer = dimProduct(x.dims(), 0, channelAxis);
    int64_t inner = dimProduct(x.dims(), channelAxis + 1, x.rank());
    return dispatchReal(ctx, x.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        Tensor* out;
        TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, x.dtype(), x.dims(), &out));
        const T* px = x.data<T>();
        const T* pb = bias.data<T>();
        T* po = out->data<T>();
        ctx.parallelFor(outer, channels * inner, [&](int64_t begin, int64_t end) {
            for (int64_t o = begin; o < end; ++o)
                for (int64_t c = 0; c < channels; ++c) {
                    const T* src = px + (o * channels + c) * inner;
                    T* dst = po + (o * channels + c) * inner;
                    const T bv = pb[c];
                    if (inner == 1) dst[0] = T(src[0] + bv);
                    else
                        for (int64_t i = 0; i < inner; ++i) dst[i] = T(src[i] + bv);
                }
        });
        return okStatus();
    });
}

Status biasAdd(KernelContext& ctx) { return runWithHalfAsFloat(ctx, &biasAddImpl); }

Status addNImpl(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1, -1));
    const Tensor& first = ctx.inputs[0];
    for (const Tensor& t : ctx.inputs)
        if (t.dtype() != first.dtype() || t.dims() != first.dims())
            return ctx.error(TFS_PHRASE("Errors", "all inputs must have the same dtype and shape, got %1 and %2"),
                             first.describe(), t.describe());
    return dispatchReal(ctx, first.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        Tensor* out;
        TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, first.dtype(), first.dims(), &out));
        T* po = out->data<T>();
        int64_t n = first.numElements();
        ctx.parallelFor(n, int64_t(ctx.inputs.size()), [&](int64_t begin, int64_t end) {
            for (int64_t i = begin; i < end; ++i) po[i] = first.data<T>()[i];
            for (size_t k = 1; k < ctx.inputs.size(); ++k) {
                const T* p = ctx.inputs[k].data<T>();
                for (int64_t i = begin; i < end; ++i) po[i] = T(po[i] + p[i]);
            }
        });
        return okStatus();
    });
}

Status addN(KernelContext& ctx) { return runWithHalfAsFloat(ctx, &addNImpl); }

}  // namespace

std::vector<KernelEntry> elementwiseBinaryKernels() {
    return {
        {"Add", &binaryKernel<Op::Add>},
        {"AddV2", &binaryKernel<Op::Add>},
        {"Sub", &binaryKernel<Op::Sub>},
        {"Mul", &binaryKernel<Op::Mul>},
        {"Div", &binaryKernel<Op::Div>},
        {"RealDiv", &binaryKernel<Op::RealDiv>},
        {"TruncateDiv", &binaryKernel<Op::TruncateDiv>},
        {"FloorDiv", &binaryKernel<Op::FloorDiv>},
        {"FloorMod", &binaryKernel<Op::FloorMod>},
        {"TruncateMod", &binaryKernel<Op::TruncateMod>},
        {"Mod", &binaryKernel<Op::TruncateMod>},
        {"Maximum", &binaryKernel<Op::Max>},
        {"Minimum", &binaryKernel<Op::Min>},
        {"Pow", &binaryKernel<Op::Pow>},
        {"SquaredDifference", &binaryKernel<Op::SqDiff>},
        {"DivNoNan", &binaryKernel<Op::DivNoNan>},
        {"MulNoNan", &binaryKernel<Op::MulNoNan>},
        {"Atan2", &binaryKernel<Op::Atan2>},
        {"Xdivy", &binaryKernel<Op::Xdivy>},
        {"BitwiseAnd", &binaryKernel<Op::BitAnd>},
        {"BitwiseOr", &binaryKernel<Op::BitOr>},
        {"BitwiseXor", &binaryKernel<Op::BitXor>},
        {"LeftShift", &binaryKernel<Op::LeftShift>},
        {"RightShift", &binaryKernel<Op::RightShift>},
        {"Less", &binaryKernel<Op::Less>},
        {"LessEqual", &binaryKernel<Op::LessEq>},
        {"Greater", &binaryKernel<Op::Greater>},
        {"GreaterEqual", &binaryKernel<Op::GreaterEq>},
        {"Equal", &binaryKernel<Op::Equal>},
        {"NotEqual", &binaryKernel<Op::NotEqual>},
        {"LogicalAnd", &binaryKernel<Op::LogicalAnd>},
        {"LogicalOr", &binaryKernel<Op::LogicalOr>},
        {"BiasAdd", &biasAdd},
        {"BiasAddV1", &biasAdd},
        {"AddN", &addN},
    };
}

}  // namespace tfs::exec::kernels
