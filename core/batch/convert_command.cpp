#include <ostream>

#include "core/batch/args.h"
#include "core/batch/batch.h"
#include "core/batch/command_fns.h"
#include "core/formats/loader.h"
#include "core/formats/memmapped.h"
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

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string inferKind(const Model& model, const std::string& out) {
    bool metaInput = model.format == ModelFormat::MetaGraph || model.format == ModelFormat::SavedModel;
    if (endsWith(out, ".pbtxt") || endsWith(out, ".txt")) return metaInput ? "metagraph_text" : "graphdef_text";
    if (endsWith(out, ".meta")) return "metagraph";
    if (endsWith(out, ".pb")) return "graphdef";
    if (model.format == ModelFormat::SavedModel) return "saved_model";
    if (model.format == ModelFormat::Checkpoint || model.format == ModelFormat::CheckpointV1) return "checkpoint";
    return "";
}

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
    std::string kind = args->value("--to", inferKind(*model, target));
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
    Status status;
    if (kind == "memmapped") {
        if (model->metaGraphs.empty()) {
            err << "tfscope: " << in << ": has no graph to write as a memmapped package\n";
            return kExitError;
        }
        auto minBytes = args->intValue("--min_conversion_tensor_size", 10000);
        if (!minBytes.ok() || *minBytes < 0) {
            err << "convert: --min_conversion_tensor_size expects a byte count >= 0\n";
            return kExitError;
        }
        MemmappedWriteOptions options;
        options.minConversionBytes = uint64_t(*minBytes);
        MemmappedWriteReport report;
        status = writeMemmappedPackage(target, *model->graph(), options, &report, inputs);
        if (status.ok())
            out << "converted " << report.converted << " Const nodes to ImmutableConst (" << report.regionBytes
                << " bytes in 64-byte-aligned regions); graph " << report.graphBytes << " bytes; package "
                << report.fileBytes << " bytes\n";
    } else if (kind == "graphdef" || kind == "graphdef_text") {
        if (model->metaGraphs.empty()) {
            err << "tfscope: " << in << ": has no graph to write (a checkpoint without .meta)\n";
            return kExitError;
        }
        status = writeGraphDef(target, *model->graph(), kind == "graphdef" ? ProtoEncoding::Binary : ProtoEncoding::Text, inputs);
    } else if (kind == "metagraph" || kind == "metagraph_text") {
        if (model->metaGraphs.empty()) {
            err << "tfscope: " << in << ": has no graph to write (a checkpoint without .meta)\n";
            return kExitError;
        }
        status = writeMetaGraphDef(target, model->metaGraphs[0].def,
                                   kind == "metagraph" ? ProtoEncoding::Binary : ProtoEncoding::Text, inputs);
    } else if (kind == "saved_model") {
        if (model->metaGraphs.empty()) {
            err << "tfscope: " << in << ": has no graph to write as a SavedModel\n";
            return kExitError;
        }
        status = writeSavedModel(target, *model);
    } else if (kind == "checkpoint") {
        if (!model->variables) {
            err << "tfscope: " << in << ": has no variables to write as a checkpoint\n";
            return kExitError;
        }
        status = writeCheckpointFrom(target, *model->variables, inputs);
    } else {
        err << "tfscope: cannot tell what to write to '" << target << "'" << (kind.empty() ? "" : " (unknown kind '" + kind + "')")
            << "; pass --to\n" << kConvertUsage;
        return kExitError;
    }
    if (!status.ok()) {
        err << "tfscope: " << status.message() << "\n";
        return kExitError;
    }
    out << "wrote " << target << " (" << kind << ")\n";
    return kExitOk;
}

}  // namespace tfs::batch
