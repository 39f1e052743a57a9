#include "core/workbench/report.h"
#include "core/util/human_bytes.h"

#include <cstdio>

#include "core/compare/report.h"

namespace tfs::workbench {
namespace {

Json sizeFields(const Measurement& m) {
    Json j = Json::object();
    j.set("nodes", int64_t(m.size.nodeCount));
    j.set("bytes", m.size.bytes);
    j.set("compressed_bytes", m.size.compressedBytes);
    j.set("parameters", m.size.parameters.total());
    j.set("latency_ms", m.latency ? Json(m.latency->medianMs) : Json(nullptr));
    return j;
}

Json accuracyJson(const compare::OutputMetrics& o) {
    Json j = Json::object();
    j.set("max_abs_error", o.maxAbsError);
    j.set("mean_abs_error", o.meanAbsError);
    j.set("cosine", o.cosine);
    j.set("snr_db", o.snrDb ? Json(*o.snrDb) : Json(nullptr));
    j.set("top1_agreement", o.top1Agreement ? Json(*o.top1Agreement) : Json(nullptr));
    return j;
}

std::string fmt(const char* format, double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

std::string row(const std::string& label, const Measurement& m) {
    char line[512];
    std::string name = label.size() > 40 ? label.substr(0, 37) + "..." : label;
    std::string latency = m.latency ? fmt("%.3f", m.latency->medianMs) : "-";
    std::string peak = m.latency && m.latency->peakBytes ? humanBytes(double(m.latency->peakBytes)) : "-";
    std::snprintf(line, sizeof line, "%-40s %7d %11s %11s %11lld %10s %10s\n", name.c_str(), m.size.nodeCount,
                  humanBytes(double(m.size.bytes)).c_str(),
                  humanBytes(double(m.size.compressedBytes)).c_str(),
                  static_cast<long long>(m.size.parameters.total()), latency.c_str(), peak.c_str());
    std::string text = line;
    for (const auto& o : m.accuracy) {
        text += "    " + o.tensorA + ": max_abs " + fmt("%.3g", o.maxAbsError) + "  mean_abs " +
                fmt("%.3g", o.meanAbsError) + "  cosine " + fmt("%.6f", o.cosine) + "  snr " +
                (o.snrDb ? fmt("%.1f dB", *o.snrDb) : std::string("exact")) +
                (o.top1Agreement ? "  top1 " + fmt("%.1f%%", *o.top1Agreement * 100) : std::string()) + "\n";
    }
    if (!m.runError.ok()) text += "    not run: " + m.runError.message() + "\n";
    return text;
}

}  // namespace

Json reportToJson(const Measurement& baseline, const std::vector<MeasuredStep>& steps) {
    Json root = Json::object();
    root.set("baseline", sizeFields(baseline));
    Json passes = Json::array();
    for (const auto& step : steps) {
        Json p = Json::object();
        p.set("name", step.spec.name);
        p.set("spec", step.spec.toString());
        Json fields = sizeFields(step.measurement);
        for (const char* key : {"nodes", "bytes", "compressed_bytes", "parameters", "latency_ms"})
            p.set(key, *fields.find(key));
        Json accuracy = Json::object();
        for (const auto& o : step.measurement.accuracy) accuracy.set(o.tensorA, accuracyJson(o));
        p.set("accuracy", std::move(accuracy));
        passes.push(std::move(p));
    }
    root.set("passes", std::move(passes));
    return root;
}

std::string formatReport(const Measurement& baseline, const std::vector<MeasuredStep>& steps) {
    char line[512];
    std::snprintf(line, sizeof line, "%-40s %7s %11s %11s %11s %10s %10s\n", "step", "nodes", "bytes", "compressed",
                  "parameters", "median ms", "peak mem");
    std::string text = line;
    text += row("baseline", baseline);
    for (size_t i = 0; i < steps.size(); ++i)
        text += row(std::to_string(i + 1) + " " + steps[i].spec.toString(), steps[i].measurement);
    const Measurement& last = steps.empty() ? baseline : steps.back().measurement;
    if (!last.sampleLabels.empty()) {
        std::string labels;
        for (const auto& l : last.sampleLabels) labels += (labels.empty() ? "" : ", ") + l;
        text += "accuracy against the original on: " + labels + "\n";
    }
    if (last.latency) text += "latency: median of " + std::to_string(last.latency->runs) + " runs on " + last.latencyInput + "\n";
    return text;
}

}  // namespace tfs::workbench
