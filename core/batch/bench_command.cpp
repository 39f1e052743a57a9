// `tfscope --batch bench`: times repeated runs of a model on seeded random inputs
// (what benchmark_model prints): latency statistics, per-op-type table with FLOPs,
// slowest nodes, FLOPs estimate and FLOP/s, and peak memory.
#include <algorithm>
#include <chrono>
#include <iomanip>
#include <map>
#include <ostream>
#include <sstream>

#include "core/batch/args.h"
#include "core/batch/batch.h"
#include "core/batch/command_fns.h"
#include "core/batch/run_support.h"
#include "core/exec/input_source.h"
#include "core/exec/op_profile.h"
#include "core/exec/run_support.h"
#include "core/util/json.h"
#include "core/util/npy.h"

namespace tfs::batch {

namespace {

const char* kBenchUsage =
    "usage: tfscope --batch bench MODEL [--signature KEY] [--tag-set T] [--checkpoint PREFIX]\n"
    "         [--runs N] [--warmup N] [--profile-runs N] [--threads N] [--batch B] [--shape NAME=1,224,224,3 ...]\n"
    "         [--input NAME=FILE.npy | NAME=FILE.npz:KEY | NAME=@RAW_FILE ...] [--output NAME ...] [--seed N] [--json]\n"
    "@RAW_FILE feeds the file's bytes as a string scalar (e.g. --input wav_data=@yes.wav).\n"
    "--profile-runs N averages the per-op table over N profiled runs after the timed ones (default 1).\n"
    "example: tfscope --batch bench model.pb --runs 50 --threads 2 --batch 8\n";

// "1.23 G" style with an SI prefix.
std::string si(double v) {
    const char* units[] = {"", " k", " M", " G", " T", " P"};
    int u = 0;
    while (v >= 1000 && u < 5) {
        v /= 1000;
        ++u;
    }
    std::ostringstream o;
    o << std::fixed << std::setprecision(v < 10 ? 2 : v < 100 ? 1 : 0) << v << units[u];
    return o.str();
}

}  // namespace

int runBench(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    auto args = Args::parse(argv, {"--json", "--help"},
                            {"--signature", "--tag-set", "--checkpoint", "--runs", "--warmup", "--profile-runs", "--threads", "--batch", "--shape", "--input",
                             "--output", "--seed", "--json", "--help"});
    if (auto stop = helpOrUsageError(args, "bench", 1, kBenchUsage, out, err)) return *stop;
    auto fail = [&](const Status& s) {
        err << "tfscope bench: " << s.message() << "\n";
        return kExitError;
    };
    auto runs = args->intValue("--runs", 20);
    auto warmup = args->intValue("--warmup", 3);
    auto threads = args->intValue("--threads", 0);
    auto batch = args->intValue("--batch", 1);
    auto seed = args->intValue("--seed", 0);
    auto profileRuns = args->intValue("--profile-runs", 1);
    for (const auto* r : {&runs, &warmup, &threads, &batch, &seed, &profileRuns})
        if (!r->ok()) return fail(r->status());
    if (*runs < 1 || *runs > 100000) return fail(invalidArgument("--runs must be in [1, 100000]"));
    if (*warmup < 0 || *warmup > 10000) return fail(invalidArgument("--warmup must be in [0, 10000]"));
    if (*profileRuns < 1 || *profileRuns > 100000) return fail(invalidArgument("--profile-runs must be in [1, 100000]"));
    if (*batch < 1 || *batch > 65536) return fail(invalidArgument("--batch must be in [1, 65536]"));
    auto shapes = shapeOverrides(*args);
    if (!shapes.ok()) return fail(shapes.status());
    auto model = loadModelForRun(*args);
    if (!model.ok()) return fail(model.status());
    auto io = exec::chooseRunIo(*model, args->value("--signature"));
    if (!io.ok()) return fail(io.status());

    exec::NamedTensors given;
    for (const auto& text : args->values("--input")) {
        auto input = exec::parseInputArg(text);
        if (!input.ok()) return fail(input.status());
        auto t = exec::readInputSource(input->source);
        if (!t.ok()) return fail(t.status());
        given.push_back({input->name, *t});
    }
    exec::FeedOptions feedOptions;
    feedOptions.seed = uint64_t(*seed);
    feedOptions.batch = *batch;
    feedOptions.shapes = *shapes;
    auto built = exec::buildFeeds(*io, given, feedOptions);
    if (!built.ok()) return fail(built.status());
    const exec::NamedTensors feeds = exec::namedFeeds(*built);
    std::vector<std::string> fetches;
    for (const auto& name : args->values("--output")) {
        const TensorSpec* s = exec::findSpec(io->outputs, name);
        fetches.push_back(s ? s->tensorName : exec::canonicalTensorName(name));
    }
    if (fetches.empty())
        for (const auto& spec : io->outputs) fetches.push_back(spec.tensorName);
    if (fetches.empty()) return fail(invalidArgument("no outputs to fetch: give --output NAME"));

    exec::SessionOptions options;
    options.threads = int(*threads);
    options.tuneProcessAllocator = true;  // the command owns the process
    auto session = exec::Session::fromModel(*model, 0, options);
    if (!session.ok()) return fail(session.status());
    auto& s = **session;

    using Clock = std::chrono::steady_clock;
    auto t0 = Clock::now();
    exec::RunStats firstStats;
    auto first = s.run(feeds, fetches, {}, &firstStats);
    if (!first.ok()) return fail(first.status());
    double firstMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    for (int64_t i = 1; i < *warmup; ++i)
        if (auto r = s.run(feeds, fetches); !r.ok()) return fail(r.status());
    std::vector<double> times;
    uint64_t peak = firstStats.peakBytes;
    for (int64_t i = 0; i < *runs; ++i) {
        exec::RunStats stats;
        auto start = Clock::now();
        auto r = s.run(feeds, fetches, {}, &stats);
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        if (!r.ok()) return fail(r.status());
        peak = std::max(peak, stats.peakBytes);
    }
    std::vector<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    double median = sorted[sorted.size() / 2];
    if (sorted.size() % 2 == 0) median = (sorted[sorted.size() / 2 - 1] + sorted[sorted.size() / 2]) / 2;
    double mean = 0;
    for (double t : times) mean += t / double(times.size());

    // Profiled runs for the per-op table (kept out of the timings above).
    s.setProfile(true);
    std::vector<exec::NodeTiming> timings;
    exec::RunStats profile;
    for (int64_t i = 0; i < *profileRuns; ++i) {
        profile = exec::RunStats{};
        if (auto r = s.run(feeds, fetches, {}, &profile); !r.ok()) return fail(r.status());
        timings.insert(timings.end(), profile.timings.begin(), profile.timings.end());
    }
    s.setProfile(false);
    const exec::OpProfile table = exec::summarizeTimings(timings, int(*profileRuns));
    const double totalFlops = table.totalFlops;
    double flopsPerSecond = median > 0 ? totalFlops / (median / 1000) : 0;
    std::vector<exec::NodeTime> slowest(table.nodes.begin(), table.nodes.begin() + std::min<size_t>(10, table.nodes.size()));

    if (args->has("--json")) {
        Json root = Json::object();
        root.set("model", model->path);
        root.set("signature", io->signature);
        root.set("threads", s.threads());
        root.set("batch", Json(int64_t(*batch)));
        root.set("runs", Json(int64_t(*runs)));
        root.set("profile_runs", Json(int64_t(*profileRuns)));
        root.set("first_run_ms", firstMs);
        root.set("median_ms", median);
        root.set("mean_ms", mean);
        root.set("min_ms", sorted.front());
        root.set("max_ms", sorted.back());
        root.set("peak_bytes", Json(uint64_t(peak)));
        root.set("nodes_per_run", Json(int64_t(profile.nodesRun)));
        root.set("cached_nodes", Json(int64_t(profile.cachedNodes)));
        root.set("cached_bytes", Json(uint64_t(profile.cachedBytes)));
        root.set("flops", totalFlops);
        root.set("flops_per_second", flopsPerSecond);
        Json opsJson = Json::array();
        for (const auto& row : table.opTypes) {
            Json j = Json::object();
            j.set("op", row.op);
            j.set("count", Json(int64_t(row.executionsPerRun)));
            j.set("ms", row.ms);
            j.set("percent", row.percent);
            j.set("flops", row.flops);
            j.set("flops_per_second", row.flopsPerSecond());
            j.set("fused", Json(int64_t(row.fusedPerRun)));
            opsJson.push(j);
        }
        root.set("ops", opsJson);
        Json slowJson = Json::array();
        for (const auto& t : slowest) {
            Json j = Json::object();
            j.set("node", t.node);
            j.set("op", t.op);
            j.set("ms", t.ms);
            slowJson.push(j);
        }
        root.set("slowest_nodes", slowJson);
        out << root.dump() << "\n";
        return kExitOk;
    }
    std::ostringstream o;
    o << std::fixed << std::setprecision(3);
    o << "model: " << model->path << (io->signature.empty() ? "" : " (signature " + io->signature + ")") << "\n";
    o << "threads: " << s.threads() << ", batch: " << *batch << ", runs: " << *runs << ", warm-up: " << *warmup << "\n";
    o << "first run (plan + run): " << firstMs << " ms\n";
    o << "latency: median " << median << " ms, mean " << mean << " ms, min " << sorted.front() << " ms, max " << sorted.back() << " ms\n";
    o << "peak intermediate memory: " << peak << " bytes (" << std::setprecision(2) << double(peak) / (1 << 20) << " MiB)\n";
    o << std::setprecision(3);
    o << "nodes per run: " << profile.nodesRun;
    if (profile.cachedNodes > 0)
        o << " (+" << profile.cachedNodes << " constant nodes served from the session cache, " << profile.cachedBytes << " bytes)";
    o << "\n";
    o << "FLOPs per run (estimated): " << si(totalFlops) << "FLOP; at the median latency " << si(flopsPerSecond) << "FLOP/s\n";
    if (*profileRuns == 1) o << "\nper op type (one profiled run):\n";
    else o << "\nper op type (mean of " << *profileRuns << " profiled runs):\n";
    o << "  " << std::left << std::setw(28) << "op" << std::right << std::setw(7) << "count" << std::setw(12) << "total ms" << std::setw(8) << "%"
      << std::setw(12) << "FLOPs" << std::setw(12) << "FLOP/s" << "\n";
    for (const auto& row : table.opTypes) {
        o << "  " << std::left << std::setw(28) << row.op << std::right << std::setw(7) << int64_t(row.executionsPerRun) << std::setw(12)
          << row.ms << std::setw(8) << std::setprecision(1) << row.percent << std::setprecision(3);
        if (row.flops > 0) o << std::setw(12) << si(row.flops);
        if (row.allFused()) o << (row.flops > 0 ? "" : std::string(12, ' ')) << "       fused";
        else if (row.flops > 0) o << std::setw(12) << (row.ms > 0 ? si(row.flopsPerSecond()) : "-");
        o << "\n";
    }
    o << "\nslowest nodes:\n";
    for (const auto& t : slowest) o << "  " << std::setw(10) << t.ms << " ms  " << t.node << " (" << t.op << ")\n";
    out << o.str();
    return kExitOk;
}

}  // namespace tfs::batch
