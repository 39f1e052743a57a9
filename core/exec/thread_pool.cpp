#include "core/exec/thread_pool.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <memory>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

#include "core/exec/kernels/onednn.h"

namespace tfs::exec {

namespace {

inline void cpuRelax() {
#if defined(__x86_64__) || defined(__i386__)
    _mm_pause();
#endif
}

// Below ~50k cycles of work a chunk is not worth handing to another thread.
constexpr int64_t kMinChunkCost = 50000;
// A loop worth waking a sleeping worker for by itself (~250 us): the wake-up costs the caller
// 7-16 us of system call and the worker 10-60 us before it starts (measured on these VMs).
constexpr int64_t kWakeMinCost = 1000000;
// While a run is in progress an idle worker spins this long for the run's next loop.
constexpr int64_t kRunSpinMicros = 1000;
// A run that follows one at least this long wakes a sleeping worker as it starts (the wake-up's
// system call, 7-16 us, is then small beside the run).
constexpr int64_t kPrewakeMinRunNs = 300000;

int64_t nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

int ThreadPool::hardwareThreads() {
    unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : int(n);
}

int ThreadPool::defaultSpinMicros() {
    static const int spin = [] {
        const char* v = std::getenv("TFSCOPE_POOL_SPIN_US");
        if (!v || !*v) return 50;
        char* end = nullptr;
        long us = std::strtol(v, &end, 10);
        return (*end || us < 0) ? 50 : int(std::min<long>(us, 100000));
    }();
    return spin;
}

ThreadPool::ThreadPool(int threads, int spinMicros) {
    threads_ = threads <= 0 ? hardwareThreads() : std::min(threads, 256);
    spinMicros_ = spinMicros < 0 ? defaultSpinMicros() : spinMicros;
    idle_ = threads_ - 1;
    for (int i = 1; i < threads_; ++i) workers_.emplace_back([this] { workerLoop(); });
}

ThreadPool::~ThreadPool() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    for (auto& t : workers_) t.join();
}

bool ThreadPool::push(std::function<void()> task, bool wake) const {
    bool notify = false;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        // Unless a worker will run it, a task that must not wake anyone is not queued at all
        // (queued, it would wait for the next wake-up).
        if (!wake && int(queue_.size()) >= idle_) return false;
        queue_.push_back(std::move(task));
        queued_.fetch_add(1, std::memory_order_relaxed);
        // An idle worker takes it without a wake-up: it rechecks the queue under this lock
        // before it sleeps, so nothing is lost.
        notify = sleeping_ > 0 && int(queue_.size()) > idle_;
    }
    if (notify) wake_.notify_one();
    return true;
}

void ThreadPool::schedule(std::function<void()> task) {
    if (workers_.empty()) {
        task();
        return;
    }
    push(std::move(task), true);
}

bool ThreadPool::spinForWork() const {
    if (spinMicros_ <= 0) return false;
    const int64_t start = nowNs(), spinNs = int64_t(spinMicros_) * 1000;
    const int64_t runDeadline = start + std::max(spinNs, kRunSpinMicros * 1000);
    for (;;) {
        for (int i = 0; i < 32; ++i) {
            if (queued_.load(std::memory_order_relaxed) > 0 || stopping_.load(std::memory_order_relaxed)) return true;
            cpuRelax();
        }
        // While oneDNN's OpenMP team runs a primitive, its threads need the cores.
        if (kernels::onednnTeamBusy()) return false;
        // During a run: up to a millisecond. Otherwise the spin time from this spin's start or the
        // last run's end, whichever is later (back-to-back runs keep the worker awake).
        const int64_t now = nowNs();
        if (activeRuns_.load(std::memory_order_relaxed) > 0) {
            if (now >= runDeadline) return false;
        } else if (now >= std::max(start, lastRunEndNs_.load(std::memory_order_relaxed)) + spinNs) {
            return false;
        }
    }
}

ThreadPool::RunScope::RunScope(ThreadPool* pool) : pool_(pool) {
    if (!pool_) return;
    startNs_ = nowNs();
    pool_->activeRuns_.fetch_add(1, std::memory_order_relaxed);
    if (pool_->workers_.empty() || pool_->spinMicros_ <= 0 || pool_->lastRunNs_.load(std::memory_order_relaxed) < kPrewakeMinRunNs) return;
    bool asleep;
    {
        std::lock_guard<std::mutex> lock(pool_->mutex_);
        asleep = pool_->sleeping_ > 0 && pool_->idle_ == 0;
    }
    if (!asleep) return;
    pool_->prewakes_.fetch_add(1, std::memory_order_relaxed);
    pool_->push([] {}, true);  // it then spins for the run's first loop
}

