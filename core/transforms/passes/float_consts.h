#pragma once
// The weight-rewriting loop shared by convert_to_float16, quantize_weights and
// round_weights: visit every float32 Const big enough, let the pass emit its
// replacement, copy every other node.

#include <cstdint>
#include <functional>
#include <set>
#include <string>

#include "core/model/tensor.h"
#include "core/util/status.h"
#include "tensorflow/graph.pb.h"

namespace tfs::transforms {

/// Receives one float32 Const and its value; appends its replacement to `out` (the node that keeps
/// the Const's name last); `taken` holds every node name, for uniqueName().
using FloatConstRewrite = std::function<Status(const tensorflow::NodeDef& node, const Tensor& value,
                                               std::set<std::string>* taken, tensorflow::GraphDef* out)>;

/// Copies `in` to `out`, passing float32 Consts with at least minimumSize elements to `rewrite`;
/// `rewritten` receives how many were passed.
Status rewriteFloatConsts(const tensorflow::GraphDef& in, int64_t minimumSize, const FloatConstRewrite& rewrite,
                          tensorflow::GraphDef* out, int* rewritten = nullptr);

/// A node `name` computing `op` from `inputs` (plus the replaced Const's control inputs), on its device.
tensorflow::NodeDef* addReplacementNode(const tensorflow::NodeDef& original, const std::string& op,
                                        const std::vector<std::string>& inputs, tensorflow::GraphDef* out);

}  // namespace tfs::transforms
