#include <ostream>

#include "core/batch/args.h"
#include "core/batch/model_arg.h"
#include "core/batch/batch.h"
#include "core/batch/command_fns.h"
#include "core/formats/loader.h"
#include "core/formats/writers.h"
#include "core/model/tensor_lookup.h"
#include "core/util/npy.h"

namespace tfs::batch {

int runExportTensor(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    auto args = Args::parse(argv, {}, {"--tag-set"});
    const char* usage =
        "usage: tfscope --batch export-tensor MODEL NAME OUT.npy\n"
        "NAME is a Const node, a variable name or a checkpoint key.\n";
    if (auto stop = helpOrUsageError(args, "export-tensor", 3, usage, out, err)) return *stop;
    auto model = loadModelArgument(*args);
    if (!model.ok()) {
        err << "tfscope: " << model.status().message() << "\n";
        return kExitError;
    }
    auto tensor = readNamedTensor(*model, args->positional()[1]);
    if (!tensor.ok()) {
        err << "tfscope: " << tensor.status().message() << "\n";
        return kExitError;
    }
    Status s = writeNpy(args->positional()[2], *tensor, inputFilesOf(*model));
    if (!s.ok()) {
        err << "tfscope: " << s.message() << "\n";
        return kExitError;
    }
    out << "wrote " << args->positional()[2] << ": " << tensor->describe() << "\n";
    return kExitOk;
}

}  // namespace tfs::batch
