#include "views/tensor_viewer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "core/model/dtype.h"
#include "core/util/npy.h"
#include "views/core_text.h"
#include "views/job_tracker.h"
#include "views/model_document.h"

namespace tfs::views {

// ---------------------------------------------------------------- TensorSliceModel

TensorSliceModel::TensorSliceModel(QObject* parent) : QAbstractTableModel(parent) {}

void TensorSliceModel::setTensor(std::shared_ptr<const Tensor> tensor) {
    beginResetModel();
    tensor_ = std::move(tensor);
    strides_.clear();
    fixed_.clear();
    rowAxis_ = columnAxis_ = -1;
    if (tensor_) {
        const int rank = tensor_->rank();
        strides_.assign(size_t(rank), 1);
        for (int a = rank - 2; a >= 0; --a) strides_[size_t(a)] = strides_[size_t(a + 1)] * std::max<int64_t>(1, tensor_->dim(a + 1));
        fixed_.assign(size_t(rank), 0);
        if (rank >= 1) rowAxis_ = 0;
        if (rank >= 2) columnAxis_ = rank - 1;
    }
    endResetModel();
}

bool TensorSliceModel::setAxes(int rowAxis, int columnAxis) {
    if (!tensor_) return false;
    const int rank = tensor_->rank();
    if (rank < 2) return rowAxis == rowAxis_ && columnAxis == columnAxis_;
    if (rowAxis < 0 || columnAxis < 0 || rowAxis >= rank || columnAxis >= rank || rowAxis == columnAxis) return false;
    if (rowAxis == rowAxis_ && columnAxis == columnAxis_) return true;
    beginResetModel();
    rowAxis_ = rowAxis;
    columnAxis_ = columnAxis;
    endResetModel();
    return true;
}

bool TensorSliceModel::setFixedIndex(int axis, int64_t index) {
    if (!tensor_ || axis < 0 || axis >= tensor_->rank() || axis == rowAxis_ || axis == columnAxis_) return false;
    if (index < 0 || index >= tensor_->dim(axis)) return false;
    if (fixed_[size_t(axis)] == index) return true;
    fixed_[size_t(axis)] = index;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(this->index(0, 0), this->index(rowCount() - 1, columnCount() - 1));
    return true;
}

int64_t TensorSliceModel::extent(int axis) const { return axis < 0 || !tensor_ ? 1 : tensor_->dim(axis); }

bool TensorSliceModel::truncated() const {
    return extent(rowAxis_) > kMaxSections || extent(columnAxis_) > kMaxSections;
}

int TensorSliceModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !tensor_ || tensor_->numElements() == 0) return 0;
    return int(std::min(extent(rowAxis_), kMaxSections));
}

int TensorSliceModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid() || !tensor_ || tensor_->numElements() == 0) return 0;
    return int(std::min(extent(columnAxis_), kMaxSections));
}

int64_t TensorSliceModel::flatIndex(int row, int column) const {
    if (!tensor_ || row < 0 || column < 0 || row >= rowCount() || column >= columnCount()) return -1;
    int64_t flat = 0;
    for (int a = 0; a < tensor_->rank(); ++a) {
        int64_t i = a == rowAxis_ ? row : a == columnAxis_ ? column : fixed_[size_t(a)];
        flat += i * strides_[size_t(a)];
    }
    return flat;
}

QVariant TensorSliceModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const int64_t flat = flatIndex(index.row(), index.column());
    if (flat < 0) return {};
    switch (role) {
        case Qt::DisplayRole: return QString::fromStdString(elementText(*tensor_, flat, 80));
        case Qt::ToolTipRole: {
            QStringList coords;
            for (int a = 0; a < tensor_->rank(); ++a)
                coords << QString::number(a == rowAxis_ ? index.row() : a == columnAxis_ ? index.column() : fixed_[size_t(a)]);
            return QStringLiteral("[%1] = %2")
                .arg(coords.join(QStringLiteral(", ")), QString::fromStdString(elementText(*tensor_, flat, 2000)));
        }
        case Qt::TextAlignmentRole:
            return baseType(tensor_->dtype()) == tensorflow::DT_STRING ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                                                      : int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::UserRole:
            if (isNumericType(tensor_->dtype())) return tensorElementAsDouble(*tensor_, flat);
            return {};
        default: return {};
    }
}

QVariant TensorSliceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole || section < 0) return {};
    if (orientation == Qt::Horizontal && section >= columnCount()) return {};
    if (orientation == Qt::Vertical && section >= rowCount()) return {};
    return QString::number(section);
}

// ---------------------------------------------------------------- HistogramWidget

