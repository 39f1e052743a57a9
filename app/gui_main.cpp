#include "app/gui_main.h"

#include <QApplication>
#include <QDockWidget>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QElapsedTimer>
#include <QPainter>
#include <QPointer>
#include <QStyleFactory>
#include <QTimer>
#include <QTranslator>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <cstdlib>
#include <string>

#include "core/layout/graph_layout.h"
#include "views/diff_page.h"
#include "views/graph_page.h"
#include "views/graph_scene.h"
#include "views/language.h"
#include "views/main_window.h"
#include "views/panels.h"
#include "views/run_panel.h"
#include "views/run_session.h"
#include "views/tensor_viewer.h"
#include "views/workbench.h"

namespace tfs::app {
namespace {

// The example CNN embedded as :/example_cnn.pb, copied to the cache folder so that
// core (which reads files) can open it. Empty when it cannot be written.
QString exampleModelPath() {
    QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (dir.isEmpty() || !QDir().mkpath(dir)) dir = QDir::tempPath();
    const QString path = dir + QStringLiteral("/example_cnn.pb");
    QFile resource(QStringLiteral(":/example_cnn.pb"));
    if (QFileInfo(path).size() != resource.size()) {
        QFile::remove(path);
        if (!resource.copy(path)) return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return path;
}

struct ScreenshotJob {
    QString out, select, expand, find, function, tensor;
    QPointer<views::TensorViewer> viewer;
    bool tensorOpened = false;
    bool started = false;
    bool functionShown = false;
    bool expanded = false;
    bool findDone = false;
};

// Draws a dialog (its own window) over the window's picture, centred as the window manager would.
void drawDialogOver(QPixmap& shot, QWidget* window, QWidget* dialog) {
    QPixmap picture = dialog->grab();
    QPainter p(&shot);
    const QSizeF logical = QSizeF(shot.size()) / shot.devicePixelRatio();
    const QSizeF d = QSizeF(picture.size()) / picture.devicePixelRatio();
    const QRectF target(QPointF((logical.width() - d.width()) / 2, (logical.height() - d.height()) / 2), d);
    p.fillRect(target.adjusted(-1, -1, 1, 1), window->palette().color(QPalette::Mid));
    p.drawPixmap(target, picture, QRectF(picture.rect()));
}

// A load error: the window is saved with the error (in the interface language) as the user reads it,
// in a message box over the window; then tfscope exits with 1.
void saveErrorScreenshot(views::MainWindow* window, ScreenshotJob* job) {
    std::fprintf(stderr, "tfscope: %s\n", qPrintable(window->lastError()));
    auto* box = new QMessageBox(QMessageBox::Warning, window->windowTitle(), window->lastError(), QMessageBox::Ok, window);
    box->setWindowFlag(Qt::Dialog);
    box->show();
    QTimer::singleShot(300, window, [=] {
        QPixmap shot = window->grab();
        drawDialogOver(shot, window, box);
        if (!shot.save(job->out)) std::fprintf(stderr, "tfscope: cannot write %s\n", qPrintable(job->out));
        QApplication::exit(1);
    });
}

// Saves the window once loading and layout are done; exits with 0 on success.
void pollScreenshot(views::MainWindow* window, ScreenshotJob* job, QElapsedTimer* clock) {
    if (clock->elapsed() > 300000) {
        std::fprintf(stderr, "tfscope: --screenshot timed out after 300 s\n");
        QApplication::exit(3);
        return;
    }
    if (!window->lastError().isEmpty()) {
        saveErrorScreenshot(window, job);
        return;
    }
    views::GraphPage* page = window->currentPage();
    if (!page || window->isBusy()) {
        QTimer::singleShot(50, window, [=] { pollScreenshot(window, job, clock); });
        return;
    }
    if (!job->function.isEmpty() && !job->functionShown) {
        job->functionShown = true;
        if (!page->showGraph(job->function.toStdString(), true))
            std::fprintf(stderr, "tfscope: no function %s\n", qPrintable(job->function));
        QTimer::singleShot(50, window, [=] { pollScreenshot(window, job, clock); });
        return;
    }
    if (job->expand == QLatin1String("all") && !job->expanded) {
        job->expanded = true;
        page->expandAll();
        QTimer::singleShot(50, window, [=] { pollScreenshot(window, job, clock); });
        return;
    }
    if (!job->select.isEmpty() && !job->started) {
        job->started = true;
        if (!page->selectNodeByName(job->select.toStdString()))
            std::fprintf(stderr, "tfscope: no node named %s\n", qPrintable(job->select));
        QTimer::singleShot(50, window, [=] { pollScreenshot(window, job, clock); });
        return;
    }
    if (!job->find.isEmpty() && !job->findDone) {
        job->findDone = true;
        page->showFindBar();
        page->find(job->find, views::GraphPage::FindMode::Name);
        QTimer::singleShot(50, window, [=] { pollScreenshot(window, job, clock); });
        return;
    }
    if (!job->tensor.isEmpty() && !job->tensorOpened) {
        job->tensorOpened = true;
        views::TensorsModel* tensors = window->tensorsPanel()->model();
        for (int r = 0; r < tensors->rowCount() && !job->viewer; ++r)
            if (tensors->tensorName(r) == job->tensor) job->viewer = window->showTensorOfRow(r);
        if (!job->viewer) job->viewer = window->showTensorOfNode(job->tensor);
        if (!job->viewer) std::fprintf(stderr, "tfscope: no tensor value named %s\n", qPrintable(job->tensor));
        else job->viewer->resize(std::min(1000, window->width() - 120), std::min(600, window->height() - 160));
        QTimer::singleShot(50, window, [=] { pollScreenshot(window, job, clock); });
        return;
    }
    if (job->viewer && job->viewer->isBusy()) {
        QTimer::singleShot(50, window, [=] { pollScreenshot(window, job, clock); });
        return;
    }
    // Let pending paints and panel updates run before grabbing.
    QTimer::singleShot(300, window, [=] {
        QPixmap shot = window->grab();
        if (job->viewer) drawDialogOver(shot, window, job->viewer);  // the viewer is its own window
        if (!shot.save(job->out)) {
            std::fprintf(stderr, "tfscope: cannot write %s\n", qPrintable(job->out));
            QApplication::exit(1);
            return;
        }
        std::fprintf(stdout, "wrote %s (%dx%d, device pixel ratio %.2g) in %.2f s\n", qPrintable(job->out), shot.width(),
                     shot.height(), shot.devicePixelRatio(), double(clock->elapsed()) / 1000.0);
        QApplication::exit(0);
    });
}

// True when Qt can open a window: a display, a chosen platform plugin, or not X11/Wayland at all.
bool displayAvailable(const CommandLine& line) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) return true;
    if (std::find(line.qtArgs.begin(), line.qtArgs.end(), "-platform") != line.qtArgs.end()) return true;
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    (void)line;
    return true;
#endif
}

// --apply: once the first model is open, its workbench applies the passes (the same code as the
// panel's buttons) and measures every step; without --screenshot the program exits when all is done.
bool startWorkbenchRun(views::MainWindow* window, const CommandLine& line, bool exitWhenDone) {
    const QString transforms = QString::fromStdString(line.value("apply"));
    QString error;
    views::Workbench::parse(transforms, &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "tfscope: --apply: %s\n", qPrintable(error));
        return false;
    }
    auto started = std::make_shared<bool>(false);
    QObject::connect(window, &views::MainWindow::modelOpened, window, [=](views::GraphPage* page) {
        if (*started) return;
        *started = true;
        views::Workbench* wb = window->workbenchOf(page);
        auto list = [&](const char* name) {
            return QString::fromStdString(line.value(name)).split(QLatin1Char(','), Qt::SkipEmptyParts);
        };
        if (line.has("inputs") || line.has("outputs"))
            wb->setEndpoints(line.has("inputs") ? list("inputs") : wb->inputs(), line.has("outputs") ? list("outputs") : wb->outputs());
        views::MeasureInputs in = wb->measureInputs();
        for (const std::string& v : line.values("shape")) {
            const QString s = QString::fromStdString(v);
            in.shapes.emplace_back(s.section(QLatin1Char('='), 0, 0), s.section(QLatin1Char('='), 1));
        }
        if (line.has("input")) in.inputs.clear();  // given on the command line: not the remembered ones
        for (const std::string& v : line.values("input")) in.inputs << QString::fromStdString(v);
        if (line.has("seed")) in.seed = std::stoull(line.value("seed"));
        if (line.has("samples")) in.samples = std::stoi(line.value("samples"));
        if (line.has("runs")) in.runs = std::stoi(line.value("runs"));
        wb->setMeasureInputs(in);
        if (line.has("workbench-report")) wb->setReportPath(QString::fromStdString(line.value("workbench-report")));
        wb->apply(transforms);
        if (exitWhenDone)
            QObject::connect(wb, &views::Workbench::idle, window, [wb] {
                if (!wb->lastError().isEmpty()) std::fprintf(stderr, "tfscope: %s\n", qPrintable(wb->lastError()));
                if (!wb->reportError().isEmpty()) std::fprintf(stderr, "tfscope: %s\n", qPrintable(wb->reportError()));
                std::fprintf(stdout, "%s\n", qPrintable(wb->transformCommandLine()));
                QApplication::exit(wb->lastError().isEmpty() && wb->reportError().isEmpty() ? 0 : 1);
            });
    });
    return true;
}

