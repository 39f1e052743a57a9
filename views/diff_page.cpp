#include "views/diff_page.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "views/diff_report.h"
#include "views/diff_variables.h"
#include "views/graph_page.h"
#include "views/graph_scene.h"
#include "views/graph_view.h"
#include "views/tensor_diff_viewer.h"
#include "views/theme.h"

namespace tfs::views {

DiffPage::DiffPage(std::shared_ptr<const DiffDocument> document, QWidget* parent)
    : QWidget(parent), document_(std::move(document)) {
    const auto& d = document_->diff();
    const bool dark = isDarkPalette();

    // Header: mode, summary, legend, previous/next.
    auto* header = new QWidget(this);
    auto* hl = new QHBoxLayout(header);
    hl->setContentsMargins(6, 3, 6, 3);
    mergedButton_ = new QToolButton(header);
    mergedButton_->setText(tr("Merged"));
    mergedButton_->setToolTip(tr("One picture of both models, coloured by change"));
    sideButton_ = new QToolButton(header);
    sideButton_->setText(tr("Side by Side"));
    sideButton_->setToolTip(tr("A on the left, B on the right; selection and navigation follow each other"));
    variablesButton_ = new QToolButton(header);
    variablesButton_->setText(tr("Variables"));
    variablesButton_->setToolTip(tr("Every stored variable of both models: added, removed, changed with value deltas, or bit-identical"));
    auto* group = new QButtonGroup(this);
    for (QToolButton* b : {mergedButton_, sideButton_, variablesButton_}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
        hl->addWidget(b);
        group->addButton(b);
    }
    // A checkpoint pair (or a checkpoint against a model) has no two graphs to draw: only variables.
    mergedButton_->setVisible(document_->hasGraphDiff());
    sideButton_->setVisible(document_->hasGraphDiff());
    variablesButton_->setVisible(!d.variables.empty());
    mergedButton_->setChecked(true);
    connect(mergedButton_, &QToolButton::clicked, this, [this] { setMode(Mode::Merged); });
    connect(sideButton_, &QToolButton::clicked, this, [this] { setMode(Mode::SideBySide); });
    connect(variablesButton_, &QToolButton::clicked, this, [this] { setMode(Mode::Variables); });
    summary_ = new QLabel(header);
    summary_->setText(diffSummaryLine(*document_));
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hl->addSpacing(12);
    hl->addWidget(summary_);
    hl->addStretch(1);
    auto* legendLabel = new QLabel(diffLegendHtml(dark), header);
    legendLabel->setObjectName(QStringLiteral("diffLegend"));
    hl->addWidget(legendLabel);
    hl->addSpacing(12);
    auto* prev = new QToolButton(header);
    prev->setText(tr("▲ Previous"));
    auto* next = new QToolButton(header);
    next->setText(tr("Next ▼"));
    hl->addWidget(prev);
    hl->addWidget(next);
    auto* nextAction = new QAction(tr("Next Change"), this);
    nextAction->setShortcuts({QKeySequence(Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Down)});
    auto* prevAction = new QAction(tr("Previous Change"), this);
    prevAction->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Up)});
    for (QAction* a : {nextAction, prevAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(nextAction, &QAction::triggered, this, [this] { nextChange(false); });
    connect(prevAction, &QAction::triggered, this, [this] { nextChange(true); });
    prev->setToolTip(tr("Previous change (Shift+F7, Alt+Up)"));
    next->setToolTip(tr("Next change (F7, Alt+Down)"));
    connect(prev, &QToolButton::clicked, prevAction, &QAction::trigger);
    connect(next, &QToolButton::clicked, nextAction, &QAction::trigger);

    identical_ = new QLabel(this);
    identical_->setObjectName(QStringLiteral("noDifferences"));
    identical_->setAlignment(Qt::AlignCenter);
    identical_->setWordWrap(true);
    identical_->setText((document_->hasGraphDiff() ? tr("<b>No differences.</b> %1 and %2 hold the same graph, functions, signatures and values.")
                                                   : tr("<b>No differences.</b> %1 and %2 store the same variables, bit for bit."))
                            .arg(document_->titleA().toHtmlEscaped(), document_->titleB().toHtmlEscaped()));
    identical_->setVisible(document_->identical());

    // Left: kinds, text filter, change table.
    auto* left = new QWidget(this);
    auto* ll = new QVBoxLayout(left);
    ll->setContentsMargins(4, 4, 4, 4);
    auto* kinds = new QHBoxLayout;
    changes_ = new ChangeListModel(this);
    changes_->setDocument(document_);
    filter_ = new ChangeFilter(this);
    filter_->setSourceModel(changes_);
    for (auto s : {diff::NodeStatus::Added, diff::NodeStatus::Removed, diff::NodeStatus::Changed, diff::NodeStatus::Renamed}) {
        auto* box = new QCheckBox(QStringLiteral("%1 %2").arg(diffStatusGlyph(s), diffStatusTitle(s)), left);
        box->setChecked(true);
        box->setObjectName(QStringLiteral("kind_%1").arg(int(s)));
        connect(box, &QCheckBox::toggled, this, [this, s](bool on) { filter_->setKindShown(s, on); });
        kinds->addWidget(box);
    }
    kinds->addStretch(1);
    ll->addLayout(kinds);
    filterEdit_ = new QLineEdit(left);
    filterEdit_->setPlaceholderText(tr("Filter changes by name, op or detail"));
    filterEdit_->setClearButtonEnabled(true);
    connect(filterEdit_, &QLineEdit::textChanged, filter_, &ChangeFilter::setText);
    ll->addWidget(filterEdit_);
    table_ = new QTableView(left);
    table_->setModel(filter_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setColumnWidth(ChangeListModel::Kind, 100);
    table_->setColumnWidth(ChangeListModel::Name, 180);
    table_->setColumnWidth(ChangeListModel::Op, 90);
    table_->setColumnWidth(ChangeListModel::Where, 80);
    table_->setWordWrap(false);
    ll->addWidget(table_, 1);
    auto* empty = new QLabel(tr("No differences"), left);
    empty->setAlignment(Qt::AlignCenter);
    empty->setVisible(changes_->rowCount() == 0);
    ll->addWidget(empty);
    connect(table_, &QTableView::clicked, this, [this](const QModelIndex& index) {
        jumpToChange(filter_->mapToSource(index).row());
    });
    connect(table_, &QTableView::activated, this, [this](const QModelIndex& index) {
        jumpToChange(filter_->mapToSource(index).row());
    });

    // Right: the pictures.
    merged_ = makePage(document_->merged(), DiffSide::Merged);
    pageA_ = makePage(document_->documentA(), DiffSide::A);
    pageB_ = makePage(document_->documentB(), DiffSide::B);
    sides_ = new QSplitter(Qt::Horizontal, this);
    for (auto [page, title] : {std::pair{pageA_, document_->titleA()}, std::pair{pageB_, document_->titleB()}}) {
        auto* box = new QWidget(sides_);
        auto* bl = new QVBoxLayout(box);
        bl->setContentsMargins(0, 0, 0, 0);
        bl->setSpacing(0);
        auto* caption = new QLabel(QStringLiteral("<b>%1</b> %2").arg(page == pageA_ ? QStringLiteral("A") : QStringLiteral("B"),
                                                                       title.toHtmlEscaped()),
                                   box);
        caption->setContentsMargins(6, 2, 6, 2);
        bl->addWidget(caption);
        bl->addWidget(page, 1);
        sides_->addWidget(box);
    }
    pictures_ = new QStackedWidget(this);
    pictures_->addWidget(merged_);
    pictures_->addWidget(sides_);
    if (!d.variables.empty()) {
        variables_ = new VariableDiffView(document_, this);
        pictures_->addWidget(variables_);
        connect(variables_, &VariableDiffView::variableSelected, this, [this](const QString& key) { onVariableSelected(key.toStdString()); });
        connect(variables_, &VariableDiffView::compareRequested, this, [this](const QString& key) {
            onVariableSelected(key.toStdString());
            showValueDiff();
        });
    }
    // Without this the two pictures' breadcrumbs (long TF2 function names) add up to the window's minimum width.
    for (QWidget* w : {static_cast<QWidget*>(pictures_), sides_->widget(0), sides_->widget(1)}) w->setMinimumWidth(200);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(pictures_);
    split->setStretchFactor(1, 1);
    split->setSizes(document_->hasGraphDiff() ? QList<int>{430, 1000} : QList<int>{300, 1130});  // variables: a wide table

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(identical_);
    layout->addWidget(split, 1);
    if (!document_->hasGraphDiff() && variables_) setMode(Mode::Variables);
}

DiffPage::~DiffPage() = default;

GraphPage* DiffPage::makePage(std::shared_ptr<ModelDocument> doc, DiffSide side) {
    auto* page = new GraphPage(doc, this);
    std::weak_ptr<const DiffDocument> weak = document_;
    page->scene()->setOverlaySource([weak, side](const GraphData& g) -> std::shared_ptr<const GraphOverlay> {
        auto d = weak.lock();
        return d ? d->overlay(side, g.key) : nullptr;
    });
    connect(page, &GraphPage::currentNodeChanged, this, [this, side](int node) { onNodeSelected(side, node); });
    connect(page, &GraphPage::graphChanged, this, [this, side] { onGraphShown(side); });
    connect(page, &GraphPage::busyChanged, this, [this] { emit busyChanged(isBusy()); });
    connect(page, &GraphPage::layoutFinished, this, &DiffPage::layoutFinished);
    connect(page, &GraphPage::statusMessage, this, &DiffPage::statusMessage);
    return page;
}

QString DiffPage::title() const { return tr("%1 ↔ %2").arg(document_->titleA(), document_->titleB()); }

GraphPage* DiffPage::activePage() const {
    if (mode_ == Mode::Merged) return merged_;
    return lastSide_ ? lastSide_ : pageB_;
}

bool DiffPage::isBusy() const {
    if (mode_ == Mode::Variables) return false;
    if (mode_ == Mode::Merged) return merged_->isBusy();
    return pageA_->isBusy() || pageB_->isBusy();
}

void DiffPage::setMode(Mode mode) {
    if (mode == Mode::Variables && !variables_) return;
    if (mode != Mode::Variables && !document_->hasGraphDiff()) return;
    mode_ = mode;
    mergedButton_->setChecked(mode == Mode::Merged);
    sideButton_->setChecked(mode == Mode::SideBySide);
    variablesButton_->setChecked(mode == Mode::Variables);
    if (mode == Mode::Variables) {
        pictures_->setCurrentWidget(variables_);
        if (!currentVariable_.empty()) variables_->selectVariable(currentVariable_);
        emit busyChanged(isBusy());
        return;
    }
    pictures_->setCurrentIndex(mode == Mode::Merged ? 0 : 1);
    // Show the same change in the picture we switch to.
    if (const DiffGraph* g = document_->findGraph(DiffSide::Merged, currentKey_)) {
        if (mode == Mode::Merged) showOnPage(merged_, DiffSide::Merged, *g, currentEntry_);
        else {
            showOnPage(pageA_, DiffSide::A, *g, currentEntry_);
            showOnPage(pageB_, DiffSide::B, *g, currentEntry_);
        }
    }
    emit busyChanged(isBusy());
}

void DiffPage::showOnPage(GraphPage* page, DiffSide side, const DiffGraph& g, int entry) {
    const bool has = side == DiffSide::A ? g.hasA : side == DiffSide::B ? g.hasB : true;
    if (!has) return;
    const std::string& key = side == DiffSide::A ? g.keyA : side == DiffSide::B ? g.keyB : g.key;
    syncing_ = true;
    if (!page->currentGraph() || page->currentGraph()->key != key) page->showGraph(key, true);
    const int node = document_->nodeOfEntry(g, side, entry);
    if (node >= 0) page->revealNode(node);
    else page->scene()->clearSelection();
    syncing_ = false;
}

void DiffPage::setCurrent(const std::string& key, int entry, int row, const std::string& variable) {
    currentKey_ = key;
    currentEntry_ = entry;
    currentVariable_ = variable;
    if (row < 0 && entry >= 0) row = changes_->rowOfEntry(key, entry);
    if (row < 0 && !variable.empty()) row = changes_->rowOfVariable(variable);
    currentRow_ = row;
    const QModelIndex proxy = row >= 0 ? filter_->mapFromSource(changes_->index(row, 0)) : QModelIndex();
    if (proxy.isValid()) {
        const bool blocked = table_->selectionModel()->blockSignals(true);
        table_->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table_->selectionModel()->blockSignals(blocked);
        table_->scrollTo(proxy);
    } else {
        const bool blocked = table_->selectionModel()->blockSignals(true);
        table_->selectionModel()->clearSelection();
        table_->selectionModel()->blockSignals(blocked);
    }
    emit pairChanged();
}

bool DiffPage::jumpToChange(int row) {
    if (row < 0 || row >= changes_->rowCount()) return false;
    const ChangeRow& r = changes_->change(row);
    std::string key = r.graphKey;
    int entry = r.entry;
    if (r.section == ChangeRow::Section::Variable &&
        (mode_ == Mode::Variables || !document_->hasGraphDiff() || r.node.empty()) && variables_) {
        // A variable without a node to show (or the table shown): select it in the variables table.
        const std::string variable = r.name.toStdString();
        if (mode_ != Mode::Variables) setMode(Mode::Variables);
        variables_->selectVariable(variable);
        setCurrent({}, -1, row, variable);
        return true;
    }
    if (r.section == ChangeRow::Section::Variable && !r.node.empty()) {
        // A stored variable: its node in the main graph.
        if (const DiffGraph* g = document_->findGraph(DiffSide::Merged, ""); g && g->diff) {
            entry = g->diff->findB(r.node);
            if (entry < 0) entry = g->diff->findA(r.node);
            key.clear();
        }
    }
    currentKey_ = key;
    currentEntry_ = entry;
    const DiffGraph* g = document_->findGraph(DiffSide::Merged, key);
    if (g && (r.section == ChangeRow::Section::Node || r.section == ChangeRow::Section::Function || entry >= 0)) {
        if (mode_ == Mode::Merged) showOnPage(merged_, DiffSide::Merged, *g, entry);
        else {
            showOnPage(pageA_, DiffSide::A, *g, entry);
            showOnPage(pageB_, DiffSide::B, *g, entry);
        }
    }
    setCurrent(key, entry, row);
    return g != nullptr;
}

bool DiffPage::nextChange(bool backward) {
    const int n = filter_->rowCount();
    if (n == 0) {
        emit statusMessage(tr("No differences"));
        return false;
    }
    int proxyRow = currentRow_ >= 0 ? filter_->mapFromSource(changes_->index(currentRow_, 0)).row() : -1;
    if (proxyRow < 0) proxyRow = backward ? n - 1 : 0;
    else proxyRow = (proxyRow + (backward ? n - 1 : 1)) % n;
    jumpToChange(filter_->mapToSource(filter_->index(proxyRow, 0)).row());
    emit statusMessage(tr("Change %1 of %2").arg(proxyRow + 1).arg(n));
    return true;
}

void DiffPage::onNodeSelected(DiffSide side, int node) {
    if (syncing_) return;
    GraphPage* page = side == DiffSide::A ? pageA_ : side == DiffSide::B ? pageB_ : merged_;
    if (side != DiffSide::Merged) lastSide_ = page;
    if (!page->currentGraph() || node < 0) return;
    const DiffGraph* g = document_->findGraph(side, page->currentGraph()->key);
    if (!g) return;
    const int entry = document_->entryOfNode(*g, side, node);
    if (side != DiffSide::Merged) {  // the other side follows
        GraphPage* other = side == DiffSide::A ? pageB_ : pageA_;
        showOnPage(other, side == DiffSide::A ? DiffSide::B : DiffSide::A, *g, entry);
    }
    setCurrent(g->key, entry, -1);
}

void DiffPage::onGraphShown(DiffSide side) {
    if (syncing_ || side == DiffSide::Merged) return;
    GraphPage* page = side == DiffSide::A ? pageA_ : pageB_;
    GraphPage* other = side == DiffSide::A ? pageB_ : pageA_;
    if (!page->currentGraph()) return;
    const DiffGraph* g = document_->findGraph(side, page->currentGraph()->key);
    const DiffSide otherSide = side == DiffSide::A ? DiffSide::B : DiffSide::A;
    if (g) showOnPage(other, otherSide, *g, -1);
}

void DiffPage::onVariableSelected(const std::string& key) {
    if (key == currentVariable_) return;
    setCurrent({}, -1, -1, key);
}

QString DiffPage::pairHtml() const {
    if (!currentVariable_.empty()) return diffVariableHtml(*document_, currentVariable_);
    const ChangeRow* row = currentRow_ >= 0 && currentRow_ < changes_->rowCount() ? &changes_->change(currentRow_) : nullptr;
    return diffPairHtml(*document_, currentKey_, currentEntry_, row);
}

QString DiffPage::summaryHtml() const { return diffSummaryHtml(*document_); }

bool DiffPage::selectNodeByName(const QString& name) {
    GraphPage* page = activePage();
    return page && page->selectNodeByName(name.toStdString());
}

TensorDiffViewer* DiffPage::showValueDiff() {
    const ChangeRow* row = currentRow_ >= 0 && currentRow_ < changes_->rowCount() ? &changes_->change(currentRow_) : nullptr;
    auto readers = currentVariable_.empty() ? valueReaders(*document_, currentKey_, currentEntry_, row)
                                            : variableValueReaders(*document_, currentVariable_);
    if (!readers.a && !readers.b) return nullptr;
    auto* viewer = new TensorDiffViewer(this);
    viewer->setAttribute(Qt::WA_DeleteOnClose, true);
    viewer->load(readers.name, document_->titleA(), document_->titleB(), std::move(readers.a), std::move(readers.b));
    viewer->show();
    viewer->raise();
    return viewer;
}

}  // namespace tfs::views
