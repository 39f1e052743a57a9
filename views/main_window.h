#pragma once
// The main window: tabs of opened models, dock panels, menus, toolbar,
// status bar, recent files and background loading.

#include <QMainWindow>
#include <QMessageBox>
#include <QStringList>
#include <functional>
#include <memory>

#include "core/model/model.h"
#include "core/model/tensor.h"
#include "core/util/progress.h"
#include "core/util/status.h"

class QTabWidget;
class QLabel;
class QProgressBar;
class QToolButton;
class QMenu;
class QFileSystemWatcher;
class QStackedWidget;
class QUndoGroup;
class QDockWidget;
class QAction;

namespace tfs::views {

class GraphPage;
class JobTracker;
class ModelPanel;
class SignaturesPanel;
class TensorsPanel;
class PropertiesPanel;
class ModelDocument;
class RunPanel;
class RunSession;
class TensorViewer;
class Workbench;
class WorkbenchPanel;
class WorkbenchResults;
class DiffPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a model file or folder in a new tab (in the background).
    void openPath(const QString& path);
    /// Starts loading a model before any window exists (the command line's paths, while Qt starts
    /// up); openPath of the same path then takes the loaded model instead of reading it again.
    static void preload(const QString& path);
    /// Diffs two models in a new tab (in the background): the entry point of every diff in the window.
    void openDiff(std::shared_ptr<const Model> a, std::shared_ptr<const Model> b, const QString& titleA, const QString& titleB);
    /// Loads two model paths and diffs them in a new tab.
    void openDiffPaths(const QString& pathA, const QString& pathB);
    /// Diffs a tab's model as opened (A) against its shown revision (B): what the workbench steps changed.
    void diffWithOriginal(GraphPage* page);
    /// The diff tab shown now, or null.
    DiffPage* currentDiffPage() const;
    /// The graph picture shown now (in a diff tab: the merged picture or the side last used), or null.
    GraphPage* currentPage() const;
    int pageCount() const;
    GraphPage* page(int i) const;
    /// True while a model loads or the current tab lays out.
    bool isBusy() const;
    /// Last load error message ("" when none), for tests and the command line.
    QString lastError() const { return lastError_; }
    /// When false, load errors are only reported by signal and status bar (no dialog).
    void setInteractiveErrors(bool on);

    ModelPanel* modelPanel() const { return modelPanel_; }
    SignaturesPanel* signaturesPanel() const { return signaturesPanel_; }
    TensorsPanel* tensorsPanel() const { return tensorsPanel_; }
    PropertiesPanel* propertiesPanel() const { return propertiesPanel_; }
    WorkbenchPanel* workbenchPanel() const { return workbenchPanel_; }
    /// The before/after measurements of the current tab's shown step (a bottom dock, raised after a step).
    WorkbenchResults* workbenchResults() const { return workbenchResults_; }
    /// The transform workbench of a tab (every tab has one).
    Workbench* workbenchOf(GraphPage* page) const;
    RunPanel* runPanel() const { return runPanel_; }
    /// The run session of a tab (every tab has one).
    RunSession* runSessionOf(GraphPage* page) const;
    /// Shows the Run panel and runs the current tab's model (Ctrl+R); false when it cannot start.
    bool runCurrent();

    /// What the graph pictures of model tabs mark (View ▸ Graph Marks): nothing, what the shown
    /// workbench step added / changed / removed (the default), or each node's time in the last run.
    enum class GraphMarks { None, StepChanges, RunTime };
    /// `remember` = false: for this window only (the command line), the setting stays as it was.
    void setGraphMarks(GraphMarks marks, bool remember = true);
    GraphMarks graphMarks() const { return marks_; }

    /// Opens a tensor viewer on the value of this row of the Tensors panel (null when it has no value).
    TensorViewer* showTensorOfRow(int row);
    /// Opens a tensor viewer on a Const or variable node of the shown graph (null when it has no value).
    TensorViewer* showTensorOfNode(const QString& nodeName);
    /// The tensor viewers open now.
    QList<TensorViewer*> tensorViewers() const;

    /// Appearance: 0 = follow the system, 1 = light, 2 = dark.
    void setAppearance(int mode);

