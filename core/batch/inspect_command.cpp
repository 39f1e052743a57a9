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
    if (!args.ok()) {
        err << "inspect: " << args.status().message() << "\nusage: tfscope --batch inspect PATH [--tag-set TAGS] [--json]\n";
        return kExitError;
    }
    if (args->has("--help") || args->positional().size() != 1) {
        (args->has("--help") ? out : err) << "usage: tfscope --batch inspect PATH [--tag-set serve,gpu] [--json]\n"
               "Summarises a GraphDef (.pb/.pbtxt), MetaGraphDef (.meta), SavedModel folder or checkpoint:\n"
               "inputs, outputs, signatures, variables, parameters, op histogram and sizes.\n";
        return args->has("--help") ? kExitOk : kExitError;
    }
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
