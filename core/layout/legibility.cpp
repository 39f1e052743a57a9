#include "core/layout/legibility.h"

#include <algorithm>
#include <climits>
#include <deque>
#include <numeric>

namespace tfs::layout {
namespace {

// Ranks of the free nodes by longest path from the sources (sources at rank 1, rank 0 is for nodes
// pinned above); a cycle is broken at the waiting node with the fewest unranked inputs.
std::vector<int> rankFree(int n, const std::vector<std::pair<int, int>>& edges, const std::vector<char>& free) {
    std::vector<std::vector<int>> out(static_cast<size_t>(n));
    std::vector<int> waiting(size_t(n), 0);
    for (const auto& [u, v] : edges)
        if (free[size_t(u)] && free[size_t(v)]) {
            out[size_t(u)].push_back(v);
            waiting[size_t(v)]++;
        }
    std::vector<int> rank(size_t(n), 0);
    std::vector<char> done(size_t(n), 0);
    std::deque<int> ready;
    int left = 0;
    for (int v = 0; v < n; ++v) {
        if (!free[size_t(v)]) continue;
        ++left;
        rank[size_t(v)] = 1;
        if (waiting[size_t(v)] == 0) ready.push_back(v);
    }
    while (left > 0) {
        if (ready.empty()) {
            int pick = -1;
            for (int v = 0; v < n; ++v)
                if (free[size_t(v)] && !done[size_t(v)] && (pick < 0 || waiting[size_t(v)] < waiting[size_t(pick)])) pick = v;
            ready.push_back(pick);
        }
        const int u = ready.front();
        ready.pop_front();
        if (done[size_t(u)]) continue;
        done[size_t(u)] = 1;
        --left;
        for (int v : out[size_t(u)]) {
            if (done[size_t(v)]) continue;  // a broken cycle's back edge
            rank[size_t(v)] = std::max(rank[size_t(v)], rank[size_t(u)] + 1);
            if (--waiting[size_t(v)] == 0) ready.push_back(v);
        }
    }
    return rank;
}

// Crossings between two adjacent ranks: pairs of edges whose ends are in opposite order.
long long crossingsBetween(std::vector<std::pair<int, int>> positions) {
    std::sort(positions.begin(), positions.end());
    int width = 0;
    for (const auto& p : positions) width = std::max(width, p.second + 1);
    std::vector<int> tree(size_t(width) + 1, 0);  // Fenwick tree over lower positions seen so far
    long long crossings = 0, seen = 0;
    for (const auto& p : positions) {
        long long atMost = 0;
        for (int i = p.second + 1; i > 0; i -= i & -i) atMost += tree[size_t(i)];
        crossings += seen - atMost;  // earlier edges that end further right
        for (int i = p.second + 1; i <= width; i += i & -i) tree[size_t(i)]++;
        ++seen;
    }
    return crossings;
}

}  // namespace

bool isLegible(const LegibilityEstimate& e) {
    return e.crossings <= e.edges + 4 && e.longEdges <= std::max(2, e.edges / 8);
}

LegibilityEstimate estimateLayers(int n, const std::vector<std::pair<int, int>>& rawEdges, const std::vector<Pin>& pins) {
    LegibilityEstimate estimate;
    std::vector<std::pair<int, int>> edges;
    for (const auto& [u, v] : rawEdges)
        if (u != v && u >= 0 && v >= 0 && u < n && v < n) edges.push_back({u, v});
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    auto pinOf = [&](int v) { return pins.empty() ? Pin::Free : pins[size_t(v)]; };
    std::vector<char> free(size_t(n), 0);
    for (int v = 0; v < n; ++v) free[size_t(v)] = pinOf(v) == Pin::Free;
    estimate.boxes = int(std::count(free.begin(), free.end(), 1));

    std::vector<int> rank = rankFree(n, edges, free);
    // Pinned nodes sit just above their first free neighbour or just below their last.
    std::vector<int> lowest(size_t(n), INT_MAX), highest(size_t(n), 0);
    for (const auto& [u, v] : edges) {
        if (free[size_t(u)] && !free[size_t(v)]) highest[size_t(v)] = std::max(highest[size_t(v)], rank[size_t(u)]);
        if (!free[size_t(u)] && free[size_t(v)]) lowest[size_t(u)] = std::min(lowest[size_t(u)], rank[size_t(v)]);
    }
    std::vector<char> placed = free;
    for (int v = 0; v < n; ++v) {
        if (free[size_t(v)]) continue;
        const int r = pinOf(v) == Pin::Above ? (lowest[size_t(v)] == INT_MAX ? -1 : lowest[size_t(v)] - 1)
                                             : (highest[size_t(v)] == 0 ? -1 : highest[size_t(v)] + 1);
        if (r >= 0) {
            rank[size_t(v)] = r;
            placed[size_t(v)] = 1;
        }
    }
    int ranks = 0, first = INT_MAX;
    for (int v = 0; v < n; ++v)
        if (placed[size_t(v)]) {
            ranks = std::max(ranks, rank[size_t(v)] + 1);
            first = std::min(first, rank[size_t(v)]);
        }
    estimate.ranks = first == INT_MAX ? 0 : ranks - first;

    // Layers, with a virtual node on every rank a long edge passes (dot routes it there too).
    std::vector<std::vector<int>> layer(static_cast<size_t>(ranks));
    for (int v = 0; v < n; ++v)
        if (placed[size_t(v)]) layer[size_t(rank[size_t(v)])].push_back(v);
    int nodes = n;
    std::vector<std::pair<int, int>> segments;  // (upper, lower) between adjacent ranks
    std::vector<int> rankOf = rank;
    constexpr int kMaxVirtual = 50000;  // a bound on the work; beyond it the part is far from legible anyway
    for (auto [u, v] : edges) {
        if (!placed[size_t(u)] || !placed[size_t(v)] || (!free[size_t(u)] && !free[size_t(v)])) continue;
        int top = rank[size_t(u)], bottom = rank[size_t(v)];
        if (top == bottom) continue;  // drawn flat, beside each other
        if (top > bottom) {
            std::swap(u, v);  // a back edge is drawn reversed
            std::swap(top, bottom);
        }
        ++estimate.edges;
        if (bottom - top > kLongEdgeRanks) ++estimate.longEdges;
        if (nodes - n + (bottom - top - 1) > kMaxVirtual) {
            estimate.crossings = INT_MAX;
            return estimate;
        }
        int previous = u;
        for (int r = top + 1; r < bottom; ++r) {
            const int via = nodes++;
            rankOf.push_back(r);
            layer[size_t(r)].push_back(via);
            segments.push_back({previous, via});
            previous = via;
        }
        segments.push_back({previous, v});
    }

    std::vector<int> position(size_t(nodes), 0);
    auto number = [&](int r) {
        for (size_t i = 0; i < layer[size_t(r)].size(); ++i) position[size_t(layer[size_t(r)][i])] = int(i);
    };
    for (int r = 0; r < ranks; ++r) number(r);
    std::vector<std::vector<int>> up(static_cast<size_t>(nodes)), down(static_cast<size_t>(nodes));
    std::vector<std::vector<std::pair<int, int>>> between(size_t(std::max(ranks - 1, 0)));
    for (const auto& [a, b] : segments) {
        down[size_t(a)].push_back(b);
        up[size_t(b)].push_back(a);
    }
    auto count = [&] {
        long long total = 0;
        for (auto& list : between) list.clear();
        for (const auto& [a, b] : segments)
            between[size_t(rankOf[size_t(a)])].push_back({position[size_t(a)], position[size_t(b)]});
        for (auto& list : between) total += crossingsBetween(list);
        return int(std::min<long long>(total, INT_MAX));
    };
    // Barycentre sweeps, down and up: each node moves to the mean place of its neighbours on the fixed side.
    auto sweep = [&](int r, const std::vector<std::vector<int>>& side) {
        std::vector<std::pair<double, int>> keyed;
        for (int v : layer[size_t(r)]) {
            const auto& others = side[size_t(v)];
            double key = position[size_t(v)];
            if (!others.empty()) {
                key = 0;
                for (int o : others) key += position[size_t(o)];
                key /= double(others.size());
            }
            keyed.push_back({key, v});
        }
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (size_t i = 0; i < keyed.size(); ++i) layer[size_t(r)][i] = keyed[i].second;
        number(r);
    };
    int best = count();
    for (int pass = 0; pass < 4 && best > 0; ++pass) {
        if (pass % 2 == 0)
            for (int r = 1; r < ranks; ++r) sweep(r, up);
        else
            for (int r = ranks - 2; r >= 0; --r) sweep(r, down);
        best = std::min(best, count());
    }
    estimate.crossings = best;
    return estimate;
}

}  // namespace tfs::layout
