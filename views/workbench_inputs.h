#pragma once
// What the workbench measures on: a small dialog (seed, random samples, timed
// runs, and per input a shape for unknown dimensions or a file: .npy, .npz,
// a WAV for a string input, an image), and image files turned into tensors.

#include <QDialog>
#include <QString>
#include <vector>

#include "core/compare/io_plan.h"
#include "core/util/status.h"
#include "views/workbench.h"

class QLabel;
class QLineEdit;
class QSpinBox;

namespace tfs::views {

/// True for file names Qt can decode as pictures (.png, .jpg, .jpeg, .bmp, .gif).
bool isImageFile(const QString& path);

/// Decodes an image for an input slot: [1,H,W,C] resized to the slot's known H and W, C from the
/// slot (1 = grey, 3 = RGB, 4 = RGBA; 3 when unknown), float32 pixels 0..255 or uint8 as the slot
/// asks. Written once as .npy under `cacheDir` (named by the image, its time stamp and the shape);
/// returns that path. Errors name the image.
Result<QString> imageInputAsNpy(const QString& imagePath, const compare::InputSlot& slot, const QString& cacheDir);

/// The inputs of the original that random samples need dimensions for: unknown dimensions other
/// than the first (the batch, which defaults to 1), or an unknown rank. Shapes and files in `in` count as given.
std::vector<compare::InputSlot> inputsNeedingShapes(const std::vector<compare::InputSlot>& modelInputs, const MeasureInputs& in);

class MeasureInputsDialog : public QDialog {
    Q_OBJECT
public:
    /// `modelInputs`: the model's inputs; `current`: what is used now (prefills the fields).
    MeasureInputsDialog(const std::vector<compare::InputSlot>& modelInputs, const MeasureInputs& current, QWidget* parent = nullptr);

    /// What the fields say (valid after accept()).
    MeasureInputs inputs() const { return result_; }
    /// The shape and file fields of input `i` (tests).
    QLineEdit* shapeField(int i) const { return rows_[size_t(i)].shape; }
    QLineEdit* fileField(int i) const { return rows_[size_t(i)].file; }
    QLineEdit* folderField() const { return folder_; }

public slots:
    /// Checks the fields; stays open with a message when one is invalid.
    void accept() override;

private:
    struct Row {
        compare::InputSlot slot;
        QLineEdit* shape;
        QLineEdit* file;
    };
    std::vector<Row> rows_;
    QSpinBox* seed_;
    QSpinBox* samples_;
    QSpinBox* runs_;
    QLineEdit* folder_;
    QLabel* message_;
    MeasureInputs result_;
    MeasureInputs base_;
};

}  // namespace tfs::views
