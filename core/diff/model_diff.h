#pragma once
// What changed between two models: nodes matched by name and then by structure
// (so renames are renames), per-node changes (op, inputs through the matching,
// attributes with registry defaults filled, constant values), and the model-level
// parts (meta graphs, signatures, functions, variables, sizes, op counts).
// Plain value types; no Qt, no executor. The GUI and `--batch diff` read the same result.

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/model/model.h"
#include "core/util/progress.h"
#include "core/util/status.h"
#include "tensorflow/graph.pb.h"

namespace tfs::diff {

/// How unmatched names are paired: by name only, or also by structure (renames).
enum class MatchMode { Name, Structure };

struct DiffOptions {
    MatchMode match = MatchMode::Structure;
    /// Compare the `device` attribute/field (ignored by default: placement is not the model).
    bool compareDevice = false;
    /// Compare attributes with a leading underscore (_output_shapes, _class: tool annotations).
    bool compareInternalAttrs = false;
    /// Attributes never compared (e.g. "_output_shapes", "T").
    std::set<std::string> ignoreAttrs;
    /// Compare Const values and variable values (false: only dtype and shape).
    bool compareWeights = true;
    /// Diff function library bodies node by node.
    bool compareFunctions = true;
};

/// How one element-wise value comparison came out (Const values, checkpoint entries).
struct ValueDelta {
    DataType dtypeA = tensorflow::DT_INVALID, dtypeB = tensorflow::DT_INVALID;
    Dims shapeA, shapeB;
    bool comparable = false;    // same shape, values read (same dtype, or both numeric): the numbers below mean something
    bool bitIdentical = false;  // same dtype, shape and bytes
    bool valuesRead = false;    // false with --no-weights or when a value could not be read
    uint64_t elements = 0;
    uint64_t changedElements = 0;  // elements whose value differs (bitwise for non-numeric types)
    double maxAbsChange = 0;
    double meanAbsChange = 0;
    double maxRelChange = 0;  // max |b - a| / |a| over elements with a != 0
    bool changed() const { return !bitIdentical; }
    double changedShare() const { return elements ? double(changedElements) / double(elements) : 0.0; }
};

/// One difference of a matched node pair.
struct NodeChange {
    enum class Kind { Op, Inputs, Attr, Value, Device };
    Kind kind = Kind::Attr;
    std::string attr;  // attribute name for Attr/Value ("value" for Const)
    std::string a, b;  // short text of both sides ("[1,1,1,1]", "conv/w:0, x:0", "")
    ValueDelta value;  // for Value
};

enum class NodeStatus { Unchanged, Added, Removed, Changed, Renamed };

/// One node of A, of B, or a matched pair.
struct NodeDiff {
    NodeStatus status = NodeStatus::Unchanged;
    int a = -1, b = -1;  // node index in graph A / B (-1 when absent on that side)
    std::string nameA, nameB;
    std::string opA, opB;
    bool byStructure = false;          // matched by structure rather than by name
    std::vector<NodeChange> changes;  // empty for Unchanged, Added, Removed; a Renamed node may have some

    /// The name shown in a merged view: B's name, or A's for removed nodes.
    const std::string& name() const { return b >= 0 ? nameB : nameA; }
    const std::string& op() const { return b >= 0 ? opB : opA; }
};

struct DiffSummary {
    int added = 0, removed = 0, changed = 0, renamed = 0, unchanged = 0;
    int differences() const { return added + removed + changed + renamed; }
    void count(NodeStatus status);
    DiffSummary& operator+=(const DiffSummary& other);
};

/// Count of one op in both graphs.
struct OpCountDelta {
    std::string op;
    int a = 0, b = 0;
};

/// Node-level diff of two graphs (or two function bodies).
struct GraphDiff {
    /// Every node once: matched pairs and removed nodes in A's order, then added nodes in B's order.
    std::vector<NodeDiff> nodes;
    /// Per node index of A / B: index into `nodes`.
    std::vector<int> entryOfA, entryOfB;
    DiffSummary summary;
    std::vector<OpCountDelta> opCounts;  // ops whose count differs, by op name
    int nodesA = 0, nodesB = 0;

