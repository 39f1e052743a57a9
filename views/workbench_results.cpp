#include "views/workbench_results.h"

#include <QChart>
#include <QChartView>
#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>
#include <limits>
#include <set>

#include "core/compare/size_stats.h"
#include "views/core_text.h"
#include "views/theme.h"
#include "views/workbench.h"

namespace tfs::views {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The accuracy a chart point shows: worst top-1 agreement, else worst cosine, in percent.
double accuracyPercent(const RevisionMeasurement& m) {
    double top1 = kNaN, cosine = kNaN;
    for (const auto& o : m.result.accuracy) {
        if (o.top1Agreement) top1 = std::isnan(top1) ? *o.top1Agreement : std::min(top1, *o.top1Agreement);
        if (o.numeric) cosine = std::isnan(cosine) ? o.cosine : std::min(cosine, o.cosine);
    }
    return 100.0 * (std::isnan(top1) ? cosine : top1);
}

// "a, b, c …": at most `limit` names.
std::string joinNames(const std::vector<std::string>& names, size_t limit) {
    std::string out;
    for (size_t i = 0; i < names.size() && i < limit; ++i) out += (i ? ", " : "") + names[i];
    if (names.size() > limit) out += " …";
    return out;
}

}  // namespace

BeforeAfterModel::BeforeAfterModel(QObject* parent) : QAbstractTableModel(parent) {}

void BeforeAfterModel::setMeasurements(const RevisionMeasurement* original, const RevisionMeasurement* previous,
                                       const RevisionMeasurement* current) {
    beginResetModel();
    rows_.clear();
    const RevisionMeasurement* ms[3] = {original, previous, current};
    auto add = [&](const QString& fact, auto get, bool bytes, bool ms_) {
        Row r{fact, {kNaN, kNaN, kNaN}, bytes, ms_, true};
        bool any = false;
        for (int i = 0; i < 3; ++i)
            if (ms[i] && ms[i]->done) {
                r.values[i] = get(*ms[i]);
                any = any || !std::isnan(r.values[i]);
            }
        if (any) rows_.push_back(r);
    };
    add(tr("Size on disk"), [](const RevisionMeasurement& m) { return double(m.result.size.bytes); }, true, false);
    add(tr("Compressed"), [](const RevisionMeasurement& m) { return double(m.result.size.compressedBytes); }, true, false);
    add(tr("Nodes"), [](const RevisionMeasurement& m) { return double(m.result.size.nodeCount + m.result.size.functionNodeCount); }, false, false);
    std::set<std::string> dtypes;
    for (auto* m : ms)
        if (m)
            for (const auto& [dtype, bytes] : m->result.size.paramBytesByDtype) dtypes.insert(dtype);
    for (const auto& dtype : dtypes)
        add(tr("Weights %1").arg(QString::fromStdString(dtype)),
            [dtype](const RevisionMeasurement& m) {
                auto it = m.result.size.paramBytesByDtype.find(dtype);
                return it == m.result.size.paramBytesByDtype.end() ? 0.0 : double(it->second);
            },
            true, false);
    add(tr("Latency (median)"), [](const RevisionMeasurement& m) { return m.result.latency ? m.result.latency->medianMs : kNaN; }, false, true);
    add(tr("Peak memory"), [](const RevisionMeasurement& m) {
        return m.result.latency && m.result.latency->peakBytes ? double(m.result.latency->peakBytes) : kNaN;
    }, true, false);
    endResetModel();
}

int BeforeAfterModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }
int BeforeAfterModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString BeforeAfterModel::format(const Row& row, double v) const {
    if (std::isnan(v)) return QStringLiteral("…");
    if (row.bytes) return formatBytes(uint64_t(std::max(0.0, v)));
    if (row.milliseconds) return tr("%1 ms").arg(v, 0, 'f', v < 10 ? 3 : 1);
    return formatCount(int64_t(v));
}

