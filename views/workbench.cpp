#include "views/workbench.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <QCryptographicHash>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include "core/compare/compare_cli.h"
#include "core/compare/io_plan.h"
#include "core/model/graph_index.h"
#include "core/transforms/grammar.h"
#include "core/transforms/model_transform.h"
#include "core/transforms/slim_checkpoint.h"
#include "core/formats/writers.h"
#include "core/util/file.h"
#include "core/workbench/report.h"
#include "core/workbench/step.h"
#include "views/core_text.h"
#include "views/job_tracker.h"
#include "views/workbench_inputs.h"

namespace tfs::views {
namespace {

std::vector<std::string> toStd(const QStringList& list) {
    std::vector<std::string> out;
    for (const QString& s : list)
        if (!s.trimmed().isEmpty()) out.push_back(s.trimmed().toStdString());
    return out;
}

QString settingsKey(const QString& path) {
    return QStringLiteral("workbench/inputs/") +
           QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

// Shell quoting for one argument of a copied command line.
QString shellQuote(const QString& s) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=,@+-]+$"));
    if (plain.match(s).hasMatch()) return s;
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

// Node names for the transform tools' --inputs/--outputs ("x:0" -> "x").
QStringList nodeNames(const QStringList& tensors) {
    QStringList out;
    for (const QString& t : tensors) {
        const QString n = QString::fromStdString(nodeNameOf(t.toStdString()));
        if (!n.isEmpty() && !out.contains(n)) out << n;
    }
    return out;
}

}  // namespace

QStringList MeasureInputs::toArguments() const {
    QStringList a;
    a << QStringLiteral("--seed") << QString::number(seed) << QStringLiteral("--samples") << QString::number(samples)
      << QStringLiteral("--runs") << QString::number(runs);
    for (const auto& [name, dims] : shapes) a << QStringLiteral("--shape") << name + QLatin1Char('=') + dims;
    for (const QString& input : inputs) a << QStringLiteral("--input") << input;
    if (!folder.isEmpty()) a << QStringLiteral("--inputs-dir") << folder;
    return a;
}

MeasureInputs MeasureInputs::fromArguments(const QStringList& a) {
    MeasureInputs in;
    for (int i = 0; i + 1 < a.size(); i += 2) {
        const QString& flag = a[i];
        const QString& value = a[i + 1];
        const int eq = value.indexOf(QLatin1Char('='));
        if (flag == QLatin1String("--seed")) in.seed = value.toULongLong();
        else if (flag == QLatin1String("--samples")) in.samples = std::clamp(value.toInt(), 0, 64);
        else if (flag == QLatin1String("--runs")) in.runs = std::clamp(value.toInt(), 1, 1000);
        else if (flag == QLatin1String("--shape") && eq > 0) in.shapes.emplace_back(value.left(eq), value.mid(eq + 1));
        else if (flag == QLatin1String("--input")) in.inputs << value;
        else if (flag == QLatin1String("--inputs-dir")) in.folder = value;
    }
    return in;
}

Result<workbench::MeasureOptions> Workbench::measureOptions(const MeasureInputs& given,
                                                            const std::vector<compare::InputSlot>& modelInputs,
                                                            const QString& imageCache) {
    MeasureInputs in = given;
    // Images become .npy files shaped for their input.
    for (QString& input : in.inputs) {
        const int eq = input.indexOf(QLatin1Char('='));
        if (eq <= 0 || !isImageFile(input.mid(eq + 1))) continue;
        const int slot = compare::findSlot(modelInputs, input.left(eq).toStdString());
        if (slot < 0)
            return invalidArgument(TFS_PHRASE("Errors", "--input %1: the model has no input '%2'"),
                                   input.toStdString(), input.left(eq).toStdString());
        compare::InputSlot target = modelInputs[size_t(slot)];
        for (const auto& [name, dims] : in.shapes) {  // a --shape for this input sizes the picture
            compare::InputSetOptions parsed;
            if (compare::findSlot({target}, name.toStdString()) == 0 &&
                compare::parseInputOption("--shape", (name + QLatin1Char('=') + dims).toStdString(), &parsed).ok() &&
                !parsed.shapes.empty())
                target.shape = PartialShape::of(parsed.shapes.begin()->second);
        }
        TFS_ASSIGN_OR_RETURN(QString npy, imageInputAsNpy(input.mid(eq + 1), target, imageCache));
        input = input.left(eq + 1) + npy;
    }
    workbench::MeasureOptions o;
    o.runs = std::max(1, in.runs);
    o.warmup = 1;
    // The batch parser reads every input option, so the window and `transform --measure` agree.
    QStringList args = in.toArguments();
    for (int i = 0; i + 1 < args.size(); i += 2) {
        std::string flag = args[i].toStdString();
        if (flag == "--runs" || flag == "--samples") continue;  // samples: only when nothing else gives one (below)
        // A folder holding reference cases is read as such, any other as .npz samples.
        if (flag == "--inputs-dir" && (QFileInfo::exists(args[i + 1] + QStringLiteral("/case.json")) ||
                                       !compare::findReferenceDir(args[i + 1].toStdString()).empty()))
            flag = "--reference";
        TFS_ASSIGN_OR_RETURN(bool known, compare::parseInputOption(flag, args[i + 1].toStdString(), &o.inputs));
        (void)known;
    }
    o.defaultRandomSamples = std::max(1, in.samples);
    return o;
}

Workbench::Workbench(std::shared_ptr<ModelDocument> document, QObject* parent)
    : QObject(parent), document_(std::move(document)), jobs_(new JobTracker(this)) {
    loadRememberedInputs();
    connect(jobs_, &JobTracker::progress, this,
            [this](const QString& kind, const QString&, double f, const QString& what) {
                if (kind == QLatin1String("apply")) emit progress(f, what);
            });
    // Every revision that appears (a step, undo, redo) is measured once.
    connect(document_.get(), &ModelDocument::modelReplaced, this, [this] {
        if (measuring_) measureMissing();
    });
}

Workbench::~Workbench() { jobs_->cancelAll(); }

namespace {
// From the signature, else from the placeholders and the likely outputs: a walk of the whole graph.
std::pair<QStringList, QStringList> prefilledEndpoints(const Model& model) {
    QStringList inputs, outputs;
    transforms::ModelTransformOptions resolved;
    if (transforms::resolveEndpoints(model, &resolved).ok() && !resolved.outputs.empty()) {
        for (const auto& s : resolved.inputs) inputs << QString::fromStdString(s);
        for (const auto& s : resolved.outputs) outputs << QString::fromStdString(s);
    } else if (model.graph()) {
        for (const auto& spec : compare::graphInputs(model)) inputs << QString::fromStdString(spec.tensorName);
        for (const auto& name : compare::likelyOutputs(model)) outputs << QString::fromStdString(name);
    }
    return {nodeNames(inputs), nodeNames(outputs)};
}
}  // namespace

void Workbench::findEndpoints() {
    if (endpointsKnown_ || pendingEndpoints_.has_value()) return;
    pendingEndpoints_ = QtConcurrent::run([model = document_->originalModel()] { return prefilledEndpoints(*model); });
    auto* watcher = new QFutureWatcher<std::pair<QStringList, QStringList>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (endpointsKnown_) return;  // already taken, or replaced by setEndpoints
        waitForEndpoints();
        emit endpointsChanged();
    });
    watcher->setFuture(*pendingEndpoints_);
}

