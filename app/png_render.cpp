#include "app/png_render.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgRenderer>
#include <cmath>

#include "core/batch/render_command.h"
#include "core/util/file.h"

namespace tfs::app {
namespace {

// Text rendering needs a QGuiApplication; batch mode has none until a PNG is asked for.
void ensureGuiApplication() {
    if (QCoreApplication::instance()) return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "tfscope";
    static char* argv[] = {name, nullptr};
    static QGuiApplication* app = new QGuiApplication(argc, argv);  // lives until the process exits
    (void)app;
}

Status rasterize(const std::string& svg, double scale, const std::string& path, const std::vector<std::string>& inputs,
                 double* usedScale) {
    ensureGuiApplication();
    QSvgRenderer renderer(QByteArray::fromStdString(svg));
    if (!renderer.isValid()) return internalError(TFS_PHRASE("Errors", "render: the SVG drawing could not be parsed for %1"),
                                                  path);
    const QSizeF base = renderer.viewBoxF().size();
    if (base.isEmpty()) return internalError(TFS_PHRASE("Errors", "render: empty drawing for %1"), path);
    // Keep the whole picture: lower the scale until the image fits 32000 px per side and 400 Mpixel.
    while (scale > 0.02 && (base.width() * scale > 32000 || base.height() * scale > 32000 ||
                            base.width() * base.height() * scale * scale > 4e8))
        scale *= 0.9;
    const QSize size(int(std::ceil(base.width() * scale)), int(std::ceil(base.height() * scale)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return internalError(TFS_PHRASE("Errors", "render: not enough memory for a %1x%2 image"),
                             size.width(), size.height());
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image)) return internalError(TFS_PHRASE("Errors", "render: PNG encoding failed: %1"),
                                                   writer.errorString().toStdString());
    if (usedScale) *usedScale = scale;
    return writeFileAtomic(path, std::string_view(bytes.constData(), size_t(bytes.size())), inputs);
}

}  // namespace

void registerPngRasterizer() { batch::setPngRasterizer(rasterize); }

}  // namespace tfs::app
