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

// Whether a loop too small to wake a sleeping worker ran a chunk on a worker: each of its four
// chunks takes ~50 us, so an awake worker joins before the caller has taken them all.
bool cheapLoopShared(ThreadPool& pool) {
    const auto caller = std::this_thread::get_id();
    std::atomic<bool> shared{false};
    pool.run(4, 50000, [&](int64_t, int64_t) {
        if (std::this_thread::get_id() != caller) shared = true;
        const auto until = std::chrono::steady_clock::now() + std::chrono::microseconds(50);
        while (std::chrono::steady_clock::now() < until) {
        }
    });
    return shared;
}

// During a run an idle worker keeps spinning between the run's loops (here 400 us apart, far
// beyond the 50 us idle spin), and a run after a long one wakes a sleeping worker as it starts.
TEST(ThreadPool, RunsKeepAWorkerAwakeForTheirLoops) {
    ThreadPool pool(2, 50);
    int sharedDuringRun = 0, sharedAfterWake = 0;
    for (int round = 0; round < 20; ++round) {
        ThreadPool::RunScope run(&pool);
        pool.run(4, 1000000, [](int64_t, int64_t) {});  // worth a wake-up: the worker is awake now
        std::this_thread::sleep_for(std::chrono::microseconds(400));
        sharedDuringRun += cheapLoopShared(pool);
    }
    for (int round = 0; round < 10; ++round) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));  // the worker is asleep
        ThreadPool::RunScope run(&pool);  // the last run took over 300 us
        std::this_thread::sleep_for(std::chrono::microseconds(400));
        sharedAfterWake += cheapLoopShared(pool);
    }
    EXPECT_GT(sharedDuringRun, 0);
    EXPECT_GT(sharedAfterWake, 0);
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
