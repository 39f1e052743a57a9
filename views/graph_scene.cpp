#include "views/graph_scene.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsView>
#include <cmath>
#include <deque>

#include "core/layout/machinery.h"
#include "core/layout/edge_labels.h"
#include "core/model/attrs.h"
#include "core/model/dtype.h"
#include "core/ops/op_registry.h"
#include "views/background_release.h"

namespace tfs::views {
namespace {

QString lastComponent(const std::string& path) {
    size_t slash = path.rfind('/');
    return QString::fromStdString(slash == std::string::npos ? path : path.substr(slash + 1));
}

QString opMixText(const std::map<std::string, int>& mix) {
    std::vector<std::pair<int, std::string>> sorted;
    for (const auto& [op, n] : mix) sorted.push_back({-n, op});
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (size_t i = 0; i < sorted.size() && i < 3; ++i)
        parts << QStringLiteral("%1 %2").arg(QString::fromStdString(sorted[i].second)).arg(-sorted[i].first);
    if (sorted.size() > 3) parts << QStringLiteral("…");
    return parts.join(QStringLiteral(" · "));
}

}  // namespace

GraphScene::GraphScene(QObject* parent) : QGraphicsScene(parent) {
    nodeFont_ = QApplication::font();
    nodeFont_.setPointSizeF(9);
    boldFont_ = nodeFont_;
    boldFont_.setBold(true);
    smallFont_ = nodeFont_;
    smallFont_.setPointSizeF(nodeFont_.pointSizeF() * 0.85);
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::onSelectionChanged);
    applyPalette();
}

GraphScene::PrepareOptions GraphScene::prepareOptions() const {
    return {nodeFont_, boldFont_, smallFont_, foldWeights_, allControlEdges_, showMachinery_};
}

layout::LayoutInput GraphScene::prepare(const PrepareOptions& options, const GraphData& graph,
                                        const tensorflow::FunctionDefLibrary& library, const std::set<std::string>& expanded,
                                        const layout::GraphShapes* shapes, std::optional<std::vector<char>> hidden) {
    layout::LayoutInput input;
    input.hiddenNodes = hidden ? std::move(*hidden) : hiddenNodes(options, graph);
    input.graph = layout::buildVisibleGraph(*graph.index, expanded, options.foldWeights,
                                           options.allControlEdges ? 0 : layout::kDefaultMaxControlFanIn,
                                           input.hiddenNodes.empty() ? nullptr : &input.hiddenNodes);
    const auto& vg = input.graph;
    QFontMetricsF normal(options.nodeFont), bold(options.boldFont), small(options.smallFont);
    input.itemSizes.reserve(vg.items.size());
    for (const auto& item : vg.items) {
        double w, h;
        if (item.kind == layout::VisibleItem::Kind::Node) {
            const auto& nd = graph.index->node(item.node);
            w = std::max(bold.horizontalAdvance(QString::fromStdString(nd.op())),
                         normal.horizontalAdvance(lastComponent(nd.name())));
            if (item.folded > 0) w = std::max(w, small.horizontalAdvance(tr("+%n weight(s)", nullptr, item.folded)));
            w = std::clamp(w + 16, 64.0, 220.0);
            h = bold.height() + normal.height() + 14;
            if (item.folded > 0) h += small.height() + 2;
        } else {
            w = std::max({bold.horizontalAdvance(lastComponent(item.scope)),
                          normal.horizontalAdvance(tr("%1 nodes").arg(item.nodeCount)),
                          std::min(200.0, small.horizontalAdvance(opMixText(item.opMix)))});
            w = std::clamp(w + 36, 90.0, 240.0);
            h = bold.height() + normal.height() + small.height() + 18;
        }
        input.itemSizes.push_back({w, h});
    }
    // Types on data edges of readable-sized pictures (labels cost layout time), source names on stubs.
    input.edgeLabels = layout::edgeCaptions(vg, *graph.index, library, shapes);
    return input;
}

std::vector<char> GraphScene::hiddenNodes(const PrepareOptions& options, const GraphData& graph) {
    // Function bodies have no training machinery worth hiding; main graphs of TF1 training exports do.
    std::vector<char> hidden;
    if (!options.showMachinery && !graph.isFunction) hidden = layout::trainingMachinery(*graph.index);
    if (layout::countMarked(hidden) == 0) hidden.clear();
    return hidden;
}

