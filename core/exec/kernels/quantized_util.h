#pragma once
// TensorFlow's eight-bit quantization arithmetic (quantization_utils.h), shared
// by the Quantized* kernels and the quantize_nodes pass: MIN_FIRST mapping of
// floats to quint8/qint32 and back, and the ranges of products and sums.

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace tfs::exec::kernels::quant {

/// Lowest and highest codes of a quantized type of `bits` bits (signed for qint32).
struct QuantLimits {
    double lowest, highest;
    int bits;
};
inline constexpr QuantLimits kQuint8{0.0, 255.0, 8};
inline constexpr QuantLimits kQint32{-2147483648.0, 2147483647.0, 32};

/// std::round (halves away from zero) without a libm call: truncation and the exact
/// fraction, which portable (SSE2) builds inline. Doubles of 2^52 and more are integers already.
inline double roundHalfAway(double x) {
    if (!(std::fabs(x) < 4503599627370496.0)) return x;
    const double t = double(int64_t(x));
    const double frac = x - t;
    return t + double(frac >= 0.5) - double(frac <= -0.5);
}

/// TF's FloatToQuantizedUnclamped: round(x*s) - round(min*s) + lowest with s = steps/(range*steps/(steps-1)).
inline int64_t floatToQuantizedUnclamped(double x, double rangeMin, double rangeMax, const QuantLimits& q) {
    if (rangeMin == rangeMax) return int64_t(q.lowest);
    const double steps = std::ldexp(1.0, q.bits);
    const double range = (rangeMax - rangeMin) * (steps / (steps - 1.0));
    const double scale = steps / range;
    return int64_t(std::round(x * scale) - std::round(rangeMin * scale) + q.lowest);
}

/// TF's FloatToQuantized: the unclamped code clamped to the type's limits.
inline int64_t floatToQuantized(double x, double rangeMin, double rangeMax, const QuantLimits& q) {
    double v = double(floatToQuantizedUnclamped(x, rangeMin, rangeMax, q));
    return int64_t(std::clamp(v, q.lowest, q.highest));
}

/// TF's QuantizedToFloat: the real value a code stands for in [rangeMin, rangeMax].
inline double quantizedToFloat(double code, double rangeMin, double rangeMax, const QuantLimits& q) {
    if (rangeMin == rangeMax) return rangeMin;
    const double steps = std::ldexp(1.0, q.bits);
    const double range = (rangeMax - rangeMin) * (steps / (steps - 1.0));
    const double step = range / steps;
    // TF rounds with a float step here, which shifts qint32 results by up to ~128 levels; double is exact.
    const double minRounded = std::round(rangeMin / step) * step;
    return minRounded + (code - q.lowest) * step;
}

/// Real value of one quantization level: (max - min) / (highest - lowest).
inline double floatForOneLevel(double rangeMin, double rangeMax, const QuantLimits& q) {
    return (rangeMax - rangeMin) / (q.highest - q.lowest);
}

/// Range of a qint32 product of two quint8 tensors (QuantizationRangeForMultiplication).
inline void productRange(double minA, double maxA, double minB, double maxB, float* minC, float* maxC) {
    const double level = floatForOneLevel(minA, maxA, kQuint8) * floatForOneLevel(minB, maxB, kQuint8);
    *minC = float(level * kQint32.lowest);
    *maxC = float(level * kQint32.highest);
}

/// Symmetric qint32 range for a sum of two eight-bit tensors (GetOutputMinAndMaxForQuantizedAdd).
inline void sumRange(double minA, double maxA, double minB, double maxB, float* minC, float* maxC) {
    const double biggest = std::max({maxA, -minA, maxB, -minB});
    *maxC = float(biggest * double(1 << 17));
    *minC = -*maxC;
}

}  // namespace tfs::exec::kernels::quant
