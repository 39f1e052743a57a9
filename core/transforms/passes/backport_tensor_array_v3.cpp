// backport_tensor_array_v3: TensorArray*V3 -> TensorArray*V2 for runtimes that predate V3.
// As in GTT, the V3 array's extra `flow` output (and TensorArrayGradV3's flow_out) is replaced
// by a float Const; unlike GTT, attributes the V2 ops do not have (identical_element_shapes)
// are dropped so the result is a valid V2 graph, and function bodies are left untouched.

#include <map>
#include <set>

#include "core/model/tensor.h"
#include "core/transforms/graph_utils.h"
#include "core/transforms/passes/passes.h"

namespace tfs::transforms {

Status backportTensorArrayV3(const tensorflow::GraphDef& in, const TransformContext& context,
                             tensorflow::GraphDef* out) {
    static const std::map<std::string, std::string> kRenames = {
        {"TensorArrayV3", "TensorArrayV2"},           {"TensorArrayGradV3", "TensorArrayGradV2"},
        {"TensorArrayWriteV3", "TensorArrayWriteV2"}, {"TensorArrayReadV3", "TensorArrayReadV2"},
        {"TensorArrayGatherV3", "TensorArrayGatherV2"}, {"TensorArrayScatterV3", "TensorArrayScatterV2"},
        {"TensorArrayConcatV3", "TensorArrayConcatV2"}, {"TensorArraySplitV3", "TensorArraySplitV2"},
        {"TensorArraySizeV3", "TensorArraySizeV2"},   {"TensorArrayCloseV3", "TensorArrayCloseV2"},
    };
    std::set<std::string> taken;
    for (const auto& node : in.node()) taken.insert(node.name());
    std::map<std::string, std::string> flowMap;  // "ta:1" -> replacement Const
    out->Clear();
    *out->mutable_versions() = in.versions();
    *out->mutable_library() = in.library();
    int renamed = 0;
    for (const auto& node : in.node()) {
        auto it = kRenames.find(node.op());
        tensorflow::NodeDef* copy = out->add_node();
        *copy = node;
        if (it == kRenames.end()) continue;
        copy->set_op(it->second);
        copy->mutable_attr()->erase("identical_element_shapes");
        copy->mutable_attr()->erase("_output_shapes");
        ++renamed;
        if (node.op() != "TensorArrayV3" && node.op() != "TensorArrayGradV3") continue;
        // V2 has no flow output: consumers of output 1 read an arbitrary float instead (GTT uses 1.0).
        tensorflow::NodeDef* flow = out->add_node();
        makeConst(uniqueName(node.name() + "/replacement_flow_node", &taken),
                  Tensor::scalar<float>(tensorflow::DT_FLOAT, 1.0f), flow);
        flow->set_device(node.device());
        flowMap[node.name() + ":1"] = flow->name() + ":0";
    }
    // Only data inputs move: a control dependency on the array node still means the array node.
    for (auto& node : *out->mutable_node())
        for (auto& input : *node.mutable_input()) {
            if (isControlInput(input)) continue;
            auto f = flowMap.find(canonicalInput(input));
            if (f != flowMap.end()) input = f->second;
        }
    context.note(TFS_PHRASE("Notes", "backported %1 TensorArray V3 nodes"), renamed);
    return okStatus();
}

}  // namespace tfs::transforms
