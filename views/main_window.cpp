#include "views/main_window.h"

#include <future>
#include <map>
#include <mutex>
#include <optional>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QStackedWidget>
#include <QTabWidget>
#include <QActionGroup>
#include <QPointer>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>

#include "core/formats/checkpoint.h"
#include "core/formats/loader.h"
#include "views/core_text.h"
#include "views/diff_document.h"
#include "views/diff_page.h"
#include "views/graph_page.h"
#include "views/graph_scene.h"
#include "views/graph_view.h"
#include "views/job_tracker.h"
#include "views/language.h"
#include "views/panels.h"
#include "views/run_panel.h"
#include "views/run_session.h"
#include "views/tensor_viewer.h"
#include "views/workbench.h"
#include "views/workbench_results.h"
#include "views/workbench_panel.h"

namespace tfs::views {
namespace {
constexpr int kMaxRecent = 10;
}

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("tfscope"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    jobs_ = new JobTracker(this);
    undoGroup_ = new QUndoGroup(this);
    watcher_ = new QFileSystemWatcher(this);
    connect(watcher_, &QFileSystemWatcher::fileChanged, this, &MainWindow::onFileChanged);

    tabs_ = new QTabWidget(this);
    tabs_->setDocumentMode(true);
    tabs_->setTabsClosable(true);
    tabs_->setMovable(true);
    auto* welcome = new QLabel(tr("<h2>tfscope</h2><p>Open a TensorFlow model with File ▸ Open (Ctrl+O),<br>"
                                  "or drop a .pb, .pbtxt, .meta file, a SavedModel folder or a checkpoint here.</p>"),
                               this);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setObjectName(QStringLiteral("welcome"));
    stack_ = new QStackedWidget(this);
    stack_->addWidget(welcome);
    stack_->addWidget(tabs_);
    setCentralWidget(stack_);
    connect(tabs_, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(tabs_, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);

    modelPanel_ = new ModelPanel(this);
    signaturesPanel_ = new SignaturesPanel(this);
    tensorsPanel_ = new TensorsPanel(this);
    propertiesPanel_ = new PropertiesPanel(this);
    auto* propertiesDock = addPanelDock(tr("Properties"), QStringLiteral("propertiesDock"), propertiesPanel_, Qt::RightDockWidgetArea);
    auto* modelDock = addPanelDock(tr("Model"), QStringLiteral("modelDock"), modelPanel_, Qt::RightDockWidgetArea);
    tabifyDockWidget(propertiesDock, modelDock);
    propertiesDock->raise();
    auto* sigDock = addPanelDock(tr("Signatures"), QStringLiteral("signaturesDock"), signaturesPanel_, Qt::BottomDockWidgetArea);
    auto* tensorsDock = addPanelDock(tr("Tensors"), QStringLiteral("tensorsDock"), tensorsPanel_, Qt::BottomDockWidgetArea);
    tabifyDockWidget(sigDock, tensorsDock);
    sigDock->raise();
    workbenchPanel_ = new WorkbenchPanel(this);
    workbenchDock_ = addPanelDock(tr("Workbench"), QStringLiteral("workbenchDock"), workbenchPanel_, Qt::LeftDockWidgetArea, true);
    connect(workbenchPanel_, &WorkbenchPanel::saveRequested, this, &MainWindow::saveCurrentAs);
    connect(workbenchPanel_, &WorkbenchPanel::diffWithOriginalRequested, this, [this] { diffWithOriginal(currentPage()); });
    connect(workbenchPanel_, &WorkbenchPanel::statusMessage, this, [this](const QString& m) { statusBar()->showMessage(m, 6000); });
    createRunPanel();
    tabifyDockWidget(tensorsDock, runDock_);
    // Step results sit at the bottom, where the window is widest: the tables and the chart side by side.
    workbenchResults_ = new WorkbenchResults(this);
    resultsDock_ = addPanelDock(tr("Step Results"), QStringLiteral("stepResultsDock"), workbenchResults_, Qt::BottomDockWidgetArea);
    tabifyDockWidget(runDock_, resultsDock_);
    sigDock->raise();
    resizeDocks({propertiesDock}, {380}, Qt::Horizontal);
    resizeDocks({workbenchDock_}, {420}, Qt::Horizontal);
    resizeDocks({sigDock}, {170}, Qt::Vertical);

    auto selectByName = [this](const QString& name) {
        if (GraphPage* p = currentPage()) {
            if (!p->selectNodeByName(name.toStdString())) {
                // Signature tensors live in the main graph; go there if a function is shown.
                if (p->currentGraph() && !p->currentGraph()->key.empty() && p->showGraph("", true))
                    p->selectNodeByName(name.toStdString());
                else
                    statusBar()->showMessage(tr("No node named %1 in this graph").arg(name), 4000);
            }
        }
    };
    connect(signaturesPanel_, &SignaturesPanel::nodeRequested, this, selectByName);
    connect(tensorsPanel_, &TensorsPanel::nodeRequested, this, selectByName);
    connect(propertiesPanel_, &PropertiesPanel::nodeRequested, this, selectByName);
    connect(tensorsPanel_, &TensorsPanel::tensorRequested, this, [this](int row) {
        if (!showTensorOfRow(row)) statusBar()->showMessage(tr("This tensor has no stored value"), 4000);
    });
    connect(propertiesPanel_, &PropertiesPanel::tensorRequested, this, [this](const QString& name) {
        if (DiffPage* d = currentDiffPage()) {
            if (!d->showValueDiff()) statusBar()->showMessage(tr("%1 has no stored value").arg(name), 4000);
            return;
        }
        if (!showTensorOfNode(name)) statusBar()->showMessage(tr("%1 has no stored value").arg(name), 4000);
    });
    connect(propertiesPanel_, &PropertiesPanel::functionRequested, this, [this](const QString& f) {
        if (GraphPage* p = currentPage()) p->showGraph(f.toStdString(), true);
    });

    statusModel_ = new QLabel(this);
    statusZoom_ = new QLabel(this);
    loadProgress_ = new QProgressBar(this);
    loadProgress_->setMaximumWidth(160);
    loadProgress_->setRange(0, 100);
    loadProgress_->hide();
    loadCancel_ = new QToolButton(this);
    loadCancel_->setText(tr("Cancel"));
    loadCancel_->hide();
    connect(loadCancel_, &QToolButton::clicked, this, [this] {
        jobs_->cancelAll();
        loading_.clear();
        diffsRunning_ = 0;
        statusBar()->showMessage(tr("Loading cancelled"), 4000);
        updateBusy();
    });
    statusBar()->addPermanentWidget(loadProgress_);
    statusBar()->addPermanentWidget(loadCancel_);
    statusBar()->addPermanentWidget(statusModel_);
    statusBar()->addPermanentWidget(statusZoom_);
    connect(jobs_, &JobTracker::progress, this, [this](const QString&, const QString&, double f, const QString& what) {
        loadProgress_->setValue(int(f * 100));
        statusBar()->showMessage(what);
    });
    connect(jobs_, &JobTracker::runningChanged, this, &MainWindow::updateBusy);

    createActions();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry"))) resize(1400, 900);
    setAppearance(settings.value(QStringLiteral("view/appearance"), 0).toInt());
    updateStatus();
}

MainWindow::~MainWindow() { jobs_->cancelAll(); }

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open File…"), this, &MainWindow::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    QAction* openFolder = file->addAction(tr("Open &Folder…"), this, &MainWindow::openFolderDialog);
    openFolder->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    openFolder->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    QAction* diffWith = file->addAction(tr("&Diff With…"), this, &MainWindow::diffWithDialog);
    diffWith->setShortcut(QKeySequence(tr("Ctrl+D")));
    diffWith->setToolTip(tr("Compare the open model with another one (or pick two models)"));
    rebuildRecentMenu();
    QAction* reload = file->addAction(tr("&Reload"), this, [this] {
        if (GraphPage* p = currentPage(); p && !currentDiffPage()) reloadPage(p);
    });
    reload->setShortcut(QKeySequence(Qt::Key_F5));  // not QKeySequence::Refresh: on GNOME and macOS that is also Ctrl+R (Run)
    file->addSeparator();
    QAction* saveAs = file->addAction(tr("Save &As…"), this, &MainWindow::saveCurrentAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    saveAs->setToolTip(tr("Write the model as it is now (after the workbench steps) in any format tfscope writes"));
    file->addSeparator();
    QMenu* exportMenu = file->addMenu(tr("&Export View"));
    exportMenu->addAction(tr("As &SVG…"), this, [this] { exportCurrent(QStringLiteral("svg")); });
    exportMenu->addAction(tr("As &PNG…"), this, [this] { exportCurrent(QStringLiteral("png")); });
    exportMenu->addAction(tr("As &DOT…"), this, [this] { exportCurrent(QStringLiteral("dot")); });
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close"), this, [this] { closeTab(tabs_->currentIndex()); });
    close->setShortcut(QKeySequence::Close);
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = undoGroup_->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(tr("Ctrl+Z")));
    QAction* redo = undoGroup_->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find…"), this, [this] {
        if (GraphPage* p = currentPage()) p->showFindBar();
    });
    find->setShortcut(QKeySequence::Find);
    QAction* next = edit->addAction(tr("Find &Next"), this, [this] {
        if (GraphPage* p = currentPage()) p->findNext(false);
    });
    next->setShortcut(QKeySequence(Qt::Key_F3));
    QAction* prev = edit->addAction(tr("Find &Previous"), this, [this] {
        if (GraphPage* p = currentPage()) p->findNext(true);
    });
    prev->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));

    QMenu* bench = menuBar()->addMenu(tr("&Workbench"));
    QAction* findPass = bench->addAction(tr("Find &Pass…"), this, [this] {
        workbenchDock_->show();
        workbenchDock_->raise();
        workbenchPanel_->focusFilter();
    });
    findPass->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    QMenu* presets = bench->addMenu(tr("Apply P&reset"));
    const auto presetList = workbenchPresets();
    for (size_t i = 0; i < presetList.size(); ++i)
        presets->addAction(presetList[i].title, this, [this, i] { workbenchPanel_->applyPreset(int(i)); })
            ->setToolTip(presetList[i].pipeline);
    bench->addAction(tr("Measurement &Inputs…"), this, [this] { workbenchPanel_->editMeasureInputs(); });
    bench->addAction(tr("&Cancel Step"), this, [this] {
        if (Workbench* w = workbenchOf(currentPage())) w->cancel();
    });
    bench->addSeparator();
    bench->addAction(tr("Copy as &tfscope Command"), this, [this] {
        if (Workbench* w = workbenchOf(currentPage())) QApplication::clipboard()->setText(w->transformCommandLine());
    });
    bench->addAction(tr("Copy as transform_&graph Command"), this, [this] {
        if (Workbench* w = workbenchOf(currentPage())) QApplication::clipboard()->setText(w->gttCommandLine());
    });
    bench->addSeparator();
    bench->addAction(workbenchDock_->toggleViewAction());
    bench->addAction(resultsDock_->toggleViewAction());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* runMenu = createRunActions();
    auto onPage = [this](auto fn) {
        return [this, fn] {
            if (GraphPage* p = currentPage()) fn(p);
        };
    };
    QAction* zoomIn = view->addAction(tr("Zoom &In"), this, onPage([](GraphPage* p) { p->view()->zoomBy(1.25); }));
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    QAction* zoomOut = view->addAction(tr("Zoom &Out"), this, onPage([](GraphPage* p) { p->view()->zoomBy(0.8); }));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction* fit = view->addAction(tr("&Fit to Window"), this, onPage([](GraphPage* p) { p->view()->fitAll(); }));
    fit->setShortcut(QKeySequence(tr("Ctrl+0")));
    QAction* actual = view->addAction(tr("&Actual Size"), this, onPage([](GraphPage* p) { p->view()->resetZoom(); }));
    actual->setShortcut(QKeySequence(tr("Ctrl+1")));
    view->addSeparator();
    QAction* expandAll = view->addAction(tr("&Expand All Scopes"), this, onPage([](GraphPage* p) { p->expandAll(); }));
    expandAll->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    QAction* collapseAll = view->addAction(tr("&Collapse All Scopes"), this, onPage([](GraphPage* p) { p->collapseAll(); }));
    collapseAll->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    view->addAction(tr("Trace &Inputs"), this, onPage([](GraphPage* p) { p->scene()->trace(true); }))
        ->setShortcut(QKeySequence(tr("Ctrl+I")));
    view->addAction(tr("Trace O&utputs"), this, onPage([](GraphPage* p) { p->scene()->trace(false); }))
        ->setShortcut(QKeySequence(tr("Ctrl+U")));
    QAction* fold = view->addAction(tr("Fold &Weights into Consumers"));
    fold->setCheckable(true);
    fold->setChecked(QSettings().value(QStringLiteral("view/foldWeights"), true).toBool());
    fold->setToolTip(tr("Draw constants and variables that feed a single node inside that node, as TensorBoard does"));
    connect(fold, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("view/foldWeights"), on);
        for (GraphPage* p : graphPages()) p->setFoldWeights(on);
    });
    QAction* control = view->addAction(tr("Show All &Control Edges"));
    control->setCheckable(true);
    control->setChecked(QSettings().value(QStringLiteral("view/allControlEdges"), false).toBool());
    control->setToolTip(tr("Also draw control edges into ops that wait for many others (init, automatic control dependencies)"));
    connect(control, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("view/allControlEdges"), on);
        for (GraphPage* p : graphPages()) p->setAllControlEdges(on);
    });
    QAction* machinery = view->addAction(tr("Show &Training && Saving Nodes"));
    machinery->setCheckable(true);
    machinery->setChecked(QSettings().value(QStringLiteral("view/showMachinery"), false).toBool());
    machinery->setToolTip(tr("Also draw gradients, optimizer updates and slots, savers and initialisers of training graphs"));
    connect(machinery, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("view/showMachinery"), on);
        for (GraphPage* p : graphPages()) p->setShowMachinery(on);
    });
    createMarksActions(view, runMenu);
    QAction* inputShapes = view->addAction(tr("Input &Shapes…"), this, onPage([](GraphPage* p) { p->editInputShapes(); }));
    inputShapes->setToolTip(tr("Set a batch size or concrete input dims and infer every edge's shape again"));
    view->addSeparator();
    QAction* minimap = view->addAction(tr("&Minimap"));
    minimap->setCheckable(true);
    minimap->setChecked(QSettings().value(QStringLiteral("view/minimap"), true).toBool());
    connect(minimap, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("view/minimap"), on);
        for (GraphPage* p : graphPages()) p->view()->setMinimapVisible(on);
    });
    QMenu* appearance = view->addMenu(tr("A&ppearance"));
    const QStringList names = {tr("Follow System"), tr("Light"), tr("Dark")};
    auto* group = new QActionGroup(this);
    for (int i = 0; i < names.size(); ++i) {
        QAction* a = appearance->addAction(names[i], this, [this, i] { setAppearance(i); });
        a->setCheckable(true);
        a->setChecked(QSettings().value(QStringLiteral("view/appearance"), 0).toInt() == i);
        group->addAction(a);
    }
    addLanguageMenu(view, this);
    view->addSeparator();
    QMenu* panels = view->addMenu(tr("&Panels"));
    for (QDockWidget* dock : findChildren<QDockWidget*>()) panels->addAction(dock->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About tfscope"), this, [this] {
        QMessageBox::about(this, tr("About tfscope"),
                           tr("<b>tfscope</b> %1<br>Inspect, transform, run and compare TensorFlow models.<br>"
                              "Layout by Graphviz dot.")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(open);
    bar->addSeparator();
    bar->addAction(fit);
    bar->addAction(zoomIn);
    bar->addAction(zoomOut);
    bar->addSeparator();
    bar->addAction(expandAll);
    bar->addAction(collapseAll);
    bar->addSeparator();
    bar->addAction(find);
    bar->addAction(inputShapes);
}

void MainWindow::setAppearance(int mode) {
    appearance_ = mode;
    QSettings().setValue(QStringLiteral("view/appearance"), mode);
    static const QPalette systemPalette = QApplication::palette();
    if (mode == 0) {
        QApplication::setPalette(systemPalette);
    } else if (mode == 1) {
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        QPalette p;
        p.setColor(QPalette::Window, QColor(45, 47, 51));
        p.setColor(QPalette::WindowText, QColor(230, 230, 230));
        p.setColor(QPalette::Base, QColor(32, 34, 37));
        p.setColor(QPalette::AlternateBase, QColor(45, 47, 51));
        p.setColor(QPalette::ToolTipBase, QColor(60, 63, 68));
        p.setColor(QPalette::ToolTipText, QColor(235, 235, 235));
        p.setColor(QPalette::Text, QColor(230, 230, 230));
        p.setColor(QPalette::Button, QColor(53, 56, 60));
        p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
        p.setColor(QPalette::Highlight, QColor(61, 126, 196));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(110, 170, 240));
        p.setColor(QPalette::LinkVisited, QColor(170, 140, 240));
        p.setColor(QPalette::BrightText, QColor(255, 120, 120));
        p.setColor(QPalette::PlaceholderText, QColor(150, 154, 160));  // readable on Base and Window
        p.setColor(QPalette::Light, QColor(80, 84, 90));
        p.setColor(QPalette::Midlight, QColor(66, 69, 74));
        p.setColor(QPalette::Mid, QColor(140, 140, 140));
        p.setColor(QPalette::Dark, QColor(28, 29, 32));
        p.setColor(QPalette::Shadow, QColor(15, 15, 16));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(130, 130, 130));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(130, 130, 130));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(130, 130, 130));
        QApplication::setPalette(p);
    }
    for (GraphPage* p : graphPages()) p->scene()->applyPalette();
    refreshMarks();  // mark colours are chosen per theme
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        for (GraphPage* p : graphPages()) p->scene()->applyPalette();
    QMainWindow::changeEvent(event);
}

