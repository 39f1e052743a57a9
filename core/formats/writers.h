#pragma once
// Writers for every format tfscope reads: all atomic (temp + rename), and all
// refuse to overwrite an input file.

#include <string>
#include <vector>

#include "core/model/model.h"
#include "core/util/status.h"

namespace tfs {

enum class ProtoEncoding { Binary, Text };

Status writeGraphDef(const std::string& path, const tensorflow::GraphDef& graph, ProtoEncoding encoding,
                     const std::vector<std::string>& inputs = {});
Status writeMetaGraphDef(const std::string& path, const tensorflow::MetaGraphDef& meta, ProtoEncoding encoding,
                         const std::vector<std::string>& inputs = {});

/// Copies every entry of a variable store into a new V2 checkpoint at `prefix`.
Status writeCheckpointFrom(const std::string& prefix, const VariableStore& store, const std::vector<std::string>& inputs = {});

/// Writes a SavedModel folder (saved_model.pb with all meta graphs, variables/ from
/// model.variables, assets copied). The folder must not exist yet; it is built
/// beside the target and renamed into place.
Status writeSavedModel(const std::string& directory, const Model& model);

/// The bytes of the file holding the graph(s) as tfscope writes this model's format:
/// saved_model.pb(txt) with every meta graph, a .meta MetaGraphDef, a text or binary
/// GraphDef (memmapped packages and anything else: a binary GraphDef).
Result<std::string> serializeGraphFile(const Model& model);

/// After an in-memory edit of the graph: flags the file that holds it as `edited` and
/// sets its bytes (and model.sizeBytes) to those of serializeGraphFile, so every size
/// report measures what would be written rather than the file that was read.
Status markGraphEdited(Model* model);

/// Every file path of a model, for the "never overwrite an input" checks.
std::vector<std::string> inputFilesOf(const Model& model);

}  // namespace tfs
