// Markdown and self-contained HTML reports of a model diff, from one list of tables.
#include <cstdio>

#include "core/diff/diff_report.h"
#include "core/diff/value_delta.h"
#include "core/util/xml.h"

namespace tfs::diff {

namespace {

struct Table {
    std::string title;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g", v);
    return buf;
}

void addNodeRows(Table& t, const GraphDiff& g, const std::string& where) {
    for (const NodeDiff& d : g.nodes) {
        if (d.status == NodeStatus::Unchanged) continue;
        std::string name = d.status == NodeStatus::Renamed ? d.nameA + " → " + d.nameB : d.name();
        std::string what;
        for (const NodeChange& c : d.changes) what += (what.empty() ? "" : "; ") + describeChange(c);
        t.rows.push_back({where, nodeStatusName(d.status), name, d.op(), what});
    }
}

std::vector<Table> tables(const ModelDiff& d) {
    std::vector<Table> out;
    Table summary{"Summary", {"", "added", "removed", "changed", "renamed", "unchanged"}, {}};
    auto row = [](const std::string& name, const DiffSummary& s) {
        return std::vector<std::string>{name, std::to_string(s.added), std::to_string(s.removed), std::to_string(s.changed),
                                        std::to_string(s.renamed), std::to_string(s.unchanged)};
    };
    summary.rows.push_back(row("graph nodes", d.graph.summary));
    summary.rows.push_back(row("with function bodies", d.summary));
    out.push_back(std::move(summary));
    Table sizes{"Sizes", {"", "A", "B"}, {}};
    sizes.rows.push_back({"bytes on disk", std::to_string(d.sizes.bytesA), std::to_string(d.sizes.bytesB)});
    sizes.rows.push_back({"variable bytes", std::to_string(d.sizes.variableBytesA), std::to_string(d.sizes.variableBytesB)});
    sizes.rows.push_back({"nodes", std::to_string(d.sizes.nodesA), std::to_string(d.sizes.nodesB)});
    sizes.rows.push_back({"functions", std::to_string(d.sizes.functionsA), std::to_string(d.sizes.functionsB)});
    out.push_back(std::move(sizes));
    Table sigs{"Signatures", {"key", "status", "changes"}, {}};
    for (const auto& s : d.signatures) {
        if (s.status == EntryStatus::Unchanged) continue;
        std::string changes;
        for (const auto& c : s.changes) changes += (changes.empty() ? "" : "; ") + c;
        sigs.rows.push_back({s.key, entryStatusName(s.status), changes});
    }
    if (!sigs.rows.empty()) out.push_back(std::move(sigs));
    Table nodes{"Nodes", {"where", "status", "node", "op", "changes"}, {}};
    addNodeRows(nodes, d.graph, "graph");
    for (const auto& f : d.functions) {
        if (f.status == EntryStatus::Added || f.status == EntryStatus::Removed)
            nodes.rows.push_back({"library", entryStatusName(f.status), f.name(), "function", ""});
        else if (f.status == EntryStatus::Changed)
            addNodeRows(nodes, f.body, "function " + f.name());
    }
    if (!nodes.rows.empty()) out.push_back(std::move(nodes));
    Table vars{"Variables", {"name", "status", "A", "B", "max |Δ|", "mean |Δ|", "changed elements"}, {}};
    for (const auto& v : d.variables) {
        const ValueDelta& x = v.value;
        vars.rows.push_back({v.key, std::string(entryStatusName(v.status)) + (x.bitIdentical ? " (bit-identical)" : ""),
                             x.dtypeA == tensorflow::DT_INVALID ? "" : dtypeShortName(x.dtypeA) + dimsToString(x.shapeA),
                             x.dtypeB == tensorflow::DT_INVALID ? "" : dtypeShortName(x.dtypeB) + dimsToString(x.shapeB),
                             x.comparable ? num(x.maxAbsChange) : "", x.comparable ? num(x.meanAbsChange) : "",
                             x.comparable ? groupedNumber(x.changedElements) + " of " + groupedNumber(x.elements) : ""});
    }
    if (!vars.rows.empty()) out.push_back(std::move(vars));
    Table ops{"Op counts that differ", {"op", "A", "B"}, {}};
    for (const auto& o : d.graph.opCounts) ops.rows.push_back({o.op, std::to_string(o.a), std::to_string(o.b)});
    if (!ops.rows.empty()) out.push_back(std::move(ops));
    return out;
}

std::string mdCell(std::string s) {
    for (size_t p = s.find('|'); p != std::string::npos; p = s.find('|', p + 2)) s.replace(p, 1, "\\|");
    return s;
}

const char* kStyle = R"css(
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; margin: 24px auto; max-width: 1100px; padding: 0 16px; line-height: 1.45; }
h1 { font-size: 22px; } h2 { font-size: 18px; border-bottom: 1px solid #ddd; padding-bottom: 4px; margin-top: 28px; }
code { background: #f4f4f4; padding: 1px 4px; border-radius: 3px; word-break: break-all; }
.verdict { padding: 8px 12px; border-radius: 6px; margin: 12px 0; font-weight: 600; }
.same { background: #e7f5e9; color: #1e6b2a; border: 1px solid #b9e0c0; }
.differs { background: #fff4e5; color: #7a4b00; border: 1px solid #f0d3a8; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; }
th, td { border: 1px solid #e0e0e0; padding: 3px 8px; vertical-align: top; }
th { background: #f4f6f8; text-align: left; }
td.added { color: #0b6e4f; } td.removed { color: #a4161a; } td.changed { color: #7a4b00; } td.renamed { color: #3a3a9f; }
)css";

}  // namespace

std::string formatDiffMarkdown(const ModelDiff& d) {
    std::string out = "# Model diff\n\n- A: `" + d.pathA + "` (" + d.formatA + ")\n- B: `" + d.pathB + "` (" + d.formatB + ")\n\n";
    out += d.identical() ? "**Identical.**\n" : "**Different:** " + describeChanges(d.summary) + "\n";
    for (const auto& note : d.notes) out += "\n> " + note.english() + "\n";
    for (const Table& t : tables(d)) {
        out += "\n## " + t.title + "\n\n|";
        for (const auto& h : t.header) out += " " + mdCell(h) + " |";
        out += "\n|";
        for (size_t i = 0; i < t.header.size(); ++i) out += " --- |";
        out += "\n";
        for (const auto& r : t.rows) {
            out += "|";
            for (const auto& c : r) out += " " + mdCell(c) + " |";
            out += "\n";
        }
    }
    return out;
}

std::string formatDiffHtml(const ModelDiff& d) {
    std::string out = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Model diff</title><style>";
    out += kStyle;
    out += "</style></head><body>\n<h1>Model diff</h1>\n";
    out += "<div>A: <code>" + escapeXml(d.pathA) + "</code> (" + escapeXml(d.formatA) + ")<br>B: <code>" + escapeXml(d.pathB) +
           "</code> (" + escapeXml(d.formatB) + ")</div>\n";
    out += d.identical() ? "<div class=\"verdict same\">Identical</div>\n"
                         : "<div class=\"verdict differs\">Different: " + escapeXml(describeChanges(d.summary)) + "</div>\n";
    for (const auto& note : d.notes) out += "<p>" + escapeXml(note.english()) + "</p>\n";
    for (const Table& t : tables(d)) {
        out += "<h2>" + escapeXml(t.title) + "</h2>\n<table><thead><tr>";
        for (const auto& h : t.header) out += "<th>" + escapeXml(h) + "</th>";
        out += "</tr></thead><tbody>\n";
        for (const auto& r : t.rows) {
            out += "<tr>";
            for (const auto& c : r) {
                const bool status = c == "added" || c == "removed" || c == "changed" || c == "renamed";
                out += (status ? "<td class=\"" + c + "\">" : std::string("<td>")) + escapeXml(c) + "</td>";
            }
            out += "</tr>\n";
        }
        out += "</tbody></table>\n";
    }
    out += "</body></html>\n";
    return out;
}

}  // namespace tfs::diff