void MainWindow::openFileDialog() {
    QSettings settings;
    QString dir = settings.value(QStringLiteral("paths/lastDir")).toString();
    QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Model"), dir,
        tr("TensorFlow models (*.pb *.pbtxt *.meta *.index *.ckpt* *.tflite);;All files (*)"));
    for (const QString& p : paths) openPath(p);
    if (!paths.isEmpty()) settings.setValue(QStringLiteral("paths/lastDir"), QFileInfo(paths[0]).absolutePath());
}

void MainWindow::openFolderDialog() {
    QSettings settings;
    QString dir = QFileDialog::getExistingDirectory(this, tr("Open SavedModel or Checkpoint Folder"),
                                                    settings.value(QStringLiteral("paths/lastDir")).toString());
    if (dir.isEmpty()) return;
    settings.setValue(QStringLiteral("paths/lastDir"), QFileInfo(dir).absolutePath());
    openPath(dir);
}

namespace {
// Models being loaded since before the window existed, by absolute path.
std::mutex& preloadMutex() {
    static std::mutex m;
    return m;
}
std::map<QString, std::future<Result<Model>>>& preloads() {
    static std::map<QString, std::future<Result<Model>>> m;
    return m;
}
// The preloaded model of this path (waiting for it), or nothing when none was started.
std::optional<Result<Model>> takePreloaded(const QString& path) {
    std::future<Result<Model>> loading;
    {
        std::lock_guard<std::mutex> lock(preloadMutex());
        auto it = preloads().find(path);
        if (it == preloads().end()) return std::nullopt;
        loading = std::move(it->second);
        preloads().erase(it);
    }
    return loading.get();
}
}  // namespace

