#pragma once
// Writing a loaded (or edited) model in any kind tfscope writes, chosen by name:
// the one dispatch behind `--batch convert` and the window's Save As.

#include <string>
#include <vector>

#include "core/model/model.h"
#include "core/util/status.h"

namespace tfs {

/// The kinds writeModelAs accepts, in menu order: graphdef, graphdef_text, metagraph,
/// metagraph_text, saved_model, memmapped, checkpoint.
const std::vector<std::string>& writableKinds();

/// The kind a target path implies for this model ("" when it cannot be told).
std::string inferWriteKind(const Model& model, const std::string& path);

/// Writes `model` to `path` as `kind`, atomically; refuses to overwrite any of `protectedInputs`.
/// `report` (optional) receives one line about what was written.
Status writeModelAs(const Model& model, const std::string& path, const std::string& kind,
                    const std::vector<std::string>& protectedInputs, std::string* report = nullptr,
                    uint64_t minMemmappedBytes = 10000);

}  // namespace tfs