void Workbench::waitForEndpoints() const {
    if (endpointsKnown_) return;
    // Waits when the pool thread has not finished; works it out here when nobody started it.
    std::tie(inputs_, outputs_) =
        pendingEndpoints_.has_value() ? pendingEndpoints_->result() : prefilledEndpoints(*document_->originalModel());
    pendingEndpoints_.reset();
    endpointsKnown_ = true;
}

void Workbench::setEndpoints(const QStringList& inputs, const QStringList& outputs) {
    pendingEndpoints_.reset();
    endpointsKnown_ = true;
    inputs_ = inputs;
    outputs_ = outputs;
}

std::vector<transforms::TransformSpec> Workbench::parse(const QString& text, QString* error) {
    auto specs = workbench::parsePipeline(text.toStdString());
    if (!specs.ok()) {
        if (error) *error = statusText(specs.status());
        return {};
    }
    if (specs->empty() && error) *error = tr("No pass given: write e.g. fold_constants(ignore_errors=true)");
    return std::move(*specs);
}

bool Workbench::apply(const QString& text, QString* error) {
    QString why;
    auto specs = parse(text, &why);
    if (specs.empty()) {
        if (error) *error = why;
        return false;
    }
    applySpecs(specs);
    return true;
}

void Workbench::applySpecs(const std::vector<transforms::TransformSpec>& specs) {
    queue_.insert(queue_.end(), specs.begin(), specs.end());
    startNext();
    emit busyChanged(true);
}

