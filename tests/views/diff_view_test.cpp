// Qt Test for the diff view: pairs made with tfscope's own passes from the shared models,
// opened in the main window offscreen; change list, navigation, overlay and --diff --screenshot.
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QToolButton>
#include <QUrl>
#include <QDropEvent>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <sstream>

#include "core/batch/batch.h"
#include "core/formats/checkpoint.h"
#include "tests/common/test_paths.h"
#include "tests/views/views_test_util.h"
#include "views/diff_page.h"
#include "views/diff_variables.h"
#include "views/graph_page.h"
#include "views/graph_scene.h"
#include "views/main_window.h"
#include "views/workbench.h"
#include "views/workbench_panel.h"
#include "views/tensor_diff_viewer.h"
#include "views/tensor_viewer.h"

using namespace tfs::views;

namespace {

QString cifar() { return modelsDir() + QStringLiteral("/utensor__cifar10_cnn/cifar10_cnn.pb"); }
QString dsCnn() { return modelsDir() + QStringLiteral("/armkws__DS_CNN_S/DS_CNN_S.pb"); }
QString keras() { return modelsDir() + QStringLiteral("/rust__keras_single_input_saved_model"); }
// The Chicago-taxi estimator's training checkpoint (60 entries, Adagrad and Ftrl slots) with its .meta.
QString trainingCheckpoint() { return modelsDir() + QStringLiteral("/tfx__estimator_ckpt/model.ckpt-1000"); }

// Runs `tfscope --batch slim-checkpoint` on the training checkpoint; true on success.
bool slimCheckpoint(const QString& out, bool float16) {
    std::ostringstream o, e;
    std::vector<std::string> args = {"slim-checkpoint", trainingCheckpoint().toStdString(), "--out", out.toStdString(),
                                     "--outputs", "head/predictions/probabilities"};
    if (float16) args.push_back("--float16");
    int rc = tfs::batch::runBatch(args, o, e);
    if (rc != 0) qWarning("%s", e.str().c_str());
    return rc == 0;
}

// Waits until the viewer's B − A summary is computed; false on timeout.
bool deltaComputed(TensorDiffViewer* viewer) {
    return QTest::qWaitFor([&] { return !viewer->isBusy() && viewer->viewerDelta()->summary().computed; }, 30000);
}

// Runs `tfscope --batch transform IN OUT --transforms SPEC` through core; true on success.
bool transform(const QString& in, const QString& out, const QString& spec, std::vector<std::string> extra = {}) {
    std::ostringstream o, e;
    std::vector<std::string> args = {"transform", in.toStdString(), out.toStdString(), "--transforms", spec.toStdString()};
    args.insert(args.end(), extra.begin(), extra.end());
    int rc = tfs::batch::runBatch(args, o, e);
    if (rc != 0) qWarning("%s", e.str().c_str());
    return rc == 0;
}

// Diffs two paths and waits for the tab and its first picture.
DiffPage* diffAndWait(MainWindow& w, const QString& a, const QString& b) {
    QSignalSpy opened(&w, &MainWindow::diffOpened);
    w.openDiffPaths(a, b);
    if (!QTest::qWaitFor([&] { return opened.count() > 0 || !w.lastError().isEmpty(); }, 120000)) return nullptr;
    DiffPage* page = w.currentDiffPage();
    if (!page || !QTest::qWaitFor([&] { return !page->isBusy(); }, 60000)) return nullptr;
    return page;
}

// The window with its drop handler callable (a synthetic drop is not routed like a real drag).
struct DropTarget : MainWindow {
    using MainWindow::dropEvent;
};

int markedBoxes(GraphScene* scene) {
    int n = 0;
    for (int i = 0; i < scene->boxCount(); ++i) n += scene->box(i)->markColor().isValid();
    return n;
}

}  // namespace