void MainWindow::preload(const QString& rawPath) {
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    if (!QFileInfo::exists(path)) return;  // openPath says what is wrong
    std::lock_guard<std::mutex> lock(preloadMutex());
    if (preloads().count(path)) return;
    preloads()[path] = std::async(std::launch::async, [p = path.toStdString()] { return loadModel(p); });
}

void MainWindow::openPath(const QString& rawPath) {
    QString path = QFileInfo(rawPath).absoluteFilePath();
    if (!QFileInfo::exists(path) && !QFileInfo::exists(path + QStringLiteral(".index"))) {
        showLoadError(rawPath, tr("The file or folder does not exist."), QString());
        return;
    }
    for (int i = 0; i < pageCount(); ++i)
        if (page(i) && page(i)->document().filePath() == path) {
            tabs_->setCurrentIndex(i);
            return;
        }
    loading_ << path;
    QPointer<MainWindow> self(this);
    jobs_->start(QStringLiteral("load:") + path, tr("Opening %1").arg(QFileInfo(path).fileName()),
                 [self, path](const WorkContext& work) -> std::function<void()> {
                     work.report(0.0, verbatim(tr("Opening %1…").arg(QFileInfo(path).fileName()).toStdString()));
                     std::optional<Result<Model>> preloaded = takePreloaded(path);
                     auto model = preloaded ? std::move(*preloaded) : loadModel(path.toStdString(), {}, work);
                     if (preloaded && model.ok())  // loaded with nobody listening: say it as loadModel does
                         work.report(1.0, TFS_PHRASE("Progress", "Loaded %1"), {model->path});
                     if (!model.ok()) {
                         Status st = model.status();
                         return [self, path, st] {
                             if (!self) return;
                             self->loading_.removeAll(path);
                             if (st.code() == StatusCode::Cancelled) return;
                             self->showLoadError(path, statusText(st), QString::fromStdString(st.toString()));
                         };
                     }
                     auto doc = std::make_shared<ModelDocument>(std::move(*model));
                     doc->moveToThread(QApplication::instance()->thread());  // built here, signals to the UI thread
                     return [self, path, doc] {
                         if (!self) return;
                         self->loading_.removeAll(path);
                         auto* page = new GraphPage(doc, self->tabs_);
                         page->view()->setMinimapVisible(QSettings().value(QStringLiteral("view/minimap"), true).toBool());
                         connect(page, &GraphPage::currentNodeChanged, self, [self, page](int node) {
                             if (self->currentPage() == page)
                                 self->propertiesPanel_->showNode(page->documentPtr(), page->currentGraph(), node,
                                                                 page->currentShapes().get());
                         });
                         connect(page, &GraphPage::busyChanged, self, &MainWindow::updateBusy);
                         connect(page, &GraphPage::layoutFinished, self, &MainWindow::updateBusy);
                         connect(page, &GraphPage::statusMessage, self, [self](const QString& m) { self->statusBar()->showMessage(m, 5000); });
                         connect(page->view(), &GraphView::zoomChanged, self, [self](double z) {
                             self->statusZoom_->setText(tr("%1%").arg(int(z * 100 + 0.5)));
                         });
                         self->onPageOpened(page);
                         int index = self->tabs_->addTab(page, doc->displayName());
                         self->tabs_->setTabToolTip(index, path);
                         self->tabs_->setCurrentIndex(index);
                         self->addRecent(path);
                         if (QFileInfo(path).isFile()) self->watcher_->addPath(path);
                         for (const auto& w : doc->model().warnings) (void)w;
                         if (!doc->model().warnings.empty())
                             self->statusBar()->showMessage(tr("%n warning(s) while loading; see the Model panel", nullptr,
                                                               int(doc->model().warnings.size())),
                                                            8000);
                         self->updateBusy();
                         emit self->modelOpened(page);
                     };
                 });
    updateBusy();
}

