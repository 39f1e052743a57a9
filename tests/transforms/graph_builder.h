#pragma once
// Building small GraphDefs in C++ for numerical pass tests (random weights,
// typed attributes) and running two graphs side by side on the executor.

#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "core/model/tensor.h"
#include "tensorflow/graph.pb.h"

namespace tfs::test {

/// A float32 tensor of uniform values in [-1, 1) from a fixed seed.
Tensor randomFloats(const Dims& dims, uint32_t seed);
/// An int32 tensor with these values and shape.
Tensor int32s(const Dims& dims, const std::vector<int32_t>& values);

/// Appends nodes to a GraphDef with a terse API.
class GraphBuilder {
public:
    /// A float Placeholder.
    GraphBuilder& placeholder(const std::string& name, tensorflow::DataType dtype = tensorflow::DT_FLOAT);
    /// A Const holding the tensor.
    GraphBuilder& constant(const std::string& name, const Tensor& value);
    /// Any op with inputs; T=float is set unless `typeAttr` is empty.
    tensorflow::NodeDef& op(const std::string& name, const std::string& op, std::initializer_list<std::string> inputs,
                            const std::string& typeAttr = "T");
    tensorflow::GraphDef& graph() { return graph_; }

private:
    tensorflow::GraphDef graph_;
};

/// Sets a string attr.
void setAttr(tensorflow::NodeDef& node, const std::string& name, const std::string& value);
/// Sets an int-list attr.
void setAttr(tensorflow::NodeDef& node, const std::string& name, std::initializer_list<int64_t> values);
/// Sets a bool attr.
void setBoolAttr(tensorflow::NodeDef& node, const std::string& name, bool value);
/// Sets a type attr.
void setTypeAttr(tensorflow::NodeDef& node, const std::string& name, tensorflow::DataType type);

/// Runs both graphs on the executor with the same feeds and expects every fetch to agree
/// within atol + rtol*|reference| (gtest failures name the fetch and element).
void expectSameOutputs(const tensorflow::GraphDef& reference, const tensorflow::GraphDef& transformed,
                       const std::vector<std::pair<std::string, Tensor>>& feeds, const std::vector<std::string>& fetches,
                       double rtol = 1e-5, double atol = 1e-5);

}  // namespace tfs::test
