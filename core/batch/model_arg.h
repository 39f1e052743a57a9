#pragma once
// Loading the model a batch command names as its first positional argument.

#include "core/batch/args.h"
#include "core/model/model.h"
#include "core/util/status.h"

namespace tfs::batch {

/// Loads positional argument 0 with the meta graph picked by --tag-set (or --tags).
Result<Model> loadModelArgument(const Args& args);

}  // namespace tfs::batch
