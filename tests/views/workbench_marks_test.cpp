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

#include "tests/common/test_paths.h"
#include "tests/views/views_test_util.h"
#include "views/diff_document.h"
#include "views/graph_page.h"
#include "views/graph_scene.h"
#include "views/graph_view.h"
#include "views/main_window.h"
#include "views/step_marks.h"
#include "views/workbench.h"
#include "views/workbench_results.h"

using namespace tfs;
using namespace tfs::views;

namespace {

bool waitIdle(Workbench* wb, GraphPage* p, int timeoutMs = 300000) {
    return QTest::qWaitFor([&] { return wb->isIdle() && !p->isBusy(); }, timeoutMs);
}

// Marked boxes of the picture (their own node or a folded weight carries a mark).
int markedBoxes(GraphScene* scene) {
    int n = 0;
    for (int i = 0; i < scene->boxCount(); ++i) n += scene->box(i)->markColor().isValid();
    return n;
}

// The collapsed scope box drawn for `scope`, or null.
BoxItem* scopeBox(GraphScene* scene, const std::string& scope) {
    for (int i = 0; i < scene->boxCount(); ++i)
        if (scene->box(i)->isScope() && scene->visible().items[size_t(i)].scope == scope) return scene->box(i);
    return nullptr;
}

// Names in `names` under scope `scope`.
int namesUnder(const std::vector<std::string>& names, const std::string& scope) {
    int n = 0;
    for (const auto& name : names) n += name.rfind(scope + "/", 0) == 0;
    return n;
}

}  // namespace

class WorkbenchMarksTest : public QObject {
    Q_OBJECT
public:
    static void initMain() { startLayoutWorkerAsTheAppDoes(); }

private slots:
    void initTestCase() {
        TFS_QT_ISOLATE_SETTINGS();
        TFS_QT_REQUIRE_SHARED_MODELS();
    }

    // At the default window size the Step Results dock comes to the front after a step and shows
    // every fact row without scrolling, beside a chart wide enough to read.
    void resultsReadableAtDefaultSize() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        QCOMPARE(w.size(), QSize(1400, 900));  // no remembered geometry: the default size
        GraphPage* p = openAndWait(w, model("utensor__cifar10_cnn/cifar10_cnn.pb"));
        QVERIFY(p);
        Workbench* wb = w.workbenchOf(p);
        QVERIFY(wb->apply(QStringLiteral("fold_constants(ignore_errors=true) quantize_weights")));
        QVERIFY(waitIdle(wb, p));
        QVERIFY2(wb->lastError().isEmpty(), qPrintable(wb->lastError()));
        // The dock is shown and laid out by posted events: wait for each fact, not for a fixed time.
        WorkbenchResults* results = w.workbenchResults();
        QTRY_VERIFY(results->isVisible());
        QAbstractItemModelTester tester(results->facts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView* facts = results->factsView();
        QTRY_VERIFY(facts->model()->rowCount() >= 8);
        QTRY_COMPARE(facts->verticalScrollBar()->maximum(), 0);  // every row in view
        const int lastRow = facts->model()->rowCount() - 1;
        QTRY_VERIFY(facts->visualRect(facts->model()->index(lastRow, 0)).bottom() <= facts->viewport()->height());
        QTRY_COMPARE(facts->horizontalScrollBar()->maximum(), 0);  // every column too
        QTRY_VERIFY2(results->chartView()->width() >= 320, qPrintable(QString::number(results->chartView()->width())));
        QTRY_VERIFY(results->chartPoints() >= 6);
        // The view opened on the picture's top; after both steps' new pictures the first box is still whole in view.
        double firstTop = 1e9;
        for (int i = 0; i < p->scene()->boxCount(); ++i) firstTop = std::min(firstTop, p->scene()->box(i)->sceneBoundingRect().top());
        const double viewTop = p->view()->mapToScene(QPoint(0, 0)).y();
        QVERIFY2(viewTop <= firstTop, qPrintable(QStringLiteral("view top %1, first box top %2").arg(viewTop).arg(firstTop)));
    }

