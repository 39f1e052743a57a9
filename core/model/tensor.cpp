#include "core/model/tensor.h"

#include <algorithm>
#include <atomic>
#include <complex>
#include <cstdlib>
#include <limits>
#include <new>

#include "core/model/tensor_limit.h"
#include "core/util/half.h"

namespace tfs {

namespace {
constexpr size_t kAlignment = 64;
// Constants may legally repeat their last value to fill a large shape; cap the
// expansion so a hostile 20-byte proto cannot ask for terabytes.
constexpr uint64_t kMaxExpandedBytes = uint64_t(2) << 30;
}  // namespace

namespace {

// An allocator for std::allocate_shared that puts `bytes` of 64-byte aligned data after the
// block it allocates (shared count and TensorBuffer) and reports where: one malloc per buffer.
template <typename T>
struct WithData {
    using value_type = T;
    size_t bytes;
    char** data;
    WithData(size_t b, char** d) : bytes(b), data(d) {}
    template <typename U>
    WithData(const WithData<U>& other) : bytes(other.bytes), data(other.data) {}
    T* allocate(size_t n) {
        const size_t head = n * sizeof(T);
        char* block = static_cast<char*>(std::malloc(head + bytes + kAlignment));
        if (!block) throw std::bad_alloc();
        *data = reinterpret_cast<char*>((reinterpret_cast<uintptr_t>(block + head) + kAlignment - 1) & ~uintptr_t(kAlignment - 1));
        return reinterpret_cast<T*>(block);
    }
    void deallocate(T* p, size_t) { std::free(p); }
    template <typename U>
    bool operator==(const WithData<U>& other) const {
        return bytes == other.bytes && data == other.data;
    }
    template <typename U>
    bool operator!=(const WithData<U>& other) const {
        return !(*this == other);
    }
};

}  // namespace

// The data is rounded up to whole 64-byte lines (at least one), as vector loops may touch them.
size_t roundedSize(size_t bytes) { return std::max<size_t>((bytes + kAlignment - 1) / kAlignment * kAlignment, kAlignment); }

std::shared_ptr<TensorBuffer> TensorBuffer::allocateUninitialized(size_t bytes) {
    if (bytes > std::numeric_limits<size_t>::max() / 2) return nullptr;
    char* data = nullptr;
    std::shared_ptr<TensorBuffer> buffer;
    try {
        buffer = std::allocate_shared<TensorBuffer>(WithData<TensorBuffer>(roundedSize(bytes), &data), Key());
    } catch (const std::bad_alloc&) {
        return nullptr;
    }
    buffer->data_ = data;
    buffer->size_ = bytes;
    buffer->owned_ = true;
    return buffer;
}

std::shared_ptr<TensorBuffer> TensorBuffer::allocate(size_t bytes) {
    auto buffer = allocateUninitialized(bytes);
    if (buffer) std::memset(buffer->data_, 0, roundedSize(bytes));
    return buffer;
}

std::shared_ptr<TensorBuffer> TensorBuffer::view(const char* data, size_t bytes, std::shared_ptr<const void> owner) {
    auto buffer = std::make_shared<TensorBuffer>(Key());
    buffer->data_ = const_cast<char*>(data);
    buffer->size_ = bytes;
    buffer->owner_ = std::move(owner);
    return buffer;
}

TensorBuffer::~TensorBuffer() = default;  // owned data lives in the same allocation

Tensor::Tensor(DataType dtype, Dims dims) : dtype_(baseType(dtype)), dims_(std::move(dims)) {
    auto count = elementCount(dims_);
    numElements_ = count.ok() ? *count : 0;
    if (dtype_ == tensorflow::DT_STRING) {
        strings_.resize(size_t(numElements_));
    } else {
        buffer_ = TensorBuffer::allocate(size_t(numElements_) * size_t(dtypeSize(dtype_)));
    }
}

namespace {
std::atomic<uint64_t> gTensorByteLimit{uint64_t(16) << 30};
}  // namespace

uint64_t tensorByteLimit() { return gTensorByteLimit.load(std::memory_order_relaxed); }
void setTensorByteLimit(uint64_t bytes) { gTensorByteLimit.store(bytes, std::memory_order_relaxed); }

Result<Tensor> Tensor::make(DataType dtype, Dims dims, uint64_t maxBytes) {
    maxBytes = std::min(maxBytes, tensorByteLimit());
    TFS_ASSIGN_OR_RETURN(int64_t count, elementCount(dims));
    DataType base = baseType(dtype);
    int elementSize = dtypeSize(base);
    if (base != tensorflow::DT_STRING && elementSize == 0)
        return unimplemented(TFS_PHRASE("Errors", "tensors of type %1 cannot hold values here"), dtypeName(dtype));
    uint64_t bytes = uint64_t(count) * uint64_t(elementSize ? elementSize : 1);
    if (elementSize && uint64_t(count) > maxBytes / uint64_t(elementSize))
        return resourceExhausted(TFS_PHRASE("Errors", "tensor %1%2 needs %3 bytes, more than allowed"), dtypeShortName(base), dimsToString(dims), bytes);
    if (base == tensorflow::DT_STRING && uint64_t(count) > maxBytes / 32)
        return resourceExhausted(TFS_PHRASE("Errors", "string tensor %1 has too many elements"), dimsToString(dims));
    Tensor t(base, std::move(dims));
    if (base != tensorflow::DT_STRING && !t.buffer_) return resourceExhausted(TFS_PHRASE("Errors", "out of memory allocating tensor"));
    return t;
}

Result<Tensor> Tensor::wrap(DataType dtype, Dims dims, std::shared_ptr<TensorBuffer> buffer) {
    TFS_ASSIGN_OR_RETURN(int64_t count, elementCount(dims));
    DataType base = baseType(dtype);
    uint64_t expected = uint64_t(count) * uint64_t(dtypeSize(base));
    if (!buffer || buffer->size() != expected)
        return dataLoss(TFS_PHRASE("Errors", "buffer of %1 bytes does not match %2%3 (%4 bytes)"), std::to_string(buffer ? buffer->size() : 0), dtypeShortName(base), dimsToString(dims), expected);
    Tensor t;
    t.dtype_ = base;
    t.dims_ = std::move(dims);
    t.numElements_ = count;
    t.buffer_ = std::move(buffer);
    return t;
}

uint64_t Tensor::byteSize() const {
    if (dtype_ == tensorflow::DT_STRING) {
        uint64_t total = 0;
        for (const auto& s : strings_) total += s.size();
        return total;
    }
    return uint64_t(numElements_) * uint64_t(dtypeSize(dtype_));
}

namespace {

template <typename T, typename Values>
Status fillFrom(Tensor& t, const Values& values) {
    T* out = t.data<T>();
    int64_t n = t.numElements();
    if (values.size() > n) return dataLoss(TFS_PHRASE("Errors", "tensor has %1 values but its shape %2 holds %3"), values.size(), dimsToString(t.dims()), n);
    int64_t i = 0;
    for (; i < int64_t(values.size()); ++i) out[i] = static_cast<T>(values[int(i)]);
    // TensorFlow repeats the last value to fill the rest (zero if none).
    T last = values.empty() ? T{} : static_cast<T>(values[values.size() - 1]);
    for (; i < n; ++i) out[i] = last;
    return okStatus();
}

template <typename T, typename Values>
Status fillComplex(Tensor& t, const Values& values) {
    T* out = t.data<T>();
    int64_t n = t.numElements();
    int64_t pairs = values.size() / 2;
    if (pairs > n) return dataLoss(TFS_PHRASE("Errors", "too many complex values for shape %1"), dimsToString(t.dims()));
    int64_t i = 0;
    for (; i < pairs; ++i) out[i] = T(values[int(2 * i)], values[int(2 * i + 1)]);
    T last = pairs ? out[pairs - 1] : T{};
    for (; i < n; ++i) out[i] = last;
    return okStatus();
}

}  // namespace

Result<Tensor> Tensor::fromProto(const tensorflow::TensorProto& proto) {
    DataType dtype = baseType(proto.dtype());
    PartialShape shape = PartialShape::fromProto(proto.tensor_shape());
    if (!shape.knownRank) return invalidArgument(TFS_PHRASE("Errors", "tensor has an unknown rank"));
    for (int64_t d : shape.dims)
        if (d < 0) return invalidArgument(TFS_PHRASE("Errors", "tensor shape %1 has a negative dimension"), shape.toString());
    TFS_ASSIGN_OR_RETURN(int64_t count, elementCount(shape.dims));
    int elementSize = dtypeSize(dtype);

    if (dtype == tensorflow::DT_STRING) {
        if (proto.string_val_size() > count)
            return dataLoss(TFS_PHRASE("Errors", "string tensor has more values than its shape %1 holds"), shape.toString());
        if (proto.string_val_size() == 0 && count > 0 && uint64_t(count) > kMaxExpandedBytes / 32)
            return resourceExhausted(TFS_PHRASE("Errors", "string tensor %1 is too large"), shape.toString());
        if (proto.string_val_size() > 0 && proto.string_val_size() < count && uint64_t(count) * proto.string_val(proto.string_val_size() - 1).size() > kMaxExpandedBytes)
            return resourceExhausted(TFS_PHRASE("Errors", "string tensor %1 is too large"), shape.toString());
        TFS_ASSIGN_OR_RETURN(Tensor t, make(dtype, shape.dims, kMaxExpandedBytes));
        for (int64_t i = 0; i < count; ++i) {
            if (proto.string_val_size() == 0) break;
            int src = int(std::min<int64_t>(i, proto.string_val_size() - 1));
            t.strings_[size_t(i)] = proto.string_val(src);
        }
        return t;
    }
    if (elementSize == 0) {
        if (count == 0) {
            Tensor t;
            t.dtype_ = dtype;
            t.dims_ = shape.dims;
            return t;
        }
        return unimplemented(TFS_PHRASE("Errors", "tensor values of type %1 are not supported"), dtypeName(dtype));
    }

    uint64_t bytes = uint64_t(count) * uint64_t(elementSize);
    if (!proto.tensor_content().empty()) {
        if (proto.tensor_content().size() != bytes)
            return dataLoss(TFS_PHRASE("Errors", "tensor_content has %1 bytes but %2%3 needs %4"), proto.tensor_content().size(), dtypeShortName(dtype), shape.toString(), bytes);
        TFS_ASSIGN_OR_RETURN(Tensor t, make(dtype, shape.dims));
        std::memcpy(t.rawData(), proto.tensor_content().data(), bytes);
        return t;
    }
    if (bytes > kMaxExpandedBytes)
        return resourceExhausted(TFS_PHRASE("Errors", "constant %1%2 would expand to %3 bytes"), dtypeShortName(dtype), shape.toString(), bytes);
    TFS_ASSIGN_OR_RETURN(Tensor t, make(dtype, shape.dims));
    switch (dtype) {
    case tensorflow::DT_FLOAT: TFS_RETURN_IF_ERROR(fillFrom<float>(t, proto.float_val())); break;
    case tensorflow::DT_DOUBLE: TFS_RETURN_IF_ERROR(fillFrom<double>(t, proto.double_val())); break;
    case tensorflow::DT_INT32:
    case tensorflow::DT_QINT32: TFS_RETURN_IF_ERROR(fillFrom<int32_t>(t, proto.int_val())); break;
    case tensorflow::DT_INT16:
    case tensorflow::DT_QINT16: TFS_RETURN_IF_ERROR(fillFrom<int16_t>(t, proto.int_val())); break;
    case tensorflow::DT_INT8:
    case tensorflow::DT_QINT8: TFS_RETURN_IF_ERROR(fillFrom<int8_t>(t, proto.int_val())); break;
    case tensorflow::DT_UINT8:
    case tensorflow::DT_QUINT8: TFS_RETURN_IF_ERROR(fillFrom<uint8_t>(t, proto.int_val())); break;
    case tensorflow::DT_UINT16:
    case tensorflow::DT_QUINT16: TFS_RETURN_IF_ERROR(fillFrom<uint16_t>(t, proto.int_val())); break;
    case tensorflow::DT_INT64: TFS_RETURN_IF_ERROR(fillFrom<int64_t>(t, proto.int64_val())); break;
    case tensorflow::DT_UINT32: TFS_RETURN_IF_ERROR(fillFrom<uint32_t>(t, proto.uint32_val())); break;
    case tensorflow::DT_UINT64: TFS_RETURN_IF_ERROR(fillFrom<uint64_t>(t, proto.uint64_val())); break;
    case tensorflow::DT_BOOL: TFS_RETURN_IF_ERROR(fillFrom<bool>(t, proto.bool_val())); break;
    case tensorflow::DT_HALF:
    case tensorflow::DT_BFLOAT16: TFS_RETURN_IF_ERROR(fillFrom<uint16_t>(t, proto.half_val())); break;
    case tensorflow::DT_COMPLEX64: TFS_RETURN_IF_ERROR(fillComplex<std::complex<float>>(t, proto.scomplex_val())); break;
    case tensorflow::DT_COMPLEX128: TFS_RETURN_IF_ERROR(fillComplex<std::complex<double>>(t, proto.dcomplex_val())); break;
    default: return unimplemented(TFS_PHRASE("Errors", "tensor values of type %1 are not supported"), dtypeName(dtype));
    }
    return t;
}

void Tensor::toProto(tensorflow::TensorProto* proto) const {
    proto->Clear();
    proto->set_dtype(dtype_);
    PartialShape::of(dims_).toProto(proto->mutable_tensor_shape());
    if (dtype_ == tensorflow::DT_STRING) {
        for (const auto& s : strings_) proto->add_string_val(s);
        return;
    }
    if (rawData() && byteSize()) proto->set_tensor_content(std::string(rawData(), byteSize()));
}

Result<Tensor> Tensor::reshaped(Dims dims) const {
    TFS_ASSIGN_OR_RETURN(int64_t count, elementCount(dims));
    if (count != numElements_)
        return invalidArgument(TFS_PHRASE("Errors", "cannot reshape %1 to %2"), describe(), dimsToString(dims));
    Tensor t = *this;
    t.dims_ = std::move(dims);
    return t;
}

Tensor Tensor::clone() const {
    Tensor t = *this;
    if (buffer_) {
        t.buffer_ = TensorBuffer::allocate(buffer_->size());
        if (t.buffer_) std::memcpy(t.buffer_->data(), buffer_->data(), buffer_->size());
    }
    return t;
}

std::string Tensor::describe() const { return dtypeShortName(dtype_) + dimsToString(dims_); }

double tensorElementAsDouble(const Tensor& t, int64_t i) {
    switch (t.dtype()) {
    case tensorflow::DT_FLOAT: return t.data<float>()[i];
    case tensorflow::DT_DOUBLE: return t.data<double>()[i];
    case tensorflow::DT_INT32:
    case tensorflow::DT_QINT32: return t.data<int32_t>()[i];
    case tensorflow::DT_INT16:
    case tensorflow::DT_QINT16: return t.data<int16_t>()[i];
    case tensorflow::DT_INT8:
    case tensorflow::DT_QINT8: return t.data<int8_t>()[i];
    case tensorflow::DT_UINT8:
    case tensorflow::DT_QUINT8: return t.data<uint8_t>()[i];
    case tensorflow::DT_UINT16:
    case tensorflow::DT_QUINT16: return t.data<uint16_t>()[i];
    case tensorflow::DT_INT64: return double(t.data<int64_t>()[i]);
    case tensorflow::DT_UINT32: return t.data<uint32_t>()[i];
    case tensorflow::DT_UINT64: return double(t.data<uint64_t>()[i]);
    case tensorflow::DT_BOOL: return t.data<bool>()[i] ? 1.0 : 0.0;
    case tensorflow::DT_HALF: return halfToFloat(t.data<uint16_t>()[i]);
    case tensorflow::DT_BFLOAT16: return bfloat16ToFloat(t.data<uint16_t>()[i]);
    default: return 0.0;
    }
}

}  // namespace tfs
