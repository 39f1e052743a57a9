#include "core/diff/node_match.h"

#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <tuple>
#include <unordered_map>

#include "core/diff/attr_compare.h"

namespace tfs::diff {

namespace {

class Matcher {
public:
    Matcher(const GraphIndex& a, const GraphIndex& b, const DiffOptions& options) : a_(a), b_(b), options_(options) {
        m_.aToB.assign(size_t(a.size()), -1);
        m_.bToA.assign(size_t(b.size()), -1);
        m_.byStructure.assign(size_t(a.size()), 0);
    }

    NodeMatching run() {
        const bool structure = options_.match == MatchMode::Structure;
        // A name shared by nodes of different ops waits for the structural passes: obfuscated
        // names reuse short names ("a", "c"), and a node's true partner may be elsewhere.
        std::vector<std::pair<int, int>> differentOps;
        for (int i = 0; i < a_.size(); ++i) {
            int j = b_.find(a_.node(i).name());
            if (j < 0 || m_.bToA[size_t(j)] >= 0) continue;
            if (structure && a_.node(i).op() != b_.node(j).op()) differentOps.push_back({i, j});
            else pair(i, j, false);
        }
        if (!structure) return std::move(m_);
        exactA_.assign(size_t(a_.size()), 0);
        exactB_.assign(size_t(b_.size()), 0);
        looseA_.assign(size_t(a_.size()), 0);
        looseB_.assign(size_t(b_.size()), 0);
        structuralRounds();
        // Whatever found no structural partner keeps its name partner (an op changed in place).
        const int before = paired_;
        for (auto [i, j] : differentOps)
            if (m_.aToB[size_t(i)] < 0 && m_.bToA[size_t(j)] < 0) pair(i, j, false);
        if (paired_ != before) structuralRounds();  // the new pairs anchor their neighbours
        return std::move(m_);
    }

    void structuralRounds() {
        for (int round = 0; round < 16; ++round) {
            const int before = paired_;
            if (paired_ == a_.size() || paired_ == b_.size()) break;
            exactPass();
            anchoredPass();
            if (paired_ == before) break;
        }
    }

private:
    void pair(int i, int j, bool byStructure) {
        m_.aToB[size_t(i)] = j;
        m_.bToA[size_t(j)] = i;
        m_.byStructure[size_t(i)] = byStructure;
        ++paired_;
        if (byStructure) queue_.push_back(i);
    }

    uint64_t fingerprint(const GraphIndex& g, int node, std::vector<uint64_t>& cache, bool withTensors) {
        uint64_t& h = cache[size_t(node)];
        if (!h) h = nodeFingerprint(g.node(node), options_, withTensors) | 1;  // never 0: 0 means "not computed"
        return h;
    }

    /// Merkle hash of every node: a paired node hashes to its pair, an unpaired one to its
    /// fingerprint and its inputs' hashes.
    std::vector<uint64_t> merkle(const GraphIndex& g, bool sideB) {
        std::vector<uint64_t> h(size_t(g.size()), 0);
        std::vector<char> done(size_t(g.size()), 0);
        auto& exact = sideB ? exactB_ : exactA_;
        for (int node : g.topologicalOrder()) {
            const int partner = sideB ? (m_.bToA[size_t(node)] >= 0 ? node : -1) : m_.aToB[size_t(node)];
            if (partner >= 0) {
                h[size_t(node)] = mixHash(0x5bd1e995ULL, uint64_t(partner));
            } else {
                uint64_t value = fingerprint(g, node, exact, true);
                std::vector<uint64_t> control;
                for (const GraphEdge& e : g.inputs(node)) {
                    uint64_t in = e.src >= 0 && done[size_t(e.src)] ? mixHash(h[size_t(e.src)], uint64_t(e.srcOutput))
                                                                    : 0x2545f491ULL;  // dangling or a loop back edge
                    if (e.control) control.push_back(in);
                    else value = mixHash(value, in);
                }
                std::sort(control.begin(), control.end());
                for (uint64_t c : control) value = mixHash(value, c ^ 0xc0ffeeULL);
                h[size_t(node)] = value;
            }
            done[size_t(node)] = 1;
        }
        return h;
    }

