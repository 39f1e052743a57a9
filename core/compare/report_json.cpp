// Number formatting shared by all reports, the JSON form, and writeReport.
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/compare/report.h"
#include "core/util/human_bytes.h"
#include "core/util/file.h"

namespace tfs::compare {

std::string formatNumber(double v) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    char buf[40];
    if (v == std::floor(v) && std::fabs(v) < 1e15) {
        std::snprintf(buf, sizeof buf, "%.0f", v);
        return buf;
    }
    std::snprintf(buf, sizeof buf, "%.6g", v);
    double back = std::strtod(buf, nullptr);
    if ((back == 1 || back == -1 || back == std::floor(back)) && back != v) std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

double reportValue(double v) {
    if (!std::isfinite(v)) return v;
    return std::strtod(formatNumber(v).c_str(), nullptr);
}


namespace {

Json num(double v) { return std::isfinite(v) ? Json::ofDouble(reportValue(v)) : Json(); }
Json optNum(const std::optional<double>& v) { return v ? num(*v) : Json(); }

Json sizeJson(const SizeStats& s) {
    Json j = Json::object();
    j.set("bytes", num(double(s.bytes)));
    j.set("compressed_bytes", num(double(s.compressedBytes)));
    j.set("constant_bytes", num(double(s.constantBytes)));
    j.set("constant_count", num(double(s.constantCount)));
    j.set("variable_bytes", num(double(s.variableBytes)));
    j.set("variable_count", num(double(s.variableCount)));
    j.set("optimizer_slot_bytes", num(double(s.optimizerSlotBytes)));
    j.set("node_count", num(s.nodeCount));
    j.set("function_node_count", num(s.functionNodeCount));
    j.set("parameters", s.parameters.total());
    Json dt = Json::object();
    for (const auto& [d, b] : s.paramBytesByDtype) dt.set(d, num(double(b)));
    j.set("param_bytes_by_dtype", dt);
    Json files = Json::array();
    for (const auto& f : s.files) {
        Json fj = Json::object();
        fj.set("path", Json(f.path));
        fj.set("bytes", num(double(f.bytes)));
        fj.set("compressed_bytes", num(double(f.compressedBytes)));
        files.push(fj);
    }
    j.set("files", files);
    Json ops = Json::object();
    for (const auto& [op, n] : s.opHistogram) ops.set(op, num(n));
    j.set("op_histogram", ops);
    return j;
}

Json latencyJson(const LatencyStats& l) {
    Json j = Json::object();
    j.set("median_ms", num(l.medianMs));
    j.set("min_ms", num(l.minMs));
    j.set("max_ms", num(l.maxMs));
    j.set("mean_ms", num(l.meanMs));
    j.set("runs", num(l.runs));
    j.set("warmup", num(l.warmup));
    return j;
}

Json ratio(double a, double b) { return a > 0 ? num(b / a) : Json(); }

}  // namespace

Json compareToJson(const CompareResult& r, const std::vector<std::string>& violations) {
    Json root = Json::object();
    for (const auto* side : {&r.a, &r.b}) {
        Json m = Json::object();
        m.set("path", Json(side->path));
        m.set("format", Json(side->format));
        m.set("producer", Json(side->producer));
        root.set(side == &r.a ? "a" : "b", m);
    }
    Json size = Json::object();
    size.set("a", sizeJson(r.a.size));
    size.set("b", sizeJson(r.b.size));
    Json sr = Json::object();
    sr.set("bytes", ratio(double(r.a.size.bytes), double(r.b.size.bytes)));
    sr.set("compressed_bytes", ratio(double(r.a.size.compressedBytes), double(r.b.size.compressedBytes)));
    size.set("ratio", sr);
    Json delta = Json::array();
    for (const auto& d : r.opDelta) {
        Json dj = Json::object();
        dj.set("op", Json(d.op));
        dj.set("a", num(d.countA));
        dj.set("b", num(d.countB));
        delta.push(dj);
    }
    size.set("op_delta", delta);
    root.set("size", size);

    if (r.latencyA && r.latencyB) {
        Json lat = Json::object();
        lat.set("a", latencyJson(*r.latencyA));
        lat.set("b", latencyJson(*r.latencyB));
        lat.set("ratio", optNum(latencyRatio(r)));
        lat.set("input", Json(r.latencyInput));
        root.set("latency", lat);
        Json mem = Json::object();
        Json ma = Json::object(), mb = Json::object();
        ma.set("peak_bytes", num(double(r.latencyA->peakBytes)));
        mb.set("peak_bytes", num(double(r.latencyB->peakBytes)));
        mem.set("a", ma);
        mem.set("b", mb);
        mem.set("ratio", ratio(double(r.latencyA->peakBytes), double(r.latencyB->peakBytes)));
        root.set("memory", mem);
    }

    Json acc = Json::object();
    Json labels = Json::array();
    for (const auto& l : r.sampleLabels) labels.push(Json(l));
    acc.set("samples", labels);
    Json outs = Json::object();
    for (const auto& o : r.outputs) {
        Json oj = Json::object();
        oj.set("tensor_a", Json(o.tensorA));
        oj.set("tensor_b", Json(o.tensorB));
        oj.set("dtype", Json(o.dtype));
        oj.set("shape_a", Json(o.shapeA));
        oj.set("shape_b", Json(o.shapeB));
        oj.set("elements", num(double(o.elements)));
        if (o.numeric) {
            oj.set("max_abs_error", num(o.maxAbsError));
            oj.set("mean_abs_error", num(o.meanAbsError));
            oj.set("max_rel_error", num(o.maxRelError));
            oj.set("rmse", num(o.rmse));
            oj.set("cosine", num(o.cosine));
            oj.set("snr_db", optNum(o.snrDb));  // null: identical outputs (infinite SNR)
        }
        oj.set("equal_fraction", num(o.equalFraction));
        oj.set("nan_mismatches", num(double(o.nanMismatches)));
        if (o.top1Agreement) oj.set("top1_agreement", num(*o.top1Agreement));
        if (o.top5Agreement) oj.set("top5_agreement", num(*o.top5Agreement));
        if (o.top1Agreement) oj.set("rows", num(double(o.rows)));
        if (o.numeric) {
            Json h = Json::array();
            for (int k = 0; k < kErrorBins; ++k) h.push(num(double(o.errorHistogram[size_t(k)])));
            oj.set("error_histogram", h);
        }
        Json notes = Json::array();
        for (const auto& n : o.notes) notes.push(Json(n.english()));
        oj.set("notes", notes);
        outs.set(o.name, oj);
    }
    acc.set("outputs", outs);
    if (!r.referenceA.empty()) {
        Json ref = Json::object();
        for (const auto* list : {&r.referenceA, &r.referenceB}) {
            Json side = Json::object();
            for (const auto& o : *list) {
                Json oj = Json::object();
                oj.set("max_abs_error", num(o.maxAbsError));
                oj.set("max_rel_error", num(o.maxRelError));
                oj.set("cosine", num(o.cosine));
                oj.set("elements", num(double(o.elements)));
                side.set(o.name, oj);
            }
            ref.set(list == &r.referenceA ? "a" : "b", side);
        }
        acc.set("reference", ref);
    }
    root.set("accuracy", acc);

    Json w = Json::object();
    w.set("changed", num(r.weights.changedCount));
    w.set("unmatched_a", num(r.weights.unmatchedA));
    w.set("unmatched_b", num(r.weights.unmatchedB));
    Json tensors = Json::array();
    for (const auto& t : r.weights.tensors) {
        Json tj = Json::object();
        tj.set("name", Json(t.name));
        tj.set("source_a", Json(t.sourceA));
        tj.set("source_b", Json(t.sourceB));
        tj.set("elements", num(double(t.elements)));
        tj.set("max_abs_change", num(t.maxAbsChange));
        tj.set("mean_abs_change", num(t.meanAbsChange));
        tj.set("distinct_a", num(double(t.distinctA)));
        tj.set("distinct_b", num(double(t.distinctB)));
        tensors.push(tj);
    }
    w.set("tensors", tensors);
    root.set("weights", w);

    Json notes = Json::array();
    for (const auto& n : r.notes) notes.push(Json(n.english()));
    root.set("notes", notes);
    Json th = Json::object();
    th.set("passed", Json(violations.empty()));
    Json v = Json::array();
    for (const auto& s : violations) v.push(Json(s));
    th.set("violations", v);
    root.set("thresholds", th);
    return root;
}

Status writeReport(const std::string& path, const CompareResult& r, const std::vector<std::string>& violations) {
    auto ends = [&](const char* ext) {
        std::string e = ext;
        return path.size() >= e.size() && path.compare(path.size() - e.size(), e.size(), e) == 0;
    };
    std::string text;
    if (ends(".md") || ends(".markdown")) text = formatMarkdownReport(r, violations);
    else if (ends(".html") || ends(".htm")) text = formatHtmlReport(r, violations);
    else if (ends(".json")) text = compareToJson(r, violations).dump() + "\n";
    else return invalidArgument(TFS_PHRASE("Errors", "--report %1: use a .md, .html or .json file name"), path);
    std::vector<std::string> inputs = {r.a.path, r.b.path};
    for (const auto& f : r.a.size.files) inputs.push_back(f.path);
    for (const auto& f : r.b.size.files) inputs.push_back(f.path);
    return writeFileAtomic(path, text, inputs);
}

}  // namespace tfs::compare