// --run: once the first model is open (and --apply's steps are applied and measured), feed the
// --input/--shape values and run it through the Run panel, exactly as Ctrl+R does.
void startModelRun(views::MainWindow* window, const CommandLine& line) {
    auto started = std::make_shared<bool>(false);
    QObject::connect(window, &views::MainWindow::modelOpened, window, [=](views::GraphPage* page) {
        if (*started) return;
        *started = true;
        views::RunSession* session = window->runSessionOf(page);
        if (!session) return;
        views::RunSettings settings = session->settings();
        for (const std::string& v : line.values("shape")) settings.shapes << QString::fromStdString(v);
        if (line.has("seed")) settings.seed = std::stoull(line.value("seed"));  // checked by the command-line parser
        session->setSettings(settings);
        for (const std::string& v : line.values("input")) {
            const QString s = QString::fromStdString(v);
            QString error;
            if (!s.contains(QLatin1Char('=')) ||
                !session->setInputSource(s.section(QLatin1Char('='), 0, 0), s.section(QLatin1Char('='), 1), &error))
                std::fprintf(stderr, "tfscope: --input %s: %s\n", qPrintable(s), qPrintable(error.isEmpty() ? QStringLiteral("expected NAME=FILE") : error));
        }
        views::Workbench* wb = window->workbenchOf(page);
        if (wb && !wb->isIdle()) {
            auto once = std::make_shared<QMetaObject::Connection>();
            *once = QObject::connect(wb, &views::Workbench::idle, window, [window, once] {
                QObject::disconnect(*once);
                window->runCurrent();
            });
            return;
        }
        window->runCurrent();
    });
}

}  // namespace

