#pragma once
// Inferred dtype and shape of every node output of a shown graph (the main graph or a function
// body as functionBodyGraph builds it), from tfscope's shape inference with recorded shapes merged
// in. Edge labels, Properties and `render` read the same table.

#include <map>
#include <string>
#include <vector>

#include "core/model/graph_index.h"
#include "core/model/model.h"
#include "core/model/shape.h"
#include "core/util/status.h"
#include "tensorflow/function.pb.h"

namespace tfs::layout {

/// What is known about one output tensor.
struct OutputType {
    DataType dtype = tensorflow::DT_INVALID;  // base type; DT_INVALID when unknown
    PartialShape shape;
};

/// Output types by GraphIndex node and flat output index.
struct GraphShapes {
    std::vector<std::vector<OutputType>> outputs;
    /// The entry for this tensor, or null when inference produced none.
    const OutputType* find(int node, int output) const;
};

/// Shapes a user sets, by node or argument name ("x") or tensor name ("x:0").
using InputShapes = std::map<std::string, PartialShape>;

/// Input and output shapes of the first meta graph's signatures, by tensor name: facts TensorFlow recorded.
std::map<std::string, PartialShape> signatureShapeHints(const Model& model);

/// Shapes of a model's main graph (`index` is over model.graph()); signature shapes are merged in,
/// `inputs` override Placeholder shapes.
Result<GraphShapes> inferMainGraphShapes(const Model& model, const GraphIndex& index, const InputShapes& inputs = {});

/// Shapes of a function body graph (`bodyIndex` is over functionBodyGraph(function)). An argument's shape is
/// the user's from `inputs` (by argument name) when set, else its recorded shape merged with `callerArgs[i]`
/// (what a caller passes, see callArgumentShapes; may be empty).
Result<GraphShapes> inferFunctionBodyShapes(const tensorflow::FunctionDef& function, const tensorflow::FunctionDefLibrary& library,
                                            const GraphIndex& bodyIndex, const InputShapes& inputs = {},
                                            const std::vector<PartialShape>& callerArgs = {});

/// The shapes a call node passes to its function (one per data input, unknown where not inferred).
std::vector<PartialShape> callArgumentShapes(const GraphIndex& caller, const GraphShapes& callerShapes, int callNode);

/// A graph input a user can give a shape: a Placeholder, or a function argument that is not a resource handle.
struct ShapeableInput {
    std::string name;
    DataType dtype = tensorflow::DT_INVALID;
    PartialShape shape;  // what inference knows now
};
/// The inputs of a shown graph, in graph order.
std::vector<ShapeableInput> shapeableInputs(const GraphIndex& index, const GraphShapes* shapes);

/// The user's shapes `user` with the leading (batch) dim of every rank >= 1 input set to `batch` (-1 = unknown)
/// where it is unknown now or was set by the user before; other dims stay as they are.
InputShapes withBatchSize(const std::vector<ShapeableInput>& inputs, const InputShapes& user, int64_t batch);

}  // namespace tfs::layout
