#include "core/transforms/pass_step.h"

#include <algorithm>
#include <chrono>
#include <set>
#include <unordered_map>

#include "core/model/graph_index.h"
#include "core/transforms/graph_utils.h"
#include "core/transforms/registry.h"

namespace tfs::transforms {

GraphChanges diffGraphNodes(const tensorflow::GraphDef& before, const tensorflow::GraphDef& after) {
    GraphChanges changes;
    std::unordered_map<std::string, const tensorflow::NodeDef*> old;
    for (const auto& n : before.node()) old.emplace(n.name(), &n);
    std::set<std::string> seen;
    for (const auto& n : after.node()) {
        seen.insert(n.name());
        auto it = old.find(n.name());
        if (it == old.end()) changes.added.push_back(n.name());
        else if (stableBytes(*it->second) != stableBytes(n)) changes.changed.push_back(n.name());
    }
    for (const auto& [name, node] : old)
        if (!seen.count(name)) changes.removed.push_back(name);
    std::sort(changes.added.begin(), changes.added.end());
    std::sort(changes.removed.begin(), changes.removed.end());
    std::sort(changes.changed.begin(), changes.changed.end());
    return changes;
}

std::string remapTensorName(const std::string& tensor, const std::map<std::string, std::string>& renames) {
    TensorRef ref = TensorRef::parse(tensor);
    auto it = renames.find(ref.node);
    if (it == renames.end()) return tensor;
    if (ref.control) return "^" + it->second;
    auto colon = tensor.find(':');
    return it->second + (colon == std::string::npos ? "" : tensor.substr(colon));
}

void composeRenames(std::map<std::string, std::string>* accumulated, const std::map<std::string, std::string>& pass) {
    if (pass.empty()) return;
    std::set<std::string> currentNames;
    for (const auto& [orig, now] : *accumulated) currentNames.insert(now);
    std::map<std::string, std::string> updated;
    for (const auto& [orig, now] : *accumulated) {
        auto it = pass.find(now);
        updated[orig] = it == pass.end() ? now : it->second;
    }
    // A name renamed for the first time is its own original.
    for (const auto& [from, to] : pass)
        if (!currentNames.count(from) && !updated.count(from)) updated[from] = to;
    *accumulated = std::move(updated);
}

Result<GraphStep> runTransformStep(const tensorflow::GraphDef& graph, const std::vector<std::string>& inputs,
                                   const std::vector<std::string>& outputs, const TransformSpec& spec,
                                   const WorkContext& work) {
    if (work.cancelled()) return cancelled(TFS_PHRASE("Errors", "transform cancelled before '%1'"), spec.name);
    const TransformInfo* info = findTransform(spec.name);
    if (!info) return invalidArgument(TFS_PHRASE("Errors", "Transform '%1' not recognized"), spec.name);
    GraphStep step;
    PassLogEntry& entry = step.entry;
    entry.pass = spec.toString();
    entry.nodesBefore = graph.node_size();
    entry.bytesBefore = graphBytes(graph);
    TransformContext context;
    context.inputNames = inputs;
    context.outputNames = outputs;
    context.params = spec.params;
    context.notes = &entry.notes;
    context.renames = &step.renames;
    TFS_ASSIGN_OR_RETURN(bool ignoreErrors, context.getOneBool("ignore_errors", false));
    context.params.erase("ignore_errors");
    auto start = std::chrono::steady_clock::now();
    Status status = info->fn(graph, context, &step.graph);
    if (status.ok()) {
        if (!info->editsLibrary) *step.graph.mutable_library() = graph.library();
        if (!step.graph.has_versions() && graph.has_versions()) *step.graph.mutable_versions() = graph.versions();
        status = validateGraph(step.graph, &graph).withContext(TFS_PHRASE("Errors", "%1 produced an invalid graph"),
                                                               spec.name);
    }
    if (work.cancelled()) return cancelled(TFS_PHRASE("Errors", "transform cancelled during '%1'"), spec.name);
    if (!status.ok()) {
        if (!ignoreErrors) return status.withContext(spec.name);
        entry.ignoredError = status.message();
        step.graph = graph;
        step.renames.clear();
    }
    entry.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    step.inputs = inputs;
    step.outputs = outputs;
    for (auto& t : step.inputs) t = remapTensorName(t, step.renames);
    for (auto& t : step.outputs) t = remapTensorName(t, step.renames);
    step.changes = diffGraphNodes(graph, step.graph);
    entry.added = int(step.changes.added.size());
    entry.removed = int(step.changes.removed.size());
    entry.changed = int(step.changes.changed.size());
    entry.nodesAfter = step.graph.node_size();
    entry.bytesAfter = graphBytes(step.graph);
    return step;
}

}  // namespace tfs::transforms