void MainWindow::showLoadError(const QString& path, const QString& message, const QString& details) {
    lastError_ = tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), message);
    statusBar()->showMessage(lastError_, 10000);
    emit loadFailed(path, message);
    updateBusy();
    if (!interactiveErrors_) return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Could not open model"),
                                tr("<b>%1</b> could not be opened.").arg(QFileInfo(path).fileName().toHtmlEscaped()),
                                QMessageBox::Ok, this);
    box->setInformativeText(message);
    box->setDetailedText(tr("Path: %1\n%2").arg(path, details.isEmpty() ? message : details));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

TensorViewer* MainWindow::openViewer(const QString& name, std::function<Result<Tensor>(const WorkContext&)> reader) {
    if (!reader) return nullptr;
    auto* viewer = new TensorViewer(this);
    viewer->setAttribute(Qt::WA_DeleteOnClose, true);
    if (GraphPage* p = currentPage()) {
        std::vector<std::string> inputs;
        for (const auto& f : p->document().model().files) inputs.push_back(f.path);
        viewer->setProtectedPaths(std::move(inputs));
    }
    viewer->load(name, std::move(reader));
    viewer->show();
    viewer->raise();
    return viewer;
}

TensorViewer* MainWindow::showTensorOfRow(int row) {
    return openViewer(tensorsPanel_->model()->tensorName(row), tensorsPanel_->model()->tensorReader(row));
}

