#include "core/batch/model_arg.h"

#include <ostream>

#include "core/formats/loader.h"

namespace tfs::batch {

Result<Model> loadModelArgument(const Args& args) {
    if (args.positional().empty()) return invalidArgument("no model path given");
    LoadOptions options;
    options.tags = splitList(args.value("--tag-set", args.value("--tags")));
    return loadModel(args.positional()[0], options);
}

std::optional<ModelAndTarget> loadModelAndTarget(const Args& args, const std::string& command, const char* usage,
                                                 std::ostream& err) {
    std::vector<std::string> positional = args.positional();
    std::string target = args.value("--out");
    if (target.empty() && positional.size() == 2) target = positional[1], positional.pop_back();
    if (positional.size() != 1 || target.empty()) {
        err << command << ": expected a model path and an output path (--out)\n" << usage;
        return std::nullopt;
    }
    auto model = loadModelArgument(args);
    if (!model.ok()) {
        err << "tfscope: " << model.status().message() << "\n";
        return std::nullopt;
    }
    ModelAndTarget result{std::move(model).value(), target, 0};
    std::vector<std::string> tags = splitList(args.value("--tag-set", args.value("--tags")));
    if (!tags.empty()) {
        int index = result.model.findMetaGraph(tags);
        if (index < 0) {
            err << "tfscope: " << positional[0] << ": no meta graph with the tags given\n";
            return std::nullopt;
        }
        result.metaGraph = size_t(index);
    }
    return result;
}

}  // namespace tfs::batch
