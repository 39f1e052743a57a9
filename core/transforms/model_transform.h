#pragma once
// Applying passes to a loaded model: the graph of a GraphDef or of one
// SavedModel / MetaGraph meta graph, with signatures kept and remapped when
// passes rename nodes, and default inputs/outputs taken from a signature.

#include <string>
#include <vector>

#include "core/model/model.h"
#include "core/transforms/runner.h"

namespace tfs::transforms {

struct ModelTransformOptions {
    std::vector<std::string> inputs;   // tensor or node names; empty = from the signature
    std::vector<std::string> outputs;  // empty = from the signature
    std::string signature;             // signature key; empty = serving_default or the only one
    size_t metaGraph = 0;              // which meta graph to transform
    bool functionBodies = true;        // also run body-safe passes on the function library (TF2 bodies)
};

/// The signature that supplies default inputs/outputs, or nullptr when there is none.
const Signature* pickSignature(const MetaGraph& metaGraph, const std::string& key);

/// Resolves inputs/outputs (from the signature when empty); error when a named key is missing.
Status resolveEndpoints(const Model& model, ModelTransformOptions* options);

/// Transforms the chosen meta graph in place and remaps its signatures; with functionBodies,
/// node-level passes also rewrite the bodies of library functions (see function_bodies.h).
Status transformModel(Model* model, const std::vector<TransformSpec>& specs, const ModelTransformOptions& options,
                      TransformLog* log, const WorkContext& work = {});

/// Rewrites signature tensor names (in both Model::signatures and the MetaGraphDef) after node renames.
void remapSignatures(MetaGraph* metaGraph, const std::map<std::string, std::string>& renames);

}  // namespace tfs::transforms
