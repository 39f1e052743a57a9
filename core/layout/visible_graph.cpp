#include "core/layout/visible_graph.h"

#include "core/layout/expansion_judge.h"

#include <algorithm>
#include <deque>
#include <map>
#include <memory>
#include <tuple>

namespace tfs::layout {
namespace {

void collectNodes(const NameScope& scope, std::vector<int>& out) {
    out.insert(out.end(), scope.nodes.begin(), scope.nodes.end());
    for (const auto& [name, child] : scope.children) collectNodes(*child, out);
}

bool isWeightSource(const tensorflow::NodeDef& node) {
    const std::string& op = node.op();
    if (op == "Const" || op == "VariableV2" || op == "VarHandleOp" || op == "Variable") return true;
    if (op == "_Arg") {
        auto it = node.attr().find("T");
        return it != node.attr().end() && it->second.type() == tensorflow::DT_RESOURCE;
    }
    return false;
}

bool isWeightPassThrough(const std::string& op) { return op == "Identity" || op == "ReadVariableOp"; }

// A run of same-op siblings: "add", "add_1" … "add_20" directly in one scope.
struct Series {
    std::string path;  // "scope/add[0-20]"
    std::vector<int> nodes;
};

// "add_12" -> ("add", 12); "add" -> ("add", 0).
std::pair<std::string, int> splitSeriesName(const std::string& name) {
    size_t slash = name.rfind('/');
    std::string last = slash == std::string::npos ? name : name.substr(slash + 1);
    size_t us = last.rfind('_');
    if (us == std::string::npos || us + 1 >= last.size() || last.size() - us > 7) return {last, 0};
    for (size_t i = us + 1; i < last.size(); ++i)
        if (last[i] < '0' || last[i] > '9') return {last, 0};
    return {last.substr(0, us), std::stoi(last.substr(us + 1))};
}

// The series among a scope's direct nodes that pass `drawn`.
template <typename Drawn>
std::vector<Series> findSeries(const GraphIndex& index, const NameScope& scope, Drawn drawn) {
    if (int(scope.nodes.size()) < kMinSeries) return {};
    std::map<std::pair<std::string, std::string>, std::vector<std::pair<int, int>>> groups;  // (op, base) -> (number, node)
    // Grouped over every node so a series keeps its path when some members are hidden or folded.
    for (int n : scope.nodes) {
        auto [base, number] = splitSeriesName(index.node(n).name());
        groups[{index.node(n).op(), base}].push_back({number, n});
    }
    std::vector<Series> out;
    for (auto& [key, members] : groups) {
        if (int(members.size()) < kMinSeries) continue;
        std::sort(members.begin(), members.end());
        Series series;
        series.path = (scope.path.empty() ? "" : scope.path + "/") + key.second + "[" + std::to_string(members.front().first) +
                      "-" + std::to_string(members.back().first) + "]";
        for (const auto& m : members)
            if (drawn(m.second)) series.nodes.push_back(m.second);
        if (series.nodes.size() >= 2) out.push_back(std::move(series));
    }
    return out;
}

// Boxes saved by collapsing the series of a scope that are not expanded.
template <typename Drawn>
int seriesSavings(const GraphIndex& index, const NameScope& scope, const std::set<std::string>& expanded, Drawn drawn) {
    int saved = 0;
    for (const Series& s : findSeries(index, scope, drawn))
        if (!expanded.count(s.path)) saved += int(s.nodes.size()) - 1;
    return saved;
}

struct Builder {
    const GraphIndex& index;
    const std::set<std::string>& expanded;
    VisibleGraph& g;
    const std::vector<int>* fold = nullptr;
    const std::vector<char>* hidden = nullptr;

    bool isHidden(int node) const { return hidden && (*hidden)[size_t(node)]; }

    void addNode(int node, int cluster) {
        if (isHidden(node)) return;
        if (fold && (*fold)[size_t(node)] >= 0) return;  // drawn inside its consumer
        VisibleItem item;
        item.kind = VisibleItem::Kind::Node;
        item.node = node;
        item.cluster = cluster;
        g.itemOfNode[size_t(node)] = int(g.items.size());
        g.items.push_back(std::move(item));
    }

    bool drawn(int node) const { return !isHidden(node) && !(fold && (*fold)[size_t(node)] >= 0); }