TensorViewer* MainWindow::showTensorOfNode(const QString& nodeName) {
    GraphPage* p = currentPage();
    if (!p || !p->currentGraph()) return nullptr;
    auto graph = p->currentGraph();
    const std::string name = nodeName.toStdString();
    const int node = graph->index->find(name);
    if (node >= 0 && graph->index->node(node).op() == "Const") {
        const auto& attrs = graph->index->node(node).attr();
        auto it = attrs.find("value");
        if (it == attrs.end()) return nullptr;
        auto proto = std::make_shared<tensorflow::TensorProto>(it->second.tensor());
        return openViewer(nodeName, [proto](const WorkContext&) { return Tensor::fromProto(*proto); });
    }
    auto model = p->documentPtr()->modelPtr();
    for (const auto& v : model->variableInfos) {
        if (v.nodeName != name || v.checkpointKey.empty() || !model->variables) continue;
        const std::string key = v.checkpointKey;
        return openViewer(QString::fromStdString(v.name), [model, key](const WorkContext&) { return model->variables->read(key); });
    }
    return nullptr;
}

QList<TensorViewer*> MainWindow::tensorViewers() const { return findChildren<TensorViewer*>(); }

Workbench* MainWindow::workbenchOf(GraphPage* p) const { return p ? p->findChild<Workbench*>(QString(), Qt::FindDirectChildrenOnly) : nullptr; }

