#pragma once
// The Run dock: choose what each input is fed (seeded random values, a .npy/.npz
// file, a file's raw bytes, or an interior tensor), run the model as it is at
// the shown workbench revision, and read each output (statistics, values,
// histogram) and the per-op time tables benchmark_model prints.

#include <QPointer>
#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QToolButton;

namespace tfs::views {

class HistogramWidget;
class NodeTimeModel;
class OpTypeTimeModel;
class RunOutputsModel;
class RunSession;
class TensorSliceModel;
class TensorViewer;

class RunPanel : public QWidget {
    Q_OBJECT
public:
    explicit RunPanel(QWidget* parent = nullptr);

    /// Shows the run session of the current tab (null: none).
    void setSession(RunSession* session);
    RunSession* session() const { return session_; }

    /// Starts a run with the settings shown (the Run button, Ctrl+R and --run all come here);
    /// false with the reason shown in the panel when it cannot start.
    bool run();
    /// Opens the full tensor viewer on an output (null when there is no such row).
    TensorViewer* openOutput(int row);

    QPushButton* runButton() const { return run_; }
    QTableWidget* inputsTable() const { return inputs_; }
    RunOutputsModel* outputsModel() const { return outputs_; }
    NodeTimeModel* nodeTimeModel() const { return nodeTimes_; }
    OpTypeTimeModel* opTypeModel() const { return opTimes_; }
    TensorSliceModel* sliceModel() const { return slice_; }
    HistogramWidget* histogram() const { return histogram_; }
    QTabWidget* tabs() const { return tabs_; }
    /// The line under the buttons: timings of the last run, or why it failed.
    QString statusText() const;

signals:
    /// The user asked to see a node (double-click in a time table); function "" = main graph.
    void nodeRequested(const QString& node, const QString& function);
    /// New per-op times arrived or the old ones no longer match the model.
    void timesChanged();
    /// A line for the status bar.
    void statusMessage(const QString& text);

private:
    void rebuildInputs();
    void syncFromSession();
    void applySettings();
    void showResult();
    void showOutput(int row);
    void updateBusy();
    void addFeed();
    void setError(const QString& text);

    QPointer<RunSession> session_;  // the tab (and its session) may go first
    QPushButton* run_;
    QToolButton* cancel_;
    QProgressBar* progress_;
    QSpinBox* seed_;
    QSpinBox* batch_;
    QSpinBox* runs_;
    QSpinBox* threads_;
    QLineEdit* shapes_;
    QTableWidget* inputs_;
    QLabel* status_;
    QLabel* stale_;
    QTabWidget* tabs_;
    RunOutputsModel* outputs_;
    QTableView* outputsView_;
    TensorSliceModel* slice_;
    QTableView* sliceView_;
    HistogramWidget* histogram_;
    QLabel* outputTitle_;
    NodeTimeModel* nodeTimes_;
    OpTypeTimeModel* opTimes_;
    QSortFilterProxyModel* nodeSort_;
    QSortFilterProxyModel* opSort_;
    bool rebuilding_ = false;
    QStringList shownInputs_;  // what the inputs table shows, to rebuild it only when that changes
};

}  // namespace tfs::views
