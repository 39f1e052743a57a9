#pragma once
// The tensor viewer: values of one constant or checkpoint tensor as a lazily
// computed table (a 2-D slice of any rank), statistics, a histogram and
// "Save as .npy".

#include <QAbstractTableModel>
#include <QDialog>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/model/tensor.h"
#include "core/util/status.h"
#include "views/tensor_summary.h"

class QComboBox;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace tfs::views {

class JobTracker;

/// A 2-D slice of a tensor: one axis down the rows, one across the columns, a fixed index on
/// every other axis. Cells are formatted on request; nothing is copied or materialised.
class TensorSliceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// Rows beyond this are not shown (QHeaderView counts sections in int).
    static constexpr int64_t kMaxSections = 100'000'000;

    explicit TensorSliceModel(QObject* parent = nullptr);
    /// Shows a tensor (null clears); the slice starts at rows = axis 0, columns = last axis, other indices 0.
    void setTensor(std::shared_ptr<const Tensor> tensor);
    const Tensor* tensor() const { return tensor_.get(); }
    /// Chooses the displayed axes (must differ when rank >= 2); false when out of range.
    bool setAxes(int rowAxis, int columnAxis);
    /// Fixes the index of a non-displayed axis; false when out of range.
    bool setFixedIndex(int axis, int64_t index);
    int rowAxis() const { return rowAxis_; }
    int columnAxis() const { return columnAxis_; }
    int64_t fixedIndex(int axis) const { return fixed_.empty() ? 0 : fixed_[size_t(axis)]; }
    /// Flat (row-major) element index of a cell, or -1 outside the slice.
    int64_t flatIndex(int row, int column) const;
    /// True when the slice has more rows or columns than the table shows.
    bool truncated() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    int64_t extent(int axis) const;
    std::shared_ptr<const Tensor> tensor_;
    std::vector<int64_t> strides_;
    std::vector<int64_t> fixed_;
    int rowAxis_ = -1, columnAxis_ = -1;
};

/// A bar chart of a TensorSummary histogram, painted with QPainter in palette colours.
class HistogramWidget : public QWidget {
    Q_OBJECT
public:
    explicit HistogramWidget(QWidget* parent = nullptr);
    void setSummary(const TensorSummary& summary);
    /// No tensor to show (e.g. a run that failed): says so instead of "Computing…".
    void clear();
    bool hasTensor() const { return hasTensor_; }
    const TensorSummary& summary() const { return summary_; }
    QSize sizeHint() const override { return {320, 160}; }
    QSize minimumSizeHint() const override { return {160, 90}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF plotRect() const;
    TensorSummary summary_;
    bool hasTensor_ = true;
};

/// Non-modal window with the slice table, slicing controls, statistics, histogram and Save as .npy.
class TensorViewer : public QDialog {
    Q_OBJECT
public:
    explicit TensorViewer(QWidget* parent = nullptr);
    ~TensorViewer() override;

    /// Shows a tensor now and computes its statistics in the background.
    void setTensor(const QString& name, Tensor tensor);
    /// Reads the tensor in the background (checkpoints can be large), then shows it.
    void load(const QString& name, std::function<Result<Tensor>(const WorkContext&)> reader);
    /// Files the .npy must never overwrite (the model's own files).
    void setProtectedPaths(std::vector<std::string> paths) { protected_ = std::move(paths); }

    TensorSliceModel* model() const { return model_; }
    HistogramWidget* histogram() const { return histogram_; }
    QTableView* table() const { return table_; }
    /// The statistics once computed (computed=false before).
    const TensorSummary& summary() const { return summary_; }
    /// True while reading or summarising.
    bool isBusy() const;
    /// The loading error, "" when none.
    QString error() const { return error_; }
    /// Writes the whole tensor as .npy atomically; false with a message on failure.
    bool saveNpy(const QString& path, QString* error);

signals:
    /// The tensor is shown (ok) or could not be read.
    void loaded(bool ok);
    /// Statistics and histogram are ready.
    void summaryReady();

private:
    void rebuildSliceControls();
    void applyAxes();
    void showSummary();
    void saveDialog();

    QString name_;
    std::shared_ptr<const Tensor> tensor_;
    TensorSummary summary_;
    QString error_;
    std::vector<std::string> protected_;
    JobTracker* jobs_;
    TensorSliceModel* model_;
    QLabel* title_;
    QWidget* sliceBar_;
    QHBoxLayout* sliceLayout_;
    QComboBox* rowAxis_;
    QComboBox* columnAxis_;
    std::vector<QSpinBox*> indexSpins_;
    QTableView* table_;
    QLabel* stats_;
    HistogramWidget* histogram_;
    QProgressBar* progress_;
    QPushButton* save_;
};

}  // namespace tfs::views
