#pragma once
// Edge captions ("float32 [?,28,28,1]") from inferred shapes (see graph_shapes.h), recorded output
// shapes and the op registry's dtypes, shared by the GUI, Properties and headless rendering.

#include <string>
#include <vector>

#include "core/layout/graph_shapes.h"
#include "core/layout/visible_graph.h"
#include "core/model/graph_index.h"
#include "tensorflow/function.pb.h"

namespace tfs::layout {

/// What is known about output `output` of `node`: the inferred type when inference knows it, else the
/// registry's dtype and the recorded `_output_shapes` / Placeholder / Const shape. `shapes` may be null.
OutputType outputType(const GraphIndex& index, const tensorflow::FunctionDefLibrary& library, int node, int output,
                      const GraphShapes* shapes);

/// "float32 [?,29,29,32]", "float32", "[3]"; "" when neither dtype nor shape is known.
std::string outputTypeText(const OutputType& type);

/// Caption of output `output` of `node` (outputTypeText of outputType).
std::string edgeLabelText(const GraphIndex& index, const tensorflow::FunctionDefLibrary& library, int node, int output,
                          const GraphShapes* shapes);

/// One caption per edge of `graph`: the output type on data edges (only for pictures up to
/// kMaxItemsWithEdgeLabels boxes), the source's name on stubs; "" for none.
std::vector<std::string> edgeCaptions(const VisibleGraph& graph, const GraphIndex& index,
                                      const tensorflow::FunctionDefLibrary& library, const GraphShapes* shapes);

/// Edge labels cost layout time (they become extra ranks): only pictures up to this many boxes get them.
constexpr size_t kMaxItemsWithEdgeLabels = 300;

}  // namespace tfs::layout
