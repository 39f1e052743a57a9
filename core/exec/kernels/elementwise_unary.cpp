// Elementwise unary math (Neg, Abs, Sqrt, Exp, Log, Tanh, Sigmoid, Erf, Floor, ...), predicates and Cast.

#include "core/exec/kernels/eigen_util.h"
#include <cmath>
#include <type_traits>

#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"

namespace tfs::exec::kernels {
namespace {

enum class U { Neg, Abs, Sqrt, Rsqrt, Square, Exp, Expm1, Log, Log1p, Sin, Cos, Tan, Asin, Acos, Atan, Sinh, Cosh, Tanh,
               Asinh, Acosh, Atanh, Sigmoid, Erf, Erfc, Floor, Ceil, Round, Rint, Sign, Reciprocal, Invert, LogicalNot,
               IsNan, IsInf, IsFinite };

constexpr bool floatOnly(U op) {
    return !(op == U::Neg || op == U::Abs || op == U::Square || op == U::Floor || op == U::Ceil || op == U::Round ||
             op == U::Rint || op == U::Sign || op == U::Reciprocal || op == U::Invert || op == U::LogicalNot);
}
constexpr bool boolOut(U op) { return op == U::IsNan || op == U::IsInf || op == U::IsFinite || op == U::LogicalNot; }

template <U op, typename T>
auto unaryFunctor() {
    if constexpr (op == U::Neg) return [](T x) { return T(T(0) - x); };
    else if constexpr (op == U::Abs) {
        if constexpr (std::is_unsigned_v<T>) return [](T x) { return x; };
        else return [](T x) { return x < T(0) ? T(T(0) - x) : x; };
    } else if constexpr (op == U::Sqrt) return [](T x) { return T(std::sqrt(x)); };
    else if constexpr (op == U::Rsqrt) return [](T x) { return T(T(1) / std::sqrt(x)); };
    else if constexpr (op == U::Square) return [](T x) { return T(x * x); };
    else if constexpr (op == U::Exp) return [](T x) { return T(std::exp(x)); };
    else if constexpr (op == U::Expm1) return [](T x) { return T(std::expm1(x)); };
    else if constexpr (op == U::Log) return [](T x) { return T(std::log(x)); };
    else if constexpr (op == U::Log1p) return [](T x) { return T(std::log1p(x)); };
    else if constexpr (op == U::Sin) return [](T x) { return T(std::sin(x)); };
    else if constexpr (op == U::Cos) return [](T x) { return T(std::cos(x)); };
    else if constexpr (op == U::Tan) return [](T x) { return T(std::tan(x)); };
    else if constexpr (op == U::Asin) return [](T x) { return T(std::asin(x)); };
    else if constexpr (op == U::Acos) return [](T x) { return T(std::acos(x)); };
    else if constexpr (op == U::Atan) return [](T x) { return T(std::atan(x)); };
    else if constexpr (op == U::Sinh) return [](T x) { return T(std::sinh(x)); };
    else if constexpr (op == U::Cosh) return [](T x) { return T(std::cosh(x)); };
    else if constexpr (op == U::Tanh) return [](T x) { return T(std::tanh(x)); };
    else if constexpr (op == U::Asinh) return [](T x) { return T(std::asinh(x)); };
    else if constexpr (op == U::Acosh) return [](T x) { return T(std::acosh(x)); };
    else if constexpr (op == U::Atanh) return [](T x) { return T(std::atanh(x)); };
    else if constexpr (op == U::Sigmoid) return [](T x) { return T(T(1) / (T(1) + std::exp(-x))); };
    else if constexpr (op == U::Erf) return [](T x) { return T(std::erf(x)); };
    else if constexpr (op == U::Erfc) return [](T x) { return T(std::erfc(x)); };
    else if constexpr (op == U::Floor) {
        if constexpr (std::is_floating_point_v<T>) return [](T x) { return std::floor(x); };
        else return [](T x) { return x; };
    } else if constexpr (op == U::Ceil) {
        if constexpr (std::is_floating_point_v<T>) return [](T x) { return std::ceil(x); };
        else return [](T x) { return x; };
    } else if constexpr (op == U::Round || op == U::Rint) {
        // TensorFlow rounds half to even.
        if constexpr (std::is_floating_point_v<T>) return [](T x) { return std::nearbyint(x); };
        else return [](T x) { return x; };
    } else if constexpr (op == U::Sign) {
        if constexpr (std::is_floating_point_v<T>)
            return [](T x) { return std::isnan(x) ? x : T((x > T(0)) - (x < T(0))); };
        else return [](T x) { return T((x > T(0)) - (x < T(0))); };
    } else if constexpr (op == U::Reciprocal) {
        if constexpr (std::is_floating_point_v<T>) return [](T x) { return T(T(1) / x); };
        else return [](T x) { return x == T(0) ? T(0) : T(T(1) / x); };
    } else if constexpr (op == U::Invert) return [](T x) { return T(~x); };
    else if constexpr (op == U::LogicalNot) return [](T x) { return !bool(x); };
    else if constexpr (op == U::IsNan) return [](T x) { return bool(std::isnan(x)); };
    else if constexpr (op == U::IsInf) return [](T x) { return bool(std::isinf(x)); };
    else return [](T x) { return bool(std::isfinite(x)); };
}

// Vectorised Eigen paths for the transcendental functions on float/double.
template <U op, typename T>
bool eigenChunk(const T* in, T* out, int64_t n) {
    using Arr = Eigen::Array<T, Eigen::Dynamic, 1>;
    Eigen::Map<const Arr> x(in, n);
    Eigen::Map<Arr> y(out, n);
    if constexpr (op == U::Exp) y = x.exp();
    else if constexpr (op == U::Log) y = x.log();
    else if constexpr (op == U::Tanh) y = x.tanh();
    else if constexpr (op == U::Sigmoid) y = x.logistic();
    else if constexpr (op == U::Sqrt) y = x.sqrt();
    else if constexpr (op == U::Rsqrt) y = x.rsqrt();
    else if constexpr (op == U::Log1p) y = x.log1p();
    else return false;
    return true;
}

template <U op>
Status unaryImpl(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1));
    const Tensor& x = ctx.inputs[0];
    return dispatchRealBool(ctx, x.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        if constexpr (op == U::LogicalNot && !std::is_same_v<T, bool>) {
            return ctx.error(TFS_PHRASE("Errors", "%1 must be %2, got %3"), "input", "bool", x.describe());
        } else if constexpr (op != U::LogicalNot && std::is_same_v<T, bool>) {
            return ctx.error(TFS_PHRASE("Errors", "bool input is not supported by this op"));
        } else if constexpr (floatOnly(op) && !std::is_floating_point_v<T>) {
            return ctx.error(TFS_PHRASE("Errors", "input must be floating point, got %1"), x.describe());
        } else if constexpr (op == U::Invert && !std::is_integral_v<T>) {
            return ctx.error(TFS_PHRASE("Errors", "input must be an integer, got %1"), x.describe());
        } else {
            using Out = std::conditional_t<boolOut(op), bool, T>;
            Tensor* out;
            TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, dtypeOf<Out>(), x.dims(), &out));
            const T* in = x.data<T>();
            Out* o = out->data<Out>();
            ctx.parallelFor(x.numElements(), 8, [&](int64_t begin, int64_t end) {
                if constexpr (std::is_floating_point_v<T> && !boolOut(op)) {
                    if (eigenChunk<op, T>(in + begin, o + begin, end - begin)) return;
                }
                auto f = unaryFunctor<op, T>();
                for (int64_t i = begin; i < end; ++i) o[i] = f(in[i]);
            });
            return okStatus();
        }
    });
}

