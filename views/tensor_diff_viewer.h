#pragma once
// Values of a changed constant or variable in both models: tabs A, B and B − A, each the
// ordinary tensor viewer (table, statistics, histogram), read in the background.

#include <QDialog>
#include <functional>

#include "core/model/tensor.h"
#include "core/util/progress.h"
#include "core/util/status.h"

class QLabel;
class QTabWidget;

namespace tfs::views {

class TensorViewer;

class TensorDiffViewer : public QDialog {
    Q_OBJECT
public:
    using Reader = std::function<Result<Tensor>(const WorkContext&)>;
    explicit TensorDiffViewer(QWidget* parent = nullptr);

    /// Reads both values (a null reader = that side has none) and shows A, B and B − A.
    void load(const QString& name, const QString& titleA, const QString& titleB, Reader a, Reader b);
    TensorViewer* viewerA() const { return a_; }
    TensorViewer* viewerB() const { return b_; }
    TensorViewer* viewerDelta() const { return delta_; }
    QTabWidget* tabs() const { return tabs_; }
    /// True while any tab reads or summarises.
    bool isBusy() const;

private:
    TensorViewer* embed(const QString& title);
    QLabel* title_;
    QTabWidget* tabs_;
    TensorViewer* a_;
    TensorViewer* b_;
    TensorViewer* delta_;
};

}  // namespace tfs::views
