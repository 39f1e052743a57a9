#include "core/ops/op_registry.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>

#include "core/ops/op_table.h"

namespace tfs {
namespace {

constexpr int64_t kMaxArgCount = 1 << 20;  // more tensors than this in one argument is corrupt input

const char* const kCategoryNames[] = {"Convolution", "Activation", "Normalization", "Pooling", "Math",
                                      "Array",       "ControlFlow", "Variable",     "IO",      "Constant",
                                      "Placeholder", "Quantization", "String",      "Random",  "Function",
                                      "Image",       "Audio",       "Training",     "Other"};

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// Splits on whitespace, keeping "quoted strings" and [bracketed lists] whole.
std::vector<std::string> tokenize(std::string_view text) {
    std::vector<std::string> tokens;
    std::string current;
    int depth = 0;
    bool quoted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            current += c;
            if (c == '\\' && i + 1 < text.size()) current += text[++i];
            else if (c == '"') quoted = false;
            continue;
        }
        if (c == '"') quoted = true;
        if (c == '[') ++depth;
        if (c == ']') --depth;
        if ((c == ' ' || c == '\t') && depth == 0) {
            if (!current.empty()) tokens.push_back(std::move(current));
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.empty()) tokens.push_back(std::move(current));
    return tokens;
}

bool parseInt(std::string_view text, int64_t* out) {
    std::string s(text);
    if (s.empty()) return false;
    char* end = nullptr;
    errno = 0;
    long long v = std::strtoll(s.c_str(), &end, 10);
    if (errno != 0 || *end != '\0') return false;
    *out = v;
    return true;
}

bool parseFloat(std::string_view text, float* out) {
    std::string s(text);
    if (s.empty()) return false;
    char* end = nullptr;
    float v = std::strtof(s.c_str(), &end);
    if (*end != '\0') return false;
    *out = v;
    return true;
}

bool parseQuoted(std::string_view text, std::string* out) {
    if (text.size() < 2 || text.front() != '"' || text.back() != '"') return false;
    out->clear();
    for (size_t i = 1; i + 1 < text.size(); ++i) {
        char c = text[i];
        if (c == '\\' && i + 2 < text.size()) {
            char n = text[++i];
            c = n == 't' ? '\t' : n == 'n' ? '\n' : n;
        }
        *out += c;
    }
    return true;
}

bool parseShape(std::string_view text, tensorflow::TensorShapeProto* shape) {
    if (text == "?") {
        shape->set_unknown_rank(true);
        return true;
    }
    if (text.size() < 2 || text.front() != '[' || text.back() != ']') return false;
    std::string_view inner = text.substr(1, text.size() - 2);
    while (!inner.empty()) {
        size_t comma = inner.find(',');
        std::string_view item = trim(inner.substr(0, comma));
        int64_t v = -1;
        if (item != "?" && !parseInt(item, &v)) return false;
        shape->add_dim()->set_size(v);
        inner = comma == std::string_view::npos ? std::string_view() : inner.substr(comma + 1);
    }
    return true;
}

// Parses one scalar default of attr type `type` ("int", "type", ...) into value.
bool parseScalarDefault(const std::string& type, std::string_view text, tensorflow::AttrValue* value) {
    if (type == "int") {
        int64_t v;
        if (!parseInt(text, &v)) return false;
        value->set_i(v);
    } else if (type == "float") {
        float v;
        if (!parseFloat(text, &v)) return false;
        value->set_f(v);
    } else if (type == "bool") {
        if (text != "true" && text != "false") return false;
        value->set_b(text == "true");
    } else if (type == "string") {
        std::string s;
        if (!parseQuoted(text, &s)) return false;
        value->set_s(s);
    } else if (type == "type") {
        DataType t = parseDtype(std::string(text));
        if (t == tensorflow::DT_INVALID) return false;
        value->set_type(t);
    } else if (type == "shape") {
        return parseShape(text, value->mutable_shape());
    } else {
        return false;  // tensor and func defaults do not occur in the table
    }
    return true;
}

bool parseDefault(const std::string& type, std::string_view text, tensorflow::AttrValue* value) {
    if (type.rfind("list(", 0) != 0) return parseScalarDefault(type, text, value);
    std::string elemType = type.substr(5, type.size() - 6);
    if (text.size() < 2 || text.front() != '[' || text.back() != ']') return false;
    auto* list = value->mutable_list();
    std::string_view inner = text.substr(1, text.size() - 2);
    // Shapes contain commas; split on commas outside brackets.
    int depth = 0;
    size_t start = 0;
    for (size_t i = 0; i <= inner.size(); ++i) {
        if (i < inner.size() && inner[i] == '[') ++depth;
        if (i < inner.size() && inner[i] == ']') --depth;
        if (i == inner.size() || (inner[i] == ',' && depth == 0)) {
            std::string_view item = trim(inner.substr(start, i - start));
            start = i + 1;
            if (item.empty()) {
                if (i == inner.size()) break;
                return false;
            }
            tensorflow::AttrValue element;
            if (!parseScalarDefault(elemType, item, &element)) return false;
            if (elemType == "int") list->add_i(element.i());
            else if (elemType == "float") list->add_f(element.f());
            else if (elemType == "bool") list->add_b(element.b());
            else if (elemType == "string") list->add_s(element.s());
            else if (elemType == "type") list->add_type(element.type());
            else if (elemType == "shape") *list->add_shape() = element.shape();
            else return false;
        }
    }
    return true;
}

bool parseCategory(std::string_view text, OpCategory* category) {
    for (size_t i = 0; i < std::size(kCategoryNames); ++i) {
        if (text == kCategoryNames[i]) {
            *category = OpCategory(i);
            return true;
        }
    }
    return false;
}

bool parseArg(std::string_view token, const OpInfo& op, ArgInfo* arg) {
    size_t colon = token.find(':');
    if (colon == std::string_view::npos || colon == 0) return false;
    arg->name = std::string(token.substr(0, colon));
    std::string_view spec = token.substr(colon + 1);
    if (!spec.empty() && spec.front() == '&') {
        arg->isRef = true;
        spec.remove_prefix(1);
    }
    if (!spec.empty() && spec.front() == '[') {
        if (spec.back() != ']') return false;
        arg->typeListAttr = std::string(spec.substr(1, spec.size() - 2));
        const AttrInfo* attr = op.findAttr(arg->typeListAttr);
        return attr && attr->type == "list(type)";
    }
    size_t star = spec.find('*');
    if (star != std::string_view::npos) {
        arg->numberAttr = std::string(spec.substr(0, star));
        const AttrInfo* attr = op.findAttr(arg->numberAttr);
        if (!attr || attr->type != "int") return false;
        spec = spec.substr(star + 1);
    }
    if (const AttrInfo* attr = op.findAttr(spec); attr && attr->type == "type") {
        arg->typeAttr = std::string(spec);
        return true;
    }
    arg->type = parseDtype(std::string(spec));
    return arg->type != tensorflow::DT_INVALID;
}

// Parses one table line into op, or returns a message describing the problem.
std::string parseLine(std::string_view line, OpInfo* op) {
    std::vector<std::string_view> fields;
    while (true) {
        size_t bar = line.find('|');
        fields.push_back(trim(line.substr(0, bar)));
        if (bar == std::string_view::npos) break;
        line = line.substr(bar + 1);
    }
    if (fields.size() < 3 || fields.size() > 4) return "expected 'Name | Category | inputs -> outputs | attrs'";
    op->name = std::string(fields[0]);
    std::string_view category = fields[1];
    if (size_t comma = category.find(','); comma != std::string_view::npos) {
        if (trim(category.substr(comma + 1)) != "stateful") return "unknown flag after the category";
        op->isStateful = true;
        category = trim(category.substr(0, comma));
    }
    if (!parseCategory(category, &op->category)) return "unknown category '" + std::string(category) + "'";
    if (fields.size() == 4) {
        for (const std::string& token : tokenize(fields[3])) {
            AttrInfo attr;
            size_t colon = token.find(':');
            if (colon == std::string::npos) return "attr '" + token + "' has no type";
            attr.name = token.substr(0, colon);
            std::string rest = token.substr(colon + 1);
            size_t eq = rest.find('=');
            attr.type = rest.substr(0, eq);
            if (eq != std::string::npos) {
                attr.hasDefault = true;
                if (!parseDefault(attr.type, std::string_view(rest).substr(eq + 1), &attr.defaultValue))
                    return "bad default in '" + token + "'";
            }
            op->attrs.push_back(std::move(attr));
        }
    }
    std::string_view sig = fields[2];
    size_t arrow = sig.find("->");
    if (arrow == std::string_view::npos) return "signature lacks '->'";
    for (int side = 0; side < 2; ++side) {
        std::string_view part = side == 0 ? sig.substr(0, arrow) : sig.substr(arrow + 2);
        for (const std::string& token : tokenize(part)) {
            ArgInfo arg;
            if (!parseArg(token, *op, &arg)) return "bad argument '" + token + "'";
            (side == 0 ? op->inputs : op->outputs).push_back(std::move(arg));
        }
    }
    return {};
}

struct Registry {
    std::vector<std::unique_ptr<OpInfo>> storage;
    std::map<std::string, const OpInfo*, std::less<>> byName;
    std::vector<const OpInfo*> sorted;
    std::vector<std::string> errors;
};

const Registry& registry() {
    static const Registry* instance = [] {
        auto* r = new Registry;
        std::string_view text = ops_detail::opTableText();
        int lineNo = 0;
        while (!text.empty()) {
            size_t nl = text.find('\n');
            std::string_view line = trim(text.substr(0, nl));
            text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
            ++lineNo;
            if (line.empty() || line.front() == '#') continue;
            auto op = std::make_unique<OpInfo>();
            std::string error = parseLine(line, op.get());
            if (!error.empty()) {
                r->errors.push_back("op table line " + std::to_string(lineNo) + ": " + error + ": " + std::string(line));
                continue;
            }
            if (r->byName.count(op->name)) {
                r->errors.push_back("op table line " + std::to_string(lineNo) + ": duplicate op " + op->name);
                continue;
            }
            r->byName[op->name] = op.get();
            r->storage.push_back(std::move(op));
        }
        for (const auto& [name, op] : r->byName) r->sorted.push_back(op);
        return r;
    }();
    return *instance;
}

const tensorflow::FunctionDef* findFunction(const tensorflow::FunctionDefLibrary* library, std::string_view name) {
    if (!library) return nullptr;
    for (const auto& fn : library->function())
        if (fn.signature().name() == name) return &fn;
    return nullptr;
}

std::string nodeLabel(const tensorflow::NodeDef& node) {
    return "node '" + node.name() + "' (op " + node.op() + ")";
}

// The signature for a node: a registered op, or a library function called by name.
struct Signature {
    const OpInfo* op = nullptr;
    std::shared_ptr<OpInfo> owned;  // for function calls
    const OpInfo& operator*() const { return *op; }
    const OpInfo* operator->() const { return op; }
};

Result<Signature> signatureFor(const tensorflow::NodeDef& node, const tensorflow::FunctionDefLibrary* library) {
    if (const OpInfo* op = findOp(node.op())) return Signature{op, nullptr};
    if (const tensorflow::FunctionDef* fn = findFunction(library, node.op())) {
        auto owned = std::make_shared<OpInfo>(opInfoFromOpDef(fn->signature(), OpCategory::Function));
        return Signature{owned.get(), owned};
    }
    return notFound(TFS_PHRASE("Errors", "%1: unknown op; neither a registered op nor a function of the graph's library"), nodeLabel(node));
}

const tensorflow::AttrValue* attrOrDefault(const tensorflow::NodeDef& node, const OpInfo& op, const std::string& name) {
    auto it = node.attr().find(name);
    if (it != node.attr().end()) return &it->second;
    const AttrInfo* attr = op.findAttr(name);
    return attr && attr->hasDefault ? &attr->defaultValue : nullptr;
}

Result<int> argCountFor(const tensorflow::NodeDef& node, const OpInfo& op, const ArgInfo& arg) {
    if (!arg.numberAttr.empty()) {
        const tensorflow::AttrValue* v = attrOrDefault(node, op, arg.numberAttr);
        if (!v) return invalidArgument(TFS_PHRASE("Errors", "%1: missing int attr '%2' giving the size of '%3'"), nodeLabel(node), arg.numberAttr, arg.name);
        if (v->i() < 0 || v->i() > kMaxArgCount)
            return invalidArgument(TFS_PHRASE("Errors", "%1: attr '%2' = %3 is not a valid tensor count"), nodeLabel(node), arg.numberAttr, v->i());
        return int(v->i());
    }
    if (!arg.typeListAttr.empty()) {
        const tensorflow::AttrValue* v = attrOrDefault(node, op, arg.typeListAttr);
        if (!v) return invalidArgument(TFS_PHRASE("Errors", "%1: missing list(type) attr '%2' giving the types of '%3'"), nodeLabel(node), arg.typeListAttr, arg.name);
        return v->list().type_size();
    }
    return 1;
}

Result<std::vector<DataType>> argDtypes(const tensorflow::NodeDef& node, const OpInfo& op, const std::vector<ArgInfo>& args) {
    std::vector<DataType> out;
    for (const ArgInfo& arg : args) {
        int refOffset = arg.isRef ? 100 : 0;
        if (!arg.typeListAttr.empty()) {
            const tensorflow::AttrValue* v = attrOrDefault(node, op, arg.typeListAttr);
            if (!v) return invalidArgument(TFS_PHRASE("Errors", "%1: missing list(type) attr '%2'"), nodeLabel(node), arg.typeListAttr);
            for (int t : v->list().type()) out.push_back(DataType(t + refOffset));
            continue;
        }
        TFS_ASSIGN_OR_RETURN(int count, argCountFor(node, op, arg));
        DataType type = arg.type;
        if (!arg.typeAttr.empty()) {
            const tensorflow::AttrValue* v = attrOrDefault(node, op, arg.typeAttr);
            if (!v) return invalidArgument(TFS_PHRASE("Errors", "%1: missing type attr '%2' giving the type of '%3'"), nodeLabel(node), arg.typeAttr, arg.name);
            type = v->type();
        }
        out.insert(out.end(), size_t(count), DataType(int(type) + refOffset));
    }
    return out;
}

}  // namespace