GraphPage* MainWindow::currentPage() const {
    if (DiffPage* d = currentDiffPage()) return d->activePage();
    return qobject_cast<GraphPage*>(tabs_->currentWidget());
}
DiffPage* MainWindow::currentDiffPage() const { return qobject_cast<DiffPage*>(tabs_->currentWidget()); }

QList<GraphPage*> MainWindow::graphPages() const {
    QList<GraphPage*> pages;
    for (int i = 0; i < tabs_->count(); ++i) {
        if (auto* p = qobject_cast<GraphPage*>(tabs_->widget(i))) pages << p;
        else if (auto* d = qobject_cast<DiffPage*>(tabs_->widget(i))) pages << d->mergedPage() << d->pageA() << d->pageB();
    }
    return pages;
}
int MainWindow::pageCount() const { return tabs_->count(); }
GraphPage* MainWindow::page(int i) const { return qobject_cast<GraphPage*>(tabs_->widget(i)); }

bool MainWindow::isBusy() const {
    if (!loading_.isEmpty() || diffsRunning_ > 0) return true;
    if (DiffPage* d = currentDiffPage()) return d->isBusy();
    GraphPage* p = currentPage();
    if (Workbench* w = workbenchOf(p); w && !w->isIdle()) return true;
    if (RunSession* r = runSessionOf(p); r && r->isRunning()) return true;
    return p && p->isBusy();
}

void MainWindow::updateBusy() {
    bool loading = !loading_.isEmpty() || diffsRunning_ > 0;
    loadProgress_->setVisible(loading);
    loadCancel_->setVisible(loading);
    if (loading) loadProgress_->setRange(0, 0);
    emit busyChanged(isBusy());
}

void MainWindow::onCurrentTabChanged() {
    if (DiffPage* d = currentDiffPage()) {
        // A diff tab: the Model panel reports the model-level diff, Properties the selected pair.
        modelPanel_->setDocument(nullptr);
        modelPanel_->setHtml(d->summaryHtml());
        signaturesPanel_->setDocument(d->document().documentB());
        tensorsPanel_->setDocument(d->document().documentB());
        propertiesPanel_->setHtml(d->pairHtml());
        workbenchPanel_->setWorkbench(nullptr);  // a diff is read-only: nothing to transform
        workbenchResults_->setWorkbench(nullptr);
        runPanel_->setSession(nullptr);
        undoGroup_->setActiveStack(nullptr);
        stack_->setCurrentIndex(1);
        setWindowTitle(tr("%1 — tfscope").arg(d->title()));
        setWindowModified(false);
        statusModel_->setText(tr("diff · %1").arg(d->document().identical() ? tr("no differences") : tr("%n change(s)", nullptr, d->changes()->rowCount())));
        return;
    }
    GraphPage* p = currentPage();
    auto doc = p ? p->documentPtr() : nullptr;
    modelPanel_->setDocument(doc);
    signaturesPanel_->setDocument(doc);
    tensorsPanel_->setDocument(doc);
    if (p) propertiesPanel_->showNode(doc, p->currentGraph(), p->currentNode(), p->currentShapes().get());
    else propertiesPanel_->showNode(nullptr, nullptr, -1);
    workbenchPanel_->setWorkbench(workbenchOf(p));
    workbenchResults_->setWorkbench(workbenchOf(p));
    runPanel_->setSession(runSessionOf(p));
    stack_->setCurrentIndex(tabs_->count() ? 1 : 0);
    setWindowTitle(p ? tr("%1[*] — tfscope").arg(doc->displayName()) : tr("tfscope"));
    setWindowModified(p && doc->isModified());
    undoGroup_->setActiveStack(p ? doc->undoStack() : nullptr);
    updateStatus();
}

