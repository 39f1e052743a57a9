// Node-level diff of two graphs: matching, then per pair op, inputs (through the
// matching), device, attributes (registry defaults filled) and constant values.
#include <algorithm>
#include <map>
#include <set>

#include "core/diff/attr_compare.h"
#include "core/diff/model_diff.h"
#include "core/diff/node_match.h"
#include "core/diff/value_delta.h"
#include "core/model/attrs.h"
#include "core/model/graph_index.h"

namespace tfs::diff {

namespace {

std::string joinInputs(const tensorflow::NodeDef& node) {
    std::string out;
    for (const auto& in : node.input()) out += (out.empty() ? "" : ", ") + in;
    return out;
}

class NodeComparer {
public:
    NodeComparer(const GraphIndex& a, const GraphIndex& b, const NodeMatching& m, const DiffOptions& options)
        : a_(a), b_(b), m_(m), options_(options) {}

    std::vector<NodeChange> compare(int i, int j) const {
        std::vector<NodeChange> changes;
        const auto& na = a_.node(i);
        const auto& nb = b_.node(j);
        if (na.op() != nb.op()) changes.push_back({NodeChange::Kind::Op, "", na.op(), nb.op(), {}});
        if (!sameInputs(i, j)) changes.push_back({NodeChange::Kind::Inputs, "", joinInputs(na), joinInputs(nb), {}});
        if (options_.compareDevice && na.device() != nb.device())
            changes.push_back({NodeChange::Kind::Device, "device", na.device(), nb.device(), {}});
        compareAttrs(na, nb, changes);
        return changes;
    }

private:
    /// A's inputs seen from B: the partner of each producer, or a token no B node can equal.
    bool sameInputs(int i, int j) const {
        const auto& inA = a_.inputs(i);
        const auto& inB = b_.inputs(j);
        if (inA.size() != inB.size()) return false;
        std::multiset<int> controlA, controlB;
        for (size_t k = 0; k < inA.size(); ++k) {
            const GraphEdge& ea = inA[k];
            const GraphEdge& eb = inB[k];
            const int mapped = ea.src >= 0 ? m_.aToB[size_t(ea.src)] : -1;
            if (ea.control || eb.control) {
                if (ea.control != eb.control) return false;
                controlA.insert(mapped >= 0 ? mapped : -1 - int(k));
                controlB.insert(eb.src >= 0 ? eb.src : -1000000 - int(k));
                continue;
            }
            if (ea.src < 0 || eb.src < 0) {
                // Dangling on one side: equal only when both name the same missing tensor.
                if (ea.src >= 0 || eb.src >= 0) return false;
                if (a_.node(i).input(int(k)) != b_.node(j).input(int(k))) return false;
                continue;
            }
            if (mapped != eb.src || ea.srcOutput != eb.srcOutput) return false;
        }
        return controlA == controlB;
    }

    void compareAttrs(const tensorflow::NodeDef& na, const tensorflow::NodeDef& nb, std::vector<NodeChange>& changes) const {
        const OpInfo* opA = findOp(na.op());
        const OpInfo* opB = findOp(nb.op());
        std::set<std::string> names;
        for (const auto& [name, value] : na.attr()) names.insert(name);
        for (const auto& [name, value] : nb.attr()) names.insert(name);
        for (const std::string& name : names) {
            if (!attrCompared(name, options_)) continue;
            const tensorflow::AttrValue* va = effectiveAttr(na, opA, name);
            const tensorflow::AttrValue* vb = effectiveAttr(nb, opB, name);
            if (va && vb && attrValuesEqual(*va, *vb)) continue;
            if (va && vb && va->value_case() == tensorflow::AttrValue::kTensor &&
                vb->value_case() == tensorflow::AttrValue::kTensor) {
                compareTensorAttr(name, va->tensor(), vb->tensor(), changes);
                continue;
            }
            changes.push_back({NodeChange::Kind::Attr, name, va ? attrValueText(*va) : "", vb ? attrValueText(*vb) : "", {}});
        }
    }

    void compareTensorAttr(const std::string& name, const tensorflow::TensorProto& pa, const tensorflow::TensorProto& pb,
                           std::vector<NodeChange>& changes) const {
        NodeChange change{NodeChange::Kind::Value, name, "", "", {}};
        auto ta = Tensor::fromProto(pa);
        auto tb = Tensor::fromProto(pb);
        if (ta.ok() && tb.ok()) {
            if (options_.compareWeights || ta->dtype() != tb->dtype() || ta->dims() != tb->dims()) {
                change.value = compareTensors(*ta, *tb);
                if (change.value.bitIdentical) return;  // same values, written differently (tensor_content vs float_val)
            } else {
                return;  // --no-weights: same dtype and shape is all that is compared
            }
            change.a = ta->describe();
            change.b = tb->describe();
        } else {
            change.a = ta.ok() ? ta->describe() : ta.status().message();
            change.b = tb.ok() ? tb->describe() : tb.status().message();
        }
        changes.push_back(std::move(change));
    }