const AttrInfo* OpInfo::findAttr(std::string_view attr) const {
    for (const AttrInfo& a : attrs)
        if (a.name == attr) return &a;
    return nullptr;
}

const OpInfo* findOp(std::string_view op) {
    const auto& byName = registry().byName;
    auto it = byName.find(op);
    return it == byName.end() ? nullptr : it->second;
}

OpCategory opCategory(std::string_view op) {
    const OpInfo* info = findOp(op);
    return info ? info->category : OpCategory::Other;
}

const char* categoryName(OpCategory category) {
    size_t i = size_t(category);
    return i < std::size(kCategoryNames) ? kCategoryNames[i] : "Other";
}

const std::vector<const OpInfo*>& allOps() { return registry().sorted; }

const std::vector<std::string>& opTableErrors() { return registry().errors; }

OpInfo opInfoFromOpDef(const tensorflow::OpDef& def, OpCategory category) {
    OpInfo op;
    op.name = def.name();
    op.category = category;
    op.isStateful = def.is_stateful();
    for (const auto& a : def.attr()) {
        AttrInfo attr;
        attr.name = a.name();
        attr.type = a.type();
        attr.hasDefault = a.has_default_value();
        if (attr.hasDefault) attr.defaultValue = a.default_value();
        op.attrs.push_back(std::move(attr));
    }
    auto convert = [](const tensorflow::OpDef::ArgDef& a) {
        ArgInfo arg;
        arg.name = a.name();
        arg.type = a.type();
        arg.typeAttr = a.type_attr();
        arg.numberAttr = a.number_attr();
        arg.typeListAttr = a.type_list_attr();
        arg.isRef = a.is_ref();
        return arg;
    };
    for (const auto& a : def.input_arg()) op.inputs.push_back(convert(a));
    for (const auto& a : def.output_arg()) op.outputs.push_back(convert(a));
    return op;
}

