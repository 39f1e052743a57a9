#pragma once
// Static shape inference over a GraphDef: element types and (partial) shapes of
// every output tensor, without running anything. Starts from Placeholder shape
// attrs, `_output_shapes` attrs and user-given input shapes, and propagates
// small constant integer tensors (Shape -> StridedSlice -> Pack -> Reshape).
// What cannot be known stays unknown; it never guesses.

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/model/dtype.h"
#include "core/model/shape.h"
#include "core/model/tensor.h"
#include "core/util/status.h"
#include "tensorflow/function.pb.h"
#include "tensorflow/graph.pb.h"

namespace tfs {

class GraphIndex;

/// Marks an unknown element in InferredTensor::partialValue.
inline constexpr int64_t kUnknownValue = std::numeric_limits<int64_t>::min();

/// What shape inference knows about one tensor.
struct InferredTensor {
    DataType dtype = tensorflow::DT_INVALID;  // base type (no _REF); DT_INVALID when unknown
    PartialShape shape;
    /// The value, for small constant integer tensors and numeric scalars.
    std::optional<Tensor> value;
    /// For integer scalars/vectors known only in part (e.g. Shape of [?,28,28,1]):
    /// the elements, kUnknownValue where unknown. Empty when unused or when `value` is set.
    std::vector<int64_t> partialValue;
    /// For resource handles: element type and shape of the variable behind the handle, when known.
    DataType handleDtype = tensorflow::DT_INVALID;
    PartialShape handleShape;
};

/// Inferred tensors keyed by tensor name "node:idx".
using ShapeMap = std::map<std::string, InferredTensor>;

/// Infers dtypes and shapes of every node output of `graph` (function bodies are
/// not entered; function-call ops use their output shape attrs). `inputShapes`
/// overrides shapes by node name ("x") or tensor name ("x:0").
Result<ShapeMap> inferShapes(const tensorflow::GraphDef& graph,
                             const std::map<std::string, PartialShape>& inputShapes = {});

/// Like inferShapes, with extra shape hints by tensor name ("x:0") that are merged
/// dim by dim with what is known (as `_output_shapes` are), e.g. SignatureDef input shapes.
Result<ShapeMap> inferShapesWithHints(const tensorflow::GraphDef& graph,
                                      const std::map<std::string, PartialShape>& hints,
                                      const std::map<std::string, PartialShape>& inputShapes = {});

/// Inferred tensors per node of a GraphIndex, output by output.
using ShapesByNode = std::vector<std::vector<InferredTensor>>;

/// inferShapesWithHints for a graph already indexed (`index` built from `graph`): no second index
/// and no tensor-name keys, for callers that look results up by node.
Result<ShapesByNode> inferShapesByNode(const tensorflow::GraphDef& graph, const GraphIndex& index,
                                       const std::map<std::string, PartialShape>& hints,
                                       const std::map<std::string, PartialShape>& inputShapes = {});

/// Infers the tensors of a function body: arguments keyed "arg:0", nodes "node:flat_idx"
/// (map "node:out_arg:idx" references with flatOutputIndex). Argument shapes come from
/// `argShapes` (one per input arg) or, when empty, from the recorded arg_attr/_input_shapes.
Result<ShapeMap> inferFunctionShapes(const tensorflow::FunctionDef& function,
                                     const tensorflow::FunctionDefLibrary* library = nullptr,
                                     const std::vector<PartialShape>& argShapes = {});

/// Combines two descriptions of the same shape, keeping every known dim;
/// unknown where they disagree (so the result is never wrong if either is right).
PartialShape mergeShapes(const PartialShape& a, const PartialShape& b);
/// The most specific shape compatible with both (for loop merges): dims that differ become unknown.
PartialShape generalizeShapes(const PartialShape& a, const PartialShape& b);
/// NumPy broadcasting of two partial shapes; unknown where it cannot tell.
PartialShape broadcastShapes(const PartialShape& a, const PartialShape& b);

}  // namespace tfs
