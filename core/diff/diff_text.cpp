// Text rendering of a model diff: a stat block like `git diff --stat`, then one line per change.
#include <algorithm>
#include <cstdio>
#include <sstream>

#include "core/diff/diff_report.h"
#include "core/util/human_bytes.h"
#include "core/diff/value_delta.h"

namespace tfs::diff {

namespace {


/// "++++~~--R" scaled so the longest bar is at most 40 characters, like git's stat graph.
std::string statBar(const DiffSummary& s, int largest) {
    const double scale = largest > 40 ? 40.0 / largest : 1.0;
    auto part = [&](int n, char c) { return std::string(n ? std::max<size_t>(1, size_t(n * scale)) : 0, c); };
    return part(s.added, '+') + part(s.removed, '-') + part(s.changed, '~') + part(s.renamed, 'R');
}

std::string statCounts(const DiffSummary& s) {
    std::string text = describeChanges(s);
    return text.empty() ? "no changes" : text;
}

void nodeLines(std::ostream& out, const GraphDiff& g, const std::string& indent, size_t maxLines) {
    size_t lines = 0;
    for (const NodeDiff& d : g.nodes) {
        if (d.status == NodeStatus::Unchanged) continue;
        if (maxLines && lines == maxLines) {
            out << indent << "… " << (g.summary.differences() - int(lines)) << " more (--json lists all)\n";
            return;
        }
        ++lines;
        switch (d.status) {
            case NodeStatus::Added: out << indent << "+ " << d.nameB << " (" << d.opB << ")\n"; break;
            case NodeStatus::Removed: out << indent << "- " << d.nameA << " (" << d.opA << ")\n"; break;
            case NodeStatus::Renamed: out << indent << "R " << d.nameA << " → " << d.nameB << " (" << d.opB << ")\n"; break;
            default: break;
        }
        for (const NodeChange& c : d.changes) out << indent << "~ " << d.nameB << " (" << d.opB << "): " << describeChange(c) << "\n";
    }
}

}  // namespace

std::string describeChange(const NodeChange& c) {
    auto side = [](const std::string& s) { return s.empty() ? std::string("(none)") : s; };
    switch (c.kind) {
        case NodeChange::Kind::Op: return "op " + c.a + " → " + c.b;
        case NodeChange::Kind::Inputs: return "inputs [" + c.a + "] → [" + c.b + "]";
        case NodeChange::Kind::Device: return "device \"" + c.a + "\" → \"" + c.b + "\"";
        case NodeChange::Kind::Attr: return c.attr + " " + side(c.a) + " → " + side(c.b);
        case NodeChange::Kind::Value:
            return (c.attr == "value" ? std::string() : c.attr + ": ") +
                   (c.value.dtypeA == tensorflow::DT_INVALID ? c.a + " → " + c.b : describeValueDelta(c.value));
    }
    return "";
}

std::string formatDiffText(const ModelDiff& d, size_t maxLines) {
    std::ostringstream out;
    out << "A: " << d.pathA << " (" << d.formatA << ")\n";
    out << "B: " << d.pathB << " (" << d.formatB << ")\n";
    if (d.identical()) {
        out << "identical";
        if (d.sizes.bytesA != d.sizes.bytesB) out << " (files differ in size: " << humanBytes(d.sizes.bytesA) << " → " << humanBytes(d.sizes.bytesB) << ")";
        out << "\n";
        for (const auto& note : d.notes) out << "note: " << note.english() << "\n";
        return out.str();
    }
    // Stat block: one row per part that has changes.
    struct Row { std::string name; DiffSummary s; };
    std::vector<Row> rows;
    if (d.metaGraphA >= 0 && d.metaGraphB >= 0) rows.push_back({"graph", d.graph.summary});
    DiffSummary functions, variables, signatures;
    auto countEntry = [](DiffSummary& s, EntryStatus st) {
        s.count(st == EntryStatus::Added ? NodeStatus::Added : st == EntryStatus::Removed ? NodeStatus::Removed
                : st == EntryStatus::Changed ? NodeStatus::Changed : NodeStatus::Unchanged);
    };
    for (const auto& f : d.functions) countEntry(functions, f.status);
    for (const auto& v : d.variables) countEntry(variables, v.status);
    for (const auto& s : d.signatures) countEntry(signatures, s.status);
    if (!d.functions.empty()) rows.push_back({"functions", functions});
    if (!d.variables.empty()) rows.push_back({"variables", variables});
    if (!d.signatures.empty()) rows.push_back({"signatures", signatures});
    int largest = 1;
    for (const auto& r : rows) largest = std::max(largest, r.s.differences());
    for (const auto& r : rows) {
        char line[256];
        std::snprintf(line, sizeof line, " %-10s | %5d of %-6d %s", r.name.c_str(), r.s.differences(),
                      r.s.differences() + r.s.unchanged, statBar(r.s, largest).c_str());
        out << line << "  (" << statCounts(r.s) << ")\n";
    }
    out << " size       | " << humanBytes(d.sizes.bytesA) << " → " << humanBytes(d.sizes.bytesB);
    if (d.sizes.nodesA != d.sizes.nodesB) out << ", " << d.sizes.nodesA << " → " << d.sizes.nodesB << " nodes";
    out << "\n";
    if (!d.graph.opCounts.empty()) {
        out << " ops        |";
        size_t shown = 0;
        for (const auto& o : d.graph.opCounts) {
            if (shown++ == 12) {
                out << " …";
                break;
            }
            out << " " << o.op << " " << o.a << "→" << o.b;
        }
        out << "\n";
    }
    for (const auto& m : d.metaGraphs)
        if (m.status != EntryStatus::Unchanged) {
            std::string tags;
            for (const auto& t : m.tags) tags += (tags.empty() ? "" : ",") + t;
            out << (m.status == EntryStatus::Added ? "+ " : "- ") << "meta graph {" << tags << "}\n";
        }
    for (const auto& s : d.signatures) {
        if (s.status == EntryStatus::Added) out << "+ signature " << s.key << "\n";
        else if (s.status == EntryStatus::Removed) out << "- signature " << s.key << "\n";
        for (const auto& c : s.changes) out << "~ signature " << s.key << ": " << c << "\n";
    }
    nodeLines(out, d.graph, "", maxLines);
    for (const auto& f : d.functions) {
        if (f.status == EntryStatus::Added) out << "+ function " << f.nameB << "\n";
        else if (f.status == EntryStatus::Removed) out << "- function " << f.nameA << "\n";
        else if (f.status == EntryStatus::Changed) {
            out << "~ function " << (f.nameA == f.nameB ? f.nameB : f.nameA + " → " + f.nameB);
            if (!f.body.identical()) out << ": " << statCounts(f.body.summary);
            out << "\n";
            for (const auto& c : f.signatureChanges) out << "    ~ signature " << c << "\n";
            nodeLines(out, f.body, "    ", maxLines);
        }
    }
    size_t varLines = 0;
    for (const auto& v : d.variables) {
        if (v.status == EntryStatus::Unchanged) continue;
        if (maxLines && varLines++ == maxLines) {
            out << "… more variables (--json lists all)\n";
            break;
        }
        if (v.status == EntryStatus::Added)
            out << "+ variable " << v.key << " " << dtypeShortName(v.value.dtypeB) << dimsToString(v.value.shapeB) << "\n";
        else if (v.status == EntryStatus::Removed)
            out << "- variable " << v.key << " " << dtypeShortName(v.value.dtypeA) << dimsToString(v.value.shapeA) << "\n";
        else out << "~ variable " << v.key << ": " << describeValueDelta(v.value) << "\n";
    }
    for (const auto& note : d.notes) out << "note: " << note.english() << "\n";
    return out.str();
}

}  // namespace tfs::diff
