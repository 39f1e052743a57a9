#include "core/compare/latency.h"

#include <algorithm>
#include <chrono>

namespace tfs::compare {

double median(std::vector<double> values) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    size_t n = values.size();
    return n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

namespace {

Result<double> timeOnce(TimedRun& run, uint64_t* peak) {
    auto start = std::chrono::steady_clock::now();
    auto outputs = run.runner->run(run.feeds, run.fetches);
    auto end = std::chrono::steady_clock::now();
    if (!outputs.ok()) return outputs.status();
    *peak = std::max(*peak, run.runner->peakBytes());
    return std::chrono::duration<double, std::milli>(end - start).count();
}

LatencyStats summarize(std::vector<double> ms, int warmup, uint64_t peak) {
    LatencyStats s;
    s.runs = int(ms.size());
    s.warmup = warmup;
    s.peakBytes = peak;
    if (!ms.empty()) {
        s.medianMs = median(ms);
        s.minMs = *std::min_element(ms.begin(), ms.end());
        s.maxMs = *std::max_element(ms.begin(), ms.end());
        double sum = 0;
        for (double v : ms) sum += v;
        s.meanMs = sum / double(ms.size());
    }
    s.runMs = std::move(ms);
    return s;
}

}  // namespace

Result<std::pair<LatencyStats, LatencyStats>> measureAlternating(TimedRun& a, TimedRun& b, int runs, int warmup,
                                                                 const WorkContext& work) {
    if (!a.runner || !b.runner) return invalidArgument(TFS_PHRASE("Errors", "measureAlternating needs two runners"));
    runs = std::max(1, runs);
    warmup = std::max(0, warmup);
    uint64_t peakA = 0, peakB = 0;
    for (int i = 0; i < warmup; ++i) {
        if (work.cancelled()) return cancelled();
        auto ta = timeOnce(a, &peakA);
        if (!ta.ok()) return ta.status().withContext(TFS_PHRASE("Errors", "model A (warm-up)"));
        auto tb = timeOnce(b, &peakB);
        if (!tb.ok()) return tb.status().withContext(TFS_PHRASE("Errors", "model B (warm-up)"));
    }
    std::vector<double> msA, msB;
    for (int i = 0; i < runs; ++i) {
        if (work.cancelled()) return cancelled();
        work.report(double(i) / runs, TFS_PHRASE("Progress", "timing run %1 of %2"),
                           {std::to_string(i + 1), std::to_string(runs)});
        // A B, then B A: whichever runs second in a round finds caches warmed by the
        // other, so the order flips every round to cancel that bias.
        Result<double> ta = 0.0, tb = 0.0;
        if (i % 2 == 0) {
            ta = timeOnce(a, &peakA);
            tb = timeOnce(b, &peakB);
        } else {
            tb = timeOnce(b, &peakB);
            ta = timeOnce(a, &peakA);
        }
        if (!ta.ok()) return ta.status().withContext(TFS_PHRASE("Errors", "model A"));
        if (!tb.ok()) return tb.status().withContext(TFS_PHRASE("Errors", "model B"));
        msA.push_back(*ta);
        msB.push_back(*tb);
    }
    return std::make_pair(summarize(std::move(msA), warmup, peakA), summarize(std::move(msB), warmup, peakB));
}

Result<LatencyStats> measureSingle(TimedRun& run, int runs, int warmup, const WorkContext& work) {
    if (!run.runner) return invalidArgument(TFS_PHRASE("Errors", "measureSingle needs a runner"));
    runs = std::max(1, runs);
    warmup = std::max(0, warmup);
    uint64_t peak = 0;
    for (int i = 0; i < warmup; ++i) {
        if (work.cancelled()) return cancelled();
        auto t = timeOnce(run, &peak);
        if (!t.ok()) return t.status().withContext(TFS_PHRASE("Errors", "warm-up"));
    }
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        if (work.cancelled()) return cancelled();
        work.report(double(i) / runs, TFS_PHRASE("Progress", "timing run %1 of %2"),
                           {std::to_string(i + 1), std::to_string(runs)});
        TFS_ASSIGN_OR_RETURN(double t, timeOnce(run, &peak));
        ms.push_back(t);
    }
    return summarize(std::move(ms), warmup, peak);
}

}  // namespace tfs::compare
