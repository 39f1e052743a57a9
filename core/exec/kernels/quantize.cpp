// Dequantize (MIN_COMBINED, MIN_FIRST, SCALED), QuantizeV2 (per-tensor) and
// FakeQuantWithMinMaxArgs/Vars, following TensorFlow's formulas.

#include <cmath>
#include <limits>

#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"
#include "core/exec/kernels/quantized_util.h"

namespace tfs::exec::kernels {
namespace {

// Calls f(lowest, highest, bytes, isSigned) for the quantized types.
struct QInfo {
    double lowest, highest;
    int bytes;
};

bool quantInfo(DataType dt, QInfo* q) {
    switch (dt) {
    case tensorflow::DT_QUINT8: case tensorflow::DT_UINT8: *q = {0, 255, 1}; return true;
    case tensorflow::DT_QINT8: case tensorflow::DT_INT8: *q = {-128, 127, 1}; return true;
    case tensorflow::DT_QUINT16: case tensorflow::DT_UINT16: *q = {0, 65535, 2}; return true;
    case tensorflow::DT_QINT16: case tensorflow::DT_INT16: *q = {-32768, 32767, 2}; return true;
    case tensorflow::DT_QINT32: case tensorflow::DT_INT32: *q = {-2147483648.0, 2147483647.0, 4}; return true;
    default: return false;
    }
}

double loadQuant(const Tensor& t, const QInfo& q, int64_t i) {
    const char* p = t.rawData();
    bool isSigned = q.lowest < 0;
    switch (q.bytes) {
    case 1: return isSigned ? double(reinterpret_cast<const int8_t*>(p)[i]) : double(reinterpret_cast<const uint8_t*>(p)[i]);
    case 2: return isSigned ? double(reinterpret_cast<const int16_t*>(p)[i]) : double(reinterpret_cast<const uint16_t*>(p)[i]);
    default: return double(reinterpret_cast<const int32_t*>(p)[i]);
    }
}

void storeQuant(Tensor& t, const QInfo& q, int64_t i, double v) {
    char* p = t.rawData();
    v = std::min(std::max(v, q.lowest), q.highest);
    bool isSigned = q.lowest < 0;
    switch (q.bytes) {
    case 1: if (isSigned) reinterpret_cast<int8_t*>(p)[i] = int8_t(v); else reinterpret_cast<uint8_t*>(p)[i] = uint8_t(v); break;
    case 2: if (isSigned) reinterpret_cast<int16_t*>(p)[i] = int16_t(v); else reinterpret_cast<uint16_t*>(p)[i] = uint16_t(v); break;
    default: reinterpret_cast<int32_t*>(p)[i] = int32_t(v); break;
    }
}

Status dequantize(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 3));
    const Tensor& x = ctx.inputs[0];
    QInfo q;
    if (!quantInfo(x.dtype(), &q))
        return ctx.error(TFS_PHRASE("Errors", "input must be a quantized type, got %1"), x.describe());
    const Tensor& minT = ctx.inputs[1];
    const Tensor& maxT = ctx.inputs[2];
    if (minT.dtype() != tensorflow::DT_FLOAT || maxT.dtype() != tensorflow::DT_FLOAT || minT.numElements() != maxT.numElements() || minT.numElements() < 1)
        return ctx.error(TFS_PHRASE("Errors", "min_range and max_range must be float32 of equal size"));
    int64_t axisAttr = attrInt(ctx.node, "axis", -1);
    int64_t channels = 1, inner = x.numElements(), axisSize = 1;
    if (minT.numElements() > 1) {
        int axis;
        TFS_RETURN_IF_ERROR(normalizeAxis(ctx, axisAttr, x.rank(), &axis, "axis"));
        axisSize = x.dim(axis);
        if (axisSize != minT.numElements())
            return ctx.error(TFS_PHRASE("Errors", "per-axis ranges must have %1 entries"), axisSize);
        channels = axisSize;
        inner = dimProduct(x.dims(), axis + 1, x.rank());
    }
    std::string mode = attrString(ctx.node, "mode", "MIN_COMBINED");
    bool narrow = attrBool(ctx.node, "narrow_range");
    if (mode != "MIN_COMBINED" && mode != "MIN_FIRST" && mode != "SCALED")
        return ctx.error(TFS_PHRASE("Errors", "mode must be MIN_COMBINED, MIN_FIRST or SCALED"));
    DataType outType = attrType(ctx.node, "dtype", tensorflow::DT_FLOAT);
    if (outType != tensorflow::DT_FLOAT)
        return ctx.error(TFS_PHRASE("Errors", "only %1 %2 is supported"), "dtype", "float32");
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_FLOAT, x.dims(), &out));
    const double range = q.highest - q.lowest;
    for (int64_t i = 0; i < x.numElements(); ++i) {
        int64_t c = channels > 1 ? (i / inner) % channels : 0;
        double mn = minT.data<float>()[c], mx = maxT.data<float>()[c], v = loadQuant(x, q, i), r;
        if (mode == "MIN_COMBINED") {
            if (q.lowest < 0) v += (range + 1) / 2.0;
            r = mn + v * (mx - mn) / range;
        } else if (mode == "MIN_FIRST") {
            double steps = std::pow(2.0, 8.0 * q.bytes);
            double rangeScale = (mx - mn) * (steps / (steps - 1)) / steps;
            // TF rounds min to a whole number of steps, so the code of 0.0 dequantizes to exactly 0.
            double minRounded = rangeScale > 0 ? std::round(mn / rangeScale) * rangeScale : mn;
            r = minRounded + (v - q.lowest) * rangeScale;
        } else {
            double minExpected = q.lowest + (narrow ? 1 : 0);
            double scale = q.lowest == 0 ? mx / q.highest : std::max(mn / minExpected, mx / q.highest);
            r = v * scale;
        }
        out->data<float>()[i] = float(r);
    }
    return okStatus();
}

