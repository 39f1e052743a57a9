// backport_concatv2: rewrite ConcatV2(values..., axis) as the old Concat(axis, values...).

#include "core/transforms/graph_utils.h"
#include "core/transforms/passes/passes.h"

namespace tfs::transforms {

Status backportConcatV2(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    *out = in;
    int rewritten = 0;
    for (auto& node : *out->mutable_node()) {
        if (node.op() != "ConcatV2") continue;
        std::vector<std::string> data = dataInputs(node), control;
        for (const auto& input : node.input())
            if (isControlInput(input)) control.push_back(input);
        if (data.size() < 2) return invalidArgument(TFS_PHRASE("Errors", "ConcatV2 node '%1' has fewer than 2 inputs"),
                                                    node.name());
        node.set_op("Concat");
        node.clear_input();
        node.add_input(data.back());
        for (size_t i = 0; i + 1 < data.size(); ++i) node.add_input(data[i]);
        for (const auto& c : control) node.add_input(c);
        node.mutable_attr()->erase("Tidx");
        ++rewritten;
    }
    context.note(TFS_PHRASE("Notes", "rewrote %1 ConcatV2 nodes"), rewritten);
    return okStatus();
}

}  // namespace tfs::transforms
