#pragma once
// The QGraphicsItems of the graph view: a box per visible node or collapsed
// scope, a frame per expanded scope, a path per edge. They only paint and
// report clicks; GraphScene owns state and decides what happens.

#include <QFont>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QString>

#include "views/theme.h"

namespace tfs::views {

class GraphScene;

/// What the highlight state of an item is (selection neighbours, traces, search hits).
enum class Highlight { None, Neighbour, Trace };

/// A graph node or a collapsed scope.
class BoxItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };
    BoxItem(GraphScene* scene, int visibleIndex, const QRectF& rect);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    int visibleIndex() const { return index_; }
    bool isScope() const { return scope_; }
    void setScope(bool scope) { scope_ = scope; }
    /// Text lines: first bold, the rest normal.
    void setLines(const QStringList& lines) { lines_ = lines; }
    void setColors(const QColor& fill, const QColor& border, const QColor& text);
    void setHighlight(Highlight h);
    void setSearchHit(bool hit);
    Highlight highlight() const { return highlight_; }
    /// An overlay mark (see GraphOverlay): coloured thick border, optional dash and a corner glyph.
    void setMark(const QColor& color, const QString& glyph, bool dashed);
    /// A pill on the top edge ("3 changed, 1 added"); empty text removes it.
    void setBadge(const QString& text, const QColor& color);
    QColor markColor() const { return mark_; }
    QString badgeText() const { return badge_; }
    /// Rectangle of the +/- toggle in item coordinates (scopes only).
    QRectF toggleRect() const;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    void paintOverlay(QPainter* painter);
    GraphScene* graph_;
    int index_;
    QRectF rect_;
    bool scope_ = false;
    bool hover_ = false;
    bool hit_ = false;
    Highlight highlight_ = Highlight::None;
    QStringList lines_;
    QColor fill_, border_, text_;
    QColor mark_, badgeColor_;
    QString glyph_, badge_;
    bool dashed_ = false;
};

/// The frame drawn around an expanded scope, with its name and a collapse button.
class ClusterItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };
    ClusterItem(GraphScene* scene, int cluster, const QRectF& rect, const QString& label);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return rect_.adjusted(-1, -1, 1, 1); }
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    int cluster() const { return cluster_; }
    QRectF toggleRect() const;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;

private:
    GraphScene* graph_;
    int cluster_;
    QRectF rect_;
    QString label_;
};

/// An edge: Bezier path, arrow head, optional label.
class EdgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };
    EdgeItem(const QPainterPath& path, const QPolygonF& arrow, bool control);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return bounds_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    void setLabel(const QString& text, const QPointF& center, const QFont& font);
    QString label() const { return label_; }
    void setColors(const QColor& normal, const QColor& label) {
        color_ = normal;
        labelColor_ = label;
    }
    void setHighlight(Highlight h, const QColor& color);
    Highlight highlight() const { return highlight_; }

private:
    QPainterPath path_;
    QPolygonF arrow_;
    bool control_;
    QRectF bounds_;
    QString label_;
    QPointF labelCenter_;
    QFont font_;
    QColor color_, labelColor_, highlightColor_;
    Highlight highlight_ = Highlight::None;
};

}  // namespace tfs::views
