#include "views/graph_page.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>
#include <future>

#include "core/layout/machinery.h"
#include "core/layout/dot_writer.h"
#include "core/layout/graph_layout.h"
#include "core/layout/visible_graph.h"
#include "core/layout/function_graph.h"
#include "core/layout/layout_reuse.h"
#include "views/core_text.h"
#include "views/graph_scene.h"
#include "views/input_shapes_dialog.h"
#include "views/background_release.h"
#include "views/graph_view.h"
#include "views/job_tracker.h"

namespace tfs::views {
namespace {

using ShapesByPath = std::map<std::string, std::shared_ptr<const layout::GraphShapes>>;

// One graph on the path from the graph the user started at to the one shown (callers first).
struct PathStep {
    std::string pathKey;  // keys joined by '\n': one cache entry per call path
    std::shared_ptr<const GraphData> graph;
    layout::InputShapes inputs;
};

// Infers what is missing from `cache` along the path; a function gets the shapes its caller passes.
// Returns the shown graph's shapes (null when inference failed; `error` says why).
std::shared_ptr<const layout::GraphShapes> shapesAlongPath(const Model& model, const std::vector<PathStep>& path,
                                                           ShapesByPath& cache, Status& error) {
    static const tensorflow::FunctionDefLibrary empty;
    const tensorflow::FunctionDefLibrary& library = model.graph() ? model.graph()->library() : empty;
    std::shared_ptr<const layout::GraphShapes> previous;
    const GraphData* caller = nullptr;
    for (const PathStep& step : path) {
        auto found = cache.find(step.pathKey);
        std::shared_ptr<const layout::GraphShapes> shapes = found == cache.end() ? nullptr : found->second;
        if (!shapes) {
            Result<layout::GraphShapes> inferred = invalidArgument(TFS_PHRASE("Errors", "no graph"));
            if (!step.graph->isFunction) {
                inferred = layout::inferMainGraphShapes(model, *step.graph->index, step.inputs);
            } else if (const auto* f = layout::findFunction(library, step.graph->key)) {
                std::vector<PartialShape> callerArgs;
                for (int n = 0; caller && previous && n < caller->index->size(); ++n) {
                    const auto& nd = caller->index->node(n);
                    auto called = ModelDocument::calledFunctions(nd);
                    if (nd.op() == step.graph->key || std::find(called.begin(), called.end(), step.graph->key) != called.end()) {
                        callerArgs = layout::callArgumentShapes(*caller->index, *previous, n);
                        break;
                    }
                }
                inferred = layout::inferFunctionBodyShapes(*f, library, *step.graph->index, step.inputs, callerArgs);
            }
            if (inferred.ok()) shapes = std::make_shared<const layout::GraphShapes>(std::move(*inferred));
            else error = inferred.status();
            cache[step.pathKey] = shapes;
        }
        previous = shapes;
        caller = step.graph.get();
    }
    return previous;
}

}  // namespace

GraphPage::GraphPage(std::shared_ptr<ModelDocument> document, QWidget* parent)
    : QWidget(parent), document_(std::move(document)) {
    scene_ = new GraphScene(this);
    view_ = new GraphView(this);
    view_->setScene(scene_);
    jobs_ = new JobTracker(this);

    crumbBar_ = new QWidget(this);
    auto* top = new QHBoxLayout(crumbBar_);
    top->setContentsMargins(6, 3, 6, 3);
    // The crumbs scroll inside their own strip, kept scrolled to the end: on a narrow page the
    // outermost names are cut, the shown graph's name stays, and the window never widens for them.
    auto* crumbs = new QWidget;
    crumbLayout_ = new QHBoxLayout(crumbs);
    crumbLayout_->setContentsMargins(0, 0, 0, 0);
    crumbLayout_->setSpacing(2);
    crumbLayout_->setSizeConstraint(QLayout::SetMinimumSize);
    auto* crumbStrip = new QScrollArea(crumbBar_);
    crumbStrip->setWidget(crumbs);
    crumbStrip->setFrameShape(QFrame::NoFrame);
    crumbStrip->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    crumbStrip->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    crumbStrip->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    crumbStrip->setFixedHeight(QToolButton().sizeHint().height());
    crumbStrip->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(crumbStrip->horizontalScrollBar(), &QScrollBar::rangeChanged, crumbStrip,
            [crumbStrip](int, int max) { crumbStrip->horizontalScrollBar()->setValue(max); });
    top->addWidget(crumbStrip, 1);
    message_ = new QLabel(this);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(message_);
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 0);
    progress_->setMaximumWidth(160);
    progress_->setMaximumHeight(14);
    progress_->setTextVisible(false);
    progress_->hide();
    top->addWidget(progress_);
    cancelButton_ = new QToolButton(this);
    cancelButton_->setText(tr("Cancel"));
    cancelButton_->setToolTip(tr("Stop the layout; the previous picture stays"));
    cancelButton_->hide();
    connect(cancelButton_, &QToolButton::clicked, this, &GraphPage::cancelLayout);
    top->addWidget(cancelButton_);

