// The main window's graph marks: what each model tab's picture marks (nothing, what the shown
// workbench step changed, or each node's time in the last run), chosen in View ▸ Graph Marks
// and Run ▸ Colour Nodes by Time, and given to every picture as its overlay source.
#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QSettings>
#include <algorithm>

#include "views/graph_page.h"
#include "views/graph_scene.h"
#include "views/main_window.h"
#include "views/run_overlay.h"
#include "views/run_session.h"
#include "views/step_marks.h"
#include "views/theme.h"

namespace tfs::views {
namespace {

// The last overlay made for a picture: layouts after expanding or collapsing a scope reuse it.
struct MarksCache {
    std::shared_ptr<const void> owner;  // the revision or run result it was made from (kept alive: never a reused address)
    std::string key;
    bool dark = false;
    std::shared_ptr<const GraphOverlay> overlay;
};

}  // namespace

void MainWindow::createMarksActions(QMenu* view, QMenu* run) {
    QMenu* menu = view->addMenu(tr("Graph &Marks"));
    auto* group = new QActionGroup(this);
    const QString titles[] = {tr("&None"), tr("What the &Step Changed"), tr("Node &Time of the Last Run")};
    const QString tips[] = {
        tr("Draw the graph without marks"),
        tr("Mark the nodes the shown workbench step added, changed or renamed; collapsed scopes count what changed "
           "inside, removed nodes too"),
        tr("Fill each node with its time in the last run (yellow to dark red, the ten slowest numbered); collapsed "
           "scopes show their summed time")};
    marks_ = GraphMarks(std::clamp(QSettings().value(QStringLiteral("view/graphMarks"), int(GraphMarks::StepChanges)).toInt(), 0, 2));
    for (int i = 0; i < 3; ++i) {
        QAction* a = menu->addAction(titles[i]);
        a->setCheckable(true);
        a->setToolTip(tips[i]);
        a->setChecked(int(marks_) == i);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, i] { setGraphMarks(GraphMarks(i)); });
        marksActions_ << a;
    }
    // The Run menu's switch for the same choice: on = run time, off = back to the step's changes.
    QAction* byTime = run->addAction(tr("Colour Nodes by &Time"));
    byTime->setObjectName(QStringLiteral("colourByTime"));
    byTime->setCheckable(true);
    byTime->setChecked(marks_ == GraphMarks::RunTime);
    byTime->setToolTip(tips[2]);
    connect(byTime, &QAction::triggered, this,
            [this](bool on) { setGraphMarks(on ? GraphMarks::RunTime : GraphMarks::StepChanges); });
    connect(marksActions_[int(GraphMarks::RunTime)], &QAction::toggled, byTime, &QAction::setChecked);
}

void MainWindow::setGraphMarks(GraphMarks marks, bool remember) {
    marks_ = marks;
    if (remember) QSettings().setValue(QStringLiteral("view/graphMarks"), int(marks));
    if (int(marks) < marksActions_.size()) marksActions_[int(marks)]->setChecked(true);
    refreshMarks();
}

void MainWindow::refreshMarks() {
    for (int i = 0; i < pageCount(); ++i)
        if (GraphPage* p = page(i)) installMarks(p);
}

void MainWindow::installMarks(GraphPage* p) {
    if (marks_ == GraphMarks::None) {
        p->scene()->setOverlaySource(nullptr);
        return;
    }
    auto cache = std::make_shared<MarksCache>();
    const GraphMarks marks = marks_;
    p->scene()->setOverlaySource([this, p, marks, cache](const GraphData& g) -> std::shared_ptr<const GraphOverlay> {
        const bool dark = isDarkPalette();
        auto cached = [&](const std::shared_ptr<const void>& owner) {
            return cache->overlay && cache->owner == owner && cache->key == g.key && cache->dark == dark;
        };
        auto keep = [&](std::shared_ptr<const void> owner, std::shared_ptr<const GraphOverlay> overlay) {
            *cache = MarksCache{std::move(owner), g.key, dark, std::move(overlay)};
        };
        if (marks == GraphMarks::StepChanges) {
            const auto pipeline = p->document().pipeline();
            if (pipeline.size() < 2) return nullptr;  // the original: nothing to mark
            if (!cached(pipeline.back()))
                keep(pipeline.back(), stepOverlay(*pipeline.back(), pipeline[pipeline.size() - 2].get(), g, dark));
        } else {
            RunSession* session = runSessionOf(p);
            auto result = session && session->resultIsCurrent() ? session->result() : nullptr;
            if (!result || !result->error.isEmpty() || result->profile.empty()) {  // no times for this revision
                auto hint = std::make_shared<GraphOverlay>();
                hint->fadeUnmarked = false;
                hint->legend = tr("No node times for the model as shown: Run ▸ Run Model (Ctrl+R) colours the nodes by their time");
                return hint;
            }
            if (!cached(result)) keep(result, timeOverlay(g, result->profile));
        }
        return cache->overlay;
    });
}

}  // namespace tfs::views
