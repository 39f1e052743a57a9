// The only file that includes Graphviz (gvc.h defines global macros).
#include "core/layout/graph_layout.h"
#include "core/layout/stub_routes.h"

#include <fcntl.h>
#include <gvc.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <cstdio>
#include <deque>
#include <fstream>
#include <sstream>
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

namespace {

// Runs dot in this process; called in a forked child (see layoutGraph) so a Graphviz crash cannot
// take the app down. `inExitingChild`: the caller _exits next, so Graphviz's memory is not freed.
Result<LayoutResult> layoutHere(const LayoutInput& input, const LayoutOptions& options, const char* splineMode,
                                const WorkContext& work, bool inExitingChild = false) {
    const VisibleGraph& vg = input.graph;
    if (!input.itemSizes.empty() && input.itemSizes.size() != vg.items.size())
        return invalidArgument("layoutGraph: %1 sizes for %2 items", input.itemSizes.size(), vg.items.size());
    for (const VisibleItem& item : vg.items)
        if (item.cluster >= int(vg.clusters.size()))
            return invalidArgument("layoutGraph: item refers to cluster %1 but there are %2", item.cluster, vg.clusters.size());
    for (size_t i = 0; i < vg.clusters.size(); ++i)
        if (vg.clusters[i].parent >= int(i))
            return invalidArgument("layoutGraph: cluster %1 must come after its parent", i);
    for (const VisibleEdge& e : vg.edges)
        if (e.from < 0 || e.to < 0 || e.from >= int(vg.items.size()) || e.to >= int(vg.items.size()))
            return invalidArgument("layoutGraph: edge endpoint out of range");

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
    (void)work;

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

}  // namespace

namespace {

template <typename T>
void put(std::string& out, T value) {
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

void putRect(std::string& out, const RectF& r) {
    put(out, r.x);
    put(out, r.y);
    put(out, r.width);
    put(out, r.height);
}

std::string encode(const Result<LayoutResult>& result) {
    std::string out;
    put<int32_t>(out, int32_t(result.status().code()));
    if (!result.ok()) {
        put<uint32_t>(out, uint32_t(result.status().message().size()));
        out += result.status().message();
        return out;
    }
    const LayoutResult& r = result.value();
    put(out, r.width);
    put(out, r.height);
    put(out, r.seconds);
    put<uint64_t>(out, r.items.size());
    for (const auto& i : r.items) putRect(out, i);
    put<uint64_t>(out, r.clusters.size());
    for (const auto& c : r.clusters) putRect(out, c);
    put<uint64_t>(out, r.edges.size());
    for (const auto& e : r.edges) {
        put<uint64_t>(out, e.bezier.size());
        for (const auto& p : e.bezier) {
            put(out, p.x);
            put(out, p.y);
        }
        put<uint8_t>(out, e.hasArrow);
        put(out, e.arrowTip.x);
        put(out, e.arrowTip.y);
        put<uint8_t>(out, e.hasLabel);
        put(out, e.labelCenter.x);
        put(out, e.labelCenter.y);
    }
    return out;
}

// Reads what encode() wrote; false when the bytes are short or inconsistent.
struct Reader {
    const std::string& data;
    size_t pos = 0;
    template <typename T>
    bool get(T& v) {
        if (data.size() - pos < sizeof v) return false;
        std::memcpy(&v, data.data() + pos, sizeof v);
        pos += sizeof v;
        return true;
    }
    bool rect(RectF& r) { return get(r.x) && get(r.y) && get(r.width) && get(r.height); }
    bool count(uint64_t& n, size_t minBytesEach) {
        return get(n) && n <= (data.size() - pos) / std::max<size_t>(1, minBytesEach);
    }
};

Result<LayoutResult> decode(const std::string& data) {
    Reader in{data};
    int32_t code = 0;
    if (!in.get(code)) return internalError("layout worker sent no result");
    if (code != 0) {
        uint32_t len = 0;
        if (!in.get(len) || len > data.size() - in.pos) return internalError("layout worker sent a bad error");
        return Status(StatusCode(code), data.substr(in.pos, len));
    }
    LayoutResult r;
    uint64_t n = 0;
    if (!in.get(r.width) || !in.get(r.height) || !in.get(r.seconds) || !in.count(n, 32)) return internalError("short layout result");
    r.items.resize(n);
    for (auto& i : r.items)
        if (!in.rect(i)) return internalError("short layout result");
    if (!in.count(n, 32)) return internalError("short layout result");
    r.clusters.resize(n);
    for (auto& c : r.clusters)
        if (!in.rect(c)) return internalError("short layout result");
    if (!in.count(n, 42)) return internalError("short layout result");
    r.edges.resize(n);
    for (auto& e : r.edges) {
        uint64_t points = 0;
        if (!in.count(points, 16)) return internalError("short layout result");
        e.bezier.resize(points);
        for (auto& p : e.bezier)
            if (!in.get(p.x) || !in.get(p.y)) return internalError("short layout result");
        uint8_t arrow = 0, label = 0;
        if (!in.get(arrow) || !in.get(e.arrowTip.x) || !in.get(e.arrowTip.y) || !in.get(label) ||
            !in.get(e.labelCenter.x) || !in.get(e.labelCenter.y))
            return internalError("short layout result");
        e.hasArrow = arrow != 0;
        e.hasLabel = label != 0;
    }
    return r;
}

enum class ChildOutcome { Done, Crashed, Cancelled };

// CPU time (clock ticks) a process has used, from /proc/<pid>/stat; -1 when unreadable.
long long cpuTicks(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(in, line)) return -1;
    size_t close = line.rfind(')');  // the command name may hold spaces and ')'
    if (close == std::string::npos) return -1;
    std::istringstream fields(line.substr(close + 2));
    std::string skip;
    for (int i = 3; i < 14; ++i) fields >> skip;  // state .. cmajflt
    long long user = 0, system = 0;
    if (!(fields >> user >> system)) return -1;
    return user + system;
}

// Layout is CPU-bound, so a child that used no CPU for this long is deadlocked, e.g. on an
// allocator lock another thread held at fork (ASan's, or a library's); it is killed and retried.
constexpr auto kStuckChild = std::chrono::seconds(10);

// Forks, lays out in the child and reads its answer; the parent polls for cancellation and
// kills the child when asked, so even one long gvLayout call can be interrupted.
ChildOutcome layoutInChild(const LayoutInput& input, const LayoutOptions& options, const char* splineMode,
                           const WorkContext& work, Result<LayoutResult>& out, std::string& crash) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {  // no program the child might start inherits the pipe
        out = layoutHere(input, options, splineMode, work);
        return ChildOutcome::Done;
    }
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        out = layoutHere(input, options, splineMode, work);
        return ChildOutcome::Done;
    }
    if (pid == 0) {
        // A crash here is expected now and then: die quietly, without the parent's crash handlers.
        for (int sig : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL}) signal(sig, SIG_DFL);
        close(fds[0]);
        std::string bytes;
        try {  // an exception must never unwind into the parent's code running in this copy
            bytes = encode(layoutHere(input, options, splineMode, WorkContext{}, /*inExitingChild=*/true));
        } catch (...) {
            _exit(4);
        }
        size_t done = 0;
        while (done < bytes.size()) {
            ssize_t w = write(fds[1], bytes.data() + done, bytes.size() - done);
            if (w < 0 && errno == EINTR) continue;
            if (w <= 0) _exit(3);
            done += size_t(w);
        }
        close(fds[1]);
        _exit(0);
    }
    close(fds[1]);
    fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK);
    std::string data;
    char buf[65536];
    bool killed = false, reaped = false, stuck = false;
    int status = 0;
    long long lastTicks = -1;
    auto lastProgress = std::chrono::steady_clock::now();
    // Reads until EOF, but also watches the child itself: one that dies (or is killed) while
    // something else still holds the pipe open must not keep the parent waiting for EOF.
    for (;;) {
        if (work.cancelled() && !killed) {
            kill(pid, SIGKILL);
            killed = true;
        }
        ssize_t r = read(fds[0], buf, sizeof buf);
        if (r > 0) {
            data.append(buf, size_t(r));
            continue;
        }
        if (r == 0 || (errno != EAGAIN && errno != EINTR)) break;  // EOF or a broken pipe
        if (reaped) break;                                        // child gone and pipe drained
        pid_t w = waitpid(pid, &status, WNOHANG);
        if (w == pid) {
            reaped = true;
            continue;  // drain what it wrote before exiting
        }
        if (w < 0 && errno != EINTR) break;
        if (!killed) {
            const auto now = std::chrono::steady_clock::now();
            if (long long ticks = cpuTicks(pid); ticks != lastTicks) {
                lastTicks = ticks;
                lastProgress = now;
            } else if (now - lastProgress > kStuckChild) {
                kill(pid, SIGKILL);
                killed = stuck = true;
            }
        }
        pollfd p{fds[0], POLLIN, 0};
        poll(&p, 1, 50);
    }
    close(fds[0]);
    while (!reaped && waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (stuck) {
        crash = "Graphviz worker made no progress for " + std::to_string(kStuckChild.count()) + " s and was stopped";
        return ChildOutcome::Crashed;
    }
    if (killed) return ChildOutcome::Cancelled;
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        out = decode(data);
        return ChildOutcome::Done;
    }
    crash = WIFSIGNALED(status) ? "Graphviz crashed (signal " + std::to_string(WTERMSIG(status)) + ")"
                                : "Graphviz worker exited with status " + std::to_string(WEXITSTATUS(status));
    return ChildOutcome::Crashed;
}

}  // namespace

