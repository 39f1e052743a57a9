#include "core/model/likely_outputs.h"

#include <initializer_list>
#include <set>

namespace tfs {

namespace {

bool startsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool isInputSourceOp(const std::string& op) {
    return op == "Placeholder" || op == "PlaceholderWithDefault" || op == "PlaceholderV2" || startsWith(op, "IteratorGetNext") ||
           op == "_Arg";
}

bool hasComponent(const std::string& name, std::initializer_list<const char*> components) {
    for (const char* c : components) {
        std::string part = c;
        if (name == part || startsWith(name, (part + "/").c_str()) || name.find("/" + part + "/") != std::string::npos)
            return true;
    }
    return false;
}

// Gradient and optimizer nodes: what only they read is a training loss, still an output.
bool isTrainingUpdate(const tensorflow::NodeDef& node) {
    const std::string& op = node.op();
    if (startsWith(op, "Apply") || startsWith(op, "ResourceApply") || startsWith(op, "SparseApply") ||
        startsWith(op, "ResourceSparseApply"))
        return true;
    return hasComponent(node.name(), {"gradients", "GradientDescent", "Momentum", "Adam", "Adagrad", "RMSProp", "Ftrl",
                                      "Adadelta", "training"});
}

}  // namespace

bool isBookkeepingOp(const std::string& op) {
    static const std::set<std::string> ops = {
        "Const", "NoOp", "Assign", "AssignAdd", "AssignSub", "AssignVariableOp", "AssignAddVariableOp",
        "AssignSubVariableOp", "SaveV2", "Save", "SaveSlices", "RestoreV2", "Restore", "RestoreSlice",
        "MergeV2Checkpoints", "ShardedFilename", "ShardedFilespec", "StringJoin", "VariableV2", "Variable",
        "VarHandleOp", "VarIsInitializedOp", "IsVariableInitialized", "Placeholder", "PlaceholderWithDefault",
        "Assert", "StaticRegexFullMatch", "DestroyResourceOp", "ScalarSummary", "HistogramSummary", "ImageSummary",
        "AudioSummary", "TensorSummary", "TensorSummaryV2", "MergeSummary", "WriteScalarSummary", "FlushSummaryWriter",
        "IteratorToStringHandle", "MakeIterator", "IteratorV2", "Iterator", "OneShotIterator", "AnonymousIteratorV2",
        "ReaderReadV2", "QueueEnqueueV2", "QueueCloseV2", "QueueSizeV2", "FIFOQueueV2", "RandomShuffleQueueV2"};
    if (ops.count(op)) return true;
    // Optimizer updates (ApplyAdam, ResourceSparseApplyAdagrad, ...) and tf.data pipelines.
    return startsWith(op, "Apply") || startsWith(op, "ResourceApply") || startsWith(op, "SparseApply") ||
           startsWith(op, "ResourceSparseApply") || endsWith(op, "Dataset") || endsWith(op, "DatasetV2") ||
           endsWith(op, "DatasetV3");
}

bool isBookkeepingName(const std::string& name) {
    static const char* scopes[] = {"save", "gradients", "report_uninitialized_variables", "report_uninitialized_resources",
                                   "global_step", "zero_fraction", "summaries", "training", "GradientDescent", "Momentum",
                                   "Adam", "Adagrad", "RMSProp", "Ftrl", "Adadelta", "beta1_power", "beta2_power"};
    // Any path component (or its "_<n>" variant) naming such a scope marks the node.
    size_t start = 0;
    while (start <= name.size()) {
        size_t end = name.find('/', start);
        if (end == std::string::npos) end = name.size();
        std::string part = name.substr(start, end - start);
        bool last = end == name.size();
        size_t underscore = part.find_last_of('_');
        std::string base = part;
        if (underscore != std::string::npos && underscore + 1 < part.size() &&
            part.find_first_not_of("0123456789", underscore + 1) == std::string::npos)
            base = part.substr(0, underscore);
        for (const char* s : scopes)
            if (base == s && !(last && (base == "training"))) return true;  // a lone "training" node may be an output
        if (base == "Assert" || base == "AssertGuard") return true;  // tf.debugging checks pass values through
        if (!last && startsWith(part, "init")) return true;
        if (last && (part == "init" || startsWith(part, "init_") || part == "saver_filename")) return true;
        start = end + 1;
    }
    return false;
}

std::vector<int> likelyOutputNodes(const GraphIndex& index) {
    const int n = index.size();
    // Which nodes depend (through data edges) on an input source? Walk in topological order.
    std::vector<char> fed(size_t(n), 0);
    bool hasInputs = false;
    for (int i : index.topologicalOrder()) {
        const auto& node = index.node(i);
        if (isInputSourceOp(node.op()) && !isBookkeepingName(node.name())) {
            fed[size_t(i)] = 1;
            hasInputs = true;
            continue;
        }
        for (const auto& e : index.inputs(i))
            if (!e.control && e.src >= 0 && fed[size_t(e.src)]) fed[size_t(i)] = 1;
    }
    std::vector<int> out;
    for (int i = 0; i < n; ++i) {
        const auto& node = index.node(i);
        if (isBookkeepingOp(node.op()) || isBookkeepingName(node.name())) continue;
        // Data read only by gradients or optimizers (a training loss) still counts as unconsumed.
        bool consumed = false;
        for (const auto& e : index.consumers(i)) {
            const auto& user = index.node(e.dst);
            if (!e.control && !isTrainingUpdate(user)) consumed = true;
        }
        if (consumed) continue;
        bool feedsSaver = false;
        for (const auto& e : index.inputs(i))
            if (e.src >= 0 && index.node(e.src).name() == "saver_filename") feedsSaver = true;
        if (feedsSaver) continue;
        if (hasInputs && !fed[size_t(i)]) continue;
        out.push_back(i);
    }
    // A stray Shape left behind by a pruned gradient is no output, unless nothing else is.
    auto isShapeOp = [&](int i) {
        const std::string& op = index.node(i).op();
        return op == "Shape" || op == "ShapeN" || op == "Size" || op == "Rank";
    };
    std::vector<int> data;
    for (int i : out)
        if (!isShapeOp(i)) data.push_back(i);
    return data.empty() ? out : data;
}

}  // namespace tfs
