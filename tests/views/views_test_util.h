#pragma once
// What the Qt view tests share: the shared real models as paths, and opening one in the main window.
#include <QString>
#include <QTest>

#include "tests/common/test_paths.h"
#include "views/graph_page.h"
#include "views/main_window.h"

/// The shared models folder ("" when absent: TFS_QT_REQUIRE_SHARED_MODELS skips or fails first).
inline QString modelsDir() { return QString::fromStdString(tfs::test::sharedModelsDir()); }

/// A file or folder inside the shared models, e.g. model("armkws__DS_CNN_S/DS_CNN_S.pb").
inline QString model(const QString& relativePath) { return modelsDir() + QLatin1Char('/') + relativePath; }

/// Opens `path` in `w` and waits until its tab exists and its first layout is done; nullptr when
/// the model did not load (w.lastError() says why) or the wait timed out.
inline tfs::views::GraphPage* openAndWait(tfs::views::MainWindow& w, const QString& path, int timeoutMs = 120000) {
    w.openPath(path);
    if (!QTest::qWaitFor([&] { return !w.isBusy() && (w.currentPage() || !w.lastError().isEmpty()); }, timeoutMs))
        return nullptr;
    tfs::views::GraphPage* page = w.currentPage();
    if (!page || !QTest::qWaitFor([&] { return !page->isBusy(); }, timeoutMs)) return nullptr;
    return page;
}
