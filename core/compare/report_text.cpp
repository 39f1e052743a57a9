// The readable before/after table `tfscope --batch compare` prints.
#include <algorithm>
#include <cstdio>
#include <map>

#include "core/compare/report.h"
#include "core/util/human_bytes.h"

namespace tfs::compare {

namespace {

std::string n(double v) { return formatNumber(reportValue(v)); }
// Ratios are for reading: three significant digits (the JSON has them in full).
std::string ratio(double a, double b) {
    if (!(a > 0)) return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3gx", b / a);
    return buf;
}

// Rows of [label, A, B, B/A] printed with aligned columns.
class Grid {
public:
    void row(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
    std::string render(const std::string& indent = "  ") const {
        std::vector<size_t> width;
        for (const auto& r : rows_)
            for (size_t i = 0; i < r.size(); ++i) {
                if (width.size() <= i) width.push_back(0);
                width[i] = std::max(width[i], r[i].size());
            }
        std::string out;
        for (const auto& r : rows_) {
            std::string line = indent;
            for (size_t i = 0; i < r.size(); ++i) {
                std::string pad(width[i] - r[i].size(), ' ');
                line += i == 0 ? r[i] + pad : "  " + pad + r[i];
            }
            while (!line.empty() && line.back() == ' ') line.pop_back();
            out += line + "\n";
        }
        return out;
    }

private:
    std::vector<std::vector<std::string>> rows_;
};

std::string bytes(uint64_t b) { return humanBytes(double(b)); }

}  // namespace

std::string formatTextReport(const CompareResult& r, const std::vector<std::string>& violations) {
    std::string out;
    out += "A: " + r.a.path + " (" + r.a.format + ")\n";
    out += "B: " + r.b.path + " (" + r.b.format + ")\n\n";
    const SizeStats& a = r.a.size;
    const SizeStats& b = r.b.size;
    Grid size;
    size.row({"SIZE", "A", "B", "B/A"});
    size.row({"bytes on disk", n(double(a.bytes)) + " (" + bytes(a.bytes) + ")", n(double(b.bytes)) + " (" + bytes(b.bytes) + ")", ratio(double(a.bytes), double(b.bytes))});
    size.row({"compressed (deflate)", n(double(a.compressedBytes)) + " (" + bytes(a.compressedBytes) + ")",
              n(double(b.compressedBytes)) + " (" + bytes(b.compressedBytes) + ")",
              ratio(double(a.compressedBytes), double(b.compressedBytes))});
    size.row({"constants", bytes(a.constantBytes) + " in " + n(double(a.constantCount)), bytes(b.constantBytes) + " in " + n(double(b.constantCount)),
              ratio(double(a.constantBytes), double(b.constantBytes))});
    size.row({"variables", bytes(a.variableBytes) + " in " + n(double(a.variableCount)), bytes(b.variableBytes) + " in " + n(double(b.variableCount)),
              ratio(double(a.variableBytes), double(b.variableBytes))});
    size.row({"parameters", n(double(a.parameters.total())), n(double(b.parameters.total())),
              ratio(double(a.parameters.total()), double(b.parameters.total()))});
    std::map<std::string, std::pair<uint64_t, uint64_t>> dt;
    for (const auto& [d, v] : a.paramBytesByDtype) dt[d].first = v;
    for (const auto& [d, v] : b.paramBytesByDtype) dt[d].second = v;
    for (const auto& [d, v] : dt) size.row({"  params " + d, bytes(v.first), bytes(v.second), ratio(double(v.first), double(v.second))});
    size.row({"nodes", n(a.nodeCount) + (a.functionNodeCount ? " +" + n(a.functionNodeCount) + " in functions" : ""),
              n(b.nodeCount) + (b.functionNodeCount ? " +" + n(b.functionNodeCount) + " in functions" : ""), ratio(a.nodeCount, b.nodeCount)});
    out += size.render("");
    if (!r.opDelta.empty()) {
        out += "  ops changed:";
        for (const auto& d : r.opDelta) out += " " + d.op + " " + n(d.countA) + "->" + n(d.countB);
        out += "\n";
    }
    if (r.latencyA && r.latencyB) {
        Grid speed;
        speed.row({"SPEED", "A", "B", "B/A"});
        speed.row({"median ms", n(r.latencyA->medianMs), n(r.latencyB->medianMs), ratio(r.latencyA->medianMs, r.latencyB->medianMs)});
        speed.row({"min ms", n(r.latencyA->minMs), n(r.latencyB->minMs), ratio(r.latencyA->minMs, r.latencyB->minMs)});
        speed.row({"max ms", n(r.latencyA->maxMs), n(r.latencyB->maxMs), ratio(r.latencyA->maxMs, r.latencyB->maxMs)});
        speed.row({"peak memory", bytes(r.latencyA->peakBytes), bytes(r.latencyB->peakBytes),
                   ratio(double(r.latencyA->peakBytes), double(r.latencyB->peakBytes))});
        out += "\n" + speed.render("");
        out += "  (" + n(r.latencyA->runs) + " runs after " + n(r.latencyA->warmup) + " warm-up, alternating A B / B A; input " + r.latencyInput + ")\n";
    }
    if (!r.outputs.empty()) {
        out += "\nACCURACY over " + n(double(r.sampleLabels.size())) + " sample(s)";
        if (!r.sampleLabels.empty()) out += ": " + r.sampleLabels[0] + (r.sampleLabels.size() > 1 ? ", ..." : "");
        out += "\n";
        Grid acc;
        acc.row({"output", "max_abs", "mean_abs", "max_rel", "rmse", "cosine", "snr_db", "top1", "top5"});
        for (const auto& o : r.outputs) {
            if (!o.numeric) {
                acc.row({o.name, "strings: " + n(o.equalFraction * 100) + "% equal"});
                continue;
            }
            acc.row({o.name, n(o.maxAbsError), n(o.meanAbsError), n(o.maxRelError), n(o.rmse), n(o.cosine),
                     o.snrDb ? n(*o.snrDb) : "inf", o.top1Agreement ? n(*o.top1Agreement) : "-", o.top5Agreement ? n(*o.top5Agreement) : "-"});
        }
        out += acc.render();
        for (size_t k = 0; k < r.referenceA.size() && k < r.referenceB.size(); ++k)
            out += "  vs stored reference outputs, " + r.referenceA[k].name + ": A max_abs " + n(r.referenceA[k].maxAbsError) +
                   ", B max_abs " + n(r.referenceB[k].maxAbsError) + "\n";
    }
    if (!r.weights.tensors.empty()) {
        out += "\nWEIGHTS: " + n(r.weights.changedCount) + " of " + n(double(r.weights.tensors.size())) + " matched tensors changed\n";
        Grid w;
        w.row({"tensor", "elements", "max_abs_change", "mean_abs_change", "distinct A->B"});
        size_t shown = 0;
        for (const auto& t : r.weights.tensors) {
            if (!t.changed || ++shown > 10) continue;
            w.row({t.name, n(double(t.elements)), n(t.maxAbsChange), n(t.meanAbsChange), n(double(t.distinctA)) + "->" + n(double(t.distinctB))});
        }
        if (shown) out += w.render();
        if (shown > 10) out += "  ... " + std::to_string(shown - 10) + " more changed tensors (see --json or --report)\n";
    }
    for (const auto& note : r.notes) out += "note: " + note.english() + "\n";
    if (!violations.empty()) {
        out += "\nTHRESHOLDS VIOLATED:\n";
        for (const auto& v : violations) out += "  " + v + "\n";
    }
    return out;
}

}  // namespace tfs::compare
