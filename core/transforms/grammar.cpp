#include "core/transforms/grammar.h"

#include <algorithm>
#include <cctype>

#include "core/model/dtype.h"
#include "core/transforms/registry.h"

namespace tfs::transforms {
namespace {

bool isNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }
// GTT allows letters, digits, '-', '.', '/', '_' in unquoted values; we also allow ':' (tensor names).
bool isValueChar(char c) { return isNameChar(c) || c == '-' || c == '.' || c == '/' || c == ':'; }

// Up to 30 characters of what the parser found; the phrases quote it and name its position (pos + 1).
std::string excerpt(const std::string& text, size_t pos) {
    std::string rest = text.substr(pos, 30);
    if (pos + 30 < text.size()) rest += "...";
    return rest;
}

size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

std::string closest(const std::string& name, const std::vector<std::string>& candidates) {
    std::string best;
    size_t bestDistance = 4;
    for (const auto& c : candidates) {
        size_t d = editDistance(name, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

Status checkValue(const TransformInfo& info, const ParamSpec& spec, const std::string& value) {
    // Each phrase names what the parameter expects: %1 transform, %2 parameter, %3 value, %4 example.
    auto bad = [&](PhraseText<4> expectation) {
        return invalidArgument(expectation, info.name, spec.name, value, info.example);
    };
    switch (spec.type) {
        case ParamType::Int: {
            if (value.empty()) return bad(TFS_PHRASE("Errors", "%1: parameter '%2' expects an integer, found '%3', e.g. %4"));
            size_t i = (value[0] == '-' || value[0] == '+') ? 1 : 0;
            if (i == value.size()) return bad(TFS_PHRASE("Errors", "%1: parameter '%2' expects an integer, found '%3', e.g. %4"));
            for (; i < value.size(); ++i)
                if (!std::isdigit(static_cast<unsigned char>(value[i]))) return bad(TFS_PHRASE("Errors", "%1: parameter '%2' expects an integer, found '%3', e.g. %4"));
            return okStatus();
        }
        case ParamType::Float: {
            char* end = nullptr;
            std::strtod(value.c_str(), &end);
            if (value.empty() || end != value.c_str() + value.size()) return bad(TFS_PHRASE("Errors", "%1: parameter '%2' expects a number, found '%3', e.g. %4"));
            return okStatus();
        }
        case ParamType::Bool: {
            std::string lower = value;
            std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
            if (lower != "true" && lower != "false" && lower != "1" && lower != "0") return bad(TFS_PHRASE("Errors", "%1: parameter '%2' expects true or false, found '%3', e.g. %4"));
            return okStatus();
        }
        case ParamType::DataType:
            if (parseDtype(value) == tensorflow::DT_INVALID) return bad(TFS_PHRASE("Errors", "%1: parameter '%2' expects a data type such as float, int32 or uint8, found '%3', e.g. %4"));
            return okStatus();
        case ParamType::Shape: {
            for (char c : value)
                if (!std::isdigit(static_cast<unsigned char>(c)) && c != ',' && c != '-' && c != ' ')
                    return bad(TFS_PHRASE("Errors", "%1: parameter '%2' expects a comma-separated shape such as \"1,224,224,3\" (-1 for unknown), found '%3', e.g. %4"));
            return okStatus();
        }
        default: return okStatus();
    }
}

}  // namespace

Result<std::vector<TransformSpec>> parseTransforms(const std::string& text) {
    std::vector<TransformSpec> specs;
    size_t pos = 0;
    const size_t n = text.size();
    auto skipSpace = [&] {
        while (pos < n && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
    };
    while (true) {
        skipSpace();
        if (pos >= n) break;
        size_t start = pos;
        while (pos < n && isNameChar(text[pos])) ++pos;
        if (pos == start) return invalidArgument(TFS_PHRASE("Errors", "--transforms: looking for a transform name, but found '%1' (at character %2)"),
                                                 excerpt(text, pos), pos + 1);
        TransformSpec spec;
        spec.name = text.substr(start, pos - start);
        if (pos < n && text[pos] == '(') {
            ++pos;
            bool expectSeparator = false;
            while (true) {
                skipSpace();
                if (pos >= n)
                    return invalidArgument(TFS_PHRASE("Errors", "--transforms: missing ')' after the parameters of '%1'"),
                                           spec.name);
                if (text[pos] == ')') {
                    ++pos;
                    break;
                }
                if (expectSeparator) {
                    if (text[pos] != ',')
                        return invalidArgument(TFS_PHRASE("Errors", "--transforms: expected ',' or ')' in the parameters of '%1', but found '%2' (at character %3)"),
                                               spec.name, excerpt(text, pos), pos + 1);
                    ++pos;
                    skipSpace();
                }
                size_t nameStart = pos;
                while (pos < n && isNameChar(text[pos])) ++pos;
                if (pos == nameStart)
                    return invalidArgument(TFS_PHRASE("Errors", "--transforms: looking for a parameter name of '%1', but found '%2' (at character %3); write name(param=value)"),
                                           spec.name, excerpt(text, pos), pos + 1);
                std::string param = text.substr(nameStart, pos - nameStart);
                skipSpace();
                if (pos >= n || text[pos] != '=')
                    return invalidArgument(TFS_PHRASE("Errors", "--transforms: looking for '=' after parameter '%1' of '%2', but found '%3' (at character %4)"),
                                           param, spec.name, excerpt(text, pos), pos + 1);
                ++pos;
                skipSpace();
                std::string value;
                if (pos < n && (text[pos] == '"' || text[pos] == '\'')) {
                    char quote = text[pos++];
                    bool closed = false;
                    while (pos < n) {
                        char c = text[pos++];
                        if (c == '\\' && pos < n) {
                            value += text[pos++];
                        } else if (c == quote) {
                            closed = true;
                            break;
                        } else {
                            value += c;
                        }
                    }
                    if (!closed)
                        return invalidArgument(TFS_PHRASE("Errors", "--transforms: unterminated quoted value for parameter '%1' of '%2'"),
                                               param, spec.name);
                } else {
                    size_t valueStart = pos;
                    while (pos < n && isValueChar(text[pos])) ++pos;
                    if (pos == valueStart)
                        return invalidArgument(TFS_PHRASE("Errors", "--transforms: looking for a value of parameter '%1' of '%2', but found '%3' (at character %4); quote values with other characters: %5=\"...\""),
                                               param, spec.name, excerpt(text, pos), pos + 1, param);
                    value = text.substr(valueStart, pos - valueStart);
                }
                spec.params[param].push_back(value);
                expectSeparator = true;
            }
        } else if (pos < n && !std::isspace(static_cast<unsigned char>(text[pos]))) {
            return invalidArgument(TFS_PHRASE("Errors", "--transforms: unexpected '%1' (at character %2) after transform '%3'; transforms are separated by spaces and take parameters as name(p=v)"),
                                   excerpt(text, pos), pos + 1, spec.name);
        }
        specs.push_back(std::move(spec));
    }
    return specs;
}

Status validateSpecs(const std::vector<TransformSpec>& specs) {
    for (const auto& spec : specs) {
        const TransformInfo* info = findTransform(spec.name);
        if (!info) {
            std::vector<std::string> names;
            for (const auto& t : transformRegistry()) names.push_back(t.name);
            std::string hint = closest(spec.name, names);
            if (hint.empty())
                return invalidArgument(TFS_PHRASE("Errors", "Transform '%1' not recognized. Run `tfscope --batch transform --list` for every transform."),
                                       spec.name);
            return invalidArgument(TFS_PHRASE("Errors", "Transform '%1' not recognized; did you mean '%2'? Run `tfscope --batch transform --list` for every transform."),
                                   spec.name, hint);
        }
        for (const auto& [param, values] : spec.params) {
            if (param == "ignore_errors") {
                for (const auto& v : values)
                    TFS_RETURN_IF_ERROR(checkValue(*info, ParamSpec{"ignore_errors", ParamType::Bool, "false", false, false, ""}, v));
                continue;
            }
            auto it = std::find_if(info->params.begin(), info->params.end(),
                                   [&name = param](const ParamSpec& p) { return p.name == name; });
            if (it == info->params.end()) {
                std::string accepted;
                for (const auto& p : info->params) accepted += p.name + ", ";
                accepted += "ignore_errors";
                return invalidArgument(TFS_PHRASE("Errors", "%1 has no parameter '%2'; it accepts %3, e.g. %4"),
                                       info->name, param, accepted, info->example);
            }
            if (!it->repeated && values.size() > 1)
                return invalidArgument(TFS_PHRASE("Errors", "%1: parameter '%2' takes a single value but was given %3 times, e.g. %4"),
                                       info->name, param, values.size(), info->example);
            for (const auto& v : values) TFS_RETURN_IF_ERROR(checkValue(*info, *it, v));
        }
        for (const auto& p : info->params) {
            if (p.required && !spec.params.count(p.name))
                return invalidArgument(TFS_PHRASE("Errors", "%1 expects at least one '%2' argument, e.g. %3"),
                                       info->name, p.name, info->example);
        }
    }
    return okStatus();
}

Result<std::vector<TransformSpec>> parseAndValidateTransforms(const std::string& text) {
    TFS_ASSIGN_OR_RETURN(auto specs, parseTransforms(text));
    TFS_RETURN_IF_ERROR(validateSpecs(specs));
    return specs;
}

}  // namespace tfs::transforms
