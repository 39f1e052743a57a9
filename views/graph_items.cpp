#include "views/graph_items.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>

#include "views/graph_scene.h"
#include "views/theme.h"

namespace tfs::views {
namespace {
constexpr double kRadius = 5;
constexpr double kToggle = 12;
}  // namespace

BoxItem::BoxItem(GraphScene* scene, int visibleIndex, const QRectF& rect)
    : graph_(scene), index_(visibleIndex), rect_(rect) {
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(2);
}

QRectF BoxItem::boundingRect() const {
    // Room for the corner glyph and the badge pill, which sit partly outside the box.
    if (!mark_.isValid() && badge_.isEmpty()) return rect_.adjusted(-3, -3, 3, 3);
    return rect_.adjusted(badge_.isEmpty() ? -8 : -24, badge_.isEmpty() ? -8 : -16, badge_.isEmpty() ? 3 : 24, 3);
}

void BoxItem::setMark(const QColor& color, const QString& glyph, bool dashed) {
    prepareGeometryChange();
    mark_ = color;
    glyph_ = glyph;
    dashed_ = dashed;
    update();
}

void BoxItem::setBadge(const QString& text, const QColor& color) {
    prepareGeometryChange();
    badge_ = text;
    badgeColor_ = color;
    update();
}

QPainterPath BoxItem::shape() const {
    QPainterPath p;
    p.addRoundedRect(rect_, kRadius, kRadius);
    return p;
}

void BoxItem::setColors(const QColor& fill, const QColor& border, const QColor& text) {
    fill_ = fill;
    border_ = border;
    text_ = text;
    update();
}

void BoxItem::setHighlight(Highlight h) {
    if (h == highlight_) return;
    highlight_ = h;
    update();
}

void BoxItem::setSearchHit(bool hit) {
    if (hit == hit_) return;
    hit_ = hit;
    update();
}

QRectF BoxItem::toggleRect() const {
    return QRectF(rect_.right() - kToggle - 4, rect_.top() + 4, kToggle, kToggle);
}

void BoxItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const GraphColors colors = graphColors(isDarkPalette());
    QColor border = border_;
    double width = 1.0;
    if (highlight_ == Highlight::Neighbour) {
        border = colors.highlight;
        width = 2.0;
    } else if (highlight_ == Highlight::Trace) {
        border = colors.trace;
        width = 2.0;
    }
    if (mark_.isValid() && highlight_ == Highlight::None) {
        border = mark_;
        width = 2.6;
    }
    if (hit_) {
        border = QColor("#d81b60");
        width = 2.5;
    }
    if (isSelected()) {
        border = colors.selection;
        width = 3.0;
    }
    QColor fill = fill_;
    if (hover_) fill = isDarkPalette() ? fill.lighter(120) : fill.darker(106);
    QPen outline(border, width);
    if (dashed_ && !isSelected()) outline.setStyle(Qt::DashLine);
    painter->setPen(outline);
    painter->setBrush(fill);
    if (lod < 0.2) {
        painter->drawRect(rect_);
        return;
    }
    painter->drawRoundedRect(rect_, kRadius, kRadius);
    if (scope_) {  // double outline marks "there is more inside"
        painter->setPen(QPen(border, 0.8));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect_.adjusted(3, 3, -3, -3), kRadius - 2, kRadius - 2);
    }
    if (lod >= 0.3) paintOverlay(painter);
    if (lod < 0.4 || lines_.isEmpty()) return;

    painter->setPen(text_);
    const QFont base = graph_->nodeFont();
    QFont bold = base;
    bold.setBold(true);
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.85);
    const double lineGap = 2;
    double total = 0;
    std::vector<double> heights;
    for (int i = 0; i < lines_.size(); ++i) {
        const QFont& f = i == 0 ? bold : (i >= 2 ? small : base);
        heights.push_back(QFontMetricsF(f).height());
        total += heights.back() + (i ? lineGap : 0);
    }
    double y = rect_.center().y() - total / 2;
    QRectF textArea = rect_.adjusted(6, 0, scope_ ? -kToggle - 6 : -6, 0);
    for (int i = 0; i < lines_.size(); ++i) {
        const QFont& f = i == 0 ? bold : (i >= 2 ? small : base);
        painter->setFont(f);
        QRectF line(textArea.left(), y, textArea.width(), heights[size_t(i)]);
        QString text = QFontMetricsF(f).elidedText(lines_[i], Qt::ElideMiddle, line.width());
        painter->drawText(line, Qt::AlignHCenter | Qt::AlignVCenter, text);
        y += heights[size_t(i)] + lineGap;
    }
    if (scope_) {
        QRectF t = toggleRect();
        painter->setPen(QPen(text_, 1.2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(t, 2, 2);
        painter->drawLine(QPointF(t.left() + 3, t.center().y()), QPointF(t.right() - 3, t.center().y()));
        painter->drawLine(QPointF(t.center().x(), t.top() + 3), QPointF(t.center().x(), t.bottom() - 3));
    }
}

void BoxItem::paintOverlay(QPainter* painter) {
    QFont small = graph_->nodeFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    small.setBold(true);
    const QFontMetricsF fm(small);
    painter->setFont(small);
    if (mark_.isValid() && !glyph_.isEmpty()) {  // the sign in the top-left corner
        const double d = fm.height() + 2;
        QRectF disc(rect_.left() - d / 3, rect_.top() - d / 3, d, d);
        painter->setPen(Qt::NoPen);
        painter->setBrush(mark_);
        painter->drawEllipse(disc);
        painter->setPen(textColorOn(mark_));
        painter->drawText(disc, Qt::AlignCenter, glyph_);
    }
    if (!badge_.isEmpty()) {  // the pill centred on the top edge
        const double w = std::min(fm.horizontalAdvance(badge_) + 12, rect_.width() + 40);
        const double h = fm.height() + 3;
        QRectF pill(rect_.center().x() - w / 2, rect_.top() - h + 3, w, h);
        painter->setPen(Qt::NoPen);
        painter->setBrush(badgeColor_);
        painter->drawRoundedRect(pill, h / 2, h / 2);
        painter->setPen(textColorOn(badgeColor_));
        painter->drawText(pill, Qt::AlignCenter, fm.elidedText(badge_, Qt::ElideRight, pill.width() - 8));
    }
}

void BoxItem::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (scope_ && event->button() == Qt::LeftButton && toggleRect().adjusted(-2, -2, 2, 2).contains(event->pos())) {
        graph_->boxPressedToggle(index_);
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void BoxItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        graph_->boxDoubleClicked(index_);
        event->accept();
        return;
    }
    QGraphicsItem::mouseDoubleClickEvent(event);
}

