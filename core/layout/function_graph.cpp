#include "core/layout/function_graph.h"

#include "core/ops/function_body.h"

namespace tfs::layout {

std::shared_ptr<tensorflow::GraphDef> functionBodyGraph(const tensorflow::FunctionDef& f,
                                                        const tensorflow::FunctionDefLibrary* library) {
    return tfs::functionBodyGraph(f, library).graph;
}

const tensorflow::FunctionDef* findFunction(const tensorflow::FunctionDefLibrary& library, const std::string& name) {
    return tfs::findFunction(library, name);
}

}  // namespace tfs::layout