    findBar_ = new QWidget(this);
    auto* fl = new QHBoxLayout(findBar_);
    fl->setContentsMargins(6, 2, 6, 2);
    fl->addWidget(new QLabel(tr("Find:"), findBar_));
    findEdit_ = new QLineEdit(findBar_);
    findEdit_->setPlaceholderText(tr("node name, op type or regular expression"));
    findEdit_->setClearButtonEnabled(true);
    fl->addWidget(findEdit_, 1);
    findMode_ = new QComboBox(findBar_);
    findMode_->addItem(tr("Name"));
    findMode_->addItem(tr("Op type"));
    findMode_->addItem(tr("Regex"));
    fl->addWidget(findMode_);
    auto* prev = new QToolButton(findBar_);
    prev->setText(QStringLiteral("▲"));
    prev->setToolTip(tr("Previous hit (Shift+F3)"));
    auto* next = new QToolButton(findBar_);
    next->setText(QStringLiteral("▼"));
    next->setToolTip(tr("Next hit (F3)"));
    fl->addWidget(prev);
    fl->addWidget(next);
    findStatus_ = new QLabel(findBar_);
    findStatus_->setMinimumWidth(90);
    fl->addWidget(findStatus_);
    auto* close = new QToolButton(findBar_);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close the find bar (Esc)"));
    fl->addWidget(close);
    findBar_->hide();
    auto runFind = [this] { find(findEdit_->text(), FindMode(findMode_->currentIndex())); };
    connect(findEdit_, &QLineEdit::returnPressed, this, [this, runFind] {
        if (hits_.empty()) runFind();
        else findNext(false);
    });
    connect(findEdit_, &QLineEdit::textChanged, this, [this] {
        findText_.clear();
        hits_.clear();
        hitIndex_ = -1;
        findStatus_->clear();
        scene_->setSearchHits({});
    });
    connect(findMode_, qOverload<int>(&QComboBox::currentIndexChanged), this, runFind);
    connect(next, &QToolButton::clicked, this, [this, runFind] {
        if (hits_.empty()) runFind();
        else findNext(false);
    });
    connect(prev, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(close, &QToolButton::clicked, findBar_, &QWidget::hide);
    auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), findBar_);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, findBar_, &QWidget::hide);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(crumbBar_);
    // What the marks on the picture mean (a workbench step's changes, run times); hidden when unmarked.
    legend_ = new QLabel(this);
    legend_->setObjectName(QStringLiteral("marksLegend"));
    legend_->setTextFormat(Qt::RichText);
    legend_->setWordWrap(true);
    legend_->setContentsMargins(6, 0, 6, 3);
    legend_->hide();
    layout->addWidget(legend_);
    connect(scene_, &GraphScene::overlayChanged, this, [this] {
        const GraphOverlay* o = scene_->overlay();
        legend_->setText(o ? o->legend : QString());
        legend_->setVisible(!legend_->text().isEmpty());
    });
    layout->addWidget(findBar_);
    layout->addWidget(view_, 1);

    connect(scene_, &GraphScene::scopeToggleRequested, this, &GraphPage::onScopeToggle);
    connect(scene_, &GraphScene::functionRequested, this,
            [this](const QString& f) { showGraph(f.toStdString(), true); });
    connect(scene_, &GraphScene::currentNodeChanged, this, &GraphPage::onCurrentNodeChanged);
    connect(document_.get(), &ModelDocument::modelReplaced, this, &GraphPage::onModelReplaced);
    connect(jobs_, &JobTracker::progress, this, [this](const QString&, const QString&, double, const QString& what) {
        progress_->setToolTip(what);
    });

    scene_->setFoldWeights(QSettings().value(QStringLiteral("view/foldWeights"), true).toBool());
    scene_->setAllControlEdges(QSettings().value(QStringLiteral("view/allControlEdges"), false).toBool());
    scene_->setShowMachinery(QSettings().value(QStringLiteral("view/showMachinery"), false).toBool());
    std::string key = document_->defaultGraphKey();
    if (document_->hasGraph()) {
        if (!key.empty()) stack_.push_back("");  // breadcrumb back to the whole graph
        // Serving wrappers only call the model's function: go one level further (up to 3).
        for (int depth = 0; depth < 3 && !key.empty(); ++depth) {
            auto g = document_->graph(key);
            if (!g) break;
            std::string inner;
            int calls = 0, others = 0;
            for (int i = 0; i < g->index->size(); ++i) {
                const auto& op = g->index->node(i).op();
                if (op == "StatefulPartitionedCall" || op == "PartitionedCall") {
                    ++calls;
                    auto called = ModelDocument::calledFunctions(g->index->node(i));
                    if (!called.empty()) inner = called[0];
                } else if (op != "_Arg" && op != "_Retval" && op != "NoOp" && op != "Identity") {
                    ++others;
                }
            }
            if (calls != 1 || others != 0 || inner.empty() || !document_->graph(inner)) break;
            stack_.push_back(key);
            key = inner;
        }
        showGraph(key, false);
    } else {
        message_->setText(tr("This model has no graph (a checkpoint): see the Tensors panel."));
    }
}

