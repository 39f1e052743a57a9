#pragma once
// Runs a list of passes over a GraphDef: validation after each pass, the
// function library carried over, and a pass log of what changed.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/transforms/transform.h"
#include "core/util/progress.h"

namespace tfs::transforms {

/// What one pass did.
struct PassLogEntry {
    std::string pass;  // the spec as written back: "remove_nodes(op=Identity)"
    int nodesBefore = 0;
    int nodesAfter = 0;
    uint64_t bytesBefore = 0;
    uint64_t bytesAfter = 0;
    int removed = 0;  // names present before and gone after
    int added = 0;    // names new after
    int changed = 0;  // same name, different definition
    double seconds = 0;
    std::string ignoredError;        // set when ignore_errors=true swallowed a failure
    std::vector<Phrase> notes;       // what the pass reported ("Notes" phrases)
    bool functionBodies = false;     // an entry for the library: nodes count function-body nodes
};

/// The log of a whole run.
struct TransformLog {
    std::vector<PassLogEntry> passes;
    /// Node renames across all passes (old -> final name), for remapping signatures.
    std::map<std::string, std::string> renames;
    /// A table: one line per pass with node counts, bytes, removed/added/changed and notes.
    std::string format() const;
};

/// Checks a graph after a pass: unique names, every input resolves, and no
/// cycle outside TF1 loops that `before` did not already have.
Status validateGraph(const tensorflow::GraphDef& graph, const tensorflow::GraphDef* before = nullptr);

/// Applies the passes in order to `graph` (replaced only on success). Specs must
/// have been validated (see validateSpecs); unknown names are still rejected.
Status runTransforms(tensorflow::GraphDef* graph, const std::vector<std::string>& inputs,
                     const std::vector<std::string>& outputs, const std::vector<TransformSpec>& specs,
                     TransformLog* log = nullptr, const WorkContext& work = {});

/// Parses, validates and runs a --transforms string.
Status runTransformString(tensorflow::GraphDef* graph, const std::vector<std::string>& inputs,
                          const std::vector<std::string>& outputs, const std::string& transforms,
                          TransformLog* log = nullptr);

}  // namespace tfs::transforms
