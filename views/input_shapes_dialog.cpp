#include "views/input_shapes_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/model/dtype.h"
#include "views/core_text.h"

namespace tfs::views {

QString shapeFieldText(const PartialShape& shape) {
    if (!shape.knownRank) return QStringLiteral("*");
    QStringList dims;
    for (int64_t d : shape.dims) dims << (d < 0 ? QStringLiteral("?") : QString::number(d));
    return dims.join(QLatin1Char(','));
}

InputShapesDialog::InputShapesDialog(std::vector<layout::ShapeableInput> inputs, layout::InputShapes user, QWidget* parent)
    : QDialog(parent), inputs_(std::move(inputs)), user_(std::move(user)) {
    setWindowTitle(tr("Input Shapes"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Shapes are inferred from the graph's inputs. Give a batch size or concrete dims "
                                "(? = unknown) and every edge is inferred again."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* batchRow = new QHBoxLayout;
    batchRow->addWidget(new QLabel(tr("Batch size:"), this));
    batch_ = new QSpinBox(this);
    batch_->setRange(0, 1 << 20);
    batch_->setSpecialValueText(tr("?"));  // 0 shows as "?" = unknown
    batch_->setValue(0);
    batchRow->addWidget(batch_);
    auto* applyBatch = new QPushButton(tr("Apply to All Inputs"), this);
    applyBatch->setToolTip(tr("Sets the first dim of every input whose batch dim is unknown"));
    batchRow->addWidget(applyBatch);
    batchRow->addStretch(1);
    layout->addLayout(batchRow);
    connect(applyBatch, &QPushButton::clicked, this, &InputShapesDialog::applyBatch);

    auto* form = new QFormLayout;
    for (const auto& in : inputs_) {
        auto* edit = new QLineEdit(this);
        auto it = user_.find(in.name);
        edit->setText(shapeFieldText(it != user_.end() ? it->second : in.shape));
        edit->setPlaceholderText(tr("scalar"));
        edit->setToolTip(tr("Comma-separated dims, ? for unknown, e.g. 1,224,224,3"));
        QString label = QStringLiteral("%1 (%2)").arg(QString::fromStdString(in.name), QString::fromStdString(dtypeName(in.dtype)));
        form->addRow(label, edit);
        fields_.push_back(edit);
    }
    if (inputs_.empty()) form->addRow(new QLabel(tr("This graph has no inputs to give a shape."), this));
    auto* holder = new QWidget(this);
    holder->setLayout(form);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(holder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    error_ = new QLabel(this);
    error_->setWordWrap(true);
    error_->hide();
    layout->addWidget(error_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Reset, this);
    buttons->button(QDialogButtonBox::Reset)->setText(tr("Recorded Shapes"));
    buttons->button(QDialogButtonBox::Reset)->setToolTip(tr("Forget the shapes set here and use what the model records"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InputShapesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, [this] {
        result_.clear();
        QDialog::accept();
    });
    layout->addWidget(buttons);
    resize(480, std::min(640, 200 + 32 * int(inputs_.size())));
}

void InputShapesDialog::applyBatch() {
    const int64_t batch = batch_->value() == 0 ? -1 : batch_->value();
    // What the fields say now; inputs edited here (or set before) count as the user's, so their batch follows too.
    std::vector<layout::ShapeableInput> current = inputs_;
    layout::InputShapes set;
    for (size_t i = 0; i < inputs_.size(); ++i) {
        auto shape = parsePartialShape(fields_[i]->text().toStdString());
        if (!shape.ok()) continue;
        current[i].shape = *shape;
        if (*shape != inputs_[i].shape || user_.count(inputs_[i].name)) set[inputs_[i].name] = *shape;
    }
    layout::InputShapes next = layout::withBatchSize(current, set, batch);
    for (size_t i = 0; i < inputs_.size(); ++i) {
        auto it = next.find(inputs_[i].name);
        if (it != next.end()) fields_[i]->setText(shapeFieldText(it->second));
    }
}

void InputShapesDialog::accept() {
    layout::InputShapes out;
    for (size_t i = 0; i < inputs_.size(); ++i) {
        const QString text = fields_[i]->text().trimmed();
        auto shape = parsePartialShape(text.toStdString());
        if (!shape.ok()) {
            error_->setText(tr("%1: %2").arg(QString::fromStdString(inputs_[i].name), statusText(shape.status())));
            error_->show();
            fields_[i]->setFocus();
            return;
        }
        if (*shape != inputs_[i].shape || user_.count(inputs_[i].name)) out[inputs_[i].name] = *shape;
    }
    result_ = std::move(out);
    QDialog::accept();
}

}  // namespace tfs::views