    void visit(const NameScope& scope, int cluster) {
        std::vector<char> inSeries;
        for (const Series& series : findSeries(index, scope, [this](int n) { return drawn(n); })) {
            if (inSeries.empty()) inSeries.assign(size_t(index.size()), 0);
            for (int n : series.nodes) inSeries[size_t(n)] = 1;
            if (expanded.count(series.path)) {
                VisibleCluster c;
                c.path = series.path;
                c.parent = cluster;
                c.nodeCount = int(series.nodes.size());
                g.clusters.push_back(std::move(c));
                const int inner = int(g.clusters.size()) - 1;
                for (int n : series.nodes) addNode(n, inner);
                continue;
            }
            VisibleItem item;
            item.kind = VisibleItem::Kind::Scope;
            item.series = true;
            item.scope = series.path;
            item.cluster = cluster;
            item.nodeCount = int(series.nodes.size());
            for (int n : series.nodes) {
                g.itemOfNode[size_t(n)] = int(g.items.size());
                item.opMix[index.node(n).op()]++;
            }
            g.items.push_back(std::move(item));
        }
        for (int node : scope.nodes)
            if (inSeries.empty() || !inSeries[size_t(node)]) addNode(node, cluster);
        for (const auto& [name, childPtr] : scope.children) {
            const NameScope& child = *childPtr;
            std::vector<int> members;
            int shown = child.totalNodes;
            if (hidden) {
                collectNodes(child, members);
                // Count what would be drawn as its own box: not hidden, not folded into a consumer.
                shown = 0;
                for (int n : members) shown += isHidden(n) || (fold && (*fold)[size_t(n)] >= 0) ? 0 : 1;
                if (shown == 0) continue;  // machinery and weights only: nothing of its own to draw
            }
            if (shown <= 1) {
                visit(child, cluster);  // transparent: a scope of one node is just that node
            } else if (expanded.count(child.path)) {
                VisibleCluster c;
                c.path = child.path;
                c.parent = cluster;
                c.nodeCount = child.totalNodes;
                g.clusters.push_back(std::move(c));
                visit(child, int(g.clusters.size()) - 1);
            } else {
                VisibleItem item;
                item.kind = VisibleItem::Kind::Scope;
                item.scope = child.path;
                item.cluster = cluster;
                item.nodeCount = shown;
                if (members.empty()) collectNodes(child, members);
                int self = int(g.items.size());
                for (int n : members) {
                    if (isHidden(n)) continue;
                    g.itemOfNode[size_t(n)] = self;
                    item.opMix[index.node(n).op()]++;
                }
                g.items.push_back(std::move(item));
            }
        }
    }
};

// Boxes a scope draws of its own when nodes are hidden: not hidden, not folded into a consumer.
struct ShownCounter {
    const GraphIndex& index;
    const std::vector<char>& hidden;
    std::vector<int> fold;
    std::map<const NameScope*, int> memo;

