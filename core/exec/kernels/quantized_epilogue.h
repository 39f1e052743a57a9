#pragma once
// The eight-bit chain quantize_nodes writes after every QuantizedConv2D / QuantizedMatMul
// (RequantizationRange, Requantize, QuantizedAdd of the bias, RequantizationRange, Maximum,
// Requantize, QuantizedRelu), run by the head kernel on its qint32 sums in two passes instead of
// eight kernels with five passes. The codes and ranges are bit-identical to the unfused chain.

#include <cstdint>
#include <string>
#include <vector>

#include "core/exec/kernel.h"

namespace tfs::exec {

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
};

namespace kernels {

/// Runs `e` on qint32 sums `acc` ([rows, channels], channels last) whose range is [accMin, accMax]:
/// writes the quint8 codes to `out` and the range they stand for, exactly as the chain's kernels.
Status applyQuantizedEpilogue(const KernelContext& ctx, const QuantizedEpilogue& e, const int32_t* acc, int64_t rows,
                              int64_t channels, float accMin, float accMax, uint8_t* out, float* outMin, float* outMax);

}  // namespace kernels
}  // namespace tfs::exec