bool Workbench::isApplying() const { return jobs_->isRunning(QStringLiteral("apply")) || !queue_.empty(); }

void Workbench::cancel() {
    queue_.clear();
    jobs_->cancel(QStringLiteral("apply"));
    checkIdle();
}

void Workbench::startNext() {
    if (queue_.empty() || jobs_->isRunning(QStringLiteral("apply"))) return;
    transforms::TransformSpec spec = queue_.front();
    queue_.erase(queue_.begin());
    auto before = document_->revision();
    transforms::ModelTransformOptions options;
    options.inputs = toStd(inputs());
    options.outputs = toStd(outputs());
    QPointer<Workbench> self(this);
    const QString label = QString::fromStdString(spec.toString());
    const std::string title = document_->displayName().toStdString();
    jobs_->start(QStringLiteral("apply"), tr("Applying %1").arg(label),
                 [self, before, spec, options, label, title](const WorkContext& work) -> std::function<void()> {
                     work.report(0.0, verbatim(tr("Applying %1…").arg(label).toStdString()));
                     auto step = std::make_shared<Result<workbench::Step>>(workbench::applyPass(before->model, spec, options, work));
                     // Index the new graph and count its parameters here, not on the UI thread when it is shown.
                     auto prepared = std::make_shared<Revision>();
                     if (step->ok()) {
                         prepared->model = step->value().model;
                         ModelDocument::prepareRevision(prepared.get(), title);
                     }
                     return [self, before, label, step, prepared] {
                         if (!self) return;
                         if (!step->ok()) {
                             self->queue_.clear();
                             self->lastError_ = tr("%1 failed: %2").arg(label, statusText(step->status()));
                             emit self->stepFailed(self->lastError_);
                             QMetaObject::invokeMethod(self, [self] { if (self) self->checkIdle(); }, Qt::QueuedConnection);
                             return;
                         }
                         self->lastError_.clear();
                         workbench::Step& done = step->value();
                         auto revision = std::make_shared<Revision>();
                         revision->model = done.model;
                         revision->mainGraph = prepared->mainGraph;
                         revision->parameters = prepared->parameters;
                         revision->transform = done.spec;
                         revision->spec = done.spec.toString();
                         revision->specs = before->specs;
                         revision->specs.push_back(revision->spec);
                         revision->detail = std::move(done.detail);
                         // The endpoints after the pass (renaming passes move them) are the next step's.
                         auto names = [](const std::vector<std::string>& list) {
                             QStringList out;
                             for (const auto& n : list) out << QString::fromStdString(n);
                             return nodeNames(out);
                         };
                         if (!revision->detail.options.inputs.empty()) self->inputs_ = names(revision->detail.options.inputs);
                         if (!revision->detail.options.outputs.empty()) self->outputs_ = names(revision->detail.options.outputs);
                         self->document_->pushRevision(revision, label);
                         emit self->stepApplied();
                         QMetaObject::invokeMethod(self, [self] {
                             if (!self) return;
                             self->startNext();
                             self->checkIdle();
                         }, Qt::QueuedConnection);
                     };
                 });
}

void Workbench::checkIdle() {
    if (!queue_.empty() && !jobs_->isRunning(QStringLiteral("apply"))) startNext();
    if (isIdle()) {
        emit busyChanged(false);
        emit idle();
    }
}

