#pragma once
// Asks for the shapes of a graph's inputs (a batch size for all of them, or dims per input) so
// shapes can be inferred again with them: `[?,?,?,3]` becomes `[1,224,224,3]` downstream.

#include <QDialog>
#include <vector>

#include "core/layout/graph_shapes.h"

class QLineEdit;
class QLabel;
class QSpinBox;

namespace tfs::views {

class InputShapesDialog : public QDialog {
    Q_OBJECT
public:
    /// `inputs` as inferred now; `user` are the shapes the user set before (shown and kept).
    InputShapesDialog(std::vector<layout::ShapeableInput> inputs, layout::InputShapes user, QWidget* parent = nullptr);

    /// The shapes to infer with: every input whose text differs from what was inferred, or was set before.
    layout::InputShapes shapes() const { return result_; }
    /// Test hooks: the field of input `i`, the batch spin box.
    QLineEdit* field(int i) const { return fields_[size_t(i)]; }
    QSpinBox* batchBox() const { return batch_; }

    void accept() override;

public slots:
    /// Sets the batch dim from the batch box (the "Apply to All Inputs" button).
    void applyBatch();

private:

    std::vector<layout::ShapeableInput> inputs_;
    layout::InputShapes user_;
    layout::InputShapes result_;
    std::vector<QLineEdit*> fields_;
    QSpinBox* batch_ = nullptr;
    QLabel* error_ = nullptr;
};

/// "?,224,224,3" (what the fields show; "" for a scalar, "*" for unknown rank).
QString shapeFieldText(const PartialShape& shape);

}  // namespace tfs::views
