#include "views/diff_changes.h"

#include <QColor>
#include <QPixmap>

#include "core/diff/diff_report.h"
#include "core/diff/value_delta.h"
#include "views/theme.h"

namespace tfs::views {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

// "old → new" for renamed names and changed ops.
QString arrow(const std::string& a, const std::string& b) { return QStringLiteral("%1 → %2").arg(q(a), q(b)); }

}  // namespace

QString describeNodeChanges(const diff::NodeDiff& node) {
    // The same words as `--batch diff` prints after "~ name (Op): ".
    QStringList parts;
    for (const auto& c : node.changes) parts << q(diff::describeChange(c));
    return parts.join(QStringLiteral("; "));
}

ChangeListModel::ChangeListModel(QObject* parent) : QAbstractTableModel(parent) {}

void ChangeListModel::setDocument(std::shared_ptr<const DiffDocument> document) {
    beginResetModel();
    document_ = std::move(document);
    rows_.clear();
    if (document_) {
        const auto& d = document_->diff();
        for (const auto& mg : d.metaGraphs) {
            if (mg.status == diff::EntryStatus::Unchanged) continue;
            ChangeRow r;
            r.section = ChangeRow::Section::MetaGraph;
            r.status = nodeStatusOf(mg.status);
            QStringList tags;
            for (const auto& t : mg.tags) tags << q(t);
            r.name = tags.isEmpty() ? tr("(no tags)") : tags.join(QStringLiteral(","));
            r.where = tr("meta graph");
            rows_.push_back(r);
        }
        for (const auto& s : d.signatures) {
            if (s.status == diff::EntryStatus::Unchanged) continue;
            ChangeRow r;
            r.section = ChangeRow::Section::Signature;
            r.status = nodeStatusOf(s.status);
            r.name = q(s.key);
            r.where = tr("signature");
            QStringList parts;
            for (const auto& c : s.changes) parts << q(c);
            r.details = parts.join(QStringLiteral("; "));
            rows_.push_back(r);
        }
        for (const DiffGraph& g : document_->graphs()) {
            const QString where = g.key.empty() ? tr("main graph") : q(g.key);
            const diff::FunctionDiff* fd = nullptr;
            for (const auto& f : d.functions)
                if (f.name() == g.key) fd = &f;
            if (fd && fd->status != diff::EntryStatus::Unchanged && (!g.diff || !fd->signatureChanges.empty() || fd->nameA != fd->nameB)) {
                ChangeRow r;
                r.section = ChangeRow::Section::Function;
                r.status = fd->nameA != fd->nameB && g.diff ? diff::NodeStatus::Renamed : nodeStatusOf(fd->status);
                r.graphKey = g.key;
                r.name = fd->nameA != fd->nameB && g.diff ? arrow(fd->nameA, fd->nameB) : q(fd->name());
                r.where = tr("function");
                QStringList parts;
                for (const auto& c : fd->signatureChanges) parts << q(c);
                r.details = parts.join(QStringLiteral("; "));
                rows_.push_back(r);
            }
            if (!g.diff) continue;
            for (size_t e = 0; e < g.diff->nodes.size(); ++e) {
                const diff::NodeDiff& n = g.diff->nodes[e];
                if (n.status == diff::NodeStatus::Unchanged) continue;
                ChangeRow r;
                r.section = ChangeRow::Section::Node;
                r.status = n.status;
                r.graphKey = g.key;
                r.entry = int(e);
                r.name = n.status == diff::NodeStatus::Renamed ? arrow(n.nameA, n.nameB) : q(n.name());
                r.op = n.opA == n.opB || n.opA.empty() || n.opB.empty() ? q(n.op()) : arrow(n.opA, n.opB);
                r.where = where;
                r.details = describeNodeChanges(n);
                rows_.push_back(std::move(r));
            }
        }
        // Stored variables lead to their node in the main graph when one side has it.
        auto nodeOfKey = [](const Model& m, const std::string& key) {
            for (const auto& v : m.variableInfos)
                if (v.checkpointKey == key) return v.nodeName;
            return std::string();
        };
        for (const auto& v : d.variables) {
            if (v.status == diff::EntryStatus::Unchanged) continue;
            ChangeRow r;
            r.section = ChangeRow::Section::Variable;
            r.status = nodeStatusOf(v.status);
            r.name = q(v.key);
            r.where = tr("variable");
            r.node = nodeOfKey(document_->documentB()->model(), v.key);
            if (r.node.empty()) r.node = nodeOfKey(document_->documentA()->model(), v.key);
            r.details = v.problem.empty() ? q(diff::describeValueDelta(v.value)) : q(v.problem);
            rows_.push_back(std::move(r));
        }
    }
    endResetModel();
}

int ChangeListModel::rowOfEntry(const std::string& graphKey, int entry) const {
    for (size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].section == ChangeRow::Section::Node && rows_[i].entry == entry && rows_[i].graphKey == graphKey)
            return int(i);
    return -1;
}

int ChangeListModel::rowOfVariable(const std::string& key) const {
    const QString name = QString::fromStdString(key);
    for (size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].section == ChangeRow::Section::Variable && rows_[i].name == name) return int(i);
    return -1;
}

int ChangeListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }
int ChangeListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ChangeListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(rows_.size())) return {};
    const ChangeRow& r = rows_[size_t(index.row())];
    if (role == StatusRole) return int(r.status);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
            case Kind: return QStringLiteral("%1 %2").arg(diffStatusGlyph(r.status), diffStatusTitle(r.status));
            case Name: return r.name;
            case Op: return r.op;
            case Where: return r.where;
            case Details: return r.details;
            default: return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Kind) {
        QPixmap swatch(10, 10);
        swatch.fill(diffStatusColor(r.status, isDarkPalette()));
        return swatch;
    }
    return {};
}

QVariant ChangeListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Kind: return tr("Change");
        case Name: return tr("Name");
        case Op: return tr("Op");
        case Where: return tr("Where");
        case Details: return tr("Details");
        default: return {};
    }
}

ChangeFilter::ChangeFilter(QObject* parent) : QSortFilterProxyModel(parent) {}

void ChangeFilter::setKindShown(diff::NodeStatus status, bool shown) {
    const unsigned bit = 1u << unsigned(status);
    shown_ = shown ? (shown_ | bit) : (shown_ & ~bit);
    invalidateFilter();
}

bool ChangeFilter::kindShown(diff::NodeStatus status) const { return shown_ & (1u << unsigned(status)); }

void ChangeFilter::setText(const QString& text) {
    text_ = text;
    invalidateFilter();
}

bool ChangeFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
    auto* model = qobject_cast<const ChangeListModel*>(sourceModel());
    if (!model || sourceRow >= model->rowCount()) return false;
    const ChangeRow& r = model->change(sourceRow);
    if (!kindShown(r.status)) return false;
    if (text_.isEmpty()) return true;
    return r.name.contains(text_, Qt::CaseInsensitive) || r.op.contains(text_, Qt::CaseInsensitive) ||
           r.details.contains(text_, Qt::CaseInsensitive) || r.where.contains(text_, Qt::CaseInsensitive);
}

}  // namespace tfs::views