HistogramWidget::HistogramWidget(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HistogramWidget::setSummary(const TensorSummary& summary) {
    summary_ = summary;
    hasTensor_ = true;
    update();
}

void HistogramWidget::clear() {
    summary_ = TensorSummary{};
    hasTensor_ = false;
    update();
}

QRectF HistogramWidget::plotRect() const {
    const QFontMetricsF fm(font());
    return QRectF(8, fm.height() + 8, width() - 16, height() - 2 * fm.height() - 20);
}

void HistogramWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QFontMetricsF fm(font());
    p.setPen(pal.color(QPalette::Text));
    const auto& h = summary_.histogram;
    if (h.empty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   !hasTensor_           ? tr("No output to show")
                   : !summary_.computed ? tr("Computing…")
                   : summary_.numeric   ? tr("No finite values")
                                        : tr("No histogram for this dtype"));
        return;
    }
    const QRectF plot = plotRect();
    if (plot.width() < 10 || plot.height() < 10) return;
    const int64_t peak = *std::max_element(h.begin(), h.end());
    // Counts on a square-root scale keep small bins visible next to a dominant one.
    auto barHeight = [&](int64_t n) { return peak > 0 ? plot.height() * std::sqrt(double(n) / double(peak)) : 0.0; };
    const double bw = plot.width() / double(h.size());
    QColor bar = pal.color(QPalette::Highlight);
    p.setPen(Qt::NoPen);
    p.setBrush(bar);
    for (size_t i = 0; i < h.size(); ++i) {
        if (h[i] == 0) continue;
        double bh = std::max(1.0, barHeight(h[i]));
        p.drawRect(QRectF(plot.left() + bw * double(i) + (bw > 4 ? 0.5 : 0), plot.bottom() - bh, std::max(1.0, bw - (bw > 4 ? 1 : 0)), bh));
    }
    QColor axis = pal.color(QPalette::Text);
    axis.setAlphaF(0.6);
    p.setPen(QPen(axis, 1));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.setPen(pal.color(QPalette::Text));
    const QString lo = QString::number(summary_.min, 'g', 5), hi = QString::number(summary_.max, 'g', 5);
    const double y = plot.bottom() + 4;
    p.drawText(QRectF(plot.left(), y, plot.width() / 2, fm.height()), Qt::AlignLeft | Qt::AlignTop, lo);
    p.drawText(QRectF(plot.center().x(), y, plot.width() / 2, fm.height()), Qt::AlignRight | Qt::AlignTop, hi);
    p.drawText(QRectF(plot.left(), 4, plot.width(), fm.height()), Qt::AlignLeft | Qt::AlignTop,
               tr("peak %1 · √ scale").arg(formatCount(peak)));
}

