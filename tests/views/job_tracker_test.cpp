// The job tracker's contract: every job gets a new generation, a newer job of the
// same kind cancels the older one and the older one's result and progress are
// dropped, cancel() stops delivery, and kinds do not interfere.
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <chrono>
#include <thread>

#include "views/job_tracker.h"

using namespace tfs;
using namespace tfs::views;

namespace {

// Blocks a worker until the test opens it (or 10 s pass, so a broken test cannot hang).
struct Gate {
    std::atomic<bool> open{false};
    void wait() const {
        for (int i = 0; i < 1000 && !open.load(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
};

// Waits until the tracker has no job left and every queued delivery ran.
bool settle(JobTracker& tracker) {
    tracker.waitForIdle();
    return QTest::qWaitFor([&] { return tracker.runningCount() == 0; }, 10000);
}

}  // namespace

class JobTrackerTest : public QObject {
    Q_OBJECT
private slots:
    void deliversOnTheUiThreadWithIncreasingGenerations() {
        JobTracker tracker;
        QSignalSpy changed(&tracker, &JobTracker::runningChanged);
        int result = 0;
        Qt::HANDLE deliveredOn = nullptr;
        quint64 g1 = tracker.start("load", "Loading", [&](const WorkContext&) {
            return std::function<void()>([&] {
                result = 1;
                deliveredOn = QThread::currentThreadId();
            });
        });
        QVERIFY(tracker.isRunning("load"));
        QVERIFY(settle(tracker));
        QCOMPARE(result, 1);
        QCOMPARE(deliveredOn, QThread::currentThreadId());
        QVERIFY(changed.count() >= 2);  // started, finished
        quint64 g2 = tracker.start("load", "Loading", [](const WorkContext&) { return std::function<void()>(); });
        QVERIFY(g2 > g1);
        QVERIFY(settle(tracker));
        QVERIFY(!tracker.isRunning("load"));
    }

    void newerJobOfTheSameKindDropsTheOlderResultAndProgress() {
        JobTracker tracker;
        QSignalSpy progress(&tracker, &JobTracker::progress);
        Gate gate;
        std::atomic<bool> olderSawCancel{false}, olderStarted{false};
        QStringList delivered;
        tracker.start("layout", "Layout", [&](const WorkContext& work) {
            olderStarted = true;
            gate.wait();
            olderSawCancel = work.cancelled();
            work.report(0.5, "older");
            return std::function<void()>([&] { delivered << "older"; });
        });
        QVERIFY(QTest::qWaitFor([&] { return olderStarted.load(); }, 10000));  // replaced while it works
        tracker.start("layout", "Layout", [&](const WorkContext& work) {
            gate.wait();
            work.report(0.5, "newer");
            return std::function<void()>([&] { delivered << "newer"; });
        });
        gate.open = true;
        QVERIFY(settle(tracker));
        QCoreApplication::processEvents();
        QCOMPARE(delivered, QStringList{"newer"});
        QVERIFY(olderSawCancel.load());
        for (const auto& args : progress) QCOMPARE(args.at(3).toString(), QStringLiteral("newer"));
        QCOMPARE(progress.count(), 1);
    }

    void cancelStopsDeliveryAndTellsTheWork() {
        JobTracker tracker;
        Gate gate;
        std::atomic<bool> sawCancel{false}, started{false};
        bool delivered = false;
        tracker.start("stats", "Statistics", [&](const WorkContext& work) {
            started = true;
            gate.wait();
            sawCancel = work.cancelled();
            return std::function<void()>([&] { delivered = true; });
        });
        QVERIFY(QTest::qWaitFor([&] { return started.load(); }, 10000));  // cancel while it works
        tracker.cancel("stats");
        QVERIFY(!tracker.isRunning("stats"));
        gate.open = true;
        QVERIFY(settle(tracker));
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
        QVERIFY(sawCancel.load());
    }

    void kindsAreIndependent() {
        JobTracker tracker;
        Gate gate;
        QStringList delivered;
        for (const char* kind : {"load", "layout", "stats"})
            tracker.start(kind, kind, [&, kind](const WorkContext&) {
                gate.wait();
                return std::function<void()>([&delivered, kind] { delivered << kind; });
            });
        QCOMPARE(tracker.runningCount(), 3);
        tracker.cancel("layout");
        QCOMPARE(tracker.runningCount(), 2);
        gate.open = true;
        QVERIFY(settle(tracker));
        QCoreApplication::processEvents();
        delivered.sort();
        QCOMPARE(delivered, (QStringList{"load", "stats"}));
    }

    void cancelAllAndDestructionDeliverNothing() {
        Gate gate;
        bool delivered = false;
        {
            JobTracker tracker;
            tracker.start("a", "A", [&](const WorkContext&) {
                gate.wait();
                return std::function<void()>([&] { delivered = true; });
            });
            tracker.cancelAll();
            QCOMPARE(tracker.runningCount(), 0);
            gate.open = true;
        }  // the destructor waits for the worker
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }
};

QTEST_MAIN(JobTrackerTest)
#include "job_tracker_test.moc"
