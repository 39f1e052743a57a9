#include "views/tensor_diff_viewer.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/diff/value_difference.h"
#include "views/tensor_viewer.h"

namespace tfs::views {

TensorDiffViewer::TensorDiffViewer(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Compare Values"));
    title_ = new QLabel(this);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tabs_ = new QTabWidget(this);
    a_ = embed(QStringLiteral("A"));
    b_ = embed(QStringLiteral("B"));
    delta_ = embed(tr("B − A"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(tabs_, 1);
    resize(900, 620);
}

TensorViewer* TensorDiffViewer::embed(const QString& title) {
    auto* viewer = new TensorViewer(tabs_);
    viewer->setWindowFlags(Qt::Widget);  // a page of this dialog, not a window of its own
    tabs_->addTab(viewer, title);
    return viewer;
}

void TensorDiffViewer::load(const QString& name, const QString& titleA, const QString& titleB, Reader a, Reader b) {
    title_->setText(tr("<b>%1</b><br>A: %2<br>B: %3").arg(name.toHtmlEscaped(), titleA.toHtmlEscaped(), titleB.toHtmlEscaped()));
    auto missing = [](const char* side) {
        return [side](const WorkContext&) -> Result<Tensor> { return notFound(TFS_PHRASE("Errors", "%1 has no value here"),
                                                                              side); };
    };
    a_->load(name + QStringLiteral(" (A)"), a ? a : Reader(missing("A")));
    b_->load(name + QStringLiteral(" (B)"), b ? b : Reader(missing("B")));
    if (a && b) {
        delta_->load(name + QStringLiteral(" (B − A)"), [a, b](const WorkContext& work) -> Result<Tensor> {
            auto va = a(work);
            if (!va.ok()) return va.status();
            auto vb = b(work);
            if (!vb.ok()) return vb.status();
            return diff::valueDifference(*va, *vb, work);
        });
        tabs_->setCurrentWidget(delta_);
    } else {
        tabs_->setTabEnabled(2, false);
    }
}

bool TensorDiffViewer::isBusy() const { return a_->isBusy() || b_->isBusy() || delta_->isBusy(); }

}  // namespace tfs::views
