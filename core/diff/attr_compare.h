#pragma once
// Which attributes a diff compares and how: registry defaults stand in for missing
// attributes, so writing a default out explicitly is not a change.

#include <cstdint>
#include <string>

#include "core/diff/model_diff.h"
#include "core/ops/op_registry.h"

namespace tfs::diff {

/// Whether an attribute takes part in comparisons under these options.
bool attrCompared(const std::string& name, const DiffOptions& options);

/// The node's value of an attribute, else the registry default, else null.
const tensorflow::AttrValue* effectiveAttr(const tensorflow::NodeDef& node, const OpInfo* op, const std::string& name);

/// Exact equality of two attribute values (field by field; map order does not matter).
bool attrValuesEqual(const tensorflow::AttrValue& a, const tensorflow::AttrValue& b);

/// Hash of the op and every compared attribute that differs from its default.
/// With `withTensors` false, tensor-valued attributes count by dtype and shape only.
uint64_t nodeFingerprint(const tensorflow::NodeDef& node, const DiffOptions& options, bool withTensors);

/// Mixes a value into a running hash.
inline uint64_t mixHash(uint64_t h, uint64_t v) {
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h * 0xff51afd7ed558ccdULL;
}

}  // namespace tfs::diff