    bool drawn(int node) const { return !hidden[size_t(node)] && fold[size_t(node)] < 0; }
    int shown(const NameScope& scope) {
        auto it = memo.find(&scope);
        if (it != memo.end()) return it->second;
        int count = 0;
        for (int n : scope.nodes) count += drawn(n) ? 1 : 0;
        for (const auto& [name, child] : scope.children) count += shown(*child);
        memo.emplace(&scope, count);
        return count;
    }
    int items(const NameScope& scope, const std::set<std::string>& expanded) {
        int count = 0;
        for (int n : scope.nodes) count += drawn(n) ? 1 : 0;
        count -= seriesSavings(index, scope, expanded, [this](int n) { return drawn(n); });
        for (const auto& [name, child] : scope.children) {
            int s = shown(*child);
            if (s == 0) continue;
            count += s <= 1 || expanded.count(child->path) ? items(*child, expanded) : 1;
        }
        return count;
    }
};

int countItems(const GraphIndex& index, const NameScope& scope, const std::set<std::string>& expanded) {
    int count = int(scope.nodes.size()) - seriesSavings(index, scope, expanded, [](int) { return true; });
    for (const auto& [name, child] : scope.children) {
        if (child->totalNodes <= 1 || expanded.count(child->path))
            count += countItems(index, *child, expanded);
        else
            count += 1;
    }
    return count;
}

void collectScopes(const GraphIndex& index, const NameScope& scope, std::set<std::string>& out) {
    for (const Series& s : findSeries(index, scope, [](int) { return true; })) out.insert(s.path);
    for (const auto& [name, child] : scope.children) {
        if (child->totalNodes > 1) out.insert(child->path);
        collectScopes(index, *child, out);
    }
}

// High fan-out sources (shared constants, variable handles, switches) and NoOp groups would draw long edges
// across the picture: TensorBoard draws them beside it, with a short stub at each consumer.
void markStubs(const GraphIndex& index, VisibleGraph& g) {
    std::vector<std::set<int>> targets(g.items.size());
    std::vector<int> inputs(g.items.size(), 0);
    for (const VisibleEdge& e : g.edges) {
        targets[size_t(e.from)].insert(e.to);
        inputs[size_t(e.to)]++;
    }
    for (size_t i = 0; i < g.items.size(); ++i) {
        VisibleItem& item = g.items[i];
        if (int(targets[i].size()) < kStubFanOut || item.series) continue;
        if (item.kind == VisibleItem::Kind::Node) {
            const auto& nd = index.node(item.node);
            if (isGraphInput(nd) || (inputs[i] > 0 && nd.op() != "NoOp")) continue;
        } else if (inputs[i] > 0) {
            continue;
        }
        item.auxiliary = true;
    }
    for (VisibleEdge& e : g.edges) e.stub = g.items[size_t(e.from)].auxiliary;
}

}  // namespace

bool isGraphInput(const tensorflow::NodeDef& node) {
    return node.op() == "Placeholder" || (node.op() == "_Arg" && !isWeightSource(node));
}

std::vector<std::vector<int>> seriesMembers(const GraphIndex& index, const NameScope& scope) {
    std::vector<std::vector<int>> out;
    for (Series& s : findSeries(index, scope, [](int) { return true; })) out.push_back(std::move(s.nodes));
    return out;
}

int VisibleGraph::findScopeItem(const std::string& scope) const {
    for (size_t i = 0; i < items.size(); ++i)
        if (items[i].kind == VisibleItem::Kind::Scope && items[i].scope == scope) return int(i);
    return -1;
}

int VisibleGraph::findCluster(const std::string& scope) const {
    for (size_t i = 0; i < clusters.size(); ++i)
        if (clusters[i].path == scope) return int(i);
    return -1;
}

std::vector<int> weightFolding(const GraphIndex& index, const std::vector<char>* hidden) {
    if (hidden && hidden->size() != size_t(index.size())) hidden = nullptr;
    const int n = index.size();
    std::vector<int> fold(size_t(n), -1);
    // The single consumer node of a node's data outputs, or -1 (none, several, or control uses).
    auto soleConsumer = [&](int node) {
        int target = -1;
        for (const GraphEdge& e : index.consumers(node)) {
            if (hidden && (*hidden)[size_t(e.dst)]) continue;
            if (e.control || (target >= 0 && e.dst != target)) return -1;
            target = e.dst;
        }
        return target;
    };
    std::vector<char> foldable(size_t(n), 0);
    for (int node : index.topologicalOrder()) {
        const auto& nd = index.node(node);
        bool ok = false;
        if (index.inputs(node).empty()) {
            ok = isWeightSource(nd);
        } else if (isWeightPassThrough(nd.op())) {
            ok = true;
            for (const GraphEdge& e : index.inputs(node)) ok = ok && !e.control && e.src >= 0 && foldable[size_t(e.src)];
        }
        if (!ok) continue;
        foldable[size_t(node)] = 1;
        fold[size_t(node)] = soleConsumer(node);
    }
    // Follow chains to the first node that is shown; nodes with no single consumer stay shown.
    for (int node = 0; node < n; ++node) {
        int target = fold[size_t(node)];
        int guard = 0;
        while (target >= 0 && foldable[size_t(target)] && fold[size_t(target)] >= 0 && guard++ < 64) target = fold[size_t(target)];
        fold[size_t(node)] = target;
    }
    return fold;
}

VisibleGraph buildVisibleGraph(const GraphIndex& index, const std::set<std::string>& expanded, bool foldWeights,
                               int maxControlFanIn, const std::vector<char>* hidden) {
    VisibleGraph g;
    g.itemOfNode.assign(size_t(index.size()), -1);
    if (hidden && hidden->size() != size_t(index.size())) hidden = nullptr;
    std::vector<int> fold;
    if (foldWeights) fold = weightFolding(index, hidden);
    Builder builder{index, expanded, g, foldWeights ? &fold : nullptr, hidden};
    builder.visit(index.scopes(), -1);
    for (size_t node = 0; node < fold.size(); ++node) {
        if (fold[node] < 0 || g.itemOfNode[node] >= 0 || builder.isHidden(int(node))) continue;  // already mapped
        int item = g.itemOfNode[size_t(fold[node])];
        g.itemOfNode[node] = item;
        if (item >= 0 && g.items[size_t(item)].kind == VisibleItem::Kind::Node) g.items[size_t(item)].folded++;
    }

    // Merge parallel edges; a data edge hides a control edge between the same items.
    std::map<std::pair<int, int>, size_t> byPair;
    for (int dst = 0; dst < index.size(); ++dst) {
        int controlIn = 0;
        for (const GraphEdge& e : index.inputs(dst)) controlIn += e.control && e.src >= 0 ? 1 : 0;
        const bool hideControl = maxControlFanIn > 0 && controlIn > maxControlFanIn;
        if (hideControl && g.itemOfNode[size_t(dst)] >= 0) g.items[size_t(g.itemOfNode[size_t(dst)])].hiddenControlInputs += controlIn;
        for (const GraphEdge& e : index.inputs(dst)) {
            if (e.src < 0 || (e.control && hideControl)) continue;
            int from = g.itemOfNode[size_t(e.src)];
            int to = g.itemOfNode[size_t(dst)];
            if (from < 0 || to < 0 || from == to) continue;
            auto key = std::make_pair(from, to);
            auto it = byPair.find(key);
            if (it != byPair.end()) {
                VisibleEdge& existing = g.edges[it->second];
                existing.count++;
                if (existing.control && !e.control) {
                    existing.control = false;
                    existing.srcNode = e.src;
                    existing.srcOutput = e.srcOutput;
                    existing.dstNode = dst;
                }
                continue;
            }
            VisibleEdge edge;
            edge.from = from;
            edge.to = to;
            edge.srcNode = e.src;
            edge.srcOutput = e.srcOutput;
            edge.dstNode = dst;
            edge.control = e.control;
            byPair.emplace(key, g.edges.size());
            g.edges.push_back(edge);
        }
    }
    markStubs(index, g);
    return g;
}

std::set<std::string> allScopes(const GraphIndex& index) {
    std::set<std::string> out;
    collectScopes(index, index.scopes(), out);
    return out;
}

std::set<std::string> initialExpansion(const GraphIndex& index, int maxItems, const std::vector<char>* hidden,
                                       std::vector<std::string>* tangled, ExpansionRule rule) {
    if (index.size() <= maxItems) return allScopes(index);
    if (hidden && hidden->size() != size_t(index.size())) hidden = nullptr;
    ExpansionJudge judge(index, hidden);
    std::unique_ptr<ShownCounter> counter;
    if (hidden) counter.reset(new ShownCounter{index, *hidden, weightFolding(index, hidden), {}});
    auto itemsOf = [&](const NameScope& scope, const std::set<std::string>& open) {
        return counter ? counter->items(scope, open) : countItems(index, scope, open);
    };
    std::set<std::string> expanded;
    // Breadth-first: open the scopes of each level, smallest first, while the picture stays small.
    std::deque<const NameScope*> queue;
    queue.push_back(&index.scopes());
    int visible = itemsOf(index.scopes(), expanded);
    while (!queue.empty()) {
        const NameScope* scope = queue.front();
        queue.pop_front();
        std::vector<const NameScope*> children;
        for (const auto& [name, child] : scope->children)
            if (child->totalNodes > 1) children.push_back(child.get());
        std::sort(children.begin(), children.end(),
                  [](const NameScope* a, const NameScope* b) { return a->totalNodes < b->totalNodes; });
        for (const NameScope* child : children) {
            if (counter && counter->shown(*child) <= 1) continue;  // drawn open anyway, or not at all
            int opened = itemsOf(*child, expanded);  // items it shows when opened (children collapsed)
            if (visible - 1 + opened > maxItems) continue;
            // A box budget alone would open a scope whose inside is a tangle (two scopes wired all to all).
            if (rule == ExpansionRule::Legible && !isLegible(judge.opening(*child))) {
                if (tangled) tangled->push_back(child->path);
                continue;
            }
            judge.markOpen(*child);
            expanded.insert(child->path);
            visible += opened - 1;
            queue.push_back(child);
        }
    }
    return expanded;
}

std::string seriesOf(const GraphIndex& index, int node) {
    if (node < 0 || node >= index.size()) return "";
    const NameScope* scope = &index.scopes();
    for (const std::string& path : enclosingScopes(index.node(node).name())) {
        size_t slash = path.rfind('/');
        auto it = scope->children.find(slash == std::string::npos ? path : path.substr(slash + 1));
        if (it == scope->children.end()) return "";
        scope = it->second.get();
    }
    for (const Series& s : findSeries(index, *scope, [](int) { return true; }))
        if (std::find(s.nodes.begin(), s.nodes.end(), node) != s.nodes.end()) return s.path;
    return "";
}

bool isSeriesPath(const std::string& path) { return !path.empty() && path.back() == ']'; }

int countVisibleItems(const GraphIndex& index, const std::set<std::string>& expanded) {
    return countItems(index, index.scopes(), expanded);
}

}  // namespace tfs::layout
