// Qt Test for the tensor viewer: the lazy slice model (checked with QAbstractItemModelTester
// and against independently computed indices on real checkpoint tensors), statistics and the
// histogram, every dtype, a large tensor, opening from the panels, and Save as .npy.
#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "core/formats/loader.h"
#include "core/util/half.h"
#include "core/util/npy.h"
#include "views/graph_page.h"
#include "views/main_window.h"
#include "views/panels.h"
#include "views/tensor_viewer.h"

#include "tests/common/test_paths.h"
#include "tests/views/views_test_util.h"

using namespace tfs;
using namespace tfs::views;

namespace {

// A rank-4 variable of the MNIST conv net's checkpoint (its first conv kernel).
Tensor firstRank4Variable(std::string* name) {
    auto m = loadModel(model(QStringLiteral("mlnet__mnist_conv_model")).toStdString());
    if (!m.ok() || !m->variables) return {};
    for (const auto& v : m->variableInfos) {
        if (v.checkpointKey.empty() || v.shape.rank() != 4) continue;
        auto t = m->variables->read(v.checkpointKey);
        if (!t.ok()) continue;
        *name = v.name;
        return *t;
    }
    return {};
}

// Element [i0][i1][i2][i3] of a C-order rank-4 tensor, computed independently of the model.
double at4(const Tensor& t, int64_t i0, int64_t i1, int64_t i2, int64_t i3) {
    return tensorElementAsDouble(t, ((i0 * t.dim(1) + i1) * t.dim(2) + i2) * t.dim(3) + i3);
}

}  // namespace

class TensorViewerTest : public QObject {
    Q_OBJECT
public:
    static void initMain() { startLayoutWorkerAsTheAppDoes(); }

private slots:
    void initTestCase() {
        TFS_QT_ISOLATE_SETTINGS();
        TFS_QT_REQUIRE_SHARED_MODELS();
    }

    void slicesRank4CheckpointTensor() {
        std::string name;
        Tensor t = firstRank4Variable(&name);
        QVERIFY2(t.valid(), "no rank-4 variable in mlnet__mnist_conv_model");
        QVERIFY(t.dim(0) > 1 && t.dim(3) > 1);
        TensorSliceModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setTensor(std::make_shared<const Tensor>(t));
        // Default: rows = axis 0, columns = last axis, other indices 0.
        QCOMPARE(m.rowCount(), int(t.dim(0)));
        QCOMPARE(m.columnCount(), int(t.dim(3)));
        for (int r = 0; r < m.rowCount(); ++r)
            for (int c = 0; c < m.columnCount(); ++c)
                QCOMPARE(m.data(m.index(r, c), Qt::UserRole).toDouble(), at4(t, r, 0, 0, c));
        // Rows = axis 1, columns = axis 2, axis 0 at the last index, axis 3 at index 1.
        QVERIFY(m.setAxes(1, 2));
        QVERIFY(m.setFixedIndex(0, t.dim(0) - 1));
        QVERIFY(m.setFixedIndex(3, 1));
        QCOMPARE(m.rowCount(), int(t.dim(1)));
        QCOMPARE(m.columnCount(), int(t.dim(2)));
        for (int r = 0; r < m.rowCount(); ++r)
            for (int c = 0; c < m.columnCount(); ++c)
                QCOMPARE(m.data(m.index(r, c), Qt::UserRole).toDouble(), at4(t, t.dim(0) - 1, r, c, 1));
        // The tooltip names the full coordinate.
        QVERIFY(m.data(m.index(0, 0), Qt::ToolTipRole).toString().startsWith(QStringLiteral("[%1, 0, 0, 1]").arg(t.dim(0) - 1)));
        // Invalid requests change nothing.
        QVERIFY(!m.setAxes(1, 1));
        QVERIFY(!m.setAxes(0, 4));
        QVERIFY(!m.setFixedIndex(0, t.dim(0)));
        QVERIFY(!m.setFixedIndex(1, 0));  // a displayed axis
        QCOMPARE(m.rowAxis(), 1);
        QCOMPARE(m.fixedIndex(0), t.dim(0) - 1);
    }

    void summaryMatchesNaiveComputation() {
        std::string name;
        Tensor t = firstRank4Variable(&name);
        QVERIFY(t.valid());
        TensorSummary s = summarizeTensor(t, 32);
        QVERIFY(s.computed && s.numeric);
        double sum = 0, mn = INFINITY, mx = -INFINITY;
        int64_t zeros = 0;
        for (int64_t i = 0; i < t.numElements(); ++i) {
            double v = tensorElementAsDouble(t, i);
            sum += v;
            mn = std::min(mn, v);
            mx = std::max(mx, v);
            zeros += v == 0;
        }
        const double mean = sum / double(t.numElements());
        double var = 0;
        for (int64_t i = 0; i < t.numElements(); ++i) var += std::pow(tensorElementAsDouble(t, i) - mean, 2);
        QCOMPARE(s.min, mn);
        QCOMPARE(s.max, mx);
        QVERIFY(std::abs(s.mean - mean) < 1e-9);
        QVERIFY(std::abs(s.stddev - std::sqrt(var / double(t.numElements()))) < 1e-9);
        QCOMPARE(s.zeros, zeros);
        QCOMPARE(int(s.histogram.size()), 32);
        int64_t total = 0;
        for (int64_t n : s.histogram) total += n;
        QCOMPARE(total, t.numElements());
        QVERIFY(s.histogram.front() > 0 && s.histogram.back() > 0);  // min and max land in the end bins
    }

