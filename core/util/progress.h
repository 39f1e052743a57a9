#pragma once
// Progress reporting and cooperative cancellation for long work in core.

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

/// Marks an English phrase of core for translation. lupdate reads it as QT_TRANSLATE_NOOP
/// (app/CMakeLists.txt passes the alias); the GUI looks the phrase up in that context.
#define TFS_PHRASE(context, text) text

namespace tfs {

/// Shared flag a caller sets to ask long work to stop; cheap to poll.
class CancelToken {
public:
    void cancel() { flag_->store(true, std::memory_order_relaxed); }
    bool cancelled() const { return flag_->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic<bool>> flag_ = std::make_shared<std::atomic<bool>>(false);
};

/// What long work is doing: an English phrase with %1, %2 … placeholders and the values that fill
/// them, kept apart so that the GUI can show the phrase translated ("Progress" context).
struct ProgressText {
    std::string phrase;
    std::vector<std::string> args;

    /// The phrase with its placeholders filled.
    std::string english() const;
};

/// Fills %1 … %9 of `phrase` with `args` in one pass (a value that itself holds "%2" stays as it is).
std::string fillPlaceholders(const std::string& phrase, const std::vector<std::string>& args);

/// Receives (fraction done in [0,1], what is happening). May be empty.
using ProgressSink = std::function<void(double, const ProgressText&)>;

/// What long-running core functions take: progress sink plus cancel token.
struct WorkContext {
    ProgressSink progress;
    CancelToken cancel;

    void report(double fraction, std::string phrase, std::vector<std::string> args = {}) const {
        if (progress) progress(fraction, ProgressText{std::move(phrase), std::move(args)});
    }
    void report(double fraction, const ProgressText& what) const {
        if (progress) progress(fraction, what);
    }
    /// The context of a part of this work: its fractions land in [from, to]; same cancel token.
    WorkContext part(double from, double to) const {
        WorkContext sub;
        sub.cancel = cancel;
        if (progress)
            sub.progress = [sink = progress, from, to](double f, const ProgressText& what) { sink(from + (to - from) * f, what); };
        return sub;
    }
    bool cancelled() const { return cancel.cancelled(); }
};

}  // namespace tfs
