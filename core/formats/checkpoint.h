#pragma once
// Checkpoint storage: V2 tensor bundles (prefix.index + prefix.data-*-of-*),
// V1 SavedTensorSlices files, and the `checkpoint` state file.

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/model/variable_store.h"
#include "core/util/status.h"
#include "tensorflow/checkpoint_state.pb.h"

namespace tfs {

/// Opens a V2 bundle by prefix ("dir/model.ckpt-1000" or "dir/variables/variables").
/// Reads the index only; shards are memory-mapped and values crc-checked on first read.
Result<std::shared_ptr<VariableStore>> openBundle(const std::string& prefix);

/// True when `prefix.index` exists and starts like a bundle index (cheap check).
bool looksLikeBundle(const std::string& prefix);

/// The bundle prefix a file of a checkpoint belongs to: "dir/model.ckpt" for dir/model.ckpt.index,
/// .data-00000-of-00001, or a .meta beside a bundle; "" for any other path.
std::string bundlePrefixOfFile(const std::string& path);

/// Opens a V1 checkpoint (a single table of SavedTensorSlices records).
Result<std::shared_ptr<VariableStore>> openCheckpointV1(const std::string& path);

/// True when the file is a table whose first record is a SavedTensorSlices meta (cheap check).
bool looksLikeCheckpointV1(const std::string& path);

/// Writes a V2 bundle (one shard) readable by TensorFlow: same table layout,
/// masked crc32c per entry, header entry. Atomic per file; refuses to overwrite inputs.
Status writeBundle(const std::string& prefix, const std::vector<std::pair<std::string, Tensor>>& tensors,
                   const std::vector<std::string>& inputs = {});

/// Parses the text `checkpoint` state file in a directory; relative paths are resolved against it.
Result<tensorflow::CheckpointState> readCheckpointState(const std::string& directory);

}  // namespace tfs
