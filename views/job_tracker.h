#pragma once
// Runs long work (loading, layout, statistics, measurements) off the UI thread.
// Every window part that starts work holds a JobTracker: its kinds are its own
// (a new job of a kind cancels the old one; stale results are dropped), but all
// trackers share one application-wide pool and one schedule, so the machine's
// cores are not oversubscribed and a measurement never runs beside other work.

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <map>
#include <memory>

#include "core/util/progress.h"
#include "views/core_text.h"

namespace tfs::views {

class JobTracker : public QObject {
    Q_OBJECT
public:
    /// How a job shares the machine with other jobs of the application.
    enum class Lane {
        Shared,     // runs beside other shared jobs (loading, layout, statistics)
        Exclusive,  // one at a time, and only while no other job runs (timing, measurements)
    };

    explicit JobTracker(QObject* parent = nullptr);
    ~JobTracker() override;

    /// Runs `work(context)` on a worker thread, then `done()` on the UI thread
    /// unless a newer job of the same kind was started or the job was cancelled.
    /// `work` returns the function to call on the UI thread (capturing its result).
    /// Returns the job's generation.
    quint64 start(const QString& kind, const QString& title,
                  std::function<std::function<void()>(const WorkContext&)> work, Lane lane = Lane::Shared);
    /// Cancels the running job of this kind, if any.
    void cancel(const QString& kind);
    /// Cancels every running job of this tracker.
    void cancelAll();
    /// True while a job of this kind runs.
    bool isRunning(const QString& kind) const;
    /// Number of this tracker's jobs running.
    int runningCount() const { return int(running_.size()); }
    /// Blocks until every worker this tracker started has finished (for shutdown and tests).
    void waitForIdle();

    /// Jobs of the whole application whose work is running or waiting for its turn.
    static int applicationJobCount();

signals:
    /// Progress of the latest job of a kind, fraction in [0,1].
    void progress(const QString& kind, const QString& title, double fraction, const QString& what);
    /// A job of this kind started or finished (delivered, dropped or cancelled).
    void runningChanged();

private:
    struct Running {
        quint64 generation = 0;
        CancelToken cancel;
        QString title;
    };
    std::map<QString, Running> running_;
    quint64 nextGeneration_ = 1;
    // Workers of this tracker not yet returned (shared with them: they may outlive a delivery).
    std::shared_ptr<std::atomic<int>> outstanding_;
};

}  // namespace tfs::views
