// AVX-512 versions of the eight-bit hot loops, picked at run time (the portable build runs them
// where the CPU has AVX-512F). Each does the scalar code's double operations in the same order
// (mul, add, mul; max/min keep the scalar ternaries' NaN and tie rules), so results are identical.

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "core/exec/kernels/quantized_util.h"

#if defined(__x86_64__)
#include <immintrin.h>
// GCC 12's AVX-512 headers start some intrinsics from an undefined register and then warn about it.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#endif

namespace tfs::exec::kernels::quant {

namespace {

#if defined(__x86_64__)
bool haveAvx512() {
    static const bool have = __builtin_cpu_supports("avx512f");
    return have;
}

// round(|v|) from its integer part and fraction with v's sign (roundHalfAway for |v| < 2^31).
__attribute__((target("avx512f"))) inline __m512d roundedHalfAway(__m512d v) {
    const __m512i sign = _mm512_set1_epi64(int64_t(0x8000000000000000ull));
    const __m512d a = _mm512_castsi512_pd(_mm512_andnot_si512(sign, _mm512_castpd_si512(v)));
    const __m512d t = _mm512_cvtepi32_pd(_mm512_cvttpd_epi32(a));
    const __mmask8 up = _mm512_cmp_pd_mask(_mm512_sub_pd(a, t), _mm512_set1_pd(0.5), _CMP_GE_OQ);
    const __m512d r = _mm512_mask_add_pd(t, up, t, _mm512_set1_pd(1.0));
    return _mm512_castsi512_pd(
        _mm512_or_si512(_mm512_andnot_si512(sign, _mm512_castpd_si512(r)), _mm512_and_si512(sign, _mm512_castpd_si512(v))));
}

// The rounded value minus offset, clamped to [0, 255] and truncated: Requantizer::clampedCode's
// tail for eight lanes.
__attribute__((target("avx512f"))) inline __m256i roundedCodes(__m512d v, __m512d offset) {
    __m512d c = _mm512_sub_pd(roundedHalfAway(v), offset);
    c = _mm512_max_pd(_mm512_setzero_pd(), c);   // c < 0 ? 0 : c
    c = _mm512_min_pd(_mm512_set1_pd(255.0), c);  // c > 255 ? 255 : c
    return _mm512_cvttpd_epi32(c);
}

// Eight requantized codes of the integers in v (Requantizer::clampedCode).
__attribute__((target("avx512f"))) inline __m256i requantize8(__m512d v, const Requantizer& r) {
    v = _mm512_mul_pd(_mm512_add_pd(_mm512_set1_pd(r.real0), _mm512_mul_pd(v, _mm512_set1_pd(r.step))), _mm512_set1_pd(r.s));
    v = _mm512_max_pd(_mm512_set1_pd(r.lo), v);
    v = _mm512_min_pd(_mm512_set1_pd(r.hi), v);
    return roundedCodes(v, _mm512_set1_pd(r.offset));
}

// Sixteen requantized codes of src[0..16) as int32 lanes.
__attribute__((target("avx512f"))) inline __m512i requantize16(const int32_t* src, const Requantizer& r) {
    __m256i half[2];
    for (int h = 0; h < 2; ++h) half[h] = requantize8(_mm512_cvtepi32_pd(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + 8 * h))), r);
    return _mm512_inserti64x4(_mm512_castsi256_si512(half[0]), half[1], 1);
}

// requantizeValues for whole groups of eight; returns how many it did.
__attribute__((target("avx512f"))) int64_t requantizeValuesAvx512(int32_t* v, int64_t n, const Requantizer& r) {
    int64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        const __m256i codes = requantize8(_mm512_cvtepi32_pd(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(v + i))), r);
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(v + i), codes);
    }
    return i;
}