    // The graph marks what the shown step added and changed with the diff view's colours and
    // signs, a collapsed scope counts what changed inside it (removed nodes too), the legend gives
    // the counts; the marks follow undo, redo and step selection, and can be turned off.
    void stepMarksFollowTheShownStep() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        QCOMPARE(w.graphMarks(), MainWindow::GraphMarks::StepChanges);  // on by default
        GraphPage* p = openAndWait(w, model("armkws__DS_CNN_S/DS_CNN_S.pb"));
        QVERIFY(p);
        GraphScene* scene = p->scene();
        QVERIFY(!scene->overlay());  // the original: nothing to mark
        QVERIFY(p->marksLegend().isEmpty());
        Workbench* wb = w.workbenchOf(p);
        wb->setMeasuring(false);
        QVERIFY(wb->apply(QStringLiteral("remove_nodes(op=Identity) fold_old_batch_norms")));
        QVERIFY(waitIdle(wb, p));
        QVERIFY2(wb->lastError().isEmpty(), qPrintable(wb->lastError()));
        p->expandAll();
        QVERIFY(waitIdle(wb, p));

        const auto pipeline = p->document().pipeline();
        QCOMPARE(int(pipeline.size()), 3);
        const Revision& rev = *pipeline.back();
        const StepGraphChanges changes = stepChanges(rev, pipeline[1].get(), *p->currentGraph());
        QVERIFY(!changes.nodes.added.empty() && !changes.nodes.removed.empty() && !changes.nodes.changed.empty());
        const bool dark = isDarkPalette();
        const GraphOverlay* overlay = scene->overlay();
        QVERIFY(overlay);
        const GraphIndex& index = *p->currentGraph()->index;
        for (const auto& name : changes.nodes.added) {
            const int i = index.find(name);
            QVERIFY2(i >= 0, name.c_str());
            QCOMPARE(overlay->nodes[size_t(i)].color, diffStatusColor(diff::NodeStatus::Added, dark));
            QCOMPARE(overlay->nodes[size_t(i)].glyph, diffStatusGlyph(diff::NodeStatus::Added));
        }
        for (const auto& name : changes.nodes.changed) {
            const int i = index.find(name);
            QVERIFY2(i >= 0, name.c_str());
            QCOMPARE(overlay->nodes[size_t(i)].color, diffStatusColor(diff::NodeStatus::Changed, dark));
        }
        int unmarked = 0;
        for (int i = 0; i < index.size(); ++i) unmarked += !overlay->nodes[size_t(i)].marked();
        QCOMPARE(unmarked, index.size() - int(changes.nodes.added.size() + changes.nodes.changed.size() +
                                               changes.renames.size() + changes.rewrittenCalls.size()));
        QVERIFY(unmarked > 0);
        QVERIFY(!overlay->nodes[size_t(index.find("wav_data"))].marked());  // the audio front end stayed
        // Boxes of changed nodes carry the mark; the legend counts by kind and says removed nodes are listed elsewhere.
        const int changedNode = index.find(changes.nodes.changed.front());
        QVERIFY(scene->boxForNode(changedNode) && scene->boxForNode(changedNode)->markColor().isValid());
        // A changed node's own box shows "changed" even when an added weight is folded into it.
        int ownBoxes = 0;
        for (const auto& name : changes.nodes.changed) {
            const int i = index.find(name);
            BoxItem* b = scene->boxForNode(i);
            if (!b || scene->nodeOfBox(b->visibleIndex()) != i) continue;
            ++ownBoxes;
            QCOMPARE(b->markColor(), diffStatusColor(diff::NodeStatus::Changed, dark));
            QVERIFY(b->toolTip().contains(QString::fromStdString(name)));
        }
        QVERIFY(ownBoxes > 0);
        const int marked = markedBoxes(scene);
        QVERIFY(marked > 0 && marked < scene->boxCount());
        const QString legend = p->marksLegend();
        QVERIFY2(legend.contains(QStringLiteral("Step 2")) && legend.contains(QStringLiteral("fold_old_batch_norms")), qPrintable(legend));
        QVERIFY2(legend.contains(QStringLiteral("%1 added").arg(changes.nodes.added.size())), qPrintable(legend));
        QVERIFY2(legend.contains(QStringLiteral("%1 removed").arg(changes.nodes.removed.size())), qPrintable(legend));
        // What was removed is named in the Step Results.
        QVERIFY(w.workbenchResults()->changesText().contains(QString::fromStdString(changes.nodes.removed.front())));

        // Collapsed, the scope that lost nodes says so.
        p->collapseAll();
        QVERIFY(waitIdle(wb, p));
        const std::string top = "MobileNet";
        const int removedInside = namesUnder(changes.nodes.removed, top);
        QVERIFY(removedInside > 0);
        BoxItem* box = scopeBox(scene, top);
        QVERIFY(box);
        QVERIFY2(box->badgeText().contains(QStringLiteral("%1 removed").arg(removedInside)), qPrintable(box->badgeText()));
        QVERIFY(box->toolTip().contains(QStringLiteral("removed")));

