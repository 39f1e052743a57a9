// The processes Graphviz runs in, and the bytes that travel between them (see layout_process.h).
//
// Each layout runs in a child process. Forking the application itself is cheap while it is small,
// but with a 20k-node model loaded the fork copies its page tables and every page the application
// writes afterwards is copied again (copy-on-write faults on the UI thread). So the application
// forks a small worker at start-up, before anything large exists, and the worker forks one child
// per layout: the child starts from the worker's few megabytes, with Graphviz already loaded.
#include "core/layout/layout_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>

namespace tfs::layout {
namespace {

using detail::ChildOutcome;

template <typename T>
void put(std::string& out, T value) {
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

void putString(std::string& out, const std::string& s) {
    put<uint64_t>(out, s.size());
    out += s;
}

// An error crosses the socket as phrases (text, values, listed items), so the GUI still translates it.
void putPhrase(std::string& out, const Phrase& p) {
    putString(out, p.text);
    put<uint64_t>(out, p.args.size());
    for (const auto& a : p.args) putString(out, a);
    put<uint64_t>(out, p.items.size());
    for (const auto& item : p.items) putPhrase(out, item);
}

void putRect(std::string& out, const RectF& r) {
    put(out, r.x);
    put(out, r.y);
    put(out, r.width);
    put(out, r.height);
}

// Reads what the put functions wrote; false when the bytes are short or inconsistent.
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
    bool string(std::string& s) {
        uint64_t n = 0;
        if (!count(n, 1)) return false;
        s.assign(data, pos, size_t(n));
        pos += size_t(n);
        return true;
    }
    bool strings(std::vector<std::string>& list) {
        uint64_t n = 0;
        if (!count(n, 8)) return false;
        list.resize(size_t(n));
        for (auto& s : list)
            if (!string(s)) return false;
        return true;
    }
    bool phrase(Phrase& p, int depth = 0) {
        uint64_t n = 0;
        if (depth > 4 || !string(p.text) || !strings(p.args) || !count(n, 24)) return false;
        p.items.resize(size_t(n));
        for (auto& item : p.items)
            if (!phrase(item, depth + 1)) return false;
        return true;
    }
};

// What layoutHere reads of a request: the structure of the picture, sizes and labels (no node names).
std::string encodeRequest(const LayoutInput& input, const LayoutOptions& options, const char* splineMode) {
    std::string out;
    put(out, options.nodeSep);
    put(out, options.rankSep);
    put(out, options.labelFontSize);
    put<int32_t>(out, options.fastAbove);
    putString(out, splineMode);
    const VisibleGraph& vg = input.graph;
    put<uint64_t>(out, vg.items.size());
    for (const auto& item : vg.items) put<int32_t>(out, item.cluster);
    put<uint64_t>(out, vg.clusters.size());
    for (const auto& c : vg.clusters) {
        put<int32_t>(out, c.parent);
        putString(out, c.path);
    }
    put<uint64_t>(out, vg.edges.size());
    for (const auto& e : vg.edges) {
        put<int32_t>(out, e.from);
        put<int32_t>(out, e.to);
        put<uint8_t>(out, e.control);
        put<uint8_t>(out, e.stub);
    }
    put<uint64_t>(out, input.itemSizes.size());
    for (const auto& s : input.itemSizes) {
        put(out, s.width);
        put(out, s.height);
    }
    put<uint64_t>(out, input.edgeLabels.size());
    for (const auto& l : input.edgeLabels) putString(out, l);
    put<uint64_t>(out, input.clusterLabels.size());
    for (const auto& l : input.clusterLabels) putString(out, l);
    return out;
}

bool decodeRequest(const std::string& data, LayoutInput& input, LayoutOptions& options, std::string& splineMode) {
    Reader in{data};
    int32_t fastAbove = 0;
    if (!in.get(options.nodeSep) || !in.get(options.rankSep) || !in.get(options.labelFontSize) || !in.get(fastAbove) ||
        !in.string(splineMode))
        return false;
    options.fastAbove = fastAbove;
    VisibleGraph& vg = input.graph;
    uint64_t n = 0;
    if (!in.count(n, 4)) return false;
    vg.items.resize(size_t(n));
    for (auto& item : vg.items) {
        int32_t cluster = 0;
        if (!in.get(cluster)) return false;
        item.cluster = cluster;
    }
    if (!in.count(n, 12)) return false;
    vg.clusters.resize(size_t(n));
    for (auto& c : vg.clusters) {
        int32_t parent = 0;
        if (!in.get(parent) || !in.string(c.path)) return false;
        c.parent = parent;
    }
    if (!in.count(n, 10)) return false;
    vg.edges.resize(size_t(n));
    for (auto& e : vg.edges) {
        int32_t from = 0, to = 0;
        uint8_t control = 0, stub = 0;
        if (!in.get(from) || !in.get(to) || !in.get(control) || !in.get(stub)) return false;
        e.from = from;
        e.to = to;
        e.control = control != 0;
        e.stub = stub != 0;
    }
    if (!in.count(n, 16)) return false;
    input.itemSizes.resize(size_t(n));
    for (auto& s : input.itemSizes)
        if (!in.get(s.width) || !in.get(s.height)) return false;
    return in.strings(input.edgeLabels) && in.strings(input.clusterLabels) && in.pos == data.size();
}

std::string encodeResult(const Result<LayoutResult>& result) {
    std::string out;
    put<int32_t>(out, int32_t(result.status().code()));
    if (!result.ok()) {
        put<uint64_t>(out, result.status().parts().size());
        for (const auto& part : result.status().parts()) putPhrase(out, part);
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

Result<LayoutResult> decodeResult(const std::string& data) {
    Reader in{data};
    int32_t code = 0;
    if (!in.get(code)) return internalError(TFS_PHRASE("Errors", "layout worker sent no result"));
    if (code != 0) {
        uint64_t n = 0;
        std::vector<Phrase> parts;
        if (in.count(n, 24) && n > 0) parts.resize(size_t(n));
        for (auto& part : parts)
            if (!in.phrase(part)) {
                parts.clear();  // a torn error: report that instead
                break;
            }
        if (parts.empty()) return internalError(TFS_PHRASE("Errors", "layout worker sent a bad error"));
        Status status(StatusCode(code), parts.back());
        for (size_t i = parts.size() - 1; i-- > 0;) status = status.withContext(parts[i]);
        return status;
    }
    LayoutResult r;
    uint64_t n = 0;
    if (!in.get(r.width) || !in.get(r.height) || !in.get(r.seconds) || !in.count(n, 32))
        return internalError(TFS_PHRASE("Errors", "short layout result"));
    r.items.resize(n);
    for (auto& i : r.items)
        if (!in.rect(i)) return internalError(TFS_PHRASE("Errors", "short layout result"));
    if (!in.count(n, 32)) return internalError(TFS_PHRASE("Errors", "short layout result"));
    r.clusters.resize(n);
    for (auto& c : r.clusters)
        if (!in.rect(c)) return internalError(TFS_PHRASE("Errors", "short layout result"));
    if (!in.count(n, 42)) return internalError(TFS_PHRASE("Errors", "short layout result"));
    r.edges.resize(n);
    for (auto& e : r.edges) {
        uint64_t points = 0;
        if (!in.count(points, 16)) return internalError(TFS_PHRASE("Errors", "short layout result"));
        e.bezier.resize(points);
        for (auto& p : e.bezier)
            if (!in.get(p.x) || !in.get(p.y)) return internalError(TFS_PHRASE("Errors", "short layout result"));
        uint8_t arrow = 0, label = 0;
        if (!in.get(arrow) || !in.get(e.arrowTip.x) || !in.get(e.arrowTip.y) || !in.get(label) ||
            !in.get(e.labelCenter.x) || !in.get(e.labelCenter.y))
            return internalError(TFS_PHRASE("Errors", "short layout result"));
        e.hasArrow = arrow != 0;
        e.hasLabel = label != 0;
    }
    return r;
}

bool writeAll(int fd, const char* data, size_t size) {
    size_t done = 0;
    while (done < size) {
        ssize_t w = send(fd, data + done, size - done, MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR) continue;
        if (w < 0 && errno == ENOTSOCK) w = write(fd, data + done, size - done);  // a pipe
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return false;
        done += size_t(w);
    }
    return true;
}

// Blocking read of exactly `size` bytes; false at EOF or on an error.
bool readAll(int fd, char* data, size_t size) {
    size_t done = 0;
    while (done < size) {
        ssize_t r = read(fd, data + done, size - done);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return false;
        done += size_t(r);
    }
    return true;
}

// Runs in a freshly forked child: lays out and writes the encoded result to `fd`, then exits.
[[noreturn]] void layoutAndExit(const LayoutInput& input, const LayoutOptions& options, const char* splineMode, int fd) {
    // A crash here is expected now and then: die quietly, without the parent's crash handlers.
    for (int sig : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL}) signal(sig, SIG_DFL);
    std::string bytes;
    try {  // an exception must never unwind into the parent's code running in this copy
        bytes = encodeResult(detail::layoutHere(input, options, splineMode, /*inExitingChild=*/true));
    } catch (...) {
        _exit(4);
    }
    _exit(writeAll(fd, bytes.data(), bytes.size()) ? 0 : 3);
}

// CPU time (clock ticks) a process has used, from /proc/<pid>/stat; -1 when unreadable.
// `withChildren`: plus that of its children it has waited for.
long long cpuTicks(pid_t pid, bool withChildren = false) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(in, line)) return -1;
    size_t close = line.rfind(')');  // the command name may hold spaces and ')'
    if (close == std::string::npos) return -1;
    std::istringstream fields(line.substr(close + 2));
    std::string skip;
    for (int i = 3; i < 14; ++i) fields >> skip;  // state .. cmajflt
    long long user = 0, system = 0, childUser = 0, childSystem = 0;
    if (!(fields >> user >> system)) return -1;
    if (withChildren && !(fields >> childUser >> childSystem)) return -1;
    return user + system + childUser + childSystem;
}

// Layout is CPU-bound, so a child that used no CPU for this long is deadlocked, e.g. on an
// allocator lock another thread held at fork (ASan's, or a library's); it is killed and retried.
constexpr auto kStuckChild = std::chrono::seconds(10);

// ---- The worker: a small process that forks one child per request.
// Requests: u64 length + encodeRequest. Answers: i32 child pid, then i32 wait status + u64 length +
// encodeResult (the length is 0 when the child died before answering).

struct Worker {
    std::mutex mutex;  // requests go one at a time (layoutGraph holds its own lock as well)
    int fd = -1;       // our end of the socket; -1 = no worker (fork this process instead)
    pid_t pid = -1;
};

Worker& worker() {
    static Worker w;
    return w;
}

// Lays out a tiny graph once, so that Graphviz's code is paged in and its symbols are bound in the
// worker: each child inherits that instead of doing it again on the way to the first picture.
void warmUp() {
    LayoutInput tiny;
    tiny.graph.clusters.push_back({"warm", -1, 2});
    tiny.graph.items.resize(2);
    tiny.graph.items[0].cluster = 0;
    tiny.graph.edges.push_back({});
    tiny.graph.edges[0].from = 0;
    tiny.graph.edges[0].to = 1;
    tiny.edgeLabels = {"f32"};
    // Not freed (as in an exiting child): a few kilobytes once, and no gvFreeLayout double-free risk.
    (void)detail::layoutHere(tiny, {}, "spline", /*inExitingChild=*/true);
}

[[noreturn]] void serveRequests(int fd) {
#ifdef __linux__
    prctl(PR_SET_PDEATHSIG, SIGKILL);  // never outlive the application
#endif
    signal(SIGPIPE, SIG_IGN);
    signal(SIGINT, SIG_IGN);  // Ctrl+C in the terminal is for the application, which then closes the socket
    detail::loadGraphviz();   // while the application is still loading its model
    warmUp();
    for (;;) {
        uint64_t size = 0;
        if (!readAll(fd, reinterpret_cast<char*>(&size), sizeof size) || size > (uint64_t(1) << 34)) _exit(0);
        std::string request(size_t(size), '\0');
        if (!readAll(fd, request.data(), request.size())) _exit(0);
        LayoutInput input;
        LayoutOptions options;
        std::string mode;
        const bool ok = decodeRequest(request, input, options, mode);
        int result[2];
        if (pipe2(result, O_CLOEXEC) != 0) _exit(5);
        const pid_t child = fork();
        if (child == 0) {
            close(fd);
            close(result[0]);
            if (!ok) _exit(6);
            layoutAndExit(input, options, mode.c_str(), result[1]);
        }
        close(result[1]);
        const int32_t childPid = child < 0 ? 0 : int32_t(child);
        if (!writeAll(fd, reinterpret_cast<const char*>(&childPid), sizeof childPid)) _exit(0);
        std::string answer;
        char buf[65536];
        for (ssize_t r; child > 0 && ((r = read(result[0], buf, sizeof buf)) > 0 || (r < 0 && errno == EINTR));)
            if (r > 0) answer.append(buf, size_t(r));
        close(result[0]);
        int status = 0;
        while (child > 0 && waitpid(child, &status, 0) < 0 && errno == EINTR) {
        }
        if (child < 0) status = 5 << 8;  // "exited with status 5": fork failed
        std::string frame;
        put<int32_t>(frame, status);
        put<uint64_t>(frame, WIFEXITED(status) && WEXITSTATUS(status) == 0 ? answer.size() : 0);
        if (WIFEXITED(status) && WEXITSTATUS(status) == 0) frame += answer;
        if (!writeAll(fd, frame.data(), frame.size())) _exit(0);
    }
}

ChildOutcome describeExit(int status, bool killed, bool stuck, const std::string& answer, Result<LayoutResult>& out,
                          Phrase& crash) {
    if (stuck) {
        crash = phrase(TFS_PHRASE("Errors", "Graphviz worker made no progress for %1 s and was stopped"),
                       int64_t(kStuckChild.count()));
        return ChildOutcome::Crashed;
    }
    if (killed) return ChildOutcome::Cancelled;
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        out = decodeResult(answer);
        return ChildOutcome::Done;
    }
    crash = WIFSIGNALED(status) ? phrase(TFS_PHRASE("Errors", "Graphviz crashed (signal %1)"), WTERMSIG(status))
                                : phrase(TFS_PHRASE("Errors", "Graphviz worker exited with status %1"), WEXITSTATUS(status));
    return ChildOutcome::Crashed;
}

