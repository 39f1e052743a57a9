#pragma once
// Internal to shape inference: what a shape function sees (the node, its
// inferred inputs) and fills (its outputs), plus helpers for constant values.

#include <optional>
#include <string>
#include <vector>

#include "core/ops/shape_inference.h"
#include "tensorflow/node_def.pb.h"

namespace tfs::shape_detail {

/// Values with more elements than this are not tracked.
inline constexpr int64_t kMaxValueElements = 1024;

/// The inputs and outputs of one node during inference.
class ShapeContext {
public:
    ShapeContext(const tensorflow::NodeDef& node, std::vector<const InferredTensor*> inputs,
                 std::vector<const tensorflow::NodeDef*> inputNodes, std::vector<InferredTensor>& outputs, int producer)
        : node_(node), inputs_(std::move(inputs)), inputNodes_(std::move(inputNodes)), outputs_(outputs), producer_(producer) {}

    const tensorflow::NodeDef& node() const { return node_; }
    int numInputs() const { return int(inputs_.size()); }
    int numOutputs() const { return int(outputs_.size()); }
    /// GraphDef producer version (old graphs encode unknown placeholder shapes as scalars).
    int producer() const { return producer_; }

    /// Input i (an unknown tensor when out of range or not inferred).
    const InferredTensor& in(int i) const;
    const PartialShape& inShape(int i) const { return in(i).shape; }
    /// Whether input i has been inferred (false for loop back edges on the first pass).
    bool hasInput(int i) const;
    /// The node producing input i, or null.
    const tensorflow::NodeDef* inputNode(int i) const;
    /// Input i's value as int64 elements, when fully known (any integer dtype, or bool).
    std::optional<std::vector<int64_t>> inInts(int i) const;
    /// Input i's value as a scalar double when known.
    std::optional<double> inScalar(int i) const;
    /// Input i read as a shape (1-D int tensor; -1 / unknown elements become unknown dims).
    PartialShape inAsShape(int i) const;
    /// Input i's elements, kUnknownValue where unknown; nullopt when nothing is known.
    std::optional<std::vector<int64_t>> inPartialInts(int i) const;

    InferredTensor& out(int i) { return outputs_[size_t(i)]; }
    void setShape(int i, PartialShape shape);
    /// Sets output i to an integer value (dtype of the output, shape `dims`), when small.
    void setIntValue(int i, const std::vector<int64_t>& values, const Dims& dims);
    /// Sets output i's partly known elements (rank 0 or 1); becomes a full value when all known.
    void setPartialInts(int i, const std::vector<int64_t>& values, bool scalar);
    /// Copies shape and values of input `from` to output `to`.
    void forward(int to, int from);

private:
    const tensorflow::NodeDef& node_;
    std::vector<const InferredTensor*> inputs_;
    std::vector<const tensorflow::NodeDef*> inputNodes_;
    std::vector<InferredTensor>& outputs_;
    int producer_;
};

/// A shape function fills the outputs it can; the rest stay unknown.
using ShapeFn = void (*)(ShapeContext& ctx);

/// The shape function for an op, or null.
ShapeFn findShapeFn(const std::string& op);
/// Every op with a shape function, sorted.
std::vector<std::string> shapeFnOps();
/// Ops listed by two shape-function lists (the first wins); empty when the table is sound.
const std::vector<std::string>& shapeFnTableErrors();

/// Registration tables of each shape_fns_*.cpp file.
struct ShapeFnEntry {
    const char* op;
    ShapeFn fn;
};
std::vector<ShapeFnEntry> arrayShapeFns();
std::vector<ShapeFnEntry> nnShapeFns();
std::vector<ShapeFnEntry> miscShapeFns();

/// Normalizes a possibly negative axis against rank; false when out of range.
bool normalizeAxis(int64_t axis, int rank, int64_t* out);
/// Dim helpers: -1 propagates.
int64_t addDims(int64_t a, int64_t b);
int64_t mulDims(int64_t a, int64_t b);
/// Known dims product of a fully known shape, or -1.
int64_t knownProduct(const PartialShape& shape);
/// Output size of a window op along one dim (SAME/VALID/EXPLICIT), -1 when unknown.
int64_t windowOutput(int64_t in, int64_t window, int64_t stride, int64_t dilation, const std::string& padding,
                     int64_t padBefore, int64_t padAfter);
/// Index of the channel / first spatial dim for a data format ("NHWC", "NCHW", "NDHWC", "NCDHW").
int channelDim(const std::string& format, int rank);
int firstSpatialDim(const std::string& format);

}  // namespace tfs::shape_detail
