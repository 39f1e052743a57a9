#include "core/batch/model_arg.h"

#include "core/formats/loader.h"

namespace tfs::batch {

Result<Model> loadModelArgument(const Args& args) {
    if (args.positional().empty()) return invalidArgument("no model path given");
    LoadOptions options;
    options.tags = splitList(args.value("--tag-set", args.value("--tags")));
    return loadModel(args.positional()[0], options);
}

}  // namespace tfs::batch
