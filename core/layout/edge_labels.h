#pragma once
// Edge captions ("float32 [?,28,28,1]") from recorded output shapes and the op registry's dtypes,
// shared by the GUI and headless rendering.

#include <string>

#include "core/model/graph_index.h"
#include "tensorflow/function.pb.h"

namespace tfs::layout {

/// Caption of output `output` of `node`; "" when neither dtype nor shape is known.
std::string edgeLabelText(const GraphIndex& index, const tensorflow::FunctionDefLibrary& library, int node, int output,
                          bool isFunction);

/// Edge labels cost layout time (they become extra ranks): only pictures up to this many boxes get them.
constexpr size_t kMaxItemsWithEdgeLabels = 300;

}  // namespace tfs::layout
