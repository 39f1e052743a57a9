#pragma once
// A library function's body as a GraphDef that the layout (and the GUI) can show:
// its nodes plus one _Arg node per input, one _Retval per output and one NoOp "control_ret"
// waiting for the control outputs.

#include <memory>
#include <string>

#include "tensorflow/function.pb.h"
#include "tensorflow/graph.pb.h"

namespace tfs::layout {

/// Builds the body graph of a function (argument and return nodes added, names kept unique).
std::shared_ptr<tensorflow::GraphDef> functionBodyGraph(const tensorflow::FunctionDef& function);

/// The function of this name in the library, or null.
const tensorflow::FunctionDef* findFunction(const tensorflow::FunctionDefLibrary& library, const std::string& name);

}  // namespace tfs::layout
