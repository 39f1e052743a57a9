#pragma once
// The change list of a diff: one row per added / removed / changed / renamed node (main graph
// and function bodies), function, signature, meta graph and stored variable, with a filter by
// kind and text.

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <memory>
#include <string>
#include <vector>

#include "views/diff_document.h"

namespace tfs::views {

/// One line of the change list and where it leads.
struct ChangeRow {
    enum class Section { Node, Function, Signature, MetaGraph, Variable };
    Section section = Section::Node;
    diff::NodeStatus status = diff::NodeStatus::Changed;
    std::string graphKey;  // merged graph key to show (Node, Function, Variable with a node)
    int entry = -1;        // Node: index into the graph's diff entries
    std::string node;      // Variable: the variable's node in the merged main graph ("" when none)
    QString name, op, where, details;
};

class ChangeListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Name, Op, Where, Details, ColumnCount };
    /// Role of the row's diff::NodeStatus as int (for filters and tests).
    static constexpr int StatusRole = Qt::UserRole + 1;

    explicit ChangeListModel(QObject* parent = nullptr);
    void setDocument(std::shared_ptr<const DiffDocument> document);
    const ChangeRow& change(int row) const { return rows_[size_t(row)]; }
    /// The row of a graph entry, or -1.
    int rowOfEntry(const std::string& graphKey, int entry) const;
    /// The row of a stored variable (checkpoint key), or -1 (unchanged variables have none).
    int rowOfVariable(const std::string& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const DiffDocument> document_;
    std::vector<ChangeRow> rows_;
};

/// Shows the kinds that are switched on and rows whose name, op or details contain the text.
class ChangeFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ChangeFilter(QObject* parent = nullptr);
    void setKindShown(diff::NodeStatus status, bool shown);
    bool kindShown(diff::NodeStatus status) const;
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    unsigned shown_ = ~0u;
    QString text_;
};

/// The batch text of each change, joined: "strides [1,1,1,1] → [1,2,2,1]; max |Δ| 3.1e-4 over 54,080 elements".
QString describeNodeChanges(const diff::NodeDiff& node);

}  // namespace tfs::views
