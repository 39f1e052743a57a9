#pragma once
// The one shape every format is mapped onto, and that views, the executor,
// transforms and batch commands read. GraphDefs stay the source of truth.

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/model/shape.h"
#include "core/model/variable_store.h"
#include "tensorflow/fingerprint.pb.h"
#include "tensorflow/meta_graph.pb.h"

namespace tfs {

enum class ModelFormat { GraphDef, GraphDefText, MetaGraph, SavedModel, Checkpoint, CheckpointV1, Memmapped };

/// "graphdef", "graphdef_text", "metagraph", "saved_model", "checkpoint", "checkpoint_v1", "memmapped".
const char* formatName(ModelFormat format);

/// One input or output of a signature (or a likely graph input/output).
struct TensorSpec {
    std::string key;         // signature key ("" for graph-level inputs/outputs)
    std::string tensorName;  // "x:0"
    DataType dtype = tensorflow::DT_INVALID;
    PartialShape shape;
};

struct Signature {
    std::string key;     // "serving_default"
    std::string method;  // "tensorflow/serving/predict"
    std::vector<TensorSpec> inputs;   // sorted by key
    std::vector<TensorSpec> outputs;  // sorted by key
};

/// A variable of the model, matched across graph and checkpoint.
struct VariableInfo {
    std::string name;           // readable: graph variable name or TF2 object path
    std::string checkpointKey;  // key in Model::variables, "" when not stored
    std::string nodeName;       // VariableV2 / VarHandleOp node, "" when none
    DataType dtype = tensorflow::DT_INVALID;
    PartialShape shape;
    uint64_t bytes = 0;
    bool optimizerSlot = false;  // optimizer state (".OPTIMIZER_SLOT", Momentum, Adam/...)
    bool trainable = true;
};

struct MetaGraph {
    std::vector<std::string> tags;
    tensorflow::MetaGraphDef def;       // the graph is def.graph_def()
    std::vector<Signature> signatures;  // sorted by key
};

struct ModelFile {
    std::string path;
    uint64_t bytes = 0;
    /// The graph in memory was edited: this file's content is now serializeGraphFile(model)
    /// (core/formats/writers.h) and `bytes` its size, not what is on disk.
    bool edited = false;
};

struct Model {
    std::string path;  // what was opened (file, folder or checkpoint prefix)
    ModelFormat format = ModelFormat::GraphDef;
    std::string producer;  // "TensorFlow 2.8.0 (producer 987)" or "GraphDef producer 26"

    /// Graph formats have one MetaGraph (tags empty for plain GraphDefs); a lone checkpoint has none.
    std::vector<MetaGraph> metaGraphs;
    /// Stored variable values (checkpoint or SavedModel variables/), or null.
    std::shared_ptr<VariableStore> variables;
    /// Variables, matched between graph nodes and checkpoint keys.
    std::vector<VariableInfo> variableInfos;
    /// Asset files (SavedModel assets/ and assets.extra/).
    std::vector<std::string> assets;
    std::optional<tensorflow::FingerprintDef> fingerprint;
    /// Every file read, with sizes; sizeBytes is their total.
    std::vector<ModelFile> files;
    uint64_t sizeBytes = 0;
    /// Non-fatal problems found while loading (dangling inputs, unknown ops, ...).
    std::vector<std::string> warnings;
    /// Checkpoint state file contents, when one was found: all listed checkpoints.
    std::vector<std::string> allCheckpoints;

    const tensorflow::GraphDef* graph(size_t metaGraph = 0) const {
        return metaGraph < metaGraphs.size() ? &metaGraphs[metaGraph].def.graph_def() : nullptr;
    }
    /// Index of the meta graph with exactly these tags (order-insensitive), or -1.
    int findMetaGraph(const std::vector<std::string>& tags) const;
};

/// The signature to run, transform or show by default, chosen one way everywhere: `key` when
/// given (null when there is none by that key); otherwise serving_default; otherwise the only
/// signature that computes outputs (the SavedModel init op does not count); else null.
const Signature* chooseSignature(const MetaGraph& metaGraph, const std::string& key = "");
/// The same for one meta graph of a model (null when the model has no such meta graph).
const Signature* chooseSignature(const Model& model, const std::string& key = "", size_t metaGraph = 0);

}  // namespace tfs
