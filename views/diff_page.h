#pragma once
// A diff tab: the change list (filter by kind, click to jump, next/previous change) beside
// either one merged picture coloured by change, the two models side by side with
// synchronized selection and navigation (ordinary graph pages with an overlay), or the
// table of stored variables (the only view of a checkpoint pair).

#include <QWidget>
#include <memory>
#include <string>

#include "views/diff_changes.h"
#include "views/diff_document.h"

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolButton;
class QSplitter;

namespace tfs::views {

class GraphPage;
class TensorDiffViewer;
class VariableDiffView;

class DiffPage : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Merged, SideBySide, Variables };

    explicit DiffPage(std::shared_ptr<const DiffDocument> document, QWidget* parent = nullptr);
    ~DiffPage() override;

    const DiffDocument& document() const { return *document_; }
    std::shared_ptr<const DiffDocument> documentPtr() const { return document_; }
    Mode mode() const { return mode_; }
    void setMode(Mode mode);
    GraphPage* mergedPage() const { return merged_; }
    GraphPage* pageA() const { return pageA_; }
    GraphPage* pageB() const { return pageB_; }
    /// The picture that menu actions (zoom, find, export) act on: merged, or the side last used.
    GraphPage* activePage() const;
    /// Every stored variable of both models (null when neither stores any).
    VariableDiffView* variablesView() const { return variables_; }
    ChangeListModel* changes() const { return changes_; }
    ChangeFilter* filter() const { return filter_; }
    QTableView* changeTable() const { return table_; }
    /// True while a picture is being laid out.
    bool isBusy() const;
    /// "A ↔ B" for the tab and window title.
    QString title() const;

    /// Selects the change in this row of the change list (source row) and shows it; false when it has no place.
    bool jumpToChange(int row);
    /// Jumps to the next (or previous) change shown in the list, wrapping; false when the list is empty.
    bool nextChange(bool backward = false);
    /// The change list row selected now (source row), or -1.
    int currentChange() const { return currentRow_; }
    /// The diff entry of the selected pair: merged graph key and entry (-1 none).
    const std::string& currentGraphKey() const { return currentKey_; }
    int currentEntry() const { return currentEntry_; }
    /// The stored variable selected now (checkpoint key), or "".
    const std::string& currentVariable() const { return currentVariable_; }

    /// Properties of the selected pair side by side, differing rows marked (HTML).
    QString pairHtml() const;
    /// The model-level diff: sizes, meta graphs, signatures, functions, variables, op counts (HTML).
    QString summaryHtml() const;
    /// Opens the value comparison (A, B, B − A) of the selected changed constant or variable; null when none.
    TensorDiffViewer* showValueDiff();
    /// Selects a node of the picture shown by name; false when no such node.
    bool selectNodeByName(const QString& name);

signals:
    void busyChanged(bool busy);
    void layoutFinished(bool ok);
    void statusMessage(const QString& text);
    /// The selected pair changed (pairHtml() is new).
    void pairChanged();

private:
    void setCurrent(const std::string& key, int entry, int row, const std::string& variable = {});
    void onVariableSelected(const std::string& key);
    void onNodeSelected(DiffSide side, int node);
    void onGraphShown(DiffSide side);
    void showOnPage(GraphPage* page, DiffSide side, const DiffGraph& graph, int entry);
    GraphPage* makePage(std::shared_ptr<ModelDocument> doc, DiffSide side);

    std::shared_ptr<const DiffDocument> document_;
    Mode mode_ = Mode::Merged;
    GraphPage* merged_;
    GraphPage* pageA_;
    GraphPage* pageB_;
    GraphPage* lastSide_ = nullptr;
    QStackedWidget* pictures_;
    QSplitter* sides_;
    QToolButton* mergedButton_;
    QToolButton* sideButton_;
    QToolButton* variablesButton_;
    VariableDiffView* variables_ = nullptr;
    QLabel* summary_;
    QLabel* identical_;
    ChangeListModel* changes_;
    ChangeFilter* filter_;
    QTableView* table_;
    QLineEdit* filterEdit_;
    std::string currentKey_;
    int currentEntry_ = -1;
    int currentRow_ = -1;
    std::string currentVariable_;
    bool syncing_ = false;
};

}  // namespace tfs::views
