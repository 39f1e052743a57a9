#include "views/run_overlay.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

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
    double slowest = 0;
    std::map<std::string, std::pair<const exec::NodeTime*, int>> timeOf;  // node -> (time, rank by time)
    int rank = 0;
    for (const auto& n : profile.nodes) {  // slowest first
        if (n.function != graph.key) continue;
        ++rank;
        if (n.fused) continue;  // its time is counted in its convolution or matrix product
        timeOf.emplace(n.node, std::make_pair(&n, rank));
        slowest = std::max(slowest, n.ms);
    }
    if (timeOf.empty()) return nullptr;
    auto overlay = std::make_shared<GraphOverlay>();
    const int count = graph.index->size();
    overlay->nodes.resize(size_t(count));
    std::map<std::string, double> scopeMs;
    double graphMs = 0;
    for (int i = 0; i < count; ++i) {
        const std::string& name = graph.index->node(i).name();
        auto it = timeOf.find(name);
        if (it == timeOf.end()) continue;
        const exec::NodeTime& t = *it->second.first;
        NodeMark& m = overlay->nodes[size_t(i)];
        m.color = timeColor(timeShare(t.ms, slowest));
        m.fill = true;
        m.rank = std::numeric_limits<int>::max() - it->second.second;  // a box holding several nodes shows the slowest
        if (it->second.second <= kNumberedSlowest) m.glyph = QString::number(it->second.second);
        m.tip = QCoreApplication::translate("tfs::views::RunOverlay", "<b>%1</b> per run · %2% of node time · #%3 by time")
                    .arg(formatMs(t.ms))
                    .arg(t.percent, 0, 'f', 1)
                    .arg(it->second.second);
        if (t.executionsPerRun > 1.5) m.tip += QCoreApplication::translate("tfs::views::RunOverlay", "<br>%1 calls per run").arg(t.executionsPerRun, 0, 'f', 0);
        graphMs += t.ms;
        for (const auto& scope : enclosingScopes(name)) scopeMs[scope] += t.ms;
    }
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
