#include "core/compare/report_doc.h"
#include "core/util/human_bytes.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "core/compare/report.h"
#include "core/compare/svg_charts.h"
#include "core/util/file.h"

namespace tfs::compare {

namespace {

std::string n(double v) { return formatNumber(reportValue(v)); }
std::string bytesCell(uint64_t b) { return n(double(b)) + " (" + humanBytes(double(b)) + ")"; }
std::string ratioCell(double a, double b) { return a > 0 ? n(b / a) + "x" : "-"; }
// Headline ratios are for reading: three significant digits.
std::string shortRatio(double a, double b) {
    if (!(a > 0)) return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3gx", b / a);
    return buf;
}

std::string describeModel(const ModelSummary& m) {
    std::string s = m.path + " (" + m.format;
    if (!m.producer.empty()) s += ", " + m.producer;
    return s + ")";
}

ReportBlock tableBlock(ReportTable t) {
    ReportBlock b;
    b.kind = ReportBlock::Kind::Table;
    b.table = std::move(t);
    return b;
}

ReportBlock paragraph(std::string text) {
    ReportBlock b;
    b.text = std::move(text);
    return b;
}

ReportBlock chart(std::string caption, std::string svg) {
    ReportBlock b;
    b.kind = ReportBlock::Kind::Chart;
    b.text = std::move(caption);
    b.svg = std::move(svg);
    return b;
}

ReportSection sizeSection(const CompareResult& r) {
    const SizeStats& a = r.a.size;
    const SizeStats& b = r.b.size;
    ReportSection s{"Size", 2, {}};
    s.blocks.push_back(chart("Bytes on disk and deflate-compressed (as a zip or gzip download ships them)",
                             svgBarPairs({{"on disk", double(a.bytes), double(b.bytes), humanBytes(double(a.bytes)), humanBytes(double(b.bytes))},
                                          {"compressed", double(a.compressedBytes), double(b.compressedBytes),
                                           humanBytes(double(a.compressedBytes)), humanBytes(double(b.compressedBytes))},
                                          {"parameters", double(a.constantBytes + a.variableBytes), double(b.constantBytes + b.variableBytes),
                                           humanBytes(double(a.constantBytes + a.variableBytes)), humanBytes(double(b.constantBytes + b.variableBytes))}},
                                         false)));
    ReportTable t;
    t.header = {"", "A", "B", "B/A"};
    t.numeric = {false, true, true, true};
    t.rows.push_back({"bytes on disk", bytesCell(a.bytes), bytesCell(b.bytes), ratioCell(double(a.bytes), double(b.bytes))});
    t.rows.push_back({"compressed bytes (deflate)", bytesCell(a.compressedBytes), bytesCell(b.compressedBytes),
                      ratioCell(double(a.compressedBytes), double(b.compressedBytes))});
    t.rows.push_back({"constant bytes", bytesCell(a.constantBytes), bytesCell(b.constantBytes), ratioCell(double(a.constantBytes), double(b.constantBytes))});
    t.rows.push_back({"constants", n(double(a.constantCount)), n(double(b.constantCount)), ""});
    t.rows.push_back({"variable bytes", bytesCell(a.variableBytes), bytesCell(b.variableBytes), ratioCell(double(a.variableBytes), double(b.variableBytes))});
    t.rows.push_back({"variables", n(double(a.variableCount)), n(double(b.variableCount)), ""});
    t.rows.push_back({"optimizer slot bytes", n(double(a.optimizerSlotBytes)), n(double(b.optimizerSlotBytes)), ""});
    std::set<std::string> dtypes;
    for (const auto& [d, v] : a.paramBytesByDtype) dtypes.insert(d);
    for (const auto& [d, v] : b.paramBytesByDtype) dtypes.insert(d);
    for (const auto& d : dtypes) {
        auto ia = a.paramBytesByDtype.find(d);
        auto ib = b.paramBytesByDtype.find(d);
        uint64_t va = ia == a.paramBytesByDtype.end() ? 0 : ia->second;
        uint64_t vb = ib == b.paramBytesByDtype.end() ? 0 : ib->second;
        t.rows.push_back({"parameter bytes, " + d, bytesCell(va), bytesCell(vb), ratioCell(double(va), double(vb))});
    }
    t.rows.push_back({"nodes (graph)", n(a.nodeCount), n(b.nodeCount), ratioCell(a.nodeCount, b.nodeCount)});
    t.rows.push_back({"nodes (functions)", n(a.functionNodeCount), n(b.functionNodeCount), ""});
    s.blocks.push_back(tableBlock(t));

    if (!r.opDelta.empty()) {
        ReportTable d;
        d.caption = "Ops whose count changed";
        d.header = {"op", "A", "B", "change"};
        d.numeric = {false, true, true, true};
        for (const auto& x : r.opDelta)
            d.rows.push_back({x.op, n(x.countA), n(x.countB), (x.countB >= x.countA ? "+" : "") + n(x.countB - x.countA)});
        s.blocks.push_back(tableBlock(d));
    } else {
        s.blocks.push_back(paragraph("The op histograms are identical."));
    }
    ReportTable files;
    files.caption = "Files";
    files.header = {"model", "file", "bytes", "compressed bytes"};
    files.numeric = {false, false, true, true};
    files.collapsed = true;
    for (const auto* side : {&r.a, &r.b})
        for (const auto& f : side->size.files)
            files.rows.push_back({side == &r.a ? "A" : "B", f.path, n(double(f.bytes)), n(double(f.compressedBytes))});
    s.blocks.push_back(tableBlock(files));
    ReportTable ops;
    ops.caption = "Op histogram";
    ops.header = {"op", "A", "B"};
    ops.numeric = {false, true, true};
    ops.collapsed = true;
    std::set<std::string> names;
    for (const auto& [op, c] : a.opHistogram) names.insert(op);
    for (const auto& [op, c] : b.opHistogram) names.insert(op);
    for (const auto& op : names) {
        auto ia = a.opHistogram.find(op);
        auto ib = b.opHistogram.find(op);
        ops.rows.push_back({op, ia == a.opHistogram.end() ? "-" : n(ia->second), ib == b.opHistogram.end() ? "-" : n(ib->second)});
    }
    s.blocks.push_back(tableBlock(ops));
    return s;
}

ReportSection speedSection(const CompareResult& r) {
    ReportSection s{"Speed and memory", 2, {}};
    const LatencyStats& a = *r.latencyA;
    const LatencyStats& b = *r.latencyB;
    s.blocks.push_back(paragraph("Timed on " + r.latencyInput + ": " + n(a.warmup) + " warm-up and " + n(a.runs) +
                                 " timed runs per model, alternating the models (A B, B A, ...) so machine noise and cache warmth hit both alike."));
    s.blocks.push_back(chart("Median latency (ms) and executor peak memory",
                             svgBarPairs({{"median ms", a.medianMs, b.medianMs, n(a.medianMs) + " ms", n(b.medianMs) + " ms"},
                                          {"peak memory", double(a.peakBytes), double(b.peakBytes), humanBytes(double(a.peakBytes)),
                                           humanBytes(double(b.peakBytes))}},
                                         true)));
    ReportTable t;
    t.header = {"", "A", "B", "B/A"};
    t.numeric = {false, true, true, true};
    t.rows.push_back({"median ms", n(a.medianMs), n(b.medianMs), ratioCell(a.medianMs, b.medianMs)});
    t.rows.push_back({"min ms", n(a.minMs), n(b.minMs), ratioCell(a.minMs, b.minMs)});
    t.rows.push_back({"max ms", n(a.maxMs), n(b.maxMs), ratioCell(a.maxMs, b.maxMs)});
    t.rows.push_back({"mean ms", n(a.meanMs), n(b.meanMs), ratioCell(a.meanMs, b.meanMs)});
    t.rows.push_back({"runs (warm-up)", n(a.runs) + " (" + n(a.warmup) + ")", n(b.runs) + " (" + n(b.warmup) + ")", ""});
    t.rows.push_back({"peak memory bytes", bytesCell(a.peakBytes), bytesCell(b.peakBytes), ratioCell(double(a.peakBytes), double(b.peakBytes))});
    s.blocks.push_back(tableBlock(t));
    return s;
}

std::string opt(const std::optional<double>& v, const std::string& none) { return v ? n(*v) : none; }

ReportSection accuracySection(const CompareResult& r) {
    ReportSection s{"Accuracy", 2, {}};
    std::string samples;
    for (size_t i = 0; i < r.sampleLabels.size() && i < 12; ++i) samples += (i ? ", " : "") + r.sampleLabels[i];
    if (r.sampleLabels.size() > 12) samples += ", ... (" + std::to_string(r.sampleLabels.size() - 12) + " more)";
    s.blocks.push_back(paragraph(n(double(r.sampleLabels.size())) + " input sample(s): " + samples +
                                 ". A is the reference: relative errors divide by |A|."));
    ReportTable t;
    t.header = {"output", "max abs", "mean abs", "max rel", "RMSE", "cosine", "SNR dB", "top-1", "top-5", "equal"};
    t.numeric = {false, true, true, true, true, true, true, true, true, true};
    for (const auto& o : r.outputs) {
        if (!o.numeric) {
            t.rows.push_back({o.name, "-", "-", "-", "-", "-", "-", "-", "-", n(o.equalFraction)});
            continue;
        }
        t.rows.push_back({o.name, n(o.maxAbsError), n(o.meanAbsError), n(o.maxRelError), n(o.rmse), n(o.cosine),
                          opt(o.snrDb, "inf (identical)"), opt(o.top1Agreement, "-"), opt(o.top5Agreement, "-"), n(o.equalFraction)});
    }
    s.blocks.push_back(tableBlock(t));
    if (!r.referenceA.empty()) {
        ReportTable ref;
        ref.caption = "Against the outputs stored with the reference cases";
        ref.header = {"output", "A max abs", "A max rel", "A cosine", "B max abs", "B max rel", "B cosine", "elements"};
        ref.numeric = {false, true, true, true, true, true, true, true};
        for (size_t k = 0; k < r.referenceA.size() && k < r.referenceB.size(); ++k) {
            const auto& ra = r.referenceA[k];
            const auto& rb = r.referenceB[k];
            ref.rows.push_back({ra.name, n(ra.maxAbsError), n(ra.maxRelError), n(ra.cosine), n(rb.maxAbsError), n(rb.maxRelError),
                                n(rb.cosine), n(double(ra.elements))});
        }
        s.blocks.push_back(tableBlock(ref));
    }
    for (const auto& o : r.outputs) {
        std::string detail = "Output " + o.name + ": A " + o.tensorA + " " + o.dtype + o.shapeA + ", B " + o.tensorB + " " + o.shapeB +
                             "; " + n(double(o.elements)) + " elements compared, " + n(double(o.nanMismatches)) + " NaN mismatches";
        if (o.top1Agreement) detail += ", " + n(double(o.rows)) + " rows ranked";
        detail += ".";
        for (const auto& note : o.notes) detail += " " + note.english() + ".";
        s.blocks.push_back(paragraph(detail));
        if (!o.numeric) continue;
        std::vector<std::string> labels;
        for (int k = 0; k < kErrorBins; ++k) labels.push_back(errorBinLabel(k));
        s.blocks.push_back(chart("|A-B| per element of " + o.name + " (decade bins, element counts)",
                                 svgHistogram(labels, o.errorHistogram, kColorB)));
        ReportTable h;
        h.caption = "Error histogram of " + o.name;
        h.header = {"|A-B|", "elements"};
        h.numeric = {false, true};
        h.collapsed = true;
        for (int k = 0; k < kErrorBins; ++k) h.rows.push_back({errorBinLabel(k), n(double(o.errorHistogram[size_t(k)]))});
        s.blocks.push_back(tableBlock(h));
    }
    return s;
}

ReportSection weightSection(const CompareResult& r) {
    const WeightDiff& w = r.weights;
    ReportSection s{"Weights", 2, {}};
    s.blocks.push_back(paragraph(n(w.changedCount) + " of " + n(double(w.tensors.size())) + " matched weight tensors changed; " +
                                 n(w.unmatchedA) + " weights only in A, " + n(w.unmatchedB) + " only in B."));
    if (w.tensors.empty()) return s;
    int charts = 0;
    for (const auto& t : w.tensors) {
        if (!t.changed || charts >= 6) continue;
        ++charts;
        s.blocks.push_back(chart(t.name + ": values before (A, outline) and after (B, filled); " + n(double(t.distinctA)) + " -> " +
                                     n(double(t.distinctB)) + " distinct values",
                                 svgOverlayHistogram(t.histogramA, t.histogramB, t.histMin, t.histMax)));
    }
    ReportTable t;
    t.header = {"tensor", "elements", "max abs change", "mean abs change", "distinct A", "distinct B", "A", "B"};
    t.numeric = {false, true, true, true, true, true, false, false};
    for (const auto& d : w.tensors)
        t.rows.push_back({d.name, n(double(d.elements)), n(d.maxAbsChange), n(d.meanAbsChange), n(double(d.distinctA)),
                          n(double(d.distinctB)), d.sourceA, d.sourceB});
    t.collapsed = w.tensors.size() > 30;
    s.blocks.push_back(tableBlock(t));
    return s;
}

}  // namespace

ReportDoc buildReportDoc(const CompareResult& r, const std::vector<std::string>& violations) {
    ReportDoc doc;
    doc.title = "tfscope compare: " + baseName(r.a.path) + " vs " + baseName(r.b.path);
    doc.modelA = describeModel(r.a);
    doc.modelB = describeModel(r.b);
    doc.passed = violations.empty();
    doc.violations = violations;
    doc.headline.push_back("Size on disk " + humanBytes(double(r.a.size.bytes)) + " -> " + humanBytes(double(r.b.size.bytes)) + " (" +
                           shortRatio(double(r.a.size.bytes), double(r.b.size.bytes)) + "), compressed " +
                           humanBytes(double(r.a.size.compressedBytes)) + " -> " + humanBytes(double(r.b.size.compressedBytes)) + " (" +
                           shortRatio(double(r.a.size.compressedBytes), double(r.b.size.compressedBytes)) + ")");
    if (r.latencyA && r.latencyB)
        doc.headline.push_back("Median latency " + n(r.latencyA->medianMs) + " ms -> " + n(r.latencyB->medianMs) + " ms (" +
                               shortRatio(r.latencyA->medianMs, r.latencyB->medianMs) + ")");
    for (const auto& o : r.outputs) {
        if (!o.numeric) continue;
        std::string line = "Output " + o.name + ": max abs error " + n(o.maxAbsError) + ", cosine " + n(o.cosine);
        if (o.top1Agreement) line += ", top-1 agreement " + n(*o.top1Agreement);
        doc.headline.push_back(line);
    }
    doc.sections.push_back(sizeSection(r));
    if (r.latencyA && r.latencyB) doc.sections.push_back(speedSection(r));
    if (!r.outputs.empty()) doc.sections.push_back(accuracySection(r));
    doc.sections.push_back(weightSection(r));
    if (!r.notes.empty()) {
        ReportSection notes{"Notes", 2, {}};
        ReportBlock list;
        list.kind = ReportBlock::Kind::List;
        for (const auto& note : r.notes) list.items.push_back(note.english());
        notes.blocks.push_back(list);
        doc.sections.push_back(notes);
    }
    return doc;
}

}  // namespace tfs::compare
