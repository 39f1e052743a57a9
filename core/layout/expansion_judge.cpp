#include "core/layout/expansion_judge.h"

#include <algorithm>
#include <unordered_map>

namespace tfs::layout {
namespace {

void collectNodes(const NameScope& scope, std::vector<int>& out) {
    out.insert(out.end(), scope.nodes.begin(), scope.nodes.end());
    for (const auto& [name, child] : scope.children) collectNodes(*child, out);
}

}  // namespace

ExpansionJudge::ExpansionJudge(const GraphIndex& index, const std::vector<char>* hidden, int maxControlFanIn)
    : index_(index) {
    const size_t n = size_t(index.size());
    hidden_ = hidden && hidden->size() == n ? *hidden : std::vector<char>(n, 0);
    fold_ = weightFolding(index, hidden && hidden->size() == n ? hidden : nullptr);
    auto drawn = [this](int node) { return !hidden_[size_t(node)] && fold_[size_t(node)] < 0; };

    // Scope ids, parents and innermost scope of each node; the root is 0.
    scopeOfNode_.assign(n, 0);
    seriesOfNode_.assign(n, -1);
    std::vector<const NameScope*> pending{&index.scopes()};
    int series = 0;
    while (!pending.empty()) {
        const NameScope* scope = pending.back();
        pending.pop_back();
        const int id = int(scopes_.size());
        scopes_.push_back(scope);
        for (int node : scope->nodes) scopeOfNode_[size_t(node)] = id;
        for (const auto& members : seriesMembers(index, *scope)) {
            int shown = 0;
            for (int m : members) shown += drawn(m) ? 1 : 0;
            if (shown < 2) continue;  // buildVisibleGraph draws a lone member as itself
            for (int m : members) seriesOfNode_[size_t(m)] = series;
            ++series;
        }
        for (const auto& [name, child] : scope->children) pending.push_back(child.get());
    }
    for (size_t i = 0; i < scopes_.size(); ++i) ids_[scopes_[i]] = int(i);
    parent_.assign(scopes_.size(), -1);
    for (size_t i = 0; i < scopes_.size(); ++i)
        for (const auto& [name, child] : scopes_[i]->children) parent_[size_t(ids_[child.get()])] = int(i);
    shown_.assign(scopes_.size(), 0);
    for (size_t node = 0; node < n; ++node)
        if (drawn(int(node)))
            for (int s = scopeOfNode_[node]; s >= 0; s = parent_[size_t(s)]) shown_[size_t(s)]++;
    open_.assign(scopes_.size(), 0);
    open_[0] = 1;

    controlHidden_.assign(n, 0);
    for (size_t node = 0; node < n; ++node) {
        int control = 0;
        for (const GraphEdge& e : index.inputs(int(node))) control += e.control && e.src >= 0 ? 1 : 0;
        controlHidden_[node] = maxControlFanIn > 0 && control > maxControlFanIn;
    }
    // markStubs' rule (visible_graph.cpp) per node: a source or NoOp feeding kStubFanOut boxes or more.
    // Counted over nodes, not boxes, so a few sources whose consumers share a box count as stubs too.
    stubSource_.assign(n, 0);
    for (size_t node = 0; node < n; ++node) {
        if (!drawn(int(node)) || isGraphInput(index.node(int(node)))) continue;
        bool hasInputs = false;
        for (const GraphEdge& e : index.inputs(int(node)))
            hasInputs = hasInputs || (e.src >= 0 && drawn(e.src) && !(e.control && controlHidden_[node]));
        if (hasInputs && index.node(int(node)).op() != "NoOp") continue;
        std::vector<int> targets;
        for (const GraphEdge& e : index.consumers(int(node))) {
            if (hidden_[size_t(e.dst)] || (e.control && controlHidden_[size_t(e.dst)])) continue;
            targets.push_back(fold_[size_t(e.dst)] >= 0 ? fold_[size_t(e.dst)] : e.dst);
        }
        std::sort(targets.begin(), targets.end());
        stubSource_[node] = std::unique(targets.begin(), targets.end()) - targets.begin() >= kStubFanOut;
    }
}

int ExpansionJudge::scopeId(const NameScope& scope) const {
    auto it = ids_.find(&scope);
    return it == ids_.end() ? -1 : it->second;
}

void ExpansionJudge::markOpen(const NameScope& scope) {
    const int id = scopeId(scope);
    if (id >= 0) open_[size_t(id)] = 1;
}

int ExpansionJudge::boxOf(int node, int openingScope) const {
    if (hidden_[size_t(node)]) return -1;
    if (fold_[size_t(node)] >= 0) node = fold_[size_t(node)];
    // The outermost collapsed scope holding the node, skipping scopes of one box (drawn open anyway).
    int collapsed = -1;
    for (int s = scopeOfNode_[size_t(node)]; s > 0; s = parent_[size_t(s)])
        if (!open_[size_t(s)] && s != openingScope && shown_[size_t(s)] > 1) collapsed = s;
    const int n = index_.size();
    if (collapsed >= 0) return n + collapsed;
    if (seriesOfNode_[size_t(node)] >= 0) return n + int(scopes_.size()) + seriesOfNode_[size_t(node)];
    return node;
}

LegibilityEstimate ExpansionJudge::opening(const NameScope& scope) const {
    const int id = scopeId(scope);
    if (id < 0) return {};
    std::vector<int> nodes;
    collectNodes(scope, nodes);
    std::vector<char> inside(size_t(index_.size()), 0);
    auto shownNode = [this](int node) { return fold_[size_t(node)] >= 0 ? fold_[size_t(node)] : node; };
    for (int m : nodes) inside[size_t(m)] = 1;

    // Local numbering: boxes inside, then neighbours outside (pinned above if they feed the scope,
    // below if they consume from it; a neighbour that does both appears twice).
    std::unordered_map<int, int> local, above, below;
    std::vector<Pin> pins;
    std::vector<std::pair<int, int>> edges;
    auto numberIn = [&](std::unordered_map<int, int>& table, int box, Pin pin) {
        auto [it, added] = table.emplace(box, int(pins.size()));
        if (added) pins.push_back(pin);
        return it->second;
    };
    for (int m : nodes) {
        if (hidden_[size_t(m)] || fold_[size_t(m)] >= 0) continue;  // folded weights are inside their consumer's box
        const int box = numberIn(local, boxOf(m, id), Pin::Free);
        for (const GraphEdge& e : index_.inputs(m)) {
            if (e.src < 0 || hidden_[size_t(e.src)] || stubSource_[size_t(e.src)] || (e.control && controlHidden_[size_t(m)])) continue;
            const int from = boxOf(e.src, id);
            if (from < 0) continue;
            const bool within = inside[size_t(shownNode(e.src))];
            edges.push_back({within ? numberIn(local, from, Pin::Free) : numberIn(above, from, Pin::Above), box});
        }
        if (stubSource_[size_t(m)]) continue;
        for (const GraphEdge& e : index_.consumers(m)) {
            if (inside[size_t(shownNode(e.dst))] || hidden_[size_t(e.dst)] || (e.control && controlHidden_[size_t(e.dst)])) continue;
            const int to = boxOf(e.dst, id);
            if (to >= 0) edges.push_back({box, numberIn(below, to, Pin::Below)});
        }
    }
    return estimateLayers(int(pins.size()), edges, pins);
}

LegibilityEstimate estimatePicture(const VisibleGraph& graph) {
    std::vector<std::pair<int, int>> edges;
    for (const VisibleEdge& e : graph.edges)
        if (!e.stub) edges.push_back({e.from, e.to});
    return estimateLayers(int(graph.items.size()), edges);
}

}  // namespace tfs::layout