// biasAddCodes for whole groups of eight whose scaled sums stay below 2^30 (the rounding truncates
// to int32); stops at the first group that does not. Returns how many it did.
__attribute__((target("avx512f"))) int64_t biasAddAvx512(int32_t* v, int64_t n, double minX, double stepX, double y, const double* ys,
                                                        const Quantizer& q) {
    const __m512d mnX = _mm512_set1_pd(minX), stX = _mm512_set1_pd(stepX), scale = _mm512_set1_pd(q.scale);
    const __m512d minCode = _mm512_set1_pd(q.minCode), lowest = _mm512_set1_pd(q.q.lowest), highest = _mm512_set1_pd(q.q.highest);
    const __m512d limit = _mm512_set1_pd(1073741824.0);
    int64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        // realX = minRounded + (code - 0) * step, then + realY; TF's FloatToQuantized of the sum.
        const __m512d yv = ys ? _mm512_loadu_pd(ys + i) : _mm512_set1_pd(y);
        const __m512d x = _mm512_add_pd(_mm512_add_pd(mnX, _mm512_mul_pd(_mm512_cvtepi32_pd(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(v + i))), stX)), yv);
        const __m512d t = _mm512_mul_pd(x, scale);
        if (_mm512_cmp_pd_mask(_mm512_abs_pd(t), limit, _CMP_LT_OQ) != 0xFF) break;
        __m512d c = _mm512_add_pd(_mm512_sub_pd(roundedHalfAway(t), minCode), lowest);
        c = _mm512_min_pd(highest, _mm512_max_pd(lowest, c));
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(v + i), _mm512_cvtpd_epi32(c));
    }
    return i;
}

// Rows of a multiple of 16 channels: each channel's table entry for its code, sixteen at a time.
__attribute__((target("avx512f"))) void throughTableAvx512(const Requantizer& r, const int32_t* src, uint8_t* dst, int64_t rows,
                                                           int64_t channels, const int32_t* table) {
    const __m512i lane = _mm512_mullo_epi32(_mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32(256));
    for (int64_t row = 0; row < rows; ++row)
        for (int64_t c = 0; c < channels; c += 16) {
            const int64_t i = row * channels + c;
            const __m512i index = _mm512_add_epi32(_mm512_add_epi32(requantize16(src + i, r), lane), _mm512_set1_epi32(int32_t(c * 256)));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + i), _mm512_cvtepi32_epi8(_mm512_i32gather_epi32(index, table, 4)));
        }
}

