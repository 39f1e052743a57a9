#include "core/compare/metrics.h"

#include <algorithm>
#include <cmath>

namespace tfs::compare {

std::string errorBinLabel(int bin) {
    if (bin <= 0) return "0";
    if (bin == 1) return "<1e-9";
    if (bin >= kErrorBins - 1) return ">=1";
    // bin 2 = [1e-9,1e-8) ... bin 10 = [0.1,1)
    int lo = bin - 11;  // exponent of the lower edge
    auto e = [](int x) { return x == 0 ? std::string("1") : "1e" + std::to_string(x); };
    return e(lo) + ".." + e(lo + 1);
}

int errorBin(double absError) {
    if (!(absError > 0)) return 0;
    if (absError >= 1) return kErrorBins - 1;
    if (absError < 1e-9) return 1;
    int exponent = int(std::floor(std::log10(absError)));  // -9 .. -1
    exponent = std::clamp(exponent, -9, -1);
    // Guard against log10 rounding at exact powers of ten.
    if (std::pow(10.0, exponent + 1) <= absError && exponent < -1) ++exponent;
    return exponent + 11;
}

Result<std::vector<double>> tensorToDoubles(const Tensor& t) {
    if (dtypeSize(t.dtype()) == 0 || t.dtype() == tensorflow::DT_COMPLEX64 || t.dtype() == tensorflow::DT_COMPLEX128)
        return invalidArgument(TFS_PHRASE("Errors", "cannot compare values of dtype %1 numerically"),
                               dtypeShortName(t.dtype()));
    std::vector<double> out(size_t(t.numElements()));
    for (int64_t i = 0; i < t.numElements(); ++i) out[size_t(i)] = tensorElementAsDouble(t, i);
    return out;
}

OutputAccumulator::OutputAccumulator(std::string name, std::string tensorA, std::string tensorB) {
    m_.name = std::move(name);
    m_.tensorA = std::move(tensorA);
    m_.tensorB = std::move(tensorB);
}

namespace {

// Indices of the k largest values of row (ties: lower index first), NaN ranked last.
std::vector<int64_t> topK(const double* row, int64_t n, int k) {
    std::vector<int64_t> idx(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) idx[size_t(i)] = i;
    auto better = [row](int64_t x, int64_t y) {
        double a = row[x], b = row[y];
        if (std::isnan(a) != std::isnan(b)) return !std::isnan(a);
        if (a != b) return a > b;
        return x < y;
    };
    k = int(std::min<int64_t>(k, n));
    std::partial_sort(idx.begin(), idx.begin() + k, idx.end(), better);
    idx.resize(size_t(k));
    return idx;
}

}  // namespace

Status OutputAccumulator::add(const Tensor& a, const Tensor& b) {
    const std::string what = "output '" + m_.name + "'";
    if (m_.samples == 0) {
        m_.dtype = dtypeShortName(a.dtype());
        if (a.dtype() != b.dtype()) m_.dtype += " vs " + dtypeShortName(b.dtype());
        m_.shapeA = dimsToString(a.dims());
        m_.shapeB = dimsToString(b.dims());
        if (a.dims() != b.dims() && a.numElements() == b.numElements())
            m_.notes.push_back(
                phrase(TFS_PHRASE("Notes", "shapes differ (%1 vs %2); compared flattened"), m_.shapeA, m_.shapeB));
        if (a.dtype() != b.dtype())
            m_.notes.push_back(phrase(TFS_PHRASE("Notes", "dtypes differ (%1 vs %2)"), dtypeShortName(a.dtype()),
                                      dtypeShortName(b.dtype())));
    }
    if (a.numElements() != b.numElements())
        return invalidArgument(TFS_PHRASE("Errors", "%1: A gives %2 but B gives %3; element counts must match (use --map to pair other tensors)"),
                               what, a.describe(), b.describe());
    const bool stringA = a.dtype() == tensorflow::DT_STRING, stringB = b.dtype() == tensorflow::DT_STRING;
    if (stringA != stringB) return invalidArgument(TFS_PHRASE("Errors", "%1: cannot compare %2 with %3"),
                                                   what, a.describe(), b.describe());
    ++m_.samples;
    if (stringA) {
        m_.numeric = false;
        classifier_ = false;
        for (size_t i = 0; i < a.strings().size() && i < b.strings().size(); ++i) equal_ += a.strings()[i] == b.strings()[i];
        m_.elements += uint64_t(a.numElements());
        return okStatus();
    }
    TFS_ASSIGN_OR_RETURN(std::vector<double> va, tensorToDoubles(a));
    TFS_ASSIGN_OR_RETURN(std::vector<double> vb, tensorToDoubles(b));
    for (size_t i = 0; i < va.size(); ++i) {
        double x = va[i], y = vb[i];
        bool nx = std::isnan(x), ny = std::isnan(y);
        if (nx || ny) {
            if (nx && ny) ++equal_, ++nanBoth_;
            else ++m_.nanMismatches;
            continue;
        }
        if (x == y) ++equal_;
        double d = (std::isinf(x) && x == y) ? 0.0 : std::fabs(x - y);
        m_.maxAbsError = std::max(m_.maxAbsError, d);
        if (x != 0) m_.maxRelError = std::max(m_.maxRelError, d / std::fabs(x));
        sumAbs_ += d;
        sumSq_ += (long double)d * d;
        sumAA_ += (long double)x * x;
        sumBB_ += (long double)y * y;
        sumAB_ += (long double)x * y;
        ++m_.errorHistogram[size_t(errorBin(d))];
        ++m_.elements;
    }
    // Classifier-like: rank 2 [N, C] with C > 1 in both models.
    if (a.rank() == 2 && b.rank() == 2 && a.dims() == b.dims() && a.dim(1) > 1 && isFloatingType(a.dtype())) {
        const int64_t rows = a.dim(0), cols = a.dim(1);
        for (int64_t r = 0; r < rows; ++r) {
            const double* ra = va.data() + r * cols;
            const double* rb = vb.data() + r * cols;
            int64_t topA = topK(ra, cols, 1)[0];
            std::vector<int64_t> kb = topK(rb, cols, 5);
            top1_ += kb[0] == topA;
            if (cols > 5) {
                top5_ += std::find(kb.begin(), kb.end(), topA) != kb.end();
                ++top5Rows_;
            }
            ++m_.rows;
        }
    } else {
        classifier_ = false;
    }
    return okStatus();
}

OutputMetrics OutputAccumulator::finish() const {
    OutputMetrics m = m_;
    uint64_t total = m.elements + m.nanMismatches + nanBoth_;
    m.equalFraction = total ? double(equal_) / double(total) : 1.0;
    if (!m.numeric) return m;
    if (m.elements) {
        m.meanAbsError = double(sumAbs_ / (long double)m.elements);
        m.rmse = double(std::sqrt(sumSq_ / (long double)m.elements));
    }
    long double na = std::sqrt(sumAA_), nb = std::sqrt(sumBB_);
    if (na == 0 && nb == 0) m.cosine = 1;
    else if (na == 0 || nb == 0) m.cosine = 0;
    else m.cosine = double(std::clamp(sumAB_ / (na * nb), (long double)-1, (long double)1));
    if (sumSq_ > 0) m.snrDb = double(10 * std::log10(sumAA_ / sumSq_));
    if (sumSq_ > 0 && sumAA_ == 0) m.snrDb = -INFINITY;
    if (classifier_ && m.rows > 0) {
        m.top1Agreement = double(top1_) / double(m.rows);
        if (top5Rows_ == m.rows) m.top5Agreement = double(top5_) / double(top5Rows_);
    }
    return m;
}

Result<OutputMetrics> compareTensors(const Tensor& a, const Tensor& b, const std::string& name) {
    OutputAccumulator acc(name, name, name);
    TFS_RETURN_IF_ERROR(acc.add(a, b));
    return acc.finish();
}

}  // namespace tfs::compare
