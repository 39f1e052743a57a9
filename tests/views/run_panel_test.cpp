// Qt Test for the Run panel (offscreen, real models): a reference input runs to the
// reference output, the per-op tables name ops of the graph and add up, seeded random
// inputs repeat, interior tensors and raw WAV bytes feed a keyword-spotting net, a
// workbench step makes the result stale, errors are calm, Ctrl+R runs and Cancel stops,
// and the graph can be coloured by the measured node times.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <cmath>
#include <set>

#include "core/util/npy.h"
#include "tests/common/test_paths.h"
#include "tests/views/views_test_util.h"
#include "views/graph_page.h"
#include "views/graph_scene.h"
#include "views/run_overlay.h"
#include "views/main_window.h"
#include "views/run_models.h"
#include "views/run_panel.h"
#include "views/run_session.h"
#include "views/tensor_viewer.h"
#include "views/workbench.h"

using namespace tfs;
using namespace tfs::views;

namespace {

// Runs through the panel's Run button and waits for the result.
bool clickRunAndWait(MainWindow& w, RunSession* s) {
    auto before = s->result();
    QTest::mouseClick(w.runPanel()->runButton(), Qt::LeftButton);
    return QTest::qWaitFor([&] { return !s->isRunning() && s->result() != before; }, 120000);
}

// Largest |got - want| relative to the reference tolerance (rtol 1e-4, atol 1e-5); < 1 passes.
double worstError(const Tensor& got, const Tensor& want) {
    if (got.dims() != want.dims()) return INFINITY;
    double worst = 0;
    for (int64_t i = 0; i < want.numElements(); ++i) {
        const double a = tensorElementAsDouble(got, i), b = tensorElementAsDouble(want, i);
        worst = std::max(worst, std::fabs(a - b) / (1e-5 + 1e-4 * std::fabs(b)));
    }
    return worst;
}

const RunOutput* outputNamed(const RunResult& r, const QString& tensor) {
    for (const auto& o : r.outputs)
        if (o.tensorName == tensor) return &o;
    return nullptr;
}

}  // namespace

class RunPanelTest : public QObject {
    Q_OBJECT
public:
    static void initMain() { startLayoutWorkerAsTheAppDoes(); }

private slots:
    void initTestCase() {
        TFS_QT_ISOLATE_SETTINGS();
        TFS_QT_REQUIRE_SHARED_MODELS();
    }

