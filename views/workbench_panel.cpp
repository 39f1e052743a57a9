#include "views/workbench_panel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleValidator>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardItemModel>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include "core/compare/input_set.h"
#include "core/transforms/grammar.h"
#include "core/transforms/registry.h"
#include "views/core_text.h"
#include "views/workbench.h"
#include "views/workbench_inputs.h"

namespace tfs::views {

std::vector<WorkbenchPreset> workbenchPresets() {
    return {
        {QObject::tr("Freeze"), QStringLiteral("freeze"),
         QObject::tr("Variables become constants read from the checkpoint, TF2 calls are inlined, and only what the outputs need stays")},
        {QObject::tr("Optimize for inference"), QStringLiteral("optimize_for_inference"),
         QObject::tr("TensorFlow's optimize_for_inference: strip unused nodes, remove Identity, fold batch norms and constants")},
        {QObject::tr("Shrink weights for mobile"),
         QStringLiteral("strip_unused_nodes fold_constants(ignore_errors=true) fold_batch_norms fold_old_batch_norms "
                        "quantize_weights"),
         QObject::tr("Strip, fold, then store large float weights as eight bits with a dequantize step")},
        {QObject::tr("Round weights (compresses well)"), QStringLiteral("round_weights(num_steps=256)"),
         QObject::tr("Round float weights to 256 levels: same size on disk, much smaller compressed")},
        {QObject::tr("float16 weights"), QStringLiteral("convert_to_float16"),
         QObject::tr("Store float32 constants as float16 with a Cast back: half the weight bytes")},
        {QObject::tr("Eight-bit (quantize_nodes)"),
         QStringLiteral("fold_constants(ignore_errors=true) fold_batch_norms fold_old_batch_norms quantize_nodes"),
         QObject::tr("Fold, then replace float ops by their eight-bit versions with quantize/dequantize around them")},
        {QObject::tr("Slim a checkpoint…"), QString(),
         QObject::tr("Write a checkpoint holding only the variables the outputs read (no optimizer slots or global step)"), true},
    };
}

bool WorkbenchPreset::appliesTo(const Model& model) const {
    if (slimCheckpoint) return model.variables != nullptr;
    if (pipeline.startsWith(QLatin1String("freeze"))) return !model.variableInfos.empty();
    return model.graph() != nullptr;
}

WorkbenchPanel::WorkbenchPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    // Inputs and outputs the passes see.
    auto* ends = new QFormLayout;
    inputs_ = new QLineEdit(this);
    inputs_->setPlaceholderText(tr("input nodes, comma-separated"));
    outputs_ = new QLineEdit(this);
    outputs_->setPlaceholderText(tr("output nodes, comma-separated"));
    ends->addRow(tr("&Inputs:"), inputs_);
    ends->addRow(tr("O&utputs:"), outputs_);
    layout->addLayout(ends);
    auto pushEndpoints = [this] {
        if (!workbench_ || workbench_->endpointsPending()) return;  // the fields are filled in a moment
        workbench_->setEndpoints(inputs_->text().split(QLatin1Char(','), Qt::SkipEmptyParts),
                                 outputs_->text().split(QLatin1Char(','), Qt::SkipEmptyParts));
    };
    connect(inputs_, &QLineEdit::editingFinished, this, pushEndpoints);
    connect(outputs_, &QLineEdit::editingFinished, this, pushEndpoints);

    // Presets.
    auto* presetRow = new QHBoxLayout;
    presets_ = new QComboBox(this);
    presets_->addItem(tr("Presets…"));
    for (const auto& p : workbenchPresets()) {
        presets_->addItem(p.title);
        presets_->setItemData(presets_->count() - 1, p.description + QStringLiteral("\n") + p.pipeline, Qt::ToolTipRole);
    }
    presetRow->addWidget(presets_, 1);
    auto* applyPreset = new QPushButton(tr("Apply preset"), this);
    presetRow->addWidget(applyPreset);
    layout->addLayout(presetRow);
    connect(applyPreset, &QPushButton::clicked, this, [this] { this->applyPreset(presets_->currentIndex() - 1); });