QVariant BeforeAfterModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(rows_.size())) return {};
    const Row& r = rows_[size_t(index.row())];
    const int c = index.column();
    if (role == Qt::UserRole) {
        if (c >= Original && c <= Current) return r.values[c - Original];
        return {};
    }
    if (role == Qt::TextAlignmentRole) return c == Fact ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    if (c == DeltaOriginal || c == DeltaPrevious) {
        const double base = r.values[c == DeltaOriginal ? 0 : 1], now = r.values[2];
        if (std::isnan(base) || std::isnan(now)) return role == Qt::DisplayRole ? QVariant(QString()) : QVariant();
        const double pct = base != 0 ? 100.0 * (now - base) / base : 0.0;
        if (role == Qt::DisplayRole) return QStringLiteral("%1%2%").arg(pct > 0 ? QStringLiteral("+") : QString()).arg(pct, 0, 'f', 1);
        if (role == Qt::ForegroundRole && std::abs(pct) >= 0.05)
            return QColor((pct < 0) == r.lowerIsBetter ? QColor(39, 174, 96) : QColor(192, 57, 43));
        return {};
    }
    if (role != Qt::DisplayRole) return {};
    if (c == Fact) return r.fact;
    return format(r, r.values[c - Original]);
}

QVariant BeforeAfterModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Fact: return tr("Fact");
        case Original: return tr("Original");
        case Previous: return tr("Previous");
        case Current: return tr("This step");
        case DeltaOriginal: return tr("Δ original");
        case DeltaPrevious: return tr("Δ previous");
    }
    return {};
}

double BeforeAfterModel::value(const QString& fact, Column column) const {
    for (const Row& r : rows_)
        if (r.fact == fact && column >= Original && column <= Current) return r.values[column - Original];
    return kNaN;
}

AccuracyModel::AccuracyModel(QObject* parent) : QAbstractTableModel(parent) {}

void AccuracyModel::setMeasurement(const RevisionMeasurement* current) {
    beginResetModel();
    rows_.clear();
    if (current)
        for (const auto& o : current->result.accuracy)
            rows_.push_back({QString::fromStdString(o.name), o.maxAbsError, o.meanAbsError, o.cosine, o.snrDb, o.top1Agreement});
    endResetModel();
}

int AccuracyModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }
int AccuracyModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AccuracyModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(rows_.size())) return {};
    const Row& r = rows_[size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Output ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
        case Output: return r.output;
        case MaxAbs: return QString::number(r.maxAbs, 'g', 3);
        case MeanAbs: return QString::number(r.meanAbs, 'g', 3);
        case Cosine: return QString::number(r.cosine, 'f', 6);
        case Snr: return r.snr ? tr("%1 dB").arg(*r.snr, 0, 'f', 1) : tr("exact");
        case Top1: return r.top1 ? QStringLiteral("%1%").arg(100.0 * *r.top1, 0, 'f', 1) : QStringLiteral("–");
    }
    return {};
}

QVariant AccuracyModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Output: return tr("Output");
        case MaxAbs: return tr("Max |Δ|");
        case MeanAbs: return tr("Mean |Δ|");
        case Cosine: return tr("Cosine");
        case Snr: return tr("SNR");
        case Top1: return tr("Top-1 agree");
    }
    return {};
}

