#include <algorithm>
#include <ostream>

#include "core/batch/args.h"
#include "core/batch/batch.h"
#include "core/batch/command_fns.h"
#include "core/formats/loader.h"
#include "core/formats/memmapped.h"
#include "core/formats/write_as.h"
#include "core/formats/writers.h"

namespace tfs::batch {

namespace {

const char* kConvertUsage =
    "usage: tfscope --batch convert IN OUT [--to KIND] [--tag-set TAGS] [--min_conversion_tensor_size BYTES]\n"
    "KIND: graphdef | graphdef_text | metagraph | metagraph_text | saved_model | checkpoint | memmapped\n"
    "Without --to the kind follows OUT: .pb -> graphdef, .pbtxt/.txt -> text of the input's kind\n"
    "(GraphDef for graphs, MetaGraphDef for .meta and SavedModels), .meta -> metagraph,\n"
    "a SavedModel input with an OUT without extension -> saved_model, a checkpoint -> checkpoint.\n"
    "Examples:\n"
    "  tfscope --batch convert model.pb model.pbtxt\n"
    "  tfscope --batch convert saved_model_dir serve.meta --tag-set serve\n"
    "  tfscope --batch convert frozen.pb frozen_memmapped.pb --to memmapped   (TF's convert_graphdef_memmapped_format;\n"
    "      constants of >= --min_conversion_tensor_size bytes, default 10000, move to 64-byte-aligned regions)\n"
    "A memmapped package as IN is converted with its ImmutableConst regions turned back into Const nodes.\n";

}  // namespace

int runConvert(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    auto args = Args::parse(argv, {}, {"--to", "--tag-set", "--tags", "--min_conversion_tensor_size"});
    if (!args.ok() || args->has("--help") || args->positional().size() != 2) {
        if (!args.ok()) err << "convert: " << args.status().message() << "\n";
        (args.ok() && args->has("--help") ? out : err) << kConvertUsage;
        return args.ok() && args->has("--help") ? kExitOk : kExitError;
    }
    const std::string& in = args->positional()[0];
    const std::string& target = args->positional()[1];
    LoadOptions options;
    options.tags = splitList(args->value("--tag-set", args->value("--tags")));
    auto model = loadModel(in, options);
    if (!model.ok()) {
        err << "tfscope: " << model.status().message() << "\n";
        return kExitError;
    }
    std::string kind = args->value("--to", inferWriteKind(*model, target));
    std::vector<std::string> inputs = inputFilesOf(*model);
    if (model->format == ModelFormat::Memmapped) {
        // Region-backed ImmutableConsts become ordinary Consts in whatever is written.
        auto package = MemmappedPackage::open(in);
        Status s = package.ok() ? materializeImmutableConsts(model->metaGraphs[0].def.mutable_graph_def(), **package)
                                : package.status();
        if (!s.ok()) {
            err << "tfscope: " << s.message() << "\n";
            return kExitError;
        }
    }
    uint64_t minBytes = 10000;
    if (kind == "memmapped") {
        auto given = args->intValue("--min_conversion_tensor_size", 10000);
        if (!given.ok() || *given < 0) {
            err << "convert: --min_conversion_tensor_size expects a byte count >= 0\n";
            return kExitError;
        }
        minBytes = uint64_t(*given);
    }
    if (kind.empty() || std::find(writableKinds().begin(), writableKinds().end(), kind) == writableKinds().end()) {
        err << "tfscope: cannot tell what to write to '" << target << "'" << (kind.empty() ? "" : " (unknown kind '" + kind + "')")
            << "; pass --to\n" << kConvertUsage;
        return kExitError;
    }
    std::string report;
    Status status = writeModelAs(*model, target, kind, inputs, &report, minBytes);
    if (!status.ok()) {
        err << "tfscope: " << status.message() << "\n";
        return kExitError;
    }
    if (kind == "memmapped") out << report << "\n";
    out << "wrote " << target << " (" << kind << ")\n";
    return kExitOk;
}

}  // namespace tfs::batch