QPointF GraphScene::startPoint() const {
    // The first graph input (Placeholder, or a non-resource function argument) if one is drawn.
    for (size_t i = 0; i < boxes_.size(); ++i) {
        int node = nodeOfBox(int(i));
        if (node < 0) continue;
        const auto& nd = graph_->index->node(node);
        bool input = nd.op() == "Placeholder" || nd.op() == "PlaceholderWithDefault";
        if (nd.op() == "_Arg") {
            auto t = nd.attr().find("T");
            input = t == nd.attr().end() || t->second.type() != tensorflow::DT_RESOURCE;
        }
        if (input) return boxes_[i]->sceneBoundingRect().center();
    }
    // No input: the top-most box (left-most among equals).
    const BoxItem* best = nullptr;
    for (const BoxItem* b : boxes_) {
        QRectF r = b->sceneBoundingRect();
        if (!best || r.top() < best->sceneBoundingRect().top() - 1 ||
            (std::abs(r.top() - best->sceneBoundingRect().top()) <= 1 && r.left() < best->sceneBoundingRect().left()))
            best = b;
    }
    return best ? best->sceneBoundingRect().center() : sceneRect().topLeft();
}

GraphScene::~GraphScene() {
    blockSignals(true);
    boxes_.clear();
    tips_.clear();
    edges_.clear();
    clusters_.clear();
    clear();
}

void GraphScene::reset() {
    clearSelection();
    const bool blocked = blockSignals(true);
    boxes_.clear();
    tips_.clear();
    edges_.clear();
    clusters_.clear();
    clear();
    blockSignals(blocked);
}

