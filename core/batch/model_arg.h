#pragma once
// Loading the model a batch command names as its first positional argument.

#include <iosfwd>
#include <optional>
#include <string>

#include "core/batch/args.h"
#include "core/model/model.h"
#include "core/util/status.h"

namespace tfs::batch {

/// Loads positional argument 0 with the meta graph picked by --tag-set (or --tags).
Result<Model> loadModelArgument(const Args& args);

/// A model to rewrite and where to write the result, for commands taking "PATH --out OUT"
/// (or "PATH OUT"); metaGraph is the one --tag-set picks (0 without it).
struct ModelAndTarget {
    Model model;
    std::string target;
    size_t metaGraph = 0;
};

/// Loads positional argument 0 and reads the output path; on a problem writes it to `err`
/// (prefixed by `command`, followed by `usage`) and returns nothing.
std::optional<ModelAndTarget> loadModelAndTarget(const Args& args, const std::string& command, const char* usage,
                                                 std::ostream& err);

}  // namespace tfs::batch
