#include "core/transforms/freeze.h"

#include <algorithm>
#include <deque>
#include <set>

#include "core/transforms/graph_utils.h"
#include "core/transforms/inline_functions.h"
#include "core/transforms/model_transform.h"
#include "core/transforms/passes/fold_utils.h"

namespace tfs::transforms {
namespace {

bool isRefVariable(const std::string& op) { return op == "VariableV2" || op == "Variable"; }

/// The checkpoint key of a variable node: from the model's variable table, else shared_name or name.
std::string checkpointKeyFor(const Model& model, const tensorflow::NodeDef& node) {
    for (const auto& info : model.variableInfos)
        if (info.nodeName == node.name() && !info.checkpointKey.empty()) return info.checkpointKey;
    if (!model.variables) return "";
    auto shared = node.attr().find("shared_name");
    if (shared != node.attr().end() && !shared->second.s().empty() && model.variables->find(shared->second.s()))
        return shared->second.s();
    if (model.variables->find(node.name())) return node.name();
    return "";
}

/// Keeps only the nodes `outputs` need (data and control inputs), cutting at `inputs`.
void keepNeeded(tensorflow::GraphDef* graph, const std::set<std::string>& outputs, const std::set<std::string>& inputs) {
    auto byName = mapNamesToNodes(*graph);
    std::set<std::string> keep;
    std::deque<std::string> queue(outputs.begin(), outputs.end());
    while (!queue.empty()) {
        std::string name = queue.front();
        queue.pop_front();
        if (!keep.insert(name).second) continue;
        auto it = byName.find(name);
        if (it == byName.end()) continue;
        if (inputs.count(name) && it->second->op() != "PlaceholderWithDefault") continue;
        for (const auto& input : it->second->input()) queue.push_back(nodeName(input));
    }
    google::protobuf::RepeatedPtrField<tensorflow::NodeDef> kept;
    for (auto& node : *graph->mutable_node())
        if (keep.count(node.name())) *kept.Add() = std::move(node);
    graph->mutable_node()->Swap(&kept);
}

}  // namespace

Result<tensorflow::GraphDef> freezeModel(const Model& model, const FreezeOptions& options, FreezeReport* report) {
    FreezeReport local;
    FreezeReport& rep = report ? *report : local;
    ModelTransformOptions endpoints;
    endpoints.outputs = options.outputs;
    endpoints.signature = options.signature;
    endpoints.metaGraph = options.metaGraph;
    TFS_RETURN_IF_ERROR(resolveEndpoints(model, &endpoints));
    if (endpoints.outputs.empty())
        return invalidArgument(TFS_PHRASE("Errors", "%1: no outputs to freeze for; pass --outputs or pick a --signature"),
                               model.path);
    rep.inputs = endpoints.inputs;
    rep.outputs = endpoints.outputs;
    tensorflow::GraphDef graph = model.metaGraphs[options.metaGraph].def.graph_def();
    std::set<std::string> outputs = nodeNames(endpoints.outputs);
    std::set<std::string> inputs = nodeNames(endpoints.inputs);
    for (const auto& o : outputs)
        if (!mapNamesToNodes(graph).count(o)) return invalidArgument(TFS_PHRASE("Errors", "%1: output node '%2' is not in the graph"),
                                                                     model.path, o);

    // 1. Only what the outputs need, then inline the TF2 call graph, then prune again.
    keepNeeded(&graph, outputs, inputs);
    InlineOptions inlineOptions;
    TFS_RETURN_IF_ERROR(inlineFunctionCalls(&graph, inlineOptions, &rep.inlinedCalls));
    keepNeeded(&graph, outputs, inputs);

    // Inputs fed in the middle of the graph (e.g. "x" after ParseExample) become Placeholders.
    const Signature* sig = chooseSignature(model.metaGraphs[options.metaGraph], options.signature);
    for (auto& node : *graph.mutable_node()) {
        if (!inputs.count(node.name()) || node.op() == "Placeholder" || node.op() == "PlaceholderWithDefault") continue;
        DataType dtype = tensorflow::DT_INVALID;
        PartialShape shape;
        if (sig)
            for (const auto& t : sig->inputs)
                if (nodeName(t.tensorName) == node.name()) dtype = t.dtype, shape = t.shape;
        if (dtype == tensorflow::DT_INVALID) {
            auto t = node.attr().find("T");
            if (t == node.attr().end()) t = node.attr().find("dtype");
            dtype = t != node.attr().end() ? baseType(t->second.type()) : tensorflow::DT_FLOAT;
        }
        std::string name = node.name(), device = node.device();
        node.Clear();
        node.set_name(name);
        node.set_op("Placeholder");
        node.set_device(device);
        setTypeAttr(&node, "dtype", baseType(dtype));
        shape.toProto((*node.mutable_attr())["shape"].mutable_shape());
        rep.notes.push_back(phrase(TFS_PHRASE("Notes", "input '%1' became a Placeholder"), name));
    }

    // 2. Variables -> Const.
    std::map<std::string, Tensor> values;  // variable node -> value
    for (const auto& node : graph.node()) {
        if (!isRefVariable(node.op()) && node.op() != "VarHandleOp") continue;
        std::string key = checkpointKeyFor(model, node);
        if (key.empty() || !model.variables)
            return notFound(TFS_PHRASE("Errors", "%1: no checkpoint value for variable '%2'%3"),
                            model.path, node.name(), (model.variables ? "" : " (the model has no checkpoint)"));
        auto value = model.variables->read(key);
        if (!value.ok()) return value.status().withContext(TFS_PHRASE("Errors", "reading variable '%1'"), node.name());
        values[node.name()] = std::move(value).value();
        rep.checkpointKeys.push_back(key);
    }
    std::sort(rep.checkpointKeys.begin(), rep.checkpointKeys.end());
    rep.checkpointKeys.erase(std::unique(rep.checkpointKeys.begin(), rep.checkpointKeys.end()), rep.checkpointKeys.end());
    // Resource handles may travel through Identity nodes (inlined function arguments).
    std::map<std::string, std::string> handleSource;  // node -> variable it forwards
    for (const auto& [name, value] : values) handleSource[name] = name;
    for (bool changed = true; changed;) {
        changed = false;
        for (const auto& node : graph.node()) {
            if (node.op() != "Identity" || handleSource.count(node.name())) continue;
            auto data = dataInputs(node);
            if (data.size() == 1 && handleSource.count(nodeName(data[0]))) {
                handleSource[node.name()] = handleSource[nodeName(data[0])];
                changed = true;
            }
        }
    }
    std::set<std::string> taken;
    for (const auto& node : graph.node()) taken.insert(node.name());
    std::vector<tensorflow::NodeDef> extra;
    for (auto& node : *graph.mutable_node()) {
        auto v = values.find(node.name());
        if (v != values.end()) {
            std::string device = node.device();
            makeConst(node.name(), v->second, &node);
            node.set_device(device);
            rep.frozenBytes += v->second.byteSize();
            ++rep.variablesFrozen;
            continue;
        }
        auto data = dataInputs(node);
        if (data.empty() || !handleSource.count(nodeName(data[0]))) continue;
        const Tensor& value = values[handleSource[nodeName(data[0])]];
        if (node.op() == "Identity" && handleSource.count(node.name())) {
            setTypeAttr(&node, "T", value.dtype());
        } else if (node.op() == "ReadVariableOp") {
            node.set_op("Identity");
            node.mutable_attr()->erase("dtype");
            setTypeAttr(&node, "T", value.dtype());
        } else if (node.op() == "ResourceGather") {
            node.set_op("GatherV2");
            auto indices = node.attr().find("Tindices");
            DataType indexType = indices != node.attr().end() ? indices->second.type() : tensorflow::DT_INT32;
            int64_t batchDims = 0;
            if (node.attr().count("batch_dims")) batchDims = node.attr().at("batch_dims").i();
            node.mutable_attr()->erase("dtype");
            node.mutable_attr()->erase("validate_indices");
            setTypeAttr(&node, "Tparams", value.dtype());
            setTypeAttr(&node, "Tindices", indexType);
            setTypeAttr(&node, "Taxis", tensorflow::DT_INT32);
            (*node.mutable_attr())["batch_dims"].set_i(batchDims);
            tensorflow::NodeDef axis;
            makeConst(uniqueName(node.name() + "/axis", &taken), Tensor::scalar<int32_t>(tensorflow::DT_INT32, int32_t(batchDims)), &axis);
            // GatherV2(params, indices, axis): insert axis after the two data inputs.
            std::vector<std::string> inputsCopy(node.input().begin(), node.input().end());
            node.clear_input();
            node.add_input(inputsCopy[0]);
            node.add_input(inputsCopy[1]);
            node.add_input(axis.name());
            for (size_t i = 2; i < inputsCopy.size(); ++i) node.add_input(inputsCopy[i]);
            extra.push_back(std::move(axis));
        } else if (node.op() == "VarIsInitializedOp" || node.op() == "IsVariableInitialized") {
            std::string name = node.name();
            makeConst(name, Tensor::scalar<bool>(tensorflow::DT_BOOL, true), &node);
        } else if (node.op() == "AssignVariableOp" || node.op() == "AssignAddVariableOp" ||
                   node.op() == "AssignSubVariableOp" || node.op() == "Assign" || node.op() == "AssignAdd" ||
                   node.op() == "AssignSub") {
            return failedPrecondition(TFS_PHRASE("Errors", "%1: output depends on '%2' (%3), which changes a variable; a frozen graph cannot do that"),
                                      model.path, node.name(), node.op());
        }
    }
    for (auto& e : extra) *graph.add_node() = std::move(e);
    // Ref-typed consumers of former VariableV2 nodes (Identity ".../read") now read plain tensors.
    for (auto& node : *graph.mutable_node())
        for (auto& [name, attr] : *node.mutable_attr())
            if (attr.value_case() == tensorflow::AttrValue::kType && isRefType(attr.type()) && name == "T")
                attr.set_type(baseType(attr.type()));
    keepNeeded(&graph, outputs, inputs);
    // Functions no longer called are dropped; control-flow functions (While/If) stay.
    std::set<std::string> used;
    std::function<void(const tensorflow::AttrValue&)> collect = [&](const tensorflow::AttrValue& v) {
        if (v.has_func()) used.insert(v.func().name());
        for (const auto& f : v.list().func()) used.insert(f.name());
    };
    for (const auto& node : graph.node()) {
        used.insert(node.op());
        for (const auto& [k, v] : node.attr()) collect(v);
    }
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto& f : graph.library().function()) {
            if (!used.count(f.signature().name())) continue;
            for (const auto& n : f.node_def()) {
                size_t before = used.size();
                used.insert(n.op());
                for (const auto& [k, v] : n.attr()) collect(v);
                if (used.size() != before) grew = true;
            }
        }
    }
    tensorflow::FunctionDefLibrary library;
    for (const auto& f : graph.library().function())
        if (used.count(f.signature().name())) *library.add_function() = f;
    *graph.mutable_library() = std::move(library);
    if (graph.library().function_size() == 0) graph.clear_library();
    tensorflow::GraphDef sorted;
    Status s = sortByExecutionOrder(graph, &sorted);
    if (s.ok()) graph = std::move(sorted);
    TFS_RETURN_IF_ERROR(validateGraph(graph).withContext(TFS_PHRASE("Errors", "frozen graph of %1"), model.path));
    return graph;
}

}  // namespace tfs::transforms
