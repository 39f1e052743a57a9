#include "views/run_overlay.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

#include "views/run_models.h"
#include "views/theme.h"

namespace tfs::views {
namespace {

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// One swatch of the legend's scale.
QString swatch(const QColor& color, const QString& text) {
    return QStringLiteral("<span style=\"background:%1;color:%2;\">%3</span>").arg(color.name(), textColorOn(color).name(), text);
}

}  // namespace

QColor timeColor(double t) {
    // YlOrRd without its two palest steps (they would not stand out from faded untimed boxes).
    static const QColor stops[] = {QColor(0xfe, 0xd9, 0x76), QColor(0xfe, 0xb2, 0x4c), QColor(0xfd, 0x8d, 0x3c),
                                   QColor(0xfc, 0x4e, 0x2a), QColor(0xe3, 0x1a, 0x1c), QColor(0xbd, 0x00, 0x26)};
    constexpr int last = int(std::size(stops)) - 1;
    t = std::clamp(std::isnan(t) ? 0.0 : t, 0.0, 1.0) * last;
    const int i = std::min(int(t), last - 1);
    return mix(stops[i], stops[i + 1], t - i);
}

double timeShare(double ms, double slowestMs) { return slowestMs > 0 ? std::sqrt(std::max(0.0, ms) / slowestMs) : 0.0; }

std::shared_ptr<const GraphOverlay> timeOverlay(const GraphData& graph, const exec::OpProfile& profile) {
    if (!graph.index || profile.empty()) return nullptr;
    auto overlay = std::make_shared<GraphOverlay>();
    const int count = graph.index->size();
    overlay->nodes.resize(size_t(count));
    // Translated once: a 20k-node run would otherwise look the same texts up 20k times.
    const QString tipText = QCoreApplication::translate("tfs::views::RunOverlay", "<b>%1</b> per run · %2% of node time · #%3 by time");
    const QString callsText = QCoreApplication::translate("tfs::views::RunOverlay", "<br>%1 calls per run");
    std::unordered_map<std::string, double> scopeMs;
    double slowest = 0, graphMs = 0;
    int rank = 0, marked = 0;
    for (const auto& t : profile.nodes) {  // slowest first
        if (t.function != graph.key) continue;
        ++rank;
        const int i = t.fused ? -1 : graph.index->find(t.node);  // a fused node's time is counted in its convolution
        if (i < 0) continue;
        if (!marked++) slowest = t.ms;
        NodeMark& m = overlay->nodes[size_t(i)];
        m.color = timeColor(timeShare(t.ms, slowest));
        m.fill = true;
        m.rank = std::numeric_limits<int>::max() - rank;  // among folded weights, the slowest shows
        if (rank <= kNumberedSlowest) m.glyph = QString::number(rank);
        m.tip = tipText.arg(formatMs(t.ms)).arg(t.percent, 0, 'f', 1).arg(rank);
        if (t.executionsPerRun > 1.5) m.tip += callsText.arg(t.executionsPerRun, 0, 'f', 0);
        graphMs += t.ms;
        for (const auto& scope : enclosingScopes(t.node)) scopeMs[scope] += t.ms;
    }
    if (!marked) return nullptr;
    double slowestScope = 0;
    for (const auto& [scope, ms] : scopeMs) slowestScope = std::max(slowestScope, ms);
    const double total = std::max(profile.totalMs, 1e-12);
    for (const auto& [scope, ms] : scopeMs) {
        ScopeBadge b;
        b.text = QCoreApplication::translate("tfs::views::RunOverlay", "%1 · %2%").arg(formatMs(ms)).arg(100.0 * ms / total, 0, 'f', ms / total < 0.1 ? 1 : 0);
        b.color = timeColor(timeShare(ms, slowestScope));
        overlay->scopes[scope] = b;
    }
    // The scale: six swatches from no time to the slowest node (square-root steps), labelled at both ends.
    QString scale;
    for (int k = 0; k <= 5; ++k) scale += swatch(timeColor(k / 5.0), QStringLiteral("&nbsp;&nbsp;"));
    overlay->legend = QCoreApplication::translate("tfs::views::RunOverlay",
                                                  "Node time per run (%1 runs): 0 %2 %3 (√ scale) · 1–%4 = the slowest nodes · "
                                                  "pale = not timed or fused · this graph: %5 of %6")
                          .arg(profile.runs)
                          .arg(scale, formatMs(slowest).toHtmlEscaped())
                          .arg(kNumberedSlowest)
                          .arg(formatMs(graphMs).toHtmlEscaped(), formatMs(profile.totalMs).toHtmlEscaped());
    return overlay;
}

}  // namespace tfs::views
