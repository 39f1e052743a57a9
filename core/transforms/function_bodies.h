#pragma once
// Running node-level passes on TF2 function bodies: a FunctionDef is turned into
// a GraphDef (arguments as Placeholders, "node:out_arg:i" inputs as flat "node:k"),
// transformed with its arguments and returns protected, and turned back.

#include <string>
#include <vector>

#include "core/transforms/runner.h"
#include "tensorflow/function.pb.h"

namespace tfs::transforms {

/// A function body as a graph, with what must stay: argument and return tensors.
struct BodyGraph {
    tensorflow::GraphDef graph;        // args are Placeholders named like the args
    std::vector<std::string> inputs;   // argument names
    std::vector<std::string> outputs;  // return tensors ("node:k") then control-return nodes
};

/// Converts a function body; error for functions with unresolvable inputs or generic argument types.
Result<BodyGraph> functionToBodyGraph(const tensorflow::FunctionDef& function, const tensorflow::FunctionDefLibrary& library);

/// Converts a (transformed) body graph back, keeping the original signature, attrs and arg attrs.
Result<tensorflow::FunctionDef> bodyGraphToFunction(const tensorflow::GraphDef& body, const tensorflow::FunctionDef& original,
                                                    const tensorflow::FunctionDefLibrary& library);

/// Whether a pass makes sense inside function bodies (node-local rewrites; not passes that
/// need graph inputs/outputs, rename nodes, or edit the library).
bool appliesToFunctionBodies(const std::string& pass);

/// Applies the body-safe passes among `specs` to every function of graph->library();
/// bodies that fail to convert or transform are left as they were (noted in the log entry).
/// Adds one "function bodies" entry to the log; `changed` (may be null) receives the names of
/// the functions whose body changed.
Status transformFunctionBodies(tensorflow::GraphDef* graph, const std::vector<TransformSpec>& specs, TransformLog* log,
                               std::vector<std::string>* changed = nullptr);

}  // namespace tfs::transforms
