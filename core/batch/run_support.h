#pragma once
// Helpers shared by the `run` and `bench` batch commands (defined in run_command.cpp).

#include <map>
#include <string>

#include "core/batch/args.h"
#include "core/model/model.h"
#include "core/model/shape.h"
#include "core/util/status.h"

namespace tfs::batch {

/// Loads the model named by the first positional argument for running: --tag-set,
/// and --checkpoint variables for GraphDefs.
Result<Model> loadModelForRun(const Args& args);
/// Parses the --shape NAME=d0,d1,... flags into per-input shapes.
Result<std::map<std::string, Dims>> shapeOverrides(const Args& args);

}  // namespace tfs::batch
