// JSON form of a model diff (the `--batch diff --json` document).
#include "core/diff/diff_report.h"
#include "core/diff/value_delta.h"

namespace tfs::diff {

namespace {

const char* changeKindName(NodeChange::Kind kind) {
    switch (kind) {
        case NodeChange::Kind::Op: return "op";
        case NodeChange::Kind::Inputs: return "inputs";
        case NodeChange::Kind::Attr: return "attr";
        case NodeChange::Kind::Value: return "value";
        case NodeChange::Kind::Device: return "device";
    }
    return "?";
}

Json shapeJson(const Dims& dims) {
    Json j = Json::array();
    for (int64_t d : dims) j.push(Json(d));
    return j;
}

void valueFields(Json& j, const ValueDelta& v) {
    if (v.dtypeA != tensorflow::DT_INVALID) {
        j.set("dtype_a", dtypeShortName(v.dtypeA));
        j.set("shape_a", shapeJson(v.shapeA));
    }
    if (v.dtypeB != tensorflow::DT_INVALID) {
        j.set("dtype_b", dtypeShortName(v.dtypeB));
        j.set("shape_b", shapeJson(v.shapeB));
    }
    if (v.dtypeA == tensorflow::DT_INVALID || v.dtypeB == tensorflow::DT_INVALID) return;
    j.set("bit_identical", v.bitIdentical);
    j.set("values_compared", v.valuesRead);
    if (!v.comparable) return;
    j.set("elements", v.elements);
    j.set("changed_elements", v.changedElements);
    j.set("max_abs_change", Json::ofDouble(v.maxAbsChange));
    j.set("mean_abs_change", Json::ofDouble(v.meanAbsChange));
    j.set("max_rel_change", Json::ofDouble(v.maxRelChange));
}

Json summaryJson(const DiffSummary& s) {
    Json j = Json::object();
    j.set("added", s.added);
    j.set("removed", s.removed);
    j.set("changed", s.changed);
    j.set("renamed", s.renamed);
    j.set("unchanged", s.unchanged);
    return j;
}

Json nodesJson(const GraphDiff& g, Json& weights, const std::string& function) {
    Json nodes = Json::array();
    for (const NodeDiff& d : g.nodes) {
        if (d.status == NodeStatus::Unchanged) continue;
        Json n = Json::object();
        n.set("status", nodeStatusName(d.status));
        n.set("a", d.a >= 0 ? Json(d.nameA) : Json());
        n.set("b", d.b >= 0 ? Json(d.nameB) : Json());
        n.set("op", d.op());
        if (d.a >= 0 && d.b >= 0 && d.opA != d.opB) n.set("op_a", d.opA);
        if (d.byStructure) n.set("matched_by", "structure");
        Json changes = Json::array();
        for (const NodeChange& c : d.changes) {
            Json cj = Json::object();
            cj.set("kind", changeKindName(c.kind));
            if (!c.attr.empty()) cj.set("attr", c.attr);
            cj.set("a", c.a);
            cj.set("b", c.b);
            cj.set("text", describeChange(c));
            if (c.kind == NodeChange::Kind::Value) {
                valueFields(cj, c.value);
                if (c.value.comparable) {
                    Json w = Json::object();
                    w.set("name", d.nameB);
                    if (!function.empty()) w.set("function", function);
                    w.set("max_abs_change", Json::ofDouble(c.value.maxAbsChange));
                    w.set("mean_abs_change", Json::ofDouble(c.value.meanAbsChange));
                    w.set("max_rel_change", Json::ofDouble(c.value.maxRelChange));
                    w.set("changed_elements", c.value.changedElements);
                    w.set("elements", c.value.elements);
                    weights.push(std::move(w));
                }
            }
            changes.push(std::move(cj));
        }
        n.set("changes", std::move(changes));
        nodes.push(std::move(n));
    }
    return nodes;
}

Json stringsJson(const std::vector<std::string>& items) {
    Json j = Json::array();
    for (const auto& s : items) j.push(s);
    return j;
}

}  // namespace

Json diffToJson(const ModelDiff& d) {
    Json root = Json::object();
    Json a = Json::object(), b = Json::object();
    a.set("path", d.pathA);
    a.set("format", d.formatA);
    b.set("path", d.pathB);
    b.set("format", d.formatB);
    root.set("a", std::move(a));
    root.set("b", std::move(b));
    root.set("identical", d.identical());
    root.set("summary", summaryJson(d.graph.summary));
    root.set("summary_with_functions", summaryJson(d.summary));
    Json weights = Json::array();
    root.set("nodes", nodesJson(d.graph, weights, ""));
    Json functions = Json::array();
    for (const auto& f : d.functions) {
        if (f.status == EntryStatus::Unchanged) continue;
        Json fj = Json::object();
        fj.set("name", f.name());
        fj.set("status", entryStatusName(f.status));
        if (f.status != EntryStatus::Added) fj.set("a", f.nameA);
        if (f.status != EntryStatus::Removed) fj.set("b", f.nameB);
        if (f.status == EntryStatus::Changed) {
            fj.set("signature_changes", stringsJson(f.signatureChanges));
            fj.set("summary", summaryJson(f.body.summary));
            fj.set("nodes", nodesJson(f.body, weights, f.name()));
        }
        if (!f.problem.empty()) fj.set("problem", f.problem);
        functions.push(std::move(fj));
    }
    root.set("weights", std::move(weights));
    Json variables = Json::array();
    for (const auto& v : d.variables) {
        // Unchanged entries are listed too: "bit_identical": true is the proof a slimmed checkpoint needs.
        Json vj = Json::object();
        vj.set("name", v.key);
        vj.set("status", entryStatusName(v.status));
        valueFields(vj, v.value);
        if (!v.problem.empty()) vj.set("problem", v.problem);
        variables.push(std::move(vj));
    }
    root.set("variables", std::move(variables));
    Json signatures = Json::array();
    for (const auto& s : d.signatures) {
        Json sj = Json::object();
        sj.set("key", s.key);
        sj.set("status", entryStatusName(s.status));
        sj.set("changes", stringsJson(s.changes));
        signatures.push(std::move(sj));
    }
    root.set("signatures", std::move(signatures));
    root.set("functions", std::move(functions));
    Json metas = Json::array();
    for (const auto& m : d.metaGraphs) {
        Json mj = Json::object();
        mj.set("tags", stringsJson(m.tags));
        mj.set("status", entryStatusName(m.status));
        metas.push(std::move(mj));
    }
    root.set("meta_graphs", std::move(metas));
    Json sizes = Json::object();
    sizes.set("bytes_a", d.sizes.bytesA);
    sizes.set("bytes_b", d.sizes.bytesB);
    sizes.set("variable_bytes_a", d.sizes.variableBytesA);
    sizes.set("variable_bytes_b", d.sizes.variableBytesB);
    sizes.set("nodes_a", d.sizes.nodesA);
    sizes.set("nodes_b", d.sizes.nodesB);
    sizes.set("functions_a", d.sizes.functionsA);
    sizes.set("functions_b", d.sizes.functionsB);
    root.set("sizes", std::move(sizes));
    Json ops = Json::array();
    for (const auto& o : d.graph.opCounts) {
        Json oj = Json::object();
        oj.set("op", o.op);
        oj.set("a", o.a);
        oj.set("b", o.b);
        ops.push(std::move(oj));
    }
    root.set("op_counts", std::move(ops));
    Json notes = Json::array();
    for (const auto& note : d.notes) notes.push(Json(note.english()));
    root.set("notes", notes);
    return root;
}

}  // namespace tfs::diff
