// The session's thread pool: every chunk of a loop runs exactly once whether the workers spin,
// sleep or are busy; queued tasks reach a sleeping worker.

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>
#include <vector>

#include "core/exec/thread_pool.h"

namespace tfs::exec {
namespace {

// Loops of every size, back to back and after the workers have had time to fall asleep.
TEST(ThreadPool, LoopsCoverTheirRangeOnceWhetherWorkersSpinOrSleep) {
    for (int spin : {0, 50, 100000}) {
        for (int threads : {2, 3}) {
            ThreadPool pool(threads, spin);
            for (int round = 0; round < 40; ++round) {
                const int64_t total = 1 + round * 97;
                std::vector<std::atomic<int>> hits(static_cast<size_t>(total));
                pool.run(total, round % 2 ? 100 : 1000000, [&](int64_t b, int64_t e) {
                    for (int64_t i = b; i < e; ++i) hits[size_t(i)]++;
                });
                for (int64_t i = 0; i < total; ++i) ASSERT_EQ(hits[size_t(i)].load(), 1) << "spin " << spin << " threads " << threads << " round " << round;
                if (round % 8 == 7) std::this_thread::sleep_for(std::chrono::microseconds(spin > 1000 ? 200 : 2000));
            }
        }
    }
}

// A task queued while one worker is busy must reach the other, sleeping, worker: an idle count
// that included busy workers would leave it queued behind the busy one (here: for ever).
TEST(ThreadPool, ScheduledTaskWakesASleepingWorkerWhileAnotherIsBusy) {
    for (int spin : {0, 50}) {
        ThreadPool pool(3, spin);
        std::this_thread::sleep_for(std::chrono::milliseconds(5));  // both workers asleep
        std::promise<void> secondRan;
        std::future<void> second = secondRan.get_future();
        std::atomic<bool> release{false};
        std::promise<void> firstDone;
        pool.schedule([&] {
            while (!release.load()) std::this_thread::sleep_for(std::chrono::microseconds(100));
            firstDone.set_value();
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(2));  // the first task is running
        pool.schedule([&] { secondRan.set_value(); });
        const bool ran = second.wait_for(std::chrono::seconds(10)) == std::future_status::ready;
        release = true;
        firstDone.get_future().wait();
        ASSERT_TRUE(ran) << "spin " << spin << ": the second task waited for the busy worker";
    }
}

// Waits up to a second for the pool's worker to go to sleep once more than `before` times.
bool sleepsBeyond(const ThreadPool& pool, int64_t before) {
    for (int i = 0; i < 1000 && pool.sleeps() <= before; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return pool.sleeps() > before;
}

// During a run an idle worker keeps spinning between the run's loops (600 us here, far beyond the
// 50 us idle spin) and sleeps 50 us after the run; a run after a long one wakes it as it starts.
TEST(ThreadPool, RunsKeepAWorkerAwakeForTheirLoops) {
    ThreadPool pool(2, 50);
    ASSERT_TRUE(sleepsBeyond(pool, 0));  // the new worker found nothing to do
    constexpr int kRounds = 8;
    int64_t asleepDuringRuns = 0;
    for (int round = 0; round < kRounds; ++round) {
        const int64_t before = pool.sleeps();
        {
            ThreadPool::RunScope run(&pool);
            pool.run(4, 1000000, [](int64_t, int64_t) {});  // worth a wake-up
            std::this_thread::sleep_for(std::chrono::microseconds(600));
            asleepDuringRuns += pool.sleeps() - before;
        }
        EXPECT_TRUE(sleepsBeyond(pool, before)) << "the worker never slept after the run";
        // The run took over 300 us and the worker is asleep: the next run wakes it at once.
        const int64_t woken = pool.prewakes();
        {
            ThreadPool::RunScope run(&pool);
            EXPECT_EQ(pool.prewakes(), woken + 1);
        }
        sleepsBeyond(pool, pool.sleeps());
    }
    // Idle spinning is wall time: a worker that another process keeps off its core for a millisecond
    // sleeps when it gets the core back. Without the run's spin it would sleep in every round.
    EXPECT_LT(asleepDuringRuns, kRounds);
}

// Nested loops from inside a chunk and loops from several threads at once finish.
TEST(ThreadPool, NestedAndConcurrentLoopsFinish) {
    ThreadPool pool(2, 50);
    std::atomic<int64_t> sum{0};
    std::vector<std::thread> callers;
    for (int t = 0; t < 3; ++t)
        callers.emplace_back([&] {
            for (int r = 0; r < 50; ++r)
                pool.run(4, 1000000, [&](int64_t b, int64_t e) {
                    for (int64_t i = b; i < e; ++i) pool.run(10, 1000000, [&](int64_t b2, int64_t e2) { sum += e2 - b2; });
                });
        });
    for (auto& c : callers) c.join();
    EXPECT_EQ(sum.load(), 3 * 50 * 4 * 10);
}

}  // namespace
}  // namespace tfs::exec
