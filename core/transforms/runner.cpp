#include "core/transforms/runner.h"

#include <chrono>
#include <cstdio>
#include <set>
#include <unordered_map>

#include "core/model/graph_index.h"
#include "core/transforms/grammar.h"
#include "core/transforms/graph_utils.h"
#include "core/transforms/registry.h"

namespace tfs::transforms {
namespace {

std::string humanBytes(uint64_t bytes) {
    char buf[32];
    if (bytes >= (1u << 20)) std::snprintf(buf, sizeof buf, "%.2f MiB", double(bytes) / double(1u << 20));
    else if (bytes >= 1024) std::snprintf(buf, sizeof buf, "%.1f KiB", double(bytes) / 1024.0);
    else std::snprintf(buf, sizeof buf, "%llu B", static_cast<unsigned long long>(bytes));
    return buf;
}

void diffGraphs(const tensorflow::GraphDef& before, const tensorflow::GraphDef& after, PassLogEntry* entry) {
    std::unordered_map<std::string, const tensorflow::NodeDef*> old;
    for (const auto& n : before.node()) old.emplace(n.name(), &n);
    std::set<std::string> seen;
    for (const auto& n : after.node()) {
        seen.insert(n.name());
        auto it = old.find(n.name());
        if (it == old.end()) {
            ++entry->added;
        } else if (stableBytes(*it->second) != stableBytes(n)) {
            ++entry->changed;
        }
    }
    for (const auto& [name, node] : old)
        if (!seen.count(name)) ++entry->removed;
}

}  // namespace

std::string TransformLog::format() const {
    std::string text;
    char line[512];
    std::snprintf(line, sizeof line, "%-44s %7s %7s %11s %11s %8s %6s %7s\n", "pass", "nodes", "->", "bytes", "->",
                  "removed", "added", "changed");
    text += line;
    for (const auto& p : passes) {
        std::string name = p.pass.size() > 44 ? p.pass.substr(0, 41) + "..." : p.pass;
        std::snprintf(line, sizeof line, "%-44s %7d %7d %11s %11s %8d %6d %7d\n", name.c_str(), p.nodesBefore,
                      p.nodesAfter, humanBytes(p.bytesBefore).c_str(), humanBytes(p.bytesAfter).c_str(), p.removed,
                      p.added, p.changed);
        text += line;
        if (!p.ignoredError.empty()) text += "    ignored error: " + p.ignoredError + "\n";
        for (const auto& note : p.notes) text += "    " + note + "\n";
    }
    if (!passes.empty()) {
        const auto& first = passes.front();
        const auto& last = passes.back();
        // Node totals are the main graph's; bytes include the function library.
        int nodesAfter = first.nodesBefore;
        for (const auto& p : passes)
            if (!p.functionBodies) nodesAfter = p.nodesAfter;
        long long saved = static_cast<long long>(first.bytesBefore) - static_cast<long long>(last.bytesAfter);
        std::snprintf(line, sizeof line, "total: %d -> %d nodes, %s -> %s (%s %s)\n", first.nodesBefore,
                      nodesAfter, humanBytes(first.bytesBefore).c_str(), humanBytes(last.bytesAfter).c_str(),
                      saved >= 0 ? "saved" : "grew by",
                      humanBytes(uint64_t(saved >= 0 ? saved : -saved)).c_str());
        text += line;
    }
    return text;
}

Status validateGraph(const tensorflow::GraphDef& graph, const tensorflow::GraphDef* before) {
    GraphIndex index(graph);
    if (!index.duplicateNames().empty())
        return invalidArgument("graph has more than one node named '" + index.duplicateNames().front() + "'");
    if (!index.danglingInputs().empty()) return invalidArgument("graph is invalid: " + index.danglingInputs().front());
    for (const auto& node : graph.node())
        if (node.name().empty() || node.op().empty())
            return invalidArgument("graph has a node with an empty name or op ('" + node.name() + "')");
    if (!index.cyclicNodes().empty()) {
        std::set<std::string> oldCyclic;
        if (before) {
            GraphIndex old(*before);
            for (int i : old.cyclicNodes()) oldCyclic.insert(old.node(i).name());
        }
        for (int i : index.cyclicNodes())
            if (!oldCyclic.count(index.node(i).name()))
                return invalidArgument("graph has a new cycle through node '" + index.node(i).name() +
                                       "' (not a TF1 loop)");
    }
    return okStatus();
}

Status runTransforms(tensorflow::GraphDef* graph, const std::vector<std::string>& inputs,
                     const std::vector<std::string>& outputs, const std::vector<TransformSpec>& specs,
                     TransformLog* log, const WorkContext& work) {
    tensorflow::GraphDef current = *graph;
    std::vector<std::string> currentInputs = inputs, currentOutputs = outputs;
    std::map<std::string, std::string> renames;  // original -> current
    for (size_t i = 0; i < specs.size(); ++i) {
        const TransformSpec& spec = specs[i];
        if (work.cancelled()) return cancelled("transform cancelled before '" + spec.name + "'");
        work.report(double(i) / double(specs.size()), spec.name);
        const TransformInfo* info = findTransform(spec.name);
        if (!info) return invalidArgument("Transform '" + spec.name + "' not recognized");
        PassLogEntry entry;
        entry.pass = spec.toString();
        entry.nodesBefore = current.node_size();
        entry.bytesBefore = graphBytes(current);
        TransformContext context;
        context.inputNames = currentInputs;
        context.outputNames = currentOutputs;
        context.params = spec.params;
        std::map<std::string, std::string> passRenames;
        context.notes = &entry.notes;
        context.renames = &passRenames;
        TFS_ASSIGN_OR_RETURN(bool ignoreErrors, context.getOneBool("ignore_errors", false));
        context.params.erase("ignore_errors");
        tensorflow::GraphDef next;
        auto start = std::chrono::steady_clock::now();
        Status status = info->fn(current, context, &next);
        if (status.ok()) {
            if (!info->editsLibrary) *next.mutable_library() = current.library();
            if (!next.has_versions() && current.has_versions()) *next.mutable_versions() = current.versions();
            status = validateGraph(next, &current).withContext(spec.name + " produced an invalid graph");
        }
        if (!status.ok()) {
            if (!ignoreErrors) return status.withContext(spec.name);
            entry.ignoredError = status.message();
            next = current;
            passRenames.clear();
        }
        entry.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!passRenames.empty()) {
            std::set<std::string> currentNames;
            for (const auto& [orig, now] : renames) currentNames.insert(now);
            std::map<std::string, std::string> updated;
            for (const auto& [orig, now] : renames) {
                auto it = passRenames.find(now);
                updated[orig] = it == passRenames.end() ? now : it->second;
            }
            for (const auto& [from, to] : passRenames)
                if (!currentNames.count(from) && !updated.count(from)) updated[from] = to;
            renames = std::move(updated);
            auto remap = [&](std::vector<std::string>& names) {
                for (auto& t : names) {
                    auto it = passRenames.find(nodeName(t));
                    if (it == passRenames.end()) continue;
                    auto colon = t.find(':');
                    t = it->second + (colon == std::string::npos ? "" : t.substr(colon));
                }
            };
            remap(currentInputs);
            remap(currentOutputs);
        }
        diffGraphs(current, next, &entry);
        entry.nodesAfter = next.node_size();
        entry.bytesAfter = graphBytes(next);
        current = std::move(next);
        if (log) log->passes.push_back(std::move(entry));
    }
    if (log) log->renames = renames;
    *graph = std::move(current);
    return okStatus();
}

Status runTransformString(tensorflow::GraphDef* graph, const std::vector<std::string>& inputs,
                          const std::vector<std::string>& outputs, const std::string& transforms,
                          TransformLog* log) {
    TFS_ASSIGN_OR_RETURN(auto specs, parseAndValidateTransforms(transforms));
    return runTransforms(graph, inputs, outputs, specs, log);
}

}  // namespace tfs::transforms