Result<int> argCount(const tensorflow::NodeDef& node, const ArgInfo& arg) {
    const OpInfo* op = findOp(node.op());
    return argCountFor(node, op ? *op : OpInfo{}, arg);
}

Result<int> numOutputs(const tensorflow::NodeDef& node, const tensorflow::FunctionDefLibrary* library) {
    auto sig = signatureFor(node, library);
    if (!sig.ok()) {
        // An unknown op still tells its output count through _output_shapes.
        auto it = node.attr().find("_output_shapes");
        if (it != node.attr().end()) return it->second.list().shape_size();
        return sig.status();
    }
    const OpInfo& op = *sig.value();
    int total = 0;
    for (const ArgInfo& arg : op.outputs) {
        TFS_ASSIGN_OR_RETURN(int count, argCountFor(node, op, arg));
        total += count;
        if (total > kMaxArgCount) return invalidArgument(TFS_PHRASE("Errors", "%1: too many outputs"), nodeLabel(node));
    }
    return total;
}

Result<std::vector<DataType>> outputDtypes(const tensorflow::NodeDef& node, const tensorflow::FunctionDefLibrary* library) {
    TFS_ASSIGN_OR_RETURN(Signature sig, signatureFor(node, library));
    return argDtypes(node, *sig, sig->outputs);
}

