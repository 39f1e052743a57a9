#include "core/transforms/passes/float_consts.h"

#include "core/transforms/graph_utils.h"

namespace tfs::transforms {

Status rewriteFloatConsts(const tensorflow::GraphDef& in, int64_t minimumSize, const FloatConstRewrite& rewrite,
                          tensorflow::GraphDef* out, int* rewritten) {
    std::set<std::string> taken;
    for (const auto& node : in.node()) taken.insert(node.name());
    out->Clear();
    *out->mutable_versions() = in.versions();
    *out->mutable_library() = in.library();
    int count = 0;
    for (const auto& node : in.node()) {
        auto t = node.attr().find("dtype");
        if (node.op() != "Const" || t == node.attr().end() || t->second.type() != tensorflow::DT_FLOAT) {
            *out->add_node() = node;
            continue;
        }
        auto value = constValue(node);
        if (!value.ok()) return value.status().withContext(TFS_PHRASE("Errors", "Const '%1'"), node.name());
        if (value->numElements() < minimumSize) {
            *out->add_node() = node;
            continue;
        }
        TFS_RETURN_IF_ERROR(rewrite(node, *value, &taken, out));
        ++count;
    }
    if (rewritten) *rewritten = count;
    return okStatus();
}

tensorflow::NodeDef* addReplacementNode(const tensorflow::NodeDef& original, const std::string& op,
                                        const std::vector<std::string>& inputs, tensorflow::GraphDef* out) {
    tensorflow::NodeDef* node = out->add_node();
    node->set_name(original.name());
    node->set_op(op);
    node->set_device(original.device());
    for (const auto& input : inputs) node->add_input(input);
    for (const auto& input : original.input()) node->add_input(input);  // a Const has control inputs only
    return node;
}

}  // namespace tfs::transforms
