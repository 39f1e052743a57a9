#include "core/formats/loader.h"

#include <algorithm>
#include <fstream>

#include "core/formats/formats.h"
#include "core/util/file.h"

namespace tfs {

const std::vector<FormatLoader>& formatLoaders() {
    static const std::vector<FormatLoader> loaders = {
        {"saved_model", matchSavedModel, loadSavedModel},
        {"tflite", matchTflite, loadTflite},
        {"checkpoint", matchCheckpointV2, loadCheckpointV2},
        {"checkpoint_v1", matchCheckpointV1, loadCheckpointV1},
        {"memmapped", matchMemmapped, loadMemmapped},
        {"metagraph", matchMetaGraph, loadMetaGraph},
        {"graphdef", matchGraphDef, loadGraphDef},
    };
    return loaders;
}

namespace {

std::string readHead(const std::string& path, size_t bytes) {
    std::ifstream in(path, std::ios::binary);
    std::string head(bytes, '\0');
    in.read(head.data(), std::streamsize(bytes));
    head.resize(size_t(in.gcount()));
    return head;
}

}  // namespace

Result<Model> loadModel(const std::string& rawPath, const LoadOptions& options, const WorkContext& work) {
    std::string path = rawPath;
    while (path.size() > 1 && path.back() == '/') path.pop_back();
    ProbeInfo probe;
    probe.path = path;
    if (isDirectory(path)) {
        probe.isDirectory = true;
        auto entries = listDirectory(path);
        if (!entries.ok()) return entries.status();
        probe.entries = *entries;
    } else if (isRegularFile(path)) {
        auto size = fileSize(path);
        if (!size.ok()) return size.status();
        probe.size = *size;
        if (probe.size == 0) return invalidArgument(TFS_PHRASE("Errors", "%1: the file is empty"), path);
        probe.head = readHead(path, 4096);
    } else if (!pathExists(path) && !pathExists(path + ".index")) {
        return notFound(TFS_PHRASE("Errors", "%1: no such file, folder or checkpoint prefix"), path);
    }
    work.report(0.0, TFS_PHRASE("Progress", "Detecting the format of %1"), {path});
    for (const auto& loader : formatLoaders()) {
        if (!loader.match(probe)) continue;
        if (work.cancelled()) return cancelled();
        auto model = loader.load(path, options, work);
        if (!model.ok()) return model.status();
        if (model->path.empty()) model->path = path;
        work.report(1.0, TFS_PHRASE("Progress", "Loaded %1"), {path});
        return model;
    }
    if (probe.isDirectory) {
        // A folder holding exactly one model-like file opens that file.
        std::vector<std::string> candidates;
        for (const auto& e : probe.entries)
            for (const char* ext : {".pb", ".pbtxt", ".meta", ".tflite"}) {
                std::string x = ext;
                if (e.size() > x.size() && e.compare(e.size() - x.size(), x.size(), x) == 0 && isRegularFile(path + "/" + e))
                    candidates.push_back(path + "/" + e);
            }
        if (candidates.size() == 1) return loadModel(candidates[0], options, work);
        // A TF Serving base folder with one numbered version that is not a SavedModel
        // (a TFLite export, say): report what that version holds.
        if (candidates.empty() && probe.entries.size() == 1) {
            const std::string& only = probe.entries[0];
            if (!only.empty() && only.find_first_not_of("0123456789") == std::string::npos && isDirectory(path + "/" + only))
                return loadModel(path + "/" + only, options, work);
        }
        return notFound(TFS_PHRASE("Errors", "%1: no model found in this folder (expected saved_model.pb or .pbtxt, numbered SavedModel versions, a checkpoint with a `checkpoint` file or .index, or a .pb/.pbtxt/.meta file)"), path);
    }
    return invalidArgument(TFS_PHRASE("Errors", "%1: not a TensorFlow model tfscope recognises (tried SavedModel, TFLite, checkpoint V2/V1, MetaGraphDef and GraphDef, binary and text)"), path);
}

}  // namespace tfs
