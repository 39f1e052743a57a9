#include "core/compare/compare.h"

#include <algorithm>
#include <cmath>

#include "core/formats/loader.h"

namespace tfs::compare {


Result<CompareResult> compareModels(const Model& a, const Model& b, const CompareOptions& options,
                                    const RunnerFactory& factory, const WorkContext& work) {
    CompareResult r;
    r.a.path = a.path;
    r.a.format = formatName(a.format);
    r.a.producer = a.producer;
    r.b.path = b.path;
    r.b.format = formatName(b.format);
    r.b.producer = b.producer;
    work.report(0.0, TFS_PHRASE("Progress", "measuring sizes"));
    TFS_ASSIGN_OR_RETURN(r.a.size, computeSizeStats(a));
    TFS_ASSIGN_OR_RETURN(r.b.size, computeSizeStats(b));
    r.opDelta = opHistogramDelta(r.a.size, r.b.size);

    if (options.compareWeights) {
        work.report(0.1, TFS_PHRASE("Progress", "comparing weights"));
        auto wa = collectWeights(a, 16, work);
        auto wb = collectWeights(b, 16, work);
        if (wa.ok() && wb.ok()) r.weights = diffWeights(*wa, *wb);
        else
            r.notes.push_back(phrase(TFS_PHRASE("Notes", "weights not compared: %1"),
                                     (wa.ok() ? wb.status() : wa.status()).message()));
    }
    if (work.cancelled()) return cancelled();
    if (!options.measureAccuracy && !options.measureSpeed) return r;

    IoOptions io = options.io;
    for (const auto& t : interiorFeeds(a, options.inputs, options.useReferenceCases))
        if (std::find(io.feeds.begin(), io.feeds.end(), t) == io.feeds.end()) io.feeds.push_back(t);
    TFS_ASSIGN_OR_RETURN(r.io, planIo(a, b, io));
    for (const auto& n : r.io.notes) r.notes.push_back(n);

    TFS_ASSIGN_OR_RETURN(SampleSource source, SampleSource::create(r.io.inputs, options.inputs, {a.path, b.path},
                                                                   options.useReferenceCases,
                                                                   options.defaultRandomSamples, &r.notes));
    r.sampleLabels = source.labels();
    const size_t totalSamples = source.size();
    auto sampleAt = [&](size_t index) { return source.at(index); };

    work.report(0.2, TFS_PHRASE("Progress", "preparing the executor"));
    RunnerOptions ra{options.threads, r.io.signatureA, options.tuneProcessAllocator};
    RunnerOptions rb{options.threads, r.io.signatureB, options.tuneProcessAllocator};
    auto runnerA = factory(a, ra);
    if (!runnerA.ok()) return runnerA.status().withContext(TFS_PHRASE("Errors", "model A (%1)"), a.path);
    auto runnerB = factory(b, rb);
    if (!runnerB.ok()) return runnerB.status().withContext(TFS_PHRASE("Errors", "model B (%1)"), b.path);

    const auto fetchesA = fetchesFor(r.io, true), fetchesB = fetchesFor(r.io, false);
    if (options.measureAccuracy) {
        std::vector<OutputAccumulator> acc, refA, refB;
        std::vector<bool> hasRef(r.io.outputs.size(), false);
        for (const auto& o : r.io.outputs) {
            acc.emplace_back(o.name, o.tensorA, o.tensorB);
            refA.emplace_back(o.name, "reference", o.tensorA);
            refB.emplace_back(o.name, "reference", o.tensorB);
        }
        for (size_t s = 0; s < totalSamples; ++s) {
            if (work.cancelled()) return cancelled();
            TFS_ASSIGN_OR_RETURN(Sample sample, sampleAt(s));
            work.report(0.2 + 0.4 * double(s) / double(totalSamples), TFS_PHRASE("Progress", "running %1"),
                                                       {sample.label});
            auto outA = (*runnerA)->run(feedsFor(r.io, sample, true), fetchesA);
            if (!outA.ok()) return outA.status().withContext(TFS_PHRASE("Errors", "model A (%1) on %2"),
                                                             a.path, sample.label);
            auto outB = (*runnerB)->run(feedsFor(r.io, sample, false), fetchesB);
            if (!outB.ok()) return outB.status().withContext(TFS_PHRASE("Errors", "model B (%1) on %2"),
                                                             b.path, sample.label);
            if (outA->size() != acc.size() || outB->size() != acc.size())
                return internalError(TFS_PHRASE("Errors", "the executor returned a different number of outputs than fetched"));
            for (size_t k = 0; k < acc.size(); ++k) {
                TFS_RETURN_IF_ERROR(acc[k].add((*outA)[k], (*outB)[k]));
                const OutputSlot& slot = r.io.outputs[k];
                const Tensor* expected = nullptr;
                for (const std::string& key : {slot.tensorA, slot.name, slot.tensorB}) {
                    auto it = sample.expected.find(key);
                    if (it != sample.expected.end()) {
                        expected = &it->second;
                        break;
                    }
                }
                // A stored output that does not fit is reported as a note, not an error.
                if (expected && refA[k].add(*expected, (*outA)[k]).ok() && refB[k].add(*expected, (*outB)[k]).ok()) hasRef[k] = true;
            }
        }
        for (const auto& x : acc) r.outputs.push_back(x.finish());
        for (size_t k = 0; k < acc.size(); ++k)
            if (hasRef[k]) {
                r.referenceA.push_back(refA[k].finish());
                r.referenceB.push_back(refB[k].finish());
            }
    }

    if (options.measureSpeed) {
        work.report(0.6, TFS_PHRASE("Progress", "timing"));
        TFS_ASSIGN_OR_RETURN(Sample timed, source.timedSample(&r.latencyInput, &r.notes));
        TimedRun ta{runnerA->get(), feedsFor(r.io, timed, true), fetchesA};
        TimedRun tb{runnerB->get(), feedsFor(r.io, timed, false), fetchesB};
        TFS_ASSIGN_OR_RETURN(auto lat, measureAlternating(ta, tb, options.runs, options.warmup, work));
        r.latencyA = lat.first;
        r.latencyB = lat.second;
    }
    work.report(1.0, TFS_PHRASE("Progress", "done"));
    return r;
}

Result<CompareResult> compareModelPaths(const std::string& pathA, const std::string& pathB, const CompareOptions& options,
                                        const WorkContext& work) {
    auto a = loadModel(pathA, {}, work);
    if (!a.ok()) return a.status().withContext(TFS_PHRASE("Errors", "loading model A"));
    auto b = loadModel(pathB, {}, work);
    if (!b.ok()) return b.status().withContext(TFS_PHRASE("Errors", "loading model B"));
    return compareModels(*a, *b, options, executorRunnerFactory(), work);
}

std::vector<std::string> checkThresholds(const CompareResult& result, const Thresholds& t) {
    std::vector<std::string> violations;
    auto num = [](double v) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.6g", v);
        return std::string(buf);
    };
    for (const auto& o : result.outputs) {
        if (t.maxAbsError && o.numeric && (o.maxAbsError > *t.maxAbsError || o.nanMismatches > 0))
            violations.push_back("output '" + o.name + "': max abs error " + num(o.maxAbsError) +
                                 (o.nanMismatches ? " (" + std::to_string(o.nanMismatches) + " NaN mismatches)" : "") + " > " +
                                 num(*t.maxAbsError));
        if (t.maxAbsError && !o.numeric && o.equalFraction < 1)
            violations.push_back("output '" + o.name + "': " + num((1 - o.equalFraction) * 100) + "% of strings differ");
        if (t.minCosine && o.numeric && !(o.cosine >= *t.minCosine))
            violations.push_back("output '" + o.name + "': cosine " + num(o.cosine) + " < " + num(*t.minCosine));
        if (t.minTop1 && o.top1Agreement && *o.top1Agreement < *t.minTop1)
            violations.push_back("output '" + o.name + "': top-1 agreement " + num(*o.top1Agreement) + " < " + num(*t.minTop1));
    }
    if ((t.maxAbsError || t.minCosine || t.minTop1) && result.outputs.empty())
        violations.push_back("no outputs were compared, so accuracy thresholds cannot hold");
    if (t.minTop1) {
        bool any = false;
        for (const auto& o : result.outputs) any = any || o.top1Agreement.has_value();
        if (!any && !result.outputs.empty())
            violations.push_back("--min-top1 given but no output is classifier-like (rank 2 [N,C] with C > 1)");
    }
    return violations;
}

std::optional<double> latencyRatio(const CompareResult& result) {
    if (!result.latencyA || !result.latencyB || result.latencyA->medianMs <= 0) return std::nullopt;
    return result.latencyB->medianMs / result.latencyA->medianMs;
}

}  // namespace tfs::compare
