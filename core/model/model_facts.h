#pragma once
// Facts derived from a model for summaries: likely inputs and outputs,
// op histogram, constants and parameter counts.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/model/model.h"

namespace tfs {

struct ConstantInfo {
    std::string name;  // node name
    DataType dtype = tensorflow::DT_INVALID;
    PartialShape shape;
    uint64_t bytes = 0;
    int64_t elements = 0;
};

struct ModelFacts {
    std::vector<TensorSpec> inputs;   // Placeholder / PlaceholderWithDefault (+ signature inputs)
    std::vector<TensorSpec> outputs;  // unconsumed data-producing nodes (+ signature outputs)
    std::map<std::string, int> opCounts;          // main graph
    std::map<std::string, int> functionOpCounts;  // all function bodies
    int nodeCount = 0;
    int functionCount = 0;
    std::vector<ConstantInfo> constants;  // Const nodes with their sizes
    int64_t constantParameters = 0;       // elements in float-like constants of rank >= 1
    uint64_t constantBytes = 0;
    int64_t variableParameters = 0;       // elements of non-slot variables
    uint64_t variableBytes = 0;
    std::map<std::string, int64_t> parametersByDtype;  // "float32" -> elements
};

/// Parameters counted one way everywhere (inspect, compare, the status bar, the workbench):
/// elements of main-graph Const tensors of rank >= 1 with a parameter dtype (floating point,
/// int8/uint8, qint8/quint8; scalars such as epsilons are not weights), plus elements of
/// variables that are not optimizer slots.
struct ParameterCount {
    int64_t constant = 0;
    uint64_t constantBytes = 0;
    int64_t variable = 0;
    uint64_t variableBytes = 0;
    std::map<std::string, int64_t> byDtype;  // "float32" -> elements
    int64_t total() const { return constant + variable; }
};

/// Counts the parameters of meta graph `metaGraph` and the model's variables.
ParameterCount countParameters(const Model& model, size_t metaGraph = 0);

/// Computes facts of meta graph `metaGraph` (0 = the chosen one).
ModelFacts computeFacts(const Model& model, size_t metaGraph = 0);

}  // namespace tfs
