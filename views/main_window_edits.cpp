// The main window's side of editing: tab titles with unsaved edits, asking
// before Close, Reload and Quit drop them, and Save As in every written format.

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

#include "core/formats/write_as.h"
#include "core/formats/writers.h"
#include "views/core_text.h"
#include "views/graph_page.h"
#include "views/graph_view.h"
#include "views/job_tracker.h"
#include "views/main_window.h"
#include "views/run_session.h"
#include "views/workbench.h"
#include "views/workbench_panel.h"

namespace tfs::views {
namespace {

struct SaveKind {
    const char* kind;
    const char* filter;  // translated in saveCurrentAs
    const char* suffix;
};

// What Save As offers, in the order of core's writableKinds (checkpoints are written by slim_checkpoint instead).
const SaveKind kSaveKinds[] = {
    {"graphdef", QT_TRANSLATE_NOOP("tfs::views::MainWindow", "Binary GraphDef (*.pb)"), ".pb"},
    {"graphdef_text", QT_TRANSLATE_NOOP("tfs::views::MainWindow", "Text GraphDef (*.pbtxt)"), ".pbtxt"},
    {"metagraph", QT_TRANSLATE_NOOP("tfs::views::MainWindow", "MetaGraphDef (*.meta)"), ".meta"},
    {"saved_model", QT_TRANSLATE_NOOP("tfs::views::MainWindow", "SavedModel folder (*)"), ""},
    {"memmapped", QT_TRANSLATE_NOOP("tfs::views::MainWindow", "Memmapped package (*.pb)"), ".pb"},
};

}  // namespace

void MainWindow::setInteractiveErrors(bool on) {
    interactiveErrors_ = on;
    workbenchPanel_->setInteractive(on);  // no dialogs of its own either (tests, screenshots)
}

bool MainWindow::confirmDiscard(GraphPage* page, const QString& action) {
    if (!page || !page->document().isModified()) return true;
    tabs_->setCurrentWidget(page);
    const QString title = tr("Unsaved edits");
    const QString text = tr("%1 has unsaved edits (%n step(s)). %2 drops them.", nullptr,
                            page->document().undoStack()->index())
                             .arg(page->document().displayName(), action);
    QMessageBox::StandardButton answer;
    if (discardPrompt_) {
        answer = discardPrompt_(title, text);
    } else {
        answer = QMessageBox::warning(this, title, text, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                      QMessageBox::Cancel);
    }
    if (answer == QMessageBox::Discard) return true;
    if (answer == QMessageBox::Save) return saveCurrentAs();
    return false;
}

bool MainWindow::closePage(GraphPage* p) {
    const int index = tabs_->indexOf(p);
    if (index < 0) return true;
    if (!confirmDiscard(p, tr("Closing"))) return false;
    watcher_->removePath(p->document().filePath());
    undoGroup_->removeStack(p->document().undoStack());
    tabs_->removeTab(tabs_->indexOf(p));
    p->deleteLater();
    onCurrentTabChanged();
    return true;
}

void MainWindow::closeTab(int index) {
    if (auto* p = page(index)) {
        closePage(p);
    } else if (QWidget* w = tabs_->widget(index)) {  // a diff tab: read-only, nothing to ask
        tabs_->removeTab(index);
        w->deleteLater();
        onCurrentTabChanged();
    }
}

void MainWindow::reloadPage(GraphPage* p) {
    const QString path = p->document().filePath();
    if (!confirmDiscard(p, tr("Reloading"))) return;
    p->document().markSaved();  // the user chose to drop the edits: do not ask again when the tab closes
    closePage(p);
    openPath(path);
}

void MainWindow::onFileChanged(const QString& path) {
    for (int i = 0; i < pageCount(); ++i) {
        GraphPage* p = page(i);
        if (!p || p->document().filePath() != path) continue;
        if (!interactiveErrors_) return;
        QString question = tr("%1 was changed by another program. Reload it?").arg(QFileInfo(path).fileName());
        if (p->document().isModified()) question += QLatin1Char(' ') + tr("You will be asked about your unsaved edits first.");
        auto answer = QMessageBox::question(this, tr("Model changed on disk"), question);
        if (answer == QMessageBox::Yes) reloadPage(p);
        return;
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    for (int i = 0; i < pageCount(); ++i)
        if (!confirmDiscard(page(i), tr("Quitting"))) {
            event->ignore();
            return;
        }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    jobs_->cancelAll();
    event->accept();
}

void MainWindow::updateTabTitle(GraphPage* p) {
    const int index = tabs_->indexOf(p);
    if (index < 0) return;
    const bool modified = p->document().isModified();
    tabs_->setTabText(index, modified ? p->document().displayName() + QStringLiteral(" *") : p->document().displayName());
    if (p == currentPage()) setWindowModified(modified);
}

void MainWindow::onPageOpened(GraphPage* p) {
    auto* workbench = new Workbench(p->documentPtr(), p);
    installMarks(p);
    // After a step the reader wants its numbers: bring the results to the front.
    connect(workbench, &Workbench::stepApplied, this, [this, p] {
        if (p != currentPage()) return;
        resultsDock_->show();
        resultsDock_->raise();
    });
    auto* session = new RunSession(p->documentPtr(), p);
    connect(session, &RunSession::runningChanged, this, &MainWindow::updateBusy);
    // Their walks of the whole graph (inputs, outputs) wait until the first picture is on screen.
    auto findEndpoints = [workbench, session] {
        workbench->findEndpoints();
        session->findIo();
    };
    if (p->isBusy())
        connect(p, &GraphPage::layoutFinished, workbench, [p, workbench, findEndpoints] {
            connect(p->view(), &GraphView::painted, workbench, findEndpoints, Qt::SingleShotConnection);
            p->view()->viewport()->update();  // painted even when the window is hidden behind another
        }, Qt::SingleShotConnection);
    else findEndpoints();
    undoGroup_->addStack(p->document().undoStack());
    connect(&p->document(), &ModelDocument::modifiedChanged, p, [this, p] { updateTabTitle(p); });
    connect(&p->document(), &ModelDocument::modelReplaced, p, [this, p] {
        if (p == currentPage()) onCurrentTabChanged();
    });
}

bool MainWindow::saveCurrentAs() {
    GraphPage* p = currentDiffPage() ? nullptr : currentPage();  // a diff tab's pictures are not models to save
    if (!p) return false;
    const Model& model = p->document().model();
    QStringList filters;
    for (const SaveKind& k : kSaveKinds) filters << tr(k.filter);
    QSettings settings;
    const QString source = p->document().filePath();
    const QString base = QFileInfo(source).completeBaseName() + QStringLiteral("_edited");
    QString selected = filters[model.format == ModelFormat::SavedModel ? 3 : 0];
    QString dir = settings.value(QStringLiteral("paths/saveDir"), QFileInfo(source).absolutePath()).toString();
    QString path = QFileDialog::getSaveFileName(this, tr("Save Model As"), dir + QLatin1Char('/') + base, filters.join(QStringLiteral(";;")),
                                                &selected, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) return false;
    const int which = std::max(0, int(filters.indexOf(selected)));
    const SaveKind& kind = kSaveKinds[which];
    if (QFileInfo(path).suffix().isEmpty() && *kind.suffix) path += QLatin1String(kind.suffix);
    settings.setValue(QStringLiteral("paths/saveDir"), QFileInfo(path).absolutePath());
    QString error;
    bool ok = saveDocumentAs(p, path, QString::fromLatin1(kind.kind), &error);
    if (!ok && !error.isEmpty()) QMessageBox::warning(this, tr("Save failed"), error);
    return ok;
}

bool MainWindow::saveDocumentAs(GraphPage* p, const QString& path, const QString& kind, QString* error) {
    const Model& model = p->document().model();
    std::vector<std::string> inputs = inputFilesOf(model);
    for (const auto& f : inputFilesOf(*p->document().originalModel())) inputs.push_back(f);
    const QString target = QFileInfo(path).absoluteFilePath();
    bool overwritesInput = false;
    for (const auto& f : inputs)
        if (QFileInfo(QString::fromStdString(f)).absoluteFilePath() == target) overwritesInput = true;
    if (overwritesInput) {
        const QString text = tr("%1 is the file this model was opened from. Replace it with the edited model?")
                                 .arg(QFileInfo(target).fileName());
        QMessageBox::StandardButton answer =
            discardPrompt_ ? discardPrompt_(tr("Overwrite the input file?"), text)
                           : QMessageBox::warning(this, tr("Overwrite the input file?"), text,
                                                  QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save) return false;
        inputs.clear();  // explicitly confirmed: the writer replaces it atomically
    } else if (QFileInfo::exists(target) && !discardPrompt_) {
        if (QMessageBox::question(this, tr("Replace file?"), tr("%1 exists. Replace it?").arg(QFileInfo(target).fileName())) !=
            QMessageBox::Yes)
            return false;
    }
    std::string report;
    Status status = writeModelAs(model, target.toStdString(), kind.toStdString(), inputs, &report);
    if (!status.ok()) {
        if (error) *error = tr("Could not save %1: %2").arg(QFileInfo(target).fileName(), statusText(status));
        return false;
    }
    p->document().markSaved();
    statusBar()->showMessage(tr("Saved %1").arg(target), 6000);
    return true;
}

}  // namespace tfs::views
