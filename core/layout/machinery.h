#pragma once
// Training, saving and initialisation machinery of a graph, which the first
// picture of a TF1 training graph leaves out so the model itself can be read.

#include <vector>

#include "core/model/graph_index.h"

namespace tfs::layout {

/// Per node: 1 when it is bookkeeping (gradients, optimizer updates and slots, savers,
/// initialisers, summaries) or feeds only such nodes. Weights, inputs and everything an
/// output depends on stay 0. All zeros when hiding would leave nothing to draw.
std::vector<char> trainingMachinery(const GraphIndex& index);

/// How many nodes `mask` marks.
int countMarked(const std::vector<char>& mask);

}  // namespace tfs::layout
