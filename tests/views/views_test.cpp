// Qt Test for the desktop views: open real models in the main window (offscreen),
// wait for layout, check items, find, expand/collapse, panels, item models, export.
#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileInfo>
#include <QLineF>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "views/graph_page.h"
#include "views/graph_scene.h"
#include "views/graph_view.h"
#include "views/input_shapes_dialog.h"
#include <QLineEdit>
#include <QSpinBox>
#include "views/job_tracker.h"
#include "views/main_window.h"
#include "views/panels.h"
#include "views/workbench.h"
#include "core/layout/graph_shapes.h"
#include <QUndoStack>
#include "tests/common/test_paths.h"
#include "tests/views/views_test_util.h"

using namespace tfs::views;

namespace {

int countBoxes(GraphScene* scene) {
    int n = 0;
    for (QGraphicsItem* item : scene->items())
        if (item->type() == BoxItem::Type) ++n;
    return n;
}

}  // namespace

class ViewsTest : public QObject {
    Q_OBJECT
public:
    static void initMain() { startLayoutWorkerAsTheAppDoes(); }

private slots:
    void initTestCase() {
        TFS_QT_ISOLATE_SETTINGS();
        TFS_QT_REQUIRE_SHARED_MODELS();
        // Layouts fork from the worker, not from this many-threaded process (see initMain).
        QVERIFY(tfs::layout::layoutWorkerRunning());
    }