const RevisionMeasurement* Workbench::measurement(const Revision* revision) const {
    auto it = measurements_.find(revision);
    if (it == measurements_.end() || it->second.first.expired()) return nullptr;
    return &it->second.second;
}

void Workbench::setMeasureInputs(const MeasureInputs& inputs) {
    measureInputs_ = inputs;
    QSettings().setValue(settingsKey(document_->filePath()) + QStringLiteral("/arguments"), inputs.toArguments());
    for (auto& [ptr, entry] : pendingMeasurements_) {
        (void)entry;
        jobs_->cancel(QStringLiteral("measure:%1").arg(quintptr(ptr)));
    }
    measurements_.clear();
    pendingMeasurements_.clear();
    baseline_.reset();  // the original's cached outputs belong to the old inputs
    measuring_ = true;
    measureMissing();
    emit measurementsChanged();
}

void Workbench::loadRememberedInputs() {
    measureInputs_ = MeasureInputs::fromArguments(
        QSettings().value(settingsKey(document_->filePath()) + QStringLiteral("/arguments")).toStringList());
}

void Workbench::measureMissing() {
    for (const auto& revision : document_->pipeline())
        if (!measurement(revision.get()) && !pendingMeasurements_.count(revision.get())) measure(revision);
    // Forget revisions no step refers to any more.
    for (auto it = measurements_.begin(); it != measurements_.end();)
        it = it->second.first.expired() ? measurements_.erase(it) : std::next(it);
}

const std::vector<compare::InputSlot>& Workbench::inputSlots() const {
    if (!slots_) {
        const Model& original = *document_->originalModel();
        auto io = compare::planIo(original, original, {});
        slots_ = io.ok() ? io->inputs : std::vector<compare::InputSlot>{};
    }
    return *slots_;
}

void Workbench::slimCheckpoint(const QString& outPrefix, bool float16) {
    auto model = document_->modelPtr();
    transforms::SlimOptions options;
    options.outputs = toStd(outputs());
    options.float16 = float16;
    QPointer<Workbench> self(this);
    jobs_->start(QStringLiteral("slim"), tr("Slimming the checkpoint"),
                 [self, model, options, outPrefix](const WorkContext&) -> std::function<void()> {
                     auto report = transforms::slimCheckpoint(*model, options, outPrefix.toStdString());
                     QString message;
                     if (report.ok())
                         message = tr("Wrote %1: %2 → %3 (%n variable(s) kept, %4 dropped)", nullptr, int(report->kept.size()))
                                       .arg(outPrefix, formatBytes(report->bytesBefore), formatBytes(report->bytesAfter))
                                       .arg(report->dropped.size());
                     else
                         message = tr("Could not slim the checkpoint: %1").arg(statusText(report.status()));
                     const bool ok = report.ok();
                     return [self, ok, message] {
                         if (self) emit self->checkpointSlimmed(ok, message);
                     };
                 });
}

void Workbench::measure(std::shared_ptr<const Revision> revision) {
    const Revision* key = revision.get();
    if (!baseline_) {
        auto options = measureOptions(measureInputs_, inputSlots(),
                                      QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                                          QStringLiteral("/measurement-images"));
        baselineError_ = options.ok() ? QString() : statusText(options.status());
        baseline_ = std::make_shared<const workbench::Baseline>(document_->originalModel(),
                                                                 options.ok() ? *options : workbench::MeasureOptions{});
    }
    pendingMeasurements_[key] = revision;
    emit busyChanged(true);
    auto baseline = baseline_;
    const QString inputsError = baselineError_;
    QPointer<Workbench> self(this);
    std::weak_ptr<const Revision> weak = revision;
    jobs_->start(
        QStringLiteral("measure:%1").arg(quintptr(key)), tr("Measuring"),
        [self, weak, key, baseline, inputsError](const WorkContext& work) -> std::function<void()> {
            auto revision = weak.lock();
            if (!revision) return {};
            auto m = std::make_shared<RevisionMeasurement>();
            if (!inputsError.isEmpty()) {
                m->error = inputsError;
                auto size = compare::computeSizeStats(*revision->model);
                if (size.ok()) m->result.size = *size;
            } else {
                auto result = baseline->measure(*revision->model, work);
                if (!result.ok()) {
                    if (result.status().code() == StatusCode::Cancelled) return {};
                    m->error = statusText(result.status());
                } else {
                    m->result = std::move(result).value();
                    m->error = m->result.runError.ok() ? QString() : statusText(m->result.runError);
                }
            }
            m->done = true;
            return [self, weak, key, m, baseline] {
                if (!self) return;
                self->pendingMeasurements_.erase(key);
                // Measured with inputs that were replaced meanwhile: measure again with the new ones.
                if (baseline != self->baseline_) return self->measureMissing();
                if (!weak.expired()) self->measurements_[key] = {weak, *m};
                emit self->measurementsChanged();
                self->writeReport();
                self->checkIdle();
            };
        },
        JobTracker::Lane::Exclusive);
}