class DiffViewTest : public QObject {
    Q_OBJECT
public:
    static void initMain() { startLayoutWorkerAsTheAppDoes(); }

private slots:
    void initTestCase() {
        TFS_QT_ISOLATE_SETTINGS();
        TFS_QT_REQUIRE_SHARED_MODELS();
        QVERIFY(dir_.isValid());
        QVERIFY(transform(cifar(), dir_.filePath(QStringLiteral("round.pb")), QStringLiteral("round_weights(num_steps=16)")));
        QVERIFY(transform(cifar(), dir_.filePath(QStringLiteral("obfuscated.pb")), QStringLiteral("obfuscate_names")));
        QVERIFY(transform(cifar(), dir_.filePath(QStringLiteral("quantized.pb")), QStringLiteral("quantize_weights")));
        QVERIFY(transform(dsCnn(), dir_.filePath(QStringLiteral("no_identity.pb")), QStringLiteral("remove_nodes(op=Identity)")));
        QVERIFY(transform(keras(), dir_.filePath(QStringLiteral("keras_obfuscated")), QStringLiteral("obfuscate_names")));
        QVERIFY(slimCheckpoint(dir_.filePath(QStringLiteral("slim/model.ckpt")), false));
        QVERIFY(slimCheckpoint(dir_.filePath(QStringLiteral("slim16/model.ckpt")), true));
        // The keyword spotter cut at its MFCC features: the audio front end goes, Mfcc becomes a Placeholder.
        QVERIFY(transform(dsCnn(), dir_.filePath(QStringLiteral("stripped_at_mfcc.pb")),
                          QStringLiteral("strip_unused_nodes(type=float, shape=\"1,49,10\")"),
                          {"--inputs", "Mfcc", "--outputs", "labels_softmax"}));
    }

