#pragma once
// Applying passes to a loaded model: the graph of a GraphDef or of one
// SavedModel / MetaGraph meta graph, with signatures kept and remapped when
// passes rename nodes, and default inputs/outputs taken from a signature.

#include <string>
#include <vector>

#include "core/model/model.h"
#include "core/transforms/pass_step.h"
#include "core/transforms/runner.h"

namespace tfs::transforms {

struct ModelTransformOptions {
    std::vector<std::string> inputs;   // tensor or node names; empty = from the signature
    std::vector<std::string> outputs;  // empty = from the signature
    std::string signature;             // signature key; empty = serving_default or the only one
    size_t metaGraph = 0;              // which meta graph to transform
    bool functionBodies = true;        // also run body-safe passes on the function library (TF2 bodies)
};

/// Resolves inputs/outputs (from the signature when empty); error when a named key is missing.
Status resolveEndpoints(const Model& model, ModelTransformOptions* options);

/// What one pass did to a model (see transformModelStep).
struct ModelStep {
    std::vector<PassLogEntry> log;               // the pass, then "function bodies: ..." when it ran there
    GraphChanges changes;                        // nodes of the transformed (main) graph
    std::vector<std::string> changedFunctions;   // library functions whose body the pass rewrote
    std::map<std::string, std::string> renames;  // this pass only: old node name -> new
    ModelTransformOptions options;               // resolved endpoints after the pass: give them to the next step
};

/// Applies one pass to the chosen meta graph of `model` in place: the graph, then (with
/// functionBodies) the bodies of library functions; signatures follow renames and the graph
/// file's size becomes that of the edited graph (markGraphEdited). On error `model` is unchanged.
Status transformModelStep(Model* model, const TransformSpec& spec, const ModelTransformOptions& options,
                          ModelStep* step, const WorkContext& work = {});

/// Transforms the chosen meta graph in place and remaps its signatures; with functionBodies,
/// node-level passes also rewrite the bodies of library functions (see function_bodies.h).
Status transformModel(Model* model, const std::vector<TransformSpec>& specs, const ModelTransformOptions& options,
                      TransformLog* log, const WorkContext& work = {});

/// Rewrites signature tensor names (in both Model::signatures and the MetaGraphDef) after node renames.
void remapSignatures(MetaGraph* metaGraph, const std::map<std::string, std::string>& renames);

}  // namespace tfs::transforms
