#include "views/run_models.h"

#include <QLocale>
#include <cmath>

#include "core/model/dtype.h"
#include "views/model_document.h"

namespace tfs::views {
namespace {

std::vector<double> runningTotals(const std::vector<double>& percents) {
    std::vector<double> out;
    double sum = 0;
    for (double p : percents) out.push_back(sum += p);
    return out;
}

QString percentText(double p) { return QObject::tr("%1%").arg(p, 0, 'f', p < 10 ? 2 : 1); }

// First values of a tensor, as many as fit in a short cell.
QString firstValues(const Tensor& t, int count) {
    QStringList parts;
    const int64_t n = t.numElements();
    for (int64_t i = 0; i < n && i < count; ++i) parts << QString::fromStdString(elementText(t, i, 24));
    if (n > count) parts << QStringLiteral("…");
    return parts.join(QLatin1Char(' '));
}

// The argmax of a [1, classes] or [classes] float output: what a classifier picked.
QString argmaxText(const Tensor& t) {
    if (!isNumericType(t.dtype()) || t.numElements() < 2 || t.numElements() > 100000) return {};
    if (!(t.rank() == 1 || (t.rank() == 2 && t.dim(0) == 1))) return {};
    int64_t best = 0;
    for (int64_t i = 1; i < t.numElements(); ++i)
        if (tensorElementAsDouble(t, i) > tensorElementAsDouble(t, best)) best = i;
    return QObject::tr("argmax %1").arg(best);
}

}  // namespace

QString formatMs(double ms) {
    if (ms < 1) return QObject::tr("%1 µs").arg(ms * 1000, 0, 'f', ms < 0.01 ? 2 : 1);
    if (ms < 1000) return QObject::tr("%1 ms").arg(ms, 0, 'f', ms < 10 ? 3 : 1);
    return QObject::tr("%1 s").arg(ms / 1000, 0, 'f', 2);
}

QString formatSi(double v) {
    static const char* units[] = {"", " k", " M", " G", " T", " P"};
    int u = 0;
    while (std::fabs(v) >= 1000 && u < 5) {
        v /= 1000;
        ++u;
    }
    return QString::number(v, 'f', std::fabs(v) < 10 ? 2 : std::fabs(v) < 100 ? 1 : 0) + QLatin1String(units[u]);
}

// ---- NodeTimeModel

NodeTimeModel::NodeTimeModel(QObject* parent) : QAbstractTableModel(parent) {}

void NodeTimeModel::setProfile(std::shared_ptr<const exec::OpProfile> profile) {
    beginResetModel();
    profile_ = std::move(profile);
    std::vector<double> percents;
    if (profile_)
        for (const auto& n : profile_->nodes) percents.push_back(n.percent);
    cumulative_ = runningTotals(percents);
    endResetModel();
}

int NodeTimeModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !profile_ ? 0 : int(profile_->nodes.size());
}

int NodeTimeModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant NodeTimeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !profile_ || index.row() >= rowCount()) return {};
    const exec::NodeTime& n = profile_->nodes[size_t(index.row())];
    const double cumulative = cumulative_[size_t(index.row())];
    if (role == NodeNameRole) return QString::fromStdString(n.node);
    if (role == FunctionRole) return QString::fromStdString(n.function);
    if (role == SortRole) {
        switch (index.column()) {
        case Rank: return index.row() + 1;
        case Ms: return n.ms;
        case Percent: return n.percent;
        case Cumulative: return cumulative;
        case Flops: return n.flops;
        case Calls: return n.executionsPerRun;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Node && index.column() != Op)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Node) {
        QString tip = QString::fromStdString(n.node).toHtmlEscaped();
        if (!n.function.empty()) tip += tr("<br>in function %1").arg(QString::fromStdString(n.function).toHtmlEscaped());
        if (n.fused) tip += tr("<br>fused into the preceding convolution or matrix product: its time is counted there");
        return tip;
    }
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case Rank: return index.row() + 1;
    case Node:
        return n.function.empty() ? QString::fromStdString(n.node)
                                  : QStringLiteral("%1 ▸ %2").arg(QString::fromStdString(n.function), QString::fromStdString(n.node));
    case Op: return n.fused ? tr("%1 (fused)").arg(QString::fromStdString(n.op)) : QString::fromStdString(n.op);
    case Ms: return formatMs(n.ms);
    case Percent: return percentText(n.percent);
    case Cumulative: return percentText(cumulative);
    case Flops: return n.flops > 0 ? formatSi(n.flops) : QString();
    case Calls: return QLocale().toString(n.executionsPerRun, 'g', 4);
    default: return {};
    }
}

QVariant NodeTimeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Ms: return tr("Time per run, averaged over the profiled runs");
        case Percent: return tr("Share of the summed node times");
        case Cumulative: return tr("Share of this node and every slower one");
        case Flops: return tr("Estimated floating-point operations per run");
        case Calls: return tr("Executions per run (more than one inside loops and repeated calls)");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case Rank: return tr("#");
    case Node: return tr("Node");
    case Op: return tr("Op");
    case Ms: return tr("Time");
    case Percent: return tr("%");
    case Cumulative: return tr("Cumulative");
    case Flops: return tr("FLOPs");
    case Calls: return tr("Calls");
    default: return {};
    }
}