// The same rows with the first code from one float multiply-add instead of the double steps: exact
// wherever the float value is more than `f.eps` (its proven error bound) away from a rounding tie;
// a group of sixteen with a lane that close takes the double steps. About one group in thirty.
// TailInFloat's value for sixteen first codes k (as floats) of channels with addends b: the one
// form both the check and the pass use, so a checked group's codes are the table's.
__attribute__((target("avx512f"))) inline __m512i tailCodes(__m512 k, __m512 a, __m512 b, __m512i lo, __m512i hi) {
    const __m512i v = _mm512_cvt_roundps_epi32(_mm512_fmadd_ps(k, a, b), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    return _mm512_min_epi32(hi, _mm512_max_epi32(lo, v));
}

// The addends b for which slope a gives a channel's table entries T(k), k in [k0, k1]: every k
// bounds b by T(k) - 0.5 < a k + b < T(k) + 0.5 (one side only where T(k) is the clamp bound lo or
// hi). Returns the interval's width (negative when empty) and its middle in *b.
__attribute__((target("avx512f"))) double addendFor(double slope, const TailInFloat& t, const int32_t* table, int32_t k0, int32_t k1,
                                                    double* b) {
    const __m512d a = _mm512_set1_pd(slope), half = _mm512_set1_pd(0.5);
    const __m512d lo = _mm512_set1_pd(double(t.lo)), hi = _mm512_set1_pd(double(t.hi));
    const __m512d inf = _mm512_set1_pd(std::numeric_limits<double>::infinity());
    const __m256i step = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    __m512d low = _mm512_set1_pd(-std::numeric_limits<double>::infinity()), high = inf;
    for (int32_t k = k0; k <= k1; k += 8) {
        const __mmask8 valid = __mmask8(k1 - k >= 7 ? 0xFF : (1u << (k1 - k + 1)) - 1);
        const __m512d want = _mm512_cvtepi32_pd(_mm512_castsi512_si256(_mm512_maskz_loadu_epi32(__mmask16(valid), table + k)));
        const __m512d ak = _mm512_mul_pd(a, _mm512_cvtepi32_pd(_mm256_add_epi32(_mm256_set1_epi32(k), step)));
        const __m512d l = _mm512_mask_blend_pd(_mm512_cmp_pd_mask(want, lo, _CMP_LE_OQ), _mm512_sub_pd(_mm512_sub_pd(want, half), ak), -inf);
        const __m512d h = _mm512_mask_blend_pd(_mm512_cmp_pd_mask(want, hi, _CMP_GE_OQ), _mm512_sub_pd(_mm512_add_pd(want, half), ak), inf);
        low = _mm512_mask_max_pd(low, valid, low, l);
        high = _mm512_mask_min_pd(high, valid, high, h);
    }
    alignas(64) double lows[8], highs[8];
    _mm512_store_pd(lows, low);
    _mm512_store_pd(highs, high);
    const double from = *std::max_element(lows, lows + 8), to = *std::min_element(highs, highs + 8);
    if (!std::isfinite(from + to)) return -1.0;
    *b = (from + to) / 2;
    return to - from;
}

// Fits channel c's slope and addend to its table entries: the chain's own slope first, then
// slopes a few parts in ten thousand away (the rounding between moves each entry's tie a little),
// until one leaves b a margin that float rounding (~2^-24 of 255) cannot cross; else the widest.
// Where none fits, a and b stay and the check lists the codes that differ.
void fitChannel(TailInFloat& t, size_t c, const int32_t* table, int32_t k0, int32_t k1) {
    const double slope = double(t.a[c]);
    double bestWidth = 0.0;
    for (int j : {0, 1, -1, 2, -2, 4, -4, 8, -8, 16, -16}) {
        const double a = slope * (1.0 + j * std::ldexp(1.0, -13));
        double b = 0.0;
        const double width = addendFor(a, t, table, k0, k1, &b);
        if (width <= bestWidth) continue;
        bestWidth = width;
        t.a[c] = float(a);
        t.b[c] = float(b);
        if (width > 1e-3) return;
    }
}

__attribute__((target("avx512f"))) void checkTailAvx512(TailInFloat& t, const int32_t* table, const int32_t* codeLo, const int32_t* codeHi,
                                                        int64_t channels) {
    constexpr int kMax = TailInFloat::kMaxExceptions;
    const __m512i lo = _mm512_set1_epi32(int32_t(t.lo)), hi = _mm512_set1_epi32(int32_t(t.hi));
    const __m512i step = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    const size_t groups = size_t((channels + 15) / 16);
    t.exact.assign(groups, 1);
    t.slots.assign(groups, 0);
    t.exceptionCode.assign(groups * kMax * 16, -1);
    t.exceptionValue.assign(groups * kMax * 16, 0);
    for (int64_t c = 0; c < channels; ++c) {
        const size_t g = size_t(c / 16), lane = size_t(c % 16);
        fitChannel(t, size_t(c), table + c * 256, codeLo[c], codeHi[c]);
        const __m512 a = _mm512_set1_ps(t.a[size_t(c)]), b = _mm512_set1_ps(t.b[size_t(c)]);
        int found = 0;
        for (int32_t k = codeLo[c]; k <= codeHi[c] && found <= kMax; k += 16) {
            const __mmask16 valid = __mmask16(codeHi[c] - k >= 15 ? 0xFFFF : (1u << (codeHi[c] - k + 1)) - 1);
            const __m512i want = _mm512_maskz_loadu_epi32(valid, table + c * 256 + k);
            const __m512i got = tailCodes(_mm512_cvtepi32_ps(_mm512_add_epi32(_mm512_set1_epi32(k), step)), a, b, lo, hi);
            for (unsigned m = _mm512_mask_cmpneq_epi32_mask(valid, got, want); m && found <= kMax; m &= m - 1) {
                const int j = __builtin_ctz(m);
                if (found < kMax) {
                    t.exceptionCode[(g * kMax + size_t(found)) * 16 + lane] = k + j;
                    t.exceptionValue[(g * kMax + size_t(found)) * 16 + lane] = table[c * 256 + k + j];
                }
                ++found;
            }
        }
        if (found > kMax) t.exact[g] = 0;
        t.slots[g] = uint8_t(std::max<int>(t.slots[g], std::min(found, kMax)));
    }
}

__attribute__((target("avx512f"))) void throughTableFloatAvx512(const Requantizer& r, const FirstCodeInFloat& f, const int32_t* src,
                                                                uint8_t* __restrict dst, int64_t rows, int64_t channels, const int32_t* table,
                                                                const TailInFloat* tail) {
    const __m512i lane = _mm512_mullo_epi32(_mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32(256));
    const __m512 mul = _mm512_set1_ps(f.mul), add = _mm512_set1_ps(f.add), tie = _mm512_set1_ps(0.5f - f.eps);
    const __m512 zero = _mm512_setzero_ps(), top = _mm512_set1_ps(255.f);
    const __m512i lo = _mm512_set1_epi32(tail ? int32_t(tail->lo) : 0), hi = _mm512_set1_epi32(tail ? int32_t(tail->hi) : 255);
    // Everything the loop reads from `tail`, in locals: the byte stores to dst may alias any memory,
    // so the compiler would otherwise load these again after every store.
    constexpr int kMax = TailInFloat::kMaxExceptions;
    const int64_t groups = channels / 16;
    std::vector<int> slots(size_t(groups), -1);  // -1: the group reads the table
    std::vector<float> codes(tail ? tail->exceptionCode.size() : 0);  // the exception codes as floats
    if (tail) {
        for (int64_t g = 0; g < groups; ++g) slots[size_t(g)] = tail->exact[size_t(g)] ? tail->slots[size_t(g)] : -1;
        for (size_t j = 0; j < codes.size(); ++j) codes[j] = float(tail->exceptionCode[j]);
    }
    const int* __restrict slot = slots.data();
    const float* __restrict slope = tail ? tail->a.data() : nullptr;
    const float* __restrict addend = tail ? tail->b.data() : nullptr;
    const float* __restrict excCode = codes.data();
    const int32_t* __restrict excValue = tail ? tail->exceptionValue.data() : nullptr;
    for (int64_t row = 0; row < rows; ++row)
        for (int64_t g = 0; g < groups; ++g) {
            const int64_t c = g * 16, i = row * channels + c;
            // u clamped to the codes first: a value clamped to 0 or 255 is whole, so never near a tie,
            // and a tie just outside [0, 255] rounds to the same clamped code either way.
            const __m512 u = _mm512_min_ps(top, _mm512_max_ps(zero, _mm512_fmadd_ps(_mm512_cvtepi32_ps(_mm512_loadu_si512(src + i)), mul, add)));
            __m512 k = _mm512_roundscale_ps(u, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
            if (_mm512_cmp_ps_mask(_mm512_abs_ps(_mm512_sub_ps(u, k)), tie, _CMP_GT_OQ)) k = _mm512_cvtepi32_ps(requantize16(src + i, r));
            const int s = slot[g];
            __m512i out;
            if (s >= 0) {
                out = tailCodes(k, _mm512_loadu_ps(slope + c), _mm512_loadu_ps(addend + c), lo, hi);
                const float* code = excCode + g * kMax * 16;
                const int32_t* value = excValue + g * kMax * 16;
                for (int e = 0; e < s; ++e)
                    out = _mm512_mask_loadu_epi32(out, _mm512_cmp_ps_mask(k, _mm512_loadu_ps(code + e * 16), _CMP_EQ_OQ), value + e * 16);
            } else {
                const __m512i index = _mm512_add_epi32(_mm512_add_epi32(_mm512_cvttps_epi32(k), lane), _mm512_set1_epi32(int32_t(c * 256)));
                out = _mm512_i32gather_epi32(index, table, 4);
            }
            _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + i), _mm512_cvtepi32_epi8(out));
        }
}

