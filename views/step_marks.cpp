#include "views/step_marks.h"

#include <QCoreApplication>
#include <algorithm>
#include <set>

#include "core/layout/function_graph.h"
#include "core/transforms/pass_step.h"
#include "views/diff_document.h"

namespace tfs::views {
namespace {

// A function body as a GraphDef, so that bodies are diffed by the same rule as graphs.
tensorflow::GraphDef bodyOf(const Model& model, const std::string& name) {
    tensorflow::GraphDef g;
    if (!model.graph()) return g;
    if (const auto* f = layout::findFunction(model.graph()->library(), name))
        for (const auto& n : f->node_def()) *g.add_node() = n;
    return g;
}

void erase(std::vector<std::string>& sorted, const std::string& name) {
    auto it = std::lower_bound(sorted.begin(), sorted.end(), name);
    if (it != sorted.end() && *it == name) sorted.erase(it);
}

}  // namespace

diff::DiffSummary StepGraphChanges::summary() const {
    diff::DiffSummary s;
    s.added = int(nodes.added.size());
    s.removed = int(nodes.removed.size());
    s.changed = int(nodes.changed.size() + rewrittenCalls.size());
    s.renamed = int(renames.size());
    return s;
}

StepGraphChanges stepChanges(const Revision& revision, const Revision* previous, const GraphData& graph) {
    StepGraphChanges out;
    if (revision.isOriginal() || !graph.index) return out;
    const auto& rewritten = revision.detail.changedFunctions;
    if (!graph.isFunction) {
        out.nodes = revision.detail.changes;
        // A rename shows as one node renamed, not as one removed and one added.
        for (const auto& [from, to] : revision.detail.renames) {
            if (!std::binary_search(out.nodes.added.begin(), out.nodes.added.end(), to)) continue;
            erase(out.nodes.added, to);
            erase(out.nodes.removed, from);
            out.renames.emplace(from, to);
        }
    } else if (previous && std::find(rewritten.begin(), rewritten.end(), graph.key) != rewritten.end()) {
        out.nodes = transforms::diffGraphNodes(bodyOf(*previous->model, graph.key), bodyOf(*revision.model, graph.key));
    }
    if (!rewritten.empty()) {
        const std::set<std::string> names(rewritten.begin(), rewritten.end());
        std::set<std::string> marked(out.nodes.changed.begin(), out.nodes.changed.end());
        marked.insert(out.nodes.added.begin(), out.nodes.added.end());
        for (int i = 0; i < graph.index->size(); ++i) {
            const auto& node = graph.index->node(i);
            if (marked.count(node.name())) continue;
            bool calls = names.count(node.op()) > 0;
            for (const auto& f : ModelDocument::calledFunctions(node)) calls = calls || names.count(f);
            if (calls) out.rewrittenCalls.push_back(node.name());
        }
    }
    return out;
}

std::shared_ptr<const GraphOverlay> stepOverlay(const Revision& revision, const Revision* previous, const GraphData& graph,
                                                bool dark) {
    if (revision.isOriginal() || !graph.index) return nullptr;
    const StepGraphChanges changes = stepChanges(revision, previous, graph);
    const diff::DiffSummary summary = changes.summary();
    const QString step = QCoreApplication::translate("tfs::views::StepMarks", "Step %1 · %2").arg(revision.specs.size()).arg(QString::fromStdString(revision.spec).toHtmlEscaped());

    auto overlay = std::make_shared<GraphOverlay>();
    overlay->nodes.resize(size_t(graph.index->size()));
    std::map<std::string, diff::DiffSummary> scopes;
    auto mark = [&](const std::string& name, diff::NodeStatus status, const QString& tip) {
        for (const auto& scope : enclosingScopes(name)) scopes[scope].count(status);
        const int i = graph.index->find(name);
        if (i < 0) return;  // removed nodes are counted in their scopes only
        NodeMark m = diffMark(status, dark);
        // The node is named: in a box with folded weights the mark may be a weight's.
        m.tip = QStringLiteral("%1: %2").arg(QString::fromStdString(name).toHtmlEscaped(), tip);
        overlay->nodes[size_t(i)] = m;
    };
    const QString by = QString::fromStdString(revision.spec).toHtmlEscaped();
    for (const auto& n : changes.nodes.added) mark(n, diff::NodeStatus::Added, QCoreApplication::translate("tfs::views::StepMarks", "<b>Added</b> by %1").arg(by));
    for (const auto& n : changes.nodes.changed) mark(n, diff::NodeStatus::Changed, QCoreApplication::translate("tfs::views::StepMarks", "<b>Changed</b> by %1").arg(by));
    for (const auto& n : changes.nodes.removed) mark(n, diff::NodeStatus::Removed, QString());
    for (const auto& [from, to] : changes.renames)
        mark(to, diff::NodeStatus::Renamed,
             QCoreApplication::translate("tfs::views::StepMarks", "<b>Renamed</b> from %1 by %2").arg(QString::fromStdString(from).toHtmlEscaped(), by));
    for (const auto& n : changes.rewrittenCalls)
        mark(n, diff::NodeStatus::Changed, QCoreApplication::translate("tfs::views::StepMarks", "<b>Calls a function</b> whose body %1 rewrote").arg(by));
    for (const auto& [path, s] : scopes) overlay->scopes[path] = diffScopeBadge(s, dark);

    if (!summary.differences()) {
        overlay->fadeUnmarked = false;  // nothing to single out: draw the picture as usual
        overlay->legend = QCoreApplication::translate("tfs::views::StepMarks", "%1: nothing changed in this graph").arg(step);
    } else {
        overlay->legend = QStringLiteral("%1:&nbsp; %2").arg(step, diffLegendHtml(dark, &summary));
        if (summary.removed) overlay->legend += QCoreApplication::translate("tfs::views::StepMarks", "&nbsp; (removed nodes are not drawn: Step Results lists them)");
    }
    return overlay;
}

}  // namespace tfs::views
