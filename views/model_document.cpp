#include "views/model_document.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <set>

#include "core/layout/function_graph.h"
#include "core/model/attrs.h"
#include "core/model/dtype.h"

namespace tfs::views {

ModelDocument::ModelDocument(Model model) : model_(std::make_shared<const Model>(std::move(model))) {
    for (const VariableInfo& v : model_->variableInfos) {
        if (!v.shape.isFullyKnown()) continue;
        int64_t n = 1;
        for (int64_t d : v.shape.dims) n *= d;
        if (!v.optimizerSlot) variableParams_ += n;
    }
    if (const auto* g = model_->graph()) {
        for (const auto& node : g->node())
            if (node.op() == "Const") {
                DataType t = attrType(node, "dtype");
                if (isFloatingType(t)) constantParams_ += constElements(node);
            }
    }
    graph("");
}

QString ModelDocument::displayName() const {
    QFileInfo info(QString::fromStdString(model_->path));
    QString name = info.fileName();
    if (name.isEmpty() || name == QLatin1String(".")) name = info.absoluteDir().dirName();
    // SavedModel version folders ("1646034756") say little: show the parent too.
    if (info.isDir() && !name.isEmpty() && name.at(0).isDigit())
        name = info.dir().dirName() + QLatin1Char('/') + name;
    return name;
}

const tensorflow::FunctionDefLibrary& ModelDocument::library() const {
    static const tensorflow::FunctionDefLibrary empty;
    const auto* g = model_->graph();
    return g ? g->library() : empty;
}

std::shared_ptr<const GraphData> ModelDocument::graph(const std::string& key) {
    auto it = graphs_.find(key);
    if (it != graphs_.end()) return it->second;
    auto data = std::make_shared<GraphData>();
    data->key = key;
    if (key.empty()) {
        const auto* g = model_->graph();
        if (!g) return nullptr;
        // Alias the model's GraphDef (kept alive by model_).
        data->def = std::shared_ptr<const tensorflow::GraphDef>(model_, g);
        data->title = displayName().toStdString();
    } else {
        const tensorflow::FunctionDef* found = nullptr;
        for (const auto& f : library().function())
            if (f.signature().name() == key) found = &f;
        if (!found) return nullptr;
        data->def = layout::functionBodyGraph(*found, &library());
        data->title = key;
        data->isFunction = true;
    }
    data->index = std::make_unique<GraphIndex>(*data->def);
    graphs_[key] = data;
    return data;
}

std::vector<std::string> ModelDocument::calledFunctions(const tensorflow::NodeDef& node) {
    std::vector<std::string> out;
    for (const auto& [name, value] : node.attr()) {
        (void)name;
        if (value.has_func()) out.push_back(value.func().name());
        if (value.has_list())
            for (const auto& f : value.list().func()) out.push_back(f.name());
    }
    // Calls of a library function by op name.
    return out;
}

std::string ModelDocument::defaultGraphKey() const {
    if (model_->format != ModelFormat::SavedModel || model_->metaGraphs.empty()) return "";
    const MetaGraph& mg = model_->metaGraphs[0];
    const Signature* sig = nullptr;
    for (const auto& s : mg.signatures)
        if (s.key == "serving_default") sig = &s;
    if (!sig && !mg.signatures.empty()) sig = &mg.signatures[0];
    if (!sig || sig->outputs.empty()) return "";
    GraphIndex index(mg.def.graph_def());
    int n = index.find(nodeNameOf(sig->outputs[0].tensorName));
    if (n < 0) return "";
    const auto& node = index.node(n);
    if (node.op() != "StatefulPartitionedCall" && node.op() != "PartitionedCall") return "";
    auto called = calledFunctions(node);
    if (called.empty()) return "";
    for (const auto& f : library().function())
        if (f.signature().name() == called[0]) return called[0];
    return "";
}

QString formatBytes(uint64_t bytes) { return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeTraditionalFormat); }

QString formatCount(int64_t count) { return QLocale().toString(qlonglong(count)); }

int64_t constElements(const tensorflow::NodeDef& node) {
    auto it = node.attr().find("value");
    if (it == node.attr().end() || !it->second.has_tensor()) return 0;
    const auto& shape = it->second.tensor().tensor_shape();
    int64_t n = 1;
    for (const auto& d : shape.dim()) {
        if (d.size() < 0) return 0;
        n *= d.size();
        if (n > (int64_t(1) << 40)) return 0;
    }
    return n;
}

}  // namespace tfs::views
