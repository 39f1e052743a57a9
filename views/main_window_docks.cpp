// The main window's docks: every panel sits in one, form-like panels inside a scroll area.
#include <QDockWidget>
#include <QScrollArea>

#include "views/main_window.h"

namespace tfs::views {

QDockWidget* MainWindow::addPanelDock(const QString& title, const QString& name, QWidget* panel, Qt::DockWidgetArea area,
                                      bool scrollable) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    if (scrollable) {
        // The panel keeps its natural size and scrolls when the dock is smaller, instead of forcing
        // the window to be at least as large as every panel's form.
        auto* scroll = new QScrollArea(dock);
        scroll->setObjectName(name + QStringLiteral("Scroll"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(panel);
        dock->setWidget(scroll);
    } else {
        dock->setWidget(panel);
    }
    addDockWidget(area, dock);
    return dock;
}

}  // namespace tfs::views
