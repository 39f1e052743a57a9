// Qt Test: the main window fits a small screen (1024 wide, 700 high) with a model open, also a TF2
// SavedModel with long function names on the breadcrumb: no panel's minimum size pushes it off the screen.
#include <QDebug>
#include <QDockWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include "tests/common/test_paths.h"
#include "tests/views/views_test_util.h"
#include "views/graph_page.h"
#include "views/main_window.h"

using namespace tfs::views;

namespace {

// What remains of a 1366x768 screen under a task bar and a title bar; and the width of an old
// 1024-pixel screen, or of half a large one, which the window must also fit.
constexpr int kSmallScreenWidth = 1024;
constexpr int kSmallScreenHeight = 700;

// Prints every dock's minimum size, to name the panel that makes the window too large.
void reportMinimums(QMainWindow& w) {
    for (QDockWidget* dock : w.findChildren<QDockWidget*>())
        qDebug() << dock->objectName() << dock->minimumSizeHint() << (dock->widget() ? dock->widget()->minimumSizeHint() : QSize());
    qDebug() << "central" << w.centralWidget()->minimumSizeHint() << "window" << w.minimumSizeHint();
}

}  // namespace

class WindowSizeTest : public QObject {
    Q_OBJECT
public:
    static void initMain() { startLayoutWorkerAsTheAppDoes(); }

private slots:
    void initTestCase() {
        TFS_QT_ISOLATE_SETTINGS();
        TFS_QT_REQUIRE_SHARED_MODELS();
    }

    void fitsASmallScreenWithAModelOpen() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.resize(kSmallScreenWidth, kSmallScreenHeight);
        w.show();
        QVERIFY2(openAndWait(w, model("utensor__cifar10_cnn/cifar10_cnn.pb")), qPrintable(w.lastError()));
        if (w.minimumSizeHint().width() > kSmallScreenWidth || w.minimumSizeHint().height() > kSmallScreenHeight)
            reportMinimums(w);  // names the panel that grew
        QVERIFY2(w.minimumSizeHint().width() <= kSmallScreenWidth, qPrintable(QString::number(w.minimumSizeHint().width())));
        QVERIFY2(w.minimumSizeHint().height() <= kSmallScreenHeight, qPrintable(QString::number(w.minimumSizeHint().height())));
        QVERIFY(w.width() <= kSmallScreenWidth);
        QVERIFY(w.height() <= kSmallScreenHeight);
        // A TF2 SavedModel opens on its serving function, with a breadcrumb above the graph.
        QVERIFY2(openAndWait(w, model("rust__keras_single_input_saved_model")), qPrintable(w.lastError()));
        if (w.minimumSizeHint().width() > kSmallScreenWidth || w.minimumSizeHint().height() > kSmallScreenHeight)
            reportMinimums(w);
        QVERIFY2(w.minimumSizeHint().width() <= kSmallScreenWidth, qPrintable(QString::number(w.minimumSizeHint().width())));
        QVERIFY(w.width() <= kSmallScreenWidth);
    }
};

QTEST_MAIN(WindowSizeTest)
#include "window_size_test.moc"