// Kills a cancelled child, or one that has used no CPU for kStuckChild.
struct ChildWatch {
    pid_t pid;
    bool killed = false, stuck = false;
    long long lastTicks = -1;
    std::chrono::steady_clock::time_point lastProgress = std::chrono::steady_clock::now();
    void check(const WorkContext& work) {
        if (killed) return;
        if (work.cancelled()) {
            kill(pid, SIGKILL);
            killed = true;
            return;
        }
        const auto now = std::chrono::steady_clock::now();
        if (long long ticks = cpuTicks(pid); ticks != lastTicks) {
            lastTicks = ticks;
            lastProgress = now;
        } else if (now - lastProgress > kStuckChild) {
            kill(pid, SIGKILL);
            killed = stuck = true;
        }
    }
};

// Waits for `fd` to become readable for up to 50 ms.
void waitReadable(int fd) {
    pollfd p{fd, POLLIN, 0};
    poll(&p, 1, 50);
}

// One request to the worker. False when the worker is gone or does not answer (the caller forks instead).
bool layoutViaWorker(Worker& w, const std::string& request, const WorkContext& work, ChildOutcome& outcome,
                     Result<LayoutResult>& out, Phrase& crash) {
    std::string frame;
    put<uint64_t>(frame, request.size());
    frame += request;
    if (!writeAll(w.fd, frame.data(), frame.size())) return false;
    // The answer: the child's pid, then its wait status, a length and the result. Read without
    // blocking, so that a cancel, a stuck child or a worker that stopped answering is noticed.
    std::string data;
    char buf[65536];
    std::optional<ChildWatch> watch;
    auto waitingSince = std::chrono::steady_clock::now();
    for (;;) {
        if (watch && watch->pid > 0) watch->check(work);
        ssize_t r = recv(w.fd, buf, sizeof buf, MSG_DONTWAIT);
        if (r > 0) {
            data.append(buf, size_t(r));
            if (!watch && data.size() >= 4) {
                int32_t pid = 0;
                std::memcpy(&pid, data.data(), sizeof pid);
                watch.emplace(ChildWatch{pid_t(pid)});
            }
            uint64_t size = 0;
            if (data.size() >= 16) std::memcpy(&size, data.data() + 8, sizeof size);
            if (data.size() >= 16 && data.size() - 16 >= size) break;
            continue;
        }
        if (r == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) return false;
        // No pid within the no-progress limit, or no answer soon after the child was killed: the worker hangs.
        const auto now = std::chrono::steady_clock::now();
        if (!watch && now - waitingSince > kStuckChild) return false;
        if (watch && !watch->killed) waitingSince = now;
        else if (watch && now - waitingSince > std::chrono::seconds(2)) return false;
        waitReadable(w.fd);
    }
    int32_t status = 0;
    std::memcpy(&status, data.data() + 4, sizeof status);
    outcome = describeExit(status, watch->killed, watch->stuck, data.substr(16), out, crash);
    return true;
}