// Each channel's extremes with the running values in registers (up to 64 channels, 16 per lane group).
template <int groups>
__attribute__((target("avx512f"))) void extremesAvx512(const int32_t* x, int64_t rows, int32_t* lo, int32_t* hi) {
    __m512i l[groups], h[groups];
    for (int g = 0; g < groups; ++g) {
        l[g] = _mm512_loadu_si512(lo + 16 * g);
        h[g] = _mm512_loadu_si512(hi + 16 * g);
    }
    for (int64_t r = 0; r < rows; ++r, x += 16 * groups)
        for (int g = 0; g < groups; ++g) {
            const __m512i v = _mm512_loadu_si512(x + 16 * g);
            l[g] = _mm512_min_epi32(l[g], v);
            h[g] = _mm512_max_epi32(h[g], v);
        }
    for (int g = 0; g < groups; ++g) {
        _mm512_storeu_si512(lo + 16 * g, l[g]);
        _mm512_storeu_si512(hi + 16 * g, h[g]);
    }
}

bool extremesVector(const int32_t* x, int64_t rows, int64_t channels, int32_t* lo, int32_t* hi) {
    switch (channels) {
    case 16: extremesAvx512<1>(x, rows, lo, hi); return true;
    case 32: extremesAvx512<2>(x, rows, lo, hi); return true;
    case 48: extremesAvx512<3>(x, rows, lo, hi); return true;
    case 64: extremesAvx512<4>(x, rows, lo, hi); return true;
    default: return false;
    }
}

