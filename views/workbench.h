#pragma once
// The transform workbench of one document: applies passes as undoable steps in
// the background, and measures every revision (size, latency, accuracy against
// the original) one at a time on the exclusive lane of the job schedule.
// The Workbench panel, the command line (--apply) and tests all drive this.

#include <QFuture>
#include <QObject>
#include <QString>
#include <QStringList>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "core/compare/io_plan.h"
#include "core/transforms/transform.h"
#include "core/util/json.h"
#include "core/workbench/measure.h"
#include "views/model_document.h"

namespace tfs::views {

class JobTracker;

/// What was measured for one revision.
struct RevisionMeasurement {
    bool done = false;
    QString error;                  // why measuring (or running the model) failed; sizes may still be there
    workbench::Measurement result;  // size, latency, accuracy against the original (see core/workbench/measure.h)
};

/// The inputs measurements run on, as the batch input options (remembered per model).
struct MeasureInputs {
    uint64_t seed = 1;
    int samples = 4;                                  // random samples when no file or reference case gives one
    int runs = 10;                                    // timed runs per revision
    std::vector<std::pair<QString, QString>> shapes;  // NAME -> "1,224,224,3": fills unknown dims
    /// --input values: NAME=FILE.npy, NAME=FILE.npz[:KEY], NAME=@FILE (a WAV's bytes as a string),
    /// FILE.npz (one sample), NAME=IMAGE.png/.jpg (pixels as float 0..255, resized to the input).
    QStringList inputs;
    QString folder;  // a folder of .npz samples or of reference cases

    /// "--seed 1 --samples 4 --runs 10 --shape x=1,28,28,1 --input x=a.npy": batch options (how they are remembered).
    QStringList toArguments() const;
    /// The reverse of toArguments (unknown flags are skipped).
    static MeasureInputs fromArguments(const QStringList& arguments);
};

class Workbench : public QObject {
    Q_OBJECT
public:
    explicit Workbench(std::shared_ptr<ModelDocument> document, QObject* parent = nullptr);
    ~Workbench() override;

    ModelDocument* document() const { return document_.get(); }

    /// Inputs and outputs the passes see (node or tensor names), prefilled from the
    /// signature, else from the placeholders and the likely outputs.
    QStringList inputs() const {
        waitForEndpoints();
        return inputs_;
    }
    QStringList outputs() const {
        waitForEndpoints();
        return outputs_;
    }
    /// Prefills the inputs and outputs on a pool thread (a walk of the whole graph, started once the
    /// first picture is drawn); endpointsChanged follows. inputs() and outputs() wait for it.
    void findEndpoints();
    /// True until the prefilled inputs and outputs are known.
    bool endpointsPending() const { return !endpointsKnown_; }
    void setEndpoints(const QStringList& inputs, const QStringList& outputs);

    /// Parses and checks a pipeline in the GTT grammar (`name(p=v, …) name2`); error text when invalid.
    static std::vector<transforms::TransformSpec> parse(const QString& text, QString* error);
    /// Applies the passes one step each, in the background; false (with the reason) when the text is invalid.
    bool apply(const QString& text, QString* error = nullptr);
    void applySpecs(const std::vector<transforms::TransformSpec>& specs);
    /// Stops the pass running now and drops the ones queued after it.
    void cancel();
    bool isApplying() const;
    /// True while revisions wait for or undergo measurement.
    bool isMeasuring() const { return !pendingMeasurements_.empty(); }
    bool isIdle() const { return !isApplying() && !isMeasuring(); }
    /// The last failure of a step ("" when the last step worked).
    QString lastError() const { return lastError_; }

    /// Measurements of a revision, or null while they are not there yet.
    const RevisionMeasurement* measurement(const Revision* revision) const;
    MeasureInputs measureInputs() const { return measureInputs_; }
    /// Changes the inputs (remembered for this model) and measures every revision again.
    void setMeasureInputs(const MeasureInputs& inputs);
    /// When false, steps are applied without measuring (tests, the 20k-node bench).
    void setMeasuring(bool on) { measuring_ = on; }
    /// The measurement options the inputs stand for; an error names the bad input option. Image
    /// files are decoded for their input slot (see imageInputAsNpy) into `imageCache`.
    static Result<workbench::MeasureOptions> measureOptions(const MeasureInputs& inputs,
                                                            const std::vector<compare::InputSlot>& modelInputs = {},
                                                            const QString& imageCache = QString());
    /// The original's inputs as measurements feed them (signature or placeholders).
    const std::vector<compare::InputSlot>& inputSlots() const;

    /// Writes a checkpoint holding only what the outputs read (no optimizer slots), optionally as
    /// float16, at `outPrefix` (.index + .data), in the background; emits checkpointSlimmed.
    void slimCheckpoint(const QString& outPrefix, bool float16);

    /// The pipeline's measurements as `transform --measure --json` prints them (null while one is missing).
    std::optional<Json> report() const;
    /// Writes report() to `path` (atomically) now and after every later measurement; "" stops.
    void setReportPath(const QString& path);
    /// Why the last report could not be written ("" when it was).
    QString reportError() const { return reportError_; }

    /// The pipeline up to the shown revision as `tfscope --batch transform …` and as TensorFlow's transform_graph.
    QString transformCommandLine(const QString& outPath = QString()) const;
    QString gttCommandLine(const QString& outPath = QString()) const;
    /// The pipeline up to the shown revision in the GTT grammar.
    QString pipelineText() const;

signals:
    void busyChanged(bool busy);
    /// Progress of the step running now.
    void progress(double fraction, const QString& what);
    /// A step could not be applied (the model stays as it was).
    void stepFailed(const QString& message);
    /// A step was applied.
    void stepApplied();
    /// New measurements arrived (or were dropped).
    void measurementsChanged();
    /// The prefilled inputs and outputs arrived.
    void endpointsChanged();
    /// Nothing is applied or measured any more.
    void idle();
    /// A slim checkpoint was written (ok) or could not be; `message` says what happened.
    void checkpointSlimmed(bool ok, const QString& message);

private:
    void startNext();
    void measure(std::shared_ptr<const Revision> revision);
    void measureMissing();
    void checkIdle();
    void loadRememberedInputs();
    void writeReport();
    void waitForEndpoints() const;

    std::shared_ptr<ModelDocument> document_;
    JobTracker* jobs_;
    // Filled by waitForEndpoints when the prefilled endpoints arrive (hence mutable).
    mutable std::optional<QFuture<std::pair<QStringList, QStringList>>> pendingEndpoints_;  // set once started
    mutable bool endpointsKnown_ = false;
    mutable QStringList inputs_, outputs_;
    std::vector<transforms::TransformSpec> queue_;
    QString lastError_;
    MeasureInputs measureInputs_;
    bool measuring_ = true;
    std::shared_ptr<const workbench::Baseline> baseline_;  // the original measured once; rebuilt when the inputs change
    QString baselineError_;                                 // why the inputs cannot be used
    QString reportPath_, reportError_;
    mutable std::optional<std::vector<compare::InputSlot>> slots_;
    std::map<const Revision*, std::pair<std::weak_ptr<const Revision>, RevisionMeasurement>> measurements_;
    std::map<const Revision*, std::weak_ptr<const Revision>> pendingMeasurements_;
};

}  // namespace tfs::views
