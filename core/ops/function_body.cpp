#include "core/ops/function_body.h"

#include <charconv>
#include <set>
#include <unordered_map>

#include "core/ops/op_registry.h"

namespace tfs {

namespace {

using NodeMap = std::unordered_map<std::string, const tensorflow::NodeDef*>;

NodeMap bodyNodes(const tensorflow::FunctionDef& function) {
    NodeMap nodes;
    for (const auto& node : function.node_def()) nodes.emplace(node.name(), &node);
    return nodes;
}

// The flat output index of "node:arg:k". A call (PartitionedCall) written without its Tout attr
// still has one output argument, the list "output", so "output:k" is flat index k.
Result<int> bodyOutputIndex(const tensorflow::NodeDef& node, const std::string& arg, int k, const tensorflow::FunctionDefLibrary* library) {
    auto flat = flatOutputIndex(node, arg, k, library);
    if (!flat.ok() && arg == "output" && node.attr().count("f") && !node.attr().count("Tout")) return k;
    return flat;
}

Result<std::string> toGraphInput(const std::string& input, const std::set<std::string>& args, const NodeMap& nodes,
                                 const tensorflow::FunctionDefLibrary* library) {
    if (!input.empty() && input[0] == '^') return input;
    const size_t first = input.find(':');
    if (first == std::string::npos) {
        if (args.count(input) || nodes.count(input)) return input;
        return invalidArgument(TFS_PHRASE("Errors", "input '%1' names no argument or node"), input);
    }
    const std::string node = input.substr(0, first);
    const std::string rest = input.substr(first + 1);
    const size_t second = rest.find(':');
    if (second == std::string::npos) {
        // "arg:0" or an already flat "node:k".
        int k = 0;
        auto [ptr, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), k);
        if (ec != std::errc() || ptr != rest.data() + rest.size() || k < 0)
            return invalidArgument(TFS_PHRASE("Errors", "input '%1' is not node:output:index"), input);
        if (!args.count(node) && !nodes.count(node)) return invalidArgument(TFS_PHRASE("Errors", "input '%1' names no node of the body"), input);
        return k == 0 ? node : input;
    }
    auto it = nodes.find(node);
    if (it == nodes.end()) return invalidArgument(TFS_PHRASE("Errors", "input '%1' names no node of the body"), input);
    const std::string index = rest.substr(second + 1);
    int k = 0;
    auto [ptr, ec] = std::from_chars(index.data(), index.data() + index.size(), k);
    if (ec != std::errc() || ptr != index.data() + index.size() || k < 0)
        return invalidArgument(TFS_PHRASE("Errors", "input '%1' has a bad index"), input);
    TFS_ASSIGN_OR_RETURN(int flat, bodyOutputIndex(*it->second, rest.substr(0, second), k, library));
    return flat == 0 ? node : node + ":" + std::to_string(flat);
}

std::set<std::string> argNames(const tensorflow::FunctionDef& function) {
    std::set<std::string> args;
    for (const auto& arg : function.signature().input_arg()) args.insert(arg.name());
    return args;
}

}  // namespace

Status FunctionBody::check(const std::string& function) const {
    if (problems.empty()) return okStatus();
    if (problems.size() == 1) return invalidArgument(TFS_PHRASE("Errors", "function %1: %2"), function, problems.front());
    return invalidArgument(TFS_PHRASE("Errors", "function %1: %2 (and %3 more)"), function, problems.front(), problems.size() - 1);
}

Result<std::string> functionInputToGraph(const std::string& input, const tensorflow::FunctionDef& function,
                                         const tensorflow::FunctionDefLibrary* library) {
    return toGraphInput(input, argNames(function), bodyNodes(function), library);
}

FunctionBody functionBodyGraph(const tensorflow::FunctionDef& function, const tensorflow::FunctionDefLibrary* library) {
    FunctionBody body;
    body.graph = std::make_shared<tensorflow::GraphDef>();
    auto& g = *body.graph;
    const auto& sig = function.signature();
    const std::set<std::string> args = argNames(function);
    const NodeMap nodes = bodyNodes(function);
    std::set<std::string> used;
    for (const auto& node : function.node_def()) used.insert(node.name());
    int index = 0;
    for (const auto& arg : sig.input_arg()) {
        auto* n = g.add_node();
        n->set_name(arg.name());
        n->set_op("_Arg");
        (*n->mutable_attr())["T"].set_type(arg.type());
        (*n->mutable_attr())["index"].set_i(index++);
        if (nodes.count(arg.name())) body.problems.push_back("node '" + arg.name() + "' has an argument's name");
        used.insert(arg.name());
        body.args.push_back(arg.name());
    }
    for (const auto& node : function.node_def()) {
        auto* copy = g.add_node();
        *copy = node;
        copy->clear_input();
        for (const auto& in : node.input()) {
            auto converted = toGraphInput(in, args, nodes, library);
            if (!converted.ok()) body.problems.push_back("node '" + node.name() + "': " + converted.status().message());
            copy->add_input(converted.ok() ? *converted : in);
        }
    }
    index = 0;
    for (const auto& arg : sig.output_arg()) {
        auto it = function.ret().find(arg.name());
        if (it == function.ret().end()) {
            body.problems.push_back("output '" + arg.name() + "' has no ret entry");
            continue;
        }
        auto converted = toGraphInput(it->second, args, nodes, library);
        if (!converted.ok()) body.problems.push_back("output '" + arg.name() + "': " + converted.status().message());
        const std::string tensor = converted.ok() ? *converted : it->second;
        body.outputs.push_back(tensor);
        std::string name = arg.name();
        while (used.count(name)) name += "_retval";
        used.insert(name);
        auto* n = g.add_node();
        n->set_name(name);
        n->set_op("_Retval");
        n->add_input(tensor);
        (*n->mutable_attr())["T"].set_type(arg.type());
        (*n->mutable_attr())["index"].set_i(index++);
        body.retNodes.push_back(name);
    }
    std::set<std::string> targets;
    for (const auto& [name, target] : function.control_ret()) targets.insert(target);
    body.controlOutputs.assign(targets.begin(), targets.end());
    // One sink for the control outputs (TF2 lists every stateful op there): one box, not one per op.
    if (!targets.empty()) {
        std::string name = "control_ret";
        while (used.count(name)) name += "_";
        auto* n = g.add_node();
        n->set_name(name);
        n->set_op("NoOp");
        for (const auto& target : targets) {
            if (!nodes.count(target)) body.problems.push_back("control output '" + target + "' names no node of the body");
            n->add_input("^" + target);
        }
        body.retNodes.push_back(name);
    }
    return body;
}

const tensorflow::FunctionDef* findFunction(const tensorflow::FunctionDefLibrary& library, const std::string& name) {
    for (const auto& f : library.function())
        if (f.signature().name() == name) return &f;
    return nullptr;
}

}  // namespace tfs
