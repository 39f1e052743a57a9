#pragma once
// Running one document's model in the window: which inputs to feed (seeded random
// values, files in the --input grammar, interior tensors), a background run on the
// exclusive lane of the job schedule (so layouts do not disturb the timings), and
// the last result: each output with its statistics, and the per-op time tables.
// The Run panel, the command line (--run) and tests all drive this.

#include <QFuture>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

#include "core/exec/op_profile.h"
#include "core/exec/run_support.h"
#include "views/model_document.h"
#include "views/tensor_summary.h"

namespace tfs::views {

class JobTracker;

/// Where one fed tensor comes from.
struct RunInput {
    enum class Kind { Random, File, NotFed };
    QString name;        // signature key, else the tensor name ("x:0"); an interior tensor for extra feeds
    QString tensorName;  // "x:0"
    DataType dtype = tensorflow::DT_INVALID;
    PartialShape shape;
    Kind kind = Kind::Random;
    QString source;      // Kind::File: FILE.npy, FILE.npz:KEY or @FILE (raw bytes as a string scalar)
    bool extra = false;  // added by the user (not an input of the graph or signature)
};

/// Everything a run is made of (remembered per model while the window is open).
struct RunSettings {
    std::vector<RunInput> inputs;
    uint64_t seed = 0;
    int batch = 1;          // fills an unknown first dimension of random inputs
    QStringList shapes;     // NAME=d0,d1,...: the shape of random inputs with other unknown dims
    int profiledRuns = 5;   // runs after the first, timed node by node
    int threads = 0;        // executor threads, 0 = all cores
};

/// One fetched output.
struct RunOutput {
    QString name;        // signature key, else the tensor name
    QString tensorName;
    std::shared_ptr<const Tensor> value;
    TensorSummary summary;
};

/// What one run gave.
struct RunResult {
    std::weak_ptr<const Revision> revision;  // the revision that ran
    QString signature;
    QString error;                           // "" when the run worked
    QStringList inputs;                      // "x (x:0) float32[1,784] random, seed 0"
    std::vector<RunOutput> outputs;
    double firstMs = 0;
    std::vector<double> runMs;               // profiled runs
    uint64_t peakBytes = 0;
    int threads = 0;
    exec::OpProfile profile;
    /// Median of the profiled runs (the first run when there were none).
    double medianMs() const;
};

class RunSession : public QObject {
    Q_OBJECT
public:
    explicit RunSession(std::shared_ptr<ModelDocument> document, QObject* parent = nullptr);
    ~RunSession() override;

    ModelDocument* document() const { return document_.get(); }
    /// The inputs and outputs a run uses: the serving signature's, else the graph's placeholders and likely outputs.
    const exec::RunIo& io() const {
        waitForIo();
        return io_;
    }
    /// Why the current revision cannot be run at all ("" when it can).
    QString ioError() const {
        waitForIo();
        return ioError_;
    }

    /// Finds the opened model's inputs and outputs on a pool thread (a walk of the whole graph,
    /// started once the first picture is drawn); ioChanged follows. io() and the rest wait for it.
    void findIo();
    /// True until the inputs and outputs of the opened model are known.
    bool ioPending() const { return !ioKnown_; }

    RunSettings settings() const {
        waitForIo();
        return settings_;
    }
    /// Replaces the settings (inputs that are not the model's own and not extra are dropped).
    void setSettings(const RunSettings& settings);
    /// Sets one input's source by name: "random", "" (not fed) or a file in the --input grammar;
    /// adds an extra feed when the name is not an input. False with the reason when it is not valid.
    bool setInputSource(const QString& name, const QString& source, QString* error = nullptr);

    /// Runs the shown revision in the background; false (with the reason) when it cannot start.
    bool start(QString* error = nullptr);
    void cancel();
    bool isRunning() const;

    /// The last finished run (null before the first); it may be of an earlier revision.
    std::shared_ptr<const RunResult> result() const { return result_; }
    /// True when the last result belongs to the revision shown now.
    bool resultIsCurrent() const;

signals:
    void runningChanged(bool running);
    /// Progress of the run, fraction in [0,1].
    void progress(double fraction, const QString& what);
    /// A run finished (also when it failed; see RunResult::error) or was cancelled (null result stays).
    void finished();
    /// The model was replaced: io() and the defaults of the inputs may have changed.
    void ioChanged();
    /// The settings changed (setSettings, setInputSource).
    void settingsChanged();

private:
    void refreshIo();
    /// Takes the chosen inputs and outputs; mergeInputs keeps the user's choices for inputs still there.
    void applyIo(const Result<exec::RunIo>& io);
    void mergeInputs();
    /// Takes the inputs and outputs found by findIo (waiting for it), or finds them here.
    void waitForIo() const;

    std::shared_ptr<ModelDocument> document_;
    JobTracker* jobs_;
    // Filled by waitForIo when the model's inputs and outputs arrive (hence mutable).
    mutable std::optional<QFuture<std::shared_ptr<const Result<exec::RunIo>>>> pendingIo_;  // set once started
    mutable bool ioKnown_ = false;
    mutable exec::RunIo io_;
    mutable QString ioError_;
    mutable RunSettings settings_;
    std::shared_ptr<const RunResult> result_;
};

}  // namespace tfs::views
