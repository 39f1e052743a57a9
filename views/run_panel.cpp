#include "views/run_panel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "views/run_models.h"
#include "views/run_session.h"
#include "views/tensor_viewer.h"

namespace tfs::views {
namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QSortFilterProxyModel* sorted(QAbstractItemModel* source, QObject* parent) {
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(NodeTimeModel::SortRole);
    return proxy;
}

QSpinBox* spin(int low, int high, int value, const QString& tip, QWidget* parent) {
    auto* s = new QSpinBox(parent);
    s->setRange(low, high);
    s->setValue(value);
    s->setToolTip(tip);
    return s;
}

}  // namespace

RunPanel::RunPanel(QWidget* parent) : QWidget(parent) {
    run_ = new QPushButton(tr("Run"), this);
    run_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    run_->setToolTip(tr("Run the model as it is now, at the shown workbench step (Ctrl+R)"));
    connect(run_, &QPushButton::clicked, this, [this] { run(); });
    cancel_ = new QToolButton(this);
    cancel_->setText(tr("Cancel"));
    cancel_->setEnabled(false);
    connect(cancel_, &QToolButton::clicked, this, [this] {
        if (session_) session_->cancel();
    });
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 100);
    progress_->setMaximumWidth(140);
    progress_->setTextVisible(false);
    progress_->hide();
    seed_ = spin(0, 1 << 30, 0, tr("Seed of the random inputs: the same seed gives the same values (as --batch run --seed)"), this);
    batch_ = spin(1, 4096, 1, tr("Fills an unknown first dimension of random inputs"), this);
    runs_ = spin(0, 1000, 5, tr("Runs after the first, timed node by node for the tables (averaged)"), this);
    threads_ = spin(0, 256, 0, tr("Executor threads; 0 uses every core"), this);
    threads_->setSpecialValueText(tr("all"));
    shapes_ = new QLineEdit(this);
    shapes_->setPlaceholderText(tr("x=1,224,224,3; …"));
    shapes_->setToolTip(tr("Shapes of random inputs with unknown dimensions other than the batch, separated by ';'"));
    for (QSpinBox* s : {seed_, batch_, runs_, threads_}) connect(s, qOverload<int>(&QSpinBox::valueChanged), this, &RunPanel::applySettings);
    connect(shapes_, &QLineEdit::editingFinished, this, &RunPanel::applySettings);

    inputs_ = new QTableWidget(0, 3, this);
    inputs_->setHorizontalHeaderLabels({tr("Input"), tr("Type"), tr("Fed with")});
    inputs_->verticalHeader()->hide();
    inputs_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    inputs_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    inputs_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    inputs_->setSelectionMode(QAbstractItemView::NoSelection);
    inputs_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* addFeed = new QToolButton(this);
    addFeed->setText(tr("Feed a Tensor…"));
    addFeed->setToolTip(tr("Feed an interior tensor from a file (e.g. Mfcc after a keyword-spotting net's audio front end); "
                           "what only it needs is not run"));
    connect(addFeed, &QToolButton::clicked, this, &RunPanel::addFeed);

    auto* options = new QFormLayout;
    options->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* numbers = new QHBoxLayout;
    numbers->addWidget(new QLabel(tr("Seed"), this));
    numbers->addWidget(seed_);
    numbers->addWidget(new QLabel(tr("Batch"), this));
    numbers->addWidget(batch_);
    numbers->addWidget(new QLabel(tr("Profiled runs"), this));
    numbers->addWidget(runs_);
    numbers->addWidget(new QLabel(tr("Threads"), this));
    numbers->addWidget(threads_);
    numbers->addStretch(1);
    options->addRow(numbers);
    options->addRow(tr("Shapes"), shapes_);

    auto* left = new QWidget(this);
    auto* ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(run_);
    buttons->addWidget(cancel_);
    buttons->addWidget(progress_);
    buttons->addStretch(1);
    buttons->addWidget(addFeed);
    ll->addLayout(buttons);
    ll->addWidget(inputs_, 1);
    ll->addLayout(options);

    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    stale_ = new QLabel(tr("These results are from another revision of the model: run again (Ctrl+R) to refresh them."), this);
    stale_->setWordWrap(true);
    stale_->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; color: #5c4400; padding: 3px; border-radius: 3px; }"));
    stale_->setObjectName(QStringLiteral("staleNote"));
    stale_->hide();

    outputs_ = new RunOutputsModel(this);
    outputsView_ = makeTable(outputs_, this);
    outputsView_->horizontalHeader()->setStretchLastSection(true);
    connect(outputsView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) { showOutput(index.row()); });
    connect(outputsView_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) { openOutput(index.row()); });
    slice_ = new TensorSliceModel(this);
    sliceView_ = makeTable(slice_, this);
    sliceView_->verticalHeader()->show();
    sliceView_->setAlternatingRowColors(false);
    sliceView_->setSelectionMode(QAbstractItemView::NoSelection);
    histogram_ = new HistogramWidget(this);
    outputTitle_ = new QLabel(this);
    outputTitle_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* openViewer = new QToolButton(this);
    openViewer->setText(tr("Open in Tensor Viewer…"));
    openViewer->setToolTip(tr("Slice any axis, read every value and save the output as .npy"));
    connect(openViewer, &QToolButton::clicked, this, [this] { openOutput(outputsView_->currentIndex().row()); });
    auto* detail = new QWidget(this);
    auto* dl = new QVBoxLayout(detail);
    dl->setContentsMargins(0, 0, 0, 0);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(outputTitle_, 1);
    titleRow->addWidget(openViewer);
    dl->addLayout(titleRow);
    auto* valuesSplit = new QSplitter(Qt::Horizontal, detail);
    valuesSplit->addWidget(sliceView_);
    valuesSplit->addWidget(histogram_);
    valuesSplit->setStretchFactor(0, 3);
    valuesSplit->setStretchFactor(1, 2);
    dl->addWidget(valuesSplit, 1);
    auto* outputsSplit = new QSplitter(Qt::Vertical, this);
    outputsSplit->addWidget(outputsView_);
    outputsSplit->addWidget(detail);
    outputsSplit->setStretchFactor(0, 1);
    outputsSplit->setStretchFactor(1, 2);

    nodeTimes_ = new NodeTimeModel(this);
    nodeSort_ = sorted(nodeTimes_, this);
    auto* nodeView = makeTable(nodeSort_, this);
    nodeView->setSortingEnabled(true);
    nodeView->sortByColumn(NodeTimeModel::Rank, Qt::AscendingOrder);
    nodeView->horizontalHeader()->setSectionResizeMode(NodeTimeModel::Node, QHeaderView::Stretch);
    nodeView->horizontalHeader()->setSectionResizeMode(NodeTimeModel::Rank, QHeaderView::ResizeToContents);
    nodeView->setToolTip(tr("Double-click a node to show it in the graph"));
    connect(nodeView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QModelIndex source = nodeSort_->mapToSource(index);
        emit nodeRequested(nodeTimes_->data(source, NodeTimeModel::NodeNameRole).toString(),
                           nodeTimes_->data(source, NodeTimeModel::FunctionRole).toString());
    });
    opTimes_ = new OpTypeTimeModel(this);
    opSort_ = sorted(opTimes_, this);
    auto* opView = makeTable(opSort_, this);
    opView->setSortingEnabled(true);
    opView->sortByColumn(OpTypeTimeModel::Ms, Qt::DescendingOrder);
    opView->horizontalHeader()->setSectionResizeMode(OpTypeTimeModel::Op, QHeaderView::Stretch);

    tabs_ = new QTabWidget(this);
    tabs_->setDocumentMode(true);
    tabs_->addTab(outputsSplit, tr("Outputs"));
    tabs_->addTab(nodeView, tr("Top by Computation Time"));
    tabs_->addTab(opView, tr("Summary by Node Type"));
    auto* right = new QWidget(this);
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(status_);
    rl->addWidget(stale_);
    rl->addWidget(tabs_, 1);

    // Small minimum heights: the dock shares the window's height with the Workbench above it.
    for (QAbstractScrollArea* area : std::initializer_list<QAbstractScrollArea*>{inputs_, outputsView_, sliceView_, nodeView, opView})
        area->setMinimumHeight(40);
    histogram_->setMinimumHeight(40);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({480, 1100});  // room for a file path beside each input
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);
    setSession(nullptr);
}

