#pragma once
// The eight-bit chain quantize_nodes writes after every QuantizedConv2D / QuantizedMatMul
// (RequantizationRange, Requantize, QuantizedAdd of the bias, RequantizationRange, Maximum,
// Requantize, QuantizedRelu), run by the head kernel on its qint32 sums in two passes instead of
// eight kernels with five passes. The codes and ranges are bit-identical to the unfused chain.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/exec/kernel.h"

namespace tfs::exec {

/// The chain as float operations on one value, when every requested range is a constant (after
/// freeze_requantization_ranges): what oneDNN's int8 primitive applies as post-ops to write the
/// codes itself. For a qint32 sum q: u = q * mul + add (FloatChain::firstStage), then `ops` in
/// order, then rounding to nearest and saturating to [0, 255]. It differs from the exact chain only
/// in rounding (ties to even, float32, the fine qint32 step of a bias add): by at most one code.
struct FloatChain {
    struct Op {
        enum class Kind { Clip, Round, Linear, AddChannel };
        Kind kind = Kind::Clip;
        float a = 0.f, b = 0.f;        // Clip: [a, b]; Linear: a * u + b
        std::vector<float> channel;  // AddChannel: one addend per channel
    };
    double scale0 = 0.0, offset0 = 0.0;  // the first Requantize: codes = round(real * scale0) - offset0
    std::vector<Op> ops;
    int64_t channels = 0;  // the channel count the AddChannel vectors need (0: any)
    float outMin = 0.f, outMax = 0.f;

    /// The first stage for sums whose range is [accMin, accMax]: u = q * mul + add.
    void firstStage(double accMin, double accMax, double* mul, double* add) const;
};

/// The fused chain, built at plan time (core/exec/quantized_fusion.h) from the graph's nodes.
struct QuantizedEpilogue {
    /// Where a Requantize's requested bound comes from: a constant, or the RequantizationRange of
    /// the stage's input, then raised by Maximum(bound, floor) for each floor in order.
    struct Bound {
        bool fromData = false;
        float value = 0.f;
        std::vector<float> floors;
    };
    struct Stage {
        enum class Kind { Requantize, BiasAdd, Relu, Relu6 };
        Kind kind = Kind::Requantize;
        Bound outMin, outMax;        // Requantize
        std::vector<uint8_t> bias;   // BiasAdd: one quint8 code per channel
        float biasMin = 0.f, biasMax = 0.f;
        std::string node;            // the graph node, for messages
    };
    std::vector<Stage> stages;  // starts with a Requantize (the head writes qint32), ends on quint8
    std::string describe;       // "fused eight-bit a, b, c" for profiles
    /// Set when every requested range is a constant (floatChainOf).
    std::shared_ptr<const FloatChain> floatChain;
};

namespace kernels {

/// The chain `e` as a FloatChain, or null when a requested range depends on the data (or is one
/// the Requantize kernel rejects: the exact path then reports it).
std::shared_ptr<const FloatChain> floatChainOf(const QuantizedEpilogue& e);

/// What a head kernel that wrote its sums in parts (one per thread, core/exec/kernels/quantized_nn.cpp)
/// already knows: each channel's extremes over all rows, and the rows of each part, which the last
/// pass gives to the same threads again (their sums are still in those cores' caches).
struct SumsInParts {
    std::vector<int32_t> lo, hi;     // per channel
    std::vector<int64_t> rowBounds;  // parts + 1 row boundaries
};

/// How many head kernels have written their sums in more than one part (tests check that path ran).
int64_t sumsInPartsRuns();

/// lo[c] = min(lo[c], x[r * channels + c]) and hi[c] likewise over `rows` rows.
void updateChannelExtremes(const int32_t* x, int64_t rows, int64_t channels, int32_t* lo, int32_t* hi);

/// Runs `e` on qint32 sums `acc` ([rows, channels], channels last) whose range is [accMin, accMax]:
/// writes the quint8 codes to `out` and the range they stand for, exactly as the chain's kernels.
Status applyQuantizedEpilogue(const KernelContext& ctx, const QuantizedEpilogue& e, const int32_t* acc, int64_t rows,
                              int64_t channels, float accMin, float accMax, uint8_t* out, float* outMin, float* outMax,
                              const SumsInParts* parts = nullptr);

}  // namespace kernels
}  // namespace tfs::exec
