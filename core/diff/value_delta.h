#pragma once
// Element-wise comparison of two tensors (Const values, checkpoint entries).

#include "core/diff/model_diff.h"
#include "core/model/tensor.h"

namespace tfs::diff {

/// Compares dtype, shape and every element of two tensors of one shape: bitwise when the
/// dtypes match, as numbers when both are numeric (a float32 value stored as float16).
ValueDelta compareTensors(const Tensor& a, const Tensor& b);

/// A numeric tensor whose bytes are all there: tensorElementAsDouble() can read every element.
bool numericValuesReadable(const Tensor& t);

/// A delta that records dtypes and shapes only (values not read); bitIdentical stays
/// false unless `sameBytes` says the stored bytes are known to be equal.
ValueDelta headerDelta(DataType dtypeA, const Dims& shapeA, DataType dtypeB, const Dims& shapeB, bool sameBytes);

/// "max |Δ| 3.1e-4 over 54,080 elements" or "float32[3,3] → float16[3,3]".
std::string describeValueDelta(const ValueDelta& delta);

/// 54080 → "54,080".
std::string groupedNumber(uint64_t value);

}  // namespace tfs::diff