QString GraphPage::marksLegend() const { return legend_->text(); }

GraphPage::~GraphPage() { jobs_->cancelAll(); }

bool GraphPage::showGraph(const std::string& key, bool push) {
    auto g = document_->graph(key);
    if (!g) {
        emit statusMessage(tr("No function named %1 in this model").arg(QString::fromStdString(key)));
        return false;
    }
    if (graph_ && graph_->key == key && push) return true;  // already shown: no breadcrumb entry to itself
    if (push && graph_) stack_.push_back(graph_->key);
    graph_ = g;
    currentNode_ = -1;
    hits_.clear();
    hitIndex_ = -1;
    pendingFocus_ = -1;
    scene_->reset();
    rebuildBreadcrumb();
    relayout(true);
    emit graphChanged();
    return true;
}

std::string GraphPage::currentNodeName() const {
    if (!graph_ || currentNode_ < 0 || currentNode_ >= graph_->index->size()) return {};
    return graph_->index->node(currentNode_).name();
}

void GraphPage::onModelReplaced() {
    // Indexes of the old revision mean nothing now: carry names across.
    const std::string selected = currentNodeName();
    std::string pending;
    if (graph_ && pendingFocus_ >= 0 && pendingFocus_ < graph_->index->size()) pending = graph_->index->node(pendingFocus_).name();
    std::string key = graph_ ? graph_->key : std::string();
    auto g = document_->graph(key);
    if (!g) {  // the step removed the function shown: fall back to the nearest graph on the breadcrumb
        while (!stack_.empty() && !g) {
            key = stack_.back();
            stack_.pop_back();
            g = document_->graph(key);
        }
        if (!g) g = document_->graph(key = "");
    }
    if (!g) {
        graph_.reset();
        scene_->reset();
        return;
    }
    graph_ = g;
    shapes_.clear();  // inferred shapes are numbered by the old revision's nodes
    currentNode_ = selected.empty() ? -1 : g->index->find(selected);
    pendingFocus_ = pending.empty() ? -1 : g->index->find(pending);
    hits_.clear();
    hitIndex_ = -1;
    sceneStale_ = true;
    view_->setInteractive(false);  // clicks on the old picture would name nodes of the old revision
    if (!findText_.isEmpty()) find(findText_, findModeUsed_, false);
    rebuildBreadcrumb();
    relayout(false);
    emit graphChanged();
    emit currentNodeChanged(currentNode_);
}

void GraphPage::popTo(int depth) {
    if (depth < 0 || depth >= int(stack_.size())) return;
    std::string key = stack_[size_t(depth)];
    stack_.resize(size_t(depth));
    showGraph(key, false);
}