    void opensFrozenGraphAndDrawsEveryNode() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        GraphPage* p = openAndWait(w, model(QStringLiteral("nnstreamer__mnist/mnist.pb")));
        QVERIFY2(p, qPrintable(w.lastError()));
        const int nodes = p->currentGraph()->index->size();
        QVERIFY(nodes > 0);
        // Small graphs open fully expanded: one box per node, except weights folded into their consumer.
        QCOMPARE(countBoxes(p->scene()), p->scene()->boxCount());
        QVERIFY(p->scene()->boxCount() < nodes);
        for (int n = 0; n < nodes; ++n) QVERIFY(p->scene()->boxForNode(n));
        p->setFoldWeights(false);
        TFS_QT_WAIT_LAYOUT(p);
        QCOMPARE(p->scene()->boxCount(), nodes);
        QVERIFY(p->scene()->edgeCount() > 0);
        // Status bar, model panel and signatures are filled.
        QVERIFY(!w.modelPanel()->toPlainText().isEmpty());
        QVERIFY(w.modelPanel()->toPlainText().contains(QStringLiteral("graphdef")));
        // A GraphDef has no signatures: the panel says so instead of showing an empty table.
        QVERIFY(w.signaturesPanel()->emptyText().contains(QStringLiteral("placeholders")));
        QVERIFY(!w.signaturesPanel()->table()->isVisibleTo(w.signaturesPanel()));
    }

    void findSelectsAndCountsHits() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        GraphPage* p = openAndWait(w, model(QStringLiteral("utensor__cifar10_cnn/cifar10_cnn.pb")));
        QVERIFY2(p, qPrintable(w.lastError()));
        int conv = 0;
        const auto& index = *p->currentGraph()->index;
        for (int i = 0; i < index.size(); ++i) conv += index.node(i).op() == "Conv2D" ? 1 : 0;
        QVERIFY(conv > 0);
        QCOMPARE(p->find(QStringLiteral("conv2d"), GraphPage::FindMode::Op), conv);
        TFS_QT_WAIT_LAYOUT(p);
        QVERIFY(p->currentNode() >= 0);
        QCOMPARE(QString::fromStdString(index.node(p->currentNode()).op()), QStringLiteral("Conv2D"));
        int first = p->currentNode();
        p->findNext(false);
        TFS_QT_WAIT_LAYOUT(p);
        QVERIFY(p->currentNode() != first || conv == 1);
        // Properties panel shows the selected node.
        QTRY_VERIFY(w.propertiesPanel()->toPlainText().contains(QString::fromStdString(index.node(p->currentNode()).name())));
        QCOMPARE(p->find(QStringLiteral("no-such-node-xyz"), GraphPage::FindMode::Name), 0);
        QCOMPARE(p->find(QStringLiteral("^pred$|^Placeholder$"), GraphPage::FindMode::Regex), 2);
        QCOMPARE(p->find(QStringLiteral("(unclosed"), GraphPage::FindMode::Regex), 0);
    }

    void edgesShowInferredShapesAndFollowInputShapes() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        GraphPage* p = openAndWait(w, model(QStringLiteral("utensor__cifar10_cnn/cifar10_cnn.pb")));
        QVERIFY2(p, qPrintable(w.lastError()));
        auto labels = [&] {
            QStringList out;
            for (QGraphicsItem* item : p->scene()->items())
                if (item->type() == EdgeItem::Type) out << static_cast<EdgeItem*>(item)->label();
            return out;
        };
        QVERIFY2(labels().contains(QStringLiteral("float32 [?,29,29,32]")), qPrintable(labels().join(QLatin1Char('|'))));
        QVERIFY(p->currentShapes());
        // Batch 1 through the dialog's batch box: every label follows.
        auto inputs = tfs::layout::shapeableInputs(*p->currentGraph()->index, p->currentShapes().get());
        QCOMPARE(int(inputs.size()), 1);
        InputShapesDialog dialog(inputs, p->inputShapes());
        QCOMPARE(dialog.field(0)->text(), QStringLiteral("?,32,32,3"));
        dialog.batchBox()->setValue(1);
        QMetaObject::invokeMethod(&dialog, "applyBatch", Qt::DirectConnection);
        QCOMPARE(dialog.field(0)->text(), QStringLiteral("1,32,32,3"));
        dialog.accept();
        QCOMPARE(dialog.shapes().size(), size_t(1));
        p->setInputShapes(dialog.shapes());
        TFS_QT_WAIT_LAYOUT(p);
        QVERIFY2(labels().contains(QStringLiteral("float32 [1,29,29,32]")), qPrintable(labels().join(QLatin1Char('|'))));
        QVERIFY(!labels().contains(QStringLiteral("float32 [?,29,29,32]")));
        // Properties show the inferred shape too.
        QVERIFY(p->selectNodeByName("Conv2D") || p->find(QStringLiteral("Conv2D"), GraphPage::FindMode::Op) > 0);
        TFS_QT_WAIT_LAYOUT(p);
        QTRY_VERIFY2(w.propertiesPanel()->toPlainText().contains(QStringLiteral("float32 [1,")), qPrintable(w.propertiesPanel()->toPlainText()));
        // A bad shape keeps the dialog open with a message.
        InputShapesDialog bad(inputs, {});
        bad.field(0)->setText(QStringLiteral("1,x"));
        bad.accept();
        QCOMPARE(bad.result(), int(QDialog::Rejected));
    }

    void aStepKeepsTheLayoutOnlyWhenTheBoxesStayAndReinfersShapes() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        GraphPage* p = openAndWait(w, model(QStringLiteral("utensor__cifar10_cnn/cifar10_cnn.pb")));
        QVERIFY2(p, qPrintable(w.lastError()));
        Workbench* wb = w.workbenchOf(p);
        QVERIFY(wb);
        wb->setMeasuring(false);
        auto idle = [&] { return QTest::qWaitFor([&] { return wb->isIdle() && !p->isBusy(); }, kBackgroundTimeoutMs); };
        QVERIFY(!p->layoutReused());
        const int boxes = p->scene()->boxCount();
        // Attributes only: the same boxes, edges and captions, so the picture keeps its positions.
        QVERIFY(wb->apply(QStringLiteral("add_default_attributes")));
        QVERIFY(idle());
        QCOMPARE(p->document().undoStack()->count(), 1);
        QVERIFY(p->layoutReused());
        QCOMPARE(p->scene()->boxCount(), boxes);
        // Six boxes fewer: a new layout, and the edge shapes are the new revision's (its nodes are numbered anew).
        QVERIFY(wb->apply(QStringLiteral("remove_nodes(op=Relu)")));
        QVERIFY(idle());
        QCOMPARE(p->document().undoStack()->count(), 2);
        QVERIFY(!p->layoutReused());
        QCOMPARE(p->scene()->boxCount(), boxes - 6);
        const auto& index = *p->currentGraph()->index;
        auto fresh = tfs::layout::inferMainGraphShapes(p->document().model(), index);
        QVERIFY(fresh.ok());
        QVERIFY(p->currentShapes());
        QCOMPARE(p->currentShapes()->outputs.size(), fresh->outputs.size());
        for (size_t n = 0; n < fresh->outputs.size(); ++n) {
            QCOMPARE(p->currentShapes()->outputs[n].size(), fresh->outputs[n].size());
            for (size_t o = 0; o < fresh->outputs[n].size(); ++o)
                QVERIFY2(p->currentShapes()->outputs[n][o].shape == fresh->outputs[n][o].shape, index.node(int(n)).name().c_str());
        }
        p->document().undoStack()->undo();
        QVERIFY(idle());
        QCOMPARE(p->scene()->boxCount(), boxes);
    }

    void bigGraphOpensCollapsedAndExpands() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        GraphPage* p = openAndWait(w, model(QStringLiteral("tfx__estimator_ckpt/graph.pbtxt")));
        QVERIFY2(p, qPrintable(w.lastError()));
        QCOMPARE(p->currentGraph()->index->size(), 2502);
        const int collapsed = p->scene()->boxCount();
        QVERIFY2(collapsed <= 250, qPrintable(QString::number(collapsed)));
        // Too big to fit readably: the first view starts at the input at a readable zoom, centred on the
        // boxes of the rows it shows. tfx's input is near the picture's edge: centring on it showed 9 whole
        // boxes, centring on its rows shows 16.
        QVERIFY(p->view()->zoom() >= 0.8);
        const QRectF shown = p->view()->mapToScene(p->view()->viewport()->rect()).boundingRect();
        const QPointF start = p->scene()->startPoint();
        QVERIFY(shown.contains(start));
        auto boxesIn = [&](const QRectF& r) {
            int n = 0;
            for (int i = 0; i < p->scene()->boxCount(); ++i) n += r.contains(p->scene()->box(i)->sceneBoundingRect()) ? 1 : 0;
            return n;
        };
        QRectF onInput = shown;
        onInput.moveCenter(QPointF(start.x(), shown.center().y()));
        QVERIFY2(boxesIn(shown) > boxesIn(onInput),
                 qPrintable(QStringLiteral("%1 vs %2").arg(boxesIn(shown)).arg(boxesIn(onInput))));
        // Find a collapsed scope and expand it: more boxes.
        int scopeItem = -1;
        // The biggest scope: a small one may hold a single nested scope (one box either way).
        for (int i = 0; i < p->scene()->boxCount(); ++i)
            if (p->scene()->box(i)->isScope() &&
                (scopeItem < 0 || p->scene()->visible().items[size_t(i)].nodeCount >
                                      p->scene()->visible().items[size_t(scopeItem)].nodeCount))
                scopeItem = i;
        QVERIFY(scopeItem >= 0);
        std::string scope = p->scene()->visible().items[size_t(scopeItem)].scope;
        p->setScopeExpanded(scope, true);
        TFS_QT_WAIT_LAYOUT(p);
        QVERIFY(p->scene()->boxCount() > collapsed);
        QVERIFY(p->scene()->visible().findCluster(scope) >= 0);
        p->setScopeExpanded(scope, false);
        TFS_QT_WAIT_LAYOUT(p);
        QCOMPARE(p->scene()->boxCount(), collapsed);
        // Finding a node inside a collapsed scope expands it and selects the node.
        const auto& index = *p->currentGraph()->index;
        int deep = -1;
        for (int i = 0; i < index.size() && deep < 0; ++i) {
            BoxItem* b = p->scene()->boxForNode(i);
            if (b && b->isScope() && index.node(i).op() != "Const") deep = i;
        }
        QVERIFY(deep >= 0);
        QVERIFY(p->selectNodeByName(index.node(deep).name()));
        TFS_QT_WAIT_LAYOUT(p);
        BoxItem* box = p->scene()->boxForNode(deep);
        QVERIFY(box);
        QVERIFY(!box->isScope());
        QVERIFY(box->isSelected());
    }

    void expandingKeepsTheScopeInPlace() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.resize(1400, 900);
        w.show();
        GraphPage* p = openAndWait(w, model(QStringLiteral("tfx__estimator_ckpt/graph.pbtxt")));
        QVERIFY2(p, qPrintable(w.lastError()));
        p->view()->resetZoom();
        // The collapsed scope nearest to the middle of the picture (away from its edges), brought to the centre.
        const QPointF centre = p->scene()->itemsBoundingRect().center();
        int best = -1;
        double bestDist = 1e18;
        for (int i = 0; i < p->scene()->boxCount(); ++i) {
            if (!p->scene()->box(i)->isScope()) continue;
            double d = QLineF(p->scene()->box(i)->sceneBoundingRect().center(), centre).length();
            if (d < bestDist) bestDist = d, best = i;
        }
        QVERIFY(best >= 0);
        const std::string scope = p->scene()->visible().items[size_t(best)].scope;
        p->view()->centerOn(p->scene()->box(best)->sceneBoundingRect().center());
        QRectF before = p->scene()->scopeRect(scope);
        const QPoint was = p->view()->mapFromScene(QPointF(before.center().x(), before.top()));
        p->setScopeExpanded(scope, true);
        TFS_QT_WAIT_LAYOUT(p);
        QRectF after = p->scene()->scopeRect(scope);
        QVERIFY(!after.isNull());
        QVERIFY(p->scene()->visible().findCluster(scope) >= 0);
        const QPoint now = p->view()->mapFromScene(QPointF(after.center().x(), after.top()));
        // Unless the view hit the end of the scene, the scope's top edge did not move on screen.
        auto* vbar = p->view()->verticalScrollBar();
        auto* hbar = p->view()->horizontalScrollBar();
        const bool clampedY = vbar->value() == vbar->minimum() || vbar->value() == vbar->maximum();
        const bool clampedX = hbar->value() == hbar->minimum() || hbar->value() == hbar->maximum();
        QVERIFY2((clampedX || std::abs(now.x() - was.x()) <= 3) && (clampedY || std::abs(now.y() - was.y()) <= 3), qPrintable(QStringLiteral("(%1,%2) -> (%3,%4)").arg(was.x()).arg(was.y()).arg(now.x()).arg(now.y())));
    }

    void savedModelOpensOnServingFunctionWithBreadcrumb() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        GraphPage* p = openAndWait(w, model(QStringLiteral("cppflow__lexci_model/model")));
        QVERIFY2(p, qPrintable(w.lastError()));
        QVERIFY(p->currentGraph()->isFunction);
        QVERIFY(p->breadcrumb().size() >= 1);
        QVERIFY(p->scene()->boxCount() > 10);
        // The first picture is not dominated by bookkeeping control edges (TF2 automatic control
        // dependencies and the function's control outputs wait for every stateful op).
        int control = 0, data = 0;
        for (const auto& e : p->scene()->visible().edges) (e.control ? control : data)++;
        QVERIFY2(control * 5 < data, qPrintable(QStringLiteral("%1 control vs %2 data edges").arg(control).arg(data)));
        int hidden = 0;
        for (const auto& item : p->scene()->visible().items) hidden += item.hiddenControlInputs;
        QVERIFY(hidden > 20);
        // Signatures panel lists serving_default, and its item model is sound.
        SignaturesModel* sig = w.signaturesPanel()->model();
        QAbstractItemModelTester tester(sig, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(sig->rowCount() >= 2);
        bool found = false;
        for (int r = 0; r < sig->rowCount(); ++r)
            found |= sig->data(sig->index(r, SignaturesModel::Key), Qt::DisplayRole).toString() == QLatin1String("serving_default");
        QVERIFY(found);
        QVERIFY(w.signaturesPanel()->emptyText().isEmpty());
        // Back to the main graph through the breadcrumb.
        p->popTo(0);
        TFS_QT_WAIT_LAYOUT(p);
        QVERIFY(!p->currentGraph()->isFunction);
        QVERIFY(p->breadcrumb().empty());
    }

    void tensorsPanelComputesStatistics() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        GraphPage* p = openAndWait(w, model(QStringLiteral("tf2onnx__fc-layers/frozen.pb")));
        if (!p) p = openAndWait(w, model(QStringLiteral("tf2onnx__regression_graphdef/frozen.pb")));
        QVERIFY2(p, qPrintable(w.lastError()));
        TensorsModel* m = w.tensorsPanel()->model();
        QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(w.tensorsPanel()->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m->rowCount() > 0);
        w.tensorsPanel()->show();
        m->computeStatistics(new JobTracker(&w));
        QVERIFY(QTest::qWaitFor([&] { return m->statisticsDone(); }, kBackgroundTimeoutMs));
        bool numeric = false;
        for (int r = 0; r < m->rowCount(); ++r) {
            bool ok = false;
            m->data(m->index(r, TensorsModel::Mean), Qt::DisplayRole).toString().toDouble(&ok);
            numeric |= ok;
        }
        QVERIFY(numeric);
        // Filtering narrows the rows.
        w.tensorsPanel()->proxy()->setFilterFixedString(QStringLiteral("zzz-no-such"));
        QCOMPARE(w.tensorsPanel()->proxy()->rowCount(), 0);
    }

    void exportWritesFiles() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        GraphPage* p = openAndWait(w, model(QStringLiteral("ngraph__test_axpy/test_axpy.pbtxt")));
        QVERIFY2(p, qPrintable(w.lastError()));
        QTemporaryDir dir;
        QString error;
        QVERIFY2(p->exportSvg(dir.filePath(QStringLiteral("g.svg")), &error), qPrintable(error));
        double used = 0;
        QVERIFY2(p->exportPng(dir.filePath(QStringLiteral("g.png")), 2.0, &error, &used), qPrintable(error));
        QCOMPARE(used, 2.0);
        QVERIFY2(p->exportDot(dir.filePath(QStringLiteral("g.dot")), &error), qPrintable(error));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("g.svg"))).size() > 100);
        QImage png(dir.filePath(QStringLiteral("g.png")));
        QVERIFY(!png.isNull());
        QVERIFY(png.width() >= int(p->scene()->itemsBoundingRect().width() * 2));
        QFile dot(dir.filePath(QStringLiteral("g.dot")));
        QVERIFY(dot.open(QIODevice::ReadOnly));
        QVERIFY(dot.readAll().contains("digraph"));
    }

    void badFileGivesCalmError() {
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("garbage.pb"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a model at all \x01\x02\x03");
        f.close();
        MainWindow w;
        w.setInteractiveErrors(false);
        QSignalSpy failed(&w, &MainWindow::loadFailed);
        w.openPath(path);
        QVERIFY(failed.wait(kBackgroundTimeoutMs));
        QCOMPARE(w.pageCount(), 0);
        QVERIFY(w.lastError().contains(QStringLiteral("garbage.pb")));
        w.openPath(dir.filePath(QStringLiteral("missing.pb")));
        QVERIFY(w.lastError().contains(QStringLiteral("missing.pb")));
    }

    void everySharedModelOpensAndDraws() {
        const QStringList skip = {QStringLiteral("serving__saved_model_half_plus_two_tflite")};
        QDir root(modelsDir());
        MainWindow w;
        w.setInteractiveErrors(false);
        int opened = 0;
        auto tryOpen = [&](const QString& path) {
            const int before = w.pageCount();
            w.openPath(path);
            return QTest::qWaitFor([&] { return !w.isBusy(); }, kBackgroundTimeoutMs) && w.pageCount() > before;
        };
        for (const QString& folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (skip.contains(folder)) continue;
            QDir d(root.filePath(folder));
            bool ok = tryOpen(d.path());
            for (const QString& f : d.entryList({QStringLiteral("*.pb"), QStringLiteral("*.pbtxt"), QStringLiteral("*.meta")}, QDir::Files)) {
                if (ok) break;
                ok = tryOpen(d.filePath(f));
            }
            // Models one level down ("model/", SavedModel version folders, "00000123/export.meta").
            for (const QString& sub : d.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                if (ok || sub == QLatin1String("reference") || sub == QLatin1String("variables")) continue;
                QDir s(d.filePath(sub));
                ok = tryOpen(s.path());
                for (const QString& f : s.entryList({QStringLiteral("*.pb"), QStringLiteral("*.meta")}, QDir::Files))
                    if (!ok) ok = tryOpen(s.filePath(f));
            }
            if (!ok) {
                qWarning("%s: %s", qPrintable(folder), qPrintable(w.lastError()));
                continue;
            }
            ++opened;
            GraphPage* p = w.currentPage();
            QVERIFY(p);
            QVERIFY2(!p->isBusy(), qPrintable(folder));
            if (p->document().hasGraph()) QVERIFY2(p->scene()->boxCount() > 0, qPrintable(folder));
            while (w.pageCount() > 0) delete w.page(0);
        }
        QVERIFY2(opened >= 36, qPrintable(QString::number(opened)));  // all but the TFLite folder
    }
};

QTEST_MAIN(ViewsTest)
#include "views_test.moc"

