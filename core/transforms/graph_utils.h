#pragma once
// Small GraphDef helpers shared by the passes: name parsing, lookups,
// input rewiring, constants and attributes.

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/model/tensor.h"
#include "core/util/status.h"
#include "google/protobuf/message.h"
#include "tensorflow/graph.pb.h"

namespace tfs::transforms {

/// "a:1" -> "a", "^a" -> "a".
std::string nodeName(const std::string& input);
/// "a" -> "a:0", "a:1" -> "a:1", "^a" -> "^a".
std::string canonicalInput(const std::string& input);
bool isControlInput(const std::string& input);
/// Output index of a data input ("a:2" -> 2, "a" -> 0).
int outputIndex(const std::string& input);

/// Node name -> node (first occurrence wins).
std::map<std::string, const tensorflow::NodeDef*> mapNamesToNodes(const tensorflow::GraphDef& graph);
/// Node name -> nodes that consume it (data or control).
std::map<std::string, std::vector<const tensorflow::NodeDef*>> mapConsumers(const tensorflow::GraphDef& graph);

/// Non-control inputs of a node.
std::vector<std::string> dataInputs(const tensorflow::NodeDef& node);

/// Node names of the --inputs / --outputs lists ("x:0" -> "x").
std::set<std::string> nodeNames(const std::vector<std::string>& tensors);

/// Rewrites inputs everywhere: tensor "from" (canonical "a:0") becomes "to";
/// control inputs on from's node move to to's node. Duplicated control inputs are dropped.
void replaceInputs(tensorflow::GraphDef* graph, const std::map<std::string, std::string>& tensorMap,
                   const std::set<std::string>& skipNodes = {});

/// Copies `in` with nodes renamed (old -> new) and every data and control reference updated.
void renameNodes(const tensorflow::GraphDef& in, const std::map<std::string, std::string>& renames,
                 tensorflow::GraphDef* out);

/// Copies the nodes for which keep() is true.
void filterGraph(const tensorflow::GraphDef& in, const std::function<bool(const tensorflow::NodeDef&)>& keep,
                 tensorflow::GraphDef* out);

/// Topologically sorts nodes (TF1 loop back edges ignored); error when a real cycle remains.
Status sortByExecutionOrder(const tensorflow::GraphDef& in, tensorflow::GraphDef* out);

/// The value of a Const node.
Result<Tensor> constValue(const tensorflow::NodeDef& node);
/// Fills a node as a Const holding the tensor.
void makeConst(const std::string& name, const Tensor& value, tensorflow::NodeDef* node);
/// Sets attr `name` to a data type.
void setTypeAttr(tensorflow::NodeDef* node, const std::string& name, tensorflow::DataType type);

/// A name not in `taken` starting from base (base, base_1, base_2, ...); adds it to taken.
std::string uniqueName(const std::string& base, std::set<std::string>* taken);

/// Ops that must never be folded or merged: not a pure function of their inputs
/// (variables, placeholders, random, queues, I/O, control flow, calls, side effects).
bool isStatefulOp(const std::string& op);

/// Deterministic serialization (attr maps sorted), for comparing nodes.
std::string stableBytes(const google::protobuf::Message& message);

/// Serialized size of a graph in bytes.
uint64_t graphBytes(const tensorflow::GraphDef& graph);

}  // namespace tfs::transforms