WorkbenchResults::WorkbenchResults(QWidget* parent) : QWidget(parent) {
    // Three columns side by side (the dock sits at the bottom, where the window is widest):
    // the facts table; accuracy and what the step changed; the chart across the steps.
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    layout->addWidget(split);
    const int rowHeight = fontMetrics().height() + 6;  // compact rows: every fact fits without scrolling
    auto compact = [rowHeight](QTableView* view) {
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(rowHeight);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->setSelectionMode(QAbstractItemView::NoSelection);
        view->setWordWrap(false);
    };

    auto* factsBox = new QWidget(split);
    auto* fl = new QVBoxLayout(factsBox);
    fl->setContentsMargins(0, 0, 0, 0);
    fl->setSpacing(2);
    state_ = new QLabel(factsBox);
    state_->setWordWrap(true);
    fl->addWidget(state_);
    facts_ = new BeforeAfterModel(this);
    factsView_ = new QTableView(factsBox);
    factsView_->setModel(facts_);
    compact(factsView_);
    fl->addWidget(factsView_, 1);

    auto* middle = new QWidget(split);
    auto* ml = new QVBoxLayout(middle);
    ml->setContentsMargins(0, 0, 0, 0);
    ml->setSpacing(2);
    accuracy_ = new AccuracyModel(this);
    accuracyView_ = new QTableView(middle);
    accuracyView_->setModel(accuracy_);
    compact(accuracyView_);
    ml->addWidget(accuracyView_, 2);
    changes_ = new QTextBrowser(middle);
    changes_->setObjectName(QStringLiteral("stepChanges"));
    ml->addWidget(changes_, 3);

    auto* chart = new QChart;
    chart->setTitle(tr("Across the steps, % of the original"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    sizeSeries_ = new QLineSeries;
    sizeSeries_->setName(tr("compressed size"));
    latencySeries_ = new QLineSeries;
    latencySeries_->setName(tr("latency"));
    accuracySeries_ = new QLineSeries;
    accuracySeries_->setName(tr("accuracy (top-1 or cosine)"));
    for (QLineSeries* s : {sizeSeries_, latencySeries_, accuracySeries_}) {
        s->setPointsVisible(true);
        chart->addSeries(s);
    }
    auto* x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(tr("step"));
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : {sizeSeries_, latencySeries_, accuracySeries_}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart_ = new QChartView(chart, split);
    chart_->setRenderHint(QPainter::Antialiasing);
    chart_->setMinimumSize(320, 160);
    split->addWidget(factsBox);
    split->addWidget(middle);
    split->addWidget(chart_);
    split->setSizes({520, 440, 440});  // scaled to the dock's width when first shown
    refresh();
}

void WorkbenchResults::setWorkbench(Workbench* workbench) {
    if (workbench_) {
        disconnect(workbench_, nullptr, this, nullptr);
        disconnect(workbench_->document(), nullptr, this, nullptr);
    }
    workbench_ = workbench;
    if (workbench) {
        connect(workbench, &Workbench::measurementsChanged, this, &WorkbenchResults::refresh);
        connect(workbench, &Workbench::busyChanged, this, &WorkbenchResults::refresh);
        connect(workbench->document(), &ModelDocument::modelReplaced, this, &WorkbenchResults::refresh);
    }
    refresh();
}

QString WorkbenchResults::changesText() const { return changes_->toPlainText(); }

int WorkbenchResults::chartPoints() const { return int(sizeSeries_->count() + latencySeries_->count() + accuracySeries_->count()); }

void WorkbenchResults::refresh() {
    // The chart follows the light or dark palette like the rest of the window.
    const QChart::ChartTheme theme = isDarkPalette() ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart_->chart()->theme() != theme) chart_->chart()->setTheme(theme);
    sizeSeries_->clear();
    latencySeries_->clear();
    accuracySeries_->clear();
    if (!workbench_) {
        facts_->setMeasurements(nullptr, nullptr, nullptr);
        accuracy_->setMeasurement(nullptr);
        changes_->clear();
        state_->setText(tr("Open a model to transform it."));
        return;
    }
    const auto pipeline = workbench_->document()->pipeline();
    const auto* original = workbench_->measurement(pipeline.front().get());
    const auto* current = workbench_->measurement(pipeline.back().get());
    const auto* previous = pipeline.size() >= 2 ? workbench_->measurement(pipeline[pipeline.size() - 2].get()) : nullptr;
    facts_->setMeasurements(original, previous, current);
    // Every fact stays in view: the table asks for the height of all its rows, and the dock follows.
    factsView_->setMinimumHeight(factsView_->horizontalHeader()->sizeHint().height() +
                                 facts_->rowCount() * factsView_->verticalHeader()->defaultSectionSize() +
                                 2 * factsView_->frameWidth());
    accuracy_->setMeasurement(current);

    // What the step changed in the graph, and its op histogram delta.
    QStringList lines;
    const auto& rev = *pipeline.back();
    if (pipeline.size() == 1) {
        lines << tr("The original model. Apply a pass or a preset to see what it changes.");
    } else {
        lines << tr("<b>%1</b> (%2 s)").arg(QString::fromStdString(rev.spec).toHtmlEscaped()).arg(rev.seconds(), 0, 'f', 2);
        const auto& changes = rev.detail.changes;
        lines << tr("%1 nodes added, %2 changed, %3 removed")
                     .arg(changes.added.size())
                     .arg(changes.changed.size())
                     .arg(changes.removed.size());
        if (!rev.detail.changedFunctions.empty())
            lines << tr("Functions rewritten: %1")
                         .arg(QString::fromStdString(joinNames(rev.detail.changedFunctions, 12)).toHtmlEscaped());
        if (previous && current && previous->done && current->done) {
            QStringList ops;
            for (const auto& d : compare::opHistogramDelta(previous->result.size, current->result.size))
                ops << QStringLiteral("%1 %2→%3").arg(QString::fromStdString(d.op)).arg(d.countA).arg(d.countB);
            if (!ops.isEmpty()) lines << tr("Ops: %1").arg(ops.join(QStringLiteral(", ")).toHtmlEscaped());
        }
        for (const auto& entry : rev.detail.log)
            for (const auto& n : entry.notes) lines << noteText(n).toHtmlEscaped();
        if (!changes.removed.empty())
            lines << tr("Removed: %1").arg(QString::fromStdString(joinNames(changes.removed, 30)).toHtmlEscaped());
    }
    if (current && !current->error.isEmpty()) lines << tr("<span style='color:#c0392b'>Measurement: %1</span>").arg(current->error.toHtmlEscaped());
    if (current)
        for (const auto& n : current->result.notes) lines << noteText(n).toHtmlEscaped();
    changes_->setHtml(lines.join(QStringLiteral("<br>")));

    double maxY = 110;
    if (original && original->done) {
        for (size_t i = 0; i < pipeline.size(); ++i) {
            const auto* m = workbench_->measurement(pipeline[i].get());
            if (!m || !m->done) continue;
            if (original->result.size.compressedBytes > 0) {
                const double v = 100.0 * double(m->result.size.compressedBytes) / double(original->result.size.compressedBytes);
                sizeSeries_->append(double(i), v);
                maxY = std::max(maxY, v);
            }
            if (m->result.latency && original->result.latency && original->result.latency->medianMs > 0) {
                const double v = 100.0 * m->result.latency->medianMs / original->result.latency->medianMs;
                latencySeries_->append(double(i), v);
                maxY = std::max(maxY, v);
            }
            const double acc = i == 0 ? 100.0 : accuracyPercent(*m);
            if (!std::isnan(acc)) accuracySeries_->append(double(i), acc);
        }
    }
    auto axes = chart_->chart()->axes();
    for (auto* a : axes) {
        if (a->orientation() == Qt::Horizontal) {
            const int last = std::max(1, int(pipeline.size()) - 1);
            a->setRange(0, last);
            if (auto* axis = qobject_cast<QValueAxis*>(a)) axis->setTickCount(last <= 10 ? last + 1 : 11);  // whole steps
        } else {
            a->setRange(0, maxY);
            if (auto* axis = qobject_cast<QValueAxis*>(a)) axis->applyNiceNumbers();  // 0, 25, 50 … not 27, 55, 82
        }
    }
    if (workbench_->isApplying()) state_->setText(tr("Applying…"));
    else if (workbench_->isMeasuring()) state_->setText(tr("Measuring size, latency and accuracy…"));
    else state_->setText(pipeline.size() == 1 ? tr("Step 0: the original") : tr("Step %1 of the pipeline").arg(pipeline.size() - 1));
}

}  // namespace tfs::views
