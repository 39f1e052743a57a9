// Qt Test for the transform workbench (offscreen, real models): every preset and
// every pass applies, undoes, redoes and saves; measurements arrive; selection
// survives a step by name; unsaved edits are never dropped without asking.
#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>
#include <atomic>
#include <cmath>
#include <set>

#include "core/formats/loader.h"
#include "tests/common/test_paths.h"
#include "tests/views/views_test_util.h"
#include "core/util/json.h"
#include "core/util/npy.h"
#include "core/transforms/registry.h"
#include "views/graph_page.h"
#include "views/graph_scene.h"
#include "views/job_tracker.h"
#include "views/main_window.h"
#include "views/workbench.h"
#include "views/workbench_inputs.h"
#include "views/workbench_panel.h"
#include "views/workbench_results.h"

using namespace tfs;
using namespace tfs::views;

namespace {

bool waitIdle(Workbench* wb, GraphPage* p, int timeoutMs = 300000) {
    return QTest::qWaitFor([&] { return wb->isIdle() && !p->isBusy(); }, timeoutMs);
}

// The report with every latency replaced by "number"/"null" (timings differ between runs; the rest must not).
Json withoutLatency(const Json& j) {
    if (j.isObject()) {
        Json o = Json::object();
        for (const auto& [k, v] : j.members())
            o.set(k, k == "latency_ms" ? Json(v.isNumber() ? "number" : "null") : withoutLatency(v));
        return o;
    }
    if (j.kind() == Json::Kind::Array) {
        Json a = Json::array();
        for (const auto& v : j.items()) a.push(withoutLatency(v));
        return a;
    }
    return j;
}

// Runs tfscope (the real binary) with settings kept in `home`; stdout, or "" when it failed.
QString runTfscope(const QStringList& args, const QString& home, int* exitCode) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home);  // never the user's remembered inputs
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TFSCOPE_BINARY), args);
    if (!process.waitForFinished(300000)) {
        process.kill();
        *exitCode = -1;
        return {};
    }
    *exitCode = process.exitCode();
    if (*exitCode != 0) qWarning("%s", process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

int mainNodes(const ModelDocument& d) { return d.model().graph() ? d.model().graph()->node_size() : 0; }

}  // namespace

class WorkbenchTest : public QObject {
    Q_OBJECT
public:
    static void initMain() { startLayoutWorkerAsTheAppDoes(); }

private slots:
    void initTestCase() {
        TFS_QT_ISOLATE_SETTINGS();
        TFS_QT_REQUIRE_SHARED_MODELS();
    }

