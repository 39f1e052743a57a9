#include "core/formats/writers.h"

#include <cstdio>
#include <filesystem>
#include <random>

#include "core/formats/checkpoint.h"
#include "core/formats/proto_io.h"
#include "core/util/file.h"
#include "tensorflow/saved_model.pb.h"

namespace tfs {

namespace fs = std::filesystem;

namespace {
Status writeMessage(const std::string& path, const google::protobuf::Message& message, ProtoEncoding encoding,
                    const std::vector<std::string>& inputs) {
    if (encoding == ProtoEncoding::Text) return writeFileAtomic(path, serializeText(message), inputs);
    TFS_ASSIGN_OR_RETURN(std::string bytes, serializeBinary(message));
    return writeFileAtomic(path, bytes, inputs);
}
bool hasSuffix(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

tensorflow::SavedModel savedModelProto(const Model& model) {
    tensorflow::SavedModel saved;
    saved.set_saved_model_schema_version(1);
    for (const auto& mg : model.metaGraphs) *saved.add_meta_graphs() = mg.def;
    return saved;
}

// Index of the entry of model.files that holds the graph, or -1 (lone checkpoints, in-memory models).
int graphFileIndex(const Model& model) {
    for (size_t i = 0; i < model.files.size(); ++i) {
        const ModelFile& f = model.files[i];
        if (f.edited) return int(i);
        const std::string base = baseName(f.path);
        if (model.format == ModelFormat::SavedModel) {
            if (base == "saved_model.pb" || base == "saved_model.pbtxt") return int(i);
        } else if (f.path == model.path || hasSuffix(f.path, ".meta")) {
            return int(i);
        }
    }
    return -1;
}

}  // namespace

Result<std::string> serializeGraphFile(const Model& model) {
    if (model.metaGraphs.empty()) return invalidArgument(TFS_PHRASE("Errors", "%1: has no graph to serialize"), model.path);
    const int index = graphFileIndex(model);
    const bool text = model.format == ModelFormat::GraphDefText ||
                      (index >= 0 && hasSuffix(model.files[size_t(index)].path, ".pbtxt"));
    const auto encode = [text](const google::protobuf::Message& m) -> Result<std::string> {
        if (text) return serializeText(m);
        return serializeBinary(m);
    };
    switch (model.format) {
    case ModelFormat::SavedModel: return encode(savedModelProto(model));
    case ModelFormat::MetaGraph:
    case ModelFormat::Checkpoint:
    case ModelFormat::CheckpointV1: return encode(model.metaGraphs[0].def);
    case ModelFormat::GraphDefText: return serializeText(model.metaGraphs[0].def.graph_def());
    default: return serializeBinary(model.metaGraphs[0].def.graph_def());
    }
}

Status markGraphEdited(Model* model) {
    const int index = graphFileIndex(*model);
    ModelFile* file = index >= 0 ? &model->files[size_t(index)] : nullptr;
    if (!file) {
        if (!model->files.empty() || model->metaGraphs.empty()) return okStatus();
        // A model built in memory: its one file is the graph it would be written as.
        model->files.push_back({"<in-memory graph>", 0, true});
        file = &model->files.back();
    }
    TFS_ASSIGN_OR_RETURN(std::string bytes, serializeGraphFile(*model));
    file->edited = true;
    file->bytes = bytes.size();
    model->sizeBytes = 0;
    for (const auto& f : model->files) model->sizeBytes += f.bytes;
    return okStatus();
}

Status writeGraphDef(const std::string& path, const tensorflow::GraphDef& graph, ProtoEncoding encoding,
                     const std::vector<std::string>& inputs) {
    return writeMessage(path, graph, encoding, inputs);
}

Status writeMetaGraphDef(const std::string& path, const tensorflow::MetaGraphDef& meta, ProtoEncoding encoding,
                         const std::vector<std::string>& inputs) {
    return writeMessage(path, meta, encoding, inputs);
}

Status writeCheckpointFrom(const std::string& prefix, const VariableStore& store, const std::vector<std::string>& inputs) {
    std::vector<std::pair<std::string, Tensor>> tensors;
    for (const auto& entry : store.entries()) {
        auto value = store.read(entry.key);
        if (!value.ok()) return value.status();
        tensors.emplace_back(entry.key, std::move(*value));
    }
    return writeBundle(prefix, tensors, inputs);
}

std::vector<std::string> inputFilesOf(const Model& model) {
    std::vector<std::string> files;
    for (const auto& f : model.files) files.push_back(f.path);
    files.push_back(model.path);
    return files;
}

Status writeSavedModel(const std::string& directory, const Model& model) {
    std::error_code ec;
    if (fs::exists(directory, ec))
        return invalidArgument(TFS_PHRASE("Errors", "%1: already exists; tfscope writes a SavedModel only into a new folder"), directory);
    std::random_device rd;
    std::string tmp = directory + ".tmp-" + std::to_string(rd());
    fs::create_directories(fs::path(tmp) / "variables", ec);
    if (ec) return internalError(TFS_PHRASE("Errors", "%1: cannot create folder: %2"), directory, ec.message());
    auto fail = [&](Status s) {
        fs::remove_all(tmp, ec);
        return s;
    };
    auto bytes = serializeBinary(savedModelProto(model));
    if (!bytes.ok()) return fail(bytes.status());
    Status s = writeFileAtomic(joinPath(tmp, "saved_model.pb"), *bytes);
    if (!s.ok()) return fail(s);
    if (model.variables) {
        s = writeCheckpointFrom(joinPath(joinPath(tmp, "variables"), "variables"), *model.variables);
        if (!s.ok()) return fail(s);
    }
    std::string root = isDirectory(model.path) ? model.path : parentPath(model.path);
    for (const auto& asset : model.assets) {
        std::string relative = asset.rfind(root + "/", 0) == 0 ? asset.substr(root.size() + 1) : "assets/" + baseName(asset);
        fs::path target = fs::path(tmp) / relative;
        fs::create_directories(target.parent_path(), ec);
        fs::copy_file(asset, target, ec);
        if (ec) return fail(internalError(TFS_PHRASE("Errors", "%1: cannot copy asset: %2"), asset, ec.message()));
    }
    fs::rename(tmp, directory, ec);
    if (ec) return fail(internalError(TFS_PHRASE("Errors", "%1: cannot move the new SavedModel into place: %2"), directory, ec.message()));
    return okStatus();
}

}  // namespace tfs