    /// How the window asks before dropping unsaved edits (title, text) → Save, Discard or Cancel.
    /// Tests replace it; the default shows a message box.
    using DiscardPrompt = std::function<QMessageBox::StandardButton(const QString& title, const QString& text)>;
    void setDiscardPrompt(DiscardPrompt prompt) { discardPrompt_ = std::move(prompt); }
    /// Asks before `action` drops the page's unsaved edits; true = go ahead (nothing unsaved, saved, or discarded).
    bool confirmDiscard(GraphPage* page, const QString& action);
    /// Closes a tab (asking first when it has unsaved edits); false when the user kept it.
    bool closePage(GraphPage* page);
    /// Reopens the page's file from disk (asking first when it has unsaved edits).
    void reloadPage(GraphPage* page);
    /// Shows the Save As dialog for the current tab; false when cancelled or failed.
    bool saveCurrentAs();
    /// Writes the page's current revision to `path` as `kind` (see core/formats/write_as.h), atomically;
    /// the file the model was opened from is replaced only after an explicit confirmation.
    bool saveDocumentAs(GraphPage* page, const QString& path, const QString& kind, QString* error);

signals:
    /// A model finished loading and its tab exists.
    void modelOpened(GraphPage* page);
    /// A diff finished and its tab exists.
    void diffOpened(DiffPage* page);
    /// A model could not be loaded.
    void loadFailed(const QString& path, const QString& message);
    /// Busy state changed (loading or layout).
    void busyChanged(bool busy);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void openFileDialog();
    void openFolderDialog();
    void diffWithDialog();
    /// Loads what is not loaded yet (null model: read its path), diffs, adds the tab.
    void startDiff(const QString& pathA, std::shared_ptr<const Model> a, QString titleA, const QString& pathB,
                   std::shared_ptr<const Model> b, QString titleB);
    /// Every graph page, also those inside diff tabs.
    QList<GraphPage*> graphPages() const;
    void closeTab(int index);
    void onCurrentTabChanged();
    void addRecent(const QString& path);
    void rebuildRecentMenu();
    void updateStatus();
    void updateBusy();
    void exportCurrent(const QString& format);
    void showLoadError(const QString& path, const QString& message, const QString& details);
    void onFileChanged(const QString& path);
    void updateTabTitle(GraphPage* page);
    void onPageOpened(GraphPage* page);
    TensorViewer* openViewer(const QString& name, std::function<Result<Tensor>(const WorkContext&)> reader);
    void createRunPanel();                  // main_window_run.cpp
    // A dock for a panel; a form-like panel scrolls inside it, so its minimum size never sets the window's.
    QDockWidget* addPanelDock(const QString& title, const QString& name, QWidget* panel, Qt::DockWidgetArea area,
                              bool scrollable = false);
    QMenu* createRunActions();              // the Run menu
    void showNodeOfRun(const QString& node, const QString& function);
    void createMarksActions(QMenu* view, QMenu* run);  // main_window_marks.cpp
    /// Gives a model tab's picture the marks chosen now (asked again after every layout).
    void installMarks(GraphPage* page);
    void refreshMarks();

    QStackedWidget* stack_;
    QTabWidget* tabs_;
    JobTracker* jobs_;
    ModelPanel* modelPanel_;
    SignaturesPanel* signaturesPanel_;
    TensorsPanel* tensorsPanel_;
    PropertiesPanel* propertiesPanel_;
    WorkbenchPanel* workbenchPanel_;
    QDockWidget* workbenchDock_;
    WorkbenchResults* workbenchResults_;
    QDockWidget* resultsDock_;
    RunPanel* runPanel_;
    QDockWidget* runDock_;
    QLabel* statusModel_;
    QLabel* statusZoom_;
    QProgressBar* loadProgress_;
    QToolButton* loadCancel_;
    QMenu* recentMenu_;
    QUndoGroup* undoGroup_;
    DiscardPrompt discardPrompt_;
    QFileSystemWatcher* watcher_;
    QStringList loading_;
    int diffsRunning_ = 0;
    QString lastError_;
    bool interactiveErrors_ = true;
    int appearance_ = 0;
    GraphMarks marks_ = GraphMarks::StepChanges;
    QList<QAction*> marksActions_;  // one per GraphMarks, checkable and exclusive
};

}  // namespace tfs::views