HelpTranslator helpTranslator(const CommandLine& line) {
    auto translator = std::make_shared<QTranslator>();
    if (!views::loadAppTranslator(*translator, views::interfaceLocale(QString::fromStdString(line.value("language")))))
        return nullptr;
    return [translator](const char* context, const char* text) {
        const QString translated = translator->translate(context, text);
        return translated.isEmpty() ? std::string(text) : translated.toStdString();
    };
}

int runGui(const CommandLine& line) {
    // Without a display Qt would abort; say so calmly. A screenshot needs none: draw offscreen.
    if (!displayAvailable(line)) {
        if (!line.has("screenshot")) {
            std::fprintf(stderr,
                         "tfscope: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                         "Run a batch command (tfscope --batch --help), take a --screenshot, or set QT_QPA_PLATFORM.\n");
            return 2;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Layouts fork from a small worker made now, before Qt's threads and before any model is loaded.
    layout::startLayoutWorker();
    // The models named on the command line load while Qt starts and the window is built.
    for (const std::string& p : line.paths) views::MainWindow::preload(QString::fromStdString(p));
    // --scale-factor must act before QApplication exists (Qt reads QT_SCALE_FACTOR at start-up).
    if (line.has("scale-factor")) qputenv("QT_SCALE_FACTOR", QByteArray::fromStdString(line.value("scale-factor")));
    // QApplication sees only Qt's own options; it keeps pointers to argc/argv for its lifetime.
    std::vector<std::string> qtArgs = line.qtArgs;
    std::vector<char*> qtArgv;
    for (std::string& a : qtArgs) qtArgv.push_back(a.data());
    qtArgv.push_back(nullptr);
    int qtArgc = int(qtArgs.size());
    QApplication app(qtArgc, qtArgv.data());
    QApplication::setApplicationName(QStringLiteral("tfscope"));
    QApplication::setOrganizationName(QStringLiteral("tfscope"));
    QApplication::setApplicationVersion(QStringLiteral(TFSCOPE_VERSION));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    views::installTranslators(views::interfaceLocale(QString::fromStdString(line.value("language"))));

    views::MainWindow window;
    if (line.has("dark")) window.setAppearance(2);
    if (line.has("light")) window.setAppearance(1);
    if (line.has("marks")) {  // for this run only: the user's choice in View ▸ Graph Marks stays
        const std::string m = line.value("marks");
        window.setGraphMarks(m == "time" ? views::MainWindow::GraphMarks::RunTime
                             : m == "none" ? views::MainWindow::GraphMarks::None
                                           : views::MainWindow::GraphMarks::StepChanges,
                             false);
    }
    QStringList paths;
    for (const std::string& p : line.paths) paths << QString::fromStdString(p);
    const std::vector<std::string> diffPaths = line.values("diff");  // --diff A B
    const bool diff = diffPaths.size() == 2;
    // Started without a model: open the built-in example so there is something to explore.
    if (paths.isEmpty() && !diff) {
        const QString example = exampleModelPath();
        if (!example.isEmpty()) paths << example;
    }

    ScreenshotJob job;
    QElapsedTimer clock;
    const bool screenshot = line.has("screenshot");
    if (screenshot) {
        if (paths.isEmpty() && !diff) {
            std::fprintf(stderr, "tfscope: --screenshot needs a model path\n");
            return 2;
        }
        auto value = [&](const char* name) { return QString::fromStdString(line.value(name)); };
        job.out = value("screenshot");
        job.select = value("select");
        job.expand = value("expand");
        job.find = value("find");
        job.function = value("function");
        job.tensor = value("tensor");
        window.setInteractiveErrors(false);
        QStringList wh = value("size").split(QLatin1Char('x'));
        int w = wh.value(0).toInt(), h = wh.value(1).toInt();
        window.resize(w > 200 ? w : 1600, h > 200 ? h : 1000);
        window.setWindowState(Qt::WindowNoState);
        clock.start();
    }
    window.show();
    if (line.has("apply") && !startWorkbenchRun(&window, line, !screenshot && !line.has("run"))) return 2;
    if (line.has("run")) startModelRun(&window, line);
    for (const QString& p : paths) window.openPath(p);
    if (diff) {
        if (paths.isEmpty())  // a window just for the diff: the editing, running and signature docks have nothing to show
            for (const char* name : {"workbenchDock", "runDock", "signaturesDock", "tensorsDock", "stepResultsDock"})
                if (auto* dock = window.findChild<QDockWidget*>(QString::fromLatin1(name))) dock->hide();
        if (line.has("side-by-side"))
            QObject::connect(&window, &views::MainWindow::diffOpened, &window,
                             [](views::DiffPage* page) { page->setMode(views::DiffPage::Mode::SideBySide); });
        window.openDiffPaths(QString::fromStdString(diffPaths[0]), QString::fromStdString(diffPaths[1]));
    }
    if (screenshot) QTimer::singleShot(100, &window, [&] { pollScreenshot(&window, &job, &clock); });
    return app.exec();
}

}  // namespace tfs::app
