#include "core/layout/graph_shapes.h"

#include "core/model/attrs.h"
#include "core/ops/op_registry.h"
#include "core/ops/shape_inference.h"

namespace tfs::layout {
namespace {

// Inference results keyed "node:k" laid out by GraphIndex node; `argOf` maps _Arg nodes to "arg:0" keys.
GraphShapes byNode(const GraphIndex& index, const ShapeMap& map) {
    GraphShapes out;
    out.outputs.resize(size_t(index.size()));
    for (int i = 0; i < index.size(); ++i) {
        const std::string& name = index.node(i).name();
        for (int k = 0;; ++k) {
            auto it = map.find(name + ":" + std::to_string(k));
            if (it == map.end()) break;
            out.outputs[size_t(i)].push_back({it->second.dtype, it->second.shape});
        }
    }
    return out;
}

bool isResourceArg(const tensorflow::NodeDef& node) {
    return node.op() == "_Arg" && attrType(node, "T") == tensorflow::DT_RESOURCE;
}

}  // namespace

const OutputType* GraphShapes::find(int node, int output) const {
    if (node < 0 || size_t(node) >= outputs.size() || output < 0) return nullptr;
    const auto& o = outputs[size_t(node)];
    return size_t(output) < o.size() ? &o[size_t(output)] : nullptr;
}

std::map<std::string, PartialShape> signatureShapeHints(const Model& model) {
    std::map<std::string, PartialShape> hints;
    if (model.metaGraphs.empty()) return hints;
    for (const Signature& sig : model.metaGraphs[0].signatures)
        for (const auto* specs : {&sig.inputs, &sig.outputs})
            for (const TensorSpec& spec : *specs) hints[spec.tensorName] = spec.shape;
    return hints;
}

Result<GraphShapes> inferMainGraphShapes(const Model& model, const GraphIndex& index, const InputShapes& inputs) {
    const tensorflow::GraphDef* graph = model.graph();
    if (!graph) return invalidArgument(TFS_PHRASE("Errors", "%1 has no graph"), model.path);
    TFS_ASSIGN_OR_RETURN(ShapesByNode inferred, inferShapesByNode(*graph, index, signatureShapeHints(model), inputs));
    GraphShapes out;
    out.outputs.resize(size_t(index.size()));
    for (int i = 0; i < index.size() && size_t(i) < inferred.size(); ++i)
        for (const InferredTensor& t : inferred[size_t(i)]) out.outputs[size_t(i)].push_back({t.dtype, t.shape});
    return out;
}

Result<GraphShapes> inferFunctionBodyShapes(const tensorflow::FunctionDef& function, const tensorflow::FunctionDefLibrary& library,
                                            const GraphIndex& bodyIndex, const InputShapes& inputs,
                                            const std::vector<PartialShape>& callerArgs) {
    const auto& args = function.signature().input_arg();
    for (const auto& [name, shape] : inputs) {
        bool found = false;
        for (const auto& a : args) found = found || name == a.name() || name == a.name() + ":0";
        if (!found)
            return invalidArgument(TFS_PHRASE("Errors", "function '%1' has no argument '%2'"),
                                   function.signature().name(), name);
    }
    TFS_ASSIGN_OR_RETURN(ShapeMap map, inferFunctionShapes(function, &library));
    std::vector<PartialShape> argShapes;
    bool changed = false;
    for (int i = 0; i < args.size(); ++i) {
        PartialShape recorded;
        if (auto it = map.find(args[i].name() + ":0"); it != map.end()) recorded = it->second.shape;
        PartialShape shape = recorded;
        if (auto u = inputs.find(args[i].name()); u != inputs.end()) shape = u->second;
        else if (auto u0 = inputs.find(args[i].name() + ":0"); u0 != inputs.end()) shape = u0->second;
        else if (size_t(i) < callerArgs.size()) shape = mergeShapes(recorded, callerArgs[size_t(i)]);
        changed = changed || shape != recorded;
        argShapes.push_back(std::move(shape));
    }
    if (changed) {
        TFS_ASSIGN_OR_RETURN(map, inferFunctionShapes(function, &library, argShapes));
    }
    return byNode(bodyIndex, map);
}

std::vector<PartialShape> callArgumentShapes(const GraphIndex& caller, const GraphShapes& callerShapes, int callNode) {
    std::vector<PartialShape> out;
    if (callNode < 0 || callNode >= caller.size()) return out;
    for (const GraphEdge& e : caller.inputs(callNode)) {
        if (e.control) continue;
        const OutputType* t = callerShapes.find(e.src, e.srcOutput);
        out.push_back(t ? t->shape : PartialShape::unknown());
    }
    return out;
}

std::vector<ShapeableInput> shapeableInputs(const GraphIndex& index, const GraphShapes* shapes) {
    std::vector<ShapeableInput> out;
    for (int i = 0; i < index.size(); ++i) {
        const auto& nd = index.node(i);
        if (nd.op() != "Placeholder" && (nd.op() != "_Arg" || isResourceArg(nd))) continue;
        ShapeableInput in;
        in.name = nd.name();
        const OutputType* t = shapes ? shapes->find(i, 0) : nullptr;
        in.dtype = t && t->dtype != tensorflow::DT_INVALID ? t->dtype : baseType(attrType(nd, nd.op() == "_Arg" ? "T" : "dtype"));
        if (t) in.shape = t->shape;
        else if (hasAttr(nd, "shape")) in.shape = attrShape(nd, "shape");
        out.push_back(std::move(in));
    }
    return out;
}

InputShapes withBatchSize(const std::vector<ShapeableInput>& inputs, const InputShapes& user, int64_t batch) {
    InputShapes out = user;
    for (const ShapeableInput& in : inputs) {
        PartialShape shape = user.count(in.name) ? user.at(in.name) : in.shape;
        if (!shape.knownRank || shape.dims.empty()) continue;
        if (shape.dims[0] >= 0 && !user.count(in.name)) continue;  // a fixed batch the model was built with
        shape.dims[0] = batch < 0 ? -1 : batch;
        out[in.name] = shape;
    }
    return out;
}

}  // namespace tfs::layout
