#include "views/model_document.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QUndoStack>

#include "core/layout/function_graph.h"
#include "views/background_release.h"

namespace tfs::views {

namespace {
// Each revision holds a whole model: keep the undo history short.
constexpr int kUndoLimit = 20;

// A step: redo shows the revision it made, undo the one it started from.
class RevisionCommand : public QUndoCommand {
public:
    RevisionCommand(ModelDocument* document, std::shared_ptr<const Revision> before, std::shared_ptr<const Revision> after,
                    const QString& label)
        : QUndoCommand(label), document_(document), before_(std::move(before)), after_(std::move(after)) {}
    ~RevisionCommand() override {  // a dropped step may hold the last copy of a large model
        releaseInBackground(std::move(before_));
        releaseInBackground(std::move(after_));
    }
    void undo() override { document_->setRevision(before_); }
    void redo() override { document_->setRevision(after_); }
    const std::shared_ptr<const Revision>& after() const { return after_; }

private:
    ModelDocument* document_;
    std::shared_ptr<const Revision> before_, after_;
};
}  // namespace

ModelDocument::ModelDocument(Model model, QObject* parent)
    : QObject(parent), model_(std::make_shared<const Model>(std::move(model))), undo_(new QUndoStack(this)) {
    auto original = std::make_shared<Revision>();
    original->model = model_;
    originalRevision_ = revision_ = original;
    filePath_ = QString::fromStdString(model_->path);
    undo_->setUndoLimit(kUndoLimit);
    connect(undo_, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    original->parameters = std::make_shared<const ParameterCount>(countParameters(*model_));
    parameters_ = *original->parameters;
    original->mainGraph = graph("");
}

namespace {
// The main graph of `model`: its GraphDef (aliased, kept alive by the model) and index; null when it has none.
std::shared_ptr<GraphData> mainGraphOf(const std::shared_ptr<const Model>& model, const std::string& title) {
    const auto* g = model->graph();
    if (!g) return nullptr;
    auto data = std::make_shared<GraphData>();
    data->def = std::shared_ptr<const tensorflow::GraphDef>(model, g);
    data->title = title;
    data->index = std::make_unique<GraphIndex>(*data->def);
    return data;
}
}  // namespace

void ModelDocument::prepareRevision(Revision* revision, const std::string& title) {
    if (!revision || !revision->model) return;
    revision->mainGraph = mainGraphOf(revision->model, title);
    revision->parameters = std::make_shared<const ParameterCount>(countParameters(*revision->model));
}

ModelDocument::~ModelDocument() {
    // Commands hold revisions and refer to this document: drop them first, silently (views are going away).
    blockSignals(true);
    undo_->blockSignals(true);
    undo_->clear();
}

bool ModelDocument::isModified() const { return !undo_->isClean(); }

void ModelDocument::markSaved() { undo_->setClean(); }

void ModelDocument::pushRevision(std::shared_ptr<const Revision> revision, const QString& label) {
    if (!revision || !revision->model) return;
    undo_->push(new RevisionCommand(this, revision_, std::move(revision), label));
}

std::vector<std::shared_ptr<const Revision>> ModelDocument::pipeline() const {
    std::vector<std::shared_ptr<const Revision>> out;
    // The stack may have dropped its oldest steps (undo limit): the pipeline starts at the original anyway.
    out.push_back(originalRevision_);
    if (revision_ == originalRevision_) return out;
    // Walk the commands up to the one that made the shown revision (not by index: during undo/redo
    // the revision changes before the stack's index does).
    for (int i = 0; i < undo_->count(); ++i)
        if (auto* c = dynamic_cast<const RevisionCommand*>(undo_->command(i))) {
            out.push_back(c->after());
            if (c->after() == revision_) return out;
        }
    return {originalRevision_, revision_};
}

void ModelDocument::setRevision(std::shared_ptr<const Revision> revision) {
    if (!revision || !revision->model) return;
    revision_ = std::move(revision);
    model_ = revision_->model;
    graphs_.clear();
    parameters_ = revision_->parameters ? *revision_->parameters : countParameters(*model_);
    if (revision_->mainGraph) graphs_[""] = revision_->mainGraph;
    graph("");
    emit modelReplaced();
}

double Revision::seconds() const {
    double total = 0;
    for (const auto& entry : detail.log) total += entry.seconds;
    return total;
}

QString ModelDocument::displayName() const {
    QFileInfo info(filePath_);
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
        auto main = mainGraphOf(model_, displayName().toStdString());
        if (main) graphs_[key] = main;
        return main;
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
    if (model_->format != ModelFormat::SavedModel) return "";
    const Signature* sig = chooseSignature(*model_);
    if (!sig || sig->outputs.empty()) return "";
    auto main = graphs_.find("");
    if (main == graphs_.end()) return "";
    const GraphIndex& index = *main->second->index;
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
