#include "core/layout/layout_reuse.h"

namespace tfs::layout {
namespace {

bool sameItem(const VisibleItem& a, const GraphIndex& ia, const VisibleItem& b, const GraphIndex& ib) {
    if (a.kind != b.kind || a.cluster != b.cluster || a.series != b.series || a.auxiliary != b.auxiliary) return false;
    if (a.kind == VisibleItem::Kind::Scope) return a.scope == b.scope;
    return a.node >= 0 && b.node >= 0 && a.node < ia.size() && b.node < ib.size() &&
           ia.node(a.node).name() == ib.node(b.node).name();
}

// A box may shrink (its text got shorter) but not grow: the old place around it must still hold it.
bool fits(const SizeF& next, const SizeF& previous) {
    constexpr double kSlack = 0.01;
    return next.width <= previous.width + kSlack && next.height <= previous.height + kSlack;
}

}  // namespace

bool sameDrawing(const LayoutInput& previous, const GraphIndex& previousIndex, const LayoutInput& next,
                 const GraphIndex& nextIndex) {
    const VisibleGraph& a = previous.graph;
    const VisibleGraph& b = next.graph;
    if (a.items.size() != b.items.size() || a.clusters.size() != b.clusters.size() || a.edges.size() != b.edges.size())
        return false;
    if (previous.itemSizes.size() != next.itemSizes.size() || previous.edgeLabels != next.edgeLabels ||
        previous.clusterLabels != next.clusterLabels)
        return false;
    for (size_t i = 0; i < a.items.size(); ++i)
        if (!sameItem(a.items[i], previousIndex, b.items[i], nextIndex)) return false;
    for (size_t i = 0; i < previous.itemSizes.size(); ++i)
        if (!fits(next.itemSizes[i], previous.itemSizes[i])) return false;
    for (size_t i = 0; i < a.clusters.size(); ++i)
        if (a.clusters[i].path != b.clusters[i].path || a.clusters[i].parent != b.clusters[i].parent) return false;
    for (size_t i = 0; i < a.edges.size(); ++i) {
        const VisibleEdge& x = a.edges[i];
        const VisibleEdge& y = b.edges[i];
        if (x.from != y.from || x.to != y.to || x.control != y.control || x.stub != y.stub) return false;
    }
    return true;
}

}  // namespace tfs::layout
