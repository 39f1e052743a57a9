#include "app/gui_main.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QPainter>
#include <QPointer>
#include <QStyleFactory>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "views/graph_page.h"
#include "views/graph_scene.h"
#include "views/main_window.h"
#include "views/panels.h"
#include "views/tensor_viewer.h"

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

// Saves the window once loading and layout are done; exits with 0 on success.
void pollScreenshot(views::MainWindow* window, ScreenshotJob* job, QElapsedTimer* clock) {
    if (clock->elapsed() > 300000) {
        std::fprintf(stderr, "tfscope: --screenshot timed out after 300 s\n");
        QApplication::exit(3);
        return;
    }
    if (!window->lastError().isEmpty()) {
        std::fprintf(stderr, "tfscope: %s\n", qPrintable(window->lastError()));
        QApplication::exit(1);
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
        if (job->viewer) {  // the viewer is its own window: draw it over the main window, centred like a dialog
            QPixmap dialog = job->viewer->grab();
            QPainter p(&shot);
            const QSizeF logical = QSizeF(shot.size()) / shot.devicePixelRatio();
            const QSizeF d = QSizeF(dialog.size()) / dialog.devicePixelRatio();
            const QRectF target(QPointF((logical.width() - d.width()) / 2, (logical.height() - d.height()) / 2), d);
            p.fillRect(target.adjusted(-1, -1, 1, 1), window->palette().color(QPalette::Mid));
            p.drawPixmap(target, dialog, QRectF(dialog.rect()));
        }
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

}  // namespace

int runGui(int argc, char** argv) {
    // --scale-factor must act before QApplication exists (Qt reads QT_SCALE_FACTOR at start-up).
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        std::string value;
        if (arg == "--scale-factor" && i + 1 < argc) value = argv[i + 1];
        else if (arg.rfind("--scale-factor=", 0) == 0) value = arg.substr(15);
        else continue;
        double f = std::atof(value.c_str());
        if (f >= 0.5 && f <= 4) qputenv("QT_SCALE_FACTOR", QByteArray::fromStdString(value));
        else std::fprintf(stderr, "tfscope: --scale-factor takes 0.5 … 4 (got %s)\n", value.c_str());
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tfscope"));
    QApplication::setOrganizationName(QStringLiteral("tfscope"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // The user's language (translations/tfscope_<lang>.ts, embedded as :/i18n/*.qm); English plural forms otherwise.
    if (appTranslator.load(QLocale(), QStringLiteral("tfscope"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        appTranslator.load(QStringLiteral("tfscope_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Inspect TensorFlow models. Headless: tfscope --batch COMMAND ..."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Open PATH, wait for the layout, save the window to FILE and exit."),
                                  QStringLiteral("FILE"));
    QCommandLineOption select(QStringLiteral("select"), QApplication::translate("main", "Select this node (with --screenshot)."),
                              QStringLiteral("NODE"));
    QCommandLineOption expand(QStringLiteral("expand"), QApplication::translate("main", "'all' expands every scope (with --screenshot)."),
                              QStringLiteral("MODE"));
    QCommandLineOption find(QStringLiteral("find"), QApplication::translate("main", "Search for TEXT (with --screenshot)."),
                            QStringLiteral("TEXT"));
    QCommandLineOption function(QStringLiteral("function"), QApplication::translate("main", "Show this library function (with --screenshot)."),
                                QStringLiteral("NAME"));
    QCommandLineOption dark(QStringLiteral("dark"), QApplication::translate("main", "Use the dark palette."));
    QCommandLineOption light(QStringLiteral("light"), QApplication::translate("main", "Use the light palette."));
    QCommandLineOption size(QStringLiteral("size"), QApplication::translate("main", "Window size WxH (with --screenshot)."),
                            QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    QCommandLineOption scaleFactor(QStringLiteral("scale-factor"),
                                   QApplication::translate("main", "Scale the whole interface, e.g. 2 for 200% (sets QT_SCALE_FACTOR)."),
                                   QStringLiteral("F"));
    QCommandLineOption tensor(QStringLiteral("tensor"),
                              QApplication::translate("main", "Open the tensor viewer on this constant or variable (with --screenshot)."),
                              QStringLiteral("NAME"));
    parser.addOptions({screenshot, select, expand, find, function, dark, light, size, scaleFactor, tensor});
    parser.addPositionalArgument(QStringLiteral("paths"), QApplication::translate("main", "Model files or folders to open."),
                                 QStringLiteral("[PATH...]"));
    parser.process(app);

    views::MainWindow window;
    if (parser.isSet(dark)) window.setAppearance(2);
    if (parser.isSet(light)) window.setAppearance(1);
    QStringList paths = parser.positionalArguments();
    // Started without a model: open the built-in example so there is something to explore.
    if (paths.isEmpty()) {
        const QString example = exampleModelPath();
        if (!example.isEmpty()) paths << example;
    }

    ScreenshotJob job;
    QElapsedTimer clock;
    if (parser.isSet(screenshot)) {
        if (paths.isEmpty()) {
            std::fprintf(stderr, "tfscope: --screenshot needs a model path\n");
            return 2;
        }
        job.out = parser.value(screenshot);
        job.select = parser.value(select);
        job.expand = parser.value(expand);
        job.find = parser.value(find);
        job.function = parser.value(function);
        job.tensor = parser.value(tensor);
        window.setInteractiveErrors(false);
        QStringList wh = parser.value(size).split(QLatin1Char('x'));
        int w = wh.value(0).toInt(), h = wh.value(1).toInt();
        window.resize(w > 200 ? w : 1600, h > 200 ? h : 1000);
        window.setWindowState(Qt::WindowNoState);
        clock.start();
    }
    window.show();
    for (const QString& p : paths) window.openPath(p);
    if (parser.isSet(screenshot)) QTimer::singleShot(100, &window, [&] { pollScreenshot(&window, &job, &clock); });
    return app.exec();
}

}  // namespace tfs::app