void GraphPage::rebuildBreadcrumb() {
    while (QLayoutItem* item = crumbLayout_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto titleOf = [this](const std::string& key) {
        return key.empty() ? document_->displayName() : QString::fromStdString(key);
    };
    // TF2 function names run long (__inference_signature_wrapper_predict_245): each crumb is elided
    // in the middle, with the full name in its tooltip.
    auto shortened = [this](const QString& title, int width) { return fontMetrics().elidedText(title, Qt::ElideMiddle, width); };
    for (size_t i = 0; i < stack_.size(); ++i) {
        auto* b = new QToolButton(crumbBar_);
        b->setText(shortened(titleOf(stack_[i]), 140));
        b->setAutoRaise(true);
        b->setToolTip(tr("Back to %1").arg(titleOf(stack_[i])));
        connect(b, &QToolButton::clicked, this, [this, i] { popTo(int(i)); });
        crumbLayout_->addWidget(b);
        crumbLayout_->addWidget(new QLabel(QStringLiteral("›"), crumbBar_));
    }
    const QString currentTitle = titleOf(graph_ ? graph_->key : "");
    auto* current = new QLabel(QStringLiteral("<b>%1</b>").arg(shortened(currentTitle, 260).toHtmlEscaped()), crumbBar_);
    current->setToolTip(currentTitle);
    crumbLayout_->addWidget(current);
    if (graph_ && graph_->isFunction) crumbLayout_->addWidget(new QLabel(tr("(function)"), crumbBar_));
}

void GraphPage::relayout(bool fit) {
    if (!graph_) return;
    fitAfterLayout_ = fitAfterLayout_ || fit;
    // Everything the worker needs is copied here; shapes, the visible graph, measuring and layout run off the UI thread.
    std::vector<PathStep> path;
    std::string pathKey;
    std::vector<std::string> keys = stack_;
    keys.push_back(graph_->key);
    for (const std::string& key : keys) {
        auto g = key == graph_->key ? graph_ : document_->graph(key);
        if (!g) continue;
        pathKey += (pathKey.empty() ? "" : "\n") + key;
        path.push_back({pathKey, g, inputShapes_[key]});
    }
    const bool initial = !expanded_.count(graph_->key);
    std::set<std::string> expanded = initial ? std::set<std::string>() : expanded_[graph_->key];
    const GraphScene::PrepareOptions options = scene_->prepareOptions();
    auto model = document_->modelPtr();
    auto graph = graph_;
    ShapesByPath cache = shapes_;
    std::shared_ptr<const LaidOut> previous = laidOut_;
    setBusy(true, tr("Laying out…"));
    jobs_->start(QStringLiteral("layout"), tr("Layout"),
                 [this, path, expanded, initial, options, model, graph, cache, previous](const WorkContext& work) mutable -> std::function<void()> {
                     // Shapes (for the edge labels) are inferred on a second core while the picture is chosen.
                     Status shapeError;
                     auto inferring = std::async(std::launch::async, [&] { return shapesAlongPath(*model, path, cache, shapeError); });
                     std::vector<char> hidden = GraphScene::hiddenNodes(options, *graph);
                     if (initial) expanded = layout::initialExpansion(*graph->index, 250, hidden.empty() ? nullptr : &hidden);
                     auto shapes = inferring.get();
                     static const tensorflow::FunctionDefLibrary empty;
                     auto input = std::make_shared<layout::LayoutInput>(GraphScene::prepare(
                         options, *graph, model->graph() ? model->graph()->library() : empty, expanded, shapes.get(), std::move(hidden)));
                     // A step that changed only what collapsed scopes hold keeps the picture: no new layout.
                     const bool reused = previous && layout::sameDrawing(previous->input, *previous->graph->index, *input, *graph->index);
                     auto result = std::make_shared<Result<layout::LayoutResult>>(
                         reused ? Result<layout::LayoutResult>(previous->result) : layout::layoutGraph(*input, {}, work));
                     std::shared_ptr<const LaidOut> laidOut;
                     if (result->ok()) laidOut = std::make_shared<const LaidOut>(LaidOut{graph, *input, result->value()});
                     return [this, input, graph, result, cache, initial, expanded, shapeError, reused, laidOut] {
                         for (const auto& [key, value] : cache) shapes_.emplace(key, value);  // keep what was inferred
                         if (initial) expanded_[graph->key].insert(expanded.begin(), expanded.end());
                         setBusy(false);
                         const bool stale = sceneStale_;
                         sceneStale_ = false;
                         view_->setInteractive(true);
                         layoutError_ = result->ok() ? QString() : tr("Layout failed: %1").arg(statusText(result->status()));
                         if (!result->ok()) {
                             if (stale) scene_->reset();
                             message_->setText(layoutError_);
                             emit layoutFinished(false);
                             return;
                         }
                         QPointF center = view_->mapToScene(view_->viewport()->rect().center());
                         releaseInBackground(std::exchange(laidOut_, laidOut));
                         layoutReused_ = reused;
                         scene_->populate(graph, std::move(*input), std::move(result->value()));
                         view_->refreshMinimap();
                         const QRectF anchor = anchorScope_.empty() ? QRectF() : scene_->scopeRect(anchorScope_);
                         if (fitAfterLayout_) {
                             view_->showInitial(startPoint());
                         } else if (!anchor.isNull()) {
                             // Put the scope's top-centre back at the same place in the viewport.
                             const double z = view_->zoom() > 0 ? view_->zoom() : 1.0;
                             const QPointF offset = QPointF(view_->viewport()->rect().center() - anchorViewportPos_) / z;
                             view_->centerOn(QPointF(anchor.center().x(), anchor.top()) + offset);
                         } else {
                             view_->centerOn(center);
                         }
                         anchorScope_.clear();
                         fitAfterLayout_ = false;
                         message_->setText(reused ? tr("%1 of %2 nodes shown · layout kept (the same boxes as before)")
                                                        .arg(scene_->boxCount())
                                                        .arg(graph->index->size())
                                                  : tr("%1 of %2 nodes shown · layout %3 s")
                                                        .arg(scene_->boxCount())
                                                        .arg(graph->index->size())
                                                        .arg(result->value().seconds, 0, 'f', 2));
                         if (!shapeError.ok())
                             emit statusMessage(tr("Shapes not inferred: %1").arg(statusText(shapeError)));
                         if (!hits_.empty()) {
                             std::vector<int> h = hits_;
                             scene_->setSearchHits(h);
                         }
                         if (pendingFocus_ >= 0) {
                             int node = pendingFocus_;
                             pendingFocus_ = -1;
                             revealNode(node);
                         } else if (currentNode_ >= 0) {
                             scene_->selectNode(currentNode_);
                             emit currentNodeChanged(currentNode_);  // Properties show the newly inferred shapes
                         }
                         emit layoutFinished(true);
                     };
                 });
    // A job that is cancelled or superseded never delivers: the busy state follows the tracker.
}

QPointF GraphPage::startPoint() const {
    // The main graph of a SavedModel: start at the serving signature's first input, not at a training input.
    if (graph_ && graph_->key.empty()) {
        const Signature* sig = chooseSignature(document_->model());
        if (sig && !sig->inputs.empty()) {
            int node = graph_->index->find(nodeNameOf(sig->inputs[0].tensorName));
            if (BoxItem* box = scene_->boxForNode(node)) return box->sceneBoundingRect().center();
        }
    }
    return scene_->startPoint();
}

std::shared_ptr<const layout::GraphShapes> GraphPage::currentShapes() const {
    if (!graph_) return nullptr;
    std::string pathKey;
    for (const std::string& key : stack_) pathKey += (pathKey.empty() ? "" : "\n") + key;
    pathKey += (pathKey.empty() ? "" : "\n") + graph_->key;
    auto it = shapes_.find(pathKey);
    return it == shapes_.end() ? nullptr : it->second;
}

layout::InputShapes GraphPage::inputShapes() const {
    auto it = graph_ ? inputShapes_.find(graph_->key) : inputShapes_.end();
    return it == inputShapes_.end() ? layout::InputShapes() : it->second;
}

void GraphPage::setInputShapes(const layout::InputShapes& shapes) {
    if (!graph_) return;
    inputShapes_[graph_->key] = shapes;
    shapes_.clear();  // callees see their callers' shapes: infer every path again
    relayout(false);
}

void GraphPage::editInputShapes() {
    if (!graph_) return;
    auto shapes = currentShapes();
    auto inputs = layout::shapeableInputs(*graph_->index, shapes.get());
    InputShapesDialog dialog(inputs, inputShapes(), this);
    if (dialog.exec() == QDialog::Accepted) setInputShapes(dialog.shapes());
}

void GraphPage::setBusy(bool busy, const QString& text) {
    progress_->setVisible(busy);
    cancelButton_->setVisible(busy);
    if (busy) message_->setText(text);
    emit busyChanged(busy);
}

bool GraphPage::isBusy() const { return jobs_->isRunning(QStringLiteral("layout")); }

void GraphPage::cancelLayout() {
    jobs_->cancel(QStringLiteral("layout"));
    if (sceneStale_) scene_->reset();  // never leave a picture of another revision
    sceneStale_ = false;
    view_->setInteractive(true);
    setBusy(false);
    message_->setText(tr("Layout cancelled"));
    emit layoutFinished(false);
}

void GraphPage::onScopeToggle(const QString& scope, bool expand) { setScopeExpanded(scope.toStdString(), expand); }

void GraphPage::setScopeExpanded(const std::string& scope, bool expand) {
    if (!graph_) return;
    const QRectF before = scene_->scopeRect(scope);
    if (!before.isNull()) {
        anchorScope_ = scope;
        anchorViewportPos_ = view_->mapFromScene(QPointF(before.center().x(), before.top()));
    }
    auto& set = expanded_[graph_->key];
    if (expand) {
        set.insert(scope);
    } else {
        // Collapsing a scope forgets the expansion of its children too.
        for (auto it = set.begin(); it != set.end();) {
            if (*it == scope || it->rfind(scope + "/", 0) == 0) it = set.erase(it);
            else ++it;
        }
    }
    relayout(false);
}

void GraphPage::expandAll() {
    if (!graph_) return;
    expanded_[graph_->key] = layout::allScopes(*graph_->index);
    relayout(true);
}

void GraphPage::setFoldWeights(bool fold) {
    if (scene_->foldWeights() == fold) return;
    scene_->setFoldWeights(fold);
    relayout(false);
}

void GraphPage::setShowMachinery(bool show) {
    if (scene_->showMachinery() == show) return;
    scene_->setShowMachinery(show);
    relayout(false);
}

void GraphPage::setAllControlEdges(bool all) {
    if (scene_->allControlEdges() == all) return;
    scene_->setAllControlEdges(all);
    relayout(false);
}

void GraphPage::collapseAll() {
    if (!graph_) return;
    expanded_[graph_->key].clear();
    relayout(true);
}

void GraphPage::showFindBar() {
    findBar_->show();
    findEdit_->setFocus();
    findEdit_->selectAll();
}

int GraphPage::find(const QString& text, FindMode mode, bool jump) {
    hits_.clear();
    hitIndex_ = -1;
    findText_ = text;
    findModeUsed_ = mode;
    if (!graph_ || text.isEmpty()) {
        scene_->setSearchHits({});
        findStatus_->clear();
        return 0;
    }
    findEdit_->blockSignals(true);
    findEdit_->setText(text);
    findEdit_->blockSignals(false);
    findMode_->blockSignals(true);
    findMode_->setCurrentIndex(int(mode));
    findMode_->blockSignals(false);
    QRegularExpression re(text, QRegularExpression::CaseInsensitiveOption);
    if (mode == FindMode::Regex && !re.isValid()) {
        findStatus_->setText(tr("bad regex"));
        findStatus_->setToolTip(re.errorString());
        return 0;
    }
    const GraphIndex& index = *graph_->index;
    for (int i = 0; i < index.size(); ++i) {
        const auto& nd = index.node(i);
        QString name = QString::fromStdString(nd.name());
        QString op = QString::fromStdString(nd.op());
        bool match = false;
        switch (mode) {
            case FindMode::Name: match = name.contains(text, Qt::CaseInsensitive); break;
            case FindMode::Op: match = op.compare(text, Qt::CaseInsensitive) == 0; break;
            case FindMode::Regex: match = re.match(name).hasMatch() || re.match(op).hasMatch(); break;
        }
        if (match) hits_.push_back(i);
    }
    if (!sceneStale_) scene_->setSearchHits(hits_);
    findStatus_->setText(hits_.empty() ? tr("no hits") : tr("%n hit(s)", nullptr, int(hits_.size())));
    if (!hits_.empty() && jump) findNext(false);
    return int(hits_.size());
}

void GraphPage::findNext(bool backward) {
    if (hits_.empty()) return;
    int n = int(hits_.size());
    hitIndex_ = hitIndex_ < 0 ? (backward ? n - 1 : 0) : (hitIndex_ + (backward ? n - 1 : 1)) % n;
    findStatus_->setText(tr("%1 of %2").arg(hitIndex_ + 1).arg(n));
    revealNode(hits_[size_t(hitIndex_)]);
}

bool GraphPage::selectNodeByName(const std::string& name) {
    if (!graph_) return false;
    int node = graph_->index->find(name);
    if (node < 0) return false;
    revealNode(node);
    return true;
}

void GraphPage::revealNode(int node) {
    if (!graph_ || node < 0 || node >= graph_->index->size()) return;
    currentNode_ = node;
    if (scene_->isHiddenNode(node)) {  // asked for a training or saving node: draw them again on this page
        scene_->setShowMachinery(true);
        pendingFocus_ = node;
        relayout(false);
        return;
    }
    BoxItem* box = scene_->boxForNode(node);
    bool visibleAsItself = box && scene_->nodeOfBox(box->visibleIndex()) == node;
    if (!visibleAsItself) {
        auto& set = expanded_[graph_->key];
        size_t before = set.size();
        for (const auto& s : layout::enclosingScopes(graph_->index->node(node).name())) set.insert(s);
        if (std::string series = layout::seriesOf(*graph_->index, node); !series.empty()) set.insert(series);
        if (scene_->foldWeights()) {  // a folded weight is shown inside its consumer: open that one's scopes too
            int target = layout::weightFolding(*graph_->index, scene_->showMachinery() ? nullptr : &scene_->hiddenNodes())[size_t(node)];
            if (target >= 0)
                for (const auto& s : layout::enclosingScopes(graph_->index->node(target).name())) set.insert(s);
        }
        if (set.size() != before || !box) {
            pendingFocus_ = node;
            relayout(false);
            return;
        }
    }
    if (!box) return;
    scene_->selectNode(node);
    view_->focusOn(box->sceneBoundingRect());
}

void GraphPage::onCurrentNodeChanged(int node) {
    if (node >= 0) currentNode_ = node;
    emit currentNodeChanged(node);
}

bool GraphPage::exportSvg(const QString& path, QString* error) {
    QRectF source = scene_->itemsBoundingRect().adjusted(-10, -10, 10, 10);
    if (source.isEmpty()) {
        if (error) *error = tr("Nothing to export: the picture is empty.");
        return false;
    }
    QSvgGenerator gen;
    gen.setFileName(path);
    gen.setSize(source.size().toSize());
    gen.setViewBox(QRectF(QPointF(0, 0), source.size()));
    gen.setTitle(document_->displayName());
    gen.setDescription(tr("Graph exported by tfscope"));
    QPainter p;
    if (!p.begin(&gen)) {
        if (error) *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    scene_->clearSelection();
    scene_->render(&p, QRectF(QPointF(0, 0), source.size()), source);
    p.end();
    if (QFileInfo(path).size() <= 0) {
        if (error) *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

bool GraphPage::exportPng(const QString& path, double scale, QString* error, double* usedScale) {
    QRectF source = scene_->itemsBoundingRect().adjusted(-10, -10, 10, 10);
    if (source.isEmpty()) {
        if (error) *error = tr("Nothing to export: the picture is empty.");
        return false;
    }
    // Keep the whole picture: lower the scale until the image fits in 32k px per side and 400 Mpixel.
    scale = std::clamp(scale, 0.05, 8.0);
    while (scale > 0.05 && (source.width() * scale > 32000 || source.height() * scale > 32000 ||
                            source.width() * source.height() * scale * scale > 4e8))
        scale *= 0.9;
    QSize size(int(std::ceil(source.width() * scale)), int(std::ceil(source.height() * scale)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error) *error = tr("Not enough memory for a %1×%2 image.").arg(size.width()).arg(size.height());
        return false;
    }
    image.fill(scene_->backgroundBrush().color());
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene_->render(&p, QRectF(QPointF(0, 0), QSizeF(size)), source);
    p.end();
    if (usedScale) *usedScale = scale;
    QImageWriter writer(path, "png");
    if (!writer.write(image)) {
        if (error) *error = tr("Cannot write %1: %2").arg(path, writer.errorString());
        return false;
    }
    return true;
}

bool GraphPage::exportDot(const QString& path, QString* error) {
    if (!graph_) {
        if (error) *error = tr("This model has no graph.");
        return false;
    }
    std::string dot = layout::toDot(scene_->visible(), *graph_->index);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(dot.data(), qint64(dot.size())) != qint64(dot.size()) ||
        !file.commit()) {
        if (error) *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

}  // namespace tfs::views
