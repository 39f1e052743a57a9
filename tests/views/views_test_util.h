#pragma once
// What the Qt view tests share: the shared real models as paths, opening one in the main window, and
// waiting for background work.
#include <QString>
#include <QTest>

#include "core/layout/graph_layout.h"
#include "tests/common/test_paths.h"
#include "views/graph_page.h"
#include "views/main_window.h"

/// The shared models folder ("" when absent: TFS_QT_REQUIRE_SHARED_MODELS skips or fails first).
inline QString modelsDir() { return QString::fromStdString(tfs::test::sharedModelsDir()); }

/// A file or folder inside the shared models, e.g. model("armkws__DS_CNN_S/DS_CNN_S.pb").
inline QString model(const QString& relativePath) { return modelsDir() + QLatin1Char('/') + relativePath; }

/// Lays out in a layout worker forked while the process has one thread, as tfscope does
/// (app/gui_main.cpp). Call it from the test class's `static void initMain()`, which QTEST_MAIN runs
/// before QApplication exists. Without it every layout forks the test process itself, and a child
/// forked while another thread holds a lock it then needs hangs: under AddressSanitizer about one run
/// in three of views_tests forked while a pool thread held the allocator's size-class lock, the child
/// hung in calloc until the 10 s no-progress watchdog killed it, and a layout that hung twice failed.
inline void startLayoutWorkerAsTheAppDoes() { tfs::layout::startLayoutWorker(); }

/// How long a test waits for background work (a load, a layout). Generous on purpose: the waits end on
/// the work's own completion, so a passing test never waits this long, and under AddressSanitizer on
/// a loaded two-core machine the same work takes 10–30 times as long as in Release.
constexpr int kBackgroundTimeoutMs = 300000;

/// Waits until `page`'s layout job has delivered (or was dropped); "" when its picture is shown, else
/// why not: the wait timed out, or the layout failed (its message, e.g. how the Graphviz child died).
inline QString waitForLayout(tfs::views::GraphPage* page, int timeoutMs = kBackgroundTimeoutMs) {
    if (!QTest::qWaitFor([&] { return !page->isBusy(); }, timeoutMs))
        return QStringLiteral("the layout did not finish within %1 s").arg(timeoutMs / 1000);
    return page->layoutError();
}

/// Waits for the page's layout and fails the test with the reason when it did not produce a picture.
#define TFS_QT_WAIT_LAYOUT(page)                                     \
    do {                                                             \
        const QString tfsWhyNot = waitForLayout(page);               \
        QVERIFY2(tfsWhyNot.isEmpty(), qPrintable(tfsWhyNot));        \
    } while (0)

/// Opens `path` in `w` and waits until its tab exists and its first layout is done; nullptr when
/// the model did not load (w.lastError() says why), the wait timed out or the layout failed (both
/// printed as a warning).
inline tfs::views::GraphPage* openAndWait(tfs::views::MainWindow& w, const QString& path,
                                          int timeoutMs = kBackgroundTimeoutMs) {
    w.openPath(path);
    if (!QTest::qWaitFor([&] { return !w.isBusy() && (w.currentPage() || !w.lastError().isEmpty()); }, timeoutMs)) {
        qWarning("%s: not opened within %d s", qPrintable(path), timeoutMs / 1000);
        return nullptr;
    }
    tfs::views::GraphPage* page = w.currentPage();
    if (!page) return nullptr;
    if (const QString whyNot = waitForLayout(page, timeoutMs); !whyNot.isEmpty()) {
        qWarning("%s: %s", qPrintable(path), qPrintable(whyNot));
        return nullptr;
    }
    return page;
}
