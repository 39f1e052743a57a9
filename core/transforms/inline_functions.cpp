#include "core/transforms/inline_functions.h"

#include <map>

#include "core/model/graph_index.h"
#include "core/ops/op_registry.h"
#include "core/transforms/graph_utils.h"

namespace tfs::transforms {
namespace {

const tensorflow::FunctionDef* findFunction(const tensorflow::FunctionDefLibrary& library, const std::string& name) {
    for (const auto& f : library.function())
        if (f.signature().name() == name) return &f;
    return nullptr;
}

/// Name of the called function, or "" when the node is not an inlinable call.
std::string calledFunction(const tensorflow::NodeDef& node, const tensorflow::FunctionDefLibrary& library,
                           const InlineOptions& options) {
    if (node.op() == "PartitionedCall" || (options.statefulCalls && node.op() == "StatefulPartitionedCall")) {
        auto it = node.attr().find("f");
        if (it != node.attr().end() && it->second.has_func()) return it->second.func().name();
        return "";
    }
    if (findFunction(library, node.op())) return node.op();
    return "";
}

/// Substitutes attr placeholders ("T" in a polymorphic function) with the call's values.
void substitutePlaceholders(tensorflow::NodeDef* node, const google::protobuf::Map<std::string, tensorflow::AttrValue>& values) {
    for (auto& [name, value] : *node->mutable_attr()) {
        if (value.value_case() != tensorflow::AttrValue::kPlaceholder) continue;
        auto it = values.find(value.placeholder());
        if (it != values.end()) value = it->second;
    }
}

Status inlineOne(const tensorflow::NodeDef& call, const tensorflow::FunctionDef& fn,
                 const tensorflow::FunctionDefLibrary& library, std::vector<tensorflow::NodeDef>* result) {
    const std::string prefix = call.name() + "/";
    const auto& sig = fn.signature();
    google::protobuf::Map<std::string, tensorflow::AttrValue> callAttrs;
    if (call.op() == "PartitionedCall" || call.op() == "StatefulPartitionedCall") {
        callAttrs = call.attr().at("f").func().attr();
    } else {
        callAttrs = call.attr();
    }
    std::vector<std::string> data = dataInputs(call), control;
    for (const auto& input : call.input())
        if (isControlInput(input)) control.push_back(input);
    if (int(data.size()) != sig.input_arg_size())
        return invalidArgument(TFS_PHRASE("Errors", "call '%1' passes %2 inputs to '%3', which takes %4 (list-typed arguments are not inlined)"),
                               call.name(), data.size(), sig.name(), sig.input_arg_size());
    std::map<std::string, std::string> argNodes;  // arg name -> Identity node name
    for (int i = 0; i < sig.input_arg_size(); ++i) {
        const auto& arg = sig.input_arg(i);
        tensorflow::NodeDef id;
        id.set_name(prefix + arg.name());
        id.set_op("Identity");
        id.set_device(call.device());
        id.add_input(data[size_t(i)]);
        for (const auto& c : control) id.add_input(c);
        DataType type = arg.type();
        if (type == tensorflow::DT_INVALID && !arg.type_attr().empty()) {
            auto it = callAttrs.find(arg.type_attr());
            if (it != callAttrs.end()) type = it->second.type();
        }
        if (type == tensorflow::DT_INVALID) {
            auto tin = call.attr().find("Tin");
            if (tin != call.attr().end() && i < tin->second.list().type_size()) type = tin->second.list().type(i);
        }
        setTypeAttr(&id, "T", type);
        argNodes[arg.name()] = id.name();
        result->push_back(std::move(id));
    }
    std::map<std::string, const tensorflow::NodeDef*> bodyByName;
    for (const auto& n : fn.node_def()) bodyByName[n.name()] = &n;
    // Body references: "arg", "arg:0", "node:out:idx", "^node".
    auto rewrite = [&](const std::string& input) -> Result<std::string> {
        if (isControlInput(input)) {
            std::string target = input.substr(1);
            if (argNodes.count(target)) return "^" + argNodes[target];
            return "^" + prefix + target;
        }
        TensorRef ref = TensorRef::parse(input);
        if (argNodes.count(ref.node) && ref.outputArg.empty()) return argNodes[ref.node];
        auto it = bodyByName.find(ref.node);
        if (it == bodyByName.end())
            return invalidArgument(TFS_PHRASE("Errors", "function '%1': input '%2' names no node or argument"),
                                   sig.name(), input);
        int flat = ref.output;
        if (!ref.outputArg.empty()) {
            tensorflow::NodeDef resolved = *it->second;
            substitutePlaceholders(&resolved, callAttrs);
            auto index = flatOutputIndex(resolved, ref.outputArg, ref.output, &library);
            if (!index.ok()) return index.status().withContext(TFS_PHRASE("Errors", "function '%1'"), sig.name());
            flat = *index;
        }
        return prefix + ref.node + (flat == 0 ? "" : ":" + std::to_string(flat));
    };
    for (const auto& body : fn.node_def()) {
        tensorflow::NodeDef n = body;
        n.set_name(prefix + body.name());
        n.clear_input();
        for (const auto& input : body.input()) {
            TFS_ASSIGN_OR_RETURN(std::string rewritten, rewrite(input));
            n.add_input(rewritten);
        }
        if (body.input_size() == 0)
            for (const auto& c : control) n.add_input(c);
        if (n.device().empty()) n.set_device(call.device());
        substitutePlaceholders(&n, callAttrs);
        result->push_back(std::move(n));
    }
    // The call node becomes an IdentityN of the function's results, keeping "<call>:k" valid.
    tensorflow::NodeDef outputs;
    outputs.set_name(call.name());
    outputs.set_op("IdentityN");
    outputs.set_device(call.device());
    auto* types = (*outputs.mutable_attr())["T"].mutable_list();
    for (int i = 0; i < sig.output_arg_size(); ++i) {
        const auto& arg = sig.output_arg(i);
        auto ret = fn.ret().find(arg.name());
        if (ret == fn.ret().end())
            return invalidArgument(TFS_PHRASE("Errors", "function '%1' has no result for output '%2'"),
                                   sig.name(), arg.name());
        TFS_ASSIGN_OR_RETURN(std::string tensor, rewrite(ret->second));
        outputs.add_input(tensor);
        DataType type = arg.type();
        if (type == tensorflow::DT_INVALID) {
            auto tout = call.attr().find("Tout");
            if (tout != call.attr().end() && i < tout->second.list().type_size()) type = tout->second.list().type(i);
            else if (!arg.type_attr().empty() && callAttrs.count(arg.type_attr())) type = callAttrs.at(arg.type_attr()).type();
        }
        types->add_type(type);
    }
    for (const auto& [name, target] : fn.control_ret()) outputs.add_input("^" + prefix + target);
    if (sig.output_arg_size() == 0) {
        // Nothing to forward: a NoOp that completes when the body's side effects have.
        outputs.set_op("NoOp");
        outputs.mutable_attr()->clear();
    }
    result->push_back(std::move(outputs));
    return okStatus();
}

}  // namespace

Status inlineFunctionCalls(tensorflow::GraphDef* graph, const InlineOptions& options, int* inlined) {
    int count = 0;
    for (int depth = 0; depth < options.maxDepth; ++depth) {
        tensorflow::GraphDef next;
        *next.mutable_versions() = graph->versions();
        *next.mutable_library() = graph->library();
        bool changed = false;
        for (const auto& node : graph->node()) {
            std::string fname = calledFunction(node, graph->library(), options);
            const tensorflow::FunctionDef* fn = fname.empty() ? nullptr : findFunction(graph->library(), fname);
            if (!fn) {
                *next.add_node() = node;
                continue;
            }
            std::vector<tensorflow::NodeDef> nodes;
            TFS_RETURN_IF_ERROR(inlineOne(node, *fn, graph->library(), &nodes));
            for (auto& n : nodes) *next.add_node() = std::move(n);
            changed = true;
            ++count;
        }
        *graph = std::move(next);
        if (!changed) break;
    }
    if (inlined) *inlined = count;
    return okStatus();
}

}  // namespace tfs::transforms
