#pragma once
// A host tensor: dtype, known shape and a shared, 64-byte aligned buffer
// (or a view into a memory-mapped file), plus string storage for DT_STRING.

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "core/model/dtype.h"
#include "core/model/shape.h"
#include "core/util/status.h"
#include "tensorflow/tensor.pb.h"

namespace tfs {

/// Raw bytes shared between tensors; owns heap memory or keeps a mapping alive.
class TensorBuffer {
    struct Key {
        explicit Key() = default;
    };

public:
    /// Zero-filled, 64-byte aligned heap buffer. One allocation holds the shared count, this
    /// object and the data (a small tensor per executor node would otherwise cost three).
    static std::shared_ptr<TensorBuffer> allocate(size_t bytes);
    /// The same without the zero fill, for outputs a kernel writes in full. Null when out of memory.
    static std::shared_ptr<TensorBuffer> allocateUninitialized(size_t bytes);
    /// A view of external memory kept alive by `owner` (e.g. a MappedFile).
    static std::shared_ptr<TensorBuffer> view(const char* data, size_t bytes, std::shared_ptr<const void> owner);
    ~TensorBuffer();
    TensorBuffer(const TensorBuffer&) = delete;
    TensorBuffer& operator=(const TensorBuffer&) = delete;

    char* data() { return data_; }
    const char* data() const { return data_; }
    size_t size() const { return size_; }
    bool ownsMemory() const { return owned_; }

    explicit TensorBuffer(Key) {}  // for the factories (std::allocate_shared); use them

private:
    char* data_ = nullptr;
    size_t size_ = 0;
    bool owned_ = false;
    std::shared_ptr<const void> owner_;
};

class Tensor {
public:
    Tensor() = default;
    /// Allocates a zeroed tensor; callers must have validated the shape (see make()).
    Tensor(DataType dtype, Dims dims);
    /// Validating constructor: rejects negative dims, overflow and sizes above maxBytes.
    static Result<Tensor> make(DataType dtype, Dims dims, uint64_t maxBytes = uint64_t(16) << 30);
    /// Wraps existing bytes without copying (size must match dtype and shape).
    static Result<Tensor> wrap(DataType dtype, Dims dims, std::shared_ptr<TensorBuffer> buffer);

    /// Decodes a TensorProto (tensor_content or typed value lists, with TF's
    /// "last value repeats" rule). Never allocates more than the shape justifies.
    static Result<Tensor> fromProto(const tensorflow::TensorProto& proto);
    /// Encodes as TensorProto with tensor_content (strings as string_val).
    void toProto(tensorflow::TensorProto* proto) const;

    template <typename T>
    static Tensor scalar(DataType dtype, T value) {
        Tensor t(dtype, {});
        *t.data<T>() = value;
        return t;
    }

    bool valid() const { return dtype_ != tensorflow::DT_INVALID; }
    DataType dtype() const { return dtype_; }
    const Dims& dims() const { return dims_; }
    int rank() const { return int(dims_.size()); }
    int64_t dim(int i) const { return dims_[size_t(i)]; }
    int64_t numElements() const { return numElements_; }
    /// Bytes of element data (for strings: sum of string lengths).
    uint64_t byteSize() const;

    template <typename T>
    T* data() { return reinterpret_cast<T*>(buffer_ ? buffer_->data() : nullptr); }
    template <typename T>
    const T* data() const { return reinterpret_cast<const T*>(buffer_ ? buffer_->data() : nullptr); }
    char* rawData() { return buffer_ ? buffer_->data() : nullptr; }
    const char* rawData() const { return buffer_ ? buffer_->data() : nullptr; }
    const std::shared_ptr<TensorBuffer>& buffer() const { return buffer_; }

    /// DT_STRING elements (empty for other types).
    std::vector<std::string>& strings() { return strings_; }
    const std::vector<std::string>& strings() const { return strings_; }

    /// Same data, new shape with the same element count.
    Result<Tensor> reshaped(Dims dims) const;
    /// Deep copy (a mapped view becomes owned memory).
    Tensor clone() const;
    /// "float32[2,3]".
    std::string describe() const;

private:
    DataType dtype_ = tensorflow::DT_INVALID;
    Dims dims_;
    int64_t numElements_ = 0;
    std::shared_ptr<TensorBuffer> buffer_;
    std::vector<std::string> strings_;
};

/// Reads a tensor value as double for statistics and printing (fixed-size numeric types only).
double tensorElementAsDouble(const Tensor& tensor, int64_t index);

}  // namespace tfs