    // The CIFAR-10 net fed its reference input gives the reference logits and class; the per-op
    // tables have rows for ops of the graph whose times add up to the total.
    void referenceInputGivesReferenceOutput() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        GraphPage* p = openAndWait(w, model("utensor__cifar10_cnn/cifar10_cnn.pb"));
        QVERIFY2(p, qPrintable(w.lastError()));
        RunSession* s = w.runSessionOf(p);
        QVERIFY(s);
        QCOMPARE(w.runPanel()->session(), s);
        new QAbstractItemModelTester(w.runPanel()->outputsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        new QAbstractItemModelTester(w.runPanel()->nodeTimeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        new QAbstractItemModelTester(w.runPanel()->opTypeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        const std::string ref = test::sharedModel("utensor__cifar10_cnn") + "/reference/batch1/";
        QString error;
        QVERIFY2(s->setInputSource(QStringLiteral("Placeholder:0"), QString::fromStdString(ref + "inputs/Placeholder_0.npy"), &error),
                 qPrintable(error));
        QVERIFY(clickRunAndWait(w, s));
        auto r = s->result();
        QVERIFY2(r && r->error.isEmpty(), r ? qPrintable(r->error) : "no result");
        QVERIFY(s->resultIsCurrent());
        const RunOutput* pred = outputNamed(*r, QStringLiteral("pred:0"));
        QVERIFY(pred);
        auto want = readNpy(ref + "outputs/pred_0.npy");
        QVERIFY(want.ok());
        QCOMPARE(worstError(*pred->value, *want), 0.0);
        QVERIFY(w.runPanel()->outputsModel()->rowCount() >= 1);
        QVERIFY(w.runPanel()->sliceModel()->tensor());

        // Op tables: every op type is one of the graph's; node times sum to the total; the
        // convolutions are there with FLOPs.
        std::set<std::string> ops;
        for (const auto& n : p->document().model().graph()->node()) ops.insert(n.op());
        OpTypeTimeModel* byOp = w.runPanel()->opTypeModel();
        QVERIFY(byOp->rowCount() > 3);
        bool conv = false;
        double percent = 0;
        for (int row = 0; row < byOp->rowCount(); ++row) {
            const std::string op = byOp->index(row, OpTypeTimeModel::Op).data().toString().toStdString();
            QVERIFY2(ops.count(op), op.c_str());
            percent += byOp->index(row, OpTypeTimeModel::Percent).data(OpTypeTimeModel::SortRole).toDouble();
            conv |= op == "Conv2D" && byOp->index(row, OpTypeTimeModel::Flops).data(OpTypeTimeModel::SortRole).toDouble() > 0;
        }
        QVERIFY(conv);
        QVERIFY(std::fabs(percent - 100.0) < 1e-6);
        NodeTimeModel* byNode = w.runPanel()->nodeTimeModel();
        QCOMPARE(size_t(byNode->rowCount()), r->profile.nodes.size());
        double sum = 0, previous = INFINITY;
        for (int row = 0; row < byNode->rowCount(); ++row) {
            const double ms = byNode->index(row, NodeTimeModel::Ms).data(NodeTimeModel::SortRole).toDouble();
            QVERIFY(ms <= previous);  // slowest first
            previous = ms;
            sum += ms;
        }
        QVERIFY(std::fabs(sum - r->profile.totalMs) <= 1e-9 * std::max(1.0, sum));
        QVERIFY(r->profile.totalMs > 0);
        QVERIFY(std::isfinite(r->medianMs()) && r->medianMs() > 0);  // timed; ratios belong in bench/
        const double cumulativeLast =
            byNode->index(byNode->rowCount() - 1, NodeTimeModel::Cumulative).data(NodeTimeModel::SortRole).toDouble();
        QVERIFY(std::fabs(cumulativeLast - 100.0) < 1e-6);
        QVERIFY(w.runPanel()->statusText().contains(QStringLiteral("median")));

        // The full tensor viewer opens on an output.
        TensorViewer* viewer = w.runPanel()->openOutput(0);
        QVERIFY(viewer);
        QVERIFY(QTest::qWaitFor([&] { return !viewer->isBusy(); }, 30000));
        QVERIFY(viewer->summary().computed);
        viewer->close();
    }

    // A float output within the reference tolerance (three dense layers).
    void floatOutputWithinTolerance() {
        MainWindow w;
        w.setInteractiveErrors(false);
        GraphPage* p = openAndWait(w, model("tf2onnx__fc-layers/frozen.pb"));
        QVERIFY(p);
        RunSession* s = w.runSessionOf(p);
        const std::string ref = test::sharedModel("tf2onnx__fc-layers") + "/reference/batch4/";
        QVERIFY(s->setInputSource(QStringLiteral("X:0"), QString::fromStdString(ref + "inputs/X_0.npy")));
        QVERIFY(clickRunAndWait(w, s));
        auto r = s->result();
        QVERIFY2(r->error.isEmpty(), qPrintable(r->error));
        auto want = readNpy(ref + "outputs/output_0.npy");
        QVERIFY(want.ok());
        const RunOutput* out = outputNamed(*r, QStringLiteral("output:0"));
        QVERIFY(out);
        QVERIFY2(worstError(*out->value, *want) < 1.0, qPrintable(QString::number(worstError(*out->value, *want))));
        QVERIFY(out->summary.computed);
    }

    // Random inputs with a seed repeat; another seed gives other values.
    void seededRandomInputsRepeat() {
        MainWindow w;
        w.setInteractiveErrors(false);
        GraphPage* p = openAndWait(w, model("tf2onnx__fc-layers/frozen.pb"));
        QVERIFY(p);
        RunSession* s = w.runSessionOf(p);
        RunSettings settings = s->settings();
        QCOMPARE(int(settings.inputs.size()), 1);
        QVERIFY(settings.inputs[0].kind == RunInput::Kind::Random);
        settings.seed = 3;
        settings.batch = 2;
        settings.profiledRuns = 1;
        s->setSettings(settings);
        QVERIFY(clickRunAndWait(w, s));
        auto first = s->result();
        QVERIFY2(first->error.isEmpty(), qPrintable(first->error));
        QCOMPARE(first->outputs[0].value->dim(0), int64_t(2));
        QVERIFY(clickRunAndWait(w, s));
        auto again = s->result();
        QCOMPARE(worstError(*again->outputs[0].value, *first->outputs[0].value), 0.0);
        settings = s->settings();
        settings.seed = 4;
        s->setSettings(settings);
        QVERIFY(clickRunAndWait(w, s));
        QVERIFY(worstError(*s->result()->outputs[0].value, *first->outputs[0].value) > 1.0);
    }

    // The keyword-spotting net: its WAV as raw bytes runs the audio front end; the reference MFCC
    // fed at the interior tensor Mfcc:0 (the wav input not fed) gives the reference output.
    void keywordSpottingFromWavAndFromMfcc() {
        MainWindow w;
        w.setInteractiveErrors(false);
        GraphPage* p = openAndWait(w, model("armkws__DS_CNN_S/DS_CNN_S.pb"));
        QVERIFY(p);
        RunSession* s = w.runSessionOf(p);
        QCOMPARE(int(s->settings().inputs.size()), 1);
        QVERIFY(s->settings().inputs[0].kind == RunInput::Kind::NotFed);  // strings cannot be random
        QString error;
        QVERIFY(!s->setInputSource(QStringLiteral("wav_data:0"), QStringLiteral("random"), &error));
        QVERIFY(error.contains(QStringLiteral("@FILE")));
        QVERIFY(s->setInputSource(QStringLiteral("wav_data:0"), QLatin1Char('@') + model("armkws__DS_CNN_S/silence.wav")));
        QVERIFY(clickRunAndWait(w, s));
        auto r = s->result();
        QVERIFY2(r->error.isEmpty(), qPrintable(r->error));
        const Tensor& probs = *r->outputs[0].value;
        QCOMPARE(probs.numElements(), int64_t(12));
        double sum = 0;
        for (int i = 0; i < 12; ++i) sum += tensorElementAsDouble(probs, i);
        QVERIFY(std::fabs(sum - 1.0) < 1e-4);
        std::set<std::string> timedOps;
        for (const auto& o : r->profile.opTypes) timedOps.insert(o.op);
        QVERIFY(timedOps.count("Mfcc") && timedOps.count("DecodeWav"));

        const std::string ref = test::sharedModel("armkws__DS_CNN_S") + "/reference/mfcc_batch1/";
        QVERIFY(s->setInputSource(QStringLiteral("wav_data:0"), QString()));
        QVERIFY(s->setInputSource(QStringLiteral("Mfcc"), QString::fromStdString(ref + "inputs/Mfcc_0.npy")));
        QCOMPARE(int(s->settings().inputs.size()), 2);
        QVERIFY(s->settings().inputs[1].extra);
        QVERIFY(clickRunAndWait(w, s));
        r = s->result();
        QVERIFY2(r->error.isEmpty(), qPrintable(r->error));
        auto want = readNpy(ref + "outputs/labels_softmax_0.npy");
        QVERIFY(want.ok());
        QVERIFY(worstError(*r->outputs[0].value, *want) < 1.0);
        timedOps.clear();
        for (const auto& o : r->profile.opTypes) timedOps.insert(o.op);
        QVERIFY(!timedOps.count("Mfcc") && !timedOps.count("DecodeWav"));  // upstream of the feed: not run
    }

    // A missing file and an unfed input are calm errors in the panel; nothing crashes.
    void errorsAreShownCalmly() {
        MainWindow w;
        w.setInteractiveErrors(false);
        GraphPage* p = openAndWait(w, model("tf2onnx__fc-layers/frozen.pb"));
        QVERIFY(p);
        RunSession* s = w.runSessionOf(p);
        QVERIFY(s->setInputSource(QStringLiteral("X:0"), QStringLiteral("/nonexistent/x.npy")));
        QVERIFY(clickRunAndWait(w, s));
        QVERIFY(s->result()->error.contains(QStringLiteral("/nonexistent/x.npy")));
        QVERIFY(w.runPanel()->statusText().contains(QStringLiteral("x.npy")));
        QCOMPARE(w.runPanel()->outputsModel()->rowCount(), 0);
        QVERIFY(!w.runPanel()->histogram()->hasTensor());  // "No output to show", not "Computing…"
        QVERIFY(s->setInputSource(QStringLiteral("X:0"), QString()));
        QVERIFY(clickRunAndWait(w, s));
        QVERIFY(!s->result()->error.isEmpty());
        QVERIFY(!s->setInputSource(QStringLiteral("nope:0"), QString()));
        RunSettings bad = s->settings();
        bad.shapes = {QStringLiteral("X:0=1,x")};
        s->setSettings(bad);
        QString error;
        QVERIFY(!s->start(&error));
        QVERIFY(error.contains(QStringLiteral("1,x")));
    }

    // A workbench step replaces the model: the old result is marked stale until the next run,
    // which runs the new revision.
    void workbenchStepMakesResultStale() {
        MainWindow w;
        w.setInteractiveErrors(false);
        GraphPage* p = openAndWait(w, model("utensor__cifar10_cnn/cifar10_cnn.pb"));
        QVERIFY(p);
        RunSession* s = w.runSessionOf(p);
        RunSettings settings = s->settings();
        settings.profiledRuns = 1;
        s->setSettings(settings);
        QVERIFY(clickRunAndWait(w, s));
        auto before = s->result();
        QVERIFY(s->resultIsCurrent());
        Workbench* wb = w.workbenchOf(p);
        wb->setMeasuring(false);
        QString error;
        QVERIFY2(wb->apply(QStringLiteral("quantize_weights"), &error), qPrintable(error));
        QVERIFY(QTest::qWaitFor([&] { return wb->isIdle() && !p->isBusy(); }, 120000));
        QVERIFY2(wb->lastError().isEmpty(), qPrintable(wb->lastError()));
        QVERIFY(!s->resultIsCurrent());
        QLabel* stale = w.runPanel()->findChild<QLabel*>(QStringLiteral("staleNote"));
        QVERIFY(stale && !stale->isHidden());
        QVERIFY(clickRunAndWait(w, s));
        QVERIFY(s->resultIsCurrent());
        std::set<std::string> ops;
        for (const auto& o : s->result()->profile.opTypes) ops.insert(o.op);
        QVERIFY(ops.count("Dequantize"));  // the quantized weights are what ran
        QVERIFY(stale->isHidden());
    }

    // Colour Nodes by Time: every timed node of the shown graph is filled by its time on the
    // scale (the slowest darkest, the ten slowest numbered), collapsed scopes show their summed
    // time, the legend gives the scale; a step makes the times stale and the colours go until
    // the next run.
    void nodesColouredByMeasuredTime() {
        MainWindow w;
        w.setInteractiveErrors(false);
        GraphPage* p = openAndWait(w, model("armkws__DS_CNN_S/DS_CNN_S.pb"));
        QVERIFY(p);
        RunSession* s = w.runSessionOf(p);
        QVERIFY(s->setInputSource(QStringLiteral("wav_data"), QStringLiteral("@") + model("armkws__DS_CNN_S/silence.wav")));
        QVERIFY(clickRunAndWait(w, s));
        QVERIFY2(s->result()->error.isEmpty(), qPrintable(s->result()->error));
        QVERIFY(!p->scene()->overlay());  // the original, step marks: nothing drawn yet
        QAction* byTime = w.findChild<QAction*>(QStringLiteral("colourByTime"));  // Run ▸ Colour Nodes by Time
        QVERIFY(byTime && !byTime->isChecked());
        byTime->trigger();
        QCOMPARE(w.graphMarks(), MainWindow::GraphMarks::RunTime);
        p->expandAll();
        QVERIFY(QTest::qWaitFor([&] { return !p->isBusy(); }, 60000));
        const GraphOverlay* overlay = p->scene()->overlay();
        QVERIFY(overlay);
        const exec::OpProfile& profile = s->result()->profile;
        const GraphIndex& index = *p->currentGraph()->index;
        std::vector<const exec::NodeTime*> timed;  // this graph's, slowest first, not fused
        int rank = 0, rankOfSlowest = 0;
        for (const auto& t : profile.nodes) {
            if (!t.function.empty()) continue;
            ++rank;
            if (t.fused) continue;
            if (timed.empty()) rankOfSlowest = rank;
            timed.push_back(&t);
        }
        QVERIFY(timed.size() >= 10);
        const int slowest = index.find(timed.front()->node);
        QVERIFY(slowest >= 0);
        QCOMPARE(overlay->nodes[size_t(slowest)].color, timeColor(1.0));
        QCOMPARE(overlay->nodes[size_t(slowest)].glyph, QString::number(rankOfSlowest));
        QVERIFY(overlay->nodes[size_t(slowest)].tip.contains(formatMs(timed.front()->ms)));
        int marked = 0;
        for (const auto& m : overlay->nodes) marked += m.marked();
        QCOMPARE(marked, int(timed.size()));  // every timed node, nothing else
        const int fastest = index.find(timed.back()->node);
        QCOMPARE(overlay->nodes[size_t(fastest)].color, timeColor(timeShare(timed.back()->ms, timed.front()->ms)));
        QVERIFY(timeShare(timed.back()->ms, timed.front()->ms) < 1.0);
        QVERIFY(overlay->nodes[size_t(fastest)].color != overlay->nodes[size_t(slowest)].color);
        // The slowest node's box is filled with its colour, and the legend gives the scale's top in ms.
        BoxItem* box = p->scene()->boxForNode(slowest);
        QVERIFY(box && box->markColor().isValid());
        QVERIFY2(p->marksLegend().contains(formatMs(timed.front()->ms).toHtmlEscaped()), qPrintable(p->marksLegend()));
        // Collapsed, the network's scope carries the sum of its nodes' times.
        p->collapseAll();
        QVERIFY(QTest::qWaitFor([&] { return !p->isBusy(); }, 60000));
        double insideMs = 0;
        for (const auto* t : timed) insideMs += t->node.rfind("MobileNet/", 0) == 0 ? t->ms : 0;
        QVERIFY(insideMs > 0);
        bool sawBadge = false;
        for (int i = 0; i < p->scene()->boxCount(); ++i)
            if (p->scene()->box(i)->isScope() && p->scene()->visible().items[size_t(i)].scope == "MobileNet")
                sawBadge = p->scene()->box(i)->badgeText().startsWith(formatMs(insideMs));
        QVERIFY(sawBadge);
        // A step: the times belong to the previous model, so nothing is coloured until the next run.
        Workbench* wb = w.workbenchOf(p);
        wb->setMeasuring(false);
        QVERIFY(wb->apply(QStringLiteral("fold_old_batch_norms")));
        QVERIFY(QTest::qWaitFor([&] { return wb->isIdle() && !p->isBusy(); }, 120000));
        QVERIFY(p->scene()->overlay());
        for (const auto& m : p->scene()->overlay()->nodes) QVERIFY(!m.marked());
        QVERIFY(p->marksLegend().contains(QStringLiteral("Ctrl+R")));
        QVERIFY(clickRunAndWait(w, s));
        QVERIFY(QTest::qWaitFor([&] { return !p->isBusy(); }, 60000));
        QVERIFY(!p->scene()->overlay()->nodes.empty());
        // Switched off again: back to the step's marks (fold_old_batch_norms changed nodes).
        byTime->trigger();
        QCOMPARE(w.graphMarks(), MainWindow::GraphMarks::StepChanges);
        QVERIFY(p->marksLegend().contains(QStringLiteral("fold_old_batch_norms")));
        w.setGraphMarks(MainWindow::GraphMarks::RunTime);  // the View menu's choice checks the Run menu's switch
        QVERIFY(byTime->isChecked());
        w.setGraphMarks(MainWindow::GraphMarks::StepChanges);
        QVERIFY(!byTime->isChecked());
    }

    // Ctrl+R runs the current tab; Cancel stops a long series without a result.
    void shortcutRunsAndCancelStops() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        GraphPage* p = openAndWait(w, model("utensor__cifar10_cnn/cifar10_cnn.pb"));
        QVERIFY(p);
        RunSession* s = w.runSessionOf(p);
        RunSettings settings = s->settings();
        settings.profiledRuns = 1000;
        s->setSettings(settings);
        w.activateWindow();
        QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor([&] { return s->isRunning(); }, 5000));
        QVERIFY(w.isBusy());
        s->cancel();
        QVERIFY(QTest::qWaitFor([&] { return !s->isRunning(); }, 5000));
        QVERIFY(!s->result());
        QVERIFY(w.runPanel()->statusText().contains(QStringLiteral("cancelled")));
    }
};

QTEST_MAIN(RunPanelTest)
#include "run_panel_test.moc"
