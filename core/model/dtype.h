#pragma once
// Facts about TensorFlow element types: names, sizes, reference variants.

#include <cstdint>
#include <string>

#include "tensorflow/types.pb.h"

namespace tfs {

using tensorflow::DataType;

/// "DT_FLOAT" for DT_FLOAT, "DT_FLOAT_REF" for reference types.
std::string dtypeName(DataType dtype);
/// Short, human form: "float32", "int64", "string".
std::string dtypeShortName(DataType dtype);
/// Parses "DT_FLOAT", "float", "float32", "int8", ... Returns DT_INVALID when unknown.
DataType parseDtype(const std::string& text);
/// Bytes per element of fixed-size types; 0 for string, resource, variant and invalid.
int dtypeSize(DataType dtype);
bool isRefType(DataType dtype);
/// DT_FLOAT_REF -> DT_FLOAT.
DataType baseType(DataType dtype);
bool isFloatingType(DataType dtype);
bool isIntegerType(DataType dtype);
/// qint8/quint8/qint16/quint16/qint32: integers with a scale given elsewhere.
bool isQuantizedType(DataType dtype);
/// Floating, integer, quantized or bool: the dtypes whose elements tensorElementAsDouble() reads.
bool isNumericType(DataType dtype);

}  // namespace tfs
