#pragma once
// Before/after of the shown step, in a bottom dock of its own: a table of size,
// compressed size, nodes, parameters by dtype, latency and peak memory for the
// original, the previous step and this one; accuracy per output against the
// original; what the step added, changed and removed and its op histogram delta;
// and a chart of size, latency and accuracy across the steps.

#include <QAbstractTableModel>
#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

#include "views/model_document.h"

class QLabel;
class QTableView;
class QTextBrowser;

class QChartView;
class QLineSeries;

namespace tfs::views {

class Workbench;
struct RevisionMeasurement;

/// Rows of facts, columns Original / Previous / This step / Δ original / Δ previous.
class BeforeAfterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Fact, Original, Previous, Current, DeltaOriginal, DeltaPrevious, ColumnCount };
    explicit BeforeAfterModel(QObject* parent = nullptr);
    /// Fills from three measurements (any may be null while pending).
    void setMeasurements(const RevisionMeasurement* original, const RevisionMeasurement* previous,
                         const RevisionMeasurement* current);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// The value of a fact row ("Size on disk", …) for a column, or NaN when unknown (tests).
    double value(const QString& fact, Column column) const;

private:
    struct Row {
        QString fact;
        double values[3];  // NaN when unknown
        bool bytes = false;
        bool milliseconds = false;
        bool lowerIsBetter = true;
    };
    QString format(const Row& row, double v) const;
    std::vector<Row> rows_;
};

/// Accuracy of the shown step against the original, one row per output.
class AccuracyModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Output, MaxAbs, MeanAbs, Cosine, Snr, Top1, ColumnCount };
    explicit AccuracyModel(QObject* parent = nullptr);
    void setMeasurement(const RevisionMeasurement* current);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        QString output;
        double maxAbs = 0, meanAbs = 0, cosine = 1;
        std::optional<double> snr, top1;
    };
    std::vector<Row> rows_;
};

class WorkbenchResults : public QWidget {
    Q_OBJECT
public:
    explicit WorkbenchResults(QWidget* parent = nullptr);
    void setWorkbench(Workbench* workbench);
    BeforeAfterModel* facts() const { return facts_; }
    AccuracyModel* accuracy() const { return accuracy_; }
    QTableView* factsView() const { return factsView_; }
    QChartView* chartView() const { return chart_; }
    /// What the shown step changed, as the text under the accuracy table shows it (tests).
    QString changesText() const;
    /// Points in the chart's series (size, latency, accuracy), for tests.
    int chartPoints() const;

private:
    void refresh();

    QPointer<Workbench> workbench_;  // the tab (and its workbench) may go first
    BeforeAfterModel* facts_;
    AccuracyModel* accuracy_;
    QTableView* factsView_;
    QTableView* accuracyView_;
    QTextBrowser* changes_;
    QLabel* state_;
    QChartView* chart_;
    QLineSeries* sizeSeries_;
    QLineSeries* latencySeries_;
    QLineSeries* accuracySeries_;
};

}  // namespace tfs::views
