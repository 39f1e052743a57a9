#include "core/batch/args.h"

#include <cstdlib>
#include <ostream>

#include "core/batch/batch.h"

namespace tfs::batch {

Result<Args> Args::parse(const std::vector<std::string>& args, const std::set<std::string>& switches,
                         const std::set<std::string>& known) {
    Args out;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.size() < 2 || a.compare(0, 2, "--") != 0 || a == "--") {
            out.positional_.push_back(a);
            continue;
        }
        std::string flag = a, value;
        auto eq = a.find('=');
        bool inlineValue = eq != std::string::npos;
        if (inlineValue) {
            flag = a.substr(0, eq);
            value = a.substr(eq + 1);
        }
        if (!known.empty() && !known.count(flag) && !switches.count(flag) && flag != "--help")
            return invalidArgument("unknown option '" + flag + "'");
        if (switches.count(flag) || flag == "--help") {
            out.values_[flag].push_back(inlineValue ? value : "true");
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= args.size()) return invalidArgument("option '" + flag + "' needs a value");
            value = args[++i];
        }
        out.values_[flag].push_back(value);
    }
    return out;
}

std::string Args::value(const std::string& flag, const std::string& fallback) const {
    auto it = values_.find(flag);
    return it == values_.end() || it->second.empty() ? fallback : it->second.back();
}

std::vector<std::string> Args::values(const std::string& flag) const {
    auto it = values_.find(flag);
    return it == values_.end() ? std::vector<std::string>{} : it->second;
}

Result<int64_t> Args::intValue(const std::string& flag, int64_t fallback) const {
    if (!has(flag)) return fallback;
    std::string text = value(flag);
    char* end = nullptr;
    long long v = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0') return invalidArgument("option '" + flag + "' expects an integer, got '" + text + "'");
    return int64_t(v);
}

Result<double> Args::doubleValue(const std::string& flag, double fallback) const {
    if (!has(flag)) return fallback;
    std::string text = value(flag);
    char* end = nullptr;
    double v = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0') return invalidArgument("option '" + flag + "' expects a number, got '" + text + "'");
    return v;
}

std::vector<std::string> splitList(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::string current;
    for (char c : text) {
        if (c == separator) {
            if (!current.empty()) parts.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty()) parts.push_back(current);
    return parts;
}

Result<std::map<std::string, PartialShape>> inputShapeArgs(const Args& args) {
    std::map<std::string, PartialShape> shapes;
    for (const std::string& spec : args.values("--input-shape")) {
        size_t eq = spec.find('=');
        if (eq == std::string::npos || eq == 0)
            return invalidArgument("--input-shape expects NAME=DIMS, e.g. --input-shape x=1,224,224,3; got '" + spec + "'");
        auto shape = parsePartialShape(spec.substr(eq + 1));
        if (!shape.ok()) return invalidArgument("--input-shape " + spec + ": " + shape.status().message());
        shapes[spec.substr(0, eq)] = *shape;
    }
    return shapes;
}

std::optional<int> helpOrUsageError(const Result<Args>& args, const std::string& command, size_t positionals,
                                    const std::string& usage, std::ostream& out, std::ostream& err) {
    if (args.ok() && args->has("--help")) {
        out << usage;
        return kExitOk;
    }
    if (!args.ok()) {
        err << command << ": " << args.status().message() << "\n" << usage;
        return kExitError;
    }
    if (args->positional().size() != positionals) {
        err << command << ": expected " << positionals << (positionals == 1 ? " argument" : " arguments") << ", got "
            << args->positional().size() << "\n" << usage;
        return kExitError;
    }
    return std::nullopt;
}

}  // namespace tfs::batch
