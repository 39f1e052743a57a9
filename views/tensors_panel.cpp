#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPointer>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

#include "core/model/attrs.h"
#include "core/model/dtype.h"
#include "core/model/tensor.h"
#include "views/job_tracker.h"
#include "views/panels.h"
#include "views/tensor_summary.h"

namespace tfs::views {
namespace {

// The panel's columns from the viewer's summary (one implementation of the statistics).
TensorStats statsOf(const Tensor& t, const WorkContext& work) {
    TensorStats s;
    const TensorSummary sum = summarizeTensor(t, 1, work);
    s.computed = true;
    if (!sum.computed || !sum.numeric || sum.count == 0) return s;
    s.available = true;
    s.min = sum.min;
    s.max = sum.max;
    s.mean = sum.mean;
    s.stddev = sum.stddev;
    s.sparsity = sum.sparsity();
    s.nans = sum.nans;
    return s;
}

}  // namespace

TensorsModel::TensorsModel(QObject* parent) : QAbstractTableModel(parent) {}

void TensorsModel::setModel(std::shared_ptr<const Model> model) {
    beginResetModel();
    model_ = std::move(model);
    rows_.clear();
    totalBytes_ = 0;
    statsStarted_ = statsDone_ = false;
    if (model_) {
        for (const auto& v : model_->variableInfos) {
            Row r;
            r.name = QString::fromStdString(v.name);
            r.kind = v.optimizerSlot ? tr("optimizer slot") : tr("variable");
            r.dtype = QString::fromStdString(dtypeName(baseType(v.dtype)));
            r.shape = QString::fromStdString(v.shape.toString());
            r.node = QString::fromStdString(v.nodeName);
            r.checkpointKey = v.checkpointKey;
            if (v.shape.isFullyKnown()) {
                auto n = elementCount(v.shape.dims);
                r.elements = n.ok() ? *n : -1;
            }
            r.bytes = v.bytes;
            rows_.push_back(std::move(r));
        }
        if (const auto* g = model_->graph()) {
            for (int i = 0; i < g->node_size(); ++i) {
                const auto& nd = g->node(i);
                if (nd.op() != "Const") continue;
                auto it = nd.attr().find("value");
                if (it == nd.attr().end()) continue;
                const auto& t = it->second.tensor();
                Row r;
                r.name = QString::fromStdString(nd.name());
                r.kind = tr("constant");
                r.dtype = QString::fromStdString(dtypeName(t.dtype()));
                r.shape = QString::fromStdString(PartialShape::fromProto(t.tensor_shape()).toString());
                r.node = r.name;
                r.constNode = i;
                r.elements = constElements(nd);
                int size = dtypeSize(t.dtype());
                r.bytes = size > 0 ? uint64_t(r.elements) * uint64_t(size) : uint64_t(t.ByteSizeLong());
                rows_.push_back(std::move(r));
            }
        }
        for (const auto& r : rows_) totalBytes_ += r.bytes;
    }
    endResetModel();
}

int TensorsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }
int TensorsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TensorsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(rows_.size())) return {};
    const Row& r = rows_[size_t(index.row())];
    const TensorStats& s = r.stats;
    const bool stat = s.computed && s.available;
    if (role == Qt::TextAlignmentRole && index.column() >= Elements) return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && r.kind == tr("optimizer slot")) return QApplication::palette().color(QPalette::PlaceholderText);
    if (role == Qt::UserRole) {  // sort keys
        switch (index.column()) {
            case Elements: return qlonglong(r.elements);
            case Bytes:
            case Share: return qulonglong(r.bytes);
            case Min: return stat ? s.min : -INFINITY;
            case Max: return stat ? s.max : -INFINITY;
            case Mean: return stat ? s.mean : -INFINITY;
            case Std: return stat ? s.stddev : -INFINITY;
            case Sparsity: return stat ? s.sparsity : -1.0;
            case NaNs: return stat ? qlonglong(s.nans) : qlonglong(-1);
            default: break;
        }
        return data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    auto statText = [&](double v) -> QVariant {
        if (!s.computed) return tr("…");
        if (!s.available) return QStringLiteral("–");
        return QString::number(v, 'g', 5);
    };
    switch (index.column()) {
        case Name: return r.name;
        case Kind: return r.kind;
        case DType: return r.dtype;
        case Shape: return r.shape;
        case Elements: return r.elements >= 0 ? formatCount(r.elements) : QStringLiteral("?");
        case Bytes: return formatBytes(r.bytes);
        case Share: return totalBytes_ ? QStringLiteral("%1%").arg(100.0 * double(r.bytes) / double(totalBytes_), 0, 'f', 1) : QString();
        case Min: return statText(s.min);
        case Max: return statText(s.max);
        case Mean: return statText(s.mean);
        case Std: return statText(s.stddev);
        case Sparsity: return s.computed && s.available ? QStringLiteral("%1%").arg(100 * s.sparsity, 0, 'f', 1) : statText(0);
        case NaNs: return s.computed && s.available ? QVariant(qlonglong(s.nans)) : statText(0);
    }
    return {};
}

QVariant TensorsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Name: return tr("Name");
        case Kind: return tr("Kind");
        case DType: return tr("DType");
        case Shape: return tr("Shape");
        case Elements: return tr("Elements");
        case Bytes: return tr("Bytes");
        case Share: return tr("Share");
        case Min: return tr("Min");
        case Max: return tr("Max");
        case Mean: return tr("Mean");
        case Std: return tr("Std");
        case Sparsity: return tr("Zeros");
        case NaNs: return tr("NaN");
    }
    return {};
}

