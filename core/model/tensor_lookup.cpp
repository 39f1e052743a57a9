#include "core/model/tensor_lookup.h"

namespace tfs {

namespace {

const tensorflow::NodeDef* findConst(const tensorflow::GraphDef& graph, const std::string& name) {
    for (const auto& node : graph.node())
        if (node.name() == name && node.op() == "Const") return &node;
    for (const auto& fn : graph.library().function())
        for (const auto& node : fn.node_def())
            if ((node.name() == name || fn.signature().name() + "/" + node.name() == name) && node.op() == "Const") return &node;
    return nullptr;
}

}  // namespace

Result<Tensor> readNamedTensor(const Model& model, const std::string& rawName) {
    std::string name = rawName;
    if (name.size() > 2 && name.compare(name.size() - 2, 2, ":0") == 0) name.resize(name.size() - 2);
    if (const auto* graph = model.graph()) {
        if (const auto* node = findConst(*graph, name)) {
            auto it = node->attr().find("value");
            if (it == node->attr().end()) return dataLoss(TFS_PHRASE("Errors", "Const node '%1' has no value attribute"), name);
            auto t = Tensor::fromProto(it->second.tensor());
            if (!t.ok()) return t.status().withContext(TFS_PHRASE("Errors", "Const node '%1'"), name);
            return t;
        }
    }
    if (model.variables) {
        for (const auto& v : model.variableInfos)
            if ((v.name == name || v.nodeName == name) && !v.checkpointKey.empty()) return model.variables->read(v.checkpointKey);
        if (model.variables->find(name)) return model.variables->read(name);
    }
    std::string hint;
    int shown = 0;
    for (const auto& v : model.variableInfos)
        if (v.name.find(name) != std::string::npos && shown++ < 5) hint += (hint.empty() ? "" : ", ") + v.name;
    if (hint.empty()) return notFound(TFS_PHRASE("Errors", "no constant, variable or checkpoint key named '%1' in %2"), name, model.path);
    return notFound(TFS_PHRASE("Errors", "no constant, variable or checkpoint key named '%1' in %2 (similar: %3)"), name,
                    model.path, hint);
}

}  // namespace tfs
