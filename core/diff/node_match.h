#pragma once
// Pairs the nodes of two graphs: by name, then (MatchMode::Structure) the rest by
// structure, refined to a fixpoint from the pairs already made.

#include <vector>

#include "core/diff/model_diff.h"
#include "core/model/graph_index.h"

namespace tfs::diff {

struct NodeMatching {
    std::vector<int> aToB;  // per node of A: its partner in B, or -1
    std::vector<int> bToA;
    std::vector<char> byStructure;  // per node of A: paired by structure, not by name
};

/// Name pass, then two structural passes repeated until nothing new pairs:
///  - exact: same op, same attributes, and inputs that are the same pairs or, recursively,
///    equal unpaired subgraphs (a Merkle hash over the inputs);
///  - anchored: an unpaired input (or consumer) of a pair, in the same slot, with the same op
///    and attributes (constant values may differ), when it is the only such candidate.
NodeMatching matchNodes(const GraphIndex& a, const GraphIndex& b, const DiffOptions& options);

}  // namespace tfs::diff
