#pragma once
// What a user feels while work runs: the longest time the UI thread handled no events. A 1 ms timer
// ticks while the bench spins the event loop; the largest gap between two ticks is the longest stall
// (one event handler, one paint, one delivered job result that ran too long). On a shared machine a
// wall-clock gap also counts time the thread waited for a core, so the UI thread's CPU time over the
// same gap is kept too: that part does not depend on the machine's load.
#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <ctime>

namespace tfs::bench {

class UiStallMeter {
public:
    UiStallMeter() {
        timer_.setTimerType(Qt::PreciseTimer);
        timer_.setInterval(1);
        QObject::connect(&timer_, &QTimer::timeout, [this] { tick(); });
    }
    void start() {
        longestMs_ = longestCpuMs_ = 0;
        clock_.restart();
        cpuAtTick_ = threadCpuMs();
        timer_.start();
    }
    /// Stops; the longest stall is then longestMs() (wall) and longestCpuMs() (UI thread CPU).
    void stop() {
        tick();
        timer_.stop();
    }
    double longestMs() const { return longestMs_; }
    double longestCpuMs() const { return longestCpuMs_; }

private:
    static double threadCpuMs() {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
    }
    void tick() {
        const double cpu = threadCpuMs();
        longestMs_ = std::max(longestMs_, double(clock_.nsecsElapsed()) / 1e6);
        longestCpuMs_ = std::max(longestCpuMs_, cpu - cpuAtTick_);
        clock_.restart();
        cpuAtTick_ = cpu;
    }
    QTimer timer_;
    QElapsedTimer clock_;
    double cpuAtTick_ = 0;
    double longestMs_ = 0, longestCpuMs_ = 0;
};

}  // namespace tfs::bench
