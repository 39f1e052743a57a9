#pragma once
// Two models and what changed between them, as the diff view shows it: core's ModelDiff,
// a document for each side, and a merged document whose graphs hold both sides (see
// diff::mergeGraphs), with per-node marks for each picture. Built off the UI thread in two
// steps: build() (diff and pictures, any thread), then createDocuments() on the UI thread.

#include <QString>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "core/diff/model_diff.h"
#include "core/util/progress.h"
#include "core/util/status.h"
#include "views/graph_overlay.h"
#include "views/model_document.h"

namespace tfs::views {

/// Which picture a graph belongs to.
enum class DiffSide { A, B, Merged };

/// One graph of the diff (the main graph or a function) in all three pictures.
struct DiffGraph {
    std::string key;   // merged key: "" = main graph, else the function name (B's name when both have it)
    std::string keyA;  // the graph's key in A's document ("" main graph; empty with hasA=false when absent)
    std::string keyB;
    bool hasA = false, hasB = false;
    const diff::GraphDiff* diff = nullptr;  // null for a function only one side has
    diff::NodeStatus wholeStatus = diff::NodeStatus::Unchanged;  // Added/Removed for a one-sided function
    std::vector<int> entryOfMerged;  // per merged node: entry in diff->nodes (-1 none)
    std::vector<int> mergedOfEntry;  // per entry: merged node
    /// Changes summed per scope path of each picture (sides count their own node names).
    std::map<std::string, diff::DiffSummary> scopesA, scopesB, scopesMerged;
};

class DiffDocument {
public:
    /// Diffs two loaded models and prepares the pictures; Cancelled when `work` is cancelled.
    /// Runs on any thread; call createDocuments() on the UI thread before showing it.
    static Result<std::shared_ptr<DiffDocument>> build(std::shared_ptr<const Model> a, std::shared_ptr<const Model> b,
                                                       const QString& titleA, const QString& titleB,
                                                       const diff::DiffOptions& options, const WorkContext& work);
    /// Makes the three documents (QObjects, so on the UI thread) and hands them the prepared graphs.
    void createDocuments();

    const diff::ModelDiff& diff() const { return diff_; }
    std::shared_ptr<ModelDocument> documentA() const { return a_; }
    std::shared_ptr<ModelDocument> documentB() const { return b_; }
    std::shared_ptr<ModelDocument> merged() const { return merged_; }
    QString titleA() const { return titleA_; }
    QString titleB() const { return titleB_; }
    /// True when nothing of meaning differs.
    bool identical() const { return diff_.identical(); }
    /// True when both models have a graph to compare; false for a checkpoint pair (variables only).
    bool hasGraphDiff() const { return diff_.metaGraphA >= 0 && diff_.metaGraphB >= 0; }

    /// Graphs with a diff: the main graph first, then functions by name.
    const std::vector<DiffGraph>& graphs() const { return graphs_; }
    /// The graph shown under this key on a side (or merged), or null.
    const DiffGraph* findGraph(DiffSide side, const std::string& key) const;
    /// Marks for a picture of this side in the current palette (null when the graph has no diff).
    std::shared_ptr<const GraphOverlay> overlay(DiffSide side, const std::string& key) const;

    /// The diff entry of a node of a side's graph (-1 none).
    int entryOfNode(const DiffGraph& graph, DiffSide side, int node) const;
    /// The node of a side's graph for a diff entry (-1 when that side lacks it).
    int nodeOfEntry(const DiffGraph& graph, DiffSide side, int entry) const;
    /// The diff entry of a graph, or null.
    const diff::NodeDiff* entry(const DiffGraph& graph, int entry) const;

private:
    DiffDocument() = default;
    void buildGraphs();
    void addGraph(DiffGraph graph, const tensorflow::GraphDef* a, const tensorflow::GraphDef* b);

    diff::ModelDiff diff_;
    std::shared_ptr<ModelDocument> a_, b_, merged_;
    // What build() prepared for createDocuments(): each side's model and the graphs built for it.
    std::shared_ptr<Model> modelA_, modelB_, mergedModel_;
    std::vector<std::pair<DiffSide, std::shared_ptr<const GraphData>>> prepared_;
    QString titleA_, titleB_;
    std::vector<DiffGraph> graphs_;
    std::map<std::string, size_t> byKey_, byKeyA_, byKeyB_;
    mutable std::map<std::tuple<int, std::string, bool>, std::shared_ptr<const GraphOverlay>> overlays_;
};

/// Colour, sign and name of a node status, for marks, legend and change list.
QColor diffStatusColor(diff::NodeStatus status, bool dark);
QString diffStatusGlyph(diff::NodeStatus status);
QString diffStatusTitle(diff::NodeStatus status);
/// The mark of a node with this status in any picture of changes (diff view, workbench step):
/// its colour, sign, dashed border for removed, and rank (added/removed over changed over renamed).
NodeMark diffMark(diff::NodeStatus status, bool dark);
/// The pill on a collapsed scope holding these changes ("3 changed, 1 added"); empty text when none.
ScopeBadge diffScopeBadge(const diff::DiffSummary& summary, bool dark);
/// The legend of those marks as rich text: a coloured sign and a name per kind, with counts when given.
QString diffLegendHtml(bool dark, const diff::DiffSummary* counts = nullptr);
/// The node status an entry status reads as (functions, signatures, variables).
diff::NodeStatus nodeStatusOf(diff::EntryStatus status);

}  // namespace tfs::views