    // The pipeline as text (GTT grammar).
    auto* textRow = new QHBoxLayout;
    pipeline_ = new QLineEdit(this);
    pipeline_->setPlaceholderText(tr("name(p=v, …) name2 … — press Enter to apply"));
    pipeline_->setToolTip(tr("Passes in the Graph Transform Tool grammar, e.g.\n"
                             "fold_constants(ignore_errors=true) fold_batch_norms quantize_weights(minimum_size=1024)"));
    textRow->addWidget(pipeline_, 1);
    auto* applyText = new QPushButton(tr("Apply"), this);
    textRow->addWidget(applyText);
    layout->addLayout(textRow);
    connect(pipeline_, &QLineEdit::returnPressed, this, &WorkbenchPanel::applyText);
    connect(applyText, &QPushButton::clicked, this, &WorkbenchPanel::applyText);

    auto* split = new QSplitter(Qt::Vertical, this);
    // Pass picker: filter, list, description and the parameter form.
    auto* picker = new QWidget(split);
    auto* pl = new QVBoxLayout(picker);
    pl->setContentsMargins(0, 0, 0, 0);
    filter_ = new QLineEdit(picker);
    filter_->setPlaceholderText(tr("Search passes (Ctrl+Shift+P)"));
    filter_->setClearButtonEnabled(true);
    pl->addWidget(filter_);
    passList_ = new QListWidget(picker);
    for (const auto& info : transforms::transformRegistry()) {
        auto* item = new QListWidgetItem(QString::fromStdString(info.name), passList_);
        item->setToolTip(QString::fromStdString(info.description));
    }
    pl->addWidget(passList_, 1);
    description_ = new QLabel(picker);
    description_->setWordWrap(true);
    pl->addWidget(description_);
    formHost_ = new QWidget(picker);
    form_ = new QFormLayout(formHost_);
    form_->setContentsMargins(0, 0, 0, 0);
    pl->addWidget(formHost_);
    applyPass_ = new QPushButton(tr("Apply pass"), picker);
    applyPass_->setEnabled(false);
    pl->addWidget(applyPass_);
    connect(filter_, &QLineEdit::textChanged, this, &WorkbenchPanel::filterPasses);
    connect(filter_, &QLineEdit::returnPressed, this, [this] {
        for (int i = 0; i < passList_->count(); ++i)
            if (!passList_->item(i)->isHidden()) {
                passList_->setCurrentRow(i);
                passList_->setFocus();
                return;
            }
    });
    connect(passList_, &QListWidget::currentRowChanged, this, &WorkbenchPanel::rebuildForm);
    connect(passList_, &QListWidget::itemActivated, this, [this] { applyForm(); });
    connect(applyPass_, &QPushButton::clicked, this, &WorkbenchPanel::applyForm);

