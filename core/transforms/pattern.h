#pragma once
// Op-type patterns and a match-and-replace helper so fusions stay short:
// "BiasAdd(Conv2D|DepthwiseConv2dNative(*, Const), Const)".

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "core/util/status.h"
#include "tensorflow/graph.pb.h"

namespace tfs::transforms {

/// A tree of op types: `op` may be "*" (any node) or "A|B" (alternatives);
/// `inputs` empty means the node's inputs are not looked at.
struct OpTypePattern {
    std::string op;
    std::vector<OpTypePattern> inputs;
    /// Back to text: "Conv2D(*,Const)".
    std::string toString() const;
};

/// Parses "Mul(Conv2D(*, Const), Const)"; error with the position when malformed.
Result<OpTypePattern> parsePattern(const std::string& text);

/// A node and the matches of its inputs, mirroring the pattern's shape.
struct NodeMatch {
    tensorflow::NodeDef node;
    std::vector<NodeMatch> inputs;
};

/// Finds where a pattern matches a graph (data inputs only, by position).
class GraphMatcher {
public:
    explicit GraphMatcher(const tensorflow::GraphDef& graph);
    /// Every non-overlapping match, trying roots in graph order.
    std::vector<NodeMatch> findMatches(const OpTypePattern& pattern);
    /// Matches the pattern rooted at this node.
    bool matchAt(const std::string& nodeName, const OpTypePattern& pattern, NodeMatch* match) const;

private:
    std::vector<const tensorflow::NodeDef*> byOrder_;
    std::map<std::string, const tensorflow::NodeDef*> byName_;
};

/// Names of every node in a match.
void collectMatchNodes(const NodeMatch& match, std::set<std::string>* names);

/// Receives one match; fills newNodes with its replacement (re-emit matched
/// Const leaves that the replacement still reads). The replacement's output
/// node should keep the root's name so consumers stay wired. Leaving newNodes
/// empty skips the match; returning an error aborts the whole pass.
using MatchReplaceFn = std::function<Status(const NodeMatch& match, std::vector<tensorflow::NodeDef>* newNodes)>;

struct ReplaceOptions {
    /// Nodes that must survive (graph inputs and outputs): a match that would remove one is skipped.
    std::set<std::string> protectedNodes;
};

/// Replaces every match. Nodes matched by a '*' leaf are inputs of the match and
/// are never removed; other matched leaves (e.g. Const) still used elsewhere are kept; a match whose interior nodes are used outside
/// it is skipped (it would duplicate work). `replaced` counts applied matches.
Status replaceMatchingOpTypes(const tensorflow::GraphDef& in, const OpTypePattern& pattern,
                              const MatchReplaceFn& replace, const ReplaceOptions& options,
                              tensorflow::GraphDef* out, int* replaced = nullptr);

}  // namespace tfs::transforms