Status quantizeV2(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 3));
    const Tensor& x = ctx.inputs[0];
    if (x.dtype() != tensorflow::DT_FLOAT)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be %2, got %3"), "input", "float32", x.describe());
    double minIn, maxIn;
    if (ctx.inputs[1].numElements() != 1)
        return ctx.error(TFS_PHRASE("Errors", "only per-tensor min_range/max_range are supported"));
    TFS_RETURN_IF_ERROR(readScalarDouble(ctx, 1, &minIn, "min_range"));
    TFS_RETURN_IF_ERROR(readScalarDouble(ctx, 2, &maxIn, "max_range"));
    DataType T = attrType(ctx.node, "T", tensorflow::DT_QUINT8);
    QInfo q;
    if (!quantInfo(T, &q)) return ctx.error(TFS_PHRASE("Errors", "T must be a quantized type"));
    std::string mode = attrString(ctx.node, "mode", "MIN_COMBINED");
    std::string round = attrString(ctx.node, "round_mode", mode == "SCALED" ? "HALF_TO_EVEN" : "HALF_AWAY_FROM_ZERO");
    bool narrow = attrBool(ctx.node, "narrow_range");
    float ensureMin = attrFloat(ctx.node, "ensure_minimum_range", 0.01f);
    double mn = std::min(0.0, minIn);
    double eps = std::max(1.0, std::max(std::abs(minIn), std::abs(maxIn))) * ensureMin;
    double mx = std::max(0.0, std::max(maxIn, mn + eps));
    const bool halfToEven = round == "HALF_TO_EVEN";  // decided once, not per element
    auto rnd = [halfToEven](double v) { return halfToEven ? std::nearbyint(v) : std::round(v); };
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutputUninitialized(ctx, 0, T, x.dims(), &out));
    const double range = q.highest - q.lowest;
    if (mode == "MIN_COMBINED") {
        for (int64_t i = 0; i < x.numElements(); ++i) {
            double v = (std::min(std::max(double(x.data<float>()[i]), mn), mx) - mn) * range / (mx - mn);
            if (q.lowest < 0) v -= (range + 1) / 2.0;
            storeQuant(*out, q, i, rnd(v));
        }
    } else if (mode == "MIN_FIRST") {
        double steps = std::pow(2.0, 8.0 * q.bytes);
        double scale = steps / ((mx - mn) * (steps / (steps - 1)));
        const double base = q.lowest - rnd(mn * scale);
        if (T == tensorflow::DT_QUINT8 && !halfToEven && std::fabs(base) <= 256.0) {
            const float* in = x.data<float>();
            uint8_t* codes = out->data<uint8_t>();
            ctx.parallelFor(x.numElements(), 8, [&](int64_t i0, int64_t i1) { quant::quantizeMinFirstCodes(in + i0, codes + i0, i1 - i0, scale, base); });
        } else {
            for (int64_t i = 0; i < x.numElements(); ++i) storeQuant(*out, q, i, rnd(double(x.data<float>()[i]) * scale) + base);
        }
    } else if (mode == "SCALED") {
        double minOut = q.lowest + (narrow ? 1 : 0), maxOut = q.highest;
        double big = std::numeric_limits<double>::max();
        double fromMin = minOut * mn > 0 ? minOut / mn : big, fromMax = maxOut * mx > 0 ? maxOut / mx : big;
        double scale = std::min(fromMin, fromMax);
        mn = minOut / scale;
        mx = maxOut / scale;
        for (int64_t i = 0; i < x.numElements(); ++i)
            storeQuant(*out, q, i, rnd(std::min(std::max(double(x.data<float>()[i]), mn), mx) * scale));
    } else {
        return ctx.error(TFS_PHRASE("Errors", "mode must be MIN_COMBINED, MIN_FIRST or SCALED"));
    }
    Tensor* o1;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 1, tensorflow::DT_FLOAT, {}, &o1));
    o1->data<float>()[0] = float(mn);
    Tensor* o2;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 2, tensorflow::DT_FLOAT, {}, &o2));
    o2->data<float>()[0] = float(mx);
    return okStatus();
}

