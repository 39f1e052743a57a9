#include "core/layout/svg_writer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "core/ops/op_registry.h"
#include "core/util/xml.h"

namespace tfs::layout {
namespace {

// The GUI's light palette (views/theme.cpp), as hex strings.
const char* categoryFill(OpCategory c) {
    switch (c) {
        case OpCategory::Convolution: return "#a8c8f0";
        case OpCategory::Activation: return "#f4b6b6";
        case OpCategory::Normalization: return "#b9e4c9";
        case OpCategory::Pooling: return "#c9e7f2";
        case OpCategory::Math: return "#e6e6e6";
        case OpCategory::Array: return "#eadcc6";
        case OpCategory::ControlFlow: return "#d7c8ef";
        case OpCategory::Variable: return "#f3df9b";
        case OpCategory::IO: return "#cfd8dc";
        case OpCategory::Constant: return "#f5ecc8";
        case OpCategory::Placeholder: return "#9fe0d0";
        case OpCategory::Quantization: return "#e9c7e4";
        case OpCategory::String: return "#dfe7c0";
        case OpCategory::Random: return "#f1d0b5";
        case OpCategory::Function: return "#c5cae9";
        case OpCategory::Image: return "#b3e5e0";
        case OpCategory::Audio: return "#d1c4e9";
        case OpCategory::Training: return "#ffccbc";
        case OpCategory::Other: break;
    }
    return "#ececec";
}

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

std::string lastComponent(const std::string& path) {
    size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Shortens text to about `maxChars` characters (UTF-8 aware), marking the cut with "…".
std::string fit(const std::string& text, double width, double charWidth) {
    const size_t maxChars = size_t(std::max(3.0, width / charWidth));
    size_t chars = 0, pos = 0;
    while (pos < text.size()) {
        unsigned char c = static_cast<unsigned char>(text[pos]);
        size_t len = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        if (chars + 1 >= maxChars && pos + len < text.size()) return text.substr(0, pos) + "…";
        pos += len;
        ++chars;
    }
    return text;
}

void text(std::ostringstream& os, double x, double y, const std::string& s, const char* extra = "") {
    os << "<text x=\"" << num(x) << "\" y=\"" << num(y) << "\"" << extra << ">" << xmlEscape(s) << "</text>\n";
}

}  // namespace

std::string xmlEscape(const std::string& s) { return escapeXml(s); }

std::string toSvg(const LayoutInput& input, const LayoutResult& result, const GraphIndex& index, double scale) {
    const VisibleGraph& vg = input.graph;
    scale = std::isfinite(scale) && scale > 0 ? scale : 1.0;
    const double margin = 10;
    const double w = result.width + 2 * margin, h = result.height + 2 * margin;
    std::ostringstream os;
    os << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       << "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" << num(std::ceil(w * scale))
       << "\" height=\"" << num(std::ceil(h * scale)) << "\" viewBox=\"" << num(-margin) << " " << num(-margin) << " "
       << num(w) << " " << num(h) << "\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"10\">\n"
       << "<rect x=\"" << num(-margin) << "\" y=\"" << num(-margin) << "\" width=\"" << num(w) << "\" height=\"" << num(h)
       << "\" fill=\"#fbfbfc\"/>\n";

    // Clusters: outer ones first (parents precede children in VisibleGraph).
    os << "<g id=\"clusters\">\n";
    for (size_t c = 0; c < vg.clusters.size() && c < result.clusters.size(); ++c) {
        const RectF& r = result.clusters[c];
        if (r.width <= 0 || r.height <= 0) continue;
        os << "<rect x=\"" << num(r.x) << "\" y=\"" << num(r.y) << "\" width=\"" << num(r.width) << "\" height=\""
           << num(r.height) << "\" rx=\"6\" fill=\"#5070a0\" fill-opacity=\"0.05\" stroke=\"#b8c0cc\"/>\n";
        text(os, r.x + 6, r.y + 12, fit(vg.clusters[c].path, r.width - 10, 5.8), " fill=\"#5a6270\" font-size=\"9\"");
    }
    os << "</g>\n<g id=\"edges\" fill=\"none\">\n";
    for (size_t e = 0; e < vg.edges.size() && e < result.edges.size(); ++e) {
        const EdgeRoute& route = result.edges[e];
        const bool control = vg.edges[e].control;
        const char* colour = control ? "#9aa0a8" : "#70757d";
        if (route.bezier.size() >= 4) {
            os << "<path d=\"M" << num(route.bezier[0].x) << "," << num(route.bezier[0].y);
            for (size_t k = 1; k + 2 < route.bezier.size(); k += 3)
                os << " C" << num(route.bezier[k].x) << "," << num(route.bezier[k].y) << " " << num(route.bezier[k + 1].x)
                   << "," << num(route.bezier[k + 1].y) << " " << num(route.bezier[k + 2].x) << ","
                   << num(route.bezier[k + 2].y);
            os << "\" stroke=\"" << colour << "\" stroke-width=\"1.1\"" << (control ? " stroke-dasharray=\"4,3\"" : "")
               << "/>\n";
        }
        if (route.hasArrow && !route.bezier.empty()) {
            const PointF end = route.bezier.back(), tip = route.arrowTip;
            const double dx = tip.x - end.x, dy = tip.y - end.y, len = std::hypot(dx, dy);
            if (len > 0.1) {
                const double nx = -dy / len, ny = dx / len, half = std::max(3.0, len * 0.4);
                os << "<polygon points=\"" << num(tip.x) << "," << num(tip.y) << " " << num(end.x + nx * half) << ","
                   << num(end.y + ny * half) << " " << num(end.x - nx * half) << "," << num(end.y - ny * half)
                   << "\" fill=\"" << colour << "\"/>\n";
            }
        }
        if (route.hasLabel && e < input.edgeLabels.size() && !input.edgeLabels[e].empty())
            text(os, route.labelCenter.x, route.labelCenter.y + 3, input.edgeLabels[e],
                 " fill=\"#6b7079\" font-size=\"8\" text-anchor=\"middle\" stroke=\"none\"");
    }
    os << "</g>\n<g id=\"nodes\">\n";
    for (size_t i = 0; i < vg.items.size() && i < result.items.size(); ++i) {
        const VisibleItem& item = vg.items[i];
        const RectF& r = result.items[i];
        const double cx = r.x + r.width / 2;
        if (item.kind == VisibleItem::Kind::Node && item.node >= 0 && item.node < index.size()) {
            const auto& nd = index.node(item.node);
            OpCategory cat = opCategory(nd.op());
            if (nd.op() == "_Arg" || nd.op() == "_Retval") cat = OpCategory::Placeholder;
            os << "<g><title>" << xmlEscape(nd.name() + " (" + nd.op() + ")") << "</title><rect x=\"" << num(r.x)
               << "\" y=\"" << num(r.y) << "\" width=\"" << num(r.width) << "\" height=\"" << num(r.height)
               << "\" rx=\"5\" fill=\"" << categoryFill(cat) << "\" stroke=\"#7d838c\"/>\n";
            const double top = r.y + r.height / 2 - (item.folded > 0 ? 9 : 3);
            text(os, cx, top, fit(nd.op(), r.width - 8, 6.6), " text-anchor=\"middle\" font-weight=\"bold\" fill=\"#1d1d1f\"");
            text(os, cx, top + 12, fit(lastComponent(nd.name()), r.width - 8, 6.0), " text-anchor=\"middle\" fill=\"#1d1d1f\"");
            if (item.folded > 0)
                text(os, cx, top + 23, "+" + std::to_string(item.folded) + (item.folded == 1 ? " weight" : " weights"),
                     " text-anchor=\"middle\" fill=\"#50545a\" font-size=\"8.5\"");
            os << "</g>\n";
        } else {
            os << "<g><title>" << xmlEscape(item.scope + " (" + std::to_string(item.nodeCount) + " nodes)")
               << "</title><rect x=\"" << num(r.x) << "\" y=\"" << num(r.y) << "\" width=\"" << num(r.width)
               << "\" height=\"" << num(r.height) << "\" rx=\"8\" fill=\"#e8edf5\" stroke=\"#6d7f99\" stroke-width=\"1.3\"/>\n";
            const double top = r.y + r.height / 2 - 3;
            text(os, cx, top, fit(lastComponent(item.scope), r.width - 8, 6.6),
                 " text-anchor=\"middle\" font-weight=\"bold\" fill=\"#243040\"");
            text(os, cx, top + 12, std::to_string(item.nodeCount) + " nodes", " text-anchor=\"middle\" fill=\"#3a4656\"");
            os << "</g>\n";
        }
    }
    os << "</g>\n</svg>\n";
    return os.str();
}

}  // namespace tfs::layout