    // History: clicking an earlier step shows the model as it was then.
    auto* historyBox = new QWidget(split);
    auto* hl = new QVBoxLayout(historyBox);
    hl->setContentsMargins(0, 0, 0, 0);
    // The title on a line of its own and the buttons under it: the dock stays narrow enough to leave the graph room.
    auto* stepsTitle = new QLabel(tr("<b>Steps</b> (click one to see the model as it was then)"), historyBox);
    stepsTitle->setWordWrap(true);
    hl->addWidget(stepsTitle);
    auto* historyTitle = new QHBoxLayout;
    copy_ = new QToolButton(historyBox);
    copy_->setText(tr("Copy as…"));
    copy_->setPopupMode(QToolButton::InstantPopup);
    auto* copyMenu = new QMenu(copy_);
    copyMenu->addAction(tr("tfscope --batch transform command"), this, [this] {
        if (!workbench_) return;
        QApplication::clipboard()->setText(workbench_->transformCommandLine());
        emit statusMessage(tr("Copied the tfscope command line"));
    });
    copyMenu->addAction(tr("TensorFlow transform_graph command"), this, [this] {
        if (!workbench_) return;
        QApplication::clipboard()->setText(workbench_->gttCommandLine());
        emit statusMessage(tr("Copied the transform_graph command line"));
    });
    copyMenu->addAction(tr("Pipeline text"), this, [this] {
        if (!workbench_) return;
        QApplication::clipboard()->setText(workbench_->pipelineText());
        emit statusMessage(tr("Copied the pipeline"));
    });
    copy_->setMenu(copyMenu);
    historyTitle->addWidget(copy_);
    inputsButton_ = new QToolButton(historyBox);
    inputsButton_->setText(tr("Inputs…"));
    inputsButton_->setToolTip(tr("What the measurements run on: seed, samples, shapes, files"));
    connect(inputsButton_, &QToolButton::clicked, this, &WorkbenchPanel::editMeasureInputs);
    historyTitle->addWidget(inputsButton_);
    auto* save = new QToolButton(historyBox);
    save->setText(tr("Save As…"));
    save->setToolTip(tr("Write the model as shown (Ctrl+Shift+S)"));
    connect(save, &QToolButton::clicked, this, &WorkbenchPanel::saveRequested);
    historyTitle->addWidget(save);
    auto* diffOriginal = new QToolButton(historyBox);
    diffOriginal->setObjectName(QStringLiteral("diffWithOriginal"));
    diffOriginal->setText(tr("Diff with Original"));
    diffOriginal->setToolTip(tr("Open a diff tab: the model as opened (A) against the model as shown now (B)"));
    connect(diffOriginal, &QToolButton::clicked, this, &WorkbenchPanel::diffWithOriginalRequested);
    historyTitle->addWidget(diffOriginal);
    historyTitle->addStretch(1);
    hl->addLayout(historyTitle);
    history_ = new QUndoView(historyBox);
    history_->setEmptyLabel(tr("Original model"));
    hl->addWidget(history_, 1);

    split->addWidget(picker);
    split->addWidget(historyBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto* status = new QHBoxLayout;
    error_ = new QLabel(this);
    error_->setWordWrap(true);
    error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error_->setStyleSheet(QStringLiteral("color: #c0392b"));
    status->addWidget(error_, 1);
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 0);
    progress_->setMaximumWidth(120);
    progress_->setMaximumHeight(14);
    progress_->setTextVisible(false);
    progress_->hide();
    status->addWidget(progress_);
    cancel_ = new QToolButton(this);
    cancel_->setText(tr("Cancel"));
    cancel_->setToolTip(tr("Stop the pass running now (Esc)"));
    cancel_->hide();
    connect(cancel_, &QToolButton::clicked, this, [this] {
        if (workbench_) workbench_->cancel();
    });
    status->addWidget(cancel_);
    layout->addLayout(status);

    auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, [this] {
        if (workbench_ && workbench_->isApplying()) workbench_->cancel();
    });
    setWorkbench(nullptr);
}

void WorkbenchPanel::focusFilter() {
    filter_->setFocus();
    filter_->selectAll();
}

