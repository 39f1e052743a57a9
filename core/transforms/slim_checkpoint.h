#pragma once
// Checkpoint slimming: write a V2 checkpoint holding only the variables an
// inference graph reads (from --outputs or a signature), without optimizer
// slots, global_step or unused variables, optionally stored as float16.

#include <cstdint>
#include <string>
#include <vector>

#include "core/model/model.h"
#include "core/util/status.h"

namespace tfs::transforms {

struct SlimOptions {
    std::vector<std::string> outputs;  // tensor or node names; empty = the signature's outputs
    std::string signature;             // empty = serving_default or the only signature
    size_t metaGraph = 0;
    bool float16 = false;  // store float32 variables as float16 (halves them; TF must cast on restore)
};

/// One checkpoint entry and what happened to it.
struct SlimEntry {
    std::string key;
    std::string reason;  // dropped: "optimizer", "global_step", "unused"; kept: "" or "float16"
    DataType dtype = tensorflow::DT_INVALID;  // as written for kept entries
    Dims shape;
    uint64_t bytes = 0;  // stored bytes (as written for kept entries, so float16 ones are halved)
};

/// What slimming did, for the batch report.
struct SlimReport {
    std::vector<SlimEntry> kept;
    std::vector<SlimEntry> dropped;
    uint64_t bytesBefore = 0;  // files of the original checkpoint (index + shards)
    uint64_t bytesAfter = 0;   // files written
    std::vector<std::string> outputs;
    std::vector<std::string> files;  // written files
    std::vector<Phrase> notes;
};

/// Why a checkpoint key that the graph does not read is dropped: "optimizer" (slots such as Adam's m/v,
/// accumulators, beta powers, optimizer hyperparameters), "global_step" or "unused".
std::string dropReason(const std::string& key, const Model& model);

/// Writes the slim checkpoint to outPrefix (.index + .data-00000-of-00001); never overwrites the model's files.
Result<SlimReport> slimCheckpoint(const Model& model, const SlimOptions& options, const std::string& outPrefix);

}  // namespace tfs::transforms
