#include "views/workbench_inputs.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/compare/compare_cli.h"
#include "core/compare/input_set.h"
#include "core/model/dtype.h"
#include "core/model/graph_index.h"
#include "core/util/npy.h"
#include "views/core_text.h"

namespace tfs::views {
namespace {

// The slot an --input NAME refers to ("x", "x:0" or the signature key), or -1.
int slotOf(const std::vector<compare::InputSlot>& modelInputs, const QString& name) {
    return compare::findSlot(modelInputs, name.toStdString());
}

QString shapeText(const PartialShape& shape) { return QString::fromStdString(shape.toString()); }

}  // namespace

bool isImageFile(const QString& path) {
    static const QStringList suffixes = {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                         QStringLiteral("bmp"), QStringLiteral("gif")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

Result<QString> imageInputAsNpy(const QString& imagePath, const compare::InputSlot& slot, const QString& cacheDir) {
    const std::string name = imagePath.toStdString();
    QImageReader reader(imagePath);
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > (qint64(1) << 26))
        return invalidArgument(TFS_PHRASE("Errors", "%1: the image is too large to feed (%2x%3 pixels)"),
                               name, size.width(), size.height());
    QImage image = reader.read();
    if (image.isNull()) return invalidArgument(TFS_PHRASE("Errors", "%1: not an image Qt can read (%2)"),
                                               name, reader.errorString().toStdString());
    const Dims& dims = slot.shape.dims;
    if (slot.shape.knownRank && dims.size() != 4)
        return invalidArgument(TFS_PHRASE("Errors", "%1: input '%2' has shape %3; an image feeds a [batch,height,width,channels] input"),
                               name, slot.name, slot.shape.toString());
    if (slot.dtype != tensorflow::DT_FLOAT && slot.dtype != tensorflow::DT_UINT8)
        return invalidArgument(TFS_PHRASE("Errors", "%1: input '%2' takes %3; images feed float32 or uint8 inputs"),
                               name, slot.name, dtypeShortName(slot.dtype));
    const int height = slot.shape.knownRank && dims[1] > 0 ? int(dims[1]) : image.height();
    const int width = slot.shape.knownRank && dims[2] > 0 ? int(dims[2]) : image.width();
    const int channels = slot.shape.knownRank && dims[3] > 0 ? int(dims[3]) : 3;
    if (channels != 1 && channels != 3 && channels != 4)
        return invalidArgument(TFS_PHRASE("Errors", "%1: input '%2' has %3 channels; images give 1, 3 or 4"),
                               name, slot.name, channels);
    if (height > 16384 || width > 16384) return invalidArgument(TFS_PHRASE("Errors", "%1: the input's height or width is too large"),
                                                                name);

    const QString stamp = QFileInfo(imagePath).absoluteFilePath() + QString::number(QFileInfo(imagePath).lastModified().toMSecsSinceEpoch()) +
                          QStringLiteral("|%1x%2x%3|%4").arg(height).arg(width).arg(channels).arg(int(slot.dtype));
    const QString out = cacheDir + QLatin1Char('/') +
                        QString::fromLatin1(QCryptographicHash::hash(stamp.toUtf8(), QCryptographicHash::Sha1).toHex().left(20)) +
                        QStringLiteral(".npy");
    if (QFileInfo::exists(out)) return out;
    if (!QDir().mkpath(cacheDir)) return invalidArgument(TFS_PHRASE("Errors", "%1: cannot create the folder for converted images"),
                                                         cacheDir.toStdString());

    if (image.size() != QSize(width, height)) image = image.scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    image = image.convertToFormat(channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGBA8888);
    TFS_ASSIGN_OR_RETURN(Tensor t, Tensor::make(slot.dtype, {1, height, width, channels}));
    int64_t i = 0;
    for (int y = 0; y < height; ++y) {
        const uchar* line = image.constScanLine(y);
        for (int x = 0; x < width; ++x)
            for (int c = 0; c < channels; ++c, ++i) {
                const uchar v = channels == 1 ? line[x] : line[4 * x + c];
                if (slot.dtype == tensorflow::DT_UINT8) t.data<uint8_t>()[i] = v;
                else t.data<float>()[i] = float(v);
            }
    }
    TFS_RETURN_IF_ERROR(writeNpy(out.toStdString(), t));
    return out;
}

std::vector<compare::InputSlot> inputsNeedingShapes(const std::vector<compare::InputSlot>& modelInputs, const MeasureInputs& in) {
    std::vector<compare::InputSlot> out;
    for (const auto& slot : modelInputs) {
        bool given = false;
        for (const auto& [name, dims] : in.shapes) given = given || slotOf({slot}, name) == 0;
        for (const QString& input : in.inputs) {
            const int eq = input.indexOf(QLatin1Char('='));
            given = given || (eq > 0 && slotOf({slot}, input.left(eq)) == 0);
        }
        if (given) continue;
        bool unknown = !slot.shape.knownRank;
        for (size_t d = 1; d < slot.shape.dims.size(); ++d) unknown = unknown || slot.shape.dims[d] < 0;
        if (unknown) out.push_back(slot);
    }
    return out;
}

MeasureInputsDialog::MeasureInputsDialog(const std::vector<compare::InputSlot>& modelInputs, const MeasureInputs& current,
                                         QWidget* parent)
    : QDialog(parent), base_(current) {
    setWindowTitle(tr("Measurement Inputs"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Random values are seeded; an unknown first (batch) dimension is 1. "
                                "Give a shape where other dimensions are unknown, or a file: .npy, .npz, "
                                "a WAV for a string input, or an image."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    seed_ = new QSpinBox(this);
    seed_->setRange(0, 2147483647);
    seed_->setValue(int(std::min<uint64_t>(current.seed, 2147483647u)));
    samples_ = new QSpinBox(this);
    samples_->setRange(1, 64);
    samples_->setValue(std::max(1, current.samples));
    runs_ = new QSpinBox(this);
    runs_->setRange(1, 1000);
    runs_->setValue(current.runs);
    form->addRow(tr("&Seed:"), seed_);
    form->addRow(tr("Random &samples:"), samples_);
    form->addRow(tr("Timed &runs:"), runs_);

    const auto needing = inputsNeedingShapes(modelInputs, MeasureInputs{});
    for (const auto& slot : modelInputs) {
        Row row{slot, new QLineEdit(this), new QLineEdit(this)};
        bool needs = false;
        for (const auto& n : needing) needs = needs || n.tensorA == slot.tensorA;
        row.shape->setPlaceholderText(needs ? tr("required, e.g. %1").arg(shapeText(slot.shape).replace(QLatin1Char('?'), QStringLiteral("1")))
                                            : shapeText(slot.shape));
        for (const auto& [name, dims] : current.shapes)
            if (slotOf({slot}, name) == 0) row.shape->setText(dims);
        row.file->setPlaceholderText(tr("random"));
        for (const QString& input : current.inputs) {
            const int eq = input.indexOf(QLatin1Char('='));
            if (eq > 0 && slotOf({slot}, input.left(eq)) == 0) row.file->setText(input.mid(eq + 1));
        }
        auto* browse = new QPushButton(tr("File…"), this);
        QLineEdit* file = row.file;
        connect(browse, &QPushButton::clicked, this, [this, file] {
            const QString path = QFileDialog::getOpenFileName(
                this, tr("Input File"), QFileInfo(file->text()).absolutePath(),
                tr("Inputs (*.npy *.npz *.wav *.png *.jpg *.jpeg *.bmp);;All files (*)"));
            if (!path.isEmpty()) file->setText(path);
        });
        auto* line = new QHBoxLayout;
        line->addWidget(new QLabel(tr("shape"), this));
        line->addWidget(row.shape, 1);
        line->addWidget(row.file, 2);
        line->addWidget(browse);
        const QString label = QStringLiteral("%1 (%2 %3)")
                                  .arg(QString::fromStdString(slot.name), QString::fromStdString(dtypeShortName(slot.dtype)),
                                       shapeText(slot.shape));
        form->addRow(label, line);
        rows_.push_back(row);
    }
    folder_ = new QLineEdit(current.folder, this);
    folder_->setPlaceholderText(tr("a folder of .npz samples or reference cases (optional)"));
    form->addRow(tr("&Folder:"), folder_);
    layout->addLayout(form);
    message_ = new QLabel(this);
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: #c0392b"));
    layout->addWidget(message_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeasureInputsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void MeasureInputsDialog::accept() {
    MeasureInputs in;
    in.seed = uint64_t(seed_->value());
    in.samples = samples_->value();
    in.runs = runs_->value();
    in.folder = folder_->text().trimmed();
    // Inputs the dialog has no row for (interior feeds such as Mfcc, bare .npz samples) stay.
    for (const QString& input : base_.inputs) {
        const int eq = input.indexOf(QLatin1Char('='));
        bool hasRow = false;
        for (const Row& row : rows_) hasRow = hasRow || (eq > 0 && slotOf({row.slot}, input.left(eq)) == 0);
        if (!hasRow) in.inputs << input;
    }
    for (const Row& row : rows_) {
        const QString name = QString::fromStdString(row.slot.name);
        const QString shape = row.shape->text().trimmed();
        if (!shape.isEmpty()) {
            compare::InputSetOptions check;
            auto ok = compare::parseInputOption("--shape", (name + QLatin1Char('=') + shape).toStdString(), &check);
            if (!ok.ok()) {
                message_->setText(tr("Shape of %1: %2").arg(name, statusText(ok.status())));
                return;
            }
            in.shapes.emplace_back(name, shape);
        }
        QString file = row.file->text().trimmed();
        if (file.isEmpty()) continue;
        const QString path = file.startsWith(QLatin1Char('@')) ? file.mid(1) : file.section(QLatin1Char(':'), 0, 0);
        if (!QFileInfo(path).isFile()) {
            message_->setText(tr("Input %1: %2 is not a file").arg(name, path));
            return;
        }
        // A WAV (or any file) for a string input feeds its bytes, as --input NAME=@FILE does.
        if (!file.startsWith(QLatin1Char('@')) &&
            (row.slot.dtype == tensorflow::DT_STRING || QFileInfo(path).suffix().compare(QStringLiteral("wav"), Qt::CaseInsensitive) == 0))
            file.prepend(QLatin1Char('@'));
        in.inputs << name + QLatin1Char('=') + file;
    }
    if (!in.folder.isEmpty() && !QFileInfo(in.folder).isDir()) {
        message_->setText(tr("%1 is not a folder").arg(in.folder));
        return;
    }
    result_ = in;
    QDialog::accept();
}

}  // namespace tfs::views
