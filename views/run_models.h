#pragma once
// Table models of the Run panel: the outputs of a run with their statistics, and the
// two per-op tables benchmark_model users know ("Top by computation time" per node,
// "Summary by node type" per op), read from core's exec::OpProfile.

#include <QAbstractTableModel>
#include <memory>

#include "core/exec/op_profile.h"
#include "views/run_session.h"

namespace tfs::views {

/// Per-node times, slowest first: rank, node, op, time per run, share, cumulative share, FLOPs.
class NodeTimeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Rank, Node, Op, Ms, Percent, Cumulative, Flops, Calls, ColumnCount };
    /// Holds the node name (QString) in column Node, the function ("" = main graph) in column Op.
    static constexpr int NodeNameRole = Qt::UserRole + 1;
    static constexpr int FunctionRole = Qt::UserRole + 2;
    /// The raw number behind a numeric cell (for sorting).
    static constexpr int SortRole = Qt::UserRole + 3;

    explicit NodeTimeModel(QObject* parent = nullptr);
    void setProfile(std::shared_ptr<const exec::OpProfile> profile);
    const exec::OpProfile* profile() const { return profile_.get(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const exec::OpProfile> profile_;
    std::vector<double> cumulative_;
};

/// Per-op-type times, slowest first: op, nodes, executions, time per run, share, cumulative, FLOPs, FLOP/s.
class OpTypeTimeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Op, Nodes, Calls, Ms, Percent, Cumulative, Flops, FlopsPerSecond, ColumnCount };
    static constexpr int SortRole = NodeTimeModel::SortRole;

    explicit OpTypeTimeModel(QObject* parent = nullptr);
    void setProfile(std::shared_ptr<const exec::OpProfile> profile);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const exec::OpProfile> profile_;
    std::vector<double> cumulative_;
};

/// The outputs of a run: name, dtype and shape, min, max, mean, std, NaN/Inf count, first values.
class RunOutputsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Type, Min, Max, Mean, Std, NonFinite, Values, ColumnCount };
    static constexpr int SortRole = NodeTimeModel::SortRole;

    explicit RunOutputsModel(QObject* parent = nullptr);
    void setResult(std::shared_ptr<const RunResult> result);
    const RunOutput* output(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const RunResult> result_;
};

/// "1.23 ms", "850 µs", "12 s".
QString formatMs(double ms);
/// "1.2 G", "340 k" (SI prefixes, for FLOPs).
QString formatSi(double value);

}  // namespace tfs::views