void RunPanel::setSession(RunSession* session) {
    if (session_) disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    run_->setEnabled(session_ != nullptr);
    if (session_) {
        connect(session_, &RunSession::runningChanged, this, &RunPanel::updateBusy);
        connect(session_, &RunSession::progress, this, [this](double f, const QString& what) {
            progress_->setValue(int(f * 100));
            progress_->setToolTip(what);
        });
        connect(session_, &RunSession::finished, this, &RunPanel::showResult);
        connect(session_, &RunSession::ioChanged, this, &RunPanel::showResult);
        // Queued: a cell widget whose signal changed the settings must not be deleted under it.
        connect(session_, &RunSession::settingsChanged, this, &RunPanel::syncFromSession, Qt::QueuedConnection);
        connect(session_, &RunSession::ioChanged, this, &RunPanel::syncFromSession, Qt::QueuedConnection);
    }
    shownInputs_.clear();
    syncFromSession();
    showResult();
    updateBusy();
}

void RunPanel::syncFromSession() {
    if (!session_ || session_->ioPending()) {  // pending: ioChanged brings the inputs
        rebuildInputs();
        return;
    }
    const RunSettings s = session_->settings();
    rebuilding_ = true;
    seed_->setValue(int(s.seed));
    batch_->setValue(s.batch);
    runs_->setValue(s.profiledRuns);
    threads_->setValue(s.threads);
    if (!shapes_->hasFocus()) shapes_->setText(s.shapes.join(QStringLiteral("; ")));
    rebuilding_ = false;
    QStringList shown;
    for (const RunInput& in : s.inputs)
        shown << QStringLiteral("%1|%2|%3|%4").arg(in.name).arg(int(in.kind)).arg(in.source).arg(in.extra);
    if (shown != shownInputs_ || inputs_->rowCount() != int(s.inputs.size())) rebuildInputs();
    shownInputs_ = shown;
}