QString TensorsModel::nodeName(int row) const { return row >= 0 && row < int(rows_.size()) ? rows_[size_t(row)].node : QString(); }

QString TensorsModel::tensorName(int row) const { return row >= 0 && row < int(rows_.size()) ? rows_[size_t(row)].name : QString(); }

std::function<Result<Tensor>(const WorkContext&)> TensorsModel::tensorReader(int row) const {
    if (!model_ || row < 0 || row >= int(rows_.size())) return {};
    const Row& r = rows_[size_t(row)];
    auto model = model_;
    if (r.constNode >= 0 && model->graph()) {
        const int node = r.constNode;
        return [model, node](const WorkContext&) -> Result<Tensor> {
            const auto& nd = model->graph()->node(node);
            auto it = nd.attr().find("value");
            if (it == nd.attr().end()) return notFound(TFS_PHRASE("Errors", "constant %1 has no value"), nd.name());
            return Tensor::fromProto(it->second.tensor());
        };
    }
    if (!r.checkpointKey.empty() && model->variables) {
        const std::string key = r.checkpointKey;
        return [model, key](const WorkContext&) { return model->variables->read(key); };
    }
    return {};
}

void TensorsModel::computeStatistics(JobTracker* jobs) {
    if (statsStarted_ || !model_ || rows_.empty()) return;
    statsStarted_ = true;
    struct Task {
        std::string key;
        int constNode;
    };
    std::vector<Task> tasks;
    for (const auto& r : rows_) tasks.push_back({r.checkpointKey, r.constNode});
    auto model = model_;
    QPointer<TensorsModel> self(this);
    jobs->start(QStringLiteral("stats"), tr("Tensor statistics"),
                [model, tasks, self](const WorkContext& work) -> std::function<void()> {
                    auto stats = std::make_shared<std::vector<TensorStats>>(tasks.size());
                    for (size_t i = 0; i < tasks.size(); ++i) {
                        if (work.cancelled()) return {};
                        work.report(double(i) / double(tasks.size()), TFS_PHRASE("Progress", "statistics"));
                        Result<Tensor> t = notFound(TFS_PHRASE("Errors", "no value"));
                        if (tasks[i].constNode >= 0) {
                            const auto& nd = model->graph()->node(tasks[i].constNode);
                            t = Tensor::fromProto(nd.attr().at("value").tensor());
                        } else if (!tasks[i].key.empty() && model->variables) {
                            t = model->variables->read(tasks[i].key);
                        }
                        (*stats)[i].computed = true;
                        if (t.ok()) (*stats)[i] = statsOf(*t, work);
                    }
                    return [self, stats, model] {
                        if (!self || self->model_ != model) return;
                        for (size_t i = 0; i < stats->size() && i < self->rows_.size(); ++i) self->rows_[i].stats = (*stats)[i];
                        self->statsDone_ = true;
                        if (!self->rows_.empty())
                            emit self->dataChanged(self->index(0, Min), self->index(int(self->rows_.size()) - 1, NaNs));
                        emit self->statisticsFinished();
                    };
                });
}

TensorsPanel::TensorsPanel(QWidget* parent) : QWidget(parent) {
    model_ = new TensorsModel(this);
    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(Qt::UserRole);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(TensorsModel::Name);
    jobs_ = new JobTracker(this);
    filter_ = new QLineEdit(this);
    filter_->setPlaceholderText(tr("Filter by name"));
    filter_->setClearButtonEnabled(true);
    status_ = new QLabel(this);
    table_ = new QTableView(this);
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(TensorsModel::Bytes, Qt::DescendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->setWordWrap(false);
    // Column widths from the first rows (largest first) only: measuring all of a 20k-node training
    // graph's constants took a third of a second on the UI thread when the model opened.
    table_->horizontalHeader()->setResizeContentsPrecision(100);
    auto* l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(filter_, 1);
    top->addWidget(status_);
    l->addLayout(top);
    l->addWidget(table_);
    connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    connect(table_, &QTableView::clicked, this, [this](const QModelIndex& index) {
        QString node = model_->nodeName(proxy_->mapToSource(index).row());
        if (!node.isEmpty()) emit nodeRequested(node);
    });
    connect(table_, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid()) emit tensorRequested(proxy_->mapToSource(index).row());
    });
    table_->setToolTip(tr("Double-click or press Enter to see a tensor's values"));
    connect(model_, &TensorsModel::statisticsFinished, this, [this] { status_->setText(tr("%n tensor(s)", nullptr, model_->rowCount())); });
    connect(jobs_, &JobTracker::progress, this, [this](const QString&, const QString&, double f, const QString&) {
        status_->setText(tr("statistics %1%").arg(int(f * 100)));
    });
}

void TensorsPanel::setDocument(std::shared_ptr<ModelDocument> document) {
    jobs_->cancelAll();
    model_->setModel(document ? document->modelPtr() : nullptr);
    status_->setText(tr("%n tensor(s)", nullptr, model_->rowCount()));
    table_->resizeColumnsToContents();
    if (isVisible()) model_->computeStatistics(jobs_);
}

void TensorsPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    model_->computeStatistics(jobs_);  // lazily: only once the panel is seen
}

}  // namespace tfs::views