void MainWindow::updateStatus() {
    if (currentDiffPage()) return;  // set by onCurrentTabChanged
    GraphPage* p = currentPage();
    if (!p) {
        statusModel_->setText(tr("No model open"));
        statusZoom_->clear();
        return;
    }
    const ModelDocument& d = p->document();
    const Model& m = d.model();
    const auto* g = m.graph();
    statusModel_->setText(tr("%1 · %2 nodes · %3 parameters · %4")
                              .arg(QString::fromLatin1(formatName(m.format)))
                              .arg(formatCount(g ? g->node_size() : 0))
                              .arg(formatCount(d.parameters().total()))
                              .arg(formatBytes(m.sizeBytes)));
    statusZoom_->setText(tr("%1%").arg(int(p->view()->zoom() * 100 + 0.5)));
}

void MainWindow::addRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recent/files")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent) recent.removeLast();
    settings.setValue(QStringLiteral("recent/files"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recent/files")).toStringList();
    for (const QString& path : recent) recentMenu_->addAction(path, this, [this, path] { openPath(path); });
    if (recent.isEmpty()) recentMenu_->addAction(tr("(none)"))->setEnabled(false);
    else {
        recentMenu_->addSeparator();
        recentMenu_->addAction(tr("Clear Menu"), this, [this] {
            QSettings().remove(QStringLiteral("recent/files"));
            rebuildRecentMenu();
        });
    }
}

void MainWindow::exportCurrent(const QString& format) {
    GraphPage* p = currentPage();
    if (!p) return;
    QString base = QFileInfo(p->document().filePath()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(this, tr("Export View"), base + QLatin1Char('.') + format,
                                                tr("%1 files (*.%2)").arg(format.toUpper(), format));
    if (path.isEmpty()) return;
    QString error;
    bool ok = false;
    if (format == QLatin1String("svg")) {
        ok = p->exportSvg(path, &error);
    } else if (format == QLatin1String("png")) {
        bool accepted = false;
        double scale = QInputDialog::getDouble(this, tr("Export PNG"), tr("Scale:"), 2.0, 0.1, 8.0, 1, &accepted);
        if (!accepted) return;
        double used = scale;
        ok = p->exportPng(path, scale, &error, &used);
        if (ok && used < scale - 1e-6)
            statusBar()->showMessage(tr("Exported at scale %1 to keep the whole picture within image limits").arg(used, 0, 'f', 2), 8000);
    } else {
        ok = p->exportDot(path, &error);
    }
    if (!ok) QMessageBox::warning(this, tr("Export failed"), error);
    else statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (!url.isLocalFile()) continue;
        // The .index, .data-* and .meta files of one checkpoint are one model: its prefix.
        const std::string prefix = bundlePrefixOfFile(url.toLocalFile().toStdString());
        const QString path = prefix.empty() ? url.toLocalFile() : QString::fromStdString(prefix);
        if (!paths.contains(path)) paths << path;
    }
    event->acceptProposedAction();
    GraphPage* open = qobject_cast<GraphPage*>(tabs_->currentWidget());
    const bool diffKey = event->modifiers() & (Qt::AltModifier | Qt::ControlModifier);
    if (paths.size() == 2) {  // two models dropped together: what changed from the first to the second
        openDiffPaths(paths[0], paths[1]);
    } else if (paths.size() == 1 && diffKey && open) {  // Ctrl/Alt: diff the open model against the dropped one
        startDiff(open->document().filePath(), open->document().modelPtr(), open->document().displayName(),
                  paths[0], nullptr, QString());
    } else {
        for (const QString& p : paths) openPath(p);
    }
}

void MainWindow::diffWithDialog() {
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("paths/lastDir")).toString();
    const QString filter = tr("TensorFlow models (*.pb *.pbtxt *.meta *.index *.ckpt* *.tflite saved_model.pb);;All files (*)");
    GraphPage* open = qobject_cast<GraphPage*>(tabs_->currentWidget());
    if (open) {
        const QString other = QFileDialog::getOpenFileName(
            this, tr("Diff %1 With").arg(open->document().displayName()), dir, filter);
        if (other.isEmpty()) return;
        startDiff(open->document().filePath(), open->document().modelPtr(), open->document().displayName(),
                  other, nullptr, QString());
        return;
    }
    const QString a = QFileDialog::getOpenFileName(this, tr("Diff: First Model (A)"), dir, filter);
    if (a.isEmpty()) return;
    const QString b = QFileDialog::getOpenFileName(this, tr("Diff: Second Model (B)"), QFileInfo(a).absolutePath(), filter);
    if (!b.isEmpty()) openDiffPaths(a, b);
}

void MainWindow::openDiff(std::shared_ptr<const Model> a, std::shared_ptr<const Model> b, const QString& titleA,
                          const QString& titleB) {
    startDiff(QString::fromStdString(a ? a->path : std::string()), std::move(a), titleA,
              QString::fromStdString(b ? b->path : std::string()), std::move(b), titleB);
}

