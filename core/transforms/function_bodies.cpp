#include "core/transforms/function_bodies.h"

#include <map>
#include <set>

#include "core/ops/function_body.h"
#include "core/ops/op_registry.h"
#include "core/transforms/graph_utils.h"

namespace tfs::transforms {
namespace {

/// "node:k" or "arg" (graph form) -> "node:out_arg:i" or "arg" (function form).
Result<std::string> toFunctionInput(const std::string& input, const std::set<std::string>& args,
                                    const std::map<std::string, const tensorflow::NodeDef*>& nodes,
                                    const tensorflow::FunctionDefLibrary& library) {
    if (isControlInput(input)) return input;
    const std::string name = nodeName(input);
    const int k = outputIndex(input);
    if (args.count(name)) {
        if (k != 0) return invalidArgument(TFS_PHRASE("Errors", "argument '%1' has one output, not %2"), name, k + 1);
        return name;
    }
    auto it = nodes.find(name);
    if (it == nodes.end()) return invalidArgument(TFS_PHRASE("Errors", "input '%1' names no node of the body"), input);
    const tensorflow::NodeDef& node = *it->second;
    OpInfo calledInfo;
    const OpInfo* info = nullptr;
    if (const auto* f = findFunction(library, node.op())) {
        calledInfo = opInfoFromOpDef(f->signature());
        info = &calledInfo;
    } else {
        info = findOp(node.op());
    }
    if (!info) return invalidArgument(TFS_PHRASE("Errors", "op %1 of '%2' is unknown, its output names cannot be written"),
                                      node.op(), name);
    int base = 0;
    for (const auto& arg : info->outputs) {
        TFS_ASSIGN_OR_RETURN(int count, argCount(node, arg));
        if (k < base + count) return name + ":" + arg.name + ":" + std::to_string(k - base);
        base += count;
    }
    return invalidArgument(TFS_PHRASE("Errors", "'%1' (%2) has no output %3"), name, node.op(), k);
}

}  // namespace

Result<BodyGraph> functionToBodyGraph(const tensorflow::FunctionDef& function, const tensorflow::FunctionDefLibrary& library) {
    for (const auto& arg : function.signature().input_arg())
        if (arg.type() == tensorflow::DT_INVALID)
            return unimplemented(TFS_PHRASE("Errors", "argument '%1' has a generic type (%2%3)"),
                                 arg.name(), arg.type_attr(), arg.type_list_attr());
    // The shared converter (core/ops/function_body.h), then two changes the GTT passes need:
    // arguments are graph inputs, which they know as Placeholders, and the return nodes go
    // (the returned tensors are protected as outputs instead).
    FunctionBody converted = functionBodyGraph(function, &library);
    for (const auto& problem : converted.problems) return invalidArgument(problem);
    const std::set<std::string> args(converted.args.begin(), converted.args.end());
    const std::set<std::string> returns(converted.retNodes.begin(), converted.retNodes.end());
    BodyGraph body;
    for (auto& node : *converted.graph->mutable_node()) {
        if (returns.count(node.name())) continue;
        if (args.count(node.name()) && node.op() == "_Arg") {
            const DataType dtype = node.attr().at("T").type();
            node.set_op("Placeholder");
            node.clear_attr();
            setTypeAttr(&node, "dtype", dtype);
        }
        *body.graph.add_node() = std::move(node);
    }
    body.inputs = converted.args;
    body.outputs = converted.outputs;
    body.outputs.insert(body.outputs.end(), converted.controlOutputs.begin(), converted.controlOutputs.end());
    *body.graph.mutable_library() = library;
    return body;
}

Result<tensorflow::FunctionDef> bodyGraphToFunction(const tensorflow::GraphDef& body, const tensorflow::FunctionDef& original,
                                                    const tensorflow::FunctionDefLibrary& library) {
    const auto& sig = original.signature();
    std::set<std::string> args;
    for (const auto& arg : sig.input_arg()) args.insert(arg.name());
    std::map<std::string, const tensorflow::NodeDef*> nodes;
    std::set<std::string> argsSeen;
    for (const auto& node : body.node()) {
        if (args.count(node.name())) {
            if (node.op() != "Placeholder") return invalidArgument(TFS_PHRASE("Errors", "argument '%1' was rewritten"),
                                                                   node.name());
            argsSeen.insert(node.name());
            continue;
        }
        nodes[node.name()] = &node;
    }
    if (argsSeen.size() != args.size()) return invalidArgument(TFS_PHRASE("Errors", "an argument placeholder was removed"));
    tensorflow::FunctionDef out = original;
    out.clear_node_def();
    for (const auto& node : body.node()) {
        if (args.count(node.name())) continue;
        auto* copy = out.add_node_def();
        *copy = node;
        copy->clear_input();
        for (const auto& in : node.input()) {
            auto converted = toFunctionInput(in, args, nodes, library);
            if (!converted.ok()) return converted.status().withContext(TFS_PHRASE("Errors", "node '%1'"), node.name());
            copy->add_input(*converted);
        }
    }
    // The passes saw returns in graph form; translate the original ones to find what they point at now.
    for (auto& [name, ret] : *out.mutable_ret()) {
        auto flat = functionInputToGraph(ret, original, &library);
        if (!flat.ok()) return flat.status();
        if (!args.count(nodeName(*flat)) && !nodes.count(nodeName(*flat)))
            return invalidArgument(TFS_PHRASE("Errors", "return '%1' lost its node '%2'"), name, nodeName(*flat));
        auto converted = toFunctionInput(*flat, args, nodes, library);
        if (!converted.ok()) return converted.status().withContext(TFS_PHRASE("Errors", "return '%1'"), name);
        ret = *converted;
    }
    for (const auto& [name, node] : out.control_ret())
        if (!nodes.count(node)) return invalidArgument(TFS_PHRASE("Errors", "control return '%1' lost its node '%2'"),
                                                       name, node);
    return out;
}

bool appliesToFunctionBodies(const std::string& pass) {
    static const std::set<std::string> passes = {
        "backport_concatv2",   "backport_tensor_array_v3", "convert_to_float16",    "flatten_atrous_conv",
        "fold_batch_norms",    "fold_constants",           "fold_old_batch_norms",  "fuse_pad_and_conv",
        "fuse_resize_and_conv", "fuse_resize_pad_and_conv", "merge_duplicate_nodes", "quantize_weights",
        "remove_attribute",    "remove_device",            "remove_nodes",          "rename_attribute",
        "rename_op",           "round_weights",            "set_device"};
    return passes.count(pass) > 0;
}

Status transformFunctionBodies(tensorflow::GraphDef* graph, const std::vector<TransformSpec>& specs, TransformLog* log,
                               std::vector<std::string>* changed) {
    std::vector<TransformSpec> bodySpecs;
    std::string names;
    for (const auto& spec : specs)
        if (appliesToFunctionBodies(spec.name)) {
            bodySpecs.push_back(spec);
            names += (names.empty() ? "" : " ") + spec.name;
        }
    if (bodySpecs.empty() || graph->library().function_size() == 0) return okStatus();
    const tensorflow::FunctionDefLibrary library = graph->library();
    PassLogEntry entry;
    entry.pass = "function bodies: " + names;
    entry.functionBodies = true;
    entry.bytesBefore = graphBytes(*graph);
    int changedFunctions = 0;
    for (int i = 0; i < library.function_size(); ++i) {
        const tensorflow::FunctionDef& function = library.function(i);
        const std::string& fname = function.signature().name();
        entry.nodesBefore += function.node_def_size();
        auto body = functionToBodyGraph(function, library);
        Status status = body.status();
        tensorflow::FunctionDef result;
        if (status.ok()) status = runTransforms(&body->graph, body->inputs, body->outputs, bodySpecs);
        if (status.ok()) {
            body->graph.clear_library();
            auto back = bodyGraphToFunction(body->graph, function, library);
            status = back.status();
            if (back.ok()) result = std::move(back).value();
        }
        if (!status.ok()) {
            entry.notes.push_back(phrase(TFS_PHRASE("Notes", "left %1 unchanged: %2"), fname, status.message()));
            entry.nodesAfter += function.node_def_size();
            continue;
        }
        entry.nodesAfter += result.node_def_size();
        if (stableBytes(result) == stableBytes(function)) continue;
        ++changedFunctions;
        if (changed) changed->push_back(fname);
        *graph->mutable_library()->mutable_function(i) = std::move(result);
    }
    entry.changed = changedFunctions;
    entry.bytesAfter = graphBytes(*graph);
    entry.notes.insert(entry.notes.begin(), phrase(TFS_PHRASE("Notes", "%1 of %2 functions changed"), changedFunctions,
                                                   library.function_size()));
    if (log) log->passes.push_back(std::move(entry));
    return okStatus();
}

}  // namespace tfs::transforms
