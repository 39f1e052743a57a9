// merge_duplicate_nodes: merge nodes with the same op, inputs, attributes and
// device (identical constants included), repeating until nothing changes.

#include <set>
#include <unordered_map>

#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"

#include "core/transforms/graph_utils.h"
#include "core/transforms/passes/passes.h"

namespace tfs::transforms {

Status mergeDuplicateNodes(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    std::set<std::string> keep = nodeNames(context.inputNames);
    for (const auto& o : nodeNames(context.outputNames)) keep.insert(o);
    tensorflow::GraphDef current = in;
    int merged = 0;
    for (int round = 0; round < 1000; ++round) {
        std::unordered_map<std::string, std::string> firstBySignature;
        std::map<std::string, std::string> tensorMap;
        std::set<std::string> dropped;
        for (const auto& node : current.node()) {
            if (keep.count(node.name()) || isStatefulOp(node.op())) continue;
            tensorflow::NodeDef key = node;
            key.clear_name();
            key.mutable_attr()->erase("_output_shapes");
            // Control inputs are an unordered set; canonicalise them.
            std::vector<std::string> data = dataInputs(node), control;
            for (const auto& input : node.input())
                if (isControlInput(input)) control.push_back(input);
            std::sort(control.begin(), control.end());
            key.clear_input();
            for (const auto& d : data) key.add_input(canonicalInput(d));
            for (const auto& c : control) key.add_input(c);
            std::string signature;
            google::protobuf::io::StringOutputStream stream(&signature);
            google::protobuf::io::CodedOutputStream coded(&stream);
            coded.SetSerializationDeterministic(true);
            key.SerializeToCodedStream(&coded);
            coded.Trim();
            auto [it, inserted] = firstBySignature.emplace(signature, node.name());
            if (inserted) continue;
            // Map every output of the duplicate to the survivor (outputs referenced by index).
            for (const auto& consumer : current.node())
                for (const auto& input : consumer.input())
                    if (!isControlInput(input) && nodeName(input) == node.name())
                        tensorMap[canonicalInput(input)] = it->second + ":" + std::to_string(outputIndex(input));
            tensorMap[node.name() + ":0"] = it->second + ":0";
            dropped.insert(node.name());
        }
        if (dropped.empty()) break;
        merged += int(dropped.size());
        tensorflow::GraphDef next;
        filterGraph(current, [&](const tensorflow::NodeDef& n) { return !dropped.count(n.name()); }, &next);
        replaceInputs(&next, tensorMap);
        current = std::move(next);
    }
    *out = std::move(current);
    context.note(TFS_PHRASE("Notes", "merged %1 duplicate nodes"), merged);
    return okStatus();
}

}  // namespace tfs::transforms