template <U op>
Status unaryKernel(KernelContext& ctx) {
    return runWithHalfAsFloat(ctx, &unaryImpl<op>);
}

template <typename From, typename To>
void castLoop(const KernelContext& ctx, const From* in, To* out, int64_t n) {
    ctx.parallelFor(n, 2, [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i) {
            if constexpr (std::is_same_v<To, bool>) out[i] = in[i] != From(0);
            else if constexpr (std::is_floating_point_v<From> && std::is_integral_v<To>) {
                // Out-of-range float -> int conversions are undefined in C++; clamp like saturating hardware.
                From v = in[i];
                if (std::isnan(v)) out[i] = To(0);
                else if (v <= From(std::numeric_limits<To>::lowest())) out[i] = std::numeric_limits<To>::lowest();
                else if (v >= From(std::numeric_limits<To>::max())) out[i] = std::numeric_limits<To>::max();
                else out[i] = To(v);
            } else out[i] = To(in[i]);
        }
    });
}

Status castNumeric(KernelContext& ctx, const Tensor& x, DataType dst) {
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, dst, x.dims(), &out));
    return dispatchRealBool(ctx, x.dtype(), [&](auto inTag) -> Status {
        using From = typename decltype(inTag)::type;
        return dispatchRealBool(ctx, dst, [&](auto outTag) -> Status {
            using To = typename decltype(outTag)::type;
            castLoop<From, To>(ctx, x.data<From>(), out->data<To>(), x.numElements());
            return okStatus();
        });
    });
}

