#pragma once
// Small helpers shared by the op kernels: output allocation, reading shape-like
// inputs, axis normalisation, broadcasting and run-time dtype dispatch.

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <type_traits>
#include <vector>

#include "core/exec/kernel.h"
#include "core/model/attrs.h"
#include "core/model/dtype.h"

namespace tfs::exec::kernels {

/// Marker carrying a C++ element type through generic lambdas.
template <typename T>
struct TypeTag {
    using type = T;
};

/// Checks the input count is in [minCount, maxCount]; maxCount -2 (default) = exactly minCount, -1 = no upper bound.
Status requireInputs(const KernelContext& ctx, int minCount, int maxCount = -2);
/// Allocates output `index` (resizing ctx.outputs) with Tensor::make's size checks.
Status allocOutput(KernelContext& ctx, int index, DataType dtype, const Dims& dims, Tensor** out);
/// Like allocOutput but the memory is not zeroed: for kernels that write every element
/// (conv, matmul), saving a memset pass over large activations.
Status allocOutputUninitialized(KernelContext& ctx, int index, DataType dtype, const Dims& dims, Tensor** out);
/// Checks that a tensor of dtype and dims could be allocated (no overflow, at most 8 GiB).
Status checkAllocatable(const KernelContext& ctx, DataType dtype, const Dims& dims);
/// Sets output `index` to an existing tensor (may share the buffer).
void setOutput(KernelContext& ctx, int index, Tensor tensor);
/// Reads an int32/int64 scalar or 1-D input as int64 values.
Status readInts(const KernelContext& ctx, int index, std::vector<int64_t>* values, const char* what);
/// Reads an int32/int64 scalar input.
Status readScalarInt(const KernelContext& ctx, int index, int64_t* value, const char* what);
/// Reads a float/double/int scalar input as double.
Status readScalarDouble(const KernelContext& ctx, int index, double* value, const char* what);
/// Maps axis in [-rank, rank) to [0, rank); error naming `what` otherwise.
Status normalizeAxis(const KernelContext& ctx, int64_t axis, int rank, int* out, const char* what);
/// NumPy broadcast of two shapes, or an error naming both.
Status broadcastShapes(const KernelContext& ctx, const Dims& a, const Dims& b, Dims* out);
/// Strides (in elements) of a row-major shape.
std::vector<int64_t> rowMajorStrides(const Dims& dims);
/// Product of dims[begin, end).
int64_t dimProduct(const Dims& dims, int begin, int end);

/// Number of intra-op threads available (1 without a pool).
/// Compiles a hot loop for AVX-512, AVX2 and plain x86-64, picked at load time: the portable build
/// gets the wide version where the CPU has it. (ISO C++ mode: no FMA contraction, so every clone
/// rounds exactly like the plain one.)
#if defined(__x86_64__)
#define TFSCOPE_CPU_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define TFSCOPE_CPU_CLONES
#endif

inline int threadCount(const KernelContext& ctx) { return ctx.parallel ? std::max(1, ctx.parallel->threads()) : 1; }
/// Splits [0,total) into at most ~4 blocks per thread of at least minBlock units and runs
/// fn(begin, end) on each block in parallel: for kernels whose inner work (GEMM) wants big blocks.
void parallelBlocks(const KernelContext& ctx, int64_t total, int64_t minBlock, int64_t costPerUnit,
                    const std::function<void(int64_t, int64_t)>& fn);
/// Permutes the dimensions of `in` (any fixed-size dtype): out.dims[i] = in.dims[perm[i]].
Status transposeTensor(const KernelContext& ctx, const Tensor& in, const std::vector<int>& perm, Tensor* out);

/// Half/bfloat16 -> float32 copy; other tensors are returned unchanged.
Tensor toFloatTensor(const Tensor& t);
/// float32 -> half or bfloat16 copy.
Tensor fromFloatTensor(const Tensor& t, DataType target);
/// Runs `fn` with half/bfloat16 inputs widened to float32 and narrows float outputs back.
/// `outputMask` bit i set = output i is converted back (default: all float outputs).
Status runWithHalfAsFloat(KernelContext& ctx, KernelFn fn, uint32_t outputMask = 0xffffffffu);
/// True for DT_HALF and DT_BFLOAT16.
inline bool isHalfLike(DataType t) { return t == tensorflow::DT_HALF || t == tensorflow::DT_BFLOAT16; }

/// Calls f(TypeTag<T>{}) for float32/float64; error otherwise.
template <typename F>
Status dispatchFloat(const KernelContext& ctx, DataType dt, F&& f) {
    switch (dt) {
    case tensorflow::DT_FLOAT: return f(TypeTag<float>{});
    case tensorflow::DT_DOUBLE: return f(TypeTag<double>{});
    default:
        return ctx.error(TFS_PHRASE("Errors", "unsupported dtype %1 (expected float32 or float64)"),
                         dtypeShortName(dt));
    }
}

/// Calls f(TypeTag<T>{}) for the real numeric types (floats and all integer widths).
template <typename F>
Status dispatchReal(const KernelContext& ctx, DataType dt, F&& f) {
    switch (dt) {
    case tensorflow::DT_FLOAT: return f(TypeTag<float>{});
    case tensorflow::DT_DOUBLE: return f(TypeTag<double>{});
    case tensorflow::DT_INT8: return f(TypeTag<int8_t>{});
    case tensorflow::DT_INT16: return f(TypeTag<int16_t>{});
    case tensorflow::DT_INT32: return f(TypeTag<int32_t>{});
    case tensorflow::DT_INT64: return f(TypeTag<int64_t>{});
    case tensorflow::DT_UINT8: return f(TypeTag<uint8_t>{});
    case tensorflow::DT_UINT16: return f(TypeTag<uint16_t>{});
    case tensorflow::DT_UINT32: return f(TypeTag<uint32_t>{});
    case tensorflow::DT_UINT64: return f(TypeTag<uint64_t>{});
    default:
        return ctx.error(TFS_PHRASE("Errors", "unsupported dtype %1 (expected a real number type)"),
                         dtypeShortName(dt));
    }
}

/// dispatchReal plus bool.
template <typename F>
Status dispatchRealBool(const KernelContext& ctx, DataType dt, F&& f) {
    if (dt == tensorflow::DT_BOOL) return f(TypeTag<bool>{});
    return dispatchReal(ctx, dt, std::forward<F>(f));
}

/// Calls f(TypeTag<T>{}) for int32/int64 index tensors.
template <typename F>
Status dispatchIndex(const KernelContext& ctx, DataType dt, F&& f, const char* what) {
    switch (dt) {
    case tensorflow::DT_INT32: return f(TypeTag<int32_t>{});
    case tensorflow::DT_INT64: return f(TypeTag<int64_t>{});
    default:
        return ctx.error(TFS_PHRASE("Errors", "%1 must be int32 or int64, got %2"), what, dtypeShortName(dt));
    }
}

/// A trivially copyable 16-byte element (complex128) for data movement.
struct Bytes16 {
    uint64_t lo, hi;
};

/// Dispatches on element byte width (1, 2, 4, 8) for pure data movement.
template <typename F>
Status dispatchBytes(const KernelContext& ctx, DataType dt, F&& f) {
    switch (dtypeSize(dt)) {
    case 1: return f(TypeTag<uint8_t>{});
    case 2: return f(TypeTag<uint16_t>{});
    case 4: return f(TypeTag<uint32_t>{});
    case 8: return f(TypeTag<uint64_t>{});
    case 16: return f(TypeTag<Bytes16>{});
    default:
        return ctx.error(TFS_PHRASE("Errors", "unsupported dtype %1 for this op"), dtypeShortName(dt));
    }
}

/// Maps a C++ type to its TensorFlow dtype.
template <typename T>
constexpr DataType dtypeOf() {
    if constexpr (std::is_same_v<T, float>) return tensorflow::DT_FLOAT;
    else if constexpr (std::is_same_v<T, double>) return tensorflow::DT_DOUBLE;
    else if constexpr (std::is_same_v<T, int8_t>) return tensorflow::DT_INT8;
    else if constexpr (std::is_same_v<T, int16_t>) return tensorflow::DT_INT16;
    else if constexpr (std::is_same_v<T, int32_t>) return tensorflow::DT_INT32;
    else if constexpr (std::is_same_v<T, int64_t>) return tensorflow::DT_INT64;
    else if constexpr (std::is_same_v<T, uint8_t>) return tensorflow::DT_UINT8;
    else if constexpr (std::is_same_v<T, uint16_t>) return tensorflow::DT_UINT16;
    else if constexpr (std::is_same_v<T, uint32_t>) return tensorflow::DT_UINT32;
    else if constexpr (std::is_same_v<T, uint64_t>) return tensorflow::DT_UINT64;
    else if constexpr (std::is_same_v<T, bool>) return tensorflow::DT_BOOL;
    else return tensorflow::DT_INVALID;
}

/// Runs a string-typed data-movement op by running `fn` on int64 element indices
/// (1-based, 0 = empty string) and mapping the int64 outputs back to strings.
/// Inputs listed in `dataInputs` that are DT_STRING are replaced; other inputs pass through.
Status runStringsAsIndices(KernelContext& ctx, KernelFn fn, const std::vector<int>& dataInputs);
/// True when any listed input is a string tensor.
bool anyStringInput(const KernelContext& ctx, const std::vector<int>& dataInputs);

/// Collapsed plan for iterating an output shape with two broadcast inputs.
struct BroadcastPlan {
    std::vector<int64_t> shape;       // collapsed output dims (at least one)
    std::vector<int64_t> strideA, strideB;  // element strides per collapsed dim (0 = broadcast)
    int64_t total = 0;
};
/// Builds the plan for inputs of shapes a, b broadcast to `out`.
BroadcastPlan makeBroadcastPlan(const Dims& a, const Dims& b, const Dims& out);
/// Element strides of `in` broadcast to `out` (0 where broadcast), same rank as out.
std::vector<int64_t> broadcastStrides(const Dims& in, const Dims& out);

}  // namespace tfs::exec::kernels
