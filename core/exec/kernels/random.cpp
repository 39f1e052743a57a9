// Random ops on a Philox4x32-10 counter generator, seeded like TensorFlow (key = seed, counter
// high words = seed2), so each run with a given seed pair produces the same values.
// RandomUniform, RandomStandardNormal, TruncatedNormal, RandomUniformInt.

#include <cmath>
#include <cstring>

#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"

namespace tfs::exec::kernels {
namespace {

class Philox {
public:
    Philox(uint64_t seed, uint64_t seed2) {
        key_[0] = uint32_t(seed);
        key_[1] = uint32_t(seed >> 32);
        counter_[2] = uint32_t(seed2);
        counter_[3] = uint32_t(seed2 >> 32);
    }
    /// Advances the 128-bit counter by `count` blocks.
    void skip(uint64_t count) {
        uint32_t lo = uint32_t(count), hi = uint32_t(count >> 32);
        counter_[0] += lo;
        if (counter_[0] < lo) ++hi;
        counter_[1] += hi;
        if (counter_[1] < hi && ++counter_[2] == 0) ++counter_[3];
    }
    /// Four fresh 32-bit values.
    void next(uint32_t out[4]) {
        uint32_t c[4] = {counter_[0], counter_[1], counter_[2], counter_[3]};
        uint32_t k[2] = {key_[0], key_[1]};
        for (int round = 0; round < 10; ++round) {
            uint64_t p0 = uint64_t(0xD2511F53u) * c[0], p1 = uint64_t(0xCD9E8D57u) * c[2];
            uint32_t r0 = uint32_t(p1 >> 32) ^ c[1] ^ k[0], r1 = uint32_t(p1), r2 = uint32_t(p0 >> 32) ^ c[3] ^ k[1], r3 = uint32_t(p0);
            c[0] = r0;
            c[1] = r1;
            c[2] = r2;
            c[3] = r3;
            k[0] += 0x9E3779B9u;
            k[1] += 0xBB67AE85u;
        }
        std::memcpy(out, c, sizeof(c));
        skip(1);
    }

private:
    uint32_t key_[2] = {0, 0};
    uint32_t counter_[4] = {0, 0, 0, 0};
};

float uint32ToFloat(uint32_t x) {
    uint32_t bits = (127u << 23) | (x & 0x7fffffu);
    float f;
    std::memcpy(&f, &bits, 4);
    return f - 1.0f;
}

void boxMuller(uint32_t x0, uint32_t x1, float* f0, float* f1) {
    const float epsilon = 1.0e-7f;
    float u1 = uint32ToFloat(x0);
    if (u1 < epsilon) u1 = epsilon;
    const float v1 = 2.0f * float(M_PI) * uint32ToFloat(x1);
    const float u2 = std::sqrt(-2.0f * std::log(u1));
    *f0 = std::sin(v1) * u2;
    *f1 = std::cos(v1) * u2;
}

Status readShape(KernelContext& ctx, Dims* dims) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1, -1));
    std::vector<int64_t> shape;
    TFS_RETURN_IF_ERROR(readInts(ctx, 0, &shape, "shape"));
    for (int64_t d : shape)
        if (d < 0) return ctx.error(TFS_PHRASE("Errors", "shape %1 has a negative dimension"), dimsToString(shape));
    *dims = shape;
    return okStatus();
}

Philox makeGenerator(const KernelContext& ctx) {
    uint64_t seed = uint64_t(attrInt(ctx.node, "seed")), seed2 = uint64_t(attrInt(ctx.node, "seed2"));
    if (seed == 0 && seed2 == 0) {
        // TensorFlow would pick random seeds; tfscope stays reproducible with a fixed pair.
        seed = 87654321;
        seed2 = 12345678;
    }
    return Philox(seed, seed2);
}

// Writes float values through a per-type store (float, double, half).
template <typename Fn>
Status fillFloats(KernelContext& ctx, const Dims& dims, Fn generate) {
    DataType dt = attrType(ctx.node, "dtype", tensorflow::DT_FLOAT);
    if (dt != tensorflow::DT_FLOAT && dt != tensorflow::DT_DOUBLE && !isHalfLike(dt))
        return ctx.error(TFS_PHRASE("Errors", "dtype must be a floating type, got %1"), dtypeShortName(dt));
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_FLOAT, dims, &out));
    generate(out->data<float>(), out->numElements());
    if (dt == tensorflow::DT_DOUBLE) {
        Tensor d(tensorflow::DT_DOUBLE, dims);
        for (int64_t i = 0; i < d.numElements(); ++i) d.data<double>()[i] = out->data<float>()[i];
        ctx.outputs[0] = std::move(d);
    } else if (isHalfLike(dt)) {
        ctx.outputs[0] = fromFloatTensor(ctx.outputs[0], dt);
    }
    return okStatus();
}