    void nanInfAndEveryDtype() {
        Tensor f(tensorflow::DT_FLOAT, {5});
        float* d = f.data<float>();
        d[0] = 1;
        d[1] = NAN;
        d[2] = INFINITY;
        d[3] = 0;
        d[4] = -2;
        TensorSummary s = summarizeTensor(f);
        QCOMPARE(s.nans, int64_t(1));
        QCOMPARE(s.infs, int64_t(1));
        QCOMPARE(s.finite, int64_t(3));
        QCOMPARE(s.min, -2.0);
        QCOMPARE(s.max, 1.0);
        QCOMPARE(s.sparsity(), 0.2);

        Tensor h(tensorflow::DT_HALF, {2});
        h.data<uint16_t>()[0] = floatToHalf(1.5f);
        h.data<uint16_t>()[1] = floatToHalf(-0.25f);
        QCOMPARE(QString::fromStdString(elementText(h, 0)), QStringLiteral("1.5"));
        QCOMPARE(summarizeTensor(h).min, -0.25);

        Tensor i64(tensorflow::DT_INT64, {1});
        i64.data<int64_t>()[0] = 9007199254740993LL;  // not representable as double
        QCOMPARE(QString::fromStdString(elementText(i64, 0)), QStringLiteral("9007199254740993"));

        Tensor b(tensorflow::DT_BOOL, {2});
        b.data<bool>()[0] = true;
        b.data<bool>()[1] = false;
        QCOMPARE(QString::fromStdString(elementText(b, 1)), QStringLiteral("false"));
        QCOMPARE(summarizeTensor(b).zeros, int64_t(1));

        Tensor str(tensorflow::DT_STRING, {2, 1});
        str.strings()[0] = "hello";
        str.strings()[1] = std::string("a\nb\x01", 4);
        QCOMPARE(QString::fromStdString(elementText(str, 1)), QStringLiteral("a\\nb\\x01"));
        TensorSummary ss = summarizeTensor(str);
        QVERIFY(ss.computed && !ss.numeric && ss.histogram.empty());
        TensorSliceModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setTensor(std::make_shared<const Tensor>(str));
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.columnCount(), 1);
        QCOMPARE(m.data(m.index(0, 0), Qt::DisplayRole).toString(), QStringLiteral("hello"));

