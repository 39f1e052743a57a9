#include "core/model/model.h"

#include <algorithm>

namespace tfs {

const char* formatName(ModelFormat format) {
    switch (format) {
    case ModelFormat::GraphDef: return "graphdef";
    case ModelFormat::GraphDefText: return "graphdef_text";
    case ModelFormat::MetaGraph: return "metagraph";
    case ModelFormat::SavedModel: return "saved_model";
    case ModelFormat::Checkpoint: return "checkpoint";
    case ModelFormat::CheckpointV1: return "checkpoint_v1";
    case ModelFormat::Memmapped: return "memmapped";
    }
    return "unknown";
}

int Model::findMetaGraph(const std::vector<std::string>& tags) const {
    std::vector<std::string> wanted = tags;
    std::sort(wanted.begin(), wanted.end());
    for (size_t i = 0; i < metaGraphs.size(); ++i) {
        std::vector<std::string> have = metaGraphs[i].tags;
        std::sort(have.begin(), have.end());
        if (have == wanted) return int(i);
    }
    return -1;
}

const Signature* chooseSignature(const MetaGraph& metaGraph, const std::string& key) {
    const auto& sigs = metaGraph.signatures;
    if (!key.empty()) {
        for (const auto& s : sigs)
            if (s.key == key) return &s;
        return nullptr;
    }
    for (const auto& s : sigs)
        if (s.key == "serving_default") return &s;
    // Only signatures that compute something are useful defaults.
    const Signature* only = nullptr;
    int count = 0;
    for (const auto& s : sigs)
        if (!s.outputs.empty() && s.key != "__saved_model_init_op") {
            only = &s;
            ++count;
        }
    return count == 1 ? only : nullptr;
}

const Signature* chooseSignature(const Model& model, const std::string& key, size_t metaGraph) {
    if (metaGraph >= model.metaGraphs.size()) return nullptr;
    return chooseSignature(model.metaGraphs[metaGraph], key);
}

}  // namespace tfs
