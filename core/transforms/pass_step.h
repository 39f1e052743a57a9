#pragma once
// One pass over one graph, as a value: the new graph, its log entry, which
// nodes were added, removed or changed, and the renames it made. runTransforms
// is a loop over this; the workbench applies it one step at a time.

#include <map>
#include <string>
#include <vector>

#include "core/transforms/runner.h"

namespace tfs::transforms {

/// Node names by kind of change between two graphs (each list sorted).
struct GraphChanges {
    std::vector<std::string> added;    // names new after the pass
    std::vector<std::string> removed;  // names gone after the pass
    std::vector<std::string> changed;  // same name, different NodeDef
};

/// The node-level difference between two graphs.
GraphChanges diffGraphNodes(const tensorflow::GraphDef& before, const tensorflow::GraphDef& after);

/// What one pass produced.
struct GraphStep {
    tensorflow::GraphDef graph;                  // the graph after the pass (library carried over)
    PassLogEntry entry;                          // counts, bytes, notes, ignored error
    GraphChanges changes;
    std::map<std::string, std::string> renames;  // this pass only: old node name -> new
    std::vector<std::string> inputs;             // the endpoints after the pass's renames
    std::vector<std::string> outputs;
};

/// Applies one pass (a spec validated by validateSpecs) to `graph`, then validates the
/// result. With ignore_errors=true a failing pass yields the graph unchanged and the error
/// in entry.ignoredError. Cancelled when `work` is cancelled before or during the pass.
Result<GraphStep> runTransformStep(const tensorflow::GraphDef& graph, const std::vector<std::string>& inputs,
                                   const std::vector<std::string>& outputs, const TransformSpec& spec,
                                   const WorkContext& work = {});

/// Folds one pass's renames (current -> new) into accumulated ones (original -> current).
void composeRenames(std::map<std::string, std::string>* accumulated, const std::map<std::string, std::string>& pass);

/// Rewrites tensor or node names ("a", "a:1", "^a") whose node was renamed.
std::string remapTensorName(const std::string& tensor, const std::map<std::string, std::string>& renames);

}  // namespace tfs::transforms