void MainWindow::diffWithOriginal(GraphPage* p) {
    if (!p || tabs_->indexOf(p) < 0) return;  // a graph page of its own tab, not a picture inside a diff
    const ModelDocument& doc = p->document();
    const int steps = int(doc.pipeline().size()) - 1;
    openDiff(doc.originalModel(), doc.modelPtr(), tr("%1 (original)").arg(doc.displayName()),
             tr("%1 (%n step(s))", nullptr, steps).arg(doc.displayName()));
}

void MainWindow::openDiffPaths(const QString& pathA, const QString& pathB) {
    startDiff(pathA, nullptr, QString(), pathB, nullptr, QString());
}

void MainWindow::startDiff(const QString& rawA, std::shared_ptr<const Model> a, QString titleA, const QString& rawB,
                           std::shared_ptr<const Model> b, QString titleB) {
    const QString pathA = rawA.isEmpty() ? rawA : QFileInfo(rawA).absoluteFilePath();
    const QString pathB = rawB.isEmpty() ? rawB : QFileInfo(rawB).absoluteFilePath();
    for (const auto& [path, model] : {std::pair{pathA, a}, std::pair{pathB, b}})
        if (!model && !QFileInfo::exists(path) && !QFileInfo::exists(path + QStringLiteral(".index"))) {
            showLoadError(path, tr("The file or folder does not exist."), QString());
            return;
        }
    if (titleA.isEmpty()) titleA = QFileInfo(pathA).fileName();
    if (titleB.isEmpty()) titleB = QFileInfo(pathB).fileName();
    if (titleA == titleB) {  // same file names in two folders: say which folder
        titleA = QFileInfo(pathA).dir().dirName() + QLatin1Char('/') + titleA;
        titleB = QFileInfo(pathB).dir().dirName() + QLatin1Char('/') + titleB;
    }
    ++diffsRunning_;
    QPointer<MainWindow> self(this);
    jobs_->start(QStringLiteral("diff:") + pathA + QLatin1Char('|') + pathB, tr("Diff"),
                 [self, pathA, pathB, a, b, titleA, titleB](const WorkContext& work) -> std::function<void()> {
                     auto fail = [self](const QString& path, const Status& st) -> std::function<void()> {
                         return [self, path, st] {
                             if (!self) return;
                             --self->diffsRunning_;
                             if (st.code() != StatusCode::Cancelled)
                                 self->showLoadError(path, statusText(st), QString::fromStdString(st.toString()));
                             self->updateBusy();
                         };
                     };
                     // Loading takes the first 40 %, the diff and the pictures the rest.
                     auto part = [&work](double from, double to) { return work.part(from, to); };
                     std::shared_ptr<const Model> ma = a, mb = b;
                     if (!ma) {
                         auto m = loadModel(pathA.toStdString(), {}, part(0.0, 0.2));
                         if (!m.ok()) return fail(pathA, m.status());
                         ma = std::make_shared<const Model>(std::move(*m));
                     }
                     if (!mb) {
                         auto m = loadModel(pathB.toStdString(), {}, part(0.2, 0.4));
                         if (!m.ok()) return fail(pathB, m.status());
                         mb = std::make_shared<const Model>(std::move(*m));
                     }
                     auto doc = DiffDocument::build(ma, mb, titleA, titleB, {}, part(0.4, 1.0));
                     if (!doc.ok()) return fail(pathB, doc.status());
                     std::shared_ptr<DiffDocument> ready = std::move(*doc);
                     return [self, ready] {
                         if (!self) return;
                         --self->diffsRunning_;
                         ready->createDocuments();  // QObjects: made here, on the UI thread
                         auto* page = new DiffPage(ready, self->tabs_);
                         connect(page, &DiffPage::busyChanged, self, &MainWindow::updateBusy);
                         connect(page, &DiffPage::layoutFinished, self, &MainWindow::updateBusy);
                         connect(page, &DiffPage::statusMessage, self, [self](const QString& m) { self->statusBar()->showMessage(m, 5000); });
                         connect(page, &DiffPage::pairChanged, self, [self, page] {
                             if (self->currentDiffPage() == page) self->propertiesPanel_->setHtml(page->pairHtml());
                         });
                         for (GraphPage* p : {page->mergedPage(), page->pageA(), page->pageB()})
                             p->view()->setMinimapVisible(QSettings().value(QStringLiteral("view/minimap"), true).toBool());
                         const int index = self->tabs_->addTab(page, page->title());
                         self->tabs_->setTabToolTip(index, tr("A: %1\nB: %2").arg(QString::fromStdString(ready->documentA()->model().path),
                                                                                   QString::fromStdString(ready->documentB()->model().path)));
                         self->tabs_->setCurrentIndex(index);
                         self->updateBusy();
                         emit self->diffOpened(page);
                     };
                 });
    updateBusy();
}

}  // namespace tfs::views