void WorkbenchPanel::setWorkbench(Workbench* workbench) {
    if (workbench_) disconnect(workbench_, nullptr, this, nullptr);
    workbench_ = workbench;
    history_->setStack(workbench ? workbench->document()->undoStack() : nullptr);
    setEnabled(workbench && workbench->document()->hasGraph());
    error_->clear();
    if (!workbench) {
        inputs_->clear();
        outputs_->clear();
        updateBusy();
        return;
    }
    // Prefilled once the workbench has found them (off the UI thread; see Workbench::endpointsPending).
    auto showEndpoints = [this] {
        inputs_->setText(workbench_->inputs().join(QLatin1Char(',')));
        outputs_->setText(workbench_->outputs().join(QLatin1Char(',')));
    };
    if (workbench->endpointsPending()) {
        inputs_->clear();
        outputs_->clear();
        connect(workbench, &Workbench::endpointsChanged, this, showEndpoints);
    } else {
        showEndpoints();
    }
    // Presets that mean nothing for this model (Freeze without variables) are greyed out.
    if (auto* items = qobject_cast<QStandardItemModel*>(presets_->model())) {
        const auto presets = workbenchPresets();
        for (size_t i = 0; i < presets.size(); ++i)
            if (QStandardItem* item = items->item(int(i) + 1))
                item->setEnabled(presets[i].appliesTo(*workbench->document()->originalModel()));
    }
    connect(workbench, &Workbench::busyChanged, this, &WorkbenchPanel::updateBusy);
    connect(workbench, &Workbench::progress, this, [this](double, const QString& what) { progress_->setToolTip(what); });
    connect(workbench, &Workbench::stepFailed, this, &WorkbenchPanel::showError);
    connect(workbench, &Workbench::checkpointSlimmed, this, [this](bool ok, const QString& message) {
        if (ok) {
            error_->clear();
            emit statusMessage(message);
        } else {
            showError(message);
        }
    });
    connect(workbench, &Workbench::stepApplied, this, [this] {
        error_->clear();
        // Renaming passes move the endpoints.
        inputs_->setText(workbench_->inputs().join(QLatin1Char(',')));
        outputs_->setText(workbench_->outputs().join(QLatin1Char(',')));
    });
    updateBusy();
}

void WorkbenchPanel::updateBusy() {
    const bool applying = workbench_ && workbench_->isApplying();
    progress_->setVisible(workbench_ && !workbench_->isIdle());
    cancel_->setVisible(applying);
    progress_->setToolTip(applying ? tr("Applying…") : tr("Measuring…"));
}

void WorkbenchPanel::showError(const QString& text) {
    error_->setText(text);
    emit statusMessage(text);
}

void WorkbenchPanel::filterPasses(const QString& text) {
    for (int i = 0; i < passList_->count(); ++i) {
        QListWidgetItem* item = passList_->item(i);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive) &&
                        !item->toolTip().contains(text, Qt::CaseInsensitive));
    }
}

bool WorkbenchPanel::selectPass(const QString& name) {
    const auto items = passList_->findItems(name, Qt::MatchExactly);
    if (items.isEmpty()) return false;
    passList_->setCurrentItem(items.front());
    return true;
}

void WorkbenchPanel::rebuildForm() {
    while (form_->rowCount() > 0) form_->removeRow(0);
    fields_.clear();
    QListWidgetItem* item = passList_->currentItem();
    const transforms::TransformInfo* info = item ? transforms::findTransform(item->text().toStdString()) : nullptr;
    applyPass_->setEnabled(info != nullptr);
    if (!info) {
        description_->clear();
        return;
    }
    description_->setText(QStringLiteral("<b>%1</b>: %2")
                              .arg(QString::fromStdString(info->name).toHtmlEscaped(),
                                   QString::fromStdString(info->description).toHtmlEscaped()));
    for (const auto& p : info->params) {
        QWidget* editor = nullptr;
        const QString tip = QString::fromStdString(p.description) +
                            (p.repeated ? tr(" (several values: separate with ;)") : QString());
        if (p.type == transforms::ParamType::Bool && !p.repeated) {
            auto* box = new QCheckBox(formHost_);
            box->setChecked(p.defaultValue == "true" || p.defaultValue == "1");
            box->setProperty("default", box->isChecked());
            editor = box;
        } else {
            auto* edit = new QLineEdit(formHost_);
            edit->setPlaceholderText(p.defaultValue.empty() ? (p.required ? tr("required") : QString())
                                                            : QString::fromStdString(p.defaultValue));
            if (!p.repeated && p.type == transforms::ParamType::Int) edit->setValidator(new QIntValidator(edit));
            if (!p.repeated && p.type == transforms::ParamType::Float) {
                auto* v = new QDoubleValidator(edit);
                v->setLocale(QLocale::c());  // the grammar uses '.'
                edit->setValidator(v);
            }
            editor = edit;
        }
        editor->setToolTip(tip);
        const QString label = QString::fromStdString(p.name) + (p.required ? QStringLiteral(" *") : QString()) +
                              QStringLiteral(" (") + QString::fromLatin1(transforms::paramTypeName(p.type)) + QStringLiteral(")");
        form_->addRow(label, editor);
        fields_.emplace_back(p.name, editor);
    }
}