    // Quantized weights: each weight becomes a Dequantize of added quantized constants and ranges.
    void quantizedWeightsAddDequantize() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        DiffPage* page = diffAndWait(w, cifar(), dir_.filePath(QStringLiteral("quantized.pb")));
        QVERIFY2(page, qPrintable(w.lastError()));
        const auto& s = page->document().diff().graph.summary;
        QVERIFY(s.added > 0);
        QVERIFY(s.changed > 0);
        QCOMPARE(s.removed, 0);
        bool dequantizeListed = false;
        for (int r = 0; r < page->changes()->rowCount(); ++r) {
            const auto& row = page->changes()->change(r);
            if (row.op.contains(QLatin1String("Dequantize"))) dequantizeListed = true;  // "Const → Dequantize" where a weight became its dequantization
        }
        QVERIFY(dequantizeListed);
        // The merged graph holds every node of B (nothing was removed).
        QCOMPARE(page->mergedPage()->document().model().graph()->node_size(), page->document().diff().graph.nodesB);
        // A box whose own node changed (Const → Dequantize) reads as changed, although the quantized
        // constants folded into it as weights were added.
        GraphPage* merged = page->mergedPage();
        merged->expandAll();
        QVERIFY(QTest::qWaitFor([&] { return !merged->isBusy(); }, 60000));
        const int node = merged->currentGraph()->index->find("conv_1/Variable");
        QVERIFY(node >= 0);
        int boxes = 0;
        for (int i = 0; i < merged->scene()->boxCount(); ++i) {
            if (merged->scene()->visible().items[size_t(i)].node != node) continue;
            ++boxes;
            QCOMPARE(merged->scene()->box(i)->markColor(), diffStatusColor(tfs::diff::NodeStatus::Changed, isDarkPalette()));
        }
        QCOMPARE(boxes, 1);
    }

    // remove_nodes(op=Identity): the removed nodes stay in the merged picture (marked removed), not on side B.
    void removedNodesStayInTheMergedPicture() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        DiffPage* page = diffAndWait(w, dsCnn(), dir_.filePath(QStringLiteral("no_identity.pb")));
        QVERIFY2(page, qPrintable(w.lastError()));
        const auto& d = page->document().diff().graph;
        QVERIFY(d.summary.removed > 0);
        QCOMPARE(d.summary.added, 0);
        QCOMPARE(page->mergedPage()->document().model().graph()->node_size(), d.nodesB + d.summary.removed);
        // Jumping to a removed node selects it in the merged picture, and side A has it, side B not.
        int removedRow = -1;
        for (int r = 0; r < page->changes()->rowCount() && removedRow < 0; ++r)
            if (page->changes()->change(r).status == tfs::diff::NodeStatus::Removed) removedRow = r;
        QVERIFY(removedRow >= 0);
        QVERIFY(page->jumpToChange(removedRow));
        QVERIFY(QTest::qWaitFor([&] { return !page->isBusy(); }, 60000));
        const auto* g = page->document().findGraph(DiffSide::Merged, "");
        QVERIFY(g);
        QVERIFY(page->document().nodeOfEntry(*g, DiffSide::Merged, page->currentEntry()) >= 0);
        QVERIFY(page->document().nodeOfEntry(*g, DiffSide::A, page->currentEntry()) >= 0);
        QCOMPARE(page->document().nodeOfEntry(*g, DiffSide::B, page->currentEntry()), -1);
        // Scope badges on side B only count what B has: no "removed" there.
        for (const auto& [path, summary] : g->scopesB) QCOMPARE(summary.removed, 0);
    }

    // strip_unused_nodes at an interior tensor: removed front end, Mfcc changed op, selection follows B → A.
    void strippedUnusedNodesSideBySide() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        DiffPage* page = diffAndWait(w, dsCnn(), dir_.filePath(QStringLiteral("stripped_at_mfcc.pb")));
        QVERIFY2(page, qPrintable(w.lastError()));
        const auto& d = page->document().diff().graph;
        QCOMPARE(d.summary.added + d.summary.renamed, 0);
        QCOMPARE(d.summary.changed, 1);
        QStringList removed;
        for (const auto& n : d.nodes)
            if (n.status == tfs::diff::NodeStatus::Removed) removed << QString::fromStdString(n.opA);
        removed.sort();
        QCOMPARE(removed, (QStringList{QStringLiteral("AudioSpectrogram"), QStringLiteral("DecodeWav"), QStringLiteral("Placeholder")}));
        QCOMPARE(page->mergedPage()->document().model().graph()->node_size(), d.nodesB + d.summary.removed);
        // The change list names the op change of Mfcc.
        int mfccRow = -1;
        for (int r = 0; r < page->changes()->rowCount(); ++r)
            if (page->changes()->change(r).name == QLatin1String("Mfcc")) mfccRow = r;
        QVERIFY(mfccRow >= 0);
        QCOMPARE(page->changes()->change(mfccRow).op, QStringLiteral("Mfcc → Placeholder"));
        // Side by side: selecting Mfcc on side B selects it on side A, and the pair shows the differing op.
        page->setMode(DiffPage::Mode::SideBySide);
        QVERIFY(QTest::qWaitFor([&] { return !page->isBusy(); }, 60000));
        QVERIFY(page->pageB()->selectNodeByName("Mfcc"));
        QVERIFY(QTest::qWaitFor([&] { return !page->isBusy(); }, 60000));
        const int entry = d.findB("Mfcc");
        QVERIFY(entry >= 0);
        QCOMPARE(page->pageA()->currentNode(), d.nodes[size_t(entry)].a);
        QCOMPARE(page->currentChange(), mfccRow);
        QVERIFY(page->pairHtml().contains(QStringLiteral("Op</b> ≠")));
        // The removed front end exists on side A only.
        const int wav = d.findA("decoded_sample_data");
        QVERIFY(wav >= 0);
        QCOMPARE(d.nodes[size_t(wav)].b, -1);
        QVERIFY(page->pageA()->selectNodeByName("decoded_sample_data"));
        QVERIFY(QTest::qWaitFor([&] { return !page->isBusy(); }, 60000));
        QCOMPARE(page->currentEntry(), wav);
        QVERIFY(page->pageB()->scene()->selectedItems().isEmpty());
    }

    // A TF2 SavedModel with functions, names obfuscated: renames, and every function has its pictures.
    void tf2SavedModelRenames() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        DiffPage* page = diffAndWait(w, keras(), dir_.filePath(QStringLiteral("keras_obfuscated")));
        QVERIFY2(page, qPrintable(w.lastError()));
        const auto& diff = page->document().diff();
        QVERIFY(diff.graph.summary.renamed > 0);
        QCOMPARE(diff.graph.summary.added, 0);
        QCOMPARE(diff.graph.summary.removed, 0);
        QVERIFY(diff.functions.size() > 1);
        QCOMPARE(page->document().graphs().size(), diff.functions.size() + 1);
        for (const auto& g : page->document().graphs()) {
            if (g.key.empty()) continue;
            QVERIFY(page->document().merged()->graph(g.key));
            QVERIFY(!g.hasA || page->document().documentA()->graph(g.keyA));
            QVERIFY(!g.hasB || page->document().documentB()->graph(g.keyB));
        }
    }

    void identicalModelsShowNoDifferences() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        DiffPage* page = diffAndWait(w, cifar(), cifar());
        QVERIFY2(page, qPrintable(w.lastError()));
        QVERIFY(page->document().identical());
        QCOMPARE(page->changes()->rowCount(), 0);
        auto* banner = page->findChild<QLabel*>(QStringLiteral("noDifferences"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(!page->nextChange());
        QCOMPARE(markedBoxes(page->mergedPage()->scene()), 0);
        // A TF2 SavedModel against itself: functions, signatures and variables too.
        DiffPage* tf2 = diffAndWait(w, keras(), keras());
        QVERIFY2(tf2 && tf2 != page, qPrintable(w.lastError()));
        QVERIFY(tf2->document().identical());
        QCOMPARE(tf2->changes()->rowCount(), 0);
    }

    void roundedWeightsAreChangedConstants() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        DiffPage* page = diffAndWait(w, cifar(), dir_.filePath(QStringLiteral("round.pb")));
        QVERIFY2(page, qPrintable(w.lastError()));
        QVERIFY(!page->document().identical());
        QAbstractItemModelTester tester(page->changes(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(page->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int rows = page->changes()->rowCount();
        QVERIFY(rows >= 1);
        for (int r = 0; r < rows; ++r) QCOMPARE(page->changes()->change(r).status, tfs::diff::NodeStatus::Changed);
        // Changed constants are folded into their consumers: those boxes carry the mark.
        QVERIFY(markedBoxes(page->mergedPage()->scene()) > 0);
        // Next/previous change walk the list and wrap.
        QVERIFY(page->nextChange());
        QCOMPARE(page->currentChange(), 0);
        if (rows > 1) {
            QVERIFY(page->nextChange());
            QCOMPARE(page->currentChange(), 1);
        }
        QVERIFY(page->nextChange(true));
        QVERIFY(page->nextChange(true));
        QCOMPARE(page->currentChange(), rows > 1 ? rows - 1 : 0);
        QVERIFY(page->pairHtml().contains(QStringLiteral("≠")));
        // Filtering out "changed" empties the list.
        page->filter()->setKindShown(tfs::diff::NodeStatus::Changed, false);
        QCOMPARE(page->filter()->rowCount(), 0);
        page->filter()->setKindShown(tfs::diff::NodeStatus::Changed, true);
        // The value comparison shows A, B and B − A.
        QVERIFY(page->jumpToChange(0));
        TensorDiffViewer* viewer = page->showValueDiff();
        QVERIFY(viewer);
        QVERIFY(QTest::qWaitFor([&] { return !viewer->isBusy() && viewer->viewerDelta()->summary().computed; }, 30000));
        QVERIFY(viewer->viewerDelta()->error().isEmpty());
        QVERIFY(viewer->viewerDelta()->summary().max > 0 || viewer->viewerDelta()->summary().min < 0);
        // A and B are read too: same element count as B − A, statistics and a histogram on every tab.
        QVERIFY(QTest::qWaitFor([&] { return viewer->viewerA()->summary().computed && viewer->viewerB()->summary().computed; }, 30000));
        const auto& sa = viewer->viewerA()->summary();
        const auto& sb = viewer->viewerB()->summary();
        const auto& sd = viewer->viewerDelta()->summary();
        QCOMPARE(sa.count, sd.count);
        QCOMPARE(sb.count, sd.count);
        for (const auto* s : {&sa, &sb, &sd}) {
            QVERIFY(!s->histogram.empty());
            int64_t total = 0;
            for (int64_t c : s->histogram) total += c;
            QCOMPARE(total, s->count);  // weights are finite: every element lands in a bin
        }
        // Rounding to 16 steps moves no value by more than the span of A's values.
        QVERIFY(sd.max - sd.min <= sa.max - sa.min);
        viewer->close();
    }

    void renamesShowAsRenamedSideBySide() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        DiffPage* page = diffAndWait(w, cifar(), dir_.filePath(QStringLiteral("obfuscated.pb")));
        QVERIFY2(page, qPrintable(w.lastError()));
        const auto& summary = page->document().diff().summary;
        QVERIFY(summary.renamed > 0);
        QCOMPARE(summary.added, 0);
        QCOMPARE(summary.removed, 0);
        page->setMode(DiffPage::Mode::SideBySide);
        QVERIFY(QTest::qWaitFor([&] { return !page->isBusy(); }, 60000));
        QVERIFY(page->nextChange());
        const auto& row = page->changes()->change(page->currentChange());
        QCOMPARE(row.status, tfs::diff::NodeStatus::Renamed);
        QVERIFY(QTest::qWaitFor([&] { return !page->isBusy(); }, 60000));
        // Both sides select the pair, each under its own name.
        QVERIFY(page->pageA()->currentNode() >= 0);
        QVERIFY(page->pageB()->currentNode() >= 0);
        const auto* g = page->document().findGraph(DiffSide::Merged, "");
        const auto* entry = page->document().entry(*g, page->currentEntry());
        QVERIFY(entry);
        QCOMPARE(page->pageA()->currentNode(), entry->a);
        QCOMPARE(page->pageB()->currentNode(), entry->b);
        // Selecting on side A moves side B to the partner, under its new name, and the list follows.
        int other = -1;
        for (size_t e = 0; e < g->diff->nodes.size() && other < 0; ++e)
            if (int(e) != page->currentEntry() && g->diff->nodes[e].status == tfs::diff::NodeStatus::Renamed &&
                g->diff->nodes[e].opB != "Const")  // constants are folded into their consumer's box
                other = int(e);
        QVERIFY(other >= 0);
        const auto& pair = g->diff->nodes[size_t(other)];
        QVERIFY(page->pageA()->selectNodeByName(pair.nameA));
        QVERIFY(QTest::qWaitFor([&] { return !page->isBusy(); }, 60000));
        QCOMPARE(page->pageB()->currentNode(), pair.b);
        QCOMPARE(page->currentEntry(), other);
        QCOMPARE(page->changes()->change(page->currentChange()).entry, other);
        // And back: selecting on side B moves side A to the partner under its old name.
        int third = -1;
        for (size_t e = 0; e < g->diff->nodes.size() && third < 0; ++e)
            if (int(e) != other && g->diff->nodes[e].status == tfs::diff::NodeStatus::Renamed && g->diff->nodes[e].opB != "Const")
                third = int(e);
        QVERIFY(third >= 0);
        const auto& back = g->diff->nodes[size_t(third)];
        QVERIFY(back.nameA != back.nameB);
        QVERIFY(page->pageB()->selectNodeByName(back.nameB));
        QVERIFY(QTest::qWaitFor([&] { return !page->isBusy(); }, 60000));
        QCOMPARE(page->pageA()->currentNode(), back.a);
        QCOMPARE(page->pageB()->currentNode(), back.b);
        QCOMPARE(page->currentEntry(), third);
        QCOMPARE(page->changes()->change(page->currentChange()).entry, third);
        QCOMPARE(page->activePage(), page->pageB());  // menu actions now act on the side last used
    }

    // A training checkpoint against its slim copy: no graphs to draw, a table of every variable;
    // the kept ones bit-identical, the optimizer slots removed.
    void checkpointAgainstSlimCopy() {
        auto original = tfs::openBundle(trainingCheckpoint().toStdString());
        auto slim = tfs::openBundle(dir_.filePath(QStringLiteral("slim/model.ckpt")).toStdString());
        QVERIFY(original.ok() && slim.ok());
        const int kept = int((*slim)->entries().size());
        const int all = int((*original)->entries().size());
        QVERIFY(kept > 0 && kept < all);
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        DiffPage* page = diffAndWait(w, trainingCheckpoint(), dir_.filePath(QStringLiteral("slim/model.ckpt")));
        QVERIFY2(page, qPrintable(w.lastError()));
        QVERIFY(!page->document().hasGraphDiff());
        QCOMPARE(page->mode(), DiffPage::Mode::Variables);
        VariableDiffView* view = page->variablesView();
        QVERIFY(view && view->isVisible());
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(view->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->model()->rowCount(), all);
        int identical = 0, removed = 0;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const auto& v = view->model()->variable(r);
            if (v.status == tfs::diff::EntryStatus::Removed) ++removed;
            else {
                QCOMPARE(int(v.status), int(tfs::diff::EntryStatus::Unchanged));
                QVERIFY2(v.value.bitIdentical, v.key.c_str());
                QCOMPARE(view->model()->index(r, VariableDiffModel::Status).data().toString(), QStringLiteral("= bit-identical"));
                ++identical;
            }
        }
        QCOMPARE(identical, kept);
        QCOMPARE(removed, all - kept);
        QVERIFY(view->countsText().contains(QStringLiteral("%1 bit-identical").arg(kept)));
        // Hiding unchanged leaves the removed slots; the change list lists just those (and the .meta only A has).
        view->findChild<QCheckBox*>()->setChecked(false);
        QCOMPARE(view->filter()->rowCount(), removed);
        int variableRows = 0, firstVariableRow = -1;
        for (int r = 0; r < page->changes()->rowCount(); ++r)
            if (page->changes()->change(r).section == ChangeRow::Section::Variable) {
                ++variableRows;
                if (firstVariableRow < 0) firstVariableRow = r;
            }
        QCOMPARE(variableRows, removed);
        // Jumping to a removed variable from the change list selects it in the table.
        QVERIFY(page->jumpToChange(firstVariableRow));
        const std::string removedKey = page->changes()->change(firstVariableRow).name.toStdString();
        QCOMPARE(page->currentVariable(), removedKey);
        QCOMPARE(view->currentVariable(), removedKey);
        QVERIFY(page->pairHtml().contains(QString::fromStdString(removedKey)));
        // Clicking a kept variable in the table (hidden unchanged rows come back) shows it and its values.
        const std::string keptKey = (*slim)->entries().front().key;
        QVERIFY(view->selectVariable(keptKey));
        const QModelIndex proxy = view->table()->currentIndex();
        view->table()->selectionModel()->clearCurrentIndex();
        view->table()->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(page->currentVariable(), keptKey);
        QVERIFY(page->pairHtml().contains(QStringLiteral("bit-identical")));
        TensorDiffViewer* viewer = page->showValueDiff();
        QVERIFY(viewer);
        QVERIFY(deltaComputed(viewer));
        QCOMPARE(viewer->viewerDelta()->summary().min, 0.0);
        QCOMPARE(viewer->viewerDelta()->summary().max, 0.0);
        viewer->close();
    }

    // float32 against float16 copies of the same variables: every one changed, B − A within float16 rounding,
    // and the viewer's B − A agrees with the diff's max |Δ|.
    void float16CheckpointValueDeltas() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        DiffPage* page = diffAndWait(w, dir_.filePath(QStringLiteral("slim/model.ckpt")), dir_.filePath(QStringLiteral("slim16/model.ckpt")));
        QVERIFY2(page, qPrintable(w.lastError()));
        VariableDiffView* view = page->variablesView();
        QVERIFY(view);
        QVERIFY(view->model()->rowCount() > 0);
        int largest = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const auto& v = view->model()->variable(r);
            QCOMPARE(int(v.status), int(tfs::diff::EntryStatus::Changed));
            QVERIFY(v.value.comparable);
            QVERIFY(!view->model()->index(r, VariableDiffModel::MaxAbs).data().toString().isEmpty());
            if (largest < 0 || v.value.elements > view->model()->variable(largest).value.elements) largest = r;
        }
        // Sorting by max |Δ| puts the largest change first.
        view->table()->sortByColumn(VariableDiffModel::MaxAbs, Qt::DescendingOrder);
        const double top = view->filter()->index(0, VariableDiffModel::MaxAbs).data(VariableDiffModel::SortRole).toDouble();
        for (int r = 0; r < view->model()->rowCount(); ++r) QVERIFY(view->model()->variable(r).value.maxAbsChange <= top);
        // Compare Values on the biggest variable.
        const auto& v = view->model()->variable(largest);
        QVERIFY(view->selectVariable(v.key));
        QSignalSpy compare(view, &VariableDiffView::compareRequested);
        auto* button = view->findChild<QToolButton*>(QStringLiteral("compareValues"));
        QVERIFY(button && button->isEnabled());
        button->click();
        QCOMPARE(compare.count(), 1);
        QCOMPARE(page->currentVariable(), v.key);
        auto* viewer = page->findChild<TensorDiffViewer*>();
        QVERIFY(viewer);
        QVERIFY(deltaComputed(viewer));
        QVERIFY(QTest::qWaitFor([&] { return viewer->viewerA()->summary().computed && viewer->viewerB()->summary().computed; }, 30000));
        const auto& sd = viewer->viewerDelta()->summary();
        QCOMPARE(sd.count, int64_t(v.value.elements));
        QCOMPARE(std::max(std::fabs(sd.min), std::fabs(sd.max)), v.value.maxAbsChange);
        const auto& sa = viewer->viewerA()->summary();
        const double bound = std::max(std::fabs(sa.min), std::fabs(sa.max)) * std::ldexp(1.0, -11) + std::ldexp(1.0, -25);
        QVERIFY(v.value.maxAbsChange > 0 && v.value.maxAbsChange <= bound);
        viewer->close();
    }

    // Dropping the files of two checkpoints (index and data of each) diffs the two checkpoints.
    void droppingTwoCheckpointsDiffsThem() {
        DropTarget w;
        w.setInteractiveErrors(false);
        w.show();
        QSignalSpy diffs(&w, &MainWindow::diffOpened);
        QSignalSpy opened(&w, &MainWindow::modelOpened);
        QMimeData data;
        QList<QUrl> urls;
        for (const char* name : {"slim/model.ckpt", "slim16/model.ckpt"})
            for (const char* ext : {".index", ".data-00000-of-00001"})
                urls << QUrl::fromLocalFile(dir_.filePath(QString::fromLatin1(name) + QLatin1String(ext)));
        data.setUrls(urls);
        QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        w.dropEvent(&drop);
        QVERIFY(QTest::qWaitFor([&] { return diffs.count() > 0 || opened.count() > 0 || !w.lastError().isEmpty(); }, 120000));
        QVERIFY2(w.lastError().isEmpty(), qPrintable(w.lastError()));
        QCOMPARE(opened.count(), 0);  // not four files opened one by one
        DiffPage* page = w.currentDiffPage();
        QVERIFY(page);
        QCOMPARE(page->mode(), DiffPage::Mode::Variables);
        QVERIFY(page->variablesView()->model()->rowCount() > 0);
        QCOMPARE(w.pageCount(), 1);
    }

    // Ctrl held while dropping one file on an open tab: the open model (A) against the dropped one (B).
    void dropWithModifierDiffsAgainstOpenModel() {
        DropTarget w;
        w.setInteractiveErrors(false);
        w.show();
        QSignalSpy opened(&w, &MainWindow::modelOpened);
        w.openPath(cifar());
        QVERIFY(QTest::qWaitFor([&] { return opened.count() > 0; }, 120000));
        QSignalSpy diffs(&w, &MainWindow::diffOpened);
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(dir_.filePath(QStringLiteral("round.pb")))});
        QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &data, Qt::LeftButton, Qt::ControlModifier);
        w.dropEvent(&drop);
        QVERIFY(QTest::qWaitFor([&] { return diffs.count() > 0; }, 120000));
        DiffPage* page = w.currentDiffPage();
        QVERIFY(page);
        QCOMPARE(w.pageCount(), 2);  // the model's tab stays, the diff is a new tab
        QVERIFY(page->document().diff().graph.summary.changed > 0);
        QCOMPARE(page->document().diff().graph.summary.added, 0);
        // Without a modifier the same drop just opens the file.
        QDropEvent plain(QPointF(200, 200), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        w.dropEvent(&plain);
        QVERIFY(QTest::qWaitFor([&] { return opened.count() > 1; }, 120000));
        QCOMPARE(diffs.count(), 1);
    }

    // The workbench's "Diff with Original": the model as opened against the revision after a step.
    void workbenchDiffWithOriginal() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        QSignalSpy opened(&w, &MainWindow::modelOpened);
        w.openPath(cifar());
        QVERIFY(QTest::qWaitFor([&] { return opened.count() > 0; }, 120000));
        GraphPage* model = w.currentPage();
        Workbench* wb = w.workbenchOf(model);
        QVERIFY(wb);
        QVERIFY(wb->apply(QStringLiteral("round_weights(num_steps=16)")));
        QVERIFY(QTest::qWaitFor([&] { return wb->isIdle() && model->document().isModified(); }, 120000));
        auto* button = w.workbenchPanel()->findChild<QToolButton*>(QStringLiteral("diffWithOriginal"));
        QVERIFY(button);
        QSignalSpy diffs(&w, &MainWindow::diffOpened);
        button->click();
        QVERIFY(QTest::qWaitFor([&] { return diffs.count() > 0; }, 120000));
        DiffPage* page = w.currentDiffPage();
        QVERIFY(page);
        const auto& s = page->document().diff().graph.summary;
        QVERIFY(s.changed > 0);  // rounded constants
        QCOMPARE(s.added + s.removed + s.renamed, 0);
        QVERIFY(page->title().contains(QStringLiteral("original")));
        // The model's own tab keeps its edit.
        QVERIFY(model->document().isModified());
    }

    void commandLineDiffScreenshot() {
#ifndef TFSCOPE_BINARY
        QSKIP("tfscope binary not built");
#else
        const QString out = dir_.filePath(QStringLiteral("diff.png"));
        QProcess p;
        p.setProcessEnvironment([] {
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            return env;
        }());
        p.start(QStringLiteral(TFSCOPE_BINARY),
                {QStringLiteral("--diff"), cifar(), dir_.filePath(QStringLiteral("round.pb")), QStringLiteral("--screenshot"), out});
        QVERIFY(p.waitForFinished(180000));
        QCOMPARE(p.exitCode(), 0);
        QImage image(out);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 800);
        // Two checkpoints from the command line.
        const QString ckpt = dir_.filePath(QStringLiteral("ckpt.png"));
        p.start(QStringLiteral(TFSCOPE_BINARY), {QStringLiteral("--diff"), trainingCheckpoint(),
                                                 dir_.filePath(QStringLiteral("slim/model.ckpt")), QStringLiteral("--screenshot"), ckpt});
        QVERIFY(p.waitForFinished(180000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(!QImage(ckpt).isNull());
#endif
    }

private:
    QTemporaryDir dir_;
};

QTEST_MAIN(DiffViewTest)
#include "diff_view_test.moc"
