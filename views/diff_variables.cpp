#include "views/diff_variables.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/diff/value_delta.h"
#include "core/model/dtype.h"
#include "core/model/shape.h"
#include "views/model_document.h"
#include "views/theme.h"

namespace tfs::views {
namespace {

QString typeText(DataType dtype, const Dims& shape) {
    if (dtype == tensorflow::DT_INVALID) return QStringLiteral("—");
    return QString::fromStdString(dtypeShortName(dtype) + dimsToString(shape));
}

QString number(double v) { return QString::number(v, 'g', 3); }

}  // namespace

VariableDiffModel::VariableDiffModel(std::shared_ptr<const DiffDocument> document, QObject* parent)
    : QAbstractTableModel(parent), document_(std::move(document)) {}

const diff::VariableDiff& VariableDiffModel::variable(int row) const { return document_->diff().variables[size_t(row)]; }

int VariableDiffModel::rowOfKey(const std::string& key) const {
    const auto& vs = document_->diff().variables;
    for (size_t i = 0; i < vs.size(); ++i)
        if (vs[i].key == key) return int(i);
    return -1;
}

int VariableDiffModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(document_->diff().variables.size());
}

int VariableDiffModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant VariableDiffModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const diff::VariableDiff& v = variable(index.row());
    const diff::ValueDelta& d = v.value;
    const diff::NodeStatus status = nodeStatusOf(v.status);
    // Deltas mean something for numbers; strings only count the elements that differ.
    const bool counted = d.comparable && !d.bitIdentical;
    const bool numbers = counted && isNumericType(d.dtypeA) && isNumericType(d.dtypeB);
    if (role == StatusRole) return int(v.status);
    if (role == SortRole) {
        switch (index.column()) {
            case Status: return int(v.status);
            case MaxAbs: return numbers ? d.maxAbsChange : -1.0;
            case MeanAbs: return numbers ? d.meanAbsChange : -1.0;
            case MaxRel: return numbers ? d.maxRelChange : -1.0;
            case ChangedElements: return counted ? double(d.changedElements) : -1.0;
            default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
            case Status:
                if (v.status == diff::EntryStatus::Unchanged)
                    return d.bitIdentical ? tr("= bit-identical") : QStringLiteral("= %1").arg(diffStatusTitle(status));
                return QStringLiteral("%1 %2").arg(diffStatusGlyph(status), diffStatusTitle(status));
            case Name: return QString::fromStdString(v.key);
            case TypeA: return typeText(d.dtypeA, d.shapeA);
            case TypeB: return typeText(d.dtypeB, d.shapeB);
            case MaxAbs: return numbers ? number(d.maxAbsChange) : QString();
            case MeanAbs: return numbers ? number(d.meanAbsChange) : QString();
            case MaxRel: return numbers ? number(d.maxRelChange) : QString();
            case ChangedElements:
                return counted ? tr("%1 of %2").arg(formatCount(int64_t(d.changedElements)), formatCount(int64_t(d.elements))) : QString();
            case Note:  // what the columns before cannot say: a read problem, values that differ in another way
                if (!v.problem.empty()) return QString::fromStdString(v.problem);
                if (v.status == diff::EntryStatus::Changed && !numbers) return QString::fromStdString(diff::describeValueDelta(d));
                return QString();
            default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= MaxAbs && index.column() <= ChangedElements) return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DecorationRole && index.column() == Status && status != diff::NodeStatus::Unchanged) {
        QPixmap swatch(10, 10);
        swatch.fill(diffStatusColor(status, isDarkPalette()));
        return swatch;
    }
    return {};
}

QVariant VariableDiffModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Status: return tr("Change");
        case Name: return tr("Variable");
        case TypeA: return tr("A");
        case TypeB: return tr("B");
        case MaxAbs: return tr("Max |Δ|");
        case MeanAbs: return tr("Mean |Δ|");
        case MaxRel: return tr("Max rel. Δ");
        case ChangedElements: return tr("Elements changed");
        case Note: return tr("Note");
        default: return {};
    }
}

VariableDiffFilter::VariableDiffFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(VariableDiffModel::SortRole);
}

void VariableDiffFilter::setUnchangedShown(bool shown) {
    unchangedShown_ = shown;
    invalidateFilter();
}

void VariableDiffFilter::setText(const QString& text) {
    text_ = text;
    invalidateFilter();
}

bool VariableDiffFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
    auto* model = qobject_cast<const VariableDiffModel*>(sourceModel());
    if (!model || sourceRow >= model->rowCount()) return false;
    const diff::VariableDiff& v = model->variable(sourceRow);
    if (!unchangedShown_ && v.status == diff::EntryStatus::Unchanged) return false;
    return text_.isEmpty() || QString::fromStdString(v.key).contains(text_, Qt::CaseInsensitive);
}