    // Every single pass (as its registry example) on a conv net: applies, undoes, redoes and
    // saves; the saved file loads back with the same graph.
    void everyPassAppliesUndoesRedoesAndSaves() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        GraphPage* p = openAndWait(w, model(QStringLiteral("utensor__cifar10_cnn/cifar10_cnn.pb")));
        QVERIFY2(p, qPrintable(w.lastError()));
        Workbench* wb = w.workbenchOf(p);
        QVERIFY(wb);
        wb->setMeasuring(false);
        QTemporaryDir dir;
        const int original = mainNodes(p->document());
        QString firstRelu;
        for (int i = 0; i < p->currentGraph()->index->size() && firstRelu.isEmpty(); ++i)
            if (p->currentGraph()->index->node(i).op() == "Relu") firstRelu = QString::fromStdString(p->currentGraph()->index->node(i).name());
        int applied = 0;
        QStringList failed;
        for (const auto& info : transforms::transformRegistry()) {
            const int before = p->document().undoStack()->index();
            QString error;
            QString invocation = QString::fromStdString(info.example);
            // Examples that name nodes of some other graph: name one of this graph.
            if (info.name == "rename_node") invocation = QStringLiteral("rename_node(old_node_name=%1, new_node_name=renamed)").arg(firstRelu);
            QVERIFY2(wb->apply(invocation, &error), qPrintable(error));
            QVERIFY2(waitIdle(wb, p), info.name.c_str());
            if (p->document().undoStack()->index() == before) {  // the pass failed: nothing changed, reason given
                QVERIFY2(!wb->lastError().isEmpty(), info.name.c_str());
                failed << QString::fromStdString(info.name) + QStringLiteral(": ") + wb->lastError();
                continue;
            }
            ++applied;
            const int after = mainNodes(p->document());
            QVERIFY(p->document().isModified());
            p->document().undoStack()->undo();
            QVERIFY(waitIdle(wb, p));
            QCOMPARE(p->document().undoStack()->index(), before);
            p->document().undoStack()->redo();
            QVERIFY(waitIdle(wb, p));
            QCOMPARE(mainNodes(p->document()), after);
            const QString out = dir.filePath(QString::fromStdString(info.name) + QStringLiteral(".pb"));
            QString saveError;
            QVERIFY2(w.saveDocumentAs(p, out, QStringLiteral("graphdef"), &saveError), qPrintable(saveError));
            QVERIFY(!p->document().isModified());
            auto back = loadModel(out.toStdString());
            QVERIFY2(back.ok(), back.ok() ? "" : back.status().message().c_str());
            QCOMPARE(back->graph()->node_size(), after);
            // Back to the original for the next pass.
            p->document().undoStack()->setIndex(0);
            QVERIFY(waitIdle(wb, p));
            QCOMPARE(mainNodes(p->document()), original);
        }
        // freeze_requantization_ranges applies only to an eight-bit graph with a calibration log: on a float
        // net it must fail calmly (checked above: a reason, and the model and history as they were).
        QVERIFY2(failed.size() == 1 && failed[0].startsWith(QStringLiteral("freeze_requantization_ranges:")),
                 qPrintable(QStringLiteral("failed:\n") + failed.join(QLatin1Char('\n'))));
        QCOMPARE(applied, int(transforms::transformRegistry().size()) - 1);
    }

    // Every preset on the models it is meant for, measured: size, latency and accuracy arrive.
    void presetsApplyAndMeasure_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("preset");
        const QStringList models = {QStringLiteral("utensor__cifar10_cnn/cifar10_cnn.pb"),
                                    QStringLiteral("tf2onnx__fc-layers/frozen.pb"),
                                    QStringLiteral("nnstreamer__mnist/mnist.pb")};
        int rows = 0;
        for (const QString& m : models) {
            auto loaded = loadModel(model(m).toStdString());
            QVERIFY(loaded.ok());
            // Freeze and Slim need variables: these frozen nets get every other preset (tested on models with variables below).
            for (int i = 0; i < int(workbenchPresets().size()); ++i) {
                if (!workbenchPresets()[size_t(i)].appliesTo(*loaded)) continue;
                QTest::newRow(qPrintable(m.section(QLatin1Char('/'), 0, 0) + QLatin1Char('#') + QString::number(i))) << m << i;
                ++rows;
            }
        }
        QCOMPARE(rows, 3 * (int(workbenchPresets().size()) - 2));
    }
    void presetsApplyAndMeasure() {
        QFETCH(QString, path);
        QFETCH(int, preset);
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        GraphPage* p = openAndWait(w, model(path));
        QVERIFY2(p, qPrintable(w.lastError()));
        Workbench* wb = w.workbenchOf(p);
        MeasureInputs in = wb->measureInputs();
        in.runs = 2;
        in.samples = 2;
        wb->setMeasureInputs(in);
        QVERIFY(waitIdle(wb, p));
        QVERIFY(w.workbenchPanel()->applyPreset(preset));
        QVERIFY(waitIdle(wb, p));
        QVERIFY2(wb->lastError().isEmpty(), qPrintable(wb->lastError()));
        const auto pipeline = p->document().pipeline();
        QVERIFY(pipeline.size() >= 2);
        const RevisionMeasurement* first = wb->measurement(pipeline.front().get());
        const RevisionMeasurement* last = wb->measurement(pipeline.back().get());
        QVERIFY(first && last);
        QVERIFY(first->result.size.bytes > 0 && last->result.size.bytes > 0);
        QVERIFY2(last->error.isEmpty(), qPrintable(last->error));
        QVERIFY(last->result.latency.has_value());
        QVERIFY(!last->result.accuracy.empty());
        // The panel shows them: before/after table and a point per step on the chart.
        BeforeAfterModel* facts = nullptr;
        facts = w.workbenchResults()->facts();
        QVERIFY(facts);
        QAbstractItemModelTester tester(facts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(facts->rowCount() >= 4);
        for (const auto& pass : {QStringLiteral("Size on disk"), QStringLiteral("Compressed")})
            QVERIFY(!std::isnan(facts->value(pass, BeforeAfterModel::Current)));
        // Undo all the way back: the original again, with nothing to save.
        p->document().undoStack()->setIndex(0);
        QVERIFY(waitIdle(wb, p));
        QVERIFY(!p->document().isModified());
        p->document().undoStack()->redo();
        QVERIFY(waitIdle(wb, p));
        QTemporaryDir dir;
        QString error;
        QVERIFY2(w.saveDocumentAs(p, dir.filePath(QStringLiteral("out.pbtxt")), QStringLiteral("graphdef_text"), &error),
                 qPrintable(error));
        QVERIFY(loadModel(dir.filePath(QStringLiteral("out.pbtxt")).toStdString()).ok());
    }

    // The keyword-spotting net: a WAV file feeds the string input (as `--input wav_data=@FILE` in batch), and
    // after stripping at the interior tensor Mfcc the reference case (which feeds Mfcc) still compares.
    void keywordSpottingMeasuresThroughStringAndInteriorFeeds() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        GraphPage* p = openAndWait(w, model(QStringLiteral("armkws__DS_CNN_S/DS_CNN_S.pb")));
        QVERIFY2(p, qPrintable(w.lastError()));
        Workbench* wb = w.workbenchOf(p);
        MeasureInputs in;
        in.runs = 2;
        in.inputs << QStringLiteral("wav_data=@") + model(QStringLiteral("armkws__DS_CNN_S/silence.wav"));
        wb->setMeasureInputs(in);
        QVERIFY(wb->apply(QStringLiteral("fold_old_batch_norms fold_constants(ignore_errors=true)")));
        QVERIFY(waitIdle(wb, p));
        QVERIFY2(wb->lastError().isEmpty(), qPrintable(wb->lastError()));
        auto pipeline = p->document().pipeline();
        QCOMPARE(int(pipeline.size()), 3);
        int checked = 0;
        for (size_t i = 0; i < pipeline.size(); ++i) {
            const RevisionMeasurement* m = wb->measurement(pipeline[i].get());
            QVERIFY(m && m->done);
            QVERIFY2(m->error.isEmpty(), qPrintable(m->error));
            QVERIFY(m->result.latency.has_value());
            QCOMPARE(m->result.sampleLabels.size(), size_t(1));
            if (i == 0) continue;  // the original has no accuracy against itself
            QCOMPARE(int(m->result.accuracy.size()), 1);
            QVERIFY2(m->result.accuracy[0].cosine > 0.9999, qPrintable(QString::number(m->result.accuracy[0].cosine)));
            ++checked;
        }
        QCOMPARE(checked, 2);
        // Strip at Mfcc: the graph starts after the audio front end; the reference case feeds Mfcc in both.
        p->document().undoStack()->setIndex(0);
        QVERIFY(waitIdle(wb, p));
        wb->setMeasureInputs(MeasureInputs{});  // no files: the reference case beside the model
        wb->setEndpoints({QStringLiteral("Mfcc")}, {QStringLiteral("labels_softmax")});
        QVERIFY(wb->apply(QStringLiteral("strip_unused_nodes")));
        QVERIFY(waitIdle(wb, p));
        QVERIFY2(wb->lastError().isEmpty(), qPrintable(wb->lastError()));
        pipeline = p->document().pipeline();
        QCOMPARE(int(pipeline.size()), 2);
        const RevisionMeasurement* stripped = wb->measurement(pipeline.back().get());
        QVERIFY(stripped && stripped->done);
        QVERIFY2(stripped->error.isEmpty(), qPrintable(stripped->error));
        QCOMPARE(int(stripped->result.accuracy.size()), 1);
        QCOMPARE(stripped->result.accuracy[0].maxAbsError, 0.0);
        QVERIFY(stripped->result.size.nodeCount < wb->measurement(pipeline.front().get())->result.size.nodeCount);
        const auto removed = pipeline.back()->detail.changes.removed;
        QVERIFY(std::find(removed.begin(), removed.end(), "DecodeWav") != removed.end() ||
                std::find(removed.begin(), removed.end(), "wav_data") != removed.end());
    }

    // `tfscope MODEL --apply … --workbench-report R.json` writes what `--batch transform --measure --json`
    // prints for the same pipeline and inputs (latency aside: it is timed anew).
    void workbenchReportMatchesBatch() {
#ifndef TFSCOPE_BINARY
        QSKIP("no tfscope binary in this build");
#else
        QTemporaryDir dir;
        const QString path = model(QStringLiteral("utensor__cifar10_cnn/cifar10_cnn.pb"));
        const QString pipeline = QStringLiteral("fold_constants(ignore_errors=true) quantize_weights round_weights(num_steps=64)");
        const QString report = dir.filePath(QStringLiteral("report.json"));
        int code = 0;
        runTfscope({path, QStringLiteral("--apply"), pipeline, QStringLiteral("--workbench-report"), report,
                    QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--samples"), QStringLiteral("2"),
                    QStringLiteral("--runs"), QStringLiteral("2")},
                   dir.path(), &code);
        QCOMPARE(code, 0);
        const QString batch = runTfscope({QStringLiteral("--batch"), QStringLiteral("transform"), path, dir.filePath(QStringLiteral("out.pb")),
                                          QStringLiteral("--transforms"), pipeline, QStringLiteral("--measure"), QStringLiteral("--json"),
                                          QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--runs"), QStringLiteral("2")},
                                         dir.path(), &code);
        QCOMPARE(code, 0);
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto fromWindow = Json::parse(file.readAll().toStdString(), report.toStdString());
        auto fromBatch = Json::parse(batch.toStdString(), "batch output");
        QVERIFY2(fromWindow.ok(), fromWindow.ok() ? "" : fromWindow.status().message().c_str());
        QVERIFY2(fromBatch.ok(), fromBatch.ok() ? "" : fromBatch.status().message().c_str());
        QCOMPARE(int(fromWindow->find("passes")->size()), 3);
        QCOMPARE(QString::fromStdString(withoutLatency(*fromWindow).dump()), QString::fromStdString(withoutLatency(*fromBatch).dump()));
        // Every step was timed (a number, not null) and measured against the original.
        QVERIFY(!withoutLatency(*fromWindow).dump().empty());
        QVERIFY(fromWindow->find("baseline")->find("latency_ms")->isNumber());
        int accuracies = 0;
        for (const Json& pass : fromWindow->find("passes")->items()) {
            QVERIFY(pass.find("latency_ms")->isNumber());
            accuracies += int(pass.find("accuracy")->size());
        }
        QCOMPARE(accuracies, 3);  // one output, three steps
#endif
    }

    // Freeze on every shared model with variables: applies, measures (outputs unchanged), undoes, redoes, saves.
    void freezePresetOnModelsWithVariables() {
        const QStringList models = {QStringLiteral("mlnet__mnist_conv_model"), QStringLiteral("tfnet__simple_model_from_auto_compile"),
                                    QStringLiteral("rust__keras_single_input_saved_model"),
                                    QStringLiteral("serving__saved_model_half_plus_two_cpu"), QStringLiteral("tfjs__uint8_multiply"),
                                    QStringLiteral("tf2onnx__regression_saved_model"), QStringLiteral("cppflow__lexci_model/model")};
        int checked = 0;
        int freeze = -1;
        for (int i = 0; i < int(workbenchPresets().size()); ++i)
            if (workbenchPresets()[size_t(i)].pipeline == QLatin1String("freeze")) freeze = i;
        QVERIFY(freeze >= 0);
        for (const QString& m : models) {
            MainWindow w;
            w.setInteractiveErrors(false);
            w.show();
            GraphPage* p = openAndWait(w, model(m));
            QVERIFY2(p, qPrintable(m + QStringLiteral(": ") + w.lastError()));
            Workbench* wb = w.workbenchOf(p);
            MeasureInputs in;
            in.runs = 1;
            in.samples = 1;
            if (m.startsWith(QLatin1String("cppflow__lexci"))) in.shapes.emplace_back(QStringLiteral("input0"), QStringLiteral("1,32,32,1"));
            wb->setMeasureInputs(in);
            QVERIFY(workbenchPresets()[size_t(freeze)].appliesTo(*p->document().originalModel()));
            QVERIFY(w.workbenchPanel()->applyPreset(freeze));
            QVERIFY(waitIdle(wb, p));
            QVERIFY2(wb->lastError().isEmpty(), qPrintable(m + QStringLiteral(": ") + wb->lastError()));
            QCOMPARE(p->document().undoStack()->index(), 1);
            QCOMPARE(p->document().model().format, ModelFormat::GraphDef);
            QVERIFY(p->document().model().variableInfos.empty());
            const RevisionMeasurement* frozen = wb->measurement(p->document().revision().get());
            QVERIFY(frozen && frozen->done);
            QVERIFY2(frozen->error.isEmpty(), qPrintable(m + QStringLiteral(": ") + frozen->error));
            QVERIFY(!frozen->result.accuracy.empty());
            // Same weights, same ops: equal up to the float rounding of a different op order (threaded reductions).
            for (const auto& out : frozen->result.accuracy)
                QVERIFY2(out.maxAbsError <= 1e-4 && (!out.numeric || out.cosine > 0.999999),
                         qPrintable(m + QStringLiteral(": max |Δ| %1, cosine %2").arg(out.maxAbsError).arg(out.cosine, 0, 'f', 8)));
            const int nodes = mainNodes(p->document());
            p->document().undoStack()->undo();
            QVERIFY(waitIdle(wb, p));
            QCOMPARE(p->document().model().format, p->document().originalModel()->format);
            p->document().undoStack()->redo();
            QVERIFY(waitIdle(wb, p));
            QCOMPARE(mainNodes(p->document()), nodes);
            QTemporaryDir dir;
            QString error;
            QVERIFY2(w.saveDocumentAs(p, dir.filePath(QStringLiteral("frozen.pb")), QStringLiteral("graphdef"), &error), qPrintable(error));
            auto back = loadModel(dir.filePath(QStringLiteral("frozen.pb")).toStdString());
            QVERIFY(back.ok());
            QCOMPARE(back->graph()->node_size(), nodes);
            ++checked;
        }
        QCOMPARE(checked, models.size());
        // A frozen graph has no variables: the preset is greyed out there.
        QVERIFY(!workbenchPresets()[size_t(freeze)].appliesTo(*loadModel(model(QStringLiteral("tf2onnx__fc-layers/frozen.pb")).toStdString())));
    }

    // Slim a checkpoint: optimizer slots dropped, the files written beside nothing of the model's.
    void slimCheckpointPreset() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        GraphPage* p = openAndWait(w, model(QStringLiteral("mlnet__mnist_conv_model")));
        QVERIFY2(p, qPrintable(w.lastError()));
        Workbench* wb = w.workbenchOf(p);
        wb->setMeasuring(false);
        int slim = -1;
        for (int i = 0; i < int(workbenchPresets().size()); ++i)
            if (workbenchPresets()[size_t(i)].slimCheckpoint) slim = i;
        QVERIFY(slim >= 0);
        QVERIFY(workbenchPresets()[size_t(slim)].appliesTo(p->document().model()));
        QTemporaryDir dir;
        QSignalSpy done(wb, &Workbench::checkpointSlimmed);
        w.workbenchPanel()->slimCheckpointTo(dir.filePath(QStringLiteral("slim/model.ckpt")), false);
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        const QFileInfo index(dir.filePath(QStringLiteral("slim/model.ckpt.index")));
        const QFileInfo data(dir.filePath(QStringLiteral("slim/model.ckpt.data-00000-of-00001")));
        QVERIFY(index.isFile() && data.isFile());
        // Momentum slots go: the data shard is well under the original's 1.9 MB.
        QVERIFY2(data.size() < 1952608 / 2 + 4096, qPrintable(QString::number(data.size())));
        QCOMPARE(p->document().undoStack()->count(), 0);  // a file written, no step
        // Into the model's own folder over its checkpoint: refused.
        done.clear();
        w.workbenchPanel()->slimCheckpointTo(model(QStringLiteral("mlnet__mnist_conv_model/variables/variables")), false);
        QVERIFY(done.wait(60000));
        QVERIFY(!done.first().at(0).toBool());
    }

    // Unknown dimensions besides the batch are asked for; images are decoded for their input.
    void measurementInputsDialogAndImages() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        GraphPage* p = openAndWait(w, model(QStringLiteral("cppflow__lexci_model/model")));
        QVERIFY2(p, qPrintable(w.lastError()));
        Workbench* wb = w.workbenchOf(p);
        QCOMPARE(int(wb->inputSlots().size()), 1);
        QCOMPARE(int(inputsNeedingShapes(wb->inputSlots(), MeasureInputs{}).size()), 1);
        MeasureInputsDialog dialog(wb->inputSlots(), MeasureInputs{});
        QVERIFY(dialog.shapeField(0)->placeholderText().contains(QStringLiteral("1,1,1,1")));
        dialog.shapeField(0)->setText(QStringLiteral("1,x"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));  // stays open with a message
        dialog.shapeField(0)->setText(QStringLiteral("1,48,40,1"));
        dialog.fileField(0)->setText(model(QStringLiteral("cppflow__lexci_model/model/TNG50-1_halpha.jpeg")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        MeasureInputs in = dialog.inputs();
        QCOMPARE(int(in.shapes.size()), 1);
        QCOMPARE(int(in.inputs.size()), 1);
        QVERIFY(inputsNeedingShapes(wb->inputSlots(), in).empty());
        // The image becomes a [1,48,40,1] float tensor of its pixels.
        QTemporaryDir cache;
        auto options = Workbench::measureOptions(in, wb->inputSlots(), cache.path());
        QVERIFY2(options.ok(), options.ok() ? "" : options.status().message().c_str());
        QCOMPARE(int(options->inputs.inputFiles.size()), 1);
        auto tensor = readNpy(options->inputs.inputFiles[0].second);
        QVERIFY(tensor.ok());
        QCOMPARE(tensor->dims(), (Dims{1, 48, 40, 1}));
        // Measured on it, remembered for this model.
        in.runs = 1;
        wb->setMeasureInputs(in);
        QVERIFY(wb->apply(QStringLiteral("fold_constants(ignore_errors=true)")));
        QVERIFY(waitIdle(wb, p));
        const RevisionMeasurement* m = wb->measurement(p->document().revision().get());
        QVERIFY(m && m->done);
        QVERIFY2(m->error.isEmpty(), qPrintable(m->error));
        QCOMPARE(int(m->result.sampleLabels.size()), 1);
        QVERIFY(!m->result.accuracy.empty());
        QCOMPARE(MeasureInputs::fromArguments(QSettings().value(QStringLiteral("workbench/inputs/") +
                                                                QString::fromLatin1(QCryptographicHash::hash(p->document().filePath().toUtf8(),
                                                                                                              QCryptographicHash::Sha1).toHex().left(16)) +
                                                                QStringLiteral("/arguments")).toStringList()).inputs,
                 in.inputs);
        // A picture for an input that is not 4-D is refused with the file's name.
        compare::InputSlot flat;
        flat.name = "x";
        flat.shape = PartialShape::of({1, 784});
        auto refused = imageInputAsNpy(model(QStringLiteral("cppflow__lexci_model/model/TNG50-1_halpha.jpeg")), flat, cache.path());
        QVERIFY(!refused.ok());
        QVERIFY(refused.status().message().find("TNG50-1_halpha.jpeg") != std::string::npos);
        p->document().markSaved();
    }

    // A TF2 SavedModel: passes rewrite its function bodies; Save As writes a SavedModel folder.
    void savedModelStepAndSave() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        GraphPage* p = openAndWait(w, model(QStringLiteral("tfnet__simple_model_from_auto_compile")));
        QVERIFY2(p, qPrintable(w.lastError()));
        Workbench* wb = w.workbenchOf(p);
        wb->setMeasuring(false);
        QVERIFY(wb->apply(QStringLiteral("remove_nodes(op=Identity) fold_constants(ignore_errors=true)")));
        QVERIFY(waitIdle(wb, p));
        QVERIFY2(wb->lastError().isEmpty(), qPrintable(wb->lastError()));
        QCOMPARE(p->document().undoStack()->index(), 2);
        QVERIFY(p->currentGraph());  // the graph shown still exists (function or main graph)
        QTemporaryDir dir;
        QString error;
        const QString out = dir.filePath(QStringLiteral("edited"));
        QVERIFY2(w.saveDocumentAs(p, out, QStringLiteral("saved_model"), &error), qPrintable(error));
        auto back = loadModel(out.toStdString());
        QVERIFY2(back.ok(), back.ok() ? "" : back.status().message().c_str());
        QCOMPARE(back->format, ModelFormat::SavedModel);
        QVERIFY(wb->transformCommandLine().contains(QStringLiteral("--transforms 'remove_nodes(op=Identity) fold_constants(ignore_errors=true)'")));
        QVERIFY(wb->gttCommandLine().startsWith(QStringLiteral("transform_graph --in_graph=")));
    }

    void selectionSurvivesAStepByName() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        GraphPage* p = openAndWait(w, model(QStringLiteral("utensor__cifar10_cnn/cifar10_cnn.pb")));
        QVERIFY(p);
        Workbench* wb = w.workbenchOf(p);
        wb->setMeasuring(false);
        // A node in the middle of the net that sorting keeps but moves to another index.
        std::string chosen;
        for (int i = p->currentGraph()->index->size() - 1; i >= 0 && chosen.empty(); --i)
            if (p->currentGraph()->index->node(i).op() == "Relu") chosen = p->currentGraph()->index->node(i).name();
        QVERIFY(!chosen.empty());
        QVERIFY(p->selectNodeByName(chosen));
        QVERIFY(QTest::qWaitFor([&] { return !p->isBusy(); }, 60000));
        p->find(QStringLiteral("Relu"), GraphPage::FindMode::Op);
        const int hits = p->hitCount();
        QVERIFY(hits > 0);
        QVERIFY(wb->apply(QStringLiteral("obfuscate_names")));  // renames everything: the selection cannot survive
        QVERIFY(waitIdle(wb, p));
        QCOMPARE(p->currentNode(), -1);
        p->document().undoStack()->undo();  // back: selection restored by name in the old revision? it was lost
        QVERIFY(waitIdle(wb, p));
        QVERIFY(p->selectNodeByName(chosen));
        QVERIFY(wb->apply(QStringLiteral("sort_by_execution_order add_default_attributes")));
        QVERIFY(waitIdle(wb, p));
        QVERIFY(p->currentNode() >= 0);
        QCOMPARE(p->currentGraph()->index->node(p->currentNode()).name(), chosen);
        QCOMPARE(p->hitCount(), hits);  // the search ran again on the new revision
        QVERIFY(p->scene()->boxForNode(p->currentNode()));
    }

    void asksBeforeDiscardingEdits() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        GraphPage* p = openAndWait(w, model(QStringLiteral("tf2onnx__fc-layers/frozen.pb")));
        QVERIFY(p);
        Workbench* wb = w.workbenchOf(p);
        wb->setMeasuring(false);
        QStringList asked;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        w.setDiscardPrompt([&](const QString&, const QString& text) {
            asked << text;
            return answer;
        });
        // Nothing edited: no question.
        QVERIFY(w.closePage(p) || true);
        QCOMPARE(asked.size(), 0);
        p = openAndWait(w, model(QStringLiteral("tf2onnx__fc-layers/frozen.pb")));
        QVERIFY(p);
        wb = w.workbenchOf(p);
        wb->setMeasuring(false);
        QVERIFY(wb->apply(QStringLiteral("fold_constants")));
        QVERIFY(waitIdle(wb, p));
        QVERIFY(p->document().isModified());
        QVERIFY2(w.windowTitle().contains(QStringLiteral("[*]")), qPrintable(w.windowTitle()));
        QVERIFY(w.isWindowModified());
        // Close: cancelled keeps the tab; Discard closes it.
        QVERIFY(!w.closePage(p));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(w.pageCount(), 1);
        // Reload: cancelled keeps the edits.
        w.reloadPage(p);
        QCOMPARE(asked.size(), 2);
        QVERIFY(w.currentPage() == p && p->document().isModified());
        // Quit: cancelled keeps the window open.
        QVERIFY(!w.close());
        QCOMPARE(asked.size(), 3);
        QVERIFY(w.isVisible());
        // Saving over the input file asks too; cancelled writes nothing.
        QString error;
        const QString input = model(QStringLiteral("tf2onnx__fc-layers/frozen.pb"));
        const qint64 size = QFileInfo(input).size();
        QVERIFY(!w.saveDocumentAs(p, input, QStringLiteral("graphdef"), &error));
        QCOMPARE(asked.size(), 4);
        QCOMPARE(QFileInfo(input).size(), size);
        answer = QMessageBox::Discard;
        QVERIFY(w.closePage(p));
        QCOMPARE(asked.size(), 5);
        QVERIFY(QTest::qWaitFor([&] { return w.pageCount() == 0; }, 5000));
    }

    void passPickerFormAndGrammar() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        GraphPage* p = openAndWait(w, model(QStringLiteral("utensor__cifar10_cnn/cifar10_cnn.pb")));
        QVERIFY(p);
        WorkbenchPanel* panel = w.workbenchPanel();
        Workbench* wb = w.workbenchOf(p);
        wb->setMeasuring(false);
        QCOMPARE(panel->workbench(), wb);
        QVERIFY(!wb->outputs().isEmpty());  // prefilled from the likely outputs
        panel->passFilter()->setText(QStringLiteral("quantize"));
        int visible = 0;
        for (int i = 0; i < panel->passList()->count(); ++i) visible += panel->passList()->item(i)->isHidden() ? 0 : 1;
        QVERIFY(visible >= 2 && visible < panel->passList()->count());
        QVERIFY(panel->selectPass(QStringLiteral("quantize_weights")));
        QString error;
        auto spec = panel->formSpec(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(QString::fromStdString(spec.toString()), QStringLiteral("quantize_weights"));
        // A bad value is reported, not applied.
        QVERIFY(panel->selectPass(QStringLiteral("remove_nodes")));
        panel->formSpec(&error);
        QVERIFY(!error.isEmpty());  // op is required
        QVERIFY(!panel->applyForm());
        panel->pipelineEdit()->setText(QStringLiteral("fold_constants(nonsense=1"));
        QVERIFY(!panel->applyText());
        QCOMPARE(p->document().undoStack()->count(), 0);
        panel->pipelineEdit()->setText(QStringLiteral("quantize_weights(minimum_size=16)"));
        QVERIFY(panel->applyText());
        QVERIFY(waitIdle(wb, p));
        QCOMPARE(p->document().undoStack()->count(), 1);
    }

    void cancelStopsAStep() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        GraphPage* p = openAndWait(w, model(QStringLiteral("utensor__cifar10_cnn/cifar10_cnn.pb")));
        QVERIFY(p);
        Workbench* wb = w.workbenchOf(p);
        wb->setMeasuring(false);
        QVERIFY(wb->apply(QStringLiteral("fold_constants quantize_weights round_weights sort_by_execution_order")));
        wb->cancel();
        QVERIFY(waitIdle(wb, p));
        QVERIFY(p->document().undoStack()->count() <= 1);
    }

    void jobTrackerRunsExclusiveJobsAlone() {
        JobTracker a, b;
        std::atomic<int> shared{0};
        std::atomic<bool> overlap{false};
        std::atomic<int> done{0};
        for (int i = 0; i < 4; ++i)
            a.start(QStringLiteral("s%1").arg(i), QString(), [&](const WorkContext&) -> std::function<void()> {
                ++shared;
                QThread::msleep(30);
                --shared;
                return [&] { ++done; };
            });
        b.start(QStringLiteral("x"), QString(), [&](const WorkContext&) -> std::function<void()> {
            if (shared.load() != 0) overlap = true;
            QThread::msleep(30);
            if (shared.load() != 0) overlap = true;
            return [&] { ++done; };
        }, JobTracker::Lane::Exclusive);
        QVERIFY(QTest::qWaitFor([&] { return done.load() == 5; }, 10000));
        QVERIFY(!overlap.load());
        QCOMPARE(JobTracker::applicationJobCount(), 0);
    }
};

QTEST_MAIN(WorkbenchTest)
#include "workbench_gui_test.moc"
