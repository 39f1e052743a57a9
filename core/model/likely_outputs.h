#pragma once
// Guessing a graph's outputs when no signature names them: nodes whose data
// nobody consumes, minus the bookkeeping of training, saving, summaries and
// input pipelines.

#include <string>
#include <vector>

#include "core/model/graph_index.h"

namespace tfs {

/// Op types whose unconsumed outputs are machinery, never model outputs.
bool isBookkeepingOp(const std::string& op);

/// Node names in training, saving, initialisation or summary scopes.
bool isBookkeepingName(const std::string& name);

/// Indices of the likely output nodes of `index`, in graph order. When the graph
/// has inputs (placeholders or an iterator), outputs must depend on one of them:
/// a value computed from variables alone (global_step/add, slot reads) is bookkeeping.
std::vector<int> likelyOutputNodes(const GraphIndex& index);

}  // namespace tfs
