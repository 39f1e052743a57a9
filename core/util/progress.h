#pragma once
// Progress reporting and cooperative cancellation for long work in core.

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/util/phrase.h"

namespace tfs {

/// Shared flag a caller sets to ask long work to stop; cheap to poll.
class CancelToken {
public:
    void cancel() { flag_->store(true, std::memory_order_relaxed); }
    bool cancelled() const { return flag_->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic<bool>> flag_ = std::make_shared<std::atomic<bool>>(false);
};

/// Receives (fraction done in [0,1], what is happening: a phrase of the "Progress" context). May be empty.
using ProgressSink = std::function<void(double, const Phrase&)>;

/// What long-running core functions take: progress sink plus cancel token.
struct WorkContext {
    ProgressSink progress;
    CancelToken cancel;

    void report(double fraction, std::string phrase, std::vector<std::string> args = {}) const {
        if (progress) progress(fraction, Phrase{std::move(phrase), std::move(args)});
    }
    void report(double fraction, const Phrase& what) const {
        if (progress) progress(fraction, what);
    }
    /// The context of a part of this work: its fractions land in [from, to]; same cancel token.
    WorkContext part(double from, double to) const {
        WorkContext sub;
        sub.cancel = cancel;
        if (progress)
            sub.progress = [sink = progress, from, to](double f, const Phrase& what) { sink(from + (to - from) * f, what); };
        return sub;
    }
    bool cancelled() const { return cancel.cancelled(); }
};

}  // namespace tfs
