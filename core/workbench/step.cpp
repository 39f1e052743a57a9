#include "core/workbench/step.h"

#include <chrono>

#include "core/formats/writers.h"
#include "core/transforms/freeze.h"
#include "core/transforms/grammar.h"

namespace tfs::workbench {
namespace {

// Freezing as a step: a GraphDef model with the frozen graph and the signature it was frozen for.
Result<Step> freezeStep(const std::shared_ptr<const Model>& input, const transforms::TransformSpec& spec,
                        const transforms::ModelTransformOptions& options, const WorkContext& work) {
    if (!spec.params.empty()) return invalidArgument(TFS_PHRASE("Errors", "freeze takes no parameters; write it as: freeze"));
    if (options.metaGraph >= input->metaGraphs.size()) return invalidArgument(TFS_PHRASE("Errors", "%1: no graph to freeze"),
                                                                              input->path);
    work.report(0.0, TFS_PHRASE("Progress", "freezing"));
    transforms::FreezeOptions fo;
    fo.outputs = options.outputs;
    fo.signature = options.signature;
    fo.metaGraph = options.metaGraph;
    transforms::FreezeReport report;
    auto start = std::chrono::steady_clock::now();
    TFS_ASSIGN_OR_RETURN(tensorflow::GraphDef frozen, transforms::freezeModel(*input, fo, &report));
    if (work.cancelled()) return cancelled();
    const MetaGraph& before = input->metaGraphs[options.metaGraph];
    auto model = std::make_shared<Model>();
    model->path = input->path;
    model->format = ModelFormat::GraphDef;
    model->producer = input->producer;
    MetaGraph mg;
    *mg.def.mutable_graph_def() = std::move(frozen);
    if (const Signature* sig = chooseSignature(before, options.signature)) mg.signatures.push_back(*sig);
    model->metaGraphs.push_back(std::move(mg));
    TFS_RETURN_IF_ERROR(markGraphEdited(model.get()));  // its one file is the frozen graph as it would be written

    Step step;
    step.spec = spec;
    transforms::PassLogEntry entry;
    entry.pass = spec.toString();
    entry.nodesBefore = before.def.graph_def().node_size();
    entry.nodesAfter = model->metaGraphs[0].def.graph_def().node_size();
    entry.bytesBefore = uint64_t(before.def.graph_def().ByteSizeLong());
    entry.bytesAfter = uint64_t(model->metaGraphs[0].def.graph_def().ByteSizeLong());
    entry.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    entry.notes.push_back(phrase(TFS_PHRASE("Notes", "%1 variables frozen (%2 bytes), %3 calls inlined"),
                                 report.variablesFrozen, report.frozenBytes, report.inlinedCalls));
    for (const auto& n : report.notes) entry.notes.push_back(n);
    step.detail.changes = transforms::diffGraphNodes(before.def.graph_def(), model->metaGraphs[0].def.graph_def());
    entry.added = int(step.detail.changes.added.size());
    entry.removed = int(step.detail.changes.removed.size());
    entry.changed = int(step.detail.changes.changed.size());
    step.detail.log.push_back(std::move(entry));
    step.detail.options = options;
    step.detail.options.inputs = report.inputs;
    step.detail.options.outputs = report.outputs;
    step.detail.options.metaGraph = 0;
    step.model = std::move(model);
    return step;
}

}  // namespace

Result<std::vector<transforms::TransformSpec>> parsePipeline(const std::string& text) {
    TFS_ASSIGN_OR_RETURN(std::vector<transforms::TransformSpec> specs, transforms::parseTransforms(text));
    std::vector<transforms::TransformSpec> passes;
    for (const auto& spec : specs)
        if (spec.name != kFreezeStep) passes.push_back(spec);
    TFS_RETURN_IF_ERROR(transforms::validateSpecs(passes));
    for (const auto& spec : specs)
        if (spec.name == kFreezeStep && !spec.params.empty())
            return invalidArgument(TFS_PHRASE("Errors", "freeze takes no parameters; write it as: freeze"));
    return specs;
}

Result<Step> applyPass(const std::shared_ptr<const Model>& input, const transforms::TransformSpec& spec,
                       const transforms::ModelTransformOptions& options, const WorkContext& work) {
    if (!input) return invalidArgument(TFS_PHRASE("Errors", "no model to transform"));
    if (spec.name == kFreezeStep) return freezeStep(input, spec, options, work);
    auto model = std::make_shared<Model>(*input);
    Step step;
    step.spec = spec;
    TFS_RETURN_IF_ERROR(transforms::transformModelStep(model.get(), spec, options, &step.detail, work));
    step.model = std::move(model);
    return step;
}

Result<std::vector<Step>> applyPasses(const std::shared_ptr<const Model>& input,
                                      const std::vector<transforms::TransformSpec>& specs,
                                      const transforms::ModelTransformOptions& options, const WorkContext& work) {
    std::vector<Step> steps;
    std::shared_ptr<const Model> current = input;
    transforms::ModelTransformOptions endpoints = options;
    for (size_t i = 0; i < specs.size(); ++i) {
        work.report(double(i) / double(std::max<size_t>(1, specs.size())), specs[i].name);
        TFS_ASSIGN_OR_RETURN(Step step, applyPass(current, specs[i], endpoints, work));
        current = step.model;
        endpoints = step.detail.options;
        steps.push_back(std::move(step));
    }
    return steps;
}

}  // namespace tfs::workbench
