#include "core/diff/value_delta.h"

#include <cmath>
#include <cstdio>
#include <cstring>

#include "core/model/dtype.h"

namespace tfs::diff {

namespace {

// Typed loop for the common float case; tensorElementAsDouble for the rest.
template <typename Get>
void accumulate(ValueDelta& d, int64_t n, Get get) {
    double sumAbs = 0;
    for (int64_t i = 0; i < n; ++i) {
        const double a = get(0, i), b = get(1, i);
        if (a == b || (std::isnan(a) && std::isnan(b))) continue;
        ++d.changedElements;
        const double delta = std::fabs(b - a);
        if (std::isnan(delta)) continue;
        sumAbs += delta;
        d.maxAbsChange = std::max(d.maxAbsChange, delta);
        if (a != 0) d.maxRelChange = std::max(d.maxRelChange, delta / std::fabs(a));
    }
    d.meanAbsChange = n ? sumAbs / double(n) : 0.0;
}

}  // namespace

ValueDelta headerDelta(DataType dtypeA, const Dims& shapeA, DataType dtypeB, const Dims& shapeB, bool sameBytes) {
    ValueDelta d;
    d.dtypeA = dtypeA;
    d.dtypeB = dtypeB;
    d.shapeA = shapeA;
    d.shapeB = shapeB;
    d.bitIdentical = sameBytes && dtypeA == dtypeB && shapeA == shapeB;
    auto count = elementCount(shapeB);
    d.elements = count.ok() ? uint64_t(*count) : 0;
    return d;
}

bool numericValuesReadable(const Tensor& t) {
    return isNumericType(t.dtype()) &&
           (t.numElements() == 0 || (t.rawData() && t.byteSize() >= uint64_t(t.numElements()) * uint64_t(dtypeSize(t.dtype()))));
}

ValueDelta compareTensors(const Tensor& a, const Tensor& b) {
    ValueDelta d = headerDelta(a.dtype(), a.dims(), b.dtype(), b.dims(), false);
    d.valuesRead = true;
    if (a.dims() != b.dims()) return d;
    const int64_t n = a.numElements();
    if (a.dtype() != b.dtype()) {
        // A cast (float32 stored as float16, say): never bit-identical, but the values still compare.
        if (!numericValuesReadable(a) || !numericValuesReadable(b)) return d;
        d.comparable = true;
        d.elements = uint64_t(n);
        accumulate(d, n, [&](int side, int64_t i) { return tensorElementAsDouble(side ? b : a, i); });
        return d;
    }
    d.comparable = true;
    d.elements = uint64_t(n);
    if (a.dtype() == tensorflow::DT_STRING) {
        for (size_t i = 0; i < a.strings().size() && i < b.strings().size(); ++i)
            if (a.strings()[i] != b.strings()[i]) ++d.changedElements;
        d.bitIdentical = d.changedElements == 0 && a.strings().size() == b.strings().size();
        return d;
    }
    const int size = dtypeSize(a.dtype());
    if (size == 0 || !a.rawData() || !b.rawData()) {
        d.comparable = false;  // resources, variants: nothing element-wise to say
        return d;
    }
    d.bitIdentical = std::memcmp(a.rawData(), b.rawData(), size_t(n) * size_t(size)) == 0;
    if (d.bitIdentical) return d;
    if (a.dtype() == tensorflow::DT_FLOAT) {
        const float* pa = a.data<float>();
        const float* pb = b.data<float>();
        accumulate(d, n, [&](int side, int64_t i) { return double(side ? pb[i] : pa[i]); });
    } else {
        accumulate(d, n, [&](int side, int64_t i) { return tensorElementAsDouble(side ? b : a, i); });
    }
    if (d.changedElements == 0) {
        // Different bytes, equal values (+0 / -0, NaN payloads): count the bytes that differ per element.
        for (int64_t i = 0; i < n; ++i)
            if (std::memcmp(a.rawData() + i * size, b.rawData() + i * size, size_t(size)) != 0) ++d.changedElements;
    }
    return d;
}

std::string groupedNumber(uint64_t value) {
    std::string digits = std::to_string(value);
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string describeValueDelta(const ValueDelta& d) {
    const bool headerDiffers = d.dtypeA != d.dtypeB || d.shapeA != d.shapeB;
    const std::string header =
        headerDiffers ? dtypeShortName(d.dtypeA) + dimsToString(d.shapeA) + " → " + dtypeShortName(d.dtypeB) + dimsToString(d.shapeB) : "";
    if (headerDiffers && !d.comparable) return header;
    if (d.bitIdentical) return "bit-identical";
    if (!d.valuesRead) return "values differ (not compared)";
    if (!d.comparable) return "values differ";
    if (headerDiffers && d.changedElements == 0) return header + ", values equal";
    char buf[160];
    if (d.dtypeA == tensorflow::DT_STRING)
        std::snprintf(buf, sizeof buf, "%s of %s strings differ", groupedNumber(d.changedElements).c_str(),
                      groupedNumber(d.elements).c_str());
    else if (d.changedElements == d.elements)
        std::snprintf(buf, sizeof buf, "max |Δ| %.2g over %s elements", d.maxAbsChange, groupedNumber(d.elements).c_str());
    else
        std::snprintf(buf, sizeof buf, "max |Δ| %.2g, %s of %s elements changed", d.maxAbsChange,
                      groupedNumber(d.changedElements).c_str(), groupedNumber(d.elements).c_str());
    return headerDiffers ? header + ", " + buf : std::string(buf);
}

}  // namespace tfs::diff