void RunPanel::applySettings() {
    if (!session_ || rebuilding_) return;
    RunSettings s = session_->settings();
    s.seed = uint64_t(seed_->value());
    s.batch = batch_->value();
    s.profiledRuns = runs_->value();
    s.threads = threads_->value();
    s.shapes.clear();
    for (const QString& part : shapes_->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty()) s.shapes << part.trimmed();
    session_->setSettings(s);
}

void RunPanel::rebuildInputs() {
    rebuilding_ = true;
    inputs_->setRowCount(0);
    if (!session_ || session_->ioPending()) {
        rebuilding_ = false;
        return;
    }
    const RunSettings s = session_->settings();
    inputs_->setRowCount(int(s.inputs.size()));
    for (int row = 0; row < int(s.inputs.size()); ++row) {
        const RunInput& in = s.inputs[size_t(row)];
        auto* name = new QTableWidgetItem(in.name);
        name->setToolTip(in.name == in.tensorName ? in.tensorName : tr("%1 (tensor %2)").arg(in.name, in.tensorName));
        inputs_->setItem(row, 0, name);
        const QString type = in.extra ? tr("interior tensor")
                                      : QStringLiteral("%1 %2").arg(QString::fromStdString(dtypeShortName(in.dtype)),
                                                                     QString::fromStdString(in.shape.toString()));
        inputs_->setItem(row, 1, new QTableWidgetItem(type));

        auto* cell = new QWidget(inputs_);
        auto* cl = new QHBoxLayout(cell);
        cl->setContentsMargins(2, 0, 2, 0);
        cl->setSpacing(3);
        auto* kind = new QComboBox(cell);
        kind->addItem(tr("Random"), int(RunInput::Kind::Random));
        kind->addItem(tr("File"), int(RunInput::Kind::File));
        kind->addItem(tr("Not fed"), int(RunInput::Kind::NotFed));
        kind->setCurrentIndex(kind->findData(int(in.kind)));
        auto* path = new QLineEdit(in.source, cell);
        path->setPlaceholderText(tr("FILE.npy, FILE.npz:KEY or @RAW_FILE"));
        path->setEnabled(in.kind == RunInput::Kind::File);
        auto* browse = new QToolButton(cell);
        browse->setText(tr("…"));
        browse->setToolTip(tr("Choose a .npy or .npz file; any other file is fed as its raw bytes (a WAV for a DecodeWav input)"));
        cl->addWidget(kind);
        cl->addWidget(path, 1);
        cl->addWidget(browse);
        inputs_->setCellWidget(row, 2, cell);
        const QString inputName = in.name;
        auto apply = [this, inputName, kind, path] {
            if (rebuilding_ || !session_) return;
            const auto k = RunInput::Kind(kind->currentData().toInt());
            path->setEnabled(k == RunInput::Kind::File);
            const QString source = k == RunInput::Kind::Random ? QStringLiteral("random")
                                   : k == RunInput::Kind::NotFed ? QString()
                                                                 : path->text();
            if (k == RunInput::Kind::File && source.trimmed().isEmpty()) return;  // waits for a file
            QString error;
            if (!session_->setInputSource(inputName, source, &error)) setError(error);
            else status_->clear();
        };
        connect(kind, qOverload<int>(&QComboBox::currentIndexChanged), this, apply);
        connect(path, &QLineEdit::editingFinished, this, apply);
        connect(browse, &QToolButton::clicked, this, [this, kind, path, apply] {
            QSettings settings;
            const QString file = QFileDialog::getOpenFileName(this, tr("Feed from File"), settings.value(QStringLiteral("run/lastDir")).toString(),
                                                              tr("NumPy arrays (*.npy *.npz);;All files (*)"));
            if (file.isEmpty()) return;
            settings.setValue(QStringLiteral("run/lastDir"), QFileInfo(file).absolutePath());
            const QString suffix = QFileInfo(file).suffix().toLower();
            path->setText(suffix == QLatin1String("npy") || suffix == QLatin1String("npz") ? file : QLatin1Char('@') + file);
            rebuilding_ = true;
            kind->setCurrentIndex(kind->findData(int(RunInput::Kind::File)));
            rebuilding_ = false;
            apply();
        });
    }
    rebuilding_ = false;
}