        // Rank 0 and rank 1 shapes.
        Tensor scalar = Tensor::scalar<int32_t>(tensorflow::DT_INT32, 42);
        m.setTensor(std::make_shared<const Tensor>(scalar));
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.columnCount(), 1);
        QCOMPARE(m.data(m.index(0, 0), Qt::DisplayRole).toString(), QStringLiteral("42"));
        m.setTensor(std::make_shared<const Tensor>(f));
        QCOMPARE(m.rowCount(), 5);
        QCOMPARE(m.columnCount(), 1);
        QCOMPARE(m.data(m.index(4, 0), Qt::DisplayRole).toString(), QStringLiteral("-2"));
        // An empty tensor shows no cells.
        m.setTensor(std::make_shared<const Tensor>(Tensor(tensorflow::DT_FLOAT, {0, 3})));
        QCOMPARE(m.rowCount(), 0);
    }

    void largeTensorStaysLazy() {
        // 12 million elements: the table asks only for visible cells, statistics run in the background.
        Tensor big(tensorflow::DT_FLOAT, {3000, 4000});
        float* d = big.data<float>();
        for (int64_t i = 0; i < big.numElements(); ++i) d[i] = float(i % 1000) * 0.5f;
        TensorViewer viewer;
        viewer.show();
        QSignalSpy ready(&viewer, &TensorViewer::summaryReady);
        viewer.setTensor(QStringLiteral("big"), big);
        QCOMPARE(viewer.model()->rowCount(), 3000);
        QCOMPARE(viewer.model()->columnCount(), 4000);
        QVERIFY(ready.wait(60000));
        QCOMPARE(viewer.summary().count, big.numElements());
        QCOMPARE(viewer.summary().max, 499.5);
        int64_t total = 0;
        for (int64_t n : viewer.histogram()->summary().histogram) total += n;
        QCOMPARE(total, big.numElements());
        viewer.table()->scrollTo(viewer.model()->index(2999, 3999));
        QCOMPARE(viewer.model()->data(viewer.model()->index(2999, 3999), Qt::UserRole).toDouble(),
                 double(float((int64_t(2999) * 4000 + 3999) % 1000) * 0.5f));
        QVERIFY(!viewer.grab().isNull());
    }

    void opensFromTensorsPanelAndSavesNpy() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        const QString path = model(QStringLiteral("tfx__estimator_ckpt"));
        w.openPath(path);
        QVERIFY(QTest::qWaitFor([&] { return !w.isBusy() && (w.currentPage() || !w.lastError().isEmpty()); }, 120000));
        QVERIFY2(w.currentPage(), qPrintable(w.lastError()));
        TensorsModel* tm = w.tensorsPanel()->model();
        int row = -1;
        for (int r = 0; r < tm->rowCount(); ++r)
            if (tm->tensorName(r) == QLatin1String("dnn/hiddenlayer_1/kernel")) row = r;
        QVERIFY(row >= 0);
        // Double-click in the panel opens the viewer.
        const QModelIndex proxyIndex = w.tensorsPanel()->proxy()->mapFromSource(tm->index(row, 0));
        w.tensorsPanel()->show();
        emit w.tensorsPanel()->table()->activated(proxyIndex);
        QVERIFY(QTest::qWaitFor([&] { return !w.tensorViewers().isEmpty(); }, 5000));
        TensorViewer* viewer = w.tensorViewers().first();
        QVERIFY(QTest::qWaitFor([&] { return viewer->summary().computed; }, 60000));
        QVERIFY(viewer->error().isEmpty());
        QCOMPARE(viewer->model()->rowCount(), 100);
        QCOMPARE(viewer->model()->columnCount(), 70);
        auto direct = w.currentPage()->document().model().variables->read("dnn/hiddenlayer_1/kernel");
        QVERIFY(direct.ok());
        TensorSummary expected = summarizeTensor(*direct);
        QCOMPARE(viewer->summary().min, expected.min);
        QCOMPARE(viewer->summary().max, expected.max);
        QCOMPARE(viewer->summary().histogram, expected.histogram);

        QTemporaryDir dir;
        QString error;
        const QString npy = dir.filePath(QStringLiteral("kernel.npy"));
        QVERIFY2(viewer->saveNpy(npy, &error), qPrintable(error));
        auto back = readNpy(npy.toStdString());
        QVERIFY(back.ok());
        QCOMPARE(back->dims(), direct->dims());
        QCOMPARE(back->dtype(), direct->dtype());
        QVERIFY(std::memcmp(back->rawData(), direct->rawData(), direct->byteSize()) == 0);
        // Never over the model's own files.
        const QString index = path + QStringLiteral("/model.ckpt-1000.index");
        const qint64 before = QFileInfo(index).size();
        QVERIFY(!viewer->saveNpy(index, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(QFileInfo(index).size(), before);
    }

    void opensFromPropertiesForConstNodes() {
        MainWindow w;
        w.setInteractiveErrors(false);
        w.show();
        w.openPath(model(QStringLiteral("nnstreamer__mnist/mnist.pb")));
        QVERIFY(QTest::qWaitFor([&] { return !w.isBusy() && w.currentPage(); }, 60000));
        GraphPage* p = w.currentPage();
        const auto& index = *p->currentGraph()->index;
        int constNode = -1;
        for (int i = 0; i < index.size() && constNode < 0; ++i)
            if (index.node(i).op() == "Const" && constElements(index.node(i)) > 1) constNode = i;
        QVERIFY(constNode >= 0);
        const QString name = QString::fromStdString(index.node(constNode).name());
        // The Properties panel offers the link; following it opens the viewer.
        p->selectNodeByName(name.toStdString());
        QVERIFY(QTest::qWaitFor([&] { return !p->isBusy(); }, 30000));
        w.propertiesPanel()->showNode(p->documentPtr(), p->currentGraph(), constNode);
        QVERIFY(w.propertiesPanel()->toHtml().contains(QStringLiteral("tensor:")));
        QSignalSpy requested(w.propertiesPanel(), &PropertiesPanel::tensorRequested);
        emit w.propertiesPanel()->anchorClicked(QUrl(QStringLiteral("tensor:") + name));
        QCOMPARE(requested.count(), 1);
        QVERIFY(QTest::qWaitFor([&] { return !w.tensorViewers().isEmpty(); }, 5000));
        TensorViewer* viewer = w.tensorViewers().first();
        QVERIFY(QTest::qWaitFor([&] { return viewer->summary().computed; }, 30000));
        QCOMPARE(int64_t(viewer->summary().count), constElements(index.node(constNode)));
        // A non-Const node has no value.
        int other = -1;
        for (int i = 0; i < index.size() && other < 0; ++i)
            if (index.node(i).op() != "Const") other = i;
        QVERIFY(!w.showTensorOfNode(QString::fromStdString(index.node(other).name())));
    }
};

QTEST_MAIN(TensorViewerTest)
#include "tensor_viewer_test.moc"

