#pragma once
// The zoomable, pannable view of a GraphScene, with a minimap overview in its corner.

#include <QGraphicsView>
#include <QWheelEvent>

namespace tfs::views {

class Minimap;

class GraphView : public QGraphicsView {
    Q_OBJECT
public:
    explicit GraphView(QWidget* parent = nullptr);

    /// Multiplies the zoom by factor (clamped to a sane range).
    void zoomBy(double factor);
    /// Shows the whole scene.
    void fitAll();
    /// The first view of a new picture: whole graph when readable, else its top at a readable zoom.
    void showInitial(const QPointF& start);
    /// Zoom 100%.
    void resetZoom();
    /// Centres on a scene rectangle, zooming in if it would be tiny.
    void focusOn(const QRectF& rect);
    double zoom() const { return transform().m11(); }
    void setMinimapVisible(bool visible);
    /// Re-syncs the minimap with the scene.
    void refreshMinimap();

signals:
    void zoomChanged(double zoom);
    /// The view was painted (what the user sees changed).
    void painted();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void placeMinimap();
    Minimap* minimap_;
    bool minimapWanted_ = true;
};

/// A small overview of the whole scene; the viewport of the main view is drawn as a frame.
class Minimap : public QGraphicsView {
    Q_OBJECT
public:
    explicit Minimap(GraphView* main);
    void refresh();

protected:
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override { event->ignore(); }

private:
    GraphView* main_;
};

}  // namespace tfs::views