void RunPanel::addFeed() {
    if (!session_) return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Feed a Tensor"), tr("Tensor to feed (e.g. Mfcc:0):"), QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty()) return;
    const QString file = QFileDialog::getOpenFileName(this, tr("Feed %1 from").arg(name), QString(), tr("NumPy arrays (*.npy *.npz);;All files (*)"));
    if (file.isEmpty()) return;
    QString error;
    if (!session_->setInputSource(name.trimmed(), file, &error)) setError(error);
}

bool RunPanel::run() {
    if (!session_) return false;
    // A shape typed but not confirmed with Return counts; the spin boxes apply as they change.
    QStringList shapes;
    for (const QString& part : shapes_->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty()) shapes << part.trimmed();
    if (shapes_->isModified() && shapes != session_->settings().shapes) {
        RunSettings s = session_->settings();
        s.shapes = shapes;
        session_->setSettings(s);
    }
    shapes_->setModified(false);
    QString error;
    if (!session_->start(&error)) {
        setError(tr("Cannot run: %1").arg(error));
        return false;
    }
    status_->setText(tr("Running…"));
    return true;
}

void RunPanel::setError(const QString& text) {
    status_->setText(QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(text.toHtmlEscaped()));
    emit statusMessage(text);
}

QString RunPanel::statusText() const { return status_->text(); }

