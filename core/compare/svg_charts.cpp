#include "core/compare/svg_charts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace tfs::compare {

namespace {

std::string f(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

std::string rect(double x, double y, double w, double h, const std::string& fill, const std::string& extra = "") {
    return "<rect x=\"" + f(x) + "\" y=\"" + f(y) + "\" width=\"" + f(std::max(0.0, w)) + "\" height=\"" + f(std::max(0.0, h)) +
           "\" fill=\"" + fill + "\"" + extra + "/>";
}

std::string text(double x, double y, const std::string& s, const std::string& extra = "") {
    return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\"" + extra + ">" + escapeXml(s) + "</text>";
}

std::string open(int width, int height) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(width) + "\" height=\"" + std::to_string(height) +
           "\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) +
           "\" font-family=\"system-ui, sans-serif\" font-size=\"11\" role=\"img\">";
}

}  // namespace

std::string svgBarPairs(const std::vector<BarPair>& rows, bool perRowScale, int width) {
    const double labelW = 150, valueW = 130, barH = 14, gap = 4, rowGap = 14, top = 8;
    const double plotW = width - labelW - valueW;
    int height = int(top + rows.size() * (2 * barH + gap + rowGap) + 4);
    double globalMax = 0;
    for (const auto& r : rows) globalMax = std::max({globalMax, r.a, r.b});
    std::string s = open(width, height);
    double y = top;
    for (const auto& r : rows) {
        double mx = perRowScale ? std::max(r.a, r.b) : globalMax;
        if (mx <= 0) mx = 1;
        s += text(labelW - 8, y + barH + gap / 2 + 4, r.label, " text-anchor=\"end\" fill=\"#333\"");
        double wa = plotW * r.a / mx, wb = plotW * r.b / mx;
        s += rect(labelW, y, wa, barH, kColorA, " rx=\"2\"");
        s += text(labelW + wa + 5, y + barH - 3, "A " + r.textA, " fill=\"#333\"");
        s += rect(labelW, y + barH + gap, wb, barH, kColorB, " rx=\"2\"");
        s += text(labelW + wb + 5, y + 2 * barH + gap - 3, "B " + r.textB, " fill=\"#333\"");
        y += 2 * barH + gap + rowGap;
    }
    s += "</svg>";
    return s;
}

std::string svgHistogram(const std::vector<std::string>& labels, const std::vector<uint64_t>& counts, const std::string& color,
                         int width, int height) {
    const double left = 10, right = 10, top = 18, bottom = 34;
    const size_t n = counts.size();
    std::string s = open(width, height);
    if (n == 0) return s + "</svg>";
    uint64_t mx = 1;
    for (auto c : counts) mx = std::max(mx, c);
    const double plotW = width - left - right, plotH = height - top - bottom;
    const double slot = plotW / double(n);
    s += "<line x1=\"" + f(left) + "\" y1=\"" + f(top + plotH) + "\" x2=\"" + f(width - right) + "\" y2=\"" + f(top + plotH) +
         "\" stroke=\"#999\"/>";
    for (size_t i = 0; i < n; ++i) {
        double h = counts[i] ? std::max(1.0, plotH * double(counts[i]) / double(mx)) : 0;
        double x = left + slot * double(i);
        s += rect(x + 2, top + plotH - h, slot - 4, h, color);
        if (counts[i]) s += text(x + slot / 2, top + plotH - h - 3, std::to_string(counts[i]), " text-anchor=\"middle\" fill=\"#333\" font-size=\"10\"");
        if (i < labels.size())
            s += text(x + slot / 2, top + plotH + 13 + (i % 2) * 11, labels[i], " text-anchor=\"middle\" fill=\"#555\" font-size=\"9\"");
    }
    s += "</svg>";
    return s;
}

std::string svgOverlayHistogram(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b, double lo, double hi,
                                int width, int height) {
    const double left = 8, right = 8, top = 8, bottom = 22;
    const size_t n = std::max(a.size(), b.size());
    std::string s = open(width, height);
    if (n == 0) return s + "</svg>";
    uint64_t mx = 1;
    for (auto c : a) mx = std::max(mx, c);
    for (auto c : b) mx = std::max(mx, c);
    const double plotW = width - left - right, plotH = height - top - bottom;
    const double slot = plotW / double(n);
    for (size_t i = 0; i < b.size(); ++i) {
        double h = b[i] ? std::max(1.0, plotH * double(b[i]) / double(mx)) : 0;
        s += rect(left + slot * double(i) + 0.5, top + plotH - h, slot - 1, h, kColorB, " fill-opacity=\"0.75\"");
    }
    std::string path;
    for (size_t i = 0; i < a.size(); ++i) {
        double h = plotH * double(a[i]) / double(mx);
        double x0 = left + slot * double(i), x1 = x0 + slot, y = top + plotH - h;
        path += (i == 0 ? "M" + f(x0) + "," + f(top + plotH) + " L" : " L") + f(x0) + "," + f(y) + " L" + f(x1) + "," + f(y);
    }
    if (!a.empty()) path += " L" + f(left + slot * double(a.size())) + "," + f(top + plotH);
    s += "<path d=\"" + path + "\" fill=\"none\" stroke=\"" + kColorA + "\" stroke-width=\"1.5\"/>";
    s += "<line x1=\"" + f(left) + "\" y1=\"" + f(top + plotH) + "\" x2=\"" + f(width - right) + "\" y2=\"" + f(top + plotH) +
         "\" stroke=\"#999\"/>";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", lo);
    s += text(left, height - 6, buf, " fill=\"#555\" font-size=\"10\"");
    std::snprintf(buf, sizeof buf, "%.4g", hi);
    s += text(width - right, height - 6, buf, " text-anchor=\"end\" fill=\"#555\" font-size=\"10\"");
    s += "</svg>";
    return s;
}

}  // namespace tfs::compare
