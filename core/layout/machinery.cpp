#include "core/layout/machinery.h"

#include <algorithm>

#include "core/model/likely_outputs.h"

namespace tfs::layout {
namespace {

// Weights and inputs are drawn even though their ops count as bookkeeping for outputs.
bool isModelSource(const std::string& op) {
    return op == "Const" || op == "VariableV2" || op == "Variable" || op == "VarHandleOp" || op == "Placeholder" ||
           op == "PlaceholderWithDefault";
}

}  // namespace

std::vector<char> trainingMachinery(const GraphIndex& index) {
    const int n = index.size();
    std::vector<char> hidden(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        const auto& node = index.node(i);
        bool bookkeepingOp = isBookkeepingOp(node.op()) && !isModelSource(node.op());
        hidden[size_t(i)] = bookkeepingOp || isBookkeepingName(node.name());
    }
    // Whatever feeds only hidden nodes (initial values, learning rates) goes with them:
    // walk consumers before producers.
    const auto& order = index.topologicalOrder();
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        int i = *it;
        if (hidden[size_t(i)] || index.consumers(i).empty()) continue;
        bool allHidden = true;
        for (const auto& e : index.consumers(i)) allHidden = allHidden && hidden[size_t(e.dst)];
        if (allHidden) hidden[size_t(i)] = 1;
    }
    if (countMarked(hidden) == n) std::fill(hidden.begin(), hidden.end(), 0);
    return hidden;
}

int countMarked(const std::vector<char>& mask) { return int(std::count(mask.begin(), mask.end(), 1)); }

}  // namespace tfs::layout
