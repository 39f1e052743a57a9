#include <algorithm>

#include "core/formats/checkpoint.h"
#include "core/formats/formats.h"
#include "core/formats/graph_plausibility.h"
#include "core/formats/model_builder.h"
#include "core/formats/proto_io.h"
#include "core/util/file.h"

namespace tfs {

namespace {
bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
}  // namespace

bool matchMetaGraph(const ProbeInfo& probe) {
    if (probe.isDirectory || probe.head.empty()) return false;
    if (looksLikeText(probe.head)) {
        std::string field = firstTextField(probe.head);
        return field == "meta_info_def" || field == "graph_def" || field == "saver_def" || field == "collection_def" ||
               field == "signature_def" || field == "asset_file_def" || field == "object_graph_def";
    }
    return endsWith(probe.path, ".meta");
}

Result<tensorflow::MetaGraphDef> readMetaGraphFile(const std::string& path) {
    TFS_ASSIGN_OR_RETURN(std::string bytes, readFile(path));
    tensorflow::MetaGraphDef meta;
    if (looksLikeText(bytes.substr(0, 4096))) {
        TFS_RETURN_IF_ERROR(parseTextProto(bytes, &meta, path));
    } else {
        TFS_RETURN_IF_ERROR(parseBinaryProto(bytes, &meta, path));
        if (!plausibleMetaGraph(meta))
            return dataLoss(TFS_PHRASE("Errors", "%1: parses as protobuf but is not a plausible MetaGraphDef"), path);
    }
    return meta;
}

Model finishGraphFileModel(Model model, const std::string& path) {
    addModelFile(model, path);
    attachSiblingCheckpoint(model, path);
    matchVariables(model);
    addGraphWarnings(model);
    return model;
}

void attachSiblingCheckpoint(Model& model, const std::string& graphPath) {
    if (model.variables) return;
    std::string dir = parentPath(graphPath);
    std::vector<std::string> prefixes;
    std::string stem = graphPath;
    for (const char* ext : {".meta", ".pbtxt", ".pb", ".txt"})
        if (endsWith(stem, ext)) {
            stem.resize(stem.size() - std::string(ext).size());
            break;
        }
    prefixes.push_back(stem);
    auto state = readCheckpointState(dir);
    if (state.ok()) {
        if (!state->model_checkpoint_path().empty()) prefixes.push_back(state->model_checkpoint_path());
        for (const auto& p : state->all_model_checkpoint_paths()) model.allCheckpoints.push_back(p);
    }
    for (const auto& prefix : prefixes) {
        if (!looksLikeBundle(prefix)) continue;
        auto store = openBundle(prefix);
        if (!store.ok()) {
            model.warnings.push_back("checkpoint beside the graph could not be opened: " + store.status().message());
            continue;
        }
        model.variables = *store;
        for (const auto& f : model.variables->files()) addModelFile(model, f);
        return;
    }
}

Result<Model> loadMetaGraph(const std::string& path, const LoadOptions&, const WorkContext&) {
    TFS_ASSIGN_OR_RETURN(tensorflow::MetaGraphDef meta, readMetaGraphFile(path));
    Model model;
    model.path = path;
    model.format = ModelFormat::MetaGraph;
    model.producer = describeProducer(meta);
    model.metaGraphs.push_back(makeMetaGraph(std::move(meta)));
    return finishGraphFileModel(std::move(model), path);
}

}  // namespace tfs
