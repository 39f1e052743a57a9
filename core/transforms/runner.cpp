#include "core/transforms/runner.h"
#include "core/util/human_bytes.h"

#include <cstdio>
#include <set>

#include "core/model/graph_index.h"
#include "core/transforms/grammar.h"
#include "core/transforms/graph_utils.h"
#include "core/transforms/pass_step.h"
#include "core/transforms/registry.h"

namespace tfs::transforms {
namespace {


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
                      p.nodesAfter, humanBytes(double(p.bytesBefore)).c_str(), humanBytes(double(p.bytesAfter)).c_str(), p.removed,
                      p.added, p.changed);
        text += line;
        if (!p.ignoredError.empty()) text += "    ignored error: " + p.ignoredError + "\n";
        for (const auto& note : p.notes) text += "    " + note.english() + "\n";
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
                      nodesAfter, humanBytes(double(first.bytesBefore)).c_str(), humanBytes(double(last.bytesAfter)).c_str(),
                      saved >= 0 ? "saved" : "grew by",
                      humanBytes(double(saved >= 0 ? saved : -saved)).c_str());
        text += line;
    }
    return text;
}

Status validateGraph(const tensorflow::GraphDef& graph, const tensorflow::GraphDef* before) {
    GraphIndex index(graph);
    if (!index.duplicateNames().empty())
        return invalidArgument(TFS_PHRASE("Errors", "graph has more than one node named '%1'"),
                               index.duplicateNames().front());
    if (!index.danglingInputs().empty()) return invalidArgument(TFS_PHRASE("Errors", "graph is invalid: %1"),
                                                                index.danglingInputs().front());
    for (const auto& node : graph.node())
        if (node.name().empty() || node.op().empty())
            return invalidArgument(TFS_PHRASE("Errors", "graph has a node with an empty name or op ('%1')"),
                                   node.name());
    if (!index.cyclicNodes().empty()) {
        std::set<std::string> oldCyclic;
        if (before) {
            GraphIndex old(*before);
            for (int i : old.cyclicNodes()) oldCyclic.insert(old.node(i).name());
        }
        for (int i : index.cyclicNodes())
            if (!oldCyclic.count(index.node(i).name()))
                return invalidArgument(TFS_PHRASE("Errors", "graph has a new cycle through node '%1' (not a TF1 loop)"),
                                       index.node(i).name());
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
        work.report(double(i) / double(specs.size()), specs[i].name);
        TFS_ASSIGN_OR_RETURN(GraphStep step, runTransformStep(current, currentInputs, currentOutputs, specs[i], work));
        composeRenames(&renames, step.renames);
        currentInputs = std::move(step.inputs);
        currentOutputs = std::move(step.outputs);
        current = std::move(step.graph);
        if (log) log->passes.push_back(std::move(step.entry));
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