// The old way: fork this process. Used when no worker runs (batch commands, tests) or it died.
ChildOutcome layoutInForkedSelf(const LayoutInput& input, const LayoutOptions& options, const char* splineMode,
                                const WorkContext& work, Result<LayoutResult>& out, Phrase& crash) {
    detail::loadGraphviz();  // once, in this process, before forking
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {  // no program the child might start inherits the pipe
        out = detail::layoutHere(input, options, splineMode, false);
        return ChildOutcome::Done;
    }
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        out = detail::layoutHere(input, options, splineMode, false);
        return ChildOutcome::Done;
    }
    if (pid == 0) {
        close(fds[0]);
        layoutAndExit(input, options, splineMode, fds[1]);
    }
    close(fds[1]);
    fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK);
    std::string data;
    char buf[65536];
    bool reaped = false;
    int status = 0;
    ChildWatch watch{pid};
    // Reads until EOF, but also watches the child itself: one that dies (or is killed) while
    // something else still holds the pipe open must not keep the parent waiting for EOF.
    for (;;) {
        watch.check(work);
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
        waitReadable(fds[0]);
    }
    close(fds[0]);
    while (!reaped && waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return describeExit(status, watch.killed, watch.stuck, data, out, crash);
}

}  // namespace

void startLayoutWorker() {
    Worker& w = worker();
    std::lock_guard<std::mutex> lock(w.mutex);
    if (w.fd >= 0) return;
    if (const char* how = std::getenv("TFSCOPE_LAYOUT_WORKER"); how && std::string(how) == "fork") return;
    int fds[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) return;
    const pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return;
    }
    if (pid == 0) {
        close(fds[0]);
        serveRequests(fds[1]);
    }
    close(fds[1]);
    timeval limit{10, 0};  // a request to a worker that stopped reading fails instead of blocking
    setsockopt(fds[0], SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof limit);
    w.fd = fds[0];
    w.pid = pid;
}