__attribute__((target("avx512f"))) int64_t requantizeAvx512(const int32_t* src, uint8_t* dst, int64_t n, const Requantizer& r) {
    int64_t i = 0;
    for (; i + 16 <= n; i += 16) {
        _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + i), _mm512_cvtepi32_epi8(requantize16(src + i, r)));
    }
    return i;
}

__attribute__((target("avx512f"))) int64_t quantizeAvx512(const float* x, uint8_t* out, int64_t n, double scale, double base) {
    const __m512d sc = _mm512_set1_pd(scale), low = _mm512_set1_pd(-1e9), high = _mm512_set1_pd(1e9);
    const __m512d negBase = _mm512_set1_pd(-base);
    int64_t i = 0;
    for (; i + 16 <= n; i += 16) {
        __m256i half[2];
        for (int h = 0; h < 2; ++h) {
            __m512d v = _mm512_mul_pd(_mm512_cvtps_pd(_mm256_loadu_ps(x + i + 8 * h)), sc);
            // v > -1e9 ? v : -1e9 (NaN becomes -1e9), then v < 1e9 ? v : 1e9.
            v = _mm512_mask_blend_pd(_mm512_cmp_pd_mask(v, low, _CMP_GT_OQ), low, v);
            v = _mm512_mask_blend_pd(_mm512_cmp_pd_mask(v, high, _CMP_LT_OQ), high, v);
            half[h] = roundedCodes(v, negBase);  // + base as - (-base): exact either way
        }
        const __m512i both = _mm512_inserti64x4(_mm512_castsi256_si512(half[0]), half[1], 1);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), _mm512_cvtepi32_epi8(both));
    }
    return i;
}
#else
bool haveAvx512() { return false; }
void throughTableAvx512(const Requantizer&, const int32_t*, uint8_t*, int64_t, int64_t, const int32_t*) {}
bool extremesVector(const int32_t*, int64_t, int64_t, int32_t*, int32_t*) { return false; }
void throughTableFloatAvx512(const Requantizer&, const FirstCodeInFloat&, const int32_t*, uint8_t*, int64_t, int64_t, const int32_t*,
                             const TailInFloat*) {}
void checkTailAvx512(TailInFloat&, const int32_t*, const int32_t*, const int32_t*, int64_t) {}
int64_t requantizeAvx512(const int32_t*, uint8_t*, int64_t, const Requantizer&) { return 0; }
int64_t requantizeValuesAvx512(int32_t*, int64_t, const Requantizer&) { return 0; }
int64_t biasAddAvx512(int32_t*, int64_t, double, double, double, const double*, const Quantizer&) { return 0; }
int64_t quantizeAvx512(const float*, uint8_t*, int64_t, double, double) { return 0; }
#endif

}  // namespace

void requantizeCodes(const Requantizer& r, const int32_t* src, uint8_t* dst, int64_t n) {
    int64_t i = 0;
    if (!r.wide && haveAvx512()) i = requantizeAvx512(src, dst, n, r);
    for (; i < n; ++i) dst[i] = r.code(src[i]);
}

bool channelExtremesAvx512(const int32_t* x, int64_t rows, int64_t channels, int32_t* lo, int32_t* hi) {
    return haveAvx512() && extremesVector(x, rows, channels, lo, hi);
}

