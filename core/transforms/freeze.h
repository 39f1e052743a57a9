#pragma once
// Freezing: variables become constants read from the model's checkpoint,
// TF2 call graphs are inlined, and only what the outputs need is kept
// (training, initialisation and save/restore subgraphs fall away).

#include <string>
#include <vector>

#include "core/model/model.h"
#include "core/transforms/runner.h"

namespace tfs::transforms {

struct FreezeOptions {
    std::vector<std::string> outputs;  // tensor or node names; empty = the signature's outputs
    std::string signature;             // empty = serving_default or the only signature
    size_t metaGraph = 0;
};

/// What freezing did, for the batch log.
struct FreezeReport {
    int inlinedCalls = 0;
    int variablesFrozen = 0;
    uint64_t frozenBytes = 0;
    std::vector<std::string> checkpointKeys;  // checkpoint keys of the variables frozen, sorted
    std::vector<std::string> inputs;   // the signature's inputs (kept as placeholders)
    std::vector<std::string> outputs;  // what the frozen graph computes
    std::vector<Phrase> notes;
};

/// Freezes one meta graph of a loaded model into a self-contained GraphDef.
Result<tensorflow::GraphDef> freezeModel(const Model& model, const FreezeOptions& options, FreezeReport* report = nullptr);

}  // namespace tfs::transforms
