#pragma once
// Graph marks for a workbench step: the nodes the step that made the shown revision added,
// changed or renamed carry the diff view's marks (same colours, signs and legend), nodes that
// call a rewritten function are marked changed, and collapsed scopes count what changed inside
// them, removed nodes included (they are no longer in the picture).

#include <memory>

#include "core/diff/model_diff.h"
#include "views/graph_overlay.h"
#include "views/model_document.h"

namespace tfs::views {

/// What a step did to one graph (the main graph or a function body), by kind.
struct StepGraphChanges {
    transforms::GraphChanges nodes;          // added / removed / changed node names
    std::map<std::string, std::string> renames;  // old name -> new (the new one is not also counted as added)
    std::vector<std::string> rewrittenCalls;  // nodes that call a function whose body the step rewrote
    /// Counts as the diff view shows them.
    diff::DiffSummary summary() const;
};

/// The changes of `revision`'s step to the graph `graphKey` ("" = main graph; else a function,
/// diffed against `previous`'s body). Empty for the original.
StepGraphChanges stepChanges(const Revision& revision, const Revision* previous, const GraphData& graph);

/// Marks for a graph shown at `revision` (null for the original, or when the step did not touch it).
std::shared_ptr<const GraphOverlay> stepOverlay(const Revision& revision, const Revision* previous, const GraphData& graph,
                                                bool dark);

}  // namespace tfs::views