void GraphScene::populate(std::shared_ptr<const GraphData> graph, layout::LayoutInput input,
                          layout::LayoutResult result) {
    blockSignals(true);
    reset();
    blockSignals(false);
    releaseInBackground(std::exchange(graph_, std::move(graph)));  // may be the last owner of an old revision's index
    input_ = std::move(input);
    const auto& vg = input_.graph;
    const GraphColors colors = graphColors(dark_);

    for (size_t c = 0; c < vg.clusters.size(); ++c) {
        const auto& r = result.clusters[c];
        if (r.width <= 0 || r.height <= 0) continue;  // layout fell back to no clusters
        QString label = QString::fromStdString(vg.clusters[c].path);
        auto* item = new ClusterItem(this, int(c), QRectF(r.x, r.y, r.width, r.height), label);
        item->setZValue(-1.0 + 0.01 * std::count(vg.clusters[c].path.begin(), vg.clusters[c].path.end(), '/'));
        item->setToolTip(tr("%1 — %2 nodes (double-click the title to collapse)").arg(label).arg(vg.clusters[c].nodeCount));
        addItem(item);
        clusters_.push_back(item);
    }
    for (size_t i = 0; i < vg.items.size(); ++i) {
        const auto& it = vg.items[i];
        const auto& r = result.items[i];
        auto* box = new BoxItem(this, int(i), QRectF(r.x, r.y, r.width, r.height));
        if (it.kind == layout::VisibleItem::Kind::Node) {
            const auto& nd = graph_->index->node(it.node);
            QStringList lines = {QString::fromStdString(nd.op()), lastComponent(nd.name())};
            if (it.folded > 0) lines << tr("+%n weight(s)", nullptr, it.folded);
            box->setLines(lines);
            QString tip = QStringLiteral("<b>%1</b><br>%2").arg(QString::fromStdString(nd.name()).toHtmlEscaped(),
                                                                  QString::fromStdString(nd.op()).toHtmlEscaped());
            if (it.folded > 0) {
                QStringList weights;
                for (size_t n = 0; n < input_.graph.itemOfNode.size() && weights.size() < 12; ++n)
                    if (input_.graph.itemOfNode[n] == int(i) && int(n) != it.node)
                        weights << QString::fromStdString(graph_->index->node(int(n)).name()).toHtmlEscaped();
                tip += tr("<br>Weights: %1").arg(weights.join(QStringLiteral(", ")));
            }
            if (!ModelDocument::calledFunctions(nd).empty()) tip += tr("<br><i>Double-click to open the function</i>");
            if (it.hiddenControlInputs > 0)
                tip += tr("<br>Waits for %n op(s); these control edges are not drawn (View ▸ Show All Control Edges)", nullptr,
                          it.hiddenControlInputs);
            box->setToolTip(tip);
        } else {
            box->setScope(true);
            box->setLines({lastComponent(it.scope), tr("%1 nodes").arg(it.nodeCount), opMixText(it.opMix)});
            box->setToolTip(tr("<b>%1</b><br>%2 nodes<br>%3<br><i>Double-click or + to expand</i>")
                                .arg(QString::fromStdString(it.scope).toHtmlEscaped())
                                .arg(it.nodeCount)
                                .arg(opMixText(it.opMix).toHtmlEscaped()));
        }
        addItem(box);
        boxes_.push_back(box);
        tips_.push_back(box->toolTip());
    }
    overlay_ = overlaySource_ && graph_ ? overlaySource_(*graph_) : nullptr;
    colorBoxes();
    emit overlayChanged();
    QFont labelFont = smallFont_;
    for (size_t e = 0; e < vg.edges.size(); ++e) {
        const auto& route = result.edges[e];
        QPainterPath path;
        if (route.bezier.size() >= 4) {
            path.moveTo(route.bezier[0].x, route.bezier[0].y);
            for (size_t k = 1; k + 2 < route.bezier.size(); k += 3)
                path.cubicTo(route.bezier[k].x, route.bezier[k].y, route.bezier[k + 1].x, route.bezier[k + 1].y,
                             route.bezier[k + 2].x, route.bezier[k + 2].y);
        } else {
            QPointF a = QRectF(result.items[size_t(vg.edges[e].from)].x, result.items[size_t(vg.edges[e].from)].y,
                               result.items[size_t(vg.edges[e].from)].width,
                               result.items[size_t(vg.edges[e].from)].height)
                            .center();
            const auto& tr2 = result.items[size_t(vg.edges[e].to)];
            path.moveTo(a);
            path.lineTo(QRectF(tr2.x, tr2.y, tr2.width, tr2.height).center());
        }
        QPolygonF arrow;
        if (route.hasArrow && !route.bezier.empty()) {
            QPointF end(route.bezier.back().x, route.bezier.back().y);
            QPointF tip(route.arrowTip.x, route.arrowTip.y);
            QPointF d = tip - end;
            double len = std::hypot(d.x(), d.y());
            if (len > 0.1) {
                QPointF n(-d.y() / len, d.x() / len);
                double half = std::max(3.0, len * 0.4);
                arrow << tip << end + n * half << end - n * half;
            }
        }
        auto* edge = new EdgeItem(path, arrow, vg.edges[e].control);
        edge->setColors(vg.edges[e].control ? colors.controlEdge : colors.edge, colors.edgeLabel);
        if (route.hasLabel && e < input_.edgeLabels.size() && !input_.edgeLabels[e].empty())
            edge->setLabel(QString::fromStdString(input_.edgeLabels[e]), QPointF(route.labelCenter.x, route.labelCenter.y),
                           labelFont);
        addItem(edge);
        edges_.push_back(edge);
    }
    setSceneRect(QRectF(-20, -20, result.width + 40, result.height + 40));
}

BoxItem* GraphScene::boxForNode(int node) const {
    if (node < 0 || node >= int(input_.graph.itemOfNode.size())) return nullptr;
    int item = input_.graph.itemOfNode[size_t(node)];
    return item < 0 || item >= int(boxes_.size()) ? nullptr : boxes_[size_t(item)];
}

QRectF GraphScene::scopeRect(const std::string& scope) const {
    const int cluster = input_.graph.findCluster(scope);
    if (cluster >= 0) {
        for (const ClusterItem* c : clusters_)
            if (c->cluster() == cluster) return c->sceneBoundingRect();
        // No frame (the layout fell back to no clusters): the boxes inside the scope.
        const auto& vg = input_.graph;
        auto inside = [&](int c) {
            for (int guard = 0; c >= 0 && guard < 1000; ++guard, c = vg.clusters[size_t(c)].parent)
                if (c == cluster) return true;
            return false;
        };
        QRectF r;
        for (size_t i = 0; i < vg.items.size() && i < boxes_.size(); ++i)
            if (inside(vg.items[i].cluster)) r = r.isNull() ? boxes_[i]->sceneBoundingRect() : r.united(boxes_[i]->sceneBoundingRect());
        return r;
    }
    const int item = input_.graph.findScopeItem(scope);
    return item >= 0 && item < int(boxes_.size()) ? boxes_[size_t(item)]->sceneBoundingRect() : QRectF();
}

