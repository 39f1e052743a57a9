#pragma once
// Typed access to NodeDef attributes with defaults, for kernels and passes.

#include <cstdint>
#include <string>
#include <vector>

#include "core/model/dtype.h"
#include "core/model/shape.h"
#include "tensorflow/node_def.pb.h"

namespace tfs {

bool hasAttr(const tensorflow::NodeDef& node, const std::string& name);
int64_t attrInt(const tensorflow::NodeDef& node, const std::string& name, int64_t fallback = 0);
float attrFloat(const tensorflow::NodeDef& node, const std::string& name, float fallback = 0.f);
bool attrBool(const tensorflow::NodeDef& node, const std::string& name, bool fallback = false);
std::string attrString(const tensorflow::NodeDef& node, const std::string& name, const std::string& fallback = "");
DataType attrType(const tensorflow::NodeDef& node, const std::string& name, DataType fallback = tensorflow::DT_INVALID);
std::vector<int64_t> attrInts(const tensorflow::NodeDef& node, const std::string& name);
std::vector<float> attrFloats(const tensorflow::NodeDef& node, const std::string& name);
std::vector<DataType> attrTypes(const tensorflow::NodeDef& node, const std::string& name);
PartialShape attrShape(const tensorflow::NodeDef& node, const std::string& name);

/// Short readable text of an attribute value: "[1,2,2,1]", "float32", "\"SAME\"",
/// "float32[3,3] = [0.1, 0.2, …]" (at most `maxItems` list items or tensor values).
std::string attrValueText(const tensorflow::AttrValue& value, int maxItems = 8);

}  // namespace tfs