std::optional<Json> Workbench::report() const {
    const auto pipeline = document_->pipeline();
    const RevisionMeasurement* base = measurement(pipeline.front().get());
    if (!base) return std::nullopt;
    std::vector<workbench::MeasuredStep> steps;
    for (size_t i = 1; i < pipeline.size(); ++i) {
        const RevisionMeasurement* m = measurement(pipeline[i].get());
        if (!m) return std::nullopt;
        steps.push_back({pipeline[i]->transform, m->result});
    }
    return workbench::reportToJson(base->result, steps);
}

void Workbench::setReportPath(const QString& path) {
    reportPath_ = path;
    reportError_.clear();
    writeReport();
}

void Workbench::writeReport() {
    if (reportPath_.isEmpty()) return;
    auto json = report();
    if (!json) return;  // a measurement is still missing
    Status st = writeFileAtomic(reportPath_.toStdString(), json->dump() + "\n", inputFilesOf(*document_->originalModel()));
    reportError_ = st.ok() ? QString() : tr("Could not write the report %1: %2").arg(reportPath_, statusText(st));
}

QString Workbench::pipelineText() const {
    QStringList steps;
    for (const auto& s : document_->revision()->specs) steps << QString::fromStdString(s);
    return steps.join(QLatin1Char(' '));
}

QString Workbench::transformCommandLine(const QString& outPath) const {
    const QString in = document_->filePath();
    const QString out = outPath.isEmpty() ? QFileInfo(in).path() + QLatin1Char('/') + QFileInfo(in).completeBaseName() +
                                                QStringLiteral("_transformed.pb")
                                          : outPath;
    QStringList a{QStringLiteral("tfscope"), QStringLiteral("--batch"), QStringLiteral("transform"), shellQuote(in), shellQuote(out)};
    waitForEndpoints();
    if (!inputs_.isEmpty()) a << QStringLiteral("--inputs") << shellQuote(nodeNames(inputs_).join(QLatin1Char(',')));
    if (!outputs_.isEmpty()) a << QStringLiteral("--outputs") << shellQuote(nodeNames(outputs_).join(QLatin1Char(',')));
    a << QStringLiteral("--transforms") << shellQuote(pipelineText());
    return a.join(QLatin1Char(' '));
}

QString Workbench::gttCommandLine(const QString& outPath) const {
    const QString in = document_->filePath();
    const QString out = outPath.isEmpty() ? QFileInfo(in).path() + QLatin1Char('/') + QFileInfo(in).completeBaseName() +
                                                QStringLiteral("_transformed.pb")
                                          : outPath;
    QStringList a{QStringLiteral("transform_graph"), shellQuote(QStringLiteral("--in_graph=") + in),
                  shellQuote(QStringLiteral("--out_graph=") + out)};
    waitForEndpoints();
    if (!inputs_.isEmpty()) a << shellQuote(QStringLiteral("--inputs=") + nodeNames(inputs_).join(QLatin1Char(',')));
    if (!outputs_.isEmpty()) a << shellQuote(QStringLiteral("--outputs=") + nodeNames(outputs_).join(QLatin1Char(',')));
    a << shellQuote(QStringLiteral("--transforms=") + pipelineText());
    return a.join(QLatin1Char(' '));
}

}  // namespace tfs::views