        // Step selection: the first step's own marks.
        p->document().undoStack()->setIndex(1);
        QVERIFY(waitIdle(wb, p));
        QVERIFY(scene->overlay());
        QVERIFY2(p->marksLegend().contains(QStringLiteral("Step 1")) && p->marksLegend().contains(QStringLiteral("remove_nodes")),
                 qPrintable(p->marksLegend()));
        const auto first = p->document().pipeline();
        const StepGraphChanges firstChanges = stepChanges(*first.back(), first.front().get(), *p->currentGraph());
        QVERIFY2(p->marksLegend().contains(QStringLiteral("%1 removed").arg(firstChanges.nodes.removed.size())), qPrintable(p->marksLegend()));
        // The original: no marks at all.
        p->document().undoStack()->setIndex(0);
        QVERIFY(waitIdle(wb, p));
        QVERIFY(!scene->overlay());
        QCOMPARE(markedBoxes(scene), 0);
        QVERIFY(p->marksLegend().isEmpty());
        QVERIFY(!scopeBox(scene, top) || scopeBox(scene, top)->badgeText().isEmpty());
        // Redo: the last step's marks again.
        p->document().undoStack()->setIndex(2);
        QVERIFY(waitIdle(wb, p));
        QVERIFY(p->marksLegend().contains(QStringLiteral("Step 2")));
        QVERIFY(scopeBox(scene, top) && !scopeBox(scene, top)->badgeText().isEmpty());
        // Turned off: a plain picture; on again: the marks are back.
        w.setGraphMarks(MainWindow::GraphMarks::None);
        QVERIFY(!scene->overlay());
        QVERIFY(p->marksLegend().isEmpty());
        QVERIFY(scopeBox(scene, top)->badgeText().isEmpty());
        w.setGraphMarks(MainWindow::GraphMarks::StepChanges);
        QVERIFY(scene->overlay());
        QVERIFY(!scopeBox(scene, top)->badgeText().isEmpty());
    }

    // A pass that rewrites function bodies (a TF2 SavedModel): the function's own nodes are
    // marked, and the main-graph node that calls it is marked changed.
    void stepMarksInFunctionBodies() {
        MainWindow w;
        w.setInteractiveErrors(false);
        GraphPage* p = openAndWait(w, model("tfnet__simple_model_from_auto_compile"));
        QVERIFY(p);
        Workbench* wb = w.workbenchOf(p);
        wb->setMeasuring(false);
        QVERIFY(wb->apply(QStringLiteral("remove_nodes(op=Identity)")));
        QVERIFY(waitIdle(wb, p));
        QVERIFY2(wb->lastError().isEmpty(), qPrintable(wb->lastError()));
        const auto pipeline = p->document().pipeline();
        const Revision& rev = *pipeline.back();
        QVERIFY(!rev.detail.changedFunctions.empty());
        bool sawMarkedBody = false;
        for (const auto& fn : rev.detail.changedFunctions) {
            QVERIFY(p->showGraph(fn, false));
            QVERIFY(waitIdle(wb, p));
            const StepGraphChanges c = stepChanges(rev, pipeline.front().get(), *p->currentGraph());
            const GraphOverlay* overlay = p->scene()->overlay();
            QVERIFY(overlay);
            int marked = 0;
            for (const auto& m : overlay->nodes) marked += m.marked();
            QCOMPARE(marked, int(c.nodes.added.size() + c.nodes.changed.size() + c.renames.size() + c.rewrittenCalls.size()));
            sawMarkedBody = sawMarkedBody || (marked > 0 && !c.nodes.removed.empty());
        }
        QVERIFY(sawMarkedBody);  // Identity nodes left some body, and their consumers changed
        QVERIFY(p->showGraph("", false));
        QVERIFY(waitIdle(wb, p));
        const StepGraphChanges main = stepChanges(rev, pipeline.front().get(), *p->currentGraph());
        QVERIFY(!main.rewrittenCalls.empty());  // StatefulPartitionedCall calls a rewritten function
        const int call = p->currentGraph()->index->find(main.rewrittenCalls.front());
        QVERIFY(p->scene()->overlay()->nodes[size_t(call)].marked());
    }
};

QTEST_MAIN(WorkbenchMarksTest)
#include "workbench_marks_test.moc"
