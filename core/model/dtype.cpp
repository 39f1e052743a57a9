#include "core/model/dtype.h"

#include <algorithm>
#include <cctype>

namespace tfs {

bool isRefType(DataType dtype) { return int(dtype) > 100; }

DataType baseType(DataType dtype) { return isRefType(dtype) ? DataType(int(dtype) - 100) : dtype; }

std::string dtypeName(DataType dtype) {
    if (tensorflow::DataType_IsValid(dtype)) return tensorflow::DataType_Name(dtype);
    return "DT_UNKNOWN_" + std::to_string(int(dtype));
}

std::string dtypeShortName(DataType dtype) {
    std::string suffix = isRefType(dtype) ? "_ref" : "";
    switch (baseType(dtype)) {
    case tensorflow::DT_FLOAT: return "float32" + suffix;
    case tensorflow::DT_DOUBLE: return "float64" + suffix;
    case tensorflow::DT_HALF: return "float16" + suffix;
    case tensorflow::DT_BFLOAT16: return "bfloat16" + suffix;
    case tensorflow::DT_INT8: return "int8" + suffix;
    case tensorflow::DT_INT16: return "int16" + suffix;
    case tensorflow::DT_INT32: return "int32" + suffix;
    case tensorflow::DT_INT64: return "int64" + suffix;
    case tensorflow::DT_UINT8: return "uint8" + suffix;
    case tensorflow::DT_UINT16: return "uint16" + suffix;
    case tensorflow::DT_UINT32: return "uint32" + suffix;
    case tensorflow::DT_UINT64: return "uint64" + suffix;
    case tensorflow::DT_BOOL: return "bool" + suffix;
    case tensorflow::DT_STRING: return "string" + suffix;
    case tensorflow::DT_COMPLEX64: return "complex64" + suffix;
    case tensorflow::DT_COMPLEX128: return "complex128" + suffix;
    case tensorflow::DT_RESOURCE: return "resource" + suffix;
    case tensorflow::DT_VARIANT: return "variant" + suffix;
    case tensorflow::DT_QINT8: return "qint8" + suffix;
    case tensorflow::DT_QUINT8: return "quint8" + suffix;
    case tensorflow::DT_QINT16: return "qint16" + suffix;
    case tensorflow::DT_QUINT16: return "quint16" + suffix;
    case tensorflow::DT_QINT32: return "qint32" + suffix;
    default: {
        std::string name = dtypeName(dtype);
        if (name.rfind("DT_", 0) == 0) name = name.substr(3);
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        return name;
    }
    }
}

DataType parseDtype(const std::string& text) {
    std::string upper = text;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return char(std::toupper(c)); });
    if (upper.rfind("DT_", 0) != 0) upper = "DT_" + upper;
    DataType dtype;
    if (tensorflow::DataType_Parse(upper, &dtype)) return dtype;
    static const std::pair<const char*, DataType> aliases[] = {
        {"DT_FLOAT32", tensorflow::DT_FLOAT}, {"DT_FLOAT64", tensorflow::DT_DOUBLE},
        {"DT_FLOAT16", tensorflow::DT_HALF},  {"DT_STR", tensorflow::DT_STRING},
    };
    for (const auto& [name, value] : aliases)
        if (upper == name) return value;
    return tensorflow::DT_INVALID;
}

int dtypeSize(DataType dtype) {
    switch (baseType(dtype)) {
    case tensorflow::DT_FLOAT: return 4;
    case tensorflow::DT_DOUBLE: return 8;
    case tensorflow::DT_INT32: return 4;
    case tensorflow::DT_UINT8: return 1;
    case tensorflow::DT_INT16: return 2;
    case tensorflow::DT_INT8: return 1;
    case tensorflow::DT_COMPLEX64: return 8;
    case tensorflow::DT_INT64: return 8;
    case tensorflow::DT_BOOL: return 1;
    case tensorflow::DT_QINT8: return 1;
    case tensorflow::DT_QUINT8: return 1;
    case tensorflow::DT_QINT32: return 4;
    case tensorflow::DT_BFLOAT16: return 2;
    case tensorflow::DT_QINT16: return 2;
    case tensorflow::DT_QUINT16: return 2;
    case tensorflow::DT_UINT16: return 2;
    case tensorflow::DT_COMPLEX128: return 16;
    case tensorflow::DT_HALF: return 2;
    case tensorflow::DT_UINT32: return 4;
    case tensorflow::DT_UINT64: return 8;
    case tensorflow::DT_FLOAT8_E5M2: return 1;
    case tensorflow::DT_FLOAT8_E4M3FN: return 1;
    default: return 0;
    }
}

bool isFloatingType(DataType dtype) {
    switch (baseType(dtype)) {
    case tensorflow::DT_FLOAT:
    case tensorflow::DT_DOUBLE:
    case tensorflow::DT_HALF:
    case tensorflow::DT_BFLOAT16: return true;
    default: return false;
    }
}

bool isQuantizedType(DataType dtype) {
    switch (baseType(dtype)) {
    case tensorflow::DT_QINT8:
    case tensorflow::DT_QUINT8:
    case tensorflow::DT_QINT16:
    case tensorflow::DT_QUINT16:
    case tensorflow::DT_QINT32: return true;
    default: return false;
    }
}

bool isNumericType(DataType dtype) {
    return isFloatingType(dtype) || isIntegerType(dtype) || isQuantizedType(dtype) || baseType(dtype) == tensorflow::DT_BOOL;
}

bool isIntegerType(DataType dtype) {
    switch (baseType(dtype)) {
    case tensorflow::DT_INT8:
    case tensorflow::DT_INT16:
    case tensorflow::DT_INT32:
    case tensorflow::DT_INT64:
    case tensorflow::DT_UINT8:
    case tensorflow::DT_UINT16:
    case tensorflow::DT_UINT32:
    case tensorflow::DT_UINT64: return true;
    default: return false;
    }
}

}  // namespace tfs
