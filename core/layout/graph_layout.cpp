// The only file that includes Graphviz (gvc.h defines global macros).
#include "core/layout/graph_layout.h"
#include "core/layout/layout_process.h"
#include "core/layout/stub_routes.h"

#include <gvc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace tfs::layout {
namespace {

std::mutex& layoutMutex() {
    static std::mutex m;
    return m;
}

std::string& errorText() {
    static std::string text;
    return text;
}

int collectError(char* message) {
    if (message && errorText().size() < 2000) errorText() += message;
    return 0;
}

// Graphviz's default ID discipline uses the address of each interned name as its ID, and orders
// subgraphs by ID: cluster order (so the picture) then depended on heap addresses, and the same
// graph came out differently from one process to the next. Names get IDs in creation order here.
struct SequentialIds {
    std::unordered_map<std::string, IDTYPE> ids;
    std::deque<std::string> names;  // a deque never moves its strings, so print's pointers stay valid
    IDTYPE nextAnonymous = 1;       // odd IDs are anonymous, even ones named (as Graphviz's own)
};

void* openIds(Agraph_t*, Agdisc_t*) { return new SequentialIds; }

long mapId(void* state, int, char* name, IDTYPE* id, int create) {
    auto* s = static_cast<SequentialIds*>(state);
    if (!name) {
        *id = s->nextAnonymous;
        s->nextAnonymous += 2;
        return 1;
    }
    auto found = s->ids.find(name);
    if (found != s->ids.end()) {
        *id = found->second;
        return 1;
    }
    if (!create) return 0;
    s->names.emplace_back(name);
    *id = IDTYPE(2 * s->names.size());
    s->ids.emplace(s->names.back(), *id);
    return 1;
}

long allocId(void*, int, IDTYPE id) { return id % 2 == 0; }
void freeId(void*, int, IDTYPE) {}
char* printId(void* state, int, IDTYPE id) {
    auto* s = static_cast<SequentialIds*>(state);
    if (id % 2 != 0 || id == 0 || id / 2 > s->names.size()) return nullptr;
    return s->names[size_t(id / 2 - 1)].data();
}
void closeIds(void* state) { delete static_cast<SequentialIds*>(state); }
void registerId(void*, int, void*) {}

Agdisc_t* sequentialIdDiscipline() {
    static Agiddisc_t ids{openIds, mapId, allocId, freeId, printId, closeIds, registerId};
    static Agdisc_t disc{&AgMemDisc, &ids, &AgIoDisc};
    return &disc;
}

GVC_t* context() {
    static GVC_t* gvc = [] {
        agseterr(AGERR);
        agseterrf(collectError);
        return gvContext();
    }();
    return gvc;
}

// Graphviz takes char*; these wrap literals and std::strings.
char* cs(const char* s) { return const_cast<char*>(s); }
char* cs(const std::string& s) { return const_cast<char*>(s.c_str()); }

std::string num(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.4f", v);
    return buf;
}

std::string lastComponent(const std::string& path) {
    size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Owns one cgraph graph and its layout; frees both on every exit path, except in a
// forked child that exits right after: Graphviz 2.42's gvFreeLayout can double-free
// after some spline routings, and the process's exit frees everything anyway.
struct GraphGuard {
    GVC_t* gvc;
    bool leaveForExit = false;
    Agraph_t* g = nullptr;
    bool laidOut = false;
    ~GraphGuard() {
        if (!g || leaveForExit) return;
        if (laidOut) gvFreeLayout(gvc, g);
        agclose(g);
    }
};

}  // namespace

SizeF estimateItemSize(const VisibleGraph& graph, const GraphIndex& index, int item) {
    const VisibleItem& it = graph.items[size_t(item)];
    std::string label;
    if (it.kind == VisibleItem::Kind::Node) {
        const auto& node = index.node(it.node);
        label = node.op().size() > lastComponent(node.name()).size() ? node.op() : lastComponent(node.name());
        return {std::max(60.0, 7.0 * double(label.size()) + 20), 36};
    }
    label = lastComponent(it.scope);
    return {std::max(90.0, 7.5 * double(label.size()) + 28), 48};
}

namespace detail {

void loadGraphviz() { context(); }

Result<LayoutResult> layoutHere(const LayoutInput& input, const LayoutOptions& options, const char* splineMode,
                                bool inExitingChild) {
    const VisibleGraph& vg = input.graph;
    if (!input.itemSizes.empty() && input.itemSizes.size() != vg.items.size())
        return invalidArgument(TFS_PHRASE("Errors", "layoutGraph: %1 sizes for %2 items"), input.itemSizes.size(),
                               vg.items.size());
    for (const VisibleItem& item : vg.items)
        if (item.cluster >= int(vg.clusters.size()))
            return invalidArgument(TFS_PHRASE("Errors", "layoutGraph: item refers to cluster %1 but there are %2"),
                                   item.cluster, vg.clusters.size());
    for (size_t i = 0; i < vg.clusters.size(); ++i)
        if (vg.clusters[i].parent >= int(i))
            return invalidArgument(TFS_PHRASE("Errors", "layoutGraph: cluster %1 must come after its parent"), i);
    for (const VisibleEdge& e : vg.edges)
        if (e.from < 0 || e.to < 0 || e.from >= int(vg.items.size()) || e.to >= int(vg.items.size()))
            return invalidArgument(TFS_PHRASE("Errors", "layoutGraph: edge endpoint out of range"));

    GraphGuard guard{context(), inExitingChild};
    errorText().clear();
    guard.g = agopen(cs("g"), Agdirected, sequentialIdDiscipline());
    Agraph_t* g = guard.g;
    const bool fast = int(vg.items.size()) > options.fastAbove;
    agattr(g, AGRAPH, cs("rankdir"), cs("TB"));
    agattr(g, AGRAPH, cs("nodesep"), cs(num(options.nodeSep / 72.0)));
    agattr(g, AGRAPH, cs("ranksep"), cs(num(options.rankSep / 72.0)));
    agattr(g, AGRAPH, cs("fontsize"), cs(num(options.labelFontSize + 1)));
    agattr(g, AGRAPH, cs("labeljust"), cs("l"));
    agattr(g, AGRAPH, cs("labelloc"), cs("t"));
    agattr(g, AGRAPH, cs("label"), cs(""));
    agattr(g, AGRAPH, cs("margin"), cs("8"));
    agattr(g, AGRAPH, cs("splines"), cs(splineMode));
    if (fast) {
        std::string limit = num(std::max(0.02, 20.0 / double(vg.items.size())));
        agattr(g, AGRAPH, cs("nslimit"), cs(limit));
        agattr(g, AGRAPH, cs("mclimit"), cs("0.3"));
    }
    agattr(g, AGNODE, cs("shape"), cs("box"));
    agattr(g, AGNODE, cs("fixedsize"), cs("true"));
    agattr(g, AGNODE, cs("label"), cs(""));
    agattr(g, AGNODE, cs("width"), cs("1"));
    agattr(g, AGNODE, cs("height"), cs("0.5"));
    agattr(g, AGEDGE, cs("label"), cs(""));
    agattr(g, AGEDGE, cs("fontsize"), cs(num(options.labelFontSize)));
    agattr(g, AGEDGE, cs("arrowsize"), cs("0.7"));
    agattr(g, AGEDGE, cs("style"), cs(""));

    std::vector<Agraph_t*> clusterGraphs(vg.clusters.size(), nullptr);
    for (size_t i = 0; i < vg.clusters.size(); ++i) {
        const VisibleCluster& c = vg.clusters[i];
        Agraph_t* parent = c.parent < 0 ? g : clusterGraphs[size_t(c.parent)];
        std::string name = "cluster_" + std::to_string(i);
        Agraph_t* sub = agsubg(parent, cs(name), 1);
        std::string label = i < input.clusterLabels.size() && !input.clusterLabels[i].empty()
                                ? input.clusterLabels[i]
                                : lastComponent(c.path);
        agsafeset(sub, cs("label"), cs(label), cs(""));
        clusterGraphs[i] = sub;
    }

    std::vector<Agnode_t*> nodes(vg.items.size(), nullptr);
    for (size_t i = 0; i < vg.items.size(); ++i) {
        const VisibleItem& item = vg.items[i];
        Agraph_t* owner = item.cluster < 0 ? g : clusterGraphs[size_t(item.cluster)];
        std::string name = "n" + std::to_string(i);
        Agnode_t* n = agnode(owner, cs(name), 1);
        SizeF size = input.itemSizes.empty() ? SizeF{120, 36} : input.itemSizes[i];
        agsafeset(n, cs("width"), cs(num(std::max(size.width, 4.0) / 72.0)), cs("1"));
        agsafeset(n, cs("height"), cs(num(std::max(size.height, 4.0) / 72.0)), cs("0.5"));
        nodes[i] = n;
    }

    std::vector<Agedge_t*> edges(vg.edges.size(), nullptr);
    for (size_t i = 0; i < vg.edges.size(); ++i) {
        const VisibleEdge& e = vg.edges[i];
        if (e.stub) continue;  // drawn by routeStubs, never laid out
        std::string name = "e" + std::to_string(i);
        Agedge_t* edge = agedge(g, nodes[size_t(e.from)], nodes[size_t(e.to)], cs(name), 1);
        if (i < input.edgeLabels.size() && !input.edgeLabels[i].empty())
            agsafeset(edge, cs("label"), cs(input.edgeLabels[i]), cs(""));
        if (e.control) agsafeset(edge, cs("style"), cs("dashed"), cs(""));
        edges[i] = edge;
    }

    auto start = std::chrono::steady_clock::now();
    int rc = gvLayout(guard.gvc, g, "dot");
    LayoutResult result;
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (rc != 0) {
        std::string why = errorText().empty() ? std::string("no message") : errorText();
        while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
        return internalError(TFS_PHRASE("Errors", "Graphviz dot could not lay out %1 items: %2"), vg.items.size(), why);
    }
    guard.laidOut = true;

    const boxf bb = GD_bb(g);
    const double top = bb.UR.y, left = bb.LL.x;
    auto flip = [&](pointf p) { return PointF{p.x - left, top - p.y}; };
    result.width = bb.UR.x - bb.LL.x;
    result.height = bb.UR.y - bb.LL.y;

    result.items.resize(vg.items.size());
    for (size_t i = 0; i < nodes.size(); ++i) {
        PointF c = flip(ND_coord(nodes[i]));
        double w = ND_width(nodes[i]) * 72.0, h = ND_height(nodes[i]) * 72.0;
        result.items[i] = {c.x - w / 2, c.y - h / 2, w, h};
    }
    result.clusters.resize(vg.clusters.size());
    for (size_t i = 0; i < clusterGraphs.size(); ++i) {
        boxf cb = GD_bb(clusterGraphs[i]);
        PointF tl = flip(pointf{cb.LL.x, cb.UR.y});
        result.clusters[i] = {tl.x, tl.y, cb.UR.x - cb.LL.x, cb.UR.y - cb.LL.y};
    }
    result.edges.resize(vg.edges.size());
    for (size_t i = 0; i < edges.size(); ++i) {
        EdgeRoute& route = result.edges[i];
        if (!edges[i]) continue;
        const splines* spl = ED_spl(edges[i]);
        if (spl && spl->size > 0) {
            for (int b = 0; b < spl->size; ++b) {
                const bezier& bz = spl->list[b];
                for (int k = 0; k < bz.size; ++k) {
                    if (b > 0 && k == 0) continue;  // consecutive pieces share their joint
                    route.bezier.push_back(flip(bz.list[k]));
                }
            }
            const bezier& last = spl->list[spl->size - 1];
            if (last.eflag) {
                route.hasArrow = true;
                route.arrowTip = flip(last.ep);
            }
        }
        if (const textlabel_t* label = ED_label(edges[i]); label && label->set) {
            route.hasLabel = true;
            route.labelCenter = flip(label->pos);
        }
    }
    return result;
}

}  // namespace detail

Result<LayoutResult> layoutGraph(const LayoutInput& input, const LayoutOptions& options, const WorkContext& work) {
    work.report(0.0, TFS_PHRASE("Progress", "waiting for the layout engine"));
    std::lock_guard<std::mutex> lock(layoutMutex());
    if (work.cancelled()) return cancelled(TFS_PHRASE("Errors", "layout cancelled"));
    work.report(0.1, TFS_PHRASE("Progress", "placing %1 boxes"), {std::to_string(input.graph.items.size())});
    // Graphviz 2.42 can crash routing splines around clusters ("triangulation failed"):
    // retry with simpler edge routing, each attempt in its own child process.
    std::vector<Phrase> crashes;  // how each attempt died, in order
    // Last resort: no clusters (boxes of the same scope are then only near each other).
    LayoutInput flat;
    const char* modes[] = {"spline", "polyline", "polyline"};
    for (int attempt = 0; attempt < 3; ++attempt) {
        const char* mode = modes[attempt];
        if (attempt == 2) {
            if (input.graph.clusters.empty()) break;
            flat = input;
            flat.graph.clusters.clear();
            for (auto& item : flat.graph.items) item.cluster = -1;
        }
        Result<LayoutResult> result = internalError(TFS_PHRASE("Errors", "no layout"));
        Phrase crash;
        switch (detail::layoutInChild(attempt == 2 ? flat : input, options, mode, work, result, crash)) {
            case detail::ChildOutcome::Cancelled: return cancelled(TFS_PHRASE("Errors", "layout cancelled"));
            case detail::ChildOutcome::Done:
                work.report(1.0, TFS_PHRASE("Progress", "layout done"));
                if (attempt == 2 && result.ok())  // keep one (empty) box per cluster so callers can index them
                    result.value().clusters.assign(input.graph.clusters.size(), RectF{});
                if (result.ok()) routeStubs(input.graph, result.value());
                return result;
            case detail::ChildOutcome::Crashed:
                crashes.push_back(crash);
                break;
        }
        if (work.cancelled()) return cancelled(TFS_PHRASE("Errors", "layout cancelled"));
    }
    Phrase failed{TFS_PHRASE("Errors", "Graphviz dot failed on %1 items, routing edges as splines, as polylines and without clusters: %2"),
                  {std::to_string(input.graph.items.size())}, std::move(crashes)};  // %2: how each attempt died
    return internalError(failed);
}

}  // namespace tfs::layout