Status randomUniform(KernelContext& ctx) {
    Dims dims;
    TFS_RETURN_IF_ERROR(readShape(ctx, &dims));
    Philox gen = makeGenerator(ctx);
    return fillFloats(ctx, dims, [&](float* out, int64_t n) {
        uint32_t block[4];
        for (int64_t i = 0; i < n; i += 4) {
            gen.next(block);
            for (int64_t k = 0; k < 4 && i + k < n; ++k) out[i + k] = uint32ToFloat(block[k]);
        }
    });
}

Status randomNormal(KernelContext& ctx) {
    Dims dims;
    TFS_RETURN_IF_ERROR(readShape(ctx, &dims));
    Philox gen = makeGenerator(ctx);
    return fillFloats(ctx, dims, [&](float* out, int64_t n) {
        uint32_t block[4];
        float f[4];
        for (int64_t i = 0; i < n; i += 4) {
            gen.next(block);
            boxMuller(block[0], block[1], &f[0], &f[1]);
            boxMuller(block[2], block[3], &f[2], &f[3]);
            for (int64_t k = 0; k < 4 && i + k < n; ++k) out[i + k] = f[k];
        }
    });
}

Status truncatedNormal(KernelContext& ctx) {
    Dims dims;
    TFS_RETURN_IF_ERROR(readShape(ctx, &dims));
    Philox base = makeGenerator(ctx);
    return fillFloats(ctx, dims, [&](float* out, int64_t n) {
        // Each group of 4 outputs owns 256 samples (64 Philox blocks), like TensorFlow's sharding.
        for (int64_t group = 0; group * 4 < n; ++group) {
            Philox gen = base;
            gen.skip(uint64_t(group) * 64);
            uint32_t block[4];
            int used = 4;
            auto sample = [&]() {
                if (used == 4) {
                    gen.next(block);
                    used = 0;
                }
                return block[used++];
            };
            int64_t i = group * 4, end = std::min(n, i + 4);
            for (int attempts = 0; i < end && attempts < 128; ++attempts) {
                uint32_t x0 = sample(), x1 = sample();
                float f0, f1;
                boxMuller(x0, x1, &f0, &f1);
                if (std::abs(f0) < 2.0f) out[i++] = f0;
                if (i < end && std::abs(f1) < 2.0f) out[i++] = f1;
            }
        }
    });
}

Status randomUniformInt(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 3));
    Dims dims;
    TFS_RETURN_IF_ERROR(readShape(ctx, &dims));
    int64_t lo, hi;
    TFS_RETURN_IF_ERROR(readScalarInt(ctx, 1, &lo, "minval"));
    TFS_RETURN_IF_ERROR(readScalarInt(ctx, 2, &hi, "maxval"));
    if (hi <= lo) return ctx.error(TFS_PHRASE("Errors", "maxval must be greater than minval"));
    DataType dt = ctx.inputs[1].dtype();
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, dt, dims, &out));
    Philox gen = makeGenerator(ctx);
    uint64_t range = uint64_t(hi - lo);
    uint32_t block[4];
    for (int64_t i = 0; i < out->numElements(); i += 2) {
        gen.next(block);
        for (int64_t k = 0; k < 2 && i + k < out->numElements(); ++k) {
            uint64_t bits = dt == tensorflow::DT_INT64 ? (uint64_t(block[2 * k]) | uint64_t(block[2 * k + 1]) << 32) : block[2 * k];
            int64_t v = lo + int64_t(bits % range);
            if (dt == tensorflow::DT_INT64) out->data<int64_t>()[i + k] = v;
            else out->data<int32_t>()[i + k] = int32_t(v);
        }
    }
    return okStatus();
}

}  // namespace

std::vector<KernelEntry> randomKernels() {
    return {
        {"RandomUniform", &randomUniform},
        {"RandomStandardNormal", &randomNormal},
        {"TruncatedNormal", &truncatedNormal},
        {"RandomUniformInt", &randomUniformInt},
    };
}

}  // namespace tfs::exec::kernels