bool HistogramWidget::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto& h = summary_.histogram;
        const QRectF plot = plotRect();
        if (!h.empty() && plot.contains(help->pos())) {
            int b = std::clamp(int((help->pos().x() - plot.left()) / plot.width() * double(h.size())), 0, int(h.size()) - 1);
            double w = (summary_.max - summary_.min) / double(h.size());
            QToolTip::showText(help->globalPos(), tr("[%1, %2): %3 values")
                                                      .arg(summary_.min + w * b, 0, 'g', 5)
                                                      .arg(summary_.min + w * (b + 1), 0, 'g', 5)
                                                      .arg(formatCount(h[size_t(b)])));
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

// ---------------------------------------------------------------- TensorViewer

TensorViewer::TensorViewer(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Tensor Viewer"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    jobs_ = new JobTracker(this);
    model_ = new TensorSliceModel(this);

    title_ = new QLabel(this);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    title_->setWordWrap(true);

    sliceBar_ = new QWidget(this);
    sliceLayout_ = new QHBoxLayout(sliceBar_);
    sliceLayout_->setContentsMargins(0, 0, 0, 0);
    rowAxis_ = new QComboBox(this);
    columnAxis_ = new QComboBox(this);
    rowAxis_->setToolTip(tr("The axis shown down the rows"));
    columnAxis_->setToolTip(tr("The axis shown across the columns"));

    table_ = new QTableView(this);
    table_->setModel(model_);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setWordWrap(false);
    table_->horizontalHeader()->setDefaultSectionSize(table_->fontMetrics().horizontalAdvance(QStringLiteral("-0.00000000e-00")) + 8);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    stats_ = new QLabel(this);
    stats_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    stats_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    histogram_ = new HistogramWidget(this);
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 100);
    progress_->setMaximumHeight(14);
    progress_->setTextVisible(false);
    progress_->hide();

    auto* side = new QWidget(this);
    auto* sl = new QVBoxLayout(side);
    sl->setContentsMargins(6, 0, 0, 0);
    auto* statsTitle = new QLabel(tr("<b>Statistics</b>"), side);
    sl->addWidget(statsTitle);
    sl->addWidget(stats_);
    auto* histTitle = new QLabel(tr("<b>Histogram</b> of finite values"), side);
    sl->addWidget(histTitle);
    sl->addWidget(histogram_, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(table_);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    save_ = new QPushButton(tr("Save as .npy…"), this);
    save_->setEnabled(false);
    connect(save_, &QPushButton::clicked, this, &TensorViewer::saveDialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(save_, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(sliceBar_);
    layout->addWidget(split, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(progress_, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(rowAxis_, qOverload<int>(&QComboBox::activated), this, [this](int row) {
        int column = columnAxis_->currentIndex();
        if (row == column) column = model_->rowAxis();  // swap
        columnAxis_->setCurrentIndex(column);
        applyAxes();
    });
    connect(columnAxis_, qOverload<int>(&QComboBox::activated), this, [this](int column) {
        int row = rowAxis_->currentIndex();
        if (row == column) row = model_->columnAxis();
        rowAxis_->setCurrentIndex(row);
        applyAxes();
    });
    connect(jobs_, &JobTracker::progress, this, [this](const QString&, const QString&, double f, const QString&) {
        progress_->setValue(int(f * 100));
    });
    resize(980, 560);
}

TensorViewer::~TensorViewer() { jobs_->cancelAll(); }

bool TensorViewer::isBusy() const { return jobs_->runningCount() > 0; }

void TensorViewer::load(const QString& name, std::function<Result<Tensor>(const WorkContext&)> reader) {
    name_ = name;
    error_.clear();
    title_->setText(tr("<b>%1</b> — reading…").arg(name.toHtmlEscaped()));
    progress_->show();
    QPointer<TensorViewer> self(this);
    jobs_->start(QStringLiteral("read"), tr("Reading %1").arg(name),
                 [self, name, reader](const WorkContext& work) -> std::function<void()> {
                     auto result = std::make_shared<Result<Tensor>>(reader(work));
                     return [self, name, result] {
                         if (!self) return;
                         if (!result->ok()) {
                             self->progress_->hide();
                             self->error_ = statusText(result->status());
                             self->title_->setText(tr("<b>%1</b> — could not be read: %2")
                                                       .arg(name.toHtmlEscaped(), self->error_.toHtmlEscaped()));
                             emit self->loaded(false);
                             return;
                         }
                         self->setTensor(name, std::move(result->value()));
                     };
                 });
}

void TensorViewer::setTensor(const QString& name, Tensor tensor) {
    name_ = name;
    error_.clear();
    tensor_ = std::make_shared<const Tensor>(std::move(tensor));
    const Tensor& t = *tensor_;
    QStringList dims;
    for (int64_t d : t.dims()) dims << QString::number(d);
    setWindowTitle(tr("%1 — Tensor Viewer").arg(name));
    title_->setText(tr("<b>%1</b> &nbsp; %2 [%3] &nbsp; %4 elements · %5")
                        .arg(name.toHtmlEscaped(), QString::fromStdString(dtypeName(baseType(t.dtype()))),
                             dims.join(QStringLiteral(", ")), formatCount(t.numElements()),
                             formatBytes(baseType(t.dtype()) == tensorflow::DT_STRING ? 0 : t.byteSize())));
    model_->setTensor(tensor_);
    rebuildSliceControls();
    save_->setEnabled(true);
    summary_ = TensorSummary{};
    histogram_->setSummary(summary_);
    stats_->setText(tr("computing…"));
    progress_->show();
    emit loaded(true);

    auto shared = tensor_;
    QPointer<TensorViewer> self(this);
    jobs_->start(QStringLiteral("summary"), tr("Statistics"), [self, shared](const WorkContext& work) -> std::function<void()> {
        auto summary = std::make_shared<TensorSummary>(summarizeTensor(*shared, 64, work));
        return [self, shared, summary] {
            if (!self || self->tensor_ != shared) return;
            self->summary_ = *summary;
            self->showSummary();
        };
    });
}

void TensorViewer::showSummary() {
    progress_->hide();
    histogram_->setSummary(summary_);
    const TensorSummary& s = summary_;
    auto row = [](const QString& k, const QString& v) {
        return QStringLiteral("<tr><td style='padding-right:14px'>%1</td><td align='right'>%2</td></tr>").arg(k, v);
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("Elements"), formatCount(s.count));
    if (s.numeric) {
        auto num = [](double v) { return QString::number(v, 'g', 7); };
        html += row(tr("Min"), s.finite ? num(s.min) : QStringLiteral("–"));
        html += row(tr("Max"), s.finite ? num(s.max) : QStringLiteral("–"));
        html += row(tr("Mean"), s.finite ? num(s.mean) : QStringLiteral("–"));
        html += row(tr("Std"), s.finite ? num(s.stddev) : QStringLiteral("–"));
        html += row(tr("Zeros"), tr("%1 (%2%)").arg(formatCount(s.zeros)).arg(100.0 * s.sparsity(), 0, 'f', 2));
        html += row(tr("NaN"), formatCount(s.nans));
        html += row(tr("±Inf"), formatCount(s.infs));
    } else {
        html += row(tr("Values"), tr("not numeric"));
    }
    html += QStringLiteral("</table>");
    stats_->setText(html);
    emit summaryReady();
}

void TensorViewer::rebuildSliceControls() {
    indexSpins_.clear();  // owned by the layout's widgets, deleted below
    while (QLayoutItem* item = sliceLayout_->takeAt(0)) {
        if (item->widget() && item->widget() != rowAxis_ && item->widget() != columnAxis_) item->widget()->deleteLater();
        delete item;
    }
    const int rank = tensor_ ? tensor_->rank() : 0;
    sliceBar_->setVisible(rank >= 2);
    if (rank < 2) return;
    rowAxis_->clear();
    columnAxis_->clear();
    for (int a = 0; a < rank; ++a) {
        QString text = tr("axis %1 (%2)").arg(a).arg(tensor_->dim(a));
        rowAxis_->addItem(text);
        columnAxis_->addItem(text);
    }
    rowAxis_->setCurrentIndex(model_->rowAxis());
    columnAxis_->setCurrentIndex(model_->columnAxis());
    sliceLayout_->addWidget(new QLabel(tr("Rows:"), sliceBar_));
    sliceLayout_->addWidget(rowAxis_);
    sliceLayout_->addSpacing(8);
    sliceLayout_->addWidget(new QLabel(tr("Columns:"), sliceBar_));
    sliceLayout_->addWidget(columnAxis_);
    indexSpins_.assign(size_t(rank), nullptr);
    for (int a = 0; a < rank; ++a) {
        if (a == model_->rowAxis() || a == model_->columnAxis()) continue;
        sliceLayout_->addSpacing(8);
        sliceLayout_->addWidget(new QLabel(tr("axis %1:").arg(a), sliceBar_));
        auto* spin = new QSpinBox(sliceBar_);
        spin->setRange(0, int(std::min<int64_t>(tensor_->dim(a), INT32_MAX) - 1));
        spin->setValue(int(model_->fixedIndex(a)));
        spin->setToolTip(tr("Index along axis %1 (0 … %2)").arg(a).arg(tensor_->dim(a) - 1));
        connect(spin, qOverload<int>(&QSpinBox::valueChanged), this, [this, a](int v) { model_->setFixedIndex(a, v); });
        sliceLayout_->addWidget(spin);
        indexSpins_[size_t(a)] = spin;
    }
    indexSpins_.erase(std::remove(indexSpins_.begin(), indexSpins_.end(), nullptr), indexSpins_.end());
    sliceLayout_->addStretch(1);
}

void TensorViewer::applyAxes() {
    if (model_->setAxes(rowAxis_->currentIndex(), columnAxis_->currentIndex())) rebuildSliceControls();
}

bool TensorViewer::saveNpy(const QString& path, QString* error) {
    if (!tensor_) {
        if (error) *error = tr("No tensor is shown.");
        return false;
    }
    Status st = writeNpy(path.toStdString(), *tensor_, protected_);
    if (!st.ok()) {
        if (error) *error = statusText(st);
        return false;
    }
    return true;
}

void TensorViewer::saveDialog() {
    QSettings settings;
    QString base = name_;
    base.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char(':'), QLatin1Char('_'));
    QString dir = settings.value(QStringLiteral("paths/npyDir"), QDir::homePath()).toString();
    QString path = QFileDialog::getSaveFileName(this, tr("Save Tensor as .npy"), dir + QLatin1Char('/') + base + QStringLiteral(".npy"),
                                                tr("NumPy arrays (*.npy)"));
    if (path.isEmpty()) return;
    settings.setValue(QStringLiteral("paths/npyDir"), QFileInfo(path).absolutePath());
    QString error;
    if (!saveNpy(path, &error)) QMessageBox::warning(this, tr("Save failed"), error);
}

}  // namespace tfs::views
