#pragma once
// Where stub edges (VisibleEdge::stub) are drawn: not laid out by Graphviz, but as a short arrow
// into the top of each consumer box, spread across its width, with room for the source's name above.

#include "core/layout/graph_layout.h"

namespace tfs::layout {

/// Fills the routes of `graph`'s stub edges from the laid-out boxes in `result`.
void routeStubs(const VisibleGraph& graph, LayoutResult& result);

/// Length of a stub in points (arrow included); its label sits above it.
constexpr double kStubLength = 18;

}  // namespace tfs::layout
