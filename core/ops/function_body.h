#pragma once
// The one way tfscope turns a library function into a graph, shared by the view,
// the diff, the executor and the transforms so they all see the same nodes and edges:
//  - one `_Arg` node per input argument, named like the argument (attrs T, index);
//  - the body's nodes, inputs rewritten to graph form ("node:out_arg:i" -> "node:k");
//  - one `_Retval` per output argument, named like it ("_retval" appended on a clash), attrs T, index;
//  - when there are control outputs, one NoOp "control_ret" with a control input on each.

#include <memory>
#include <string>
#include <vector>

#include "core/util/status.h"
#include "tensorflow/function.pb.h"
#include "tensorflow/graph.pb.h"

namespace tfs {

struct FunctionBody {
    std::shared_ptr<tensorflow::GraphDef> graph;
    std::vector<std::string> args;            // _Arg node names (= argument names), signature order
    std::vector<std::string> outputs;         // returned tensors in graph form ("node:k"), signature order
    std::vector<std::string> controlOutputs;  // nodes named in control_ret, sorted and unique
    std::vector<std::string> retNodes;        // _Retval node names, signature order (then "control_ret" if any)
    /// Inputs or returns that could not be put in graph form (unknown op, bad index, missing
    /// ret); they are kept as written so a view still shows the edge. Empty when sound.
    std::vector<std::string> problems;

    /// Ok, or InvalidArgument naming the function and its first problem (for callers that must run it).
    Status check(const std::string& function) const;
};

/// Builds the graph of a function body; `library` resolves the outputs of nested function calls.
FunctionBody functionBodyGraph(const tensorflow::FunctionDef& function, const tensorflow::FunctionDefLibrary* library);

/// A function-body input ("arg", "node:out_arg:i", "^node") in graph form ("arg", "node:k", "^node").
Result<std::string> functionInputToGraph(const std::string& input, const tensorflow::FunctionDef& function,
                                         const tensorflow::FunctionDefLibrary* library);

/// The function of this name in the library, or null.
const tensorflow::FunctionDef* findFunction(const tensorflow::FunctionDefLibrary& library, const std::string& name);

}  // namespace tfs