Result<std::vector<DataType>> inputDtypes(const tensorflow::NodeDef& node, const tensorflow::FunctionDefLibrary* library) {
    TFS_ASSIGN_OR_RETURN(Signature sig, signatureFor(node, library));
    return argDtypes(node, *sig, sig->inputs);
}

Result<int> flatOutputIndex(const tensorflow::NodeDef& node, std::string_view outputArg, int index,
                            const tensorflow::FunctionDefLibrary* library) {
    TFS_ASSIGN_OR_RETURN(Signature sig, signatureFor(node, library));
    int base = 0;
    std::string names;
    for (const ArgInfo& arg : sig->outputs) {
        TFS_ASSIGN_OR_RETURN(int count, argCountFor(node, *sig, arg));
        if (arg.name == outputArg) {
            if (index < 0 || index >= count)
                return invalidArgument(TFS_PHRASE("Errors", "%1: output '%2:%3' is out of range; '%4' has %5 tensor(s)"), nodeLabel(node), outputArg, index, arg.name, count);
            return base + index;
        }
        base += count;
        names += (names.empty() ? "" : ", ") + arg.name;
    }
    return notFound(TFS_PHRASE("Errors", "%1: no output argument '%2'; valid: %3"), nodeLabel(node), outputArg, (names.empty() ? "(none)" : names));
}

