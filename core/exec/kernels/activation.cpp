// Activations: Relu, Relu6, Elu, Selu, LeakyRelu, Softplus, Softsign, Softmax, LogSoftmax.

#include <cmath>
#include <type_traits>

#include "core/exec/kernels/eigen_util.h"
#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"
#include "core/exec/kernels/onednn.h"

namespace tfs::exec::kernels {
namespace {

enum class A { Relu, Relu6, Elu, Selu, LeakyRelu, Softplus, Softsign };

template <A op>
Status activationImpl(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1));
    const Tensor& x = ctx.inputs[0];
    const float alpha = attrFloat(ctx.node, "alpha", 0.2f);
    return dispatchReal(ctx, x.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        if constexpr (op != A::Relu && op != A::Relu6 && !std::is_floating_point_v<T>) {
            return ctx.error(TFS_PHRASE("Errors", "input must be floating point, got %1"), x.describe());
        } else {
            Tensor* out;
            TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, x.dtype(), x.dims(), &out));
            const T* in = x.data<T>();
            T* o = out->data<T>();
            ctx.parallelFor(x.numElements(), 4, [&](int64_t begin, int64_t end) {
                for (int64_t i = begin; i < end; ++i) {
                    T v = in[i];
                    if constexpr (op == A::Relu) o[i] = v > T(0) ? v : T(0);
                    else if constexpr (op == A::Relu6) o[i] = v > T(0) ? (v < T(6) ? v : T(6)) : T(0);
                    else if constexpr (op == A::Elu) o[i] = v > T(0) ? v : T(std::expm1(v));
                    else if constexpr (op == A::Selu) {
                        const T scale = T(1.0507009873554804934193349852946), a = T(1.6732632423543772848170429916717);
                        o[i] = v > T(0) ? T(scale * v) : T(scale * a * std::expm1(v));
                    } else if constexpr (op == A::LeakyRelu) o[i] = v > T(0) ? v : T(v * T(alpha));
                    else if constexpr (op == A::Softplus) o[i] = v > T(20) ? v : T(std::log1p(std::exp(v)));
                    else o[i] = T(v / (T(1) + std::abs(v)));
                }
            });
            return okStatus();
        }
    });
}

template <A op>
Status activation(KernelContext& ctx) {
    return runWithHalfAsFloat(ctx, &activationImpl<op>);
}

template <bool logSoftmax>
Status softmaxImpl(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1));
    const Tensor& x = ctx.inputs[0];
    if (x.rank() < 1)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be at least %2-D, got %3"), "logits", 1, x.describe());
    const int64_t depth = x.dim(x.rank() - 1);
    const int64_t rows = depth ? x.numElements() / depth : 0;
    return dispatchFloat(ctx, x.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        Tensor* out;
        TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, x.dtype(), x.dims(), &out));
        const T* in = x.data<T>();
        T* o = out->data<T>();
        if constexpr (!logSoftmax && std::is_same_v<T, float>)
            if (onednnSoftmax(ctx, in, o, rows, depth)) return okStatus();
        ctx.parallelFor(rows, depth * 20, [&](int64_t begin, int64_t end) {
            using Arr = Eigen::Array<T, Eigen::Dynamic, 1>;
            for (int64_t r = begin; r < end; ++r) {
                Eigen::Map<const Arr> xr(in + r * depth, depth);
                Eigen::Map<Arr> yr(o + r * depth, depth);
                T mx = xr.maxCoeff();
                yr = (xr - mx).exp();
                // Four independent double sums, so the adds overlap instead of waiting on each other.
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                int64_t i = 0;
                for (; i + 4 <= depth; i += 4) {
                    s0 += double(yr[i]);
                    s1 += double(yr[i + 1]);
                    s2 += double(yr[i + 2]);
                    s3 += double(yr[i + 3]);
                }
                for (; i < depth; ++i) s0 += double(yr[i]);
                const double sum = (s0 + s1) + (s2 + s3);
                if constexpr (logSoftmax) yr = (xr - mx) - T(std::log(sum));
                else yr *= T(1.0 / sum);
            }
        });
        return okStatus();
    });
}

template <bool logSoftmax>
Status softmax(KernelContext& ctx) {
    return runWithHalfAsFloat(ctx, &softmaxImpl<logSoftmax>);
}

}  // namespace

std::vector<KernelEntry> activationKernels() {
    return {
        {"Relu", &activation<A::Relu>},
        {"Relu6", &activation<A::Relu6>},
        {"Elu", &activation<A::Elu>},
        {"Selu", &activation<A::Selu>},
        {"LeakyRelu", &activation<A::LeakyRelu>},
        {"Softplus", &activation<A::Softplus>},
        {"Softsign", &activation<A::Softsign>},
        {"Softmax", &softmax<false>},
        {"LogSoftmax", &softmax<true>},
    };
}

}  // namespace tfs::exec::kernels