Result<LayoutResult> layoutGraph(const LayoutInput& input, const LayoutOptions& options, const WorkContext& work) {
    work.report(0.0, TFS_PHRASE("Progress", "waiting for the layout engine"));
    std::lock_guard<std::mutex> lock(layoutMutex());
    if (work.cancelled()) return cancelled(TFS_PHRASE("Errors", "layout cancelled"));
    context();  // load Graphviz plugins once, in this process, before forking
    work.report(0.1, TFS_PHRASE("Progress", "placing %1 boxes"), {std::to_string(input.graph.items.size())});
    // Graphviz 2.42 can crash routing splines around clusters ("triangulation failed"):
    // retry with simpler edge routing, each attempt in its own child process.
    std::string crashes;
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
        Result<LayoutResult> result = internalError("no layout");
        std::string crash;
        switch (layoutInChild(attempt == 2 ? flat : input, options, mode, work, result, crash)) {
            case ChildOutcome::Cancelled: return cancelled(TFS_PHRASE("Errors", "layout cancelled"));
            case ChildOutcome::Done:
                work.report(1.0, TFS_PHRASE("Progress", "layout done"));
                if (attempt == 2 && result.ok())  // keep one (empty) box per cluster so callers can index them
                    result.value().clusters.assign(input.graph.clusters.size(), RectF{});
                if (result.ok()) routeStubs(input.graph, result.value());
                return result;
            case ChildOutcome::Crashed:
                crashes += (crashes.empty() ? "" : "; ") + std::string(mode) + ": " + crash;
                break;
        }
        if (work.cancelled()) return cancelled(TFS_PHRASE("Errors", "layout cancelled"));
    }
    return internalError(TFS_PHRASE("Errors", "Graphviz dot failed on %1 items (%2)"),
                         input.graph.items.size(), crashes);
}

}  // namespace tfs::layout
