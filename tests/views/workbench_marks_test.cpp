// Qt Test for what the window shows about a workbench step (offscreen, real models): the
// Step Results dock is readable at the default window size, and the graph marks what the
// shown step added, changed and removed.
#include <QAbstractItemModelTester>
#include <QChartView>
#include <QDockWidget>
#include <QFileInfo>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include "views/graph_page.h"
#include "views/graph_scene.h"
#include "views/main_window.h"
#include "views/workbench.h"
#include "views/workbench_results.h"

using namespace tfs;
using namespace tfs::views;

namespace {

// ../shared/models beside the checkout (or beside a worktree folder one level deeper).
QString modelsDir() {
    for (const char* rel : {"/../shared/models", "/../../shared/models"}) {
        const QString dir = QStringLiteral(TFSCOPE_SOURCE_DIR) + QLatin1String(rel);
        if (QFileInfo(dir).isDir()) return QFileInfo(dir).canonicalFilePath();
    }
    return {};
}

QString model(const QString& rel) { return modelsDir() + QLatin1Char('/') + rel; }

GraphPage* openAndWait(MainWindow& w, const QString& path, int timeoutMs = 120000) {
    w.openPath(path);
    if (!QTest::qWaitFor([&] { return !w.isBusy() && (w.currentPage() || !w.lastError().isEmpty()); }, timeoutMs))
        return nullptr;
    GraphPage* p = w.currentPage();
    if (!p || !QTest::qWaitFor([&] { return !p->isBusy(); }, timeoutMs)) return nullptr;
    return p;
}

bool waitIdle(Workbench* wb, GraphPage* p, int timeoutMs = 300000) {
    return QTest::qWaitFor([&] { return wb->isIdle() && !p->isBusy(); }, timeoutMs);
}

}  // namespace

class WorkbenchMarksTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tfscope-tests"));
        QSettings().clear();
        if (modelsDir().isEmpty()) QSKIP("../shared/models not found");
    }

    // At the default window size the Step Results dock comes to the front after a step and shows
    // every fact row without scrolling, beside a chart wide enough to read.
    void resultsReadableAtDefaultSize() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        QCOMPARE(w.size(), QSize(1400, 900));  // no remembered geometry: the default size
        GraphPage* p = openAndWait(w, model(QStringLiteral("utensor__cifar10_cnn/cifar10_cnn.pb")));
        QVERIFY(p);
        Workbench* wb = w.workbenchOf(p);
        QVERIFY(wb->apply(QStringLiteral("fold_constants(ignore_errors=true) quantize_weights")));
        QVERIFY(waitIdle(wb, p));
        QVERIFY2(wb->lastError().isEmpty(), qPrintable(wb->lastError()));
        QTest::qWait(50);
        WorkbenchResults* results = w.workbenchResults();
        QVERIFY(results->isVisible());
        QAbstractItemModelTester tester(results->facts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView* facts = results->factsView();
        QVERIFY(facts->model()->rowCount() >= 8);
        QCOMPARE(facts->verticalScrollBar()->maximum(), 0);  // every row in view
        const int lastRow = facts->model()->rowCount() - 1;
        QVERIFY(facts->visualRect(facts->model()->index(lastRow, 0)).bottom() <= facts->viewport()->height());
        QVERIFY(facts->horizontalScrollBar()->maximum() == 0);  // every column too
        QVERIFY2(results->chartView()->width() >= 320, qPrintable(QString::number(results->chartView()->width())));
        QVERIFY(results->chartPoints() >= 6);
    }
};

QTEST_MAIN(WorkbenchMarksTest)
#include "workbench_marks_test.moc"
