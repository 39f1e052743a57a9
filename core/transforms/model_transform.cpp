#include "core/transforms/model_transform.h"

#include "core/formats/writers.h"
#include "core/transforms/function_bodies.h"
#include "core/transforms/graph_utils.h"

namespace tfs::transforms {

Status resolveEndpoints(const Model& model, ModelTransformOptions* options) {
    if (options->metaGraph >= model.metaGraphs.size())
        return invalidArgument(TFS_PHRASE("Errors", "%1: has no graph to transform (a checkpoint without .meta?)"),
                               model.path);
    const MetaGraph& mg = model.metaGraphs[options->metaGraph];
    const Signature* sig = chooseSignature(mg, options->signature);
    if (!options->signature.empty() && !sig) {
        std::string keys;
        for (const auto& s : mg.signatures) keys += (keys.empty() ? "" : ", ") + s.key;
        return invalidArgument(TFS_PHRASE("Errors", "%1: no signature '%2'; it has: %3"),
                               model.path, options->signature, (keys.empty() ? "none" : keys));
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
        for (auto& t : sig.inputs) t.tensorName = remapTensorName(t.tensorName, renames);
        for (auto& t : sig.outputs) t.tensorName = remapTensorName(t.tensorName, renames);
    }
    for (auto& [key, def] : *metaGraph->def.mutable_signature_def()) {
        for (auto& [k, info] : *def.mutable_inputs())
            if (!info.name().empty()) info.set_name(remapTensorName(info.name(), renames));
        for (auto& [k, info] : *def.mutable_outputs())
            if (!info.name().empty()) info.set_name(remapTensorName(info.name(), renames));
    }
}

Status transformModelStep(Model* model, const TransformSpec& spec, const ModelTransformOptions& options,
                          ModelStep* step, const WorkContext& work) {
    ModelStep local;
    ModelStep& out = step ? *step : local;
    out = ModelStep{};
    out.options = options;
    TFS_RETURN_IF_ERROR(resolveEndpoints(*model, &out.options));
    MetaGraph& mg = model->metaGraphs[out.options.metaGraph];
    TFS_ASSIGN_OR_RETURN(GraphStep graphStep, runTransformStep(mg.def.graph_def(), out.options.inputs,
                                                               out.options.outputs, spec, work));
    out.log.push_back(std::move(graphStep.entry));
    if (out.options.functionBodies) {
        TransformLog bodies;
        TFS_RETURN_IF_ERROR(transformFunctionBodies(&graphStep.graph, {spec}, &bodies, &out.changedFunctions));
        for (auto& entry : bodies.passes) out.log.push_back(std::move(entry));
    }
    if (work.cancelled()) return cancelled(TFS_PHRASE("Errors", "transform cancelled during '%1'"), spec.name);
    out.changes = std::move(graphStep.changes);
    out.renames = std::move(graphStep.renames);
    out.options.inputs = std::move(graphStep.inputs);
    out.options.outputs = std::move(graphStep.outputs);
    *mg.def.mutable_graph_def() = std::move(graphStep.graph);
    remapSignatures(&mg, out.renames);
    return markGraphEdited(model);
}

Status transformModel(Model* model, const std::vector<TransformSpec>& specs, const ModelTransformOptions& options,
                      TransformLog* log, const WorkContext& work) {
    ModelTransformOptions current = options;
    TFS_RETURN_IF_ERROR(resolveEndpoints(*model, &current));
    std::map<std::string, std::string> renames;  // original -> current
    for (size_t i = 0; i < specs.size(); ++i) {
        work.report(double(i) / double(specs.size()), specs[i].name);
        ModelStep step;
        TFS_RETURN_IF_ERROR(transformModelStep(model, specs[i], current, &step, work));
        composeRenames(&renames, step.renames);
        current = std::move(step.options);
        if (log)
            for (auto& entry : step.log) log->passes.push_back(std::move(entry));
    }
    if (log) log->renames = renames;
    return okStatus();
}

}  // namespace tfs::transforms
