#include "core/formats/write_as.h"

#include "core/formats/memmapped.h"
#include "core/formats/writers.h"

namespace tfs {
namespace {

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

const std::vector<std::string>& writableKinds() {
    static const std::vector<std::string> kinds = {"graphdef",    "graphdef_text", "metagraph", "metagraph_text",
                                                   "saved_model", "memmapped",     "checkpoint"};
    return kinds;
}

std::string inferWriteKind(const Model& model, const std::string& out) {
    bool metaInput = model.format == ModelFormat::MetaGraph || model.format == ModelFormat::SavedModel;
    if (endsWith(out, ".pbtxt") || endsWith(out, ".txt")) return metaInput ? "metagraph_text" : "graphdef_text";
    if (endsWith(out, ".meta")) return "metagraph";
    if (endsWith(out, ".pb")) return "graphdef";
    if (model.format == ModelFormat::SavedModel) return "saved_model";
    if (model.format == ModelFormat::Checkpoint || model.format == ModelFormat::CheckpointV1) return "checkpoint";
    return "";
}

Status writeModelAs(const Model& model, const std::string& target, const std::string& kind,
                    const std::vector<std::string>& inputs, std::string* report, uint64_t minMemmappedBytes) {
    auto say = [report](const std::string& line) {
        if (report) *report = line;
    };
    const bool needsGraph = kind != "checkpoint";
    if (needsGraph && model.metaGraphs.empty())
        return invalidArgument(TFS_PHRASE("Errors", "%1: has no graph to write as %2 (a checkpoint without .meta)"), model.path,
                               kind);
    Status status;
    if (kind == "memmapped") {
        MemmappedWriteOptions options;
        options.minConversionBytes = minMemmappedBytes;
        MemmappedWriteReport r;
        status = writeMemmappedPackage(target, *model.graph(), options, &r, inputs);
        if (status.ok())
            say("converted " + std::to_string(r.converted) + " Const nodes to ImmutableConst (" +
                std::to_string(r.regionBytes) + " bytes in 64-byte-aligned regions); graph " +
                std::to_string(r.graphBytes) + " bytes; package " + std::to_string(r.fileBytes) + " bytes");
    } else if (kind == "graphdef" || kind == "graphdef_text") {
        status = writeGraphDef(target, *model.graph(), kind == "graphdef" ? ProtoEncoding::Binary : ProtoEncoding::Text, inputs);
    } else if (kind == "metagraph" || kind == "metagraph_text") {
        status = writeMetaGraphDef(target, model.metaGraphs[0].def,
                                   kind == "metagraph" ? ProtoEncoding::Binary : ProtoEncoding::Text, inputs);
    } else if (kind == "saved_model") {
        status = writeSavedModel(target, model);
    } else if (kind == "checkpoint") {
        if (!model.variables)
            return invalidArgument(TFS_PHRASE("Errors", "%1: has no variables to write as a checkpoint"), model.path);
        status = writeCheckpointFrom(target, *model.variables, inputs);
    } else {
        if (kind.empty()) return invalidArgument(TFS_PHRASE("Errors", "cannot tell what to write to '%1'"), target);
        return invalidArgument(TFS_PHRASE("Errors", "cannot tell what to write to '%1' (unknown kind '%2')"), target, kind);
    }
    if (status.ok() && report && report->empty()) say("wrote " + target + " (" + kind + ")");
    return status;
}

}  // namespace tfs
