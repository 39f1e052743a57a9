#pragma once
// TensorFlow's eight-bit quantization arithmetic (quantization_utils.h), shared
// by the Quantized* kernels and the quantize_nodes pass: MIN_FIRST mapping of
// floats to quint8/qint32 and back, and the ranges of products and sums.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

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

/// TF's FloatToQuantized for many values of one range: round(x*s) - round(min*s) + lowest with
/// s = steps/(range*steps/(steps-1)), the scale and the code of min computed once.
struct Quantizer {
    Quantizer(double rangeMin, double rangeMax, const QuantLimits& limits) : q(limits), flat(rangeMin == rangeMax) {
        const double steps = std::ldexp(1.0, q.bits);
        const double range = (rangeMax - rangeMin) * (steps / (steps - 1.0));
        scale = steps / range;
        minCode = flat ? 0.0 : std::round(rangeMin * scale);
    }
    /// TF's FloatToQuantizedUnclamped.
    int64_t unclamped(double x) const {
        if (flat) return int64_t(q.lowest);
        // roundHalfAway differs from std::round only in the sign of a zero, which the integer drops.
        return int64_t(roundHalfAway(x * scale) - minCode + q.lowest);
    }
    /// TF's FloatToQuantized: the unclamped code clamped to the type's limits.
    int64_t clamped(double x) const { return int64_t(std::clamp(double(unclamped(x)), q.lowest, q.highest)); }

    QuantLimits q;
    bool flat;
    double scale = 0.0, minCode = 0.0;
};

inline int64_t floatToQuantizedUnclamped(double x, double rangeMin, double rangeMax, const QuantLimits& q) {
    return Quantizer(rangeMin, rangeMax, q).unclamped(x);
}

inline int64_t floatToQuantized(double x, double rangeMin, double rangeMax, const QuantLimits& q) {
    return Quantizer(rangeMin, rangeMax, q).clamped(x);
}

/// QuantizedToFloat's two constants for a range that is not a single value: the real value of
/// the lowest code and of one step.
inline void quantizedToFloatParts(double rangeMin, double rangeMax, const QuantLimits& q, double* minRounded, double* step) {
    const double steps = std::ldexp(1.0, q.bits);
    const double range = (rangeMax - rangeMin) * (steps / (steps - 1.0));
    *step = range / steps;
    // TF rounds with a float step here, which shifts qint32 results by up to ~128 levels; double is exact.
    *minRounded = std::round(rangeMin / *step) * *step;
}