double layoutWorkerCpuSeconds() {
    Worker& w = worker();
    std::lock_guard<std::mutex> lock(w.mutex);
    const long long ticks = w.fd >= 0 ? cpuTicks(w.pid, /*withChildren=*/true) : -1;
    return ticks < 0 ? 0.0 : double(ticks) / double(sysconf(_SC_CLK_TCK));
}

bool layoutWorkerRunning() {
    Worker& w = worker();
    std::lock_guard<std::mutex> lock(w.mutex);
    return w.fd >= 0;
}

namespace detail {

ChildOutcome layoutInChild(const LayoutInput& input, const LayoutOptions& options, const char* splineMode,
                           const WorkContext& work, Result<LayoutResult>& out, Phrase& crash) {
    Worker& w = worker();
    {
        std::lock_guard<std::mutex> lock(w.mutex);
        if (w.fd >= 0) {
            ChildOutcome outcome = ChildOutcome::Crashed;
            if (layoutViaWorker(w, encodeRequest(input, options, splineMode), work, outcome, out, crash)) return outcome;
            // The worker is gone (killed, or out of memory): from now on fork this process.
            close(w.fd);
            w.fd = -1;
            kill(w.pid, SIGKILL);
            while (waitpid(w.pid, nullptr, 0) < 0 && errno == EINTR) {
            }
        }
    }
    return layoutInForkedSelf(input, options, splineMode, work, out, crash);
}

std::string encodeChildResult(const Result<LayoutResult>& result) { return encodeResult(result); }
Result<LayoutResult> decodeChildResult(const std::string& bytes) { return decodeResult(bytes); }

}  // namespace detail
}  // namespace tfs::layout
