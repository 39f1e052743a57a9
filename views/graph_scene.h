#pragma once
// The scene of one graph picture: builds the layout input (labels measured
// with the real fonts), turns a layout result into items, and keeps the
// highlight state (selection neighbours, traces, search hits).

#include <QFont>
#include <QGraphicsScene>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <vector>

#include "core/layout/graph_layout.h"
#include "core/layout/graph_shapes.h"
#include "views/graph_items.h"
#include "views/graph_overlay.h"
#include "views/model_document.h"

namespace tfs::views {

class GraphScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit GraphScene(QObject* parent = nullptr);
    ~GraphScene() override;

    /// What building a layout input needs from the scene, copied so it can run on a worker thread.
    struct PrepareOptions {
        QFont nodeFont, boldFont, smallFont;
        bool foldWeights = true;
        bool allControlEdges = false;
        bool showMachinery = false;
    };
    PrepareOptions prepareOptions() const;
    /// Builds what to lay out for this expansion: visible graph, measured box sizes, edge labels
    /// (with `shapes` when inferred). Thread-safe: touches no scene state.
    /// `hidden`: the training machinery when the caller found it already (see hiddenNodes).
    static layout::LayoutInput prepare(const PrepareOptions& options, const GraphData& graph,
                                       const tensorflow::FunctionDefLibrary& library, const std::set<std::string>& expanded,
                                       const layout::GraphShapes* shapes, std::optional<std::vector<char>> hidden = std::nullopt);
    /// The nodes left out of this graph's picture (training machinery unless shown; empty = none).
    static std::vector<char> hiddenNodes(const PrepareOptions& options, const GraphData& graph);
    /// Replaces the picture with a laid-out graph.
    void populate(std::shared_ptr<const GraphData> graph, layout::LayoutInput input, layout::LayoutResult result);
    /// Removes every item.
    void reset();

    const layout::VisibleGraph& visible() const { return input_.graph; }
    const GraphData* graph() const { return graph_.get(); }
    int boxCount() const { return int(boxes_.size()); }
    int edgeCount() const { return int(edges_.size()); }
    int clusterCount() const { return int(clusters_.size()); }
    /// The box showing this graph node (its own box or its collapsed scope), or null.
    BoxItem* boxForNode(int node) const;
    BoxItem* box(int visibleIndex) const { return boxes_[size_t(visibleIndex)]; }
    /// Where a scope is drawn: its cluster frame when expanded, its box when collapsed; null rect when hidden.
    QRectF scopeRect(const std::string& scope) const;
    /// The graph node of a visible item, or -1 for collapsed scopes.
    int nodeOfBox(int visibleIndex) const;

    /// Selects the box of a graph node (clearing the rest).
    void selectNode(int node);
    /// Highlights everything upstream (inputs) or downstream (outputs) of the selection.
    void trace(bool upstream);
    /// Marks these graph nodes as search hits (their boxes).
    void setSearchHits(const std::vector<int>& nodes);
    /// Re-reads the palette (light/dark) and repaints.
    void applyPalette();

    /// Where per-node marks come from (see GraphOverlay): asked for the shown graph after every
    /// layout; null or a null answer = no marks. Applies to the current picture at once.
    using OverlaySource = std::function<std::shared_ptr<const GraphOverlay>(const GraphData&)>;
    void setOverlaySource(OverlaySource source);
    /// The marks drawn now (null when none).
    const GraphOverlay* overlay() const { return overlay_.get(); }

    // Called by items.
    void boxPressedToggle(int visibleIndex);
    void boxDoubleClicked(int visibleIndex);
    void clusterToggle(int cluster);

    /// Where a reader starts: the first graph input's box, else the top-left corner.
    QPointF startPoint() const;
    /// Whether constants and variables feeding one node are drawn inside it.
    void setFoldWeights(bool fold) { foldWeights_ = fold; }
    bool foldWeights() const { return foldWeights_; }
    /// Whether control edges into sinks with many control inputs are drawn (off by default).
    void setAllControlEdges(bool all) { allControlEdges_ = all; }
    bool allControlEdges() const { return allControlEdges_; }
    /// Whether training, saving and initialisation nodes are drawn (off by default; see layout::trainingMachinery).
    void setShowMachinery(bool show) { showMachinery_ = show; }
    bool showMachinery() const { return showMachinery_; }
    /// Per node of the graph shown: left out as machinery (empty when nothing is).
    const std::vector<char>& hiddenNodes() const { return input_.hiddenNodes; }
    bool isHiddenNode(int node) const {
        return node >= 0 && size_t(node) < input_.hiddenNodes.size() && input_.hiddenNodes[size_t(node)];
    }
    /// Label fonts (also used for measuring).
    QFont nodeFont() const { return nodeFont_; }

signals:
    /// The user asked to expand (true) or collapse (false) a scope.
    void scopeToggleRequested(const QString& scope, bool expand);
    /// The user double-clicked a node that calls a function.
    void functionRequested(const QString& function);
    /// The selected graph node changed (-1 = none or a scope).
    void currentNodeChanged(int node);
    /// The marks drawn changed (another overlay, or none).
    void overlayChanged();

private:
    void onSelectionChanged();
    void clearHighlights();
    /// Sets every box's colours from its op category or scope, then the overlay's mark or fading.
    void colorBoxes();
    void colorBox(size_t visibleIndex, const NodeMark* mark);

    std::shared_ptr<const GraphData> graph_;
    layout::LayoutInput input_;
    std::vector<BoxItem*> boxes_;
    std::vector<QString> tips_;  // each box's own tooltip, before a mark's line is added
    std::vector<EdgeItem*> edges_;
    std::vector<ClusterItem*> clusters_;
    QFont nodeFont_, boldFont_, smallFont_;
    bool dark_ = false;
    bool foldWeights_ = true;
    bool allControlEdges_ = false;
    bool showMachinery_ = false;
    OverlaySource overlaySource_;
    std::shared_ptr<const GraphOverlay> overlay_;
};

}  // namespace tfs::views