// ---- OpTypeTimeModel

OpTypeTimeModel::OpTypeTimeModel(QObject* parent) : QAbstractTableModel(parent) {}

void OpTypeTimeModel::setProfile(std::shared_ptr<const exec::OpProfile> profile) {
    beginResetModel();
    profile_ = std::move(profile);
    std::vector<double> percents;
    if (profile_)
        for (const auto& o : profile_->opTypes) percents.push_back(o.percent);
    cumulative_ = runningTotals(percents);
    endResetModel();
}

int OpTypeTimeModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !profile_ ? 0 : int(profile_->opTypes.size());
}

int OpTypeTimeModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant OpTypeTimeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !profile_ || index.row() >= rowCount()) return {};
    const exec::OpTypeTime& o = profile_->opTypes[size_t(index.row())];
    const double cumulative = cumulative_[size_t(index.row())];
    if (role == SortRole) {
        switch (index.column()) {
        case Nodes: return o.nodes;
        case Calls: return o.executionsPerRun;
        case Ms: return o.ms;
        case Percent: return o.percent;
        case Cumulative: return cumulative;
        case Flops: return o.flops;
        case FlopsPerSecond: return o.flopsPerSecond();
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Op) return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case Op: return QString::fromStdString(o.op);
    case Nodes: return o.nodes;
    case Calls: return QLocale().toString(o.executionsPerRun, 'g', 6);
    case Ms: return o.allFused() ? tr("fused") : formatMs(o.ms);
    case Percent: return percentText(o.percent);
    case Cumulative: return percentText(cumulative);
    case Flops: return o.flops > 0 ? formatSi(o.flops) : QString();
    case FlopsPerSecond: return o.flopsPerSecond() > 0 ? tr("%1FLOP/s").arg(formatSi(o.flopsPerSecond())) : QString();
    default: return {};
    }
}

QVariant OpTypeTimeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case Op: return tr("Op type");
    case Nodes: return tr("Nodes");
    case Calls: return tr("Calls");
    case Ms: return tr("Time");
    case Percent: return tr("%");
    case Cumulative: return tr("Cumulative");
    case Flops: return tr("FLOPs");
    case FlopsPerSecond: return tr("FLOP/s");
    default: return {};
    }
}

// ---- RunOutputsModel

RunOutputsModel::RunOutputsModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunOutputsModel::setResult(std::shared_ptr<const RunResult> result) {
    beginResetModel();
    result_ = std::move(result);
    endResetModel();
}

const RunOutput* RunOutputsModel::output(int row) const {
    return result_ && row >= 0 && size_t(row) < result_->outputs.size() ? &result_->outputs[size_t(row)] : nullptr;
}

int RunOutputsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !result_ ? 0 : int(result_->outputs.size());
}

int RunOutputsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RunOutputsModel::data(const QModelIndex& index, int role) const {
    const RunOutput* out = index.isValid() ? output(index.row()) : nullptr;
    if (!out || !out->value) return {};
    const TensorSummary& s = out->summary;
    const bool stats = s.computed && s.numeric && s.finite > 0;
    if (role == SortRole) {
        switch (index.column()) {
        case Min: return stats ? QVariant(s.min) : QVariant();
        case Max: return stats ? QVariant(s.max) : QVariant();
        case Mean: return stats ? QVariant(s.mean) : QVariant();
        case Std: return stats ? QVariant(s.stddev) : QVariant();
        case NonFinite: return qlonglong(s.nans + s.infs);
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name) return out->tensorName;
    if (role == Qt::TextAlignmentRole && index.column() >= Min && index.column() <= NonFinite)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    auto number = [](double v) { return QLocale().toString(v, 'g', 6); };
    switch (index.column()) {
    case Name: return out->name;
    case Type: return QString::fromStdString(out->value->describe());
    case Min: return stats ? number(s.min) : QString();
    case Max: return stats ? number(s.max) : QString();
    case Mean: return stats ? number(s.mean) : QString();
    case Std: return stats ? number(s.stddev) : QString();
    case NonFinite: return s.nans + s.infs > 0 ? tr("%1 NaN, %2 Inf").arg(s.nans).arg(s.infs) : QString();
    case Values: {
        const QString pick = argmaxText(*out->value);
        const QString values = firstValues(*out->value, 6);
        return pick.isEmpty() ? values : QStringLiteral("%1   (%2)").arg(values, pick);
    }
    default: return {};
    }
}

QVariant RunOutputsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case Name: return tr("Output");
    case Type: return tr("Type");
    case Min: return tr("Min");
    case Max: return tr("Max");
    case Mean: return tr("Mean");
    case Std: return tr("Std");
    case NonFinite: return tr("Non-finite");
    case Values: return tr("Values");
    default: return {};
    }
}

}  // namespace tfs::views
