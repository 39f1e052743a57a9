#include <ostream>

#include "core/batch/args.h"
#include "core/batch/batch.h"
#include "core/batch/command_fns.h"
#include "core/formats/writers.h"
#include "core/model/example_model.h"

namespace tfs::batch {

int runExample(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    auto args = Args::parse(argv, {"--text"});
    const char* usage =
        "usage: tfscope --batch example OUT.pb [--text]\n"
        "Writes the example CNN tfscope opens when started without a model.\n";
    if (auto stop = helpOrUsageError(args, "example", 1, usage, out, err)) return *stop;
    Status s = writeGraphDef(args->positional()[0], makeExampleCnn(),
                             args->has("--text") ? ProtoEncoding::Text : ProtoEncoding::Binary);
    if (!s.ok()) {
        err << "tfscope: " << s.message() << "\n";
        return kExitError;
    }
    out << "wrote " << args->positional()[0] << "\n";
    return kExitOk;
}

}  // namespace tfs::batch