    const GraphIndex& a_;
    const GraphIndex& b_;
    const NodeMatching& m_;
    const DiffOptions& options_;
};

}  // namespace

void DiffSummary::count(NodeStatus status) {
    switch (status) {
        case NodeStatus::Unchanged: ++unchanged; break;
        case NodeStatus::Added: ++added; break;
        case NodeStatus::Removed: ++removed; break;
        case NodeStatus::Changed: ++changed; break;
        case NodeStatus::Renamed: ++renamed; break;
    }
}

DiffSummary& DiffSummary::operator+=(const DiffSummary& o) {
    added += o.added;
    removed += o.removed;
    changed += o.changed;
    renamed += o.renamed;
    unchanged += o.unchanged;
    return *this;
}

int GraphDiff::findA(const std::string& name) const {
    for (size_t e = 0; e < nodes.size(); ++e)
        if (nodes[e].a >= 0 && nodes[e].nameA == name) return int(e);
    return -1;
}

int GraphDiff::findB(const std::string& name) const {
    for (size_t e = 0; e < nodes.size(); ++e)
        if (nodes[e].b >= 0 && nodes[e].nameB == name) return int(e);
    return -1;
}

GraphDiff diffGraphs(const tensorflow::GraphDef& a, const tensorflow::GraphDef& b, const DiffOptions& options,
                     const WorkContext& work) {
    GraphDiff out;
    work.report(0.0, TFS_PHRASE("Progress", "indexing graphs"));
    GraphIndex ia(a), ib(b);
    work.report(0.2, TFS_PHRASE("Progress", "matching nodes"));
    const NodeMatching m = matchNodes(ia, ib, options);
    work.report(0.6, TFS_PHRASE("Progress", "comparing nodes"));
    NodeComparer comparer(ia, ib, m, options);
    out.nodesA = ia.size();
    out.nodesB = ib.size();
    out.entryOfA.assign(size_t(ia.size()), -1);
    out.entryOfB.assign(size_t(ib.size()), -1);
    out.nodes.reserve(size_t(std::max(ia.size(), ib.size())));
    for (int i = 0; i < ia.size(); ++i) {
        NodeDiff d;
        d.a = i;
        d.nameA = ia.node(i).name();
        d.opA = ia.node(i).op();
        const int j = m.aToB[size_t(i)];
        if (j < 0) {
            d.status = NodeStatus::Removed;
        } else {
            d.b = j;
            d.nameB = ib.node(j).name();
            d.opB = ib.node(j).op();
            d.byStructure = m.byStructure[size_t(i)];
            d.changes = comparer.compare(i, j);
            d.status = d.nameA != d.nameB ? NodeStatus::Renamed
                       : d.changes.empty() ? NodeStatus::Unchanged
                                           : NodeStatus::Changed;
            out.entryOfB[size_t(j)] = int(out.nodes.size());
        }
        out.entryOfA[size_t(i)] = int(out.nodes.size());
        out.summary.count(d.status);
        out.nodes.push_back(std::move(d));
    }
    for (int j = 0; j < ib.size(); ++j) {
        if (m.bToA[size_t(j)] >= 0) continue;
        NodeDiff d;
        d.status = NodeStatus::Added;
        d.b = j;
        d.nameB = ib.node(j).name();
        d.opB = ib.node(j).op();
        out.entryOfB[size_t(j)] = int(out.nodes.size());
        out.summary.count(d.status);
        out.nodes.push_back(std::move(d));
    }
    std::map<std::string, OpCountDelta> ops;
    for (const auto& n : a.node()) ++ops[n.op()].a;
    for (const auto& n : b.node()) ++ops[n.op()].b;
    for (auto& [op, count] : ops)
        if (count.a != count.b) {
            count.op = op;
            out.opCounts.push_back(count);
        }
    work.report(1.0, TFS_PHRASE("Progress", "done"));
    return out;
}

std::vector<ScopeChanges> changesByScope(const GraphDiff& diff, ScopeNames names) {
    std::map<std::string, DiffSummary> scopes;
    for (const NodeDiff& d : diff.nodes) {
        if ((names == ScopeNames::A && d.a < 0) || (names == ScopeNames::B && d.b < 0)) continue;
        const std::string& name = names == ScopeNames::A ? d.nameA : names == ScopeNames::B ? d.nameB : d.name();
        scopes[""].count(d.status);
        for (const std::string& scope : enclosingScopes(name)) scopes[scope].count(d.status);
    }
    std::vector<ScopeChanges> out;
    out.reserve(scopes.size());
    for (auto& [path, summary] : scopes) out.push_back({path, summary});
    return out;
}

std::string describeChanges(const DiffSummary& s) {
    std::string out;
    auto add = [&](int n, const char* what) {
        if (n) out += (out.empty() ? "" : ", ") + std::to_string(n) + " " + what;
    };
    add(s.changed, "changed");
    add(s.added, "added");
    add(s.removed, "removed");
    add(s.renamed, "renamed");
    return out;
}

const char* nodeStatusName(NodeStatus status) {
    switch (status) {
        case NodeStatus::Unchanged: return "unchanged";
        case NodeStatus::Added: return "added";
        case NodeStatus::Removed: return "removed";
        case NodeStatus::Changed: return "changed";
        case NodeStatus::Renamed: return "renamed";
    }
    return "?";
}

const char* entryStatusName(EntryStatus status) {
    switch (status) {
        case EntryStatus::Unchanged: return "unchanged";
        case EntryStatus::Added: return "added";
        case EntryStatus::Removed: return "removed";
        case EntryStatus::Changed: return "changed";
    }
    return "?";
}

}  // namespace tfs::diff