FirstCodeInFloat::FirstCodeInFloat(const Requantizer& r, int32_t qLo, int32_t qHi) {
    // u = q * mul + add stands for (real0 + q * step) * s - offset, the value the first code rounds.
    const double m = r.step * r.s, a = r.real0 * r.s - r.offset;
    if (r.wide || !std::isfinite(m) || !std::isfinite(a)) return;
    mul = float(m);
    add = float(a);
    // Each float rounding (mul, add, q, the fused multiply-add) is at most half a unit in the last
    // place, 2^-24 of its value; the difference of the two forms in double is far below that.
    const double q = std::max(std::fabs(double(qLo)), std::fabs(double(qHi)));
    const double bound = (q * std::fabs(m) * 3.0 + std::fabs(a) * 2.0 + 258.0 * 2.0) * std::ldexp(1.0, -24);
    eps = float(2.0 * bound + std::ldexp(1.0, -20));
    usable = eps < 0.05f;
}

bool checkTailInFloat(TailInFloat& t, const int32_t* table, const int32_t* codeLo, const int32_t* codeHi, int64_t channels) {
    t.exact.assign(size_t((channels + 15) / 16), 0);
    if (!haveAvx512() || int64_t(t.a.size()) != channels || int64_t(t.b.size()) != channels) return false;
    checkTailAvx512(t, table, codeLo, codeHi, channels);
    return true;
}

void requantizeThroughTable(const Requantizer& r, const int32_t* src, uint8_t* dst, int64_t rows, int64_t channels,
                            const int32_t* table, const FirstCodeInFloat* fast, const TailInFloat* tail) {
    if (!r.wide && channels % 16 == 0 && haveAvx512()) {
        if (tail && int64_t(tail->exact.size()) * 16 < channels) tail = nullptr;
        if (fast && fast->usable) throughTableFloatAvx512(r, *fast, src, dst, rows, channels, table, tail);
        else throughTableAvx512(r, src, dst, rows, channels, table);
        return;
    }
    requantizeCodes(r, src, dst, rows * channels);
    for (int64_t row = 0; row < rows; ++row) {
        uint8_t* o = dst + row * channels;
        for (int64_t c = 0; c < channels; ++c) o[c] = uint8_t(table[c * 256 + o[c]]);
    }
}

void biasAddCodes(int32_t* v, int64_t n, double xMin, double xMax, double y, const Quantizer& q) {
    int64_t i = 0;
    if (xMin != xMax && !q.flat && haveAvx512()) {
        double minX, stepX;
        quantizedToFloatParts(xMin, xMax, kQuint8, &minX, &stepX);
        i = biasAddAvx512(v, n, minX, stepX, y, nullptr, q);
    }
    for (; i < n; ++i) v[i] = int32_t(q.clamped(quantizedToFloat(double(v[i]), xMin, xMax, kQuint8) + y));
}

void biasAddCodesEach(int32_t* v, int64_t n, double xMin, double xMax, const double* y, const Quantizer& q) {
    int64_t i = 0;
    if (xMin != xMax && !q.flat && haveAvx512()) {
        double minX, stepX;
        quantizedToFloatParts(xMin, xMax, kQuint8, &minX, &stepX);
        i = biasAddAvx512(v, n, minX, stepX, 0.0, y, q);
    }
    for (; i < n; ++i) v[i] = int32_t(q.clamped(quantizedToFloat(double(v[i]), xMin, xMax, kQuint8) + y[i]));
}

void requantizeValues(int32_t* v, int64_t n, const Requantizer& r) {
    int64_t i = 0;
    if (!r.wide && haveAvx512()) i = requantizeValuesAvx512(v, n, r);
    for (; i < n; ++i) v[i] = r.code(v[i]);
}

void quantizeMinFirstCodes(const float* x, uint8_t* out, int64_t n, double scale, double base) {
    int64_t i = haveAvx512() ? quantizeAvx512(x, out, n, scale, base) : 0;
    for (; i < n; ++i) {
        double v = double(x[i]) * scale;
        v = v > -1e9 ? v : -1e9;
        v = v < 1e9 ? v : 1e9;
        const double a = std::fabs(v), t = double(int32_t(a));
        double c = std::copysign(t + (a - t >= 0.5 ? 1.0 : 0.0), v) + base;
        c = c < 0.0 ? 0.0 : c;
        c = c > 255.0 ? 255.0 : c;
        out[i] = uint8_t(int32_t(c));
    }
}

}  // namespace tfs::exec::kernels::quant