/// TF's QuantizedToFloat: the real value a code stands for in [rangeMin, rangeMax].
inline double quantizedToFloat(double code, double rangeMin, double rangeMax, const QuantLimits& q) {
    if (rangeMin == rangeMax) return rangeMin;
    double minRounded, step;
    quantizedToFloatParts(rangeMin, rangeMax, q, &minRounded, &step);
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

/// Requantize's arithmetic from a qint32 range to a requested quint8 range: quantizedToFloat and
/// floatToQuantized are affine, so code = round(q * step + real0) * s) - round(outMin * s), clamped.
struct Requantizer {
    Requantizer(double inMin, double inMax, double outMin, double outMax)
        : real0(quantizedToFloat(0.0, inMin, inMax, kQint32)),
          step(quantizedToFloat(1.0, inMin, inMax, kQint32) - real0),
          s(outMax > outMin ? 255.0 / (outMax - outMin) : 0.0),
          offset(std::round(outMin * s)),
          wide(!(std::fabs(offset) < 1e9)),
          lo(offset - 1),
          hi(offset + 256) {}
    /// The code of one qint32 value (what requantizeCodes writes for it).
    uint8_t code(int32_t q) const {
        if (wide) return uint8_t(std::clamp(roundHalfAway((real0 + double(q) * step) * s) - offset, 0.0, 255.0));
        return clampedCode(q, real0, step, s, lo, hi, offset);
    }
    /// Whether larger qint32 values never get smaller codes (the ranges are not inverted).
    bool monotone() const { return step >= 0.0 && s >= 0.0; }

    // Values beyond [offset - 1, offset + 256] clamp to code 0 or 255 whatever their rounding, so
    // clamping first keeps the int32 truncation in range and the loop free of branches (vectorised).
    static uint8_t clampedCode(int32_t q, double real0, double step, double s, double lo, double hi, double offset) {
        double v = (real0 + double(q) * step) * s;
        v = v < lo ? lo : v;
        v = v > hi ? hi : v;
        // round(|v|) from its integer part and exact fraction, then v's sign back: no branches.
        const double a = std::fabs(v), t = double(int32_t(a));
        double c = std::copysign(t + (a - t >= 0.5 ? 1.0 : 0.0), v) - offset;
        c = c < 0.0 ? 0.0 : c;
        c = c > 255.0 ? 255.0 : c;
        return uint8_t(int32_t(c));
    }

    double real0, step, s, offset;
    bool wide;  // offset too large for the clamped form: rounded in full
    double lo, hi;
};

/// dst[i] = r.code(src[i]) for n values (AVX-512 where the CPU has it; quantized_simd.cpp).
void requantizeCodes(const Requantizer& r, const int32_t* src, uint8_t* dst, int64_t n);
/// lo[c] = min(lo[c], x[r * channels + c]) and hi[c] likewise over `rows` rows, in AVX-512 registers;
/// false (nothing done) without AVX-512 or for channel counts other than 16, 32, 48 and 64.
bool channelExtremesAvx512(const int32_t* x, int64_t rows, int64_t channels, int32_t* lo, int32_t* hi);

/// The first code of values in [qLo, qHi] from a float multiply-add (u = q * mul + add), with the
/// distance `eps` from a rounding tie beyond which its rounding is r.code's: values closer take the
/// double steps. Not usable when that bound is too coarse (huge values, a wide offset).
struct FirstCodeInFloat {
    FirstCodeInFloat(const Requantizer& r, int32_t qLo, int32_t qHi);
    bool usable = false;
    float mul = 0.f, add = 0.f, eps = 0.5f;
};

/// The fused chain's later stages as one float multiply-add of the first code k: final =
/// min(hi, max(lo, nearbyint(k * a[c] + b[c]))). checkTailInFloat first fits each channel's a and b
/// to the table (the rounding between, a bias add's qint32 step, tips near ties the other way),
/// then compares every (channel, code) that occurs with the table: codes that still differ are
/// listed per channel with the table's value, and groups with too many keep reading the table.
struct TailInFloat {
    static constexpr int kMaxExceptions = 6;  // per channel; each costs two instructions per 16 values
    float lo = 0.f, hi = 255.f;
    std::vector<float> a, b;            // slope and addend, one per channel
    std::vector<uint8_t> exact;         // per group of 16 channels: the float form plus its exceptions is exact
    std::vector<uint8_t> slots;         // per group: exception slots in use
    std::vector<int32_t> exceptionCode;   // [group][slot][lane]: a first code (-1: none)
    std::vector<int32_t> exceptionValue;  // [group][slot][lane]: the table's value for it
};
/// Fits t.a and t.b to the table and fills t.exact: group g is exact when for every channel c in it
/// and every first code k in [codeLo[c], codeHi[c]] the float form or an exception gives
/// table[c * 256 + k]. False without AVX-512 (no group is then exact, and the tail is not used).
bool checkTailInFloat(TailInFloat& t, const int32_t* table, const int32_t* codeLo, const int32_t* codeHi, int64_t channels);

/// dst[i] = table[c * 256 + r.code(src[i])] for rows of `channels` values, c the channel (the fused chain's last pass).
/// With `fast` (for every value of src), the codes come from its float form where that is exact; with
/// `tail` (checked by checkTailInFloat), the exact groups compute the table's entry instead of reading it.
void requantizeThroughTable(const Requantizer& r, const int32_t* src, uint8_t* dst, int64_t rows, int64_t channels,
                            const int32_t* table, const FirstCodeInFloat* fast = nullptr, const TailInFloat* tail = nullptr);
/// QuantizeV2 MIN_FIRST to quint8, halves away from zero: out[i] = clamp(round(x[i] * scale) + base, 0, 255)
/// for |base| <= 256 (|x * scale| is clamped to 1e9 first, which changes no code; NaN gives 0).
void quantizeMinFirstCodes(const float* x, uint8_t* out, int64_t n, double scale, double base);

/// v[i] = q.clamped(quantizedToFloat(v[i], xMin, xMax, kQuint8) + y) for quint8 codes v[i] (the fused
/// chain's bias add of one channel's codes), in the same double steps, eight at a time with AVX-512.
void biasAddCodes(int32_t* v, int64_t n, double xMin, double xMax, double y, const Quantizer& q);
/// The same with an addend per value: v[i] = q.clamped(quantizedToFloat(v[i], xMin, xMax, kQuint8) + y[i]).
void biasAddCodesEach(int32_t* v, int64_t n, double xMin, double xMax, const double* y, const Quantizer& q);
/// v[i] = r.code(v[i]) in place, eight at a time with AVX-512.
void requantizeValues(int32_t* v, int64_t n, const Requantizer& r);

/// Symmetric qint32 range for a sum of two eight-bit tensors (GetOutputMinAndMaxForQuantizedAdd).
inline void sumRange(double minA, double maxA, double minB, double maxB, float* minC, float* maxC) {
    const double biggest = std::max({maxA, -minA, maxB, -minB});
    *maxC = float(biggest * double(1 << 17));
    *minC = -*maxC;
}

}  // namespace tfs::exec::kernels::quant
