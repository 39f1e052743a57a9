#pragma once
// What is drawn for a graph given which name scopes are expanded: nodes,
// collapsed scopes (one box each), clusters for expanded scopes, and the
// edges between them. Pure data, no Graphviz, no Qt.

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/model/graph_index.h"

namespace tfs::layout {

/// One box in the picture: a graph node, or a collapsed name scope.
struct VisibleItem {
    enum class Kind { Node, Scope };
    Kind kind = Kind::Node;
    int node = -1;           // GraphIndex node (Kind::Node)
    std::string scope;       // scope path (Kind::Scope)
    int cluster = -1;        // enclosing expanded cluster, -1 = top level
    int nodeCount = 1;       // nodes represented (1 for a node)
    /// Weights folded into this box (Const/variable chains feeding only this node).
    int folded = 0;
    /// Control inputs not drawn because this node waits for too many (see buildVisibleGraph).
    int hiddenControlInputs = 0;
    /// Kind::Scope: op type -> count of the nodes inside, for the "op mix" line.
    std::map<std::string, int> opMix;
    /// Kind::Scope that stands for a series of same-op siblings ("add", "add_1" … "add_20"), not a name scope.
    bool series = false;
    /// Drawn beside the picture with its edges as short stubs at each consumer (high fan-out sources, NoOp groups).
    bool auxiliary = false;
};

/// An expanded name scope drawn as a frame around its contents.
struct VisibleCluster {
    std::string path;   // "dense_1/BiasAdd" style scope path
    int parent = -1;    // enclosing cluster, -1 = top level
    int nodeCount = 0;  // total nodes in the scope
};

/// An edge between two visible items (parallel graph edges merged).
struct VisibleEdge {
    int from = -1;
    int to = -1;
    int srcNode = -1;    // a representative producing graph node
    int srcOutput = 0;   // and its output index
    int dstNode = -1;    // a representative consuming graph node
    bool control = false;
    int count = 1;       // graph edges merged into this one
    /// Not laid out: drawn as a short stub into `to`, labelled with the source (see VisibleItem::auxiliary).
    bool stub = false;
};

/// The visible picture of a graph for one expansion state.
struct VisibleGraph {
    std::vector<VisibleItem> items;
    std::vector<VisibleCluster> clusters;  // parents come before children
    std::vector<VisibleEdge> edges;
    std::vector<int> itemOfNode;  // graph node -> visible item index

    /// Index of the item that shows this collapsed scope, or -1.
    int findScopeItem(const std::string& scope) const;
    /// Index of the cluster of this expanded scope, or -1.
    int findCluster(const std::string& scope) const;
};

/// Default limit on drawn control inputs per node.
constexpr int kDefaultMaxControlFanIn = 6;
/// Same-op siblings named base, base_1, … collapse into one box from this many.
constexpr int kMinSeries = 5;
/// Sources (no drawn inputs) and NoOps feeding this many boxes are drawn as stubs at their consumers.
constexpr int kStubFanOut = 5;

/// The pseudo-scope path of the series `node` belongs to ("loss/add[0-20]"), or "" when it is in none.
/// Series paths go in the expanded set like scopes; '[' never occurs in TensorFlow node names.
std::string seriesOf(const GraphIndex& index, int node);
/// True for paths made by seriesOf.
bool isSeriesPath(const std::string& path);

/// Builds the visible graph: scopes in `expanded` are open, all others collapsed.
/// Scopes holding a single node are always shown open (a box for one node is noise).
/// With `foldWeights`, constants and variables (and Identity/ReadVariableOp chains of them)
/// that feed a single node are drawn inside that node's box, as TensorBoard does.
/// Control edges into a node with more than `maxControlFanIn` control inputs (0 = no limit) are not
/// drawn: such sinks (TF2's automatic control dependencies, TF1's init and restore ops) would cross
/// the whole picture with dashed lines; the node keeps the count in hiddenControlInputs.
/// Nodes marked in `hidden` (see trainingMachinery) are left out: no box, no edges, itemOfNode -1.
VisibleGraph buildVisibleGraph(const GraphIndex& index, const std::set<std::string>& expanded,
                               bool foldWeights = true, int maxControlFanIn = kDefaultMaxControlFanIn,
                               const std::vector<char>* hidden = nullptr);

/// For each graph node, the node its weight chain folds into, or -1 (see buildVisibleGraph);
/// consumers marked in `hidden` do not count.
std::vector<int> weightFolding(const GraphIndex& index, const std::vector<char>* hidden = nullptr);

/// The expansion to open a graph with: everything when it has at most `maxItems` nodes, otherwise
/// scopes opened breadth-first (smallest first) while the visible count stays within `maxItems` and
/// the opened scope's inside stays legible (few crossings, few long edges: see ExpansionJudge).
/// With `hidden` (see trainingMachinery), counts only what would be drawn. `tangled`, if given,
/// receives the scopes that fitted but were left closed because their inside would not read.
/// ExpansionRule::BoxCount skips the legibility test (the rule before it, kept for comparison in bench/).
enum class ExpansionRule { Legible, BoxCount };
std::set<std::string> initialExpansion(const GraphIndex& index, int maxItems = 250, const std::vector<char>* hidden = nullptr,
                                       std::vector<std::string>* tangled = nullptr, ExpansionRule rule = ExpansionRule::Legible);

/// The same-op series among a scope's direct nodes ("add", "add_1" … "add_20"), every member listed.
std::vector<std::vector<int>> seriesMembers(const GraphIndex& index, const NameScope& scope);

/// A graph input (Placeholder, a non-resource function argument): keeps its edges, never a stub.
bool isGraphInput(const tensorflow::NodeDef& node);

/// Every scope path of the graph (fully expanded state).
std::set<std::string> allScopes(const GraphIndex& index);

/// The scope paths that contain a node (core/model/graph_index.h).
using tfs::enclosingScopes;

/// Counts the items the given expansion would show, without building edges.
int countVisibleItems(const GraphIndex& index, const std::set<std::string>& expanded);

}  // namespace tfs::layout
