// The fused eight-bit chain. Pass 1 takes each channel's smallest and largest qint32 sum; the
// first Requantize's range follows from them. Every later stage (bias add, Requantize, Relu) is
// a non-decreasing function of the first stage's code within a channel, so it is evaluated once
// per (channel, code) that occurs and the data ranges the later RequantizationRanges need are
// its values at each channel's extreme codes. Pass 2 writes the codes through that table.
// Same double arithmetic as the kernels (quantized_util.h), so the results are bit-identical.

#include "core/exec/kernels/quantized_epilogue.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>

#include "core/exec/kernels/kernel_util.h"
#include "core/exec/kernels/quantized_util.h"

namespace tfs::exec::kernels {

using namespace quant;

namespace {

// Each channel's smallest and largest value over all rows (in parallel, merged under a lock).
void channelMinMax(const KernelContext& ctx, const int32_t* x, int64_t rows, int64_t channels, std::vector<int32_t>& lo,
                   std::vector<int32_t>& hi) {
    lo.assign(size_t(channels), std::numeric_limits<int32_t>::max());
    hi.assign(size_t(channels), std::numeric_limits<int32_t>::lowest());
    std::mutex mutex;
    ctx.parallelFor(rows, channels, [&](int64_t r0, int64_t r1) {
        std::vector<int32_t> l(size_t(channels), std::numeric_limits<int32_t>::max());
        std::vector<int32_t> h(size_t(channels), std::numeric_limits<int32_t>::lowest());
        updateChannelExtremes(x + r0 * channels, r1 - r0, channels, l.data(), h.data());
        std::lock_guard<std::mutex> lock(mutex);
        for (size_t c = 0; c < l.size(); ++c) {
            lo[c] = std::min(lo[c], l[c]);
            hi[c] = std::max(hi[c], h[c]);
        }
    });
}

// A Requantize bound: the constant, or RequantizationRange's output, then each Maximum in turn
// (the Maximum kernel's a < b ? b : a).
float boundValue(const QuantizedEpilogue::Bound& b, float dataValue) {
    float v = b.fromData ? dataValue : b.value;
    for (float f : b.floors) v = v < f ? f : v;
    return v;
}

// RequantizationRange of qint32 values whose extremes are lo and hi in the range [mn, mx].
void dataRange(int32_t lo, int32_t hi, double mn, double mx, float* rangeMin, float* rangeMax) {
    *rangeMin = std::min(0.0f, float(quantizedToFloat(lo, mn, mx, kQint32)));
    *rangeMax = float(quantizedToFloat(hi, mn, mx, kQint32));
}

// The Requantize kernel's checks on the requested range.
Status checkRequested(const KernelContext& ctx, const QuantizedEpilogue::Stage& st, double outMin, double outMax) {
    if (outMin > 0.0)
        return ctx.error(TFS_PHRASE("Errors", "fused Requantize '%1': requested_output_min must be <= 0, got %2"),
                         st.node, outMin);
    if (outMax < outMin)
        return ctx.error(
            TFS_PHRASE("Errors", "fused Requantize '%1': requested_output_max must be >= requested_output_min"),
            st.node);
    return okStatus();
}

// The values of the later stages. As a table: one per (channel, first-stage code) that can occur,
// channel c owning entries [first[c], first[c] + count[c]) for codes from[c], from[c] + 1, ...
// Directly: one per element (channels last), when the data has fewer values than the table.
struct CodeTable {
    bool direct = false;
    int64_t channels = 1;
    std::vector<int64_t> first, count;
    std::vector<int32_t> from;
    std::vector<int32_t> values;
};

// The later stages as one multiply-add of the first code k, for TailInFloat: a bias add, the
// Requantize of its sum and clamps (Relu) are affine in k up to two roundings, the sum's to its
// qint32 step (~1/60 of a code here) and the Requantize's; the table check finds the codes where
// the first one matters. Holds while the chain has at most one [bias add, Requantize].
class AffineTail {
public:
    explicit AffineTail(int64_t channels) : b_(size_t(channels), 0.0) {}
    // real = realX(k) + realY[c]: affine in k while k is still the first code itself.
    void biasAdd(double xMin, double xMax, const std::vector<double>& realY) {
        if (state_ != State::FirstCode || realY.size() != b_.size()) return fail();
        double minRounded, step;
        quantizedToFloatParts(xMin, xMax, kQuint8, &minRounded, &step);
        a_ = step;
        for (size_t c = 0; c < b_.size(); ++c) b_[c] = minRounded + realY[c];
        state_ = State::Real;
    }
    // code = round(real * s) - offset.
    void requantize(const Requantizer& r) {
        if (state_ != State::Real || r.wide) return fail();
        a_ *= r.s;
        for (double& b : b_) b = b * r.s - r.offset;
        state_ = State::Rounded;
    }
    void clamp(double low, double high) {
        if (state_ == State::Real) return fail();
        lo_ = std::max(lo_, low);
        hi_ = std::min(hi_, high);
    }
    bool tail(TailInFloat* t) const {
        if (state_ == State::Failed || state_ == State::Real || !(lo_ <= hi_) || !std::isfinite(a_)) return false;
        t->a.assign(b_.size(), float(a_));
        t->lo = float(lo_);
        t->hi = float(hi_);
        t->b.resize(b_.size());
        for (size_t c = 0; c < b_.size(); ++c) {
            if (!std::isfinite(b_[c])) return false;
            t->b[c] = float(b_[c]);
        }
        return true;
    }

private:
    enum class State { FirstCode, Real, Rounded, Failed };
    void fail() { state_ = State::Failed; }
    State state_ = State::FirstCode;
    double a_ = 1.0, lo_ = 0.0, hi_ = 255.0;
    std::vector<double> b_;
};

}  // namespace

TFSCOPE_CPU_CLONES void updateChannelExtremes(const int32_t* __restrict x, int64_t rows, int64_t channels, int32_t* __restrict lo,
                                              int32_t* __restrict hi) {
    if (channelExtremesAvx512(x, rows, channels, lo, hi)) return;
    for (int64_t r = 0; r < rows; ++r) {
        const int32_t* row = x + r * channels;
        for (int64_t c = 0; c < channels; ++c) {
            lo[c] = row[c] < lo[c] ? row[c] : lo[c];
            hi[c] = row[c] > hi[c] ? row[c] : hi[c];
        }
    }
}

Status applyQuantizedEpilogue(const KernelContext& ctx, const QuantizedEpilogue& e, const int32_t* acc, int64_t rows,
                              int64_t channels, float accMin, float accMax, uint8_t* out, float* outMin, float* outMax,
                              const SumsInParts* parts) {
    using Kind = QuantizedEpilogue::Stage::Kind;
    if (e.stages.empty() || e.stages[0].kind != Kind::Requantize || channels <= 0)
        return internalError(TFS_PHRASE("Errors", "fused eight-bit chain does not start with a Requantize"));
    const int64_t total = rows * channels;
    std::vector<int32_t> lo, hi;
    if (parts && int64_t(parts->lo.size()) == channels && int64_t(parts->hi.size()) == channels) {
        lo = parts->lo;
        hi = parts->hi;
    } else {
        parts = nullptr;
        channelMinMax(ctx, acc, rows, channels, lo, hi);
    }
    int32_t allLo = std::numeric_limits<int32_t>::max(), allHi = std::numeric_limits<int32_t>::lowest();
    for (int64_t c = 0; c < channels; ++c) {
        allLo = std::min(allLo, lo[size_t(c)]);
        allHi = std::max(allHi, hi[size_t(c)]);
    }
    // Stage 0: Requantize of the sums.
    const auto& first = e.stages[0];
    float rrMin, rrMax;
    dataRange(allLo, allHi, accMin, accMax, &rrMin, &rrMax);
    float curMin = boundValue(first.outMin, rrMin), curMax = boundValue(first.outMax, rrMax);
    TFS_RETURN_IF_ERROR(checkRequested(ctx, first, curMin, curMax));
    const Requantizer r0(accMin, accMax, curMin, curMax);
    if (e.stages.size() == 1) {
        ctx.parallelFor(total, 4, [&](int64_t i0, int64_t i1) { requantizeCodes(r0, acc + i0, out + i0, i1 - i0); });
        *outMin = curMin;
        *outMax = curMax;
        return okStatus();
    }
    // The first-stage codes that occur in each channel: from the extreme sums when the stage is
    // non-decreasing, else by looking at every code.
    std::vector<int32_t> codeLo(size_t(channels), 255), codeHi(size_t(channels), 0);
    const bool monotone = r0.monotone();
    if (!monotone) {
        ctx.parallelFor(total, 4, [&](int64_t i0, int64_t i1) { requantizeCodes(r0, acc + i0, out + i0, i1 - i0); });
        for (int64_t i = 0; i < total; ++i) {
            const size_t c = size_t(i % channels);
            codeLo[c] = std::min<int32_t>(codeLo[c], out[i]);
            codeHi[c] = std::max<int32_t>(codeHi[c], out[i]);
        }
    } else if (rows > 0) {
        for (size_t c = 0; c < size_t(channels); ++c) {
            codeLo[c] = r0.code(lo[c]);
            codeHi[c] = r0.code(hi[c]);
        }
    }
    CodeTable table;
    table.channels = channels;
    table.first.resize(size_t(channels));
    table.count.resize(size_t(channels));
    table.from = codeLo;
    int64_t entries = 0;
    for (size_t c = 0; c < size_t(channels); ++c) {
        table.first[c] = entries;
        table.count[c] = rows > 0 ? std::max(0, codeHi[c] - codeLo[c] + 1) : 0;
        entries += table.count[c];
    }
    // Small outputs (a few rows of many channels) have fewer values than their table.
    table.direct = total <= entries;
    if (table.direct) {
        if (monotone) ctx.parallelFor(total, 4, [&](int64_t i0, int64_t i1) { requantizeCodes(r0, acc + i0, out + i0, i1 - i0); });
        table.values.assign(out, out + total);
    } else {
        table.values.resize(size_t(entries));
        for (size_t c = 0; c < size_t(channels); ++c)
            for (int64_t j = 0; j < table.count[c]; ++j) table.values[size_t(table.first[c] + j)] = codeLo[c] + int32_t(j);
    }
    // The later stages on the table. Every stage is non-decreasing in the first code, so the
    // extremes over the table are the extremes over the data.
    bool isCodes = true;  // the current values are quint8 codes (else qint32)
    AffineTail affine(channels);
    for (size_t s = 1; s < e.stages.size(); ++s) {
        const auto& st = e.stages[s];
        if (st.kind == Kind::BiasAdd) {
            if (!isCodes)
                return internalError(TFS_PHRASE("Errors", "fused eight-bit chain adds a bias to qint32 values"));
            if (int64_t(st.bias.size()) != channels)
                return ctx.error(
                    TFS_PHRASE("Errors", "fused QuantizedAdd '%1': bias has %2 values but the input has %3 channels"),
                    st.node, st.bias.size(), channels);
            float sumMin, sumMax;
            sumRange(curMin, curMax, st.biasMin, st.biasMax, &sumMin, &sumMax);
            const Quantizer q(sumMin, sumMax, kQint32);
            std::vector<double> realY(static_cast<size_t>(channels));
            for (size_t c = 0; c < realY.size(); ++c) realY[c] = quantizedToFloat(double(st.bias[c]), st.biasMin, st.biasMax, kQuint8);
            if (table.direct) {
                // Each row of values with its channels' addends, in vector lanes (the bias add kernel's double steps).
                int32_t* values = table.values.data();
                ctx.parallelFor(int64_t(table.values.size()) / channels, 4 * channels, [&](int64_t r0, int64_t r1) {
                    for (int64_t r = r0; r < r1; ++r) biasAddCodesEach(values + r * channels, channels, curMin, curMax, realY.data(), q);
                });
            } else {
                // Each channel's run of codes in vector lanes (the bias add kernel's double steps).
                const int64_t perChannel = int64_t(table.values.size()) / channels;
                ctx.parallelFor(channels, 4 * std::max<int64_t>(1, perChannel), [&](int64_t c0, int64_t c1) {
                    for (int64_t c = c0; c < c1; ++c)
                        biasAddCodes(table.values.data() + table.first[size_t(c)], table.count[size_t(c)], curMin, curMax, realY[size_t(c)], q);
                });
            }
            affine.biasAdd(curMin, curMax, realY);
            curMin = sumMin;
            curMax = sumMax;
            isCodes = false;
        } else if (st.kind == Kind::Requantize) {
            if (isCodes) return internalError(TFS_PHRASE("Errors", "fused eight-bit chain requantizes quint8 codes"));
            int32_t vLo = std::numeric_limits<int32_t>::max(), vHi = std::numeric_limits<int32_t>::lowest();
            for (int32_t v : table.values) {  // every entry, in vector lanes
                vLo = std::min(vLo, v);
                vHi = std::max(vHi, v);
            }
            dataRange(vLo, vHi, curMin, curMax, &rrMin, &rrMax);
            const float reqMin = boundValue(st.outMin, rrMin), reqMax = boundValue(st.outMax, rrMax);
            TFS_RETURN_IF_ERROR(checkRequested(ctx, st, reqMin, reqMax));
            const Requantizer r(curMin, curMax, reqMin, reqMax);
            affine.requantize(r);
            int32_t* values = table.values.data();
            ctx.parallelFor(int64_t(table.values.size()), 4, [&](int64_t i0, int64_t i1) { requantizeValues(values + i0, i1 - i0, r); });
            curMin = reqMin;
            curMax = reqMax;
            isCodes = true;
        } else {
            if (!isCodes)
                return internalError(TFS_PHRASE("Errors", "fused eight-bit chain applies Relu to qint32 values"));
            const int64_t low = floatToQuantized(0.0, curMin, curMax, kQuint8);
            const int64_t high = st.kind == Kind::Relu6 ? floatToQuantized(6.0, curMin, curMax, kQuint8) : 255;
            const int32_t top = int32_t(std::max(low, high));
            for (int32_t& v : table.values) v = std::clamp(v, int32_t(low), top);  // vector lanes
            affine.clamp(double(low), double(top));
        }
    }
    if (!isCodes) return internalError(TFS_PHRASE("Errors", "fused eight-bit chain does not end on quint8 codes"));
    if (table.direct) {
        for (int64_t i = 0; i < total; ++i) out[i] = uint8_t(table.values[size_t(i)]);
        *outMin = curMin;
        *outMax = curMax;
        return okStatus();
    }
    // Pass 2: every value's first code through its channel's table.
    std::vector<int32_t> lut(size_t(channels) * 256, 0);
    for (size_t c = 0; c < size_t(channels); ++c)
        for (int64_t j = 0; j < table.count[c]; ++j) lut[c * 256 + size_t(table.from[c] + j)] = table.values[size_t(table.first[c] + j)];
    const FirstCodeInFloat fast(r0, allLo, allHi);
    TailInFloat tail;
    const bool withTail = monotone && affine.tail(&tail) && checkTailInFloat(tail, lut.data(), codeLo.data(), codeHi.data(), channels);
    auto lastPass = [&](int64_t row0, int64_t row1) {
        if (monotone) {
            requantizeThroughTable(r0, acc + row0 * channels, out + row0 * channels, row1 - row0, channels, lut.data(), &fast,
                                   withTail ? &tail : nullptr);
            return;
        }
        // The codes are already in `out` (written to find each channel's codes).
        for (int64_t r = row0; r < row1; ++r) {
            uint8_t* o = out + r * channels;
            for (int64_t c = 0; c < channels; ++c) o[c] = uint8_t(lut[size_t(c) * 256 + o[c]]);
        }
    };
    if (parts && parts->rowBounds.size() >= 2 && parts->rowBounds.back() == rows) {
        const int64_t count = int64_t(parts->rowBounds.size()) - 1;
        ctx.parallelFor(count, rows / count * channels * 2, [&](int64_t p0, int64_t p1) {
            for (int64_t p = p0; p < p1; ++p) lastPass(parts->rowBounds[size_t(p)], parts->rowBounds[size_t(p) + 1]);
        });
    } else {
        ctx.parallelFor(rows, channels * 8, lastPass);
    }
    *outMin = curMin;
    *outMax = curMax;
    return okStatus();
}

std::shared_ptr<const FloatChain> floatChainOf(const QuantizedEpilogue& e) {
    using Kind = QuantizedEpilogue::Stage::Kind;
    using Op = FloatChain::Op;
    if (e.stages.empty() || e.stages[0].kind != Kind::Requantize) return nullptr;
    for (const auto& st : e.stages)
        if (st.outMin.fromData || st.outMax.fromData) return nullptr;
    // A constant requested range: its scale and offset as the Requantize kernel computes them.
    auto requested = [](const QuantizedEpilogue::Stage& st, double* lo, double* hi, double* scale, double* offset) {
        *lo = boundValue(st.outMin, 0.f);
        *hi = boundValue(st.outMax, 0.f);
        if (*lo > 0.0 || *hi < *lo) return false;
        *scale = *hi > *lo ? 255.0 / (*hi - *lo) : 0.0;
        *offset = std::round(*lo * *scale);
        return std::fabs(*offset) < 1e9;
    };
    auto chain = std::make_shared<FloatChain>();
    double curMin, curMax;
    if (!requested(e.stages[0], &curMin, &curMax, &chain->scale0, &chain->offset0)) return nullptr;
    bool clipped = false;  // a Relu bounded the value since the last Requantize
    for (size_t s = 1; s < e.stages.size(); ++s) {
        const auto& st = e.stages[s];
        if (st.kind == Kind::Relu || st.kind == Kind::Relu6) {
            // clamp(round(u), low, high) == round(clamp(u, low, high)) for whole low and high.
            const double low = double(floatToQuantized(0.0, curMin, curMax, kQuint8));
            const double high = st.kind == Kind::Relu6 ? double(floatToQuantized(6.0, curMin, curMax, kQuint8)) : 255.0;
            chain->ops.push_back({Op::Kind::Clip, float(low), float(std::max(low, high)), {}});
            clipped = true;
            continue;
        }
        // A bias add of the codes, then the Requantize of the qint32 sum: the sum's own step is
        // 2^-14 of its range, fine enough to leave out.
        if (st.kind != Kind::BiasAdd || s + 1 >= e.stages.size() || e.stages[s + 1].kind != Kind::Requantize) return nullptr;
        const auto& next = e.stages[s + 1];
        double reqMin, reqMax, scale, offset;
        if (!requested(next, &reqMin, &reqMax, &scale, &offset)) return nullptr;
        if (!clipped) chain->ops.push_back({Op::Kind::Clip, 0.f, 255.f, {}});
        chain->ops.push_back({Op::Kind::Round, 0.f, 0.f, {}});
        const double realMin = quantizedToFloat(0.0, curMin, curMax, kQuint8);
        const double realStep = quantizedToFloat(1.0, curMin, curMax, kQuint8) - realMin;
        chain->ops.push_back({Op::Kind::Linear, float(realStep * scale), 0.f, {}});
        Op add{Op::Kind::AddChannel, 0.f, 0.f, {}};
        for (uint8_t b : st.bias)
            add.channel.push_back(float((realMin + quantizedToFloat(double(b), st.biasMin, st.biasMax, kQuint8)) * scale - offset));
        if (chain->channels && chain->channels != int64_t(add.channel.size())) return nullptr;
        chain->channels = int64_t(add.channel.size());
        chain->ops.push_back(std::move(add));
        curMin = reqMin;
        curMax = reqMax;
        clipped = false;
        ++s;
    }
    // A last Clip to [0, 255] (a Relu whose low code is 0) repeats the final saturation: one
    // post-op less per output value.
    if (!chain->ops.empty() && chain->ops.back().kind == Op::Kind::Clip && chain->ops.back().a <= 0.f && chain->ops.back().b >= 255.f)
        chain->ops.pop_back();
    chain->outMin = float(curMin);
    chain->outMax = float(curMax);
    return chain;
}

}  // namespace tfs::exec::kernels

namespace tfs::exec {

void FloatChain::firstStage(double accMin, double accMax, double* mul, double* add) const {
    using namespace kernels::quant;
    const double real0 = quantizedToFloat(0.0, accMin, accMax, kQint32);
    const double step = quantizedToFloat(1.0, accMin, accMax, kQint32) - real0;
    *mul = step * scale0;
    *add = real0 * scale0 - offset0;
}

}  // namespace tfs::exec
