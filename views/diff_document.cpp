#include "views/diff_document.h"

#include <QCoreApplication>

#include "core/diff/merged_graph.h"
#include "core/ops/function_body.h"
#include "views/theme.h"

namespace tfs::views {
namespace {

// A copy of a model whose meta graph `first` comes first, so that its document shows that graph.
Model withMetaGraphFirst(const Model& model, int first) {
    Model copy = model;
    if (first > 0 && size_t(first) < copy.metaGraphs.size())
        std::rotate(copy.metaGraphs.begin(), copy.metaGraphs.begin() + first, copy.metaGraphs.begin() + first + 1);
    return copy;
}

std::shared_ptr<GraphData> graphData(std::shared_ptr<const tensorflow::GraphDef> def, const std::string& key) {
    auto data = std::make_shared<GraphData>();
    data->key = key;
    data->title = key;
    data->isFunction = !key.empty();
    data->def = std::move(def);
    data->index = std::make_unique<GraphIndex>(*data->def);
    return data;
}

// The scopes of one picture that hold a change, with what changed inside (core counts them).
std::map<std::string, diff::DiffSummary> scopesWithChanges(const diff::GraphDiff& d, diff::ScopeNames names) {
    std::map<std::string, diff::DiffSummary> out;
    for (const auto& sc : diff::changesByScope(d, names))
        if (!sc.path.empty() && sc.summary.differences()) out[sc.path] = sc.summary;
    return out;
}

// Every node of a one-sided function counts with the function's status.
std::map<std::string, diff::DiffSummary> wholeScopes(const GraphIndex& index, diff::NodeStatus status) {
    std::map<std::string, diff::DiffSummary> out;
    for (int i = 0; i < index.size(); ++i)
        for (const auto& scope : enclosingScopes(index.node(i).name())) out[scope].count(status);
    return out;
}

QString badgeText(const diff::DiffSummary& s) {
    QStringList parts;
    if (s.changed) parts << QCoreApplication::translate("tfs::views::DiffDocument", "%n changed", nullptr, s.changed);
    if (s.added) parts << QCoreApplication::translate("tfs::views::DiffDocument", "%n added", nullptr, s.added);
    if (s.removed) parts << QCoreApplication::translate("tfs::views::DiffDocument", "%n removed", nullptr, s.removed);
    if (s.renamed) parts << QCoreApplication::translate("tfs::views::DiffDocument", "%n renamed", nullptr, s.renamed);
    return parts.join(QStringLiteral(", "));
}

}  // namespace

diff::NodeStatus nodeStatusOf(diff::EntryStatus s) {
    switch (s) {
        case diff::EntryStatus::Added: return diff::NodeStatus::Added;
        case diff::EntryStatus::Removed: return diff::NodeStatus::Removed;
        case diff::EntryStatus::Changed: return diff::NodeStatus::Changed;
        case diff::EntryStatus::Unchanged: break;
    }
    return diff::NodeStatus::Unchanged;
}

QColor diffStatusColor(diff::NodeStatus status, bool dark) {
    const DiffColors c = diffColors(dark);
    switch (status) {
        case diff::NodeStatus::Added: return c.added;
        case diff::NodeStatus::Removed: return c.removed;
        case diff::NodeStatus::Changed: return c.changed;
        case diff::NodeStatus::Renamed: return c.renamed;
        case diff::NodeStatus::Unchanged: break;
    }
    return {};
}

QString diffStatusGlyph(diff::NodeStatus status) {
    switch (status) {
        case diff::NodeStatus::Added: return QStringLiteral("+");
        case diff::NodeStatus::Removed: return QStringLiteral("−");
        case diff::NodeStatus::Changed: return QStringLiteral("~");
        case diff::NodeStatus::Renamed: return QStringLiteral("R");
        case diff::NodeStatus::Unchanged: break;
    }
    return {};
}

QString diffStatusTitle(diff::NodeStatus status) {
    switch (status) {
        case diff::NodeStatus::Added: return QCoreApplication::translate("tfs::views::DiffDocument", "added");
        case diff::NodeStatus::Removed: return QCoreApplication::translate("tfs::views::DiffDocument", "removed");
        case diff::NodeStatus::Changed: return QCoreApplication::translate("tfs::views::DiffDocument", "changed");
        case diff::NodeStatus::Renamed: return QCoreApplication::translate("tfs::views::DiffDocument", "renamed");
        case diff::NodeStatus::Unchanged: break;
    }
    return QCoreApplication::translate("tfs::views::DiffDocument", "unchanged");
}

NodeMark diffMark(diff::NodeStatus s, bool dark) {
    NodeMark m;
    if (s == diff::NodeStatus::Unchanged) return m;
    m.color = diffStatusColor(s, dark);
    m.glyph = diffStatusGlyph(s);
    m.dashed = s == diff::NodeStatus::Removed;
    m.rank = s == diff::NodeStatus::Renamed ? 1 : s == diff::NodeStatus::Changed ? 2 : 3;
    return m;
}

ScopeBadge diffScopeBadge(const diff::DiffSummary& summary, bool dark) {
    if (!summary.differences()) return {};
    const DiffColors colors = diffColors(dark);
    const int kinds = (summary.added > 0) + (summary.removed > 0) + (summary.changed > 0) + (summary.renamed > 0);
    QColor color = colors.changed;  // a mixture reads as "changed"
    if (kinds == 1 && summary.added) color = colors.added;
    else if (kinds == 1 && summary.removed) color = colors.removed;
    else if (kinds == 1 && summary.renamed) color = colors.renamed;
    return ScopeBadge{badgeText(summary), color};
}

QString diffLegendHtml(bool dark, const diff::DiffSummary* counts) {
    QStringList legend;
    for (auto s : {diff::NodeStatus::Added, diff::NodeStatus::Removed, diff::NodeStatus::Changed, diff::NodeStatus::Renamed}) {
        QString title = diffStatusTitle(s).toHtmlEscaped();
        if (counts) {
            const int n = s == diff::NodeStatus::Added ? counts->added : s == diff::NodeStatus::Removed ? counts->removed
                        : s == diff::NodeStatus::Changed ? counts->changed : counts->renamed;
            if (!n) continue;
            title = QStringLiteral("%1 %2").arg(n).arg(title);
        }
        const QColor color = diffStatusColor(s, dark);
        legend << QStringLiteral("<span style=\"background:%1;color:%2;\">&nbsp;<b>%3</b>&nbsp;</span>&nbsp;%4")
                      .arg(color.name(), textColorOn(color).name(), diffStatusGlyph(s), title);
    }
    return legend.join(QStringLiteral("&nbsp;&nbsp; "));
}

Result<std::shared_ptr<DiffDocument>> DiffDocument::build(std::shared_ptr<const Model> a, std::shared_ptr<const Model> b,
                                                          const QString& titleA, const QString& titleB,
                                                          const diff::DiffOptions& options, const WorkContext& work) {
    if (!a || !b) return invalidArgument(TFS_PHRASE("Errors", "diff needs two models"));
    std::shared_ptr<DiffDocument> doc(new DiffDocument);
    doc->titleA_ = titleA;
    doc->titleB_ = titleB;
    WorkContext diffWork = work.part(0.0, 0.9);
    auto d = diff::diffModels(*a, *b, options, diffWork);
    if (!d.ok()) return d.status();
    doc->diff_ = std::move(*d);
    if (work.cancelled()) return cancelled();
    work.report(0.9, TFS_PHRASE("Progress", "preparing the pictures"));

    // Each side shows the meta graph the diff compared; the merged picture is built on B (A when B has no graph).
    Model modelA = withMetaGraphFirst(*a, doc->diff_.metaGraphA);
    Model modelB = withMetaGraphFirst(*b, doc->diff_.metaGraphB);
    const bool baseIsB = modelB.graph() != nullptr || modelA.graph() == nullptr;
    Model merged = baseIsB ? modelB : modelA;
    const tensorflow::GraphDef empty;
    const tensorflow::GraphDef& ga = modelA.graph() ? *modelA.graph() : empty;
    const tensorflow::GraphDef& gb = modelB.graph() ? *modelB.graph() : empty;

    if (modelA.graph() || modelB.graph()) {
        diff::MergedGraph m = diff::mergeGraphs(ga, gb, doc->diff_.graph);
        DiffGraph g;
        g.hasA = modelA.graph() != nullptr;
        g.hasB = modelB.graph() != nullptr;
        g.diff = &doc->diff_.graph;
        g.entryOfMerged = std::move(m.entryOfNode);
        g.mergedOfEntry = std::move(m.nodeOfEntry);
        g.scopesA = scopesWithChanges(doc->diff_.graph, diff::ScopeNames::A);
        g.scopesB = scopesWithChanges(doc->diff_.graph, diff::ScopeNames::B);
        g.scopesMerged = scopesWithChanges(doc->diff_.graph, diff::ScopeNames::Merged);
        // The merged main graph carries both libraries (B's functions win on a shared name).
        tensorflow::GraphDef* mg = merged.metaGraphs[0].def.mutable_graph_def();
        tensorflow::FunctionDefLibrary library = mg->library();
        const tensorflow::GraphDef& other = baseIsB ? ga : gb;
        for (const auto& f : other.library().function())
            if (!findFunction(library, f.signature().name())) *library.add_function() = f;
        *mg = std::move(m.graph);
        *mg->mutable_library() = std::move(library);
        doc->graphs_.push_back(std::move(g));
    }
    if (work.cancelled()) return cancelled();

    // Function bodies on every side come from the converter the diff used, so node indexes agree.
    const auto& libA = ga.library();
    const auto& libB = gb.library();
    for (const auto& fd : doc->diff_.functions) {
        const tensorflow::FunctionDef* fa = fd.nameA.empty() ? nullptr : findFunction(libA, fd.nameA);
        const tensorflow::FunctionDef* fb = fd.nameB.empty() ? nullptr : findFunction(libB, fd.nameB);
        if (!fa && !fb) continue;
        DiffGraph g;
        g.key = fd.name();
        g.keyA = fd.nameA;
        g.keyB = fd.nameB;
        g.hasA = fa != nullptr;
        g.hasB = fb != nullptr;
        std::shared_ptr<const tensorflow::GraphDef> bodyA, bodyB;
        if (fa) {
            bodyA = functionBodyGraph(*fa, &libA).graph;
            doc->prepared_.push_back({DiffSide::A, graphData(bodyA, fd.nameA)});
        }
        if (fb) {
            bodyB = functionBodyGraph(*fb, &libB).graph;
            doc->prepared_.push_back({DiffSide::B, graphData(bodyB, fd.nameB)});
        }
        if (fa && fb) {
            g.diff = &fd.body;
            diff::MergedGraph m = diff::mergeGraphs(*bodyA, *bodyB, fd.body);
            g.entryOfMerged = std::move(m.entryOfNode);
            g.mergedOfEntry = std::move(m.nodeOfEntry);
            g.scopesA = scopesWithChanges(fd.body, diff::ScopeNames::A);
            g.scopesB = scopesWithChanges(fd.body, diff::ScopeNames::B);
            g.scopesMerged = scopesWithChanges(fd.body, diff::ScopeNames::Merged);
            doc->prepared_.push_back({DiffSide::Merged, graphData(std::make_shared<const tensorflow::GraphDef>(std::move(m.graph)), g.key)});
        } else {
            // A function only one side has: its whole body is added or removed.
            g.wholeStatus = nodeStatusOf(fd.status) == diff::NodeStatus::Unchanged ? (fa ? diff::NodeStatus::Removed : diff::NodeStatus::Added)
                                                                                : nodeStatusOf(fd.status);
            auto body = graphData(fa ? bodyA : bodyB, g.key);
            auto scopes = wholeScopes(*body->index, g.wholeStatus);
            (fa ? g.scopesA : g.scopesB) = scopes;
            g.scopesMerged = std::move(scopes);
            doc->prepared_.push_back({DiffSide::Merged, body});
        }
        doc->graphs_.push_back(std::move(g));
        if (work.cancelled()) return cancelled();
    }
    for (size_t i = 0; i < doc->graphs_.size(); ++i) {
        const DiffGraph& g = doc->graphs_[i];
        doc->byKey_[g.key] = i;
        if (g.hasA) doc->byKeyA_[g.keyA] = i;
        if (g.hasB) doc->byKeyB_[g.keyB] = i;
    }
    doc->modelA_ = std::make_shared<Model>(std::move(modelA));
    doc->modelB_ = std::make_shared<Model>(std::move(modelB));
    doc->mergedModel_ = std::make_shared<Model>(std::move(merged));
    work.report(1.0, TFS_PHRASE("Progress", "diff ready"));
    return doc;
}

void DiffDocument::createDocuments() {
    if (a_) return;
    a_ = std::make_shared<ModelDocument>(std::move(*modelA_));
    b_ = std::make_shared<ModelDocument>(std::move(*modelB_));
    merged_ = std::make_shared<ModelDocument>(std::move(*mergedModel_));
    modelA_.reset();
    modelB_.reset();
    mergedModel_.reset();
    // Documents own their graph caches: fill them with the pictures build() made.
    for (auto& [side, data] : prepared_) (side == DiffSide::A ? a_ : side == DiffSide::B ? b_ : merged_)->setGraph(data);
    prepared_.clear();
}

const DiffGraph* DiffDocument::findGraph(DiffSide side, const std::string& key) const {
    const auto& map = side == DiffSide::A ? byKeyA_ : side == DiffSide::B ? byKeyB_ : byKey_;
    auto it = map.find(key);
    return it == map.end() ? nullptr : &graphs_[it->second];
}

int DiffDocument::entryOfNode(const DiffGraph& g, DiffSide side, int node) const {
    if (node < 0 || !g.diff) return -1;
    const std::vector<int>& v = side == DiffSide::A ? g.diff->entryOfA : side == DiffSide::B ? g.diff->entryOfB : g.entryOfMerged;
    return size_t(node) < v.size() ? v[size_t(node)] : -1;
}

int DiffDocument::nodeOfEntry(const DiffGraph& g, DiffSide side, int entry) const {
    if (!g.diff || entry < 0 || size_t(entry) >= g.diff->nodes.size()) return -1;
    if (side == DiffSide::A) return g.diff->nodes[size_t(entry)].a;
    if (side == DiffSide::B) return g.diff->nodes[size_t(entry)].b;
    return size_t(entry) < g.mergedOfEntry.size() ? g.mergedOfEntry[size_t(entry)] : -1;
}

const diff::NodeDiff* DiffDocument::entry(const DiffGraph& g, int e) const {
    return g.diff && e >= 0 && size_t(e) < g.diff->nodes.size() ? &g.diff->nodes[size_t(e)] : nullptr;
}

std::shared_ptr<const GraphOverlay> DiffDocument::overlay(DiffSide side, const std::string& key) const {
    const DiffGraph* g = findGraph(side, key);
    if (!g) return nullptr;
    const bool dark = isDarkPalette();
    auto cacheKey = std::make_tuple(int(side), key, dark);
    if (auto it = overlays_.find(cacheKey); it != overlays_.end()) return it->second;
    const auto& document = side == DiffSide::A ? a_ : side == DiffSide::B ? b_ : merged_;
    auto data = document->graph(key);
    if (!data) return nullptr;
    auto overlay = std::make_shared<GraphOverlay>();
    const int n = data->index->size();
    overlay->nodes.resize(size_t(n));
    for (int i = 0; i < n; ++i) {
        diff::NodeStatus s = g->wholeStatus;
        if (s == diff::NodeStatus::Unchanged)
            if (const diff::NodeDiff* e = entry(*g, entryOfNode(*g, side, i))) s = e->status;
        overlay->nodes[size_t(i)] = diffMark(s, dark);
    }
    const auto& scopes = side == DiffSide::A ? g->scopesA : side == DiffSide::B ? g->scopesB : g->scopesMerged;
    for (const auto& [path, summary] : scopes)
        if (summary.differences()) overlay->scopes[path] = diffScopeBadge(summary, dark);
    overlays_[cacheKey] = overlay;
    return overlay;
}

}  // namespace tfs::views
