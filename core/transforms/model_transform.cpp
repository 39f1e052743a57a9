#include "core/transforms/model_transform.h"

#include "core/transforms/function_bodies.h"
#include "core/transforms/graph_utils.h"

namespace tfs::transforms {
namespace {

std::string remapTensor(const std::string& tensor, const std::map<std::string, std::string>& renames) {
    auto it = renames.find(nodeName(tensor));
    if (it == renames.end()) return tensor;
    auto colon = tensor.find(':');
    return it->second + (colon == std::string::npos ? "" : tensor.substr(colon));
}

}  // namespace

const Signature* pickSignature(const MetaGraph& metaGraph, const std::string& key) {
    for (const auto& s : metaGraph.signatures)
        if (s.key == (key.empty() ? "serving_default" : key)) return &s;
    if (key.empty() && metaGraph.signatures.size() == 1) return &metaGraph.signatures.front();
    return nullptr;
}

Status resolveEndpoints(const Model& model, ModelTransformOptions* options) {
    if (options->metaGraph >= model.metaGraphs.size())
        return invalidArgument(model.path + ": has no graph to transform (a checkpoint without .meta?)");
    const MetaGraph& mg = model.metaGraphs[options->metaGraph];
    const Signature* sig = pickSignature(mg, options->signature);
    if (!options->signature.empty() && !sig) {
        std::string keys;
        for (const auto& s : mg.signatures) keys += (keys.empty() ? "" : ", ") + s.key;
        return invalidArgument(model.path + ": no signature '" + options->signature + "'; it has: " +
                               (keys.empty() ? "none" : keys));
    }
    if (!sig) return okStatus();
    if (options->inputs.empty())
        for (const auto& t : sig->inputs) options->inputs.push_back(t.tensorName);
    if (options->outputs.empty())
        for (const auto& t : sig->outputs) options->outputs.push_back(t.tensorName);
    return okStatus();
}

void remapSignatures(MetaGraph* metaGraph, const std::map<std::string, std::string>& renames) {
    if (renames.empty()) return;
    for (auto& sig : metaGraph->signatures) {
        for (auto& t : sig.inputs) t.tensorName = remapTensor(t.tensorName, renames);
        for (auto& t : sig.outputs) t.tensorName = remapTensor(t.tensorName, renames);
    }
    for (auto& [key, def] : *metaGraph->def.mutable_signature_def()) {
        for (auto& [k, info] : *def.mutable_inputs())
            if (!info.name().empty()) info.set_name(remapTensor(info.name(), renames));
        for (auto& [k, info] : *def.mutable_outputs())
            if (!info.name().empty()) info.set_name(remapTensor(info.name(), renames));
    }
}

Status transformModel(Model* model, const std::vector<TransformSpec>& specs, const ModelTransformOptions& options,
                      TransformLog* log, const WorkContext& work) {
    ModelTransformOptions resolved = options;
    TFS_RETURN_IF_ERROR(resolveEndpoints(*model, &resolved));
    MetaGraph& mg = model->metaGraphs[resolved.metaGraph];
    TransformLog local;
    TransformLog* target = log ? log : &local;
    tensorflow::GraphDef graph = mg.def.graph_def();
    TFS_RETURN_IF_ERROR(runTransforms(&graph, resolved.inputs, resolved.outputs, specs, target, work));
    if (resolved.functionBodies) TFS_RETURN_IF_ERROR(transformFunctionBodies(&graph, specs, target));
    *mg.def.mutable_graph_def() = std::move(graph);
    remapSignatures(&mg, target->renames);
    return okStatus();
}

}  // namespace tfs::transforms