    void exactPass() {
        const auto ha = merkle(a_, false);
        const auto hb = merkle(b_, true);
        std::unordered_map<uint64_t, std::vector<int>> candidates;
        for (int j = 0; j < b_.size(); ++j)
            if (m_.bToA[size_t(j)] < 0) candidates[hb[size_t(j)]].push_back(j);
        std::unordered_map<uint64_t, size_t> next;
        for (int i = 0; i < a_.size(); ++i) {
            if (m_.aToB[size_t(i)] >= 0) continue;
            auto it = candidates.find(ha[size_t(i)]);
            if (it == candidates.end()) continue;
            size_t& k = next[ha[size_t(i)]];
            if (k < it->second.size()) pair(i, it->second[k++], true);
        }
    }

    bool looseEqual(int i, int j) {
        return a_.node(i).op() == b_.node(j).op() && fingerprint(a_, i, looseA_, false) == fingerprint(b_, j, looseB_, false);
    }

    void anchoredPass() {
        queue_.clear();
        for (int i = 0; i < a_.size(); ++i)
            if (m_.aToB[size_t(i)] >= 0) queue_.push_back(i);
        while (!queue_.empty()) {
            const int i = queue_.front();
            queue_.pop_front();
            const int j = m_.aToB[size_t(i)];
            const auto& inA = a_.inputs(i);
            const auto& inB = b_.inputs(j);
            for (size_t k = 0; k < inA.size() && k < inB.size(); ++k) {
                const GraphEdge& ea = inA[k];
                const GraphEdge& eb = inB[k];
                if (ea.control || eb.control || ea.src < 0 || eb.src < 0 || ea.srcOutput != eb.srcOutput) continue;
                if (m_.aToB[size_t(ea.src)] >= 0 || m_.bToA[size_t(eb.src)] >= 0) continue;
                if (looseEqual(ea.src, eb.src)) pair(ea.src, eb.src, true);
            }
            // Consumers: the unpaired ones in the same slot with the same op, when unique on both sides.
            using Slot = std::tuple<std::string, int, int>;  // op, input position, producer output
            std::map<Slot, std::pair<int, int>> slots;       // -> (candidate or -2 when ambiguous) for A, B
            for (const GraphEdge& e : a_.consumers(i)) {
                if (e.control || m_.aToB[size_t(e.dst)] >= 0) continue;
                auto [it, fresh] = slots.try_emplace(Slot{a_.node(e.dst).op(), e.dstInput, e.srcOutput}, std::pair{-1, -1});
                it->second.first = it->second.first == -1 ? e.dst : -2;
                (void)fresh;
            }
            if (slots.empty()) continue;
            for (const GraphEdge& e : b_.consumers(j)) {
                if (e.control || m_.bToA[size_t(e.dst)] >= 0) continue;
                auto it = slots.find(Slot{b_.node(e.dst).op(), e.dstInput, e.srcOutput});
                if (it == slots.end()) continue;
                it->second.second = it->second.second == -1 ? e.dst : -2;
            }
            for (const auto& [slot, candidates] : slots) {
                auto [ca, cb] = candidates;
                if (ca < 0 || cb < 0 || m_.aToB[size_t(ca)] >= 0 || m_.bToA[size_t(cb)] >= 0) continue;
                if (looseEqual(ca, cb)) pair(ca, cb, true);
            }
        }
    }

    const GraphIndex& a_;
    const GraphIndex& b_;
    const DiffOptions& options_;
    NodeMatching m_;
    int paired_ = 0;
    std::deque<int> queue_;
    std::vector<uint64_t> exactA_, exactB_, looseA_, looseB_;
};

}  // namespace

NodeMatching matchNodes(const GraphIndex& a, const GraphIndex& b, const DiffOptions& options) {
    return Matcher(a, b, options).run();
}

}  // namespace tfs::diff
