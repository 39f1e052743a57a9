#include "core/workbench/measure.h"

#include <algorithm>
#include <map>
#include <mutex>

namespace tfs::workbench {

/// The original's inputs and outputs for one set of feeds and fetches.
struct CachedRun {
    compare::SampleSource source;
    std::vector<std::vector<Tensor>> outputs;  // per sample, in IoPlan::outputs order
    std::vector<Phrase> notes;
};

struct Baseline::State {
    std::shared_ptr<const Model> original;
    MeasureOptions options;
    compare::RunnerFactory factory;
    std::mutex mutex;  // guards everything below: the original runs one sample set at a time
    std::unique_ptr<compare::ModelRunner> runner;
    std::map<std::string, std::shared_ptr<const CachedRun>> runs;
};

namespace {

// Identifies what the original is fed and asked for: equal keys share samples and outputs.
std::string planKey(const compare::IoPlan& io) {
    std::string key;
    for (const auto& in : io.inputs)
        key += in.tensorA + "|" + dtypeShortName(in.dtype) + "|" + in.shape.toString() + ";";
    key += "->";
    for (const auto& out : io.outputs) key += out.tensorA + ";";
    return key;
}

}  // namespace

Baseline::Baseline(std::shared_ptr<const Model> original, MeasureOptions options, compare::RunnerFactory factory)
    : state_(std::make_shared<State>()) {
    if (original)
        for (const auto& t : compare::interiorFeeds(*original, options.inputs, options.useReferenceCases))
            if (std::find(options.io.feeds.begin(), options.io.feeds.end(), t) == options.io.feeds.end())
                options.io.feeds.push_back(t);
    state_->original = std::move(original);
    state_->options = std::move(options);
    state_->factory = std::move(factory);
}

Baseline::~Baseline() = default;

const std::shared_ptr<const Model>& Baseline::original() const { return state_->original; }

const MeasureOptions& Baseline::options() const { return state_->options; }

namespace {

// Builds (or finds) the original's samples and outputs for this plan. Caller holds the lock.
Result<std::shared_ptr<const CachedRun>> originalRun(Baseline::State& state, const compare::IoPlan& io,
                                                     bool runOriginal, const WorkContext& work) {
    const std::string key = planKey(io) + (runOriginal ? "" : "#inputs-only");
    auto found = state.runs.find(key);
    if (found != state.runs.end()) return found->second;
    const MeasureOptions& o = state.options;
    auto run = std::make_shared<CachedRun>();
    TFS_ASSIGN_OR_RETURN(run->source, compare::SampleSource::create(io.inputs, o.inputs, {state.original->path},
                                                                     o.useReferenceCases, o.defaultRandomSamples,
                                                                     &run->notes));
    if (runOriginal) {
        if (!state.runner) {
            compare::RunnerOptions ro{o.threads, io.signatureA, o.tuneProcessAllocator};
            auto runner = state.factory(*state.original, ro);
            if (!runner.ok()) return runner.status().withContext(TFS_PHRASE("Errors", "original (%1)"),
                                                                 state.original->path);
            state.runner = std::move(runner).value();
        }
        const auto fetches = compare::fetchesFor(io, true);
        for (size_t s = 0; s < run->source.size(); ++s) {
            if (work.cancelled()) return cancelled();
            TFS_ASSIGN_OR_RETURN(compare::Sample sample, run->source.at(s));
            work.report(0.1 + 0.2 * double(s) / double(run->source.size()), TFS_PHRASE("Progress", "running the original on %1"),
                                                                        {sample.label});
            auto outputs = state.runner->run(compare::feedsFor(io, sample, true), fetches);
            if (!outputs.ok()) return outputs.status().withContext(TFS_PHRASE("Errors", "original (%1) on %2"),
                                                                   state.original->path, sample.label);
            if (outputs->size() != fetches.size())
                return internalError(TFS_PHRASE("Errors", "the executor returned a different number of outputs than fetched"));
            run->outputs.push_back(std::move(outputs).value());
        }
    }
    state.runs[key] = run;
    return std::shared_ptr<const CachedRun>(run);
}

// Runs the revision: accuracy against the cached outputs, then latency alone.
Status runRevision(Baseline::State& state, const Model& model, bool isOriginal, Measurement* m,
                   const WorkContext& work) {
    const MeasureOptions& o = state.options;
    TFS_ASSIGN_OR_RETURN(m->io, compare::planIo(*state.original, model, o.io));
    for (const auto& n : m->io.notes) m->notes.push_back(n);
    const bool accuracy = o.measureAccuracy && !isOriginal;
    std::shared_ptr<const CachedRun> cached;
    {
        std::lock_guard<std::mutex> lock(state.mutex);
        TFS_ASSIGN_OR_RETURN(cached, originalRun(state, m->io, accuracy, work));
    }
    for (const auto& n : cached->notes) m->notes.push_back(n);
    m->sampleLabels = cached->source.labels();
    compare::RunnerOptions ro{o.threads, m->io.signatureB, o.tuneProcessAllocator};
    auto runner = state.factory(model, ro);
    if (!runner.ok()) return runner.status();
    const auto fetches = compare::fetchesFor(m->io, false);
    if (accuracy) {
        std::vector<compare::OutputAccumulator> acc;
        for (const auto& out : m->io.outputs) acc.emplace_back(out.name, out.tensorA, out.tensorB);
        for (size_t s = 0; s < cached->source.size(); ++s) {
            if (work.cancelled()) return cancelled();
            TFS_ASSIGN_OR_RETURN(compare::Sample sample, cached->source.at(s));
            work.report(0.3 + 0.3 * double(s) / double(cached->source.size()), TFS_PHRASE("Progress", "running on %1"),
                                                                           {sample.label});
            auto outputs = (*runner)->run(compare::feedsFor(m->io, sample, false), fetches);
            if (!outputs.ok()) return outputs.status().withContext(sample.label);
            if (outputs->size() != acc.size())
                return internalError(TFS_PHRASE("Errors", "the executor returned a different number of outputs than fetched"));
            for (size_t k = 0; k < acc.size(); ++k)
                TFS_RETURN_IF_ERROR(acc[k].add(cached->outputs[s][k], (*outputs)[k]));
        }
        for (const auto& a : acc) m->accuracy.push_back(a.finish());
    }
    if (o.measureSpeed) {
        work.report(0.6, TFS_PHRASE("Progress", "timing"));
        TFS_ASSIGN_OR_RETURN(compare::Sample timed, cached->source.timedSample(&m->latencyInput, &m->notes));
        compare::TimedRun run{runner->get(), compare::feedsFor(m->io, timed, false), fetches};
        WorkContext timing = work.part(0.6, 1.0);
        TFS_ASSIGN_OR_RETURN(m->latency, compare::measureSingle(run, o.runs, o.warmup, timing));
    }
    return okStatus();
}

}  // namespace

Result<Measurement> Baseline::measure(const Model& model, const WorkContext& work) const {
    Measurement m;
    work.report(0.0, TFS_PHRASE("Progress", "measuring sizes"));
    TFS_ASSIGN_OR_RETURN(m.size, compare::computeSizeStats(model));
    if (work.cancelled()) return cancelled();
    const MeasureOptions& o = state_->options;
    if (!state_->original || (!o.measureSpeed && !o.measureAccuracy)) return m;
    Status run = runRevision(*state_, model, &model == state_->original.get(), &m, work);
    if (work.cancelled() || run.code() == StatusCode::Cancelled) return cancelled();
    if (!run.ok()) {
        m.runError = run;
        m.latency.reset();
        m.accuracy.clear();
    }
    work.report(1.0, TFS_PHRASE("Progress", "measured"));
    return m;
}

}  // namespace tfs::workbench
