#pragma once
// Judges whether opening a collapsed scope keeps the picture readable, cheaply enough to ask for
// every scope of a 20k-node graph while its first picture is chosen: the scope's inside (its nodes,
// collapsed sub-scopes and series, as buildVisibleGraph would draw them) is laid out in layers
// (core/layout/legibility.h) with the boxes outside it pinned above or below.

#include <unordered_map>
#include <vector>

#include "core/layout/legibility.h"
#include "core/layout/visible_graph.h"

namespace tfs::layout {

class ExpansionJudge {
public:
    /// `hidden`: nodes left out of the picture (see trainingMachinery), or null.
    ExpansionJudge(const GraphIndex& index, const std::vector<char>* hidden,
                   int maxControlFanIn = kDefaultMaxControlFanIn);

    /// The estimate for `scope`'s inside once opened, its neighbours drawn as the scopes marked open
    /// so far leave them. Costs a walk of the scope's nodes and their edges.
    LegibilityEstimate opening(const NameScope& scope) const;
    /// Records that `scope` is open (later estimates see its contents as separate boxes).
    void markOpen(const NameScope& scope);

private:
    /// The box `node` is drawn in: a node, a collapsed scope or a series, as one key; -1 when not drawn.
    int boxOf(int node, int openingScope) const;
    int scopeId(const NameScope& scope) const;

    const GraphIndex& index_;
    std::vector<char> hidden_;
    std::vector<int> fold_;            // weightFolding
    std::vector<char> stubSource_;     // drawn as stubs at its consumers: its out-edges cross nothing
    std::vector<char> controlHidden_;  // its control inputs are not drawn (maxControlFanIn)
    std::vector<const NameScope*> scopes_;  // by id; 0 is the root
    std::unordered_map<const NameScope*, int> ids_;
    std::vector<int> parent_;
    std::vector<int> shown_;           // boxes of its own a scope holds; ≤ 1 draws it open
    std::vector<int> scopeOfNode_;     // innermost scope id
    std::vector<int> seriesOfNode_;    // series id, or -1
    std::vector<char> open_;
};

/// The same estimate for a whole picture: its boxes and drawn edges (stubs left out, frames ignored).
LegibilityEstimate estimatePicture(const VisibleGraph& graph);

}  // namespace tfs::layout
