#pragma once
// Graphviz `dot` layout of a VisibleGraph, returned as plain value types.
// Coordinates are in points (1/72 inch), y growing downwards, origin top-left.
// Layouts are serialised process-wide (Graphviz keeps global state).

#include <string>
#include <vector>

#include "core/layout/visible_graph.h"
#include "core/util/progress.h"
#include "core/util/status.h"

namespace tfs::layout {

struct PointF {
    double x = 0, y = 0;
};

struct SizeF {
    double width = 0, height = 0;
};

/// Axis-aligned box: top-left corner plus size.
struct RectF {
    double x = 0, y = 0, width = 0, height = 0;
    PointF center() const { return {x + width / 2, y + height / 2}; }
};

/// How one edge is drawn: a cubic Bezier path and where its arrow tip is.
struct EdgeRoute {
    /// p0, c1, c2, p1, c1, c2, p2, ... (1 + 3k points); empty when Graphviz gave none.
    std::vector<PointF> bezier;
    bool hasArrow = false;
    PointF arrowTip;     // the arrow ends here (at the target's border)
    bool hasLabel = false;
    PointF labelCenter;  // centre of the edge label, when there is one
};

struct LayoutOptions {
    /// Horizontal gap between nodes and vertical gap between ranks, in points.
    double nodeSep = 18;
    double rankSep = 30;
    /// Point size Graphviz uses to reserve room for edge and cluster labels.
    double labelFontSize = 9;
    /// Above this many items, cap the network simplex work (nslimit/mclimit) for speed.
    int fastAbove = 800;
};

/// What to lay out: the visible graph plus measured sizes.
struct LayoutInput {
    VisibleGraph graph;
    /// One size per item, in points; empty = a rough estimate per item.
    std::vector<SizeF> itemSizes;
    /// Optional label per edge ("" = none); same length as graph.edges or empty.
    std::vector<std::string> edgeLabels;
    /// Caption per cluster (the scope name); empty = last path component.
    std::vector<std::string> clusterLabels;
    /// Per graph node: left out of the picture (training machinery); empty = nothing hidden.
    std::vector<char> hiddenNodes;
};

struct LayoutResult {
    std::vector<RectF> items;      // same order as VisibleGraph::items
    std::vector<EdgeRoute> edges;  // same order as VisibleGraph::edges
    std::vector<RectF> clusters;   // same order as VisibleGraph::clusters
    double width = 0, height = 0;  // bounding box of everything
    double seconds = 0;            // wall time spent in Graphviz
};

/// Lays out the graph with Graphviz dot; Cancelled when work.cancel fires between phases.
Result<LayoutResult> layoutGraph(const LayoutInput& input, const LayoutOptions& options = {},
                                 const WorkContext& work = {});

/// Starts the layout worker: a small process, forked now, that forks one child per layout. Call it
/// early in a program that lays out often (the desktop app, before it loads a model or starts threads):
/// without it every layout forks the calling process, and with a large model loaded that fork costs
/// page-table copies and copy-on-write faults. TFSCOPE_LAYOUT_WORKER=fork in the environment skips
/// it (to measure both ways). Safe to call more than once.
void startLayoutWorker();
/// True while layouts go through the worker (it was started and has not died).
bool layoutWorkerRunning();
/// CPU seconds the worker and the layout children it finished have used (0 without a worker).
double layoutWorkerCpuSeconds();

/// A rough size for an item when no measured size is given (used by batch rendering).
SizeF estimateItemSize(const VisibleGraph& graph, const GraphIndex& index, int item);

}  // namespace tfs::layout
