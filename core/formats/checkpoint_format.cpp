#include "core/formats/checkpoint.h"
#include "core/formats/formats.h"
#include "core/formats/model_builder.h"
#include "core/util/file.h"

namespace tfs {

namespace {

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Turns what the user opened (prefix, .index, .data-*, folder) into a bundle prefix, or "".
std::string resolvePrefix(const std::string& path, Model* model) {
    if (isDirectory(path)) {
        auto state = readCheckpointState(path);
        if (state.ok()) {
            if (model)
                for (const auto& p : state->all_model_checkpoint_paths()) model->allCheckpoints.push_back(p);
            if (looksLikeBundle(state->model_checkpoint_path())) return state->model_checkpoint_path();
        }
        auto entries = listDirectory(path);
        if (!entries.ok()) return "";
        for (const auto& e : *entries)
            if (endsWith(e, ".index")) {
                std::string prefix = joinPath(path, e.substr(0, e.size() - 6));
                if (looksLikeBundle(prefix)) return prefix;
            }
        return "";
    }
    if (endsWith(path, ".index")) return path.substr(0, path.size() - 6);
    auto data = path.find(".data-");
    if (data != std::string::npos && path.find("-of-", data) != std::string::npos) return path.substr(0, data);
    if (looksLikeBundle(path)) return path;
    return "";
}

}  // namespace

std::string bundlePrefixOfFile(const std::string& path) {
    if (isDirectory(path)) return "";
    if (endsWith(path, ".meta")) {
        std::string stem = path.substr(0, path.size() - 5);
        return looksLikeBundle(stem) ? stem : "";
    }
    std::string prefix = resolvePrefix(path, nullptr);
    return prefix != path && looksLikeBundle(prefix) ? prefix : "";
}

bool matchCheckpointV2(const ProbeInfo& probe) {
    std::string prefix = resolvePrefix(probe.path, nullptr);
    return !prefix.empty() && isRegularFile(prefix + ".index");
}

Result<Model> loadCheckpointV2(const std::string& path, const LoadOptions&, const WorkContext& work) {
    Model model;
    std::string prefix = resolvePrefix(path, &model);
    if (prefix.empty()) return notFound(TFS_PHRASE("Errors", "%1: no checkpoint index found"), path);
    model.path = path;
    model.format = ModelFormat::Checkpoint;
    work.report(0.2, TFS_PHRASE("Progress", "Reading checkpoint index %1"), {prefix + ".index"});
    TFS_ASSIGN_OR_RETURN(model.variables, openBundle(prefix));
    for (const auto& f : model.variables->files()) addModelFile(model, f);
    // A checkpoint with its .meta opens as graph + variables.
    if (isRegularFile(prefix + ".meta")) {
        auto meta = readMetaGraphFile(prefix + ".meta");
        if (meta.ok()) {
            model.producer = describeProducer(*meta);
            model.metaGraphs.push_back(makeMetaGraph(std::move(*meta)));
            addModelFile(model, prefix + ".meta");
        } else {
            model.warnings.push_back(meta.status().message());
        }
    }
    matchVariables(model);
    addGraphWarnings(model);
    return model;
}

namespace {
// A V1 checkpoint file itself, or the one a folder's `checkpoint` state file names.
std::string resolveV1(const std::string& path, Model* model) {
    if (!isDirectory(path)) return looksLikeCheckpointV1(path) ? path : "";
    auto state = readCheckpointState(path);
    if (!state.ok()) return "";
    if (model)
        for (const auto& p : state->all_model_checkpoint_paths()) model->allCheckpoints.push_back(p);
    return looksLikeCheckpointV1(state->model_checkpoint_path()) ? state->model_checkpoint_path() : "";
}
}  // namespace

bool matchCheckpointV1(const ProbeInfo& probe) { return !resolveV1(probe.path, nullptr).empty(); }

Result<Model> loadCheckpointV1(const std::string& path, const LoadOptions&, const WorkContext&) {
    Model model;
    std::string file = resolveV1(path, &model);
    if (file.empty()) return notFound(TFS_PHRASE("Errors", "%1: no V1 checkpoint found"), path);
    model.path = path;
    model.format = ModelFormat::CheckpointV1;
    TFS_ASSIGN_OR_RETURN(model.variables, openCheckpointV1(file));
    addModelFile(model, file);
    std::string meta = file + ".meta";
    if (isRegularFile(meta)) {
        auto def = readMetaGraphFile(meta);
        if (def.ok()) {
            model.producer = describeProducer(*def);
            model.metaGraphs.push_back(makeMetaGraph(std::move(*def)));
            addModelFile(model, meta);
        }
    }
    matchVariables(model);
    addGraphWarnings(model);
    return model;
}

}  // namespace tfs
