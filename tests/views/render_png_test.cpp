// `tfscope --batch render --out FILE.png`: the executable rasterises core's SVG with Qt.
// The PNG must hold the whole layout (never cropped), at the requested scale or a lower one.
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "tests/common/test_paths.h"
#include "tests/views/views_test_util.h"

namespace {

int tfscope(const QStringList& args, QString* out) {
    QProcess p;
    p.start(QStringLiteral(TFSCOPE_BINARY), QStringList{QStringLiteral("--batch"), QStringLiteral("render")} + args);
    if (!p.waitForFinished(240000)) return -1;
    *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitCode();
}

// The SVG's view box size (the whole layout plus margins), in points.
QSizeF viewBox(const QString& svgPath) {
    QFile f(svgPath);
    if (!f.open(QIODevice::ReadOnly)) return {};
    auto m = QRegularExpression(QStringLiteral("viewBox=\"[-0-9.]+ [-0-9.]+ ([0-9.]+) ([0-9.]+)\"")).match(QString::fromUtf8(f.read(4096)));
    return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
}

}  // namespace

class RenderPngTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        TFS_QT_REQUIRE_SHARED_MODELS();
        QImageReader::setAllocationLimit(4096);  // the x16 picture is a large image
    }

    void pngHoldsTheWholeLayout_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<double>("scale");
        QTest::newRow("cifar10 x1.5") << QStringLiteral("utensor__cifar10_cnn/cifar10_cnn.pb") << 1.5;
        QTest::newRow("tfx collapsed x1") << QStringLiteral("tfx__estimator_ckpt/graph.pbtxt") << 1.0;
        // 2,400 pt tall at x16 is beyond 32,000 px: the scale is lowered, nothing is cut.
        QTest::newRow("cifar10 x16") << QStringLiteral("utensor__cifar10_cnn/cifar10_cnn.pb") << 16.0;
        QTest::newRow("mnist conv x1") << QStringLiteral("mlnet__mnist_conv_model") << 1.0;
    }

    void pngHoldsTheWholeLayout() {
        QFETCH(QString, model);
        QFETCH(double, scale);
        QTemporaryDir dir;
        const QString path = modelsDir() + QLatin1Char('/') + model;
        QString out;
        QCOMPARE(tfscope({path, QStringLiteral("--out"), dir.filePath(QStringLiteral("g.svg"))}, &out), 0);
        QCOMPARE(tfscope({path, QStringLiteral("--out"), dir.filePath(QStringLiteral("g.png")), QStringLiteral("--scale"),
                          QString::number(scale)},
                         &out),
                 0);
        auto used = QRegularExpression(QStringLiteral("at scale ([0-9.]+)")).match(out);
        QVERIFY2(used.hasMatch(), qPrintable(out));
        const double usedScale = used.captured(1).toDouble();
        QVERIFY(usedScale <= scale + 1e-6);
        QVERIFY(usedScale > 0.02);
        const QSizeF box = viewBox(dir.filePath(QStringLiteral("g.svg")));
        QVERIFY(!box.isEmpty());
        QImage png(dir.filePath(QStringLiteral("g.png")));
        QVERIFY(!png.isNull());
        QVERIFY(png.width() <= 32000 && png.height() <= 32000);
        // Same aspect as the whole layout, and as large as the reported scale says (±2 px for rounding).
        QVERIFY2(std::abs(png.width() - box.width() * usedScale) <= 2.5, qPrintable(QStringLiteral("%1 vs %2").arg(png.width()).arg(box.width() * usedScale)));
        QVERIFY(std::abs(png.height() - box.height() * usedScale) <= 2.5);
        if (scale <= 8) QCOMPARE(usedScale, scale);
        // Something is drawn: not a blank image.
        QImage small = png.scaled(64, 64);
        QSet<QRgb> colours;
        for (int y = 0; y < small.height(); ++y)
            for (int x = 0; x < small.width(); ++x) colours.insert(small.pixel(x, y));
        QVERIFY(colours.size() > 3);
    }
};

QTEST_GUILESS_MAIN(RenderPngTest)
#include "render_png_test.moc"

