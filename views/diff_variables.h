#pragma once
// Every stored variable of a diff (checkpoint entries, a SavedModel's variables/): added,
// removed, changed with value deltas, and the kept ones marked bit-identical, so two training
// checkpoints or a checkpoint and its slimmed copy can be checked entry by entry.

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QWidget>
#include <memory>
#include <string>

#include "views/diff_document.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace tfs::views {

class VariableDiffModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Status, Name, TypeA, TypeB, MaxAbs, MeanAbs, MaxRel, ChangedElements, Note, ColumnCount };
    /// diff::EntryStatus of the row as int.
    static constexpr int StatusRole = Qt::UserRole + 1;
    /// Numbers as numbers, for sorting.
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit VariableDiffModel(std::shared_ptr<const DiffDocument> document, QObject* parent = nullptr);
    const diff::VariableDiff& variable(int row) const;
    /// The row of a checkpoint key, or -1.
    int rowOfKey(const std::string& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const DiffDocument> document_;
};

/// Hides unchanged variables on request and keeps rows whose name contains the text.
class VariableDiffFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit VariableDiffFilter(QObject* parent = nullptr);
    void setUnchangedShown(bool shown);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool unchangedShown_ = true;
    QString text_;
};

/// The variables table with its counts line, filters and Compare Values.
class VariableDiffView : public QWidget {
    Q_OBJECT
public:
    explicit VariableDiffView(std::shared_ptr<const DiffDocument> document, QWidget* parent = nullptr);
    VariableDiffModel* model() const { return model_; }
    VariableDiffFilter* filter() const { return filter_; }
    QTableView* table() const { return table_; }
    /// "20 kept bit-identical · 40 removed".
    QString countsText() const;
    /// Selects the variable (showing unchanged ones if it is one); false when the diff has no such key.
    bool selectVariable(const std::string& key);
    /// The selected variable's key, or "".
    std::string currentVariable() const;

signals:
    void variableSelected(const QString& key);
    void compareRequested(const QString& key);

private:
    void updateButton();
    VariableDiffModel* model_;
    VariableDiffFilter* filter_;
    QTableView* table_;
    QToolButton* compare_;
    QLabel* counts_;
    QCheckBox* showUnchanged_;
    QLineEdit* text_;
};

}  // namespace tfs::views
