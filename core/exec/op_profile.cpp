#include "core/exec/op_profile.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <utility>

namespace tfs::exec {

OpProfile summarizeTimings(const std::vector<NodeTiming>& timings, int runs) {
    OpProfile profile;
    profile.runs = std::max(1, runs);
    const double perRun = 1.0 / double(profile.runs);
    struct NodeSum {
        std::string op;
        int executions = 0;
        int fused = 0;
        double ms = 0, flops = 0;
    };
    std::map<std::pair<std::string, std::string>, NodeSum> byNode;  // (function, node)
    for (const auto& t : timings) {
        NodeSum& s = byNode[{t.function, t.node}];
        s.op = t.op;
        s.executions++;
        s.fused += t.fused ? 1 : 0;
        s.ms += t.ms;
        s.flops += t.flops;
    }
    std::map<std::string, OpTypeTime> byOp;
    std::map<std::string, int> fusedByOp, executionsByOp;
    for (const auto& [key, s] : byNode) {
        NodeTime n;
        n.function = key.first;
        n.node = key.second;
        n.op = s.op;
        n.executionsPerRun = s.executions * perRun;
        n.ms = s.ms * perRun;
        n.flops = s.flops * perRun;
        n.fused = s.fused == s.executions;
        profile.nodes.push_back(n);
        OpTypeTime& o = byOp[s.op];
        o.op = s.op;
        o.nodes++;
        o.ms += n.ms;
        o.flops += n.flops;
        fusedByOp[s.op] += s.fused;
        executionsByOp[s.op] += s.executions;
        profile.totalMs += n.ms;
        profile.totalFlops += n.flops;
    }
    for (auto& [op, o] : byOp) {
        o.executionsPerRun = executionsByOp[op] * perRun;
        o.fusedPerRun = fusedByOp[op] * perRun;
        o.percent = profile.totalMs > 0 ? 100.0 * o.ms / profile.totalMs : 0;
        profile.opTypes.push_back(o);
    }
    for (auto& n : profile.nodes) n.percent = profile.totalMs > 0 ? 100.0 * n.ms / profile.totalMs : 0;
    // Slowest first; names break ties so that the order does not depend on the run.
    std::sort(profile.nodes.begin(), profile.nodes.end(), [](const NodeTime& a, const NodeTime& b) {
        if (a.ms != b.ms) return a.ms > b.ms;
        return std::tie(a.function, a.node) < std::tie(b.function, b.node);
    });
    std::sort(profile.opTypes.begin(), profile.opTypes.end(), [](const OpTypeTime& a, const OpTypeTime& b) {
        if (a.ms != b.ms) return a.ms > b.ms;
        return a.op < b.op;
    });
    return profile;
}

Result<ProfiledRun> runProfiled(Session& session, const NamedTensors& feeds, const std::vector<std::string>& fetches,
                                int profiledRuns, const WorkContext& work) {
    using Clock = std::chrono::steady_clock;
    const int total = 1 + std::max(0, profiledRuns);
    ProfiledRun result;
    work.report(0.0, TFS_PHRASE("Progress", "first run (plan and constant folding)"));
    session.setProfile(false);
    RunStats first;
    auto start = Clock::now();
    TFS_ASSIGN_OR_RETURN(result.outputs, session.run(feeds, fetches, {}, &first));
    result.firstMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    result.peakBytes = first.peakBytes;
    result.nodesPerRun = first.nodesRun;
    std::vector<NodeTiming> timings;
    session.setProfile(true);
    for (int i = 0; i < profiledRuns; ++i) {
        if (work.cancelled()) {
            session.setProfile(false);
            return cancelled(TFS_PHRASE("Errors", "run cancelled"));
        }
        work.report(double(i + 1) / total, TFS_PHRASE("Progress", "profiled run %1 of %2"),
                           {std::to_string(i + 1), std::to_string(profiledRuns)});
        RunStats stats;
        start = Clock::now();
        auto r = session.run(feeds, fetches, {}, &stats);
        result.runMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        if (!r.ok()) {
            session.setProfile(false);
            return r.status();
        }
        result.peakBytes = std::max(result.peakBytes, stats.peakBytes);
        result.nodesPerRun = stats.nodesRun;
        timings.insert(timings.end(), std::make_move_iterator(stats.timings.begin()), std::make_move_iterator(stats.timings.end()));
    }
    session.setProfile(false);
    result.profile = summarizeTimings(timings, profiledRuns);
    work.report(1.0, TFS_PHRASE("Progress", "done"));
    return result;
}

}  // namespace tfs::exec
