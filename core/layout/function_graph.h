#pragma once
// A library function's body as a GraphDef that the layout (and the GUI) can show: the one converter
// in core/ops/function_body.h (_Arg / _Retval / control_ret nodes, inputs in graph form "node:k").

#include <memory>
#include <string>

#include "tensorflow/function.pb.h"
#include "tensorflow/graph.pb.h"

namespace tfs::layout {

/// Builds the body graph of a function; `library` resolves the outputs of nested function calls.
std::shared_ptr<tensorflow::GraphDef> functionBodyGraph(const tensorflow::FunctionDef& function,
                                                        const tensorflow::FunctionDefLibrary* library = nullptr);

/// The function of this name in the library, or null.
const tensorflow::FunctionDef* findFunction(const tensorflow::FunctionDefLibrary& library, const std::string& name);

}  // namespace tfs::layout
