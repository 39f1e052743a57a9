#include "core/transforms/transform.h"

#include <cerrno>
#include <cstdlib>

namespace tfs::transforms {

void TransformContext::note(Phrase what) const {
    if (notes) notes->push_back(std::move(what));
}

void TransformContext::recordRenames(const std::map<std::string, std::string>& renamed) const {
    if (renames)
        for (const auto& [from, to] : renamed) (*renames)[from] = to;
    note(TFS_PHRASE("Notes", "renamed %1 nodes"), renamed.size());
}

int TransformContext::countParameter(const std::string& name) const {
    auto it = params.find(name);
    return it == params.end() ? 0 : int(it->second.size());
}

Result<std::string> TransformContext::getOneString(const std::string& name, const std::string& fallback) const {
    auto it = params.find(name);
    if (it == params.end() || it->second.empty()) return fallback;
    if (it->second.size() > 1)
        return invalidArgument(TFS_PHRASE("Errors", "parameter '%1' given %2 times, but it takes a single value"),
                               name, it->second.size());
    return it->second.front();
}

Result<int64_t> TransformContext::getOneInt(const std::string& name, int64_t fallback) const {
    TFS_ASSIGN_OR_RETURN(std::string text, getOneString(name, ""));
    if (text.empty()) return fallback;
    errno = 0;
    char* end = nullptr;
    long long value = std::strtoll(text.c_str(), &end, 10);
    if (errno != 0 || end != text.c_str() + text.size())
        return invalidArgument(TFS_PHRASE("Errors", "parameter '%1' expects an integer, found '%2'"), name, text);
    return int64_t(value);
}

Result<double> TransformContext::getOneFloat(const std::string& name, double fallback) const {
    TFS_ASSIGN_OR_RETURN(std::string text, getOneString(name, ""));
    if (text.empty()) return fallback;
    errno = 0;
    char* end = nullptr;
    double value = std::strtod(text.c_str(), &end);
    if (errno != 0 || end != text.c_str() + text.size())
        return invalidArgument(TFS_PHRASE("Errors", "parameter '%1' expects a number, found '%2'"), name, text);
    return value;
}

Result<bool> TransformContext::getOneBool(const std::string& name, bool fallback) const {
    TFS_ASSIGN_OR_RETURN(std::string text, getOneString(name, ""));
    if (text.empty()) return fallback;
    std::string lower;
    for (char c : text) lower += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (lower == "true" || lower == "1") return true;
    if (lower == "false" || lower == "0") return false;
    return invalidArgument(TFS_PHRASE("Errors", "parameter '%1' expects true or false, found '%2'"), name, text);
}

std::vector<std::string> TransformContext::getList(const std::string& name) const {
    auto it = params.find(name);
    return it == params.end() ? std::vector<std::string>{} : it->second;
}

const char* paramTypeName(ParamType type) {
    switch (type) {
        case ParamType::String: return "string";
        case ParamType::Int: return "int";
        case ParamType::Float: return "float";
        case ParamType::Bool: return "bool";
        case ParamType::DataType: return "dtype";
        case ParamType::Shape: return "shape";
        case ParamType::OpName: return "op";
        case ParamType::NodeName: return "node";
    }
    return "string";
}

static bool needsQuotes(const std::string& value) {
    if (value.empty()) return true;
    for (char c : value) {
        bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                     c == '-' || c == '.' || c == '/' || c == ':';
        if (!plain) return true;
    }
    return false;
}

std::string TransformSpec::toString() const {
    std::string text = name;
    if (params.empty()) return text;
    text += "(";
    bool first = true;
    for (const auto& [key, values] : params) {
        for (const auto& value : values) {
            if (!first) text += ", ";
            first = false;
            text += key + "=";
            if (needsQuotes(value)) {
                text += '"';
                for (char c : value) {
                    if (c == '"' || c == '\\') text += '\\';
                    text += c;
                }
                text += '"';
            } else {
                text += value;
            }
        }
    }
    return text + ")";
}

}  // namespace tfs::transforms
