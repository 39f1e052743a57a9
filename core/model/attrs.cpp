#include "core/model/attrs.h"

#include <algorithm>
#include <cstdio>

#include "core/model/tensor.h"

namespace tfs {

namespace {
const tensorflow::AttrValue* lookup(const tensorflow::NodeDef& node, const std::string& name) {
    auto it = node.attr().find(name);
    return it == node.attr().end() ? nullptr : &it->second;
}
}  // namespace

bool hasAttr(const tensorflow::NodeDef& node, const std::string& name) { return lookup(node, name) != nullptr; }

int64_t attrInt(const tensorflow::NodeDef& node, const std::string& name, int64_t fallback) {
    auto* v = lookup(node, name);
    return v && v->value_case() == tensorflow::AttrValue::kI ? v->i() : fallback;
}

float attrFloat(const tensorflow::NodeDef& node, const std::string& name, float fallback) {
    auto* v = lookup(node, name);
    return v && v->value_case() == tensorflow::AttrValue::kF ? v->f() : fallback;
}

bool attrBool(const tensorflow::NodeDef& node, const std::string& name, bool fallback) {
    auto* v = lookup(node, name);
    return v && v->value_case() == tensorflow::AttrValue::kB ? v->b() : fallback;
}

std::string attrString(const tensorflow::NodeDef& node, const std::string& name, const std::string& fallback) {
    auto* v = lookup(node, name);
    return v && v->value_case() == tensorflow::AttrValue::kS ? v->s() : fallback;
}

DataType attrType(const tensorflow::NodeDef& node, const std::string& name, DataType fallback) {
    auto* v = lookup(node, name);
    return v && v->value_case() == tensorflow::AttrValue::kType ? v->type() : fallback;
}

std::vector<int64_t> attrInts(const tensorflow::NodeDef& node, const std::string& name) {
    auto* v = lookup(node, name);
    if (!v || v->value_case() != tensorflow::AttrValue::kList) return {};
    return {v->list().i().begin(), v->list().i().end()};
}

std::vector<float> attrFloats(const tensorflow::NodeDef& node, const std::string& name) {
    auto* v = lookup(node, name);
    if (!v || v->value_case() != tensorflow::AttrValue::kList) return {};
    return {v->list().f().begin(), v->list().f().end()};
}

std::vector<DataType> attrTypes(const tensorflow::NodeDef& node, const std::string& name) {
    auto* v = lookup(node, name);
    std::vector<DataType> out;
    if (!v || v->value_case() != tensorflow::AttrValue::kList) return out;
    for (int t : v->list().type()) out.push_back(DataType(t));
    return out;
}

PartialShape attrShape(const tensorflow::NodeDef& node, const std::string& name) {
    auto* v = lookup(node, name);
    if (!v || v->value_case() != tensorflow::AttrValue::kShape) return PartialShape::unknown();
    return PartialShape::fromProto(v->shape());
}

}  // namespace tfs

namespace tfs {

namespace {

std::string numberText(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

bool printable(const std::string& s) {
    for (unsigned char c : s)
        if (c < 0x20 && c != '\t' && c != '\n') return false;
    return true;
}

std::string quoted(const std::string& s, size_t maxChars) {
    if (!printable(s)) return std::to_string(s.size()) + " bytes";
    return "\"" + (s.size() > maxChars ? s.substr(0, maxChars) + "…" : s) + "\"";
}

std::string joinLimited(const std::vector<std::string>& parts, int maxItems, bool compact) {
    std::string out = "[";
    for (size_t i = 0; i < parts.size(); ++i) {
        if (int(i) == maxItems) {
            out += ", … (" + std::to_string(parts.size()) + " items)";
            break;
        }
        out += (i ? (compact ? "," : ", ") : "") + parts[i];
    }
    return out + "]";
}

}  // namespace

std::string attrValueText(const tensorflow::AttrValue& v, int maxItems) {
    switch (v.value_case()) {
        case tensorflow::AttrValue::kS: return quoted(v.s(), 200);
        case tensorflow::AttrValue::kI: return std::to_string(v.i());
        case tensorflow::AttrValue::kF: return numberText(double(v.f()));
        case tensorflow::AttrValue::kB: return v.b() ? "true" : "false";
        case tensorflow::AttrValue::kType: return dtypeShortName(v.type());
        case tensorflow::AttrValue::kShape: return PartialShape::fromProto(v.shape()).toString();
        case tensorflow::AttrValue::kTensor: {
            const auto& t = v.tensor();
            std::string head = dtypeShortName(t.dtype()) + PartialShape::fromProto(t.tensor_shape()).toString();
            auto decoded = Tensor::fromProto(t);
            if (!decoded.ok()) return head + " (" + decoded.status().message() + ")";
            std::vector<std::string> values;
            const int64_t shown = std::min<int64_t>(decoded->numElements(), maxItems);
            if (decoded->dtype() == tensorflow::DT_STRING) {
                for (int64_t i = 0; i < shown && i < int64_t(decoded->strings().size()); ++i)
                    values.push_back(quoted(decoded->strings()[size_t(i)], 40));
            } else if (dtypeSize(decoded->dtype()) > 0) {
                for (int64_t i = 0; i < shown; ++i) values.push_back(numberText(tensorElementAsDouble(*decoded, i)));
            }
            std::string body;
            for (size_t i = 0; i < values.size(); ++i) body += (i ? ", " : "") + values[i];
            if (decoded->numElements() > shown) body += ", …";
            return head + " = [" + body + "]";
        }
        case tensorflow::AttrValue::kList: {
            const auto& l = v.list();
            std::vector<std::string> parts;
            bool compact = l.s_size() == 0 && l.shape_size() == 0;
            for (const auto& s : l.s()) parts.push_back(quoted(s, 60));
            for (auto i : l.i()) parts.push_back(std::to_string(i));
            for (auto f : l.f()) parts.push_back(numberText(double(f)));
            for (auto b : l.b()) parts.push_back(b ? "true" : "false");
            for (auto t : l.type()) parts.push_back(dtypeShortName(tensorflow::DataType(t)));
            for (const auto& s : l.shape()) parts.push_back(PartialShape::fromProto(s).toString());
            for (const auto& f : l.func()) parts.push_back(f.name());
            if (l.tensor_size()) parts.push_back(std::to_string(l.tensor_size()) + " tensors");
            return joinLimited(parts, std::max(maxItems, 24), compact);
        }
        case tensorflow::AttrValue::kFunc: return v.func().name();
        case tensorflow::AttrValue::kPlaceholder: return "$" + v.placeholder();
        case tensorflow::AttrValue::VALUE_NOT_SET: break;
    }
    return "";
}

}  // namespace tfs
