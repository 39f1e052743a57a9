// The text `checkpoint` file that tf.train.Saver / CheckpointManager keep beside checkpoints.
#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/text_format.h>

#include "core/formats/checkpoint.h"
#include "core/util/file.h"

namespace tfs {

namespace {

// A prefix "exists" when any of the files a checkpoint can consist of is there.
bool checkpointExists(const std::string& prefix) {
    return pathExists(prefix + ".index") || isRegularFile(prefix) || pathExists(prefix + ".meta");
}

// Relative paths are relative to the directory; absolute paths that no longer
// exist (the checkpoint folder was moved) fall back to the same name inside it.
std::string resolve(const std::string& directory, const std::string& path) {
    if (path.empty()) return path;
    if (path[0] != '/') return joinPath(directory, path);
    if (checkpointExists(path)) return path;
    std::string local = joinPath(directory, baseName(path));
    return checkpointExists(local) ? local : path;
}

// Keeps protobuf's parse errors for the Status instead of letting it log them.
struct CollectErrors : google::protobuf::io::ErrorCollector {
    std::string first;
    void AddError(int line, int column, const std::string& message) override {
        if (first.empty())
            first = "line " + std::to_string(line + 1) + ":" + std::to_string(column + 1) + ": " + message;
    }
    void AddWarning(int, int, const std::string&) override {}
};

}  // namespace

Result<tensorflow::CheckpointState> readCheckpointState(const std::string& directory) {
    const std::string file = joinPath(directory, "checkpoint");
    if (!isRegularFile(file)) return notFound(TFS_PHRASE("Errors", "%1: no checkpoint state file in %2"), file, directory);
    TFS_ASSIGN_OR_RETURN(std::string text, readFile(file, uint64_t(16) << 20));
    tensorflow::CheckpointState state;
    google::protobuf::TextFormat::Parser parser;
    CollectErrors errors;
    parser.RecordErrorsTo(&errors);
    parser.AllowUnknownField(true);
    if (!parser.ParseFromString(text, &state))
        return dataLoss(TFS_PHRASE("Errors", "%1: not a text CheckpointState (%2); expected lines like model_checkpoint_path: \"model.ckpt-10\""), file, errors.first);
    state.set_model_checkpoint_path(resolve(directory, state.model_checkpoint_path()));
    for (auto& p : *state.mutable_all_model_checkpoint_paths()) p = resolve(directory, p);
    return state;
}

}  // namespace tfs