int GraphScene::nodeOfBox(int visibleIndex) const {
    if (visibleIndex < 0 || visibleIndex >= int(input_.graph.items.size())) return -1;
    const auto& it = input_.graph.items[size_t(visibleIndex)];
    return it.kind == layout::VisibleItem::Kind::Node ? it.node : -1;
}

void GraphScene::selectNode(int node) {
    BoxItem* box = boxForNode(node);
    clearSelection();
    if (box) box->setSelected(true);
}

void GraphScene::clearHighlights() {
    for (auto* b : boxes_) b->setHighlight(Highlight::None);
    for (auto* e : edges_) e->setHighlight(Highlight::None, QColor());
}

void GraphScene::onSelectionChanged() {
    clearHighlights();
    const GraphColors colors = graphColors(dark_);
    int current = -1;
    for (QGraphicsItem* item : selectedItems()) {
        if (item->type() != BoxItem::Type) continue;
        int s = static_cast<BoxItem*>(item)->visibleIndex();
        if (current < 0) current = nodeOfBox(s);
        for (size_t e = 0; e < input_.graph.edges.size(); ++e) {
            const auto& edge = input_.graph.edges[e];
            if (edge.from != s && edge.to != s) continue;
            edges_[e]->setHighlight(Highlight::Neighbour, colors.highlight);
            boxes_[size_t(edge.from == s ? edge.to : edge.from)]->setHighlight(Highlight::Neighbour);
        }
    }
    emit currentNodeChanged(current);
}

void GraphScene::trace(bool upstream) {
    std::deque<int> queue;
    std::vector<char> seen(boxes_.size(), 0);
    for (QGraphicsItem* item : selectedItems())
        if (item->type() == BoxItem::Type) {
            int s = static_cast<BoxItem*>(item)->visibleIndex();
            seen[size_t(s)] = 1;
            queue.push_back(s);
        }
    if (queue.empty()) return;
    clearHighlights();
    // Adjacency over visible edges in the direction of the trace.
    std::vector<std::vector<int>> adj(boxes_.size());
    for (size_t e = 0; e < input_.graph.edges.size(); ++e) {
        const auto& edge = input_.graph.edges[e];
        adj[size_t(upstream ? edge.to : edge.from)].push_back(int(e));
    }
    const GraphColors colors = graphColors(dark_);
    while (!queue.empty()) {
        int s = queue.front();
        queue.pop_front();
        for (int e : adj[size_t(s)]) {
            const auto& edge = input_.graph.edges[size_t(e)];
            int next = upstream ? edge.from : edge.to;
            edges_[size_t(e)]->setHighlight(Highlight::Trace, colors.trace);
            if (!seen[size_t(next)]) {
                seen[size_t(next)] = 1;
                boxes_[size_t(next)]->setHighlight(Highlight::Trace);
                queue.push_back(next);
            }
        }
    }
}

void GraphScene::setSearchHits(const std::vector<int>& nodes) {
    for (auto* b : boxes_) b->setSearchHit(false);
    for (int n : nodes)
        if (BoxItem* b = boxForNode(n)) b->setSearchHit(true);
}

void GraphScene::applyPalette() {
    dark_ = isDarkPalette();
    setBackgroundBrush(graphColors(dark_).background);
    colorBoxes();
    update();
}

void GraphScene::setOverlaySource(OverlaySource source) {
    overlaySource_ = std::move(source);
    overlay_ = overlaySource_ && graph_ ? overlaySource_(*graph_) : nullptr;
    colorBoxes();
    emit overlayChanged();
}