Status fakeQuant(KernelContext& ctx) {
    bool vars = ctx.node.op() == "FakeQuantWithMinMaxVars";
    TFS_RETURN_IF_ERROR(requireInputs(ctx, vars ? 3 : 1));
    const Tensor& x = ctx.inputs[0];
    if (x.dtype() != tensorflow::DT_FLOAT)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be %2, got %3"), "inputs", "float32", x.describe());
    double mn = attrFloat(ctx.node, "min", -6.f), mx = attrFloat(ctx.node, "max", 6.f);
    if (vars) {
        TFS_RETURN_IF_ERROR(readScalarDouble(ctx, 1, &mn, "min"));
        TFS_RETURN_IF_ERROR(readScalarDouble(ctx, 2, &mx, "max"));
    }
    int64_t bits = attrInt(ctx.node, "num_bits", 8);
    bool narrow = attrBool(ctx.node, "narrow_range");
    if (bits < 2 || bits > 16) return ctx.error(TFS_PHRASE("Errors", "num_bits must be in [2, 16]"));
    if (!(mn <= mx)) return ctx.error(TFS_PHRASE("Errors", "min must be <= max"));
    float qmin = narrow ? 1.f : 0.f, qmax = float((1 << bits) - 1);
    float fmin = float(mn), fmax = float(mx);
    float scale = (fmax - fmin) / (qmax - qmin);
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_FLOAT, x.dims(), &out));
    if (scale == 0.f) {
        for (int64_t i = 0; i < x.numElements(); ++i) out->data<float>()[i] = fmin;
        return okStatus();
    }
    float zp = qmin - fmin / scale;
    float nudgedZp = zp < qmin ? qmin : zp > qmax ? qmax : std::round(zp);
    float nmin = (qmin - nudgedZp) * scale, nmax = (qmax - nudgedZp) * scale;
    for (int64_t i = 0; i < x.numElements(); ++i) {
        float v = std::min(std::max(x.data<float>()[i], nmin), nmax);
        out->data<float>()[i] = std::floor((v - nmin) / scale + 0.5f) * scale + nmin;
    }
    return okStatus();
}

}  // namespace

std::vector<KernelEntry> quantizeKernels() {
    return {
        {"Dequantize", &dequantize},
        {"QuantizeV2", &quantizeV2},
        {"FakeQuantWithMinMaxArgs", &fakeQuant},
        {"FakeQuantWithMinMaxVars", &fakeQuant},
    };
}

}  // namespace tfs::exec::kernels