void BoxItem::hoverEnterEvent(QGraphicsSceneHoverEvent*) {
    hover_ = true;
    update();
}

void BoxItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*) {
    hover_ = false;
    update();
}

ClusterItem::ClusterItem(GraphScene* scene, int cluster, const QRectF& rect, const QString& label)
    : graph_(scene), cluster_(cluster), rect_(rect), label_(label) {
    setZValue(0);
}

QPainterPath ClusterItem::shape() const {
    // Only the title strip reacts to the mouse, so clicks inside reach the background.
    QPainterPath p;
    p.addRect(QRectF(rect_.left(), rect_.top(), rect_.width(), 20));
    return p;
}

QRectF ClusterItem::toggleRect() const { return QRectF(rect_.right() - kToggle - 4, rect_.top() + 4, kToggle, kToggle); }

void ClusterItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const GraphColors colors = graphColors(isDarkPalette());
    painter->setPen(QPen(colors.clusterBorder, 1.0));
    painter->setBrush(colors.clusterFill);
    painter->drawRoundedRect(rect_, 6, 6);
    if (lod < 0.4) return;
    QFont f = graph_->nodeFont();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    painter->setFont(f);
    painter->setPen(colors.clusterText);
    QRectF title(rect_.left() + 6, rect_.top() + 2, rect_.width() - kToggle - 14, 16);
    painter->drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(f).elidedText(label_, Qt::ElideMiddle, title.width()));
    QRectF t = toggleRect();
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(t, 2, 2);
    painter->drawLine(QPointF(t.left() + 3, t.center().y()), QPointF(t.right() - 3, t.center().y()));
}

void ClusterItem::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() == Qt::LeftButton && toggleRect().adjusted(-2, -2, 2, 2).contains(event->pos())) {
        graph_->clusterToggle(cluster_);
        event->accept();
        return;
    }
    event->ignore();
}

void ClusterItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) {
    graph_->clusterToggle(cluster_);
    event->accept();
}

EdgeItem::EdgeItem(const QPainterPath& path, const QPolygonF& arrow, bool control)
    : path_(path), arrow_(arrow), control_(control) {
    bounds_ = path_.boundingRect().united(arrow_.boundingRect()).adjusted(-3, -3, 3, 3);
    setZValue(1);
}

void EdgeItem::setLabel(const QString& text, const QPointF& center, const QFont& font) {
    label_ = text;
    labelCenter_ = center;
    font_ = font;
    QRectF r = QFontMetricsF(font).boundingRect(text);
    r.moveCenter(center);
    prepareGeometryChange();
    bounds_ = bounds_.united(r.adjusted(-2, -2, 2, 2));
}

void EdgeItem::setHighlight(Highlight h, const QColor& color) {
    highlight_ = h;
    highlightColor_ = color;
    setZValue(h == Highlight::None ? 1 : 1.5);
    update();
}

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QColor c = highlight_ == Highlight::None ? color_ : highlightColor_;
    QPen pen(c, highlight_ == Highlight::None ? 1.1 : 2.2);
    if (control_) pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path_);
    if (!arrow_.isEmpty()) {
        painter->setPen(QPen(c, 1));
        painter->setBrush(c);
        painter->drawPolygon(arrow_);
    }
    if (!label_.isEmpty() && lod >= 0.6) {
        painter->setFont(font_);
        painter->setPen(highlight_ == Highlight::None ? labelColor_ : highlightColor_);
        QRectF r = QFontMetricsF(font_).boundingRect(label_);
        r.moveCenter(labelCenter_);
        painter->drawText(r.adjusted(-2, 0, 2, 0), Qt::AlignCenter, label_);
    }
}

}  // namespace tfs::views
