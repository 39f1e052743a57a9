#pragma once
// Lookup structures over a GraphDef (or a function body): nodes by name,
// resolved input edges, consumers, topological order and the name-scope tree.
// Rebuild after every edit; the GraphDef stays the source of truth.

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "google/protobuf/repeated_field.h"
#include "tensorflow/graph.pb.h"

namespace tfs {

/// A parsed input string: "^ctrl", "node", "node:1", or in function bodies "node:out:0".
struct TensorRef {
    std::string node;
    int output = 0;           // flat index for GraphDefs; the trailing index in function bodies
    std::string outputArg;    // function bodies only: "out" in "node:out:0"
    bool control = false;

    static TensorRef parse(std::string_view input);
    /// "node:1" ("node:0" for output 0), "^node" for control inputs.
    std::string toString() const;
};

/// "node:0" -> "node"; "^node" -> "node".
std::string nodeNameOf(std::string_view input);

/// The scope paths that contain a node ("a", "a/b" for "a/b/c"): the one rule for which scope a name is in.
std::vector<std::string> enclosingScopes(const std::string& nodeName);

struct GraphEdge {
    int src = -1;        // producing node (-1 when dangling)
    int srcOutput = 0;
    int dst = -1;        // consuming node
    int dstInput = 0;    // position in dst's input list
    bool control = false;
};

/// A name scope ("a/b" for nodes "a/b/c"), with its nodes and child scopes.
struct NameScope {
    std::string path;  // full path, "" for the root
    std::string name;  // last component
    std::vector<int> nodes;  // nodes directly in this scope
    std::map<std::string, std::unique_ptr<NameScope>> children;
    int totalNodes = 0;  // nodes in this scope and below
};

class GraphIndex {
public:
    explicit GraphIndex(const tensorflow::GraphDef& graph);
    explicit GraphIndex(const google::protobuf::RepeatedPtrField<tensorflow::NodeDef>& nodes,
                        const std::vector<std::string>& argumentNames = {});

    int size() const { return int(nodes_.size()); }
    const tensorflow::NodeDef& node(int i) const { return *nodes_[size_t(i)]; }
    /// Index of the node with this name, or -1.
    int find(std::string_view name) const;

    /// Input edges of a node, in input order (dangling inputs have src == -1).
    const std::vector<GraphEdge>& inputs(int node) const { return inputs_[size_t(node)]; }
    /// Edges whose producer is this node.
    const std::vector<GraphEdge>& consumers(int node) const { return consumers_[size_t(node)]; }

    /// Topological order that ignores back edges into Merge from NextIteration
    /// (TF1 loops); nodes on real cycles are appended at the end.
    const std::vector<int>& topologicalOrder() const { return order_; }
    /// Nodes that are part of a cycle not explained by TF1 loops.
    const std::vector<int>& cyclicNodes() const { return cyclic_; }
    /// "node 'a' input 'b:0' does not name a node" messages.
    const std::vector<std::string>& danglingInputs() const { return dangling_; }
    /// Names that occur more than once.
    const std::vector<std::string>& duplicateNames() const { return duplicates_; }

    const NameScope& scopes() const { return *root_; }

private:
    void build(const std::vector<std::string>& argumentNames);

    std::vector<const tensorflow::NodeDef*> nodes_;
    std::unordered_map<std::string_view, int> byName_;
    std::vector<std::vector<GraphEdge>> inputs_;
    std::vector<std::vector<GraphEdge>> consumers_;
    std::vector<int> order_;
    std::vector<int> cyclic_;
    std::vector<std::string> dangling_;
    std::vector<std::string> duplicates_;
    std::unique_ptr<NameScope> root_;
};

}  // namespace tfs