VariableDiffView::VariableDiffView(std::shared_ptr<const DiffDocument> document, QWidget* parent) : QWidget(parent) {
    model_ = new VariableDiffModel(std::move(document), this);
    filter_ = new VariableDiffFilter(this);
    filter_->setSourceModel(model_);

    counts_ = new QLabel(countsText(), this);
    counts_->setObjectName(QStringLiteral("variableCounts"));
    counts_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    counts_->setWordWrap(true);
    showUnchanged_ = new QCheckBox(tr("Show unchanged"), this);
    showUnchanged_->setChecked(true);
    connect(showUnchanged_, &QCheckBox::toggled, filter_, &VariableDiffFilter::setUnchangedShown);
    text_ = new QLineEdit(this);
    text_->setPlaceholderText(tr("Filter variables by name"));
    text_->setClearButtonEnabled(true);
    connect(text_, &QLineEdit::textChanged, filter_, &VariableDiffFilter::setText);
    compare_ = new QToolButton(this);
    compare_->setObjectName(QStringLiteral("compareValues"));
    compare_->setText(tr("Compare Values…"));
    compare_->setToolTip(tr("A, B and B − A of the selected variable, each with statistics and a histogram"));
    connect(compare_, &QToolButton::clicked, this, [this] {
        if (const std::string key = currentVariable(); !key.empty()) emit compareRequested(QString::fromStdString(key));
    });

    table_ = new QTableView(this);
    table_->setModel(filter_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(-1, Qt::AscendingOrder);  // the diff's order (by key) until a header is clicked
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->setWordWrap(false);
    table_->setColumnWidth(VariableDiffModel::Status, 110);
    table_->setColumnWidth(VariableDiffModel::Name, 250);
    table_->setColumnWidth(VariableDiffModel::TypeA, 100);
    table_->setColumnWidth(VariableDiffModel::TypeB, 100);
    for (int c : {VariableDiffModel::MaxAbs, VariableDiffModel::MeanAbs, VariableDiffModel::MaxRel}) table_->setColumnWidth(c, 72);
    table_->setColumnWidth(VariableDiffModel::ChangedElements, 110);
    table_->horizontalHeader()->setStretchLastSection(true);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButton();
        if (const std::string key = currentVariable(); !key.empty()) emit variableSelected(QString::fromStdString(key));
    });
    connect(table_, &QTableView::activated, this, [this] {
        if (const std::string key = currentVariable(); !key.empty()) emit compareRequested(QString::fromStdString(key));
    });

    auto* bar = new QHBoxLayout;
    bar->addWidget(showUnchanged_);
    bar->addWidget(text_, 1);
    bar->addWidget(compare_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(counts_);
    layout->addLayout(bar);
    layout->addWidget(table_, 1);
    updateButton();
}

QString VariableDiffView::countsText() const {
    int identical = 0, unread = 0, changed = 0, added = 0, removed = 0;
    for (int r = 0; r < model_->rowCount(); ++r) {
        const diff::VariableDiff& v = model_->variable(r);
        switch (v.status) {
            case diff::EntryStatus::Unchanged: (v.value.bitIdentical ? identical : unread)++; break;
            case diff::EntryStatus::Changed: ++changed; break;
            case diff::EntryStatus::Added: ++added; break;
            case diff::EntryStatus::Removed: ++removed; break;
        }
    }
    QStringList parts;
    if (identical) parts << tr("%n bit-identical", nullptr, identical);
    if (unread) parts << tr("%n with equal dtype and shape (values not compared)", nullptr, unread);
    if (changed) parts << tr("%n changed", nullptr, changed);
    if (added) parts << tr("%n added", nullptr, added);
    if (removed) parts << tr("%n removed", nullptr, removed);
    return tr("<b>%n stored variable(s):</b> %1", nullptr, model_->rowCount()).arg(parts.join(QStringLiteral(" · ")));
}

bool VariableDiffView::selectVariable(const std::string& key) {
    const int row = model_->rowOfKey(key);
    if (row < 0) return false;
    QModelIndex proxy = filter_->mapFromSource(model_->index(row, 0));
    if (!proxy.isValid()) {  // hidden by a filter: show everything again
        showUnchanged_->setChecked(true);
        text_->clear();
        proxy = filter_->mapFromSource(model_->index(row, 0));
    }
    if (!proxy.isValid()) return false;
    const bool blocked = table_->selectionModel()->blockSignals(true);
    table_->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table_->selectionModel()->blockSignals(blocked);
    table_->scrollTo(proxy);
    updateButton();
    return true;
}

std::string VariableDiffView::currentVariable() const {
    const QModelIndex proxy = table_->selectionModel()->currentIndex();
    if (!proxy.isValid()) return {};
    const QModelIndex source = filter_->mapToSource(proxy);
    return source.isValid() ? model_->variable(source.row()).key : std::string();
}

void VariableDiffView::updateButton() { compare_->setEnabled(!currentVariable().empty()); }

}  // namespace tfs::views