void GraphScene::colorBoxes() {
    // A box stands for its own node plus folded weights: its own node's mark wins (a changed op whose
    // new weights were added reads as changed); without one, the strongest of the weights' marks.
    std::vector<const NodeMark*> marks(boxes_.size(), nullptr);
    std::vector<char> own(boxes_.size(), 0);
    if (overlay_) {
        const auto& itemOfNode = input_.graph.itemOfNode;
        for (size_t n = 0; n < itemOfNode.size() && n < overlay_->nodes.size(); ++n) {
            const int item = itemOfNode[n];
            const NodeMark& m = overlay_->nodes[n];
            if (item < 0 || size_t(item) >= marks.size() || !m.marked() || own[size_t(item)]) continue;
            if (input_.graph.items[size_t(item)].kind != layout::VisibleItem::Kind::Node) continue;
            const NodeMark*& best = marks[size_t(item)];
            own[size_t(item)] = int(n) == input_.graph.items[size_t(item)].node;
            if (own[size_t(item)] || !best || m.rank > best->rank) best = &m;
        }
    }
    for (size_t i = 0; i < boxes_.size(); ++i) colorBox(i, marks[i]);
}

void GraphScene::colorBox(size_t i, const NodeMark* mark) {
    const auto& it = input_.graph.items[i];
    BoxItem* box = boxes_[i];
    const GraphColors colors = graphColors(dark_);
    QColor fill = colors.scopeFill, border = colors.scopeBorder, text = colors.scopeText;
    if (it.kind == layout::VisibleItem::Kind::Node) {
        const auto& op = graph_->index->node(it.node).op();
        OpCategory cat = op == "_Arg" || op == "_Retval" ? OpCategory::Placeholder : opCategory(op);
        fill = categoryColor(cat, dark_);
        border = fill.darker(dark_ ? 70 : 135);
        text = categoryTextColor(dark_);
    }
    const ScopeBadge* badge = nullptr;
    if (overlay_ && it.kind == layout::VisibleItem::Kind::Scope) {
        auto b = overlay_->scopes.find(it.scope);
        if (b != overlay_->scopes.end() && !b->second.text.isEmpty()) badge = &b->second;
    }
    const QColor background = colors.background;
    auto mix = [](const QColor& a, const QColor& b, double t) {
        return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                                float(a.blueF() * (1 - t) + b.blueF() * t));
    };
    if (mark && mark->fill) {  // a heat map: the colour itself, with text that reads on it
        fill = mark->color;
        border = fill.darker(135);
        text = textColorOn(fill);
        box->setMark(border, mark->glyph, mark->dashed);
    } else if (mark) {
        fill = mix(background, mark->color, dark_ ? 0.55 : 0.35);
        box->setMark(mark->color, mark->glyph, mark->dashed);
    } else {
        box->setMark(QColor(), QString(), false);
        if (badge) border = badge->color;
        else if (overlay_ && overlay_->fadeUnmarked) {  // unchanged: pale, so the marks carry the picture
            fill = mix(fill, background, 0.6);
            border = mix(border, background, 0.5);
            text = mix(text, background, 0.35);
        }
    }
    box->setBadge(badge ? badge->text : QString(), badge ? badge->color : QColor());
    if (i < tips_.size()) {  // the mark's own line under the box's tooltip
        const QString extra = mark && !mark->tip.isEmpty() ? mark->tip : badge ? badge->text.toHtmlEscaped() : QString();
        box->setToolTip(extra.isEmpty() ? tips_[i] : tips_[i] + QStringLiteral("<hr>") + extra);
    }
    box->setColors(fill, border, text);
}

void GraphScene::boxPressedToggle(int visibleIndex) {
    const auto& it = input_.graph.items[size_t(visibleIndex)];
    if (it.kind == layout::VisibleItem::Kind::Scope) emit scopeToggleRequested(QString::fromStdString(it.scope), true);
}

void GraphScene::boxDoubleClicked(int visibleIndex) {
    const auto& it = input_.graph.items[size_t(visibleIndex)];
    if (it.kind == layout::VisibleItem::Kind::Scope) {
        emit scopeToggleRequested(QString::fromStdString(it.scope), true);
        return;
    }
    auto called = ModelDocument::calledFunctions(graph_->index->node(it.node));
    if (!called.empty()) emit functionRequested(QString::fromStdString(called[0]));
}

void GraphScene::clusterToggle(int cluster) {
    emit scopeToggleRequested(QString::fromStdString(input_.graph.clusters[size_t(cluster)].path), false);
}

}  // namespace tfs::views
