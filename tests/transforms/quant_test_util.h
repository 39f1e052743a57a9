#pragma once
// Helpers for the eight-bit tests: random tensors, small graph building,
// running a graph on the executor and comparing outputs.

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "core/model/tensor.h"
#include "core/util/status.h"
#include "tensorflow/graph.pb.h"

namespace tfs::test::quant {

/// A float tensor of N(0, stddev) values from a fixed seed.
Tensor randomFloat(const Dims& dims, uint32_t seed, double stddev = 1.0, double mean = 0.0);
/// Adds a node (op, inputs, float T attr unless noT) and returns it for further attrs.
tensorflow::NodeDef* addNode(tensorflow::GraphDef* g, const std::string& name, const std::string& op,
                             const std::vector<std::string>& inputs, bool noT = false);
/// Adds a Const node holding `value`.
void addConst(tensorflow::GraphDef* g, const std::string& name, const Tensor& value);
/// Adds a float Placeholder.
void addPlaceholder(tensorflow::GraphDef* g, const std::string& name);
/// Sets a list(int) attr.
void setInts(tensorflow::NodeDef* node, const std::string& attr, const std::vector<int64_t>& values);

/// A small float CNN on x[1,8,8,3]: Conv2D(w/read) -> BiasAdd -> Relu -> MaxPool -> Reshape -> MatMul -> BiasAdd
/// ("out"), and ConcatV2 of MaxPool and AvgPool ("cat"); seeded random weights.
tensorflow::GraphDef smallCnn();
/// Runs a graph with feeds, fetching `fetches`.
Result<std::vector<Tensor>> run(const tensorflow::GraphDef& graph, const std::vector<std::pair<std::string, Tensor>>& feeds,
                                const std::vector<std::string>& fetches);
/// Cosine similarity of two tensors read as doubles.
double cosine(const Tensor& a, const Tensor& b);
/// Largest |a - b|.
double maxAbsDiff(const Tensor& a, const Tensor& b);
/// Index of the largest element.
int64_t argmax(const Tensor& t);

/// One reference case of a shared model: feeds and expected outputs.
struct RefCase {
    std::string name;
    std::vector<std::pair<std::string, Tensor>> inputs;
    std::vector<std::pair<std::string, Tensor>> outputs;
};
/// The "run" reference cases stored under <shared model folder>/reference.
std::vector<RefCase> referenceCases(const std::string& folder);

}  // namespace tfs::test::quant
