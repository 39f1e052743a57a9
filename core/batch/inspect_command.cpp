#include <ostream>

#include "core/batch/args.h"
#include "core/batch/model_arg.h"
#include "core/batch/batch.h"
#include "core/batch/command_fns.h"
#include "core/batch/inspect_report.h"
#include "core/formats/loader.h"

namespace tfs::batch {

int runInspect(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    auto args = Args::parse(argv, {"--json"}, {"--tag-set", "--tags"});
    const char* usage =
        "usage: tfscope --batch inspect PATH [--tag-set serve,gpu] [--json]\n"
        "Summarises a GraphDef (.pb/.pbtxt), MetaGraphDef (.meta), SavedModel folder or checkpoint:\n"
        "inputs, outputs, signatures, variables, parameters, op histogram and sizes.\n";
    if (auto stop = helpOrUsageError(args, "inspect", 1, usage, out, err)) return *stop;
    auto model = loadModelArgument(*args);
    if (!model.ok()) {
        err << "tfscope: " << model.status().message() << "\n";
        return kExitError;
    }
    if (args->has("--json")) out << inspectJson(*model).dump(2) << "\n";
    else out << inspectText(*model);
    return kExitOk;
}

}  // namespace tfs::batch
