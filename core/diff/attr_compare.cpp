#include "core/diff/attr_compare.h"

#include <algorithm>
#include <functional>
#include <string_view>
#include <vector>

#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/util/message_differencer.h"

namespace tfs::diff {

namespace {

std::string deterministicBytes(const google::protobuf::Message& message) {
    std::string bytes;
    {
        google::protobuf::io::StringOutputStream stream(&bytes);
        google::protobuf::io::CodedOutputStream coded(&stream);
        coded.SetSerializationDeterministic(true);
        message.SerializeToCodedStream(&coded);
    }
    return bytes;
}

uint64_t hashText(std::string_view text) { return std::hash<std::string_view>()(text); }

}  // namespace

bool attrCompared(const std::string& name, const DiffOptions& options) {
    if (options.ignoreAttrs.count(name)) return false;
    // Leading underscore: annotations written by tools (_output_shapes, _class, _grappler_*), not the model.
    if (!options.compareInternalAttrs && !name.empty() && name[0] == '_') return false;
    return true;
}

const tensorflow::AttrValue* effectiveAttr(const tensorflow::NodeDef& node, const OpInfo* op, const std::string& name) {
    auto it = node.attr().find(name);
    if (it != node.attr().end()) return &it->second;
    if (!op) return nullptr;
    const AttrInfo* info = op->findAttr(name);
    return info && info->hasDefault ? &info->defaultValue : nullptr;
}

bool attrValuesEqual(const tensorflow::AttrValue& a, const tensorflow::AttrValue& b) {
    if (a.value_case() != b.value_case()) return false;
    return google::protobuf::util::MessageDifferencer::Equals(a, b);
}

uint64_t nodeFingerprint(const tensorflow::NodeDef& node, const DiffOptions& options, bool withTensors) {
    uint64_t h = hashText(node.op());
    if (options.compareDevice) h = mixHash(h, hashText(node.device()));
    const OpInfo* op = findOp(node.op());
    std::vector<const std::string*> names;
    names.reserve(size_t(node.attr_size()));
    for (const auto& [name, value] : node.attr())
        if (attrCompared(name, options)) names.push_back(&name);
    std::sort(names.begin(), names.end(), [](const std::string* x, const std::string* y) { return *x < *y; });
    for (const std::string* name : names) {
        const tensorflow::AttrValue& value = node.attr().at(*name);
        if (op) {
            const AttrInfo* info = op->findAttr(*name);
            if (info && info->hasDefault && attrValuesEqual(value, info->defaultValue)) continue;
        }
        h = mixHash(h, hashText(*name));
        if (value.value_case() == tensorflow::AttrValue::kTensor && !withTensors) {
            h = mixHash(h, uint64_t(value.tensor().dtype()));
            h = mixHash(h, hashText(deterministicBytes(value.tensor().tensor_shape())));
        } else {
            h = mixHash(h, hashText(deterministicBytes(value)));
        }
    }
    return h;
}

}  // namespace tfs::diff
