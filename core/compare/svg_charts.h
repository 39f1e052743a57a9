#pragma once
// Small inline SVG charts for the HTML report (no scripts, no network).

#include <cstdint>
#include <string>
#include <vector>

#include "core/util/xml.h"

namespace tfs::compare {

/// Colours of model A and model B in every chart.
constexpr const char* kColorA = "#4C78A8";
constexpr const char* kColorB = "#F58518";

/// One row of a before/after bar chart.
struct BarPair {
    std::string label;
    double a = 0;
    double b = 0;
    std::string textA;  // value label drawn after the bar
    std::string textB;
};

/// Horizontal bars, A above B, per row; each row scaled to the row's maximum
/// when `perRowScale`, else to the chart maximum.
std::string svgBarPairs(const std::vector<BarPair>& rows, bool perRowScale, int width = 560);

/// Vertical bars with labels under them and counts over them.
std::string svgHistogram(const std::vector<std::string>& labels, const std::vector<uint64_t>& counts,
                         const std::string& color, int width = 560, int height = 200);

/// Two histograms over the same bins: A as an outline, B filled, with the value range on the axis.
std::string svgOverlayHistogram(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b, double lo, double hi,
                                int width = 360, int height = 150);

/// Escapes &, <, >, " for HTML/SVG text.
using tfs::escapeXml;  // core/util/xml.h

}  // namespace tfs::compare