void RunPanel::updateBusy() {
    const bool running = session_ && session_->isRunning();
    run_->setEnabled(session_ && !running);
    cancel_->setEnabled(running);
    progress_->setVisible(running);
    if (running) progress_->setValue(0);
    if (!running && session_ && status_->text() == tr("Running…")) status_->setText(tr("Run cancelled."));
}

void RunPanel::showResult() {
    auto result = session_ ? session_->result() : nullptr;
    outputs_->setResult(result && result->error.isEmpty() ? result : nullptr);
    auto profile = result && result->error.isEmpty() ? std::shared_ptr<const exec::OpProfile>(result, &result->profile) : nullptr;
    nodeTimes_->setProfile(profile);
    opTimes_->setProfile(profile);
    stale_->setVisible(result && !session_->resultIsCurrent());
    if (!session_) status_->setText(tr("Open a model to run it."));
    else if (session_->ioPending()) status_->setText(tr("Finding the model's inputs and outputs…"));
    else if (!session_->ioError().isEmpty()) setError(session_->ioError());
    else if (!result) status_->setText(tr("Choose the inputs and press Run (Ctrl+R)."));
    else if (!result->error.isEmpty()) setError(tr("Run failed: %1").arg(result->error));
    else {
        QString text = tr("First run %1 (plan included)").arg(formatMs(result->firstMs));
        if (!result->runMs.empty())
            text += tr(" · median %1 over %n profiled run(s)", nullptr, int(result->runMs.size())).arg(formatMs(result->medianMs()));
        text += tr(" · peak memory %1 · %n thread(s)", nullptr, result->threads).arg(formatBytes(result->peakBytes));
        if (!result->profile.empty())
            text += tr(" · node times sum to %1, %2FLOP estimated").arg(formatMs(result->profile.totalMs), formatSi(result->profile.totalFlops));
        status_->setText(text);
        status_->setToolTip(tr("Inputs:\n%1").arg(result->inputs.join(QLatin1Char('\n'))));
    }
    if (outputs_->rowCount() > 0) {
        outputsView_->resizeColumnsToContents();
        outputsView_->selectRow(0);
        showOutput(0);
    } else {
        showOutput(-1);
    }
    emit timesChanged();
}

void RunPanel::showOutput(int row) {
    const RunOutput* out = outputs_->output(row);
    slice_->setTensor(out ? out->value : nullptr);
    if (out) histogram_->setSummary(out->summary);
    else histogram_->clear();
    if (!out) {
        outputTitle_->clear();
        return;
    }
    const TensorSummary& s = out->summary;
    QString title = QStringLiteral("<b>%1</b>  %2").arg(out->name.toHtmlEscaped(), QString::fromStdString(out->value->describe()).toHtmlEscaped());
    if (s.computed && s.numeric)
        title += tr("  ·  %1 elements, %2% zeros").arg(formatCount(s.count)).arg(100.0 * s.sparsity(), 0, 'f', 1);
    outputTitle_->setText(title);
}

TensorViewer* RunPanel::openOutput(int row) {
    const RunOutput* out = outputs_->output(row);
    if (!out || !session_) return nullptr;
    auto* viewer = new TensorViewer(window());
    viewer->setAttribute(Qt::WA_DeleteOnClose, true);
    std::vector<std::string> protectedPaths;
    for (const auto& f : session_->document()->model().files) protectedPaths.push_back(f.path);
    viewer->setProtectedPaths(std::move(protectedPaths));
    viewer->setTensor(out->name, *out->value);
    viewer->show();
    viewer->raise();
    return viewer;
}

}  // namespace tfs::views
