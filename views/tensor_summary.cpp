#include "views/tensor_summary.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/model/dtype.h"

namespace tfs::views {

TensorSummary summarizeTensor(const Tensor& t, int bins, const WorkContext& work) {
    TensorSummary s;
    s.count = t.numElements();
    const bool hasData = t.rawData() != nullptr || s.count == 0;
    if (!isNumericType(t.dtype()) || !hasData || t.byteSize() < uint64_t(s.count) * uint64_t(dtypeSize(t.dtype()))) {
        s.computed = !work.cancelled();
        return s;
    }
    s.numeric = true;
    const int64_t n = s.count;
    double sum = 0, mn = INFINITY, mx = -INFINITY;
    for (int64_t i = 0; i < n; ++i) {
        if ((i & 0xfffff) == 0) {
            if (work.cancelled()) return s;
            work.report(0.5 * double(i) / double(n), TFS_PHRASE("Progress", "statistics"));
        }
        double v = tensorElementAsDouble(t, i);
        if (std::isnan(v)) {
            ++s.nans;
            continue;
        }
        if (v == 0) ++s.zeros;
        if (!std::isfinite(v)) {
            ++s.infs;
            continue;
        }
        ++s.finite;
        sum += v;
        mn = std::min(mn, v);
        mx = std::max(mx, v);
    }
    if (s.finite > 0) {
        s.min = mn;
        s.max = mx;
        s.mean = sum / double(s.finite);
    }
    // Second pass: variance around the mean (numerically stable) and the histogram.
    bins = std::clamp(bins, 1, 4096);
    if (s.finite > 0) s.histogram.assign(size_t(bins), 0);
    const double width = s.max - s.min;
    double sq = 0;
    for (int64_t i = 0; i < n && s.finite > 0; ++i) {
        if ((i & 0xfffff) == 0) {
            if (work.cancelled()) return s;
            work.report(0.5 + 0.5 * double(i) / double(n), TFS_PHRASE("Progress", "histogram"));
        }
        double v = tensorElementAsDouble(t, i);
        if (!std::isfinite(v)) continue;
        sq += (v - s.mean) * (v - s.mean);
        int b = width > 0 ? int((v - s.min) / width * bins) : 0;
        s.histogram[size_t(std::clamp(b, 0, bins - 1))]++;
    }
    s.stddev = s.finite > 0 ? std::sqrt(sq / double(s.finite)) : 0;
    s.computed = true;
    return s;
}

namespace {

std::string number(double v, int digits) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    return buf;
}

std::string escaped(const std::string& bytes, int maxChars) {
    std::string out;
    for (unsigned char c : bytes) {
        if (int(out.size()) >= maxChars) {
            out += "…";
            break;
        }
        if (c == '\\') out += "\\\\";
        else if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (c < 0x20 || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else out += char(c);  // UTF-8 passes through
    }
    return out;
}

}  // namespace

std::string elementText(const Tensor& t, int64_t i, int maxStringChars) {
    if (i < 0 || i >= t.numElements()) return {};
    if (baseType(t.dtype()) != tensorflow::DT_STRING && !t.rawData()) return "?";
    switch (baseType(t.dtype())) {
        case tensorflow::DT_STRING:
            return size_t(i) < t.strings().size() ? escaped(t.strings()[size_t(i)], maxStringChars) : std::string();
        case tensorflow::DT_BOOL: return t.rawData() && t.data<bool>()[i] ? "true" : "false";
        case tensorflow::DT_FLOAT: return number(t.data<float>()[i], 7);
        case tensorflow::DT_DOUBLE: return number(t.data<double>()[i], 15);
        case tensorflow::DT_HALF:
        case tensorflow::DT_BFLOAT16: return number(tensorElementAsDouble(t, i), 4);
        case tensorflow::DT_INT64: return std::to_string(t.data<int64_t>()[i]);
        case tensorflow::DT_UINT64: return std::to_string(t.data<uint64_t>()[i]);
        case tensorflow::DT_COMPLEX64: {
            const float* c = t.data<float>() + 2 * i;
            return number(c[0], 7) + (c[1] < 0 ? "" : "+") + number(c[1], 7) + "i";
        }
        case tensorflow::DT_COMPLEX128: {
            const double* c = t.data<double>() + 2 * i;
            return number(c[0], 15) + (c[1] < 0 ? "" : "+") + number(c[1], 15) + "i";
        }
        default:
            if (isNumericType(t.dtype()) && t.rawData()) return number(tensorElementAsDouble(t, i), 15);
            return "?";
    }
}

}  // namespace tfs::views