transforms::TransformSpec WorkbenchPanel::formSpec(QString* error) const {
    transforms::TransformSpec spec;
    QListWidgetItem* item = passList_->currentItem();
    if (!item) {
        if (error) *error = tr("Pick a pass first.");
        return spec;
    }
    spec.name = item->text().toStdString();
    for (const auto& [name, editor] : fields_) {
        if (auto* box = qobject_cast<QCheckBox*>(editor)) {
            if (box->isChecked() != box->property("default").toBool())
                spec.params[name].push_back(box->isChecked() ? "true" : "false");
        } else if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
            for (const QString& v : edit->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
                if (!v.trimmed().isEmpty()) spec.params[name].push_back(v.trimmed().toStdString());
        }
    }
    Status status = transforms::validateSpecs({spec});
    if (!status.ok() && error) *error = statusText(status);
    return spec;
}

bool WorkbenchPanel::applyForm() {
    if (!workbench_) return false;
    askForShapesOnce();
    QString error;
    transforms::TransformSpec spec = formSpec(&error);
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }
    error_->clear();
    workbench_->applySpecs({spec});
    return true;
}

bool WorkbenchPanel::applyText() {
    if (!workbench_) return false;
    askForShapesOnce();
    QString error;
    if (!workbench_->apply(pipeline_->text(), &error)) {
        showError(error);
        return false;
    }
    error_->clear();
    return true;
}

bool WorkbenchPanel::applyPreset(int index) {
    const auto presets = workbenchPresets();
    if (!workbench_ || index < 0 || index >= int(presets.size())) return false;
    const WorkbenchPreset& preset = presets[size_t(index)];
    if (preset.slimCheckpoint) {
        if (!interactive_) return false;  // it asks where to write: slimCheckpointTo does it without asking
        const QFileInfo source(workbench_->document()->filePath());
        const QString prefix = QFileDialog::getSaveFileName(this, tr("Slim Checkpoint Prefix"),
                                                            source.absolutePath() + QStringLiteral("/slim/model.ckpt"));
        if (prefix.isEmpty()) return false;
        slimCheckpointTo(prefix, false);
        return true;
    }
    askForShapesOnce();
    QString error;
    if (!workbench_->apply(preset.pipeline, &error)) {
        showError(error);
        return false;
    }
    emit statusMessage(tr("Applying preset %1").arg(preset.title));
    return true;
}

void WorkbenchPanel::slimCheckpointTo(const QString& outPrefix, bool float16) {
    if (!workbench_) return;
    error_->clear();
    workbench_->slimCheckpoint(outPrefix, float16);
}

bool WorkbenchPanel::editMeasureInputs() {
    if (!workbench_) return false;
    MeasureInputsDialog dialog(workbench_->inputSlots(), workbench_->measureInputs(), this);
    if (dialog.exec() != QDialog::Accepted) return false;
    workbench_->setMeasureInputs(dialog.inputs());
    return true;
}

void WorkbenchPanel::askForShapesOnce() {
    if (!interactive_ || !workbench_ || askedShapesFor_ == workbench_) return;
    askedShapesFor_ = workbench_;
    // Reference cases beside the model give complete inputs: nothing to ask.
    if (!compare::findReferenceDir(workbench_->document()->filePath().toStdString()).empty()) return;
    if (inputsNeedingShapes(workbench_->inputSlots(), workbench_->measureInputs()).empty()) return;
    editMeasureInputs();
}

}  // namespace tfs::views
