// The main window's part of running models: the Run dock, its menu and shortcut,
// and going from a row of a time table to the node in the graph.
#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QStatusBar>

#include "views/graph_page.h"
#include "views/main_window.h"
#include "views/run_panel.h"
#include "views/run_session.h"

namespace tfs::views {

void MainWindow::createRunPanel() {
    runPanel_ = new RunPanel(this);
    runDock_ = addPanelDock(tr("Run"), QStringLiteral("runDock"), runPanel_, Qt::BottomDockWidgetArea, true);
    connect(runPanel_, &RunPanel::statusMessage, this, [this](const QString& m) { statusBar()->showMessage(m, 6000); });
    connect(runPanel_, &RunPanel::nodeRequested, this, &MainWindow::showNodeOfRun);
    connect(runPanel_, &RunPanel::timesChanged, this, [this] {
        if (marks_ == GraphMarks::RunTime) refreshMarks();
    });
}

QMenu* MainWindow::createRunActions() {
    QMenu* menu = menuBar()->addMenu(tr("&Run"));
    QAction* run = menu->addAction(tr("&Run Model"), this, [this] { runCurrent(); });
    run->setShortcut(QKeySequence(tr("Ctrl+R")));
    run->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    run->setToolTip(tr("Run the model as it is now and time every node"));
    menu->addAction(tr("&Cancel Run"), this, [this] {
        if (RunSession* s = runSessionOf(currentPage())) s->cancel();
    });
    menu->addSeparator();
    menu->addAction(runDock_->toggleViewAction());
    return menu;
}

RunSession* MainWindow::runSessionOf(GraphPage* p) const {
    return p ? p->findChild<RunSession*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

bool MainWindow::runCurrent() {
    runDock_->show();
    runDock_->raise();
    if (runDock_->height() < 240) resizeDocks({runDock_}, {280}, Qt::Vertical);
    return runPanel_->run();
}

void MainWindow::showNodeOfRun(const QString& node, const QString& function) {
    GraphPage* p = currentPage();
    if (!p) return;
    const std::string key = function.toStdString();
    if ((!p->currentGraph() || p->currentGraph()->key != key) && !p->showGraph(key, true)) {
        statusBar()->showMessage(tr("No graph %1 to show").arg(function), 4000);
        return;
    }
    if (!p->selectNodeByName(node.toStdString())) statusBar()->showMessage(tr("No node named %1 in this graph").arg(node), 4000);
}

}  // namespace tfs::views
