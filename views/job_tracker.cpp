#include "views/job_tracker.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <algorithm>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <QWaitCondition>

namespace tfs::views {

namespace {

// The application's schedule: shared jobs run side by side on a small pool; exclusive jobs
// (latency, measurements) queue on a lane of their own and start only when no shared job
// runs, and shared jobs wait while one runs, so timings are not disturbed.
struct Schedule {
    QThreadPool shared;
    QThreadPool exclusive;
    QMutex mutex;
    QWaitCondition changed;
    int sharedActive = 0;
    bool exclusiveActive = false;
    std::atomic<int> jobs{0};

    Schedule() {
        shared.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        exclusive.setMaxThreadCount(1);
    }

    // Waits (checking for cancellation) until the job may run; false when cancelled while waiting.
    bool enter(JobTracker::Lane lane, const WorkContext& context) {
        QMutexLocker lock(&mutex);
        while (lane == JobTracker::Lane::Shared ? exclusiveActive : sharedActive > 0) {
            if (context.cancelled()) return false;
            changed.wait(&mutex, 50);
        }
        if (lane == JobTracker::Lane::Shared) ++sharedActive;
        else exclusiveActive = true;
        return true;
    }

    void leave(JobTracker::Lane lane) {
        QMutexLocker lock(&mutex);
        if (lane == JobTracker::Lane::Shared) --sharedActive;
        else exclusiveActive = false;
        changed.wakeAll();
    }
};

Schedule& schedule() {
    static Schedule* s = new Schedule;  // never destroyed: workers may still return during exit
    return *s;
}

}  // namespace

JobTracker::JobTracker(QObject* parent) : QObject(parent), outstanding_(std::make_shared<std::atomic<int>>(0)) {}

JobTracker::~JobTracker() {
    cancelAll();
    waitForIdle();
}

int JobTracker::applicationJobCount() { return schedule().jobs.load(); }

quint64 JobTracker::start(const QString& kind, const QString& title,
                          std::function<std::function<void()>(const WorkContext&)> work, Lane lane) {
    cancel(kind);
    Running r;
    r.generation = nextGeneration_++;
    r.title = title;
    running_[kind] = r;
    emit runningChanged();

    const quint64 generation = r.generation;
    QPointer<JobTracker> self(this);
    WorkContext context;
    context.cancel = r.cancel;
    context.progress = [self, kind, title, generation](double fraction, const Phrase& what) {
        const QString text = progressText(what);
        QMetaObject::invokeMethod(
            self.data(),
            [self, kind, title, generation, fraction, text] {
                if (!self) return;
                auto it = self->running_.find(kind);
                if (it != self->running_.end() && it->second.generation == generation)
                    emit self->progress(kind, title, fraction, text);
            },
            Qt::QueuedConnection);
    };
    auto outstanding = outstanding_;
    ++*outstanding;
    ++schedule().jobs;
    auto task = [self, kind, generation, context, lane, outstanding, work = std::move(work)] {
        std::function<void()> deliver;
        if (!context.cancelled() && schedule().enter(lane, context)) {
            if (!context.cancelled()) deliver = work(context);
            schedule().leave(lane);
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, kind, generation, context, deliver] {
                if (!self) return;
                auto it = self->running_.find(kind);
                if (it == self->running_.end() || it->second.generation != generation) return;  // stale
                self->running_.erase(it);
                if (deliver && !context.cancelled()) deliver();
                emit self->runningChanged();
            },
            Qt::QueuedConnection);
        --schedule().jobs;
        --*outstanding;
    };
    (lane == Lane::Shared ? schedule().shared : schedule().exclusive).start(std::move(task));
    return generation;
}

void JobTracker::cancel(const QString& kind) {
    auto it = running_.find(kind);
    if (it == running_.end()) return;
    it->second.cancel.cancel();
    running_.erase(it);
    emit runningChanged();
}

void JobTracker::cancelAll() {
    for (auto& [kind, r] : running_) r.cancel.cancel();
    bool had = !running_.empty();
    running_.clear();
    if (had) emit runningChanged();
}

bool JobTracker::isRunning(const QString& kind) const { return running_.count(kind) > 0; }

void JobTracker::waitForIdle() {
    while (outstanding_->load() > 0) QThread::msleep(2);
}

}  // namespace tfs::views