std::vector<std::string> unknownOps(const tensorflow::GraphDef& graph) {
    std::set<std::string> functions;
    for (const auto& fn : graph.library().function()) functions.insert(fn.signature().name());
    std::set<std::string> unknown;
    auto check = [&](const tensorflow::NodeDef& node) {
        if (!findOp(node.op()) && !functions.count(node.op())) unknown.insert(node.op());
    };
    for (const auto& node : graph.node()) check(node);
    for (const auto& fn : graph.library().function())
        for (const auto& node : fn.node_def()) check(node);
    return {unknown.begin(), unknown.end()};
}

void addDefaultAttributes(tensorflow::NodeDef* node) {
    const OpInfo* op = findOp(node->op());
    if (!op) return;
    auto* attrs = node->mutable_attr();
    for (const AttrInfo& attr : op->attrs)
        if (attr.hasDefault && !attrs->count(attr.name)) (*attrs)[attr.name] = attr.defaultValue;
}

Status addDefaultAttributes(tensorflow::GraphDef* graph) {
    if (!graph) return invalidArgument(TFS_PHRASE("Errors", "addDefaultAttributes: no graph given"));
    for (auto& node : *graph->mutable_node()) addDefaultAttributes(&node);
    if (!graph->has_library()) return okStatus();
    for (auto& fn : *graph->mutable_library()->mutable_function())
        for (auto& node : *fn.mutable_node_def()) addDefaultAttributes(&node);
    return okStatus();
}

}  // namespace tfs
