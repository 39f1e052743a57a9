#include "core/workbench/step.h"

namespace tfs::workbench {

Result<Step> applyPass(const std::shared_ptr<const Model>& input, const transforms::TransformSpec& spec,
                       const transforms::ModelTransformOptions& options, const WorkContext& work) {
    if (!input) return invalidArgument("no model to transform");
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
