#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "core/model/dtype.h"
#include "core/model/graph_index.h"
#include "views/panels.h"

namespace tfs::views {

SignaturesModel::SignaturesModel(QObject* parent) : QAbstractTableModel(parent) {}

void SignaturesModel::setModel(std::shared_ptr<const Model> model) {
    beginResetModel();
    rows_.clear();
    if (model) {
        for (const auto& mg : model->metaGraphs) {
            QStringList tags;
            for (const auto& t : mg.tags) tags << QString::fromStdString(t);
            for (const auto& sig : mg.signatures) {
                auto add = [&](const TensorSpec& spec, const QString& direction) {
                    Row r;
                    r.tags = tags.join(QStringLiteral(", "));
                    r.key = QString::fromStdString(sig.key);
                    r.method = QString::fromStdString(sig.method);
                    r.direction = direction;
                    r.argKey = QString::fromStdString(spec.key);
                    r.tensor = QString::fromStdString(spec.tensorName);
                    r.dtype = QString::fromStdString(dtypeName(spec.dtype));
                    r.shape = QString::fromStdString(spec.shape.toString());
                    rows_.push_back(std::move(r));
                };
                for (const auto& in : sig.inputs) add(in, tr("input"));
                for (const auto& out : sig.outputs) add(out, tr("output"));
            }
        }
    }
    endResetModel();
}

int SignaturesModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }
int SignaturesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SignaturesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(rows_.size())) return {};
    const Row& r = rows_[size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
            case Tags: return r.tags;
            case Key: return r.key;
            case Method: return r.method;
            case Direction: return r.direction;
            case ArgKey: return r.argKey;
            case Tensor: return r.tensor;
            case DType: return r.dtype;
            case Shape: return r.shape;
        }
    }
    return {};
}

QVariant SignaturesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Tags: return tr("Tags");
        case Key: return tr("Signature");
        case Method: return tr("Method");
        case Direction: return tr("In/Out");
        case ArgKey: return tr("Key");
        case Tensor: return tr("Tensor");
        case DType: return tr("DType");
        case Shape: return tr("Shape");
    }
    return {};
}

QString SignaturesModel::tensorName(int row) const {
    return row >= 0 && row < int(rows_.size()) ? rows_[size_t(row)].tensor : QString();
}

SignaturesPanel::SignaturesPanel(QWidget* parent) : QWidget(parent) {
    model_ = new SignaturesModel(this);
    table_ = new QTableView(this);
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setWordWrap(false);
    // A GraphDef or a checkpoint has no signatures: say so, and where the inputs come from, instead
    // of showing an empty table.
    empty_ = new QLabel(this);
    empty_->setWordWrap(true);
    empty_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    empty_->setContentsMargins(8, 6, 8, 6);
    empty_->setText(tr("This model has no signatures: only a SavedModel names its inputs and outputs. "
                       "The workbench and the Run panel feed its placeholders and read the nodes that nothing else consumes; "
                       "change them in the Workbench's Inputs and Outputs fields."));
    empty_->hide();
    auto* l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(empty_);
    l->addWidget(table_);
    connect(table_, &QTableView::clicked, this, [this](const QModelIndex& index) {
        QString tensor = model_->tensorName(index.row());
        if (!tensor.isEmpty()) emit nodeRequested(QString::fromStdString(nodeNameOf(tensor.toStdString())));
    });
}

void SignaturesPanel::setDocument(std::shared_ptr<ModelDocument> document) {
    model_->setModel(document ? document->modelPtr() : nullptr);
    table_->resizeColumnsToContents();
    const bool empty = document && model_->rowCount() == 0;
    empty_->setVisible(empty);
    table_->setVisible(!empty);
}

QString SignaturesPanel::emptyText() const { return empty_->isVisibleTo(this) ? empty_->text() : QString(); }

}  // namespace tfs::views
