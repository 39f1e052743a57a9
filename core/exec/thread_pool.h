#pragma once
// A fixed pool of worker threads shared by one session: inter-op helpers run
// ready graph nodes, and ParallelFor splits kernels' loops across the workers.
// Callers always take part in their own work, so nested waits never deadlock.
//
// An idle worker spins for a short while (spinMicros) before it sleeps: waking a sleeping thread
// costs the caller a system call and the work 10-60 us on the VMs measured here, more than a
// batch-1 dense layer takes, while a spinning one joins in well under a microsecond. A loop
// hands chunks only to workers that are awake, or wakes one when the loop is long enough to
// pay for the wake-up, and never waits for a worker that has not started a chunk.
// While a run of the session is in progress (RunScope), idle workers spin up to a millisecond
// between its loops, and a run that follows a long one wakes a sleeping worker as it starts: the
// first split kernel of a run then finds a helper awake instead of paying a wake-up.

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "core/exec/kernel.h"

namespace tfs::exec {

class ThreadPool : public ParallelFor {
public:
    /// threads = total parallelism including the caller; 0 = all cores. Starts threads-1 workers.
    /// spinMicros: how long an idle worker waits for new work before it sleeps; negative = the
    /// default (defaultSpinMicros()).
    explicit ThreadPool(int threads = 0, int spinMicros = -1);
    ~ThreadPool() override;
    ThreadPool(const ThreadPool&) = delete;
    ThreadPool& operator=(const ThreadPool&) = delete;

    /// Queues a task for a worker; with no workers it runs inline.
    void schedule(std::function<void()> task);
    /// Splits [0,total) into chunks run by the caller and idle workers; returns when all are done.
    void run(int64_t total, int64_t costPerUnit, const std::function<void(int64_t, int64_t)>& fn) const override;
    /// Total parallelism (workers + the calling thread).
    int threads() const override { return threads_; }

    /// Marks a run of the session in progress (see the file comment).
    class RunScope {
    public:
        explicit RunScope(ThreadPool* pool);
        ~RunScope();
        RunScope(const RunScope&) = delete;
        RunScope& operator=(const RunScope&) = delete;

    private:
        ThreadPool* pool_;
        int64_t startNs_ = 0;
    };

    /// How often a worker went to sleep, and how many runs woke a sleeping worker as they started.
    int64_t sleeps() const { return sleeps_.load(std::memory_order_relaxed); }
    int64_t prewakes() const { return prewakes_.load(std::memory_order_relaxed); }

    /// Number of hardware threads (at least 1).
    static int hardwareThreads();
    /// The idle spin: TFSCOPE_POOL_SPIN_US from the environment (0 = sleep at once), else 50 us.
    static int defaultSpinMicros();

private:
    void workerLoop();
    /// Waits up to spinMicros_ for a queued task; false when the worker should sleep.
    bool spinForWork() const;
    /// Queues `task` for a worker and wakes a sleeping one when no idle worker will take it. With
    /// `wake` false it is queued only if an idle worker is spinning; returns whether it was queued.
    bool push(std::function<void()> task, bool wake) const;

    int threads_ = 1;
    int spinMicros_ = 0;
    std::vector<std::thread> workers_;
    mutable std::mutex mutex_;
    mutable std::condition_variable wake_;
    mutable std::deque<std::function<void()>> queue_;
    mutable std::atomic<int> queued_{0};  // queue_.size(), readable without the lock by spinners
    mutable std::atomic<int> idle_{0};    // workers spinning for work (changed under mutex_)
    mutable int sleeping_ = 0;            // workers asleep on wake_ (under mutex_)
    mutable std::atomic<int64_t> lastLoopEnd_{0};  // steady_clock ns when the last parallel loop ended
    std::atomic<int> activeRuns_{0};               // RunScopes alive
    std::atomic<int64_t> lastRunNs_{0};            // how long the last run took
    std::atomic<int64_t> lastRunEndNs_{0};         // steady_clock ns when the last run ended
    mutable std::atomic<int64_t> sleeps_{0}, prewakes_{0};
    std::atomic<bool> stopping_{false};
};

}  // namespace tfs::exec
