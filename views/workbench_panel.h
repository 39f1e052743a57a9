#pragma once
// The Workbench dock: pick a pass from the registry (searchable, with a form
// built from its typed parameters) or type a pipeline in the GTT grammar, use a
// preset, apply in the background with progress and cancel, and walk the history.
// The before/after measurements of the shown step are in their own dock (WorkbenchResults).

#include <QPointer>
#include <QWidget>
#include <memory>

#include "core/model/model.h"
#include "core/transforms/transform.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QToolButton;
class QUndoView;

namespace tfs::views {

class Workbench;

/// A preset: what people of this field run most. Most are pipelines; slimming a checkpoint writes files instead.
struct WorkbenchPreset {
    QString title;
    QString pipeline;  // GTT grammar ("freeze" included); empty for slimCheckpoint
    QString description;
    bool slimCheckpoint = false;  // writes a slim checkpoint beside the model instead of adding steps
    /// True when the preset means something for this model (Freeze and Slim need variables).
    bool appliesTo(const Model& model) const;
};
/// Every preset, in menu order.
std::vector<WorkbenchPreset> workbenchPresets();

class WorkbenchPanel : public QWidget {
    Q_OBJECT
public:
    explicit WorkbenchPanel(QWidget* parent = nullptr);

    /// Shows the workbench of the current tab (null: none).
    void setWorkbench(Workbench* workbench);
    Workbench* workbench() const { return workbench_; }

    /// The pass list, filter, form and text field (for tests and keyboard users).
    QListWidget* passList() const { return passList_; }
    QLineEdit* passFilter() const { return filter_; }
    QLineEdit* pipelineEdit() const { return pipeline_; }
    /// Selects a pass and builds its form; false when there is no such pass.
    bool selectPass(const QString& name);
    /// The spec the form describes now; error text when a value is invalid.
    transforms::TransformSpec formSpec(QString* error) const;
    /// Applies the form's pass / the text field / a preset; false with a message when invalid.
    bool applyForm();
    bool applyText();
    bool applyPreset(int index);
    /// Writes a slim checkpoint of the shown model to outPrefix (the Slim preset without its file dialog).
    void slimCheckpointTo(const QString& outPrefix, bool float16);
    /// Opens the measurement-inputs dialog; true when the inputs were changed.
    bool editMeasureInputs();
    /// False: never open dialogs on its own (tests, screenshots).
    void setInteractive(bool on) { interactive_ = on; }
    /// Focuses the pass filter (Ctrl+Shift+P).
    void focusFilter();

signals:
    /// The user asked to save the shown revision.
    void saveRequested();
    /// The user asked to see what the steps changed: the original model against the shown revision.
    void diffWithOriginalRequested();
    /// A line for the status bar.
    void statusMessage(const QString& text);

private:
    void rebuildForm();
    void filterPasses(const QString& text);
    void updateBusy();
    void showError(const QString& text);
    /// Before the first step on a model whose inputs have unknown dimensions: ask for them once.
    void askForShapesOnce();

    QPointer<Workbench> workbench_;  // the tab (and its workbench) may go first
    QLineEdit* filter_;
    QListWidget* passList_;
    QLabel* description_;
    QWidget* formHost_;
    QFormLayout* form_;
    std::vector<std::pair<std::string, QWidget*>> fields_;  // parameter name -> editor
    QPushButton* applyPass_;
    QLineEdit* pipeline_;
    QComboBox* presets_;
    QLineEdit* inputs_;
    QLineEdit* outputs_;
    QLabel* error_;
    QProgressBar* progress_;
    QToolButton* cancel_;
    QUndoView* history_;
    QToolButton* copy_;
    QToolButton* inputsButton_;
    bool interactive_ = true;
    QPointer<Workbench> askedShapesFor_;
};

}  // namespace tfs::views
