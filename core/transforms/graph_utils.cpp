#include "core/transforms/graph_utils.h"

#include <algorithm>
#include <charconv>

#include "core/model/graph_index.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"

namespace tfs::transforms {

std::string nodeName(const std::string& input) { return nodeNameOf(input); }

bool isControlInput(const std::string& input) { return !input.empty() && input[0] == '^'; }

std::string canonicalInput(const std::string& input) {
    if (isControlInput(input)) return input;
    if (input.find(':') == std::string::npos) return input + ":0";
    return input;
}

int outputIndex(const std::string& input) {
    if (isControlInput(input)) return -1;
    auto colon = input.rfind(':');
    if (colon == std::string::npos) return 0;
    int value = 0;
    auto [ptr, ec] = std::from_chars(input.data() + colon + 1, input.data() + input.size(), value);
    return ec == std::errc() ? value : 0;
}

std::map<std::string, const tensorflow::NodeDef*> mapNamesToNodes(const tensorflow::GraphDef& graph) {
    std::map<std::string, const tensorflow::NodeDef*> result;
    for (const auto& node : graph.node()) result.emplace(node.name(), &node);
    return result;
}

std::map<std::string, std::vector<const tensorflow::NodeDef*>> mapConsumers(const tensorflow::GraphDef& graph) {
    std::map<std::string, std::vector<const tensorflow::NodeDef*>> result;
    for (const auto& node : graph.node())
        for (const auto& input : node.input()) result[nodeName(input)].push_back(&node);
    return result;
}

std::vector<std::string> dataInputs(const tensorflow::NodeDef& node) {
    std::vector<std::string> result;
    for (const auto& input : node.input())
        if (!isControlInput(input)) result.push_back(input);
    return result;
}

std::set<std::string> nodeNames(const std::vector<std::string>& tensors) {
    std::set<std::string> result;
    for (const auto& t : tensors)
        if (!t.empty()) result.insert(nodeName(t));
    return result;
}

void replaceInputs(tensorflow::GraphDef* graph, const std::map<std::string, std::string>& tensorMap,
                   const std::set<std::string>& skipNodes) {
    if (tensorMap.empty()) return;
    std::map<std::string, std::string> controlMap;
    for (const auto& [from, to] : tensorMap) controlMap.emplace(nodeName(from), nodeName(to));
    for (auto& node : *graph->mutable_node()) {
        if (skipNodes.count(node.name())) continue;
        std::vector<std::string> data;
        std::vector<std::string> control;
        bool changed = false;
        for (const auto& input : node.input()) {
            if (isControlInput(input)) {
                std::string target = input.substr(1);
                // Follow chains (a -> b -> c) a bounded number of times.
                for (int hop = 0; hop < 64; ++hop) {
                    auto it = controlMap.find(target);
                    if (it == controlMap.end() || it->second == target) break;
                    target = it->second;
                    changed = true;
                }
                std::string c = "^" + target;
                if (std::find(control.begin(), control.end(), c) == control.end()) control.push_back(c);
                else changed = true;
            } else {
                std::string current = canonicalInput(input);
                for (int hop = 0; hop < 64; ++hop) {
                    auto it = tensorMap.find(current);
                    if (it == tensorMap.end() || canonicalInput(it->second) == current) break;
                    current = canonicalInput(it->second);
                    changed = true;
                }
                data.push_back(changed || current != canonicalInput(input) ? current : input);
            }
        }
        if (!changed) continue;
        node.clear_input();
        for (auto& d : data) {
            // Keep GraphDef style: "a" instead of "a:0".
            if (d.size() > 2 && d.compare(d.size() - 2, 2, ":0") == 0 && d.find(':') == d.size() - 2)
                d.resize(d.size() - 2);
            node.add_input(d);
        }
        for (const auto& c : control) {
            // A control edge from a node that is also a data input is redundant.
            bool redundant = false;
            for (const auto& d : data)
                if (nodeName(d) == c.substr(1)) redundant = true;
            if (!redundant && c.substr(1) != node.name()) node.add_input(c);
        }
    }
}

void renameNodes(const tensorflow::GraphDef& in, const std::map<std::string, std::string>& renames,
                 tensorflow::GraphDef* out) {
    *out = in;
    for (auto& node : *out->mutable_node()) {
        auto it = renames.find(node.name());
        if (it != renames.end()) node.set_name(it->second);
        for (auto& input : *node.mutable_input()) {
            auto r = renames.find(nodeName(input));
            if (r == renames.end()) continue;
            size_t colon = input.find(':');
            input = isControlInput(input) ? "^" + r->second
                                          : r->second + (colon == std::string::npos ? "" : input.substr(colon));
        }
    }
}

void filterGraph(const tensorflow::GraphDef& in, const std::function<bool(const tensorflow::NodeDef&)>& keep,
                 tensorflow::GraphDef* out) {
    out->Clear();
    *out->mutable_versions() = in.versions();
    *out->mutable_library() = in.library();
    for (const auto& node : in.node())
        if (keep(node)) *out->add_node() = node;
}

Status sortByExecutionOrder(const tensorflow::GraphDef& in, tensorflow::GraphDef* out) {
    GraphIndex index(in);
    if (!index.cyclicNodes().empty())
        return invalidArgument(TFS_PHRASE("Errors", "graph has a cycle through node '%1' that is not a TF1 loop; cannot sort it"),
                               index.node(index.cyclicNodes().front()).name());
    out->Clear();
    *out->mutable_versions() = in.versions();
    *out->mutable_library() = in.library();
    for (int i : index.topologicalOrder()) *out->add_node() = index.node(i);
    return okStatus();
}

Result<Tensor> constValue(const tensorflow::NodeDef& node) {
    auto it = node.attr().find("value");
    if (it == node.attr().end() || !it->second.has_tensor())
        return invalidArgument(TFS_PHRASE("Errors", "node '%1' (%2) has no 'value' tensor attribute"),
                               node.name(), node.op());
    auto tensor = Tensor::fromProto(it->second.tensor());
    if (!tensor.ok()) return tensor.status().withContext(TFS_PHRASE("Errors", "node '%1'"), node.name());
    return tensor;
}

void makeConst(const std::string& name, const Tensor& value, tensorflow::NodeDef* node) {
    std::string copy = name;  // name may alias node->name()
    node->Clear();
    node->set_name(copy);
    node->set_op("Const");
    (*node->mutable_attr())["dtype"].set_type(value.dtype());
    value.toProto((*node->mutable_attr())["value"].mutable_tensor());
}

void setTypeAttr(tensorflow::NodeDef* node, const std::string& name, tensorflow::DataType type) {
    (*node->mutable_attr())[name].set_type(type);
}

std::string uniqueName(const std::string& base, std::set<std::string>* taken) {
    std::string name = base;
    for (int i = 1; taken->count(name); ++i) name = base + "_" + std::to_string(i);
    taken->insert(name);
    return name;
}

bool isStatefulOp(const std::string& op) {
    static const std::set<std::string> stateful = {
        "Variable", "VariableV2", "VarHandleOp", "ReadVariableOp", "AssignVariableOp", "AssignAddVariableOp",
        "AssignSubVariableOp", "Assign", "AssignAdd", "AssignSub", "ScatterUpdate", "ScatterAdd", "ResourceGather",
        "ResourceApplyGradientDescent", "ApplyGradientDescent", "VarIsInitializedOp", "IsVariableInitialized",
        "Placeholder", "PlaceholderV2", "PlaceholderWithDefault", "RandomUniform", "RandomUniformInt",
        "RandomStandardNormal", "TruncatedNormal", "RandomShuffle", "Multinomial", "RandomGamma", "RandomPoisson",
        "StatelessRandomUniform", "Print", "PrintV2", "Assert", "SaveV2", "RestoreV2", "Save", "Restore",
        "MergeV2Checkpoints", "ShardedFilename", "QueueDequeueV2", "QueueDequeue", "QueueEnqueueV2",
        "FIFOQueueV2", "HashTableV2", "LookupTableFindV2", "LookupTableImportV2", "InitializeTableFromTextFileV2",
        "MutableHashTableV2", "Enter", "Exit", "Merge", "Switch", "NextIteration", "LoopCond", "RefEnter",
        "RefSwitch", "RefMerge", "TensorArrayV3", "TensorArrayReadV3", "TensorArrayWriteV3",
        "TensorArrayGatherV3", "TensorArrayScatterV3", "TensorArraySizeV3", "Stack", "StackV2", "StackPushV2",
        "StackPopV2", "StatefulPartitionedCall", "PartitionedCall", "While", "StatelessWhile", "If",
        "StatelessIf", "Case", "NoOp", "ControlTrigger", "IteratorV2", "IteratorGetNext", "MakeIterator",
        "OneShotIterator", "ReaderReadV2", "ReadFile", "WriteFile", "ImmutableConst", "Stage", "Unstage", "_Recv", "_Send", "_Arg", "_Retval", "DebugIdentity"};
    return stateful.count(op) > 0;
}

std::string stableBytes(const google::protobuf::Message& message) {
    std::string bytes;
    google::protobuf::io::StringOutputStream stream(&bytes);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    message.SerializeToCodedStream(&coded);
    coded.Trim();
    return bytes;
}

uint64_t graphBytes(const tensorflow::GraphDef& graph) { return graph.ByteSizeLong(); }

}  // namespace tfs::transforms
