#include "views/graph_view.h"

#include "core/layout/graph_layout.h"
#include "views/graph_items.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>
#include <sys/resource.h>
#include <unistd.h>

#include "views/theme.h"

namespace tfs::views {
namespace {

// Seconds since this process started (Linux: its start time in /proc, 10 ms resolution); -1 elsewhere.
double secondsSinceProcessStart() {
    std::ifstream in("/proc/self/stat");
    std::string line;
    if (!std::getline(in, line)) return -1;
    const size_t close = line.rfind(')');  // the command name may hold spaces
    if (close == std::string::npos) return -1;
    std::istringstream fields(line.substr(close + 2));
    std::string skip;
    for (int i = 3; i < 22; ++i) fields >> skip;  // state .. itrealvalue
    unsigned long long startTicks = 0;
    timespec now{};
    if (!(fields >> startTicks) || clock_gettime(CLOCK_BOOTTIME, &now) != 0) return -1;
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9 - double(startTicks) / double(sysconf(_SC_CLK_TCK));
}

}  // namespace

GraphView::GraphView(QWidget* parent) : QGraphicsView(parent) {
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::NoAnchor);  // a header line or dock appearing costs the bottom, not the top
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setFrameShape(QFrame::NoFrame);
    minimap_ = new Minimap(this);
    minimap_->setObjectName(QStringLiteral("minimap"));
}

void GraphView::paintEvent(QPaintEvent* event) {
    QGraphicsView::paintEvent(event);
    emit painted();
    // For bench/RESULTS.md: TFSCOPE_REPORT_FIRST_PICTURE=1 prints when a picture was first drawn on screen.
    static const bool report = qEnvironmentVariableIsSet("TFSCOPE_REPORT_FIRST_PICTURE");
    static bool reported = false;
    if (!report || reported || !scene() || scene()->items().isEmpty()) return;
    reported = true;
    // CPU time says what the start-up costs apart from waiting for a busy machine's cores.
    auto cpu = [](int who) {
        rusage u{};
        getrusage(who, &u);
        return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    };
    std::fprintf(stderr, "tfscope: first picture drawn %.3f s after process start, CPU %.3f s (+ %.3f s in layout processes), %lld items\n",
                 secondsSinceProcessStart(), cpu(RUSAGE_SELF), cpu(RUSAGE_CHILDREN) + layout::layoutWorkerCpuSeconds(),
                 qlonglong(scene()->items().size()));
}

void GraphView::zoomBy(double factor) {
    double target = std::clamp(zoom() * factor, 0.02, 8.0);
    double f = target / zoom();
    scale(f, f);
    emit zoomChanged(zoom());
    placeMinimap();
}

void GraphView::fitAll() {
    if (!scene()) return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    // Never blow a tiny graph up beyond 150%.
    if (zoom() > 1.5) {
        resetTransform();
        scale(1.5, 1.5);
        centerOn(scene()->sceneRect().center());
    }
    emit zoomChanged(zoom());
    minimap_->viewport()->update();
}

void GraphView::showInitial(const QPointF& start) {
    if (!scene()) return;
    const QRectF s = scene()->sceneRect();
    fitInView(s, Qt::KeepAspectRatio);
    if (zoom() > 1.2) {
        resetTransform();
        scale(1.2, 1.2);
        centerOn(s.center());
    } else if (zoom() < 0.45) {
        // Too small to read: a readable zoom, starting at the graph's input near the top.
        double z = std::clamp(viewport()->width() / s.width(), 0.8, 1.0);
        resetTransform();
        scale(z, z);
        const double halfW = viewport()->width() / (2 * z), halfH = viewport()->height() / (2 * z);
        const double top = std::max(start.y() - 40, s.top());
        // Centred on the boxes of the rows shown, not on the input alone (at a picture's edge that
        // left half the window empty), as long as the input stays in view.
        QRectF boxes;
        for (QGraphicsItem* item : scene()->items(QRectF(s.left(), top, s.width(), 2 * halfH)))
            if (item->type() == BoxItem::Type) boxes |= item->sceneBoundingRect();
        double x = boxes.isNull() ? start.x() : boxes.center().x();
        if (halfW > 80) x = std::clamp(x, start.x() - halfW + 80, start.x() + halfW - 80);
        centerOn(x, top + halfH);
    }
    emit zoomChanged(zoom());
    placeMinimap();
}

void GraphView::resetZoom() {
    QPointF center = mapToScene(viewport()->rect().center());
    resetTransform();
    centerOn(center);
    emit zoomChanged(zoom());
}

void GraphView::focusOn(const QRectF& rect) {
    if (zoom() < 0.6) {
        double f = 0.9 / zoom();
        scale(f, f);
        emit zoomChanged(zoom());
    }
    centerOn(rect.center());
    minimap_->viewport()->update();
}

void GraphView::setMinimapVisible(bool visible) {
    minimapWanted_ = visible;
    placeMinimap();
}

void GraphView::refreshMinimap() {
    minimap_->setScene(scene());
    minimap_->refresh();
    placeMinimap();
}

void GraphView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ShiftModifier) {  // shift+wheel pans sideways
        QGraphicsView::wheelEvent(event);
        return;
    }
    double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) return;
    zoomBy(std::pow(1.2, steps));
    event->accept();
}

void GraphView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
        zoomBy(1.25);
        return;
    }
    if (event->key() == Qt::Key_Minus) {
        zoomBy(0.8);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void GraphView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    placeMinimap();
}

void GraphView::scrollContentsBy(int dx, int dy) {
    QGraphicsView::scrollContentsBy(dx, dy);
    minimap_->viewport()->update();
}

void GraphView::placeMinimap() {
    if (!scene() || !minimapWanted_) {
        minimap_->hide();
        return;
    }
    QRectF s = scene()->sceneRect();
    const int maxW = std::min(220, width() / 4), maxH = std::min(180, height() / 3);
    if (s.width() <= 0 || s.height() <= 0 || maxW < 40 || maxH < 40) {
        minimap_->hide();
        return;
    }
    double aspect = s.width() / s.height();
    int w = maxW, h = int(w / aspect);
    if (h > maxH) {
        h = maxH;
        w = int(h * aspect);
    }
    w = std::max(w, 40);
    h = std::max(h, 30);
    QWidget* vp = viewport();
    minimap_->setGeometry(vp->width() - w - 12, vp->height() - h - 12, w, h);
    // Only useful when part of the picture is off screen.
    const bool all = mapToScene(viewport()->rect()).boundingRect().contains(s);
    minimap_->setVisible(minimapWanted_ && !all);
    minimap_->refresh();
}

Minimap::Minimap(GraphView* main) : QGraphicsView(main->viewport()), main_(main) {
    setInteractive(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints(QPainter::Antialiasing);
    setFrameShape(QFrame::Box);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
}

void Minimap::refresh() {
    if (scene()) fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    viewport()->update();
}

void Minimap::drawForeground(QPainter* painter, const QRectF&) {
    QRectF visible = main_->mapToScene(main_->viewport()->rect()).boundingRect();
    QColor c = graphColors(isDarkPalette()).highlight;
    painter->setPen(QPen(c, 2 / transform().m11()));
    c.setAlpha(18);
    painter->setBrush(c);
    painter->drawRect(visible);
}

void Minimap::mousePressEvent(QMouseEvent* event) {
    main_->centerOn(mapToScene(event->position().toPoint()));
    viewport()->update();
}

void Minimap::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton) mousePressEvent(event);
}

}  // namespace tfs::views
