#pragma once
// How tangled a picture would be, estimated without Graphviz: a layered drawing (ranks by longest
// path, a few barycentre sweeps, as dot does first) and its edge crossings and long edges. Used to
// choose which scopes a large graph opens with (initialExpansion), where one Graphviz run per
// candidate would cost seconds.

#include <utility>
#include <vector>

namespace tfs::layout {

/// The estimate for one small graph.
struct LegibilityEstimate {
    int boxes = 0;       // free (not pinned) nodes
    int edges = 0;       // distinct edges
    int crossings = 0;   // edge crossings between adjacent ranks, long edges routed through each rank
    int longEdges = 0;   // edges spanning more than kLongEdgeRanks ranks
    int ranks = 0;
};

/// An edge that passes more ranks than this runs beside boxes it has nothing to do with.
constexpr int kLongEdgeRanks = 4;

/// Readable: crossings stay within one per edge (plus a few), and few edges run long.
bool isLegible(const LegibilityEstimate& estimate);

/// A node's place in estimateLayers: free, or pinned just above its first / below its last neighbour
/// (neighbours outside the part being judged, whose own place is not known).
enum class Pin { Free, Above, Below };

/// Estimates a layered drawing of `nodeCount` nodes with these directed edges (self-loops and duplicates
/// ignored; cycles are broken). `pins` (empty = all free) is indexed by node.
LegibilityEstimate estimateLayers(int nodeCount, const std::vector<std::pair<int, int>>& edges,
                                  const std::vector<Pin>& pins = {});

}  // namespace tfs::layout
