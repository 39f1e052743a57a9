#pragma once
// One opened model as the views see it: the current revision of the model
// (edits replace it through undoable steps) plus the graphs that can be shown
// (the main graph and each library function, as GraphDefs with their indexes),
// built lazily for the current revision and shared between views.

#include <QObject>
#include <QString>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/model/graph_index.h"
#include "core/model/model.h"
#include "core/model/model_facts.h"
#include "core/transforms/model_transform.h"

class QUndoStack;

namespace tfs::views {

/// A graph that can be shown: the main graph or a function body.
struct GraphData {
    std::string key;    // "" = main graph; otherwise the function name
    std::string title;  // for the breadcrumb
    std::shared_ptr<const tensorflow::GraphDef> def;  // function bodies get _Arg/_Retval nodes
    std::unique_ptr<GraphIndex> index;
    bool isFunction = false;
};

/// One state of the document: the original model or the result of a step.
struct Revision {
    std::shared_ptr<const Model> model;
    std::string spec;                  // the step in the GTT grammar; "" for the original
    std::vector<std::string> specs;    // every step from the original to here, in order (survives the undo cap)
    transforms::TransformSpec transform;  // the step as applied (empty name for the original)
    transforms::ModelStep detail;      // what the step did: log, added/removed/changed nodes, changed functions, renames
    /// The main graph with its index and the parameter count, made with the step off the UI thread
    /// (prepareRevision) and kept, so that showing the revision (step, undo, redo) indexes nothing; null = made when shown.
    std::shared_ptr<const GraphData> mainGraph;
    std::shared_ptr<const ParameterCount> parameters;
    bool isOriginal() const { return transform.name.empty(); }
    /// Seconds the pass took (its log entries summed).
    double seconds() const;
};

class ModelDocument : public QObject {
    Q_OBJECT
public:
    /// Takes the loaded model; builds the main graph's index immediately.
    explicit ModelDocument(Model model, QObject* parent = nullptr);
    ~ModelDocument() override;

    const Model& model() const { return *model_; }
    std::shared_ptr<const Model> modelPtr() const { return model_; }
    /// The model as it was opened (before any step).
    std::shared_ptr<const Model> originalModel() const { return originalRevision_->model; }
    /// The path the model was opened from: tabs, the file watcher and reloads are keyed by it.
    QString filePath() const { return filePath_; }
    /// File name to show in tabs.
    QString displayName() const;

    /// Undoable steps; clean = nothing to save. History is capped (each revision holds a full model).
    QUndoStack* undoStack() const { return undo_; }
    /// True when the shown revision differs from what was opened or last saved.
    bool isModified() const;
    /// Declares the shown revision saved (clean).
    void markSaved();
    /// Fills the revision's mainGraph (titled `title`, see displayName) and parameters. Touches no document:
    /// call it on a worker thread before pushRevision.
    static void prepareRevision(Revision* revision, const std::string& title);
    /// Applies a step as an undoable command whose text is `label`.
    void pushRevision(std::shared_ptr<const Revision> revision, const QString& label);
    /// Shows another revision (called by undo commands): graph caches cleared, modelReplaced emitted.
    void setRevision(std::shared_ptr<const Revision> revision);
    /// The revision shown now, and the one the document was opened with.
    std::shared_ptr<const Revision> revision() const { return revision_; }
    std::shared_ptr<const Revision> originalRevision() const { return originalRevision_; }
    /// The revisions from the original up to the shown one (undone steps excluded), oldest first.
    std::vector<std::shared_ptr<const Revision>> pipeline() const;

    /// The graph with this key ("" = main graph), or null when no such function exists.
    std::shared_ptr<const GraphData> graph(const std::string& key);
    /// Puts a prebuilt graph under its key in place of the one built from the model (diff pictures).
    void setGraph(std::shared_ptr<const GraphData> graph) { graphs_[graph->key] = std::move(graph); }
    /// The function library of the main graph (may be empty).
    const tensorflow::FunctionDefLibrary& library() const;
    /// The graph to open first: the serving signature's function for TF2 SavedModels, else the main graph.
    std::string defaultGraphKey() const;
    /// Function names called by this node (attrs of type func / list(func)).
    static std::vector<std::string> calledFunctions(const tensorflow::NodeDef& node);
    /// True when the model has a graph at all (lone checkpoints do not).
    bool hasGraph() const { return model_->graph() != nullptr; }

    /// Parameters of the shown revision, counted by core's one rule (countParameters).
    const ParameterCount& parameters() const { return parameters_; }

signals:
    /// The shown revision was replaced (a step applied, undone or redone): indexes are new.
    void modelReplaced();
    /// The unsaved-edits state changed.
    void modifiedChanged(bool modified);

private:

    std::shared_ptr<const Model> model_;
    std::shared_ptr<const Revision> revision_;
    std::shared_ptr<const Revision> originalRevision_;
    QString filePath_;
    QUndoStack* undo_;
    std::map<std::string, std::shared_ptr<const GraphData>> graphs_;
    ParameterCount parameters_;
};

/// "1.2 MiB", "340 B".
QString formatBytes(uint64_t bytes);
/// "1,234,567" with the locale's separators.
QString formatCount(int64_t count);
/// Element count of a tensor shape stored in a Const node's "value" attr, or 0.
int64_t constElements(const tensorflow::NodeDef& node);

}  // namespace tfs::views
