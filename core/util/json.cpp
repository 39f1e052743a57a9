#include "core/util/json.h"

#include <cmath>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace tfs {

Json& Json::push(Json value) {
    kind_ = Kind::Array;
    items_.push_back(std::move(value));
    return items_.back();
}

Json& Json::set(const std::string& key, Json value) {
    kind_ = Kind::Object;
    for (auto& [k, v] : members_)
        if (k == key) return v = std::move(value);
    members_.emplace_back(key, std::move(value));
    return members_.back().second;
}

Json& Json::operator[](const std::string& key) {
    kind_ = Kind::Object;
    for (auto& [k, v] : members_)
        if (k == key) return v;
    members_.emplace_back(key, Json());
    return members_.back().second;
}

const Json* Json::find(const std::string& key) const {
    for (const auto& [k, v] : members_)
        if (k == key) return &v;
    return nullptr;
}

std::string jsonQuote(const std::string& text) {
    std::string out = "\"";
    for (unsigned char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += char(c);
            }
        }
    }
    return out + "\"";
}

std::string formatJsonNumber(double v) {
    if (!std::isfinite(v)) return "null";  // JSON has no NaN/Inf
    char buf[40];
    if (v == std::floor(v) && std::fabs(v) < 1e15) {
        std::snprintf(buf, sizeof buf, "%.0f", v);
        return buf;
    }
    for (int precision = 6; precision <= 17; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*g", precision, v);
        if (std::strtod(buf, nullptr) == v) break;
    }
    return buf;
}

std::string formatJsonFloat(float v) {
    if (!std::isfinite(v)) return "null";
    char buf[40];
    if (v == std::floor(v) && std::fabs(v) < 1e15f) {
        std::snprintf(buf, sizeof buf, "%.0f", double(v));
        return buf;
    }
    for (int precision = 6; precision <= 9; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*g", precision, double(v));
        if (std::strtof(buf, nullptr) == v) break;
    }
    return buf;
}

std::string Json::dump(int indent) const {
    std::string out;
    write(out, indent, 0);
    return out;
}

void Json::write(std::string& out, int indent, int depth) const {
    auto newline = [&](int d) {
        if (indent < 0) return;
        out += '\n';
        out.append(size_t(indent * d), ' ');
    };
    switch (kind_) {
    case Kind::Null: out += "null"; break;
    case Kind::Bool: out += bool_ ? "true" : "false"; break;
    case Kind::Integer: out += std::to_string(int_); break;
    case Kind::Number: {
        out += single_ ? formatJsonFloat(float(number_)) : formatJsonNumber(number_);
        break;
    }
    case Kind::String: out += jsonQuote(string_); break;
    case Kind::Array:
        if (items_.empty()) {
            out += "[]";
            break;
        }
        out += '[';
        for (size_t i = 0; i < items_.size(); ++i) {
            if (i) out += ',';
            newline(depth + 1);
            items_[i].write(out, indent, depth + 1);
        }
        newline(depth);
        out += ']';
        break;
    case Kind::Object:
        if (members_.empty()) {
            out += "{}";
            break;
        }
        out += '{';
        for (size_t i = 0; i < members_.size(); ++i) {
            if (i) out += ',';
            newline(depth + 1);
            out += jsonQuote(members_[i].first);
            out += indent < 0 ? ":" : ": ";
            members_[i].second.write(out, indent, depth + 1);
        }
        newline(depth);
        out += '}';
        break;
    }
}

}  // namespace tfs