Status cast(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1));
    const Tensor& x = ctx.inputs[0];
    DataType dst = baseType(attrType(ctx.node, "DstT", tensorflow::DT_INVALID));
    if (dst == tensorflow::DT_INVALID) return ctx.error(TFS_PHRASE("Errors", "missing attribute %1"), "DstT");
    if (x.dtype() == dst) {
        setOutput(ctx, 0, x);
        return okStatus();
    }
    Tensor src = toFloatTensor(x);
    if (isHalfLike(dst)) {
        if (src.dtype() != tensorflow::DT_FLOAT) {
            std::vector<Tensor> tmp;
            TFS_RETURN_IF_ERROR(castNumeric(ctx, src, tensorflow::DT_FLOAT));
            src = ctx.outputs[0];
        }
        setOutput(ctx, 0, fromFloatTensor(src, dst));
        return okStatus();
    }
    if (src.dtype() == dst) {
        setOutput(ctx, 0, src);
        return okStatus();
    }
    return castNumeric(ctx, src, dst);
}

}  // namespace

std::vector<KernelEntry> elementwiseUnaryKernels() {
    return {
        {"Neg", &unaryKernel<U::Neg>},         {"Abs", &unaryKernel<U::Abs>},
        {"Sqrt", &unaryKernel<U::Sqrt>},       {"Rsqrt", &unaryKernel<U::Rsqrt>},
        {"Square", &unaryKernel<U::Square>},   {"Exp", &unaryKernel<U::Exp>},
        {"Expm1", &unaryKernel<U::Expm1>},     {"Log", &unaryKernel<U::Log>},
        {"Log1p", &unaryKernel<U::Log1p>},     {"Sin", &unaryKernel<U::Sin>},
        {"Cos", &unaryKernel<U::Cos>},         {"Tan", &unaryKernel<U::Tan>},
        {"Asin", &unaryKernel<U::Asin>},       {"Acos", &unaryKernel<U::Acos>},
        {"Atan", &unaryKernel<U::Atan>},       {"Sinh", &unaryKernel<U::Sinh>},
        {"Cosh", &unaryKernel<U::Cosh>},       {"Tanh", &unaryKernel<U::Tanh>},
        {"Asinh", &unaryKernel<U::Asinh>},     {"Acosh", &unaryKernel<U::Acosh>},
        {"Atanh", &unaryKernel<U::Atanh>},     {"Sigmoid", &unaryKernel<U::Sigmoid>},
        {"Erf", &unaryKernel<U::Erf>},         {"Erfc", &unaryKernel<U::Erfc>},
        {"Floor", &unaryKernel<U::Floor>},     {"Ceil", &unaryKernel<U::Ceil>},
        {"Round", &unaryKernel<U::Round>},     {"Rint", &unaryKernel<U::Rint>},
        {"Sign", &unaryKernel<U::Sign>},       {"Reciprocal", &unaryKernel<U::Reciprocal>},
        {"Inv", &unaryKernel<U::Reciprocal>},  {"Invert", &unaryKernel<U::Invert>},
        {"LogicalNot", &unaryKernel<U::LogicalNot>}, {"IsNan", &unaryKernel<U::IsNan>},
        {"IsInf", &unaryKernel<U::IsInf>},     {"IsFinite", &unaryKernel<U::IsFinite>},
        {"Cast", &cast},
    };
}

}  // namespace tfs::exec::kernels