    bool identical() const { return summary.differences() == 0; }
    /// Index into `nodes` of the node with this name on side A (or B), or -1. Linear: in loops
    /// use entryOfA[GraphIndex::find(name)] instead.
    int findA(const std::string& name) const;
    int findB(const std::string& name) const;
};

/// Diffs two graphs node by node (the library is not looked at; see diffModels).
GraphDiff diffGraphs(const tensorflow::GraphDef& a, const tensorflow::GraphDef& b, const DiffOptions& options = {},
                     const WorkContext& work = {});

/// Changes inside one name scope and below.
struct ScopeChanges {
    std::string path;  // "" for the root
    DiffSummary summary;
};
/// Whose node names place a node in a scope: the merged view's (B's, A's for removed nodes),
/// or one side's own names (only the nodes that side has), for a picture of that side alone.
enum class ScopeNames { Merged, A, B };
/// Every scope that holds a node ("a", "a/b", ...) with the changes inside it, sorted by path.
std::vector<ScopeChanges> changesByScope(const GraphDiff& diff, ScopeNames names = ScopeNames::Merged);
/// "3 changed, 1 added" (only non-zero kinds; "" when nothing changed).
std::string describeChanges(const DiffSummary& summary);

enum class EntryStatus { Unchanged, Added, Removed, Changed };
const char* entryStatusName(EntryStatus status);  // "unchanged", "added", ...
const char* nodeStatusName(NodeStatus status);    // "unchanged", "added", "removed", "changed", "renamed"

/// A library function present in A, B or both (paired by name).
struct FunctionDiff {
    std::string nameA, nameB;
    EntryStatus status = EntryStatus::Unchanged;
    std::vector<std::string> signatureChanges;  // "input x: float32 -> float16"
    GraphDiff body;                             // over the bodies as functionBodyGraph builds them
    std::string problem;                        // a body that could not be converted
    const std::string& name() const { return nameB.empty() ? nameA : nameB; }
};

/// One signature key present in A, B or both.
struct SignatureDiff {
    std::string key;
    EntryStatus status = EntryStatus::Unchanged;
    std::vector<std::string> changes;  // "input x: tensor x:0 -> input:0", "output y: shape [?,10] -> [?,12]"
};

/// One meta graph (tag set) present in A, B or both.
struct MetaGraphDiff {
    std::vector<std::string> tags;
    EntryStatus status = EntryStatus::Unchanged;
};

/// One stored variable (checkpoint key) present in A, B or both.
struct VariableDiff {
    std::string key;
    EntryStatus status = EntryStatus::Unchanged;
    ValueDelta value;     // dtype/shape of both sides; values when compared
    std::string problem;  // a value that could not be read
};

struct SizeDelta {
    uint64_t bytesA = 0, bytesB = 0;              // files on disk
    uint64_t variableBytesA = 0, variableBytesB = 0;
    int nodesA = 0, nodesB = 0;
    int functionsA = 0, functionsB = 0;
};

/// Everything that differs between two models.
struct ModelDiff {
    std::string pathA, pathB;
    std::string formatA, formatB;
    DiffOptions options;
    std::vector<MetaGraphDiff> metaGraphs;
    /// Which meta graph of each side `graph` compares (-1 when a side has none, e.g. a lone checkpoint).
    int metaGraphA = -1, metaGraphB = -1;
    GraphDiff graph;
    std::vector<SignatureDiff> signatures;
    std::vector<FunctionDiff> functions;
    std::vector<VariableDiff> variables;
    SizeDelta sizes;
    /// Node summary of the main graph plus every function body.
    DiffSummary summary;
    std::vector<Phrase> notes;  // e.g. "B has no graph: only variables compared" ("Notes" phrases)

    /// True when nothing of meaning differs (sizes on disk alone do not count).
    bool identical() const;
};

/// Diffs two loaded models (any formats, also of different formats): the first meta
/// graph of A is paired with B's meta graph of the same tags (else B's first).
Result<ModelDiff> diffModels(const Model& a, const Model& b, const DiffOptions& options = {}, const WorkContext& work = {});

}  // namespace tfs::diff