ThreadPool::RunScope::~RunScope() {
    if (!pool_) return;
    const int64_t end = nowNs();
    pool_->lastRunNs_.store(end - startNs_, std::memory_order_relaxed);
    pool_->lastRunEndNs_.store(end, std::memory_order_relaxed);
    pool_->activeRuns_.fetch_sub(1, std::memory_order_relaxed);
}

void ThreadPool::workerLoop() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
        if (!queue_.empty()) {
            std::function<void()> task = std::move(queue_.front());
            queue_.pop_front();
            queued_.fetch_sub(1, std::memory_order_relaxed);
            idle_--;
            lock.unlock();
            task();
            task = nullptr;  // its captures are released before the worker waits again
            lock.lock();
            idle_++;
            continue;
        }
        if (stopping_) return;
        lock.unlock();
        const bool found = spinForWork();
        lock.lock();
        if (found || !queue_.empty() || stopping_) continue;
        idle_--;
        sleeping_++;
        sleeps_.fetch_add(1, std::memory_order_relaxed);
        wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        sleeping_--;
        idle_++;
    }
}

namespace {
// Shared between the caller and helpers of one ParallelFor call; helpers that start after
// every chunk was taken return at once, and the caller waits only for chunks a helper took.
struct ForState {
    std::atomic<int64_t> next{0};
    int64_t chunks = 0;
    int64_t chunkSize = 0;
    int64_t total = 0;
    std::atomic<int64_t> done{0};
    std::atomic<bool> callerSleeps{false};
    std::mutex mutex;
    std::condition_variable finished;
    const std::function<void(int64_t, int64_t)>* fn = nullptr;

    /// Runs chunk c (claimed from `next`).
    void chunk(int64_t c) {
        const int64_t begin = c * chunkSize;
        (*fn)(begin, std::min(total, begin + chunkSize));
        // seq_cst pairs with the caller's store of callerSleeps and load of done (wait()).
        if (done.fetch_add(1) + 1 == chunks && callerSleeps.load()) {
            std::lock_guard<std::mutex> lock(mutex);
            finished.notify_all();
        }
    }
    /// Runs chunks until none is left.
    void work() {
        for (int64_t c = next.fetch_add(1); c < chunks; c = next.fetch_add(1)) chunk(c);
    }

    /// The caller, after its own chunks: spins briefly for the helpers' last chunks, then sleeps.
    void wait() {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::microseconds(20);
        while (done.load() < chunks) {
            for (int i = 0; i < 32 && done.load(std::memory_order_relaxed) < chunks; ++i) cpuRelax();
            if (std::chrono::steady_clock::now() < deadline) continue;
            std::unique_lock<std::mutex> lock(mutex);
            callerSleeps.store(true);
            finished.wait(lock, [&] { return done.load() >= chunks; });
        }
    }
};
}  // namespace

void ThreadPool::run(int64_t total, int64_t costPerUnit, const std::function<void(int64_t, int64_t)>& fn) const {
    if (total <= 0) return;
    const int64_t cost = std::max<int64_t>(1, costPerUnit);
    const int64_t maxChunks = std::max<int64_t>(1, (total * cost) / kMinChunkCost);
    const int64_t chunks = std::min<int64_t>({int64_t(threads_) * 4, maxChunks, total});
    if (workers_.empty() || chunks <= 1) {
        fn(0, total);
        return;
    }
    // Idle (spinning) workers join at once. A sleeping one is woken only when that pays: for a
    // long loop (it still helps arriving late), or when loops follow each other closely (it then
    // stays awake, spinning, for the next ones). The caller never waits for a worker to start.
    const int64_t now = nowNs();
    const bool recent = spinMicros_ > 0 && now - lastLoopEnd_.load(std::memory_order_relaxed) < int64_t(spinMicros_) * 1000;
    const bool wake = recent || total * cost >= kWakeMinCost;
    if (!wake && idle_.load(std::memory_order_relaxed) == 0) {
        fn(0, total);  // nobody to share it with, and not worth a wake-up
        lastLoopEnd_.store(nowNs(), std::memory_order_relaxed);
        return;
    }
    auto state = std::make_shared<ForState>();
    state->chunkSize = (total + chunks - 1) / chunks;
    state->chunks = (total + state->chunkSize - 1) / state->chunkSize;
    state->total = total;
    state->fn = &fn;
    // The caller claims the first chunk before any helper can (so a loop split once per thread
    // keeps giving the caller the same part, whose data stays in its core's cache).
    const int64_t first = state->next.fetch_add(1);
    const int helpers = int(std::min<int64_t>(state->chunks - 1, int64_t(workers_.size())));
    for (int i = 0; i < helpers; ++i)
        if (!push([state] { state->work(); }, wake)) break;
    state->chunk(first);
    state->work();
    state->wait();
    lastLoopEnd_.store(nowNs(), std::memory_order_relaxed);
}

}  // namespace tfs::exec
