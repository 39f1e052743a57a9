#include "core/exec/thread_pool.h"

#include <algorithm>
#include <atomic>
#include <memory>

#include "core/exec/kernels/onednn.h"

namespace tfs::exec {

int ThreadPool::hardwareThreads() {
    unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : int(n);
}

ThreadPool::ThreadPool(int threads) {
    threads_ = threads <= 0 ? hardwareThreads() : std::min(threads, 256);
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

void ThreadPool::schedule(std::function<void()> task) {
    if (workers_.empty()) {
        task();
        return;
    }
    {
        std::lock_guard<std::mutex> lock(mutex_);
        queue_.push_back(std::move(task));
    }
    wake_.notify_one();
}

void ThreadPool::workerLoop() {
    for (;;) {
        std::function<void()> task;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
            if (queue_.empty()) return;  // stopping and drained
            task = std::move(queue_.front());
            queue_.pop_front();
        }
        task();
    }
}

namespace {
// Shared between the caller and helpers of one ParallelFor call; helpers that
// start after every chunk was taken return at once.
struct ForState {
    std::atomic<int64_t> next{0};
    int64_t chunks = 0;
    int64_t chunkSize = 0;
    int64_t total = 0;
    std::atomic<int64_t> done{0};
    std::mutex mutex;
    std::condition_variable finished;
    const std::function<void(int64_t, int64_t)>* fn = nullptr;

    void work() {
        for (;;) {
            int64_t c = next.fetch_add(1);
            if (c >= chunks) return;
            int64_t begin = c * chunkSize;
            int64_t end = std::min(total, begin + chunkSize);
            (*fn)(begin, end);
            if (done.fetch_add(1) + 1 == chunks) {
                std::lock_guard<std::mutex> lock(mutex);
                finished.notify_all();
            }
        }
    }
};
}  // namespace

void ThreadPool::run(int64_t total, int64_t costPerUnit, const std::function<void(int64_t, int64_t)>& fn) const {
    if (total <= 0) return;
    // Below ~50k cycles of work a chunk is not worth a thread hand-off.
    const int64_t minCost = 50000;
    int64_t cost = std::max<int64_t>(1, costPerUnit);
    int64_t maxChunks = std::max<int64_t>(1, (total * cost) / minCost);
    int64_t chunks = std::min<int64_t>({int64_t(threads_) * 4, maxChunks, total});
    if (threads_ <= 1 || chunks <= 1) {
        fn(0, total);
        return;
    }
    const int64_t chunkSize = (total + chunks - 1) / chunks;
    // With oneDNN the loop runs on its OpenMP team, so its threads and ours are one pool.
    if (kernels::onednnParallelChunks(threads_, (total + chunkSize - 1) / chunkSize,
                                      [&](int64_t c) { fn(c * chunkSize, std::min(total, (c + 1) * chunkSize)); }))
        return;
    auto state = std::make_shared<ForState>();
    state->chunkSize = chunkSize;
    state->chunks = (total + state->chunkSize - 1) / state->chunkSize;
    state->total = total;
    state->fn = &fn;
    int helpers = int(std::min<int64_t>(state->chunks - 1, int64_t(workers_.size())));
    {
        std::lock_guard<std::mutex> lock(mutex_);
        for (int i = 0; i < helpers; ++i) queue_.push_back([state] { state->work(); });
    }
    if (helpers == 1) wake_.notify_one();
    else wake_.notify_all();
    state->work();
    std::unique_lock<std::mutex> lock(state->mutex);
    state->finished.wait(lock, [&] { return state->done.load() >= state->chunks; });
}

}  // namespace tfs::exec
