#include "core/exec/tensor_util.h"

#include <cmath>
#include <cstring>


namespace tfs::exec {

namespace {
int64_t rowElements(const Dims& dims) {
    int64_t n = 1;
    for (size_t i = 1; i < dims.size(); ++i) n *= dims[i];
    return n;
}
}  // namespace

Result<Tensor> sliceRows(const Tensor& t, int64_t begin, int64_t end) {
    if (t.rank() == 0) return invalidArgument(TFS_PHRASE("Errors", "cannot take rows of a scalar"));
    if (begin < 0 || end > t.dim(0) || begin > end)
        return invalidArgument(TFS_PHRASE("Errors", "rows [%1,%2) out of range for %3"), begin, end, t.describe());
    Dims dims = t.dims();
    dims[0] = end - begin;
    TFS_ASSIGN_OR_RETURN(Tensor out, Tensor::make(t.dtype(), dims));
    int64_t per = rowElements(t.dims());
    if (t.dtype() == tensorflow::DT_STRING) {
        for (int64_t i = 0; i < (end - begin) * per; ++i) out.strings()[size_t(i)] = t.strings()[size_t(begin * per + i)];
    } else {
        size_t es = size_t(dtypeSize(t.dtype()));
        if ((end - begin) * per > 0) std::memcpy(out.rawData(), t.rawData() + size_t(begin * per) * es, size_t((end - begin) * per) * es);
    }
    return out;
}

Result<Tensor> sliceRow(const Tensor& t, int64_t row) {
    TFS_ASSIGN_OR_RETURN(Tensor rows, sliceRows(t, row, row + 1));
    Dims dims(t.dims().begin() + 1, t.dims().end());
    return rows.reshaped(dims);
}

Result<Tensor> stackTensors(const std::vector<Tensor>& parts, DataType dtype, const Dims& elementShape) {
    Dims dims{int64_t(parts.size())};
    dims.insert(dims.end(), elementShape.begin(), elementShape.end());
    TFS_ASSIGN_OR_RETURN(Tensor out, Tensor::make(dtype, dims));
    TFS_ASSIGN_OR_RETURN(int64_t per, elementCount(elementShape));
    for (size_t i = 0; i < parts.size(); ++i) {
        const Tensor& p = parts[i];
        if (p.dtype() != out.dtype() || p.dims() != elementShape)
            return invalidArgument(TFS_PHRASE("Errors", "cannot stack %1 with elements of shape %2"),
                                   p.describe(), dimsToString(elementShape));
        if (dtype == tensorflow::DT_STRING) {
            for (int64_t k = 0; k < per; ++k) out.strings()[i * size_t(per) + size_t(k)] = p.strings()[size_t(k)];
        } else if (per > 0) {
            size_t bytes = size_t(per) * size_t(dtypeSize(dtype));
            std::memcpy(out.rawData() + i * bytes, p.rawData(), bytes);
        }
    }
    return out;
}

Result<Tensor> concatRows(const std::vector<Tensor>& parts, DataType dtype, const Dims& restShape) {
    int64_t rows = 0;
    for (const auto& p : parts) {
        if (p.rank() != int(restShape.size()) + 1 || !std::equal(restShape.begin(), restShape.end(), p.dims().begin() + 1))
            return invalidArgument(TFS_PHRASE("Errors", "cannot concatenate %1 with rows of shape %2"),
                                   p.describe(), dimsToString(restShape));
        rows += p.dim(0);
    }
    Dims dims{rows};
    dims.insert(dims.end(), restShape.begin(), restShape.end());
    TFS_ASSIGN_OR_RETURN(Tensor out, Tensor::make(dtype, dims));
    int64_t offset = 0;
    for (const auto& p : parts) {
        if (dtype == tensorflow::DT_STRING) {
            for (int64_t k = 0; k < p.numElements(); ++k) out.strings()[size_t(offset + k)] = p.strings()[size_t(k)];
        } else if (p.numElements() > 0) {
            size_t es = size_t(dtypeSize(dtype));
            std::memcpy(out.rawData() + size_t(offset) * es, p.rawData(), size_t(p.numElements()) * es);
        }
        offset += p.numElements();
    }
    return out;
}

namespace {
template <typename T>
void addInto(Tensor& out, const Tensor& a, const Tensor& b, int sign) {
    const T* x = a.data<T>();
    const T* y = b.data<T>();
    T* z = out.data<T>();
    bool scalarB = b.numElements() == 1;
    for (int64_t i = 0; i < out.numElements(); ++i) {
        T v = scalarB ? y[0] : y[i];
        z[i] = sign > 0 ? T(x[i] + v) : T(x[i] - v);
    }
}
}  // namespace

Result<Tensor> addTensors(const Tensor& a, const Tensor& b, int sign) {
    if (a.dtype() != b.dtype()) return invalidArgument(TFS_PHRASE("Errors", "dtype mismatch: %1 vs %2"),
                                                       a.describe(), b.describe());
    if (a.dims() != b.dims() && b.numElements() != 1)
        return invalidArgument(TFS_PHRASE("Errors", "shape mismatch: %1 vs %2"), a.describe(), b.describe());
    TFS_ASSIGN_OR_RETURN(Tensor out, Tensor::make(a.dtype(), a.dims()));
    switch (a.dtype()) {
    case tensorflow::DT_FLOAT: addInto<float>(out, a, b, sign); break;
    case tensorflow::DT_DOUBLE: addInto<double>(out, a, b, sign); break;
    case tensorflow::DT_INT32: addInto<int32_t>(out, a, b, sign); break;
    case tensorflow::DT_INT64: addInto<int64_t>(out, a, b, sign); break;
    case tensorflow::DT_INT16: addInto<int16_t>(out, a, b, sign); break;
    case tensorflow::DT_INT8: addInto<int8_t>(out, a, b, sign); break;
    case tensorflow::DT_UINT8: addInto<uint8_t>(out, a, b, sign); break;
    default: return invalidArgument(TFS_PHRASE("Errors", "cannot add tensors of dtype %1"), dtypeShortName(a.dtype()));
    }
    return out;
}

Result<std::vector<int64_t>> readIndices(const Tensor& t) {
    std::vector<int64_t> out(size_t(t.numElements()));
    if (t.dtype() == tensorflow::DT_INT32) {
        for (size_t i = 0; i < out.size(); ++i) out[i] = t.data<int32_t>()[i];
    } else if (t.dtype() == tensorflow::DT_INT64) {
        for (size_t i = 0; i < out.size(); ++i) out[i] = t.data<int64_t>()[i];
    } else {
        return invalidArgument(TFS_PHRASE("Errors", "expected int32 or int64 indices, got %1"), t.describe());
    }
    return out;
}

bool hasNonFinite(const Tensor& t) {
    switch (t.dtype()) {
    case tensorflow::DT_FLOAT:
        for (int64_t i = 0; i < t.numElements(); ++i)
            if (!std::isfinite(t.data<float>()[i])) return true;
        return false;
    case tensorflow::DT_DOUBLE:
        for (int64_t i = 0; i < t.numElements(); ++i)
            if (!std::isfinite(t.data<double>()[i])) return true;
        return false;
    case tensorflow::DT_HALF:
        for (int64_t i = 0; i < t.numElements(); ++i)
            if (!std::isfinite(tensorElementAsDouble(t, i))) return true;
        return false;
    default: return false;
    }
}

}  // namespace tfs::exec
