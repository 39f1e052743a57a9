#pragma once
// One tab: the graph of one model (or one of its functions, with a breadcrumb
// back), its expansion state, layout jobs, find bar and export.

#include <QPoint>
#include <QPointer>
#include <QRegularExpression>
#include <QWidget>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/layout/graph_layout.h"
#include "core/layout/graph_shapes.h"
#include "views/model_document.h"

class QLabel;
class QLineEdit;
class QComboBox;
class QProgressBar;
class QToolButton;
class QHBoxLayout;

namespace tfs::views {

class GraphScene;
class GraphView;
class JobTracker;

class GraphPage : public QWidget {
    Q_OBJECT
public:
    enum class FindMode { Name, Op, Regex };

    explicit GraphPage(std::shared_ptr<ModelDocument> document, QWidget* parent = nullptr);
    ~GraphPage() override;

    ModelDocument& document() { return *document_; }
    std::shared_ptr<ModelDocument> documentPtr() const { return document_; }
    GraphScene* scene() const { return scene_; }
    GraphView* view() const { return view_; }
    /// The graph shown now (null for a model without a graph).
    std::shared_ptr<const GraphData> currentGraph() const { return graph_; }
    /// Keys of the breadcrumb, outermost first.
    const std::vector<std::string>& breadcrumb() const { return stack_; }

    /// Shows a graph ("" = main graph, else a function name); `push` keeps the current one in the breadcrumb.
    bool showGraph(const std::string& key, bool push);
    /// Goes back to the graph at this breadcrumb depth.
    void popTo(int depth);
    /// Expands or collapses one scope and lays out again.
    void setScopeExpanded(const std::string& scope, bool expanded);
    void expandAll();
    /// Draws constants/variables feeding one node inside it (true) or as their own boxes.
    void setFoldWeights(bool fold);
    /// Draws every control edge (true) or hides those into sinks with many control inputs.
    void setAllControlEdges(bool all);
    /// Draws (or leaves out) training, saving and initialisation nodes.
    void setShowMachinery(bool show);
    void collapseAll();
    /// True while a layout is being computed.
    bool isBusy() const;
    /// Cancels a running layout (the previous picture stays).
    void cancelLayout();
    /// True when the picture shown kept the previous picture's layout (a step left the boxes unchanged).
    bool layoutReused() const { return layoutReused_; }
    /// Why the last layout failed, as shown beside the breadcrumb ("" when it succeeded or none ran yet).
    QString layoutError() const { return layoutError_; }

    /// Searches the shown graph; returns the number of hits and jumps to the first (when `jump`).
    int find(const QString& text, FindMode mode, bool jump = true);
    /// Jumps to the next (or previous) hit, expanding its scope when needed.
    void findNext(bool backward = false);
    int hitCount() const { return int(hits_.size()); }
    int currentHit() const { return hitIndex_; }
    /// Shows the find bar and focuses its text field.
    void showFindBar();

    /// Selects a graph node by name (expanding its scopes); false when no such node.
    bool selectNodeByName(const std::string& name);
    /// Makes this node visible (expanding its scopes), selects it and centres on it.
    void revealNode(int node);
    /// The selected graph node, or -1.
    int currentNode() const { return currentNode_; }
    /// The legend of the marks drawn now (rich text; "" when the picture carries no marks).
    QString marksLegend() const;

    /// Inferred dtypes and shapes of the graph shown (null until its first layout finished).
    std::shared_ptr<const layout::GraphShapes> currentShapes() const;
    /// Input shapes the user set for the graph shown (by input or argument name).
    layout::InputShapes inputShapes() const;
    /// Sets them and infers every shape again (in the background, with the next layout).
    void setInputShapes(const layout::InputShapes& shapes);
    /// Asks the user for input shapes (batch size, per-input dims).
    void editInputShapes();

    /// Export of what is shown now; false with a message on failure.
    bool exportSvg(const QString& path, QString* error);
    /// PNG at `scale`; lowers the scale (never crops) when the image would be too large; reports the scale used.
    bool exportPng(const QString& path, double scale, QString* error, double* usedScale = nullptr);
    bool exportDot(const QString& path, QString* error);

signals:
    /// A layout finished and its picture is shown (or failed: ok=false).
    void layoutFinished(bool ok);
    /// Layout progress, fraction in [0,1].
    void busyChanged(bool busy);
    void currentNodeChanged(int node);
    /// The shown graph changed (function opened, breadcrumb).
    void graphChanged();
    /// A line for the status bar.
    void statusMessage(const QString& text);

private:
    void relayout(bool fit);
    void rebuildBreadcrumb();
    void onScopeToggle(const QString& scope, bool expand);
    void onCurrentNodeChanged(int node);
    void setBusy(bool busy, const QString& text = QString());
    /// A step replaced the model: show the same graph, selection, search and scopes by name.
    void onModelReplaced();
    /// Name of the selected node of the shown graph ("" when none).
    std::string currentNodeName() const;
    /// Where the first picture starts: the serving signature's input, else the scene's first input.
    QPointF startPoint() const;

    std::shared_ptr<ModelDocument> document_;
    std::shared_ptr<const GraphData> graph_;
    std::vector<std::string> stack_;
    std::map<std::string, std::set<std::string>> expanded_;
    // User input shapes per graph key; inferred shapes per call path ("", "f", "f\ng": callers first).
    std::map<std::string, layout::InputShapes> inputShapes_;
    std::map<std::string, std::shared_ptr<const layout::GraphShapes>> shapes_;
    /// The picture shown last, kept so that a step that leaves it unchanged reuses its layout.
    struct LaidOut {
        std::shared_ptr<const GraphData> graph;  // keeps the index the input's node numbers refer to
        layout::LayoutInput input;
        layout::LayoutResult result;
    };
    std::shared_ptr<const LaidOut> laidOut_;
    bool layoutReused_ = false;
    QString layoutError_;
    GraphScene* scene_;
    GraphView* view_;
    JobTracker* jobs_;
    QWidget* crumbBar_;
    QHBoxLayout* crumbLayout_;
    QProgressBar* progress_;
    QToolButton* cancelButton_;
    QLabel* message_;
    QLabel* legend_;
    QWidget* findBar_;
    QLineEdit* findEdit_;
    QComboBox* findMode_;
    QLabel* findStatus_;
    std::vector<int> hits_;
    QString findText_;  // the search the hits belong to, re-run after a step
    FindMode findModeUsed_ = FindMode::Name;
    int hitIndex_ = -1;
    int pendingFocus_ = -1;
    int currentNode_ = -1;
    bool fitAfterLayout_ = true;
    bool sceneStale_ = false;  // the picture still shows the previous revision (indexes differ)
    // Expanding or collapsing keeps the toggled scope's top edge where it was on screen.
    std::string anchorScope_;
    QPoint anchorViewportPos_;
};

}  // namespace tfs::views
