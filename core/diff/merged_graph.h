#pragma once
// One graph holding both sides of a graph diff, for a merged picture: every node of B
// (under B's names) plus the nodes only A has, wired to their producers through the
// matching. The GUI lays it out like any graph and colours nodes by their diff entry.

#include <string>
#include <vector>

#include "core/diff/model_diff.h"
#include "tensorflow/graph.pb.h"

namespace tfs::diff {

struct MergedGraph {
    /// B's nodes in B's order, then A's removed nodes (renamed with " (removed)" when B uses the name).
    tensorflow::GraphDef graph;
    /// Per merged node: its index into GraphDiff::nodes, or -1.
    std::vector<int> entryOfNode;
    /// Per GraphDiff entry: its merged node, or -1.
    std::vector<int> nodeOfEntry;
};

/// Builds the merged graph of `diff`, which must have been computed from `a` and `b`.
/// Inputs of removed nodes name the B partner of their producer when it has one.
MergedGraph mergeGraphs(const tensorflow::GraphDef& a, const tensorflow::GraphDef& b, const GraphDiff& diff);

}  // namespace tfs::diff
