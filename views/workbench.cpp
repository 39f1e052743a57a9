#include "views/workbench.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>

#include "core/compare/compare.h"
#include "core/compare/io_plan.h"
#include "core/model/graph_index.h"
#include "core/transforms/grammar.h"
#include "core/transforms/model_transform.h"
#include "views/job_tracker.h"

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

compare::CompareOptions compareOptionsFor(const MeasureInputs& in) {
    compare::CompareOptions o;
    o.runs = std::max(1, in.runs);
    o.warmup = 1;
    o.compareWeights = false;
    o.inputs.seed = in.seed;
    o.defaultRandomSamples = std::max(1, in.samples);
    for (const auto& [name, file] : in.files) o.inputs.inputFiles.emplace_back(name.toStdString(), file.toStdString());
    for (const QString& f : in.npzFiles) o.inputs.npzFiles.push_back(f.toStdString());
    if (!in.folder.isEmpty()) {
        if (QFileInfo::exists(in.folder + QStringLiteral("/case.json")) || !compare::findReferenceDir(in.folder.toStdString()).empty())
            o.inputs.referenceDir = in.folder.toStdString();
        else
            o.inputs.npzFolder = in.folder.toStdString();
    }
    for (const auto& [name, dims] : in.shapes) {
        Dims d;
        for (const QString& part : dims.split(QLatin1Char(','), Qt::SkipEmptyParts)) d.push_back(part.trimmed().toLongLong());
        o.inputs.shapes[name.toStdString()] = d;
    }
    return o;
}

}  // namespace

QStringList MeasureInputs::toArguments() const {
    QStringList a;
    a << QStringLiteral("--seed") << QString::number(seed) << QStringLiteral("--samples") << QString::number(samples)
      << QStringLiteral("--runs") << QString::number(runs);
    for (const auto& [name, dims] : shapes) a << QStringLiteral("--shape") << name + QLatin1Char('=') + dims;
    for (const auto& [name, file] : files) a << QStringLiteral("--input") << name + QLatin1Char('=') + file;
    for (const QString& f : npzFiles) a << QStringLiteral("--input") << f;
    if (!folder.isEmpty()) a << QStringLiteral("--inputs-dir") << folder;
    return a;
}

Workbench::Workbench(std::shared_ptr<ModelDocument> document, QObject* parent)
    : QObject(parent), document_(std::move(document)), jobs_(new JobTracker(this)) {
    const Model& model = *document_->originalModel();
    transforms::ModelTransformOptions resolved;
    if (transforms::resolveEndpoints(model, &resolved).ok() && !resolved.outputs.empty()) {
        for (const auto& s : resolved.inputs) inputs_ << QString::fromStdString(s);
        for (const auto& s : resolved.outputs) outputs_ << QString::fromStdString(s);
    } else if (model.graph()) {
        for (const auto& spec : compare::graphInputs(model)) inputs_ << QString::fromStdString(spec.tensorName);
        for (const auto& name : compare::likelyOutputs(model)) outputs_ << QString::fromStdString(name);
    }
    inputs_ = nodeNames(inputs_);
    outputs_ = nodeNames(outputs_);
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

void Workbench::setEndpoints(const QStringList& inputs, const QStringList& outputs) {
    inputs_ = inputs;
    outputs_ = outputs;
}

std::vector<transforms::TransformSpec> Workbench::parse(const QString& text, QString* error) {
    auto specs = transforms::parseAndValidateTransforms(text.toStdString());
    if (!specs.ok()) {
        if (error) *error = QString::fromStdString(specs.status().message());
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
    options.inputs = toStd(inputs_);
    options.outputs = toStd(outputs_);
    QPointer<Workbench> self(this);
    const QString label = QString::fromStdString(spec.toString());
    jobs_->start(QStringLiteral("apply"), tr("Applying %1").arg(label),
                 [self, before, spec, options, label](const WorkContext& work) -> std::function<void()> {
                     work.report(0.0, tr("Applying %1…").arg(label).toStdString());
                     auto model = std::make_shared<Model>(*before->model);
                     transforms::TransformLog log;
                     Status status = transforms::transformModel(model.get(), {spec}, options, &log, work);
                     return [self, before, spec, label, status, model, log] {
                         if (!self) return;
                         if (!status.ok()) {
                             self->queue_.clear();
                             self->lastError_ = tr("%1 failed: %2").arg(label, QString::fromStdString(status.message()));
                             emit self->stepFailed(self->lastError_);
                             QMetaObject::invokeMethod(self, [self] { if (self) self->checkIdle(); }, Qt::QueuedConnection);
                             return;
                         }
                         self->lastError_.clear();
                         auto revision = std::make_shared<Revision>();
                         revision->model = model;
                         revision->spec = spec.toString();
                         revision->specs = before->specs;
                         revision->specs.push_back(revision->spec);
                         for (const auto& e : log.passes) {
                             revision->seconds += e.seconds;
                             for (const auto& n : e.notes) revision->notes.push_back(n);
                         }
                         // Passes that rename nodes carry the endpoints along.
                         auto remap = [&log](QStringList* names) {
                             for (QString& n : *names) {
                                 auto it = log.renames.find(n.toStdString());
                                 if (it != log.renames.end()) n = QString::fromStdString(it->second);
                             }
                         };
                         remap(&self->inputs_);
                         remap(&self->outputs_);
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
    QSettings settings;
    const QString key = settingsKey(document_->filePath());
    settings.setValue(key + QStringLiteral("/arguments"), inputs.toArguments());
    for (auto& [ptr, entry] : measurements_) {
        (void)ptr;
        jobs_->cancel(QStringLiteral("measure:%1").arg(quintptr(ptr)));
    }
    measurements_.clear();
    pendingMeasurements_.clear();
    measuring_ = true;
    measureMissing();
    emit measurementsChanged();
}

void Workbench::loadRememberedInputs() {
    const QStringList a =
        QSettings().value(settingsKey(document_->filePath()) + QStringLiteral("/arguments")).toStringList();
    MeasureInputs in;
    for (int i = 0; i + 1 < a.size(); i += 2) {
        const QString& flag = a[i];
        const QString& value = a[i + 1];
        const int eq = value.indexOf(QLatin1Char('='));
        if (flag == QLatin1String("--seed")) in.seed = value.toULongLong();
        else if (flag == QLatin1String("--samples")) in.samples = std::clamp(value.toInt(), 1, 64);
        else if (flag == QLatin1String("--runs")) in.runs = std::clamp(value.toInt(), 1, 1000);
        else if (flag == QLatin1String("--shape") && eq > 0) in.shapes.emplace_back(value.left(eq), value.mid(eq + 1));
        else if (flag == QLatin1String("--input") && eq > 0) in.files.emplace_back(value.left(eq), value.mid(eq + 1));
        else if (flag == QLatin1String("--input")) in.npzFiles << value;
        else if (flag == QLatin1String("--inputs-dir")) in.folder = value;
    }
    measureInputs_ = in;
}

void Workbench::measureMissing() {
    for (const auto& revision : document_->pipeline())
        if (!measurement(revision.get()) && !pendingMeasurements_.count(revision.get())) measure(revision);
    // Forget revisions no step refers to any more.
    for (auto it = measurements_.begin(); it != measurements_.end();)
        it = it->second.first.expired() ? measurements_.erase(it) : std::next(it);
}

void Workbench::measure(std::shared_ptr<const Revision> revision) {
    const Revision* key = revision.get();
    pendingMeasurements_[key] = revision;
    emit busyChanged(true);
    auto original = document_->originalModel();
    const compare::CompareOptions options = compareOptionsFor(measureInputs_);
    const bool isOriginal = key == document_->originalRevision().get();
    QPointer<Workbench> self(this);
    std::weak_ptr<const Revision> weak = revision;
    jobs_->start(
        QStringLiteral("measure:%1").arg(quintptr(key)), tr("Measuring"),
        [self, weak, original, options, isOriginal](const WorkContext& work) -> std::function<void()> {
            auto revision = weak.lock();
            if (!revision) return {};
            auto m = std::make_shared<RevisionMeasurement>();
            compare::CompareOptions o = options;
            if (isOriginal) o.measureAccuracy = false;
            auto result = compare::compareModels(*original, *revision->model, o, compare::executorRunnerFactory(), work);
            if (!result.ok()) {
                m->error = QString::fromStdString(result.status().message());
                auto size = compare::computeSizeStats(*revision->model, work);
                if (size.ok()) m->size = *size;
            } else {
                m->size = result->b.size;
                m->latency = result->latencyB;
                if (!isOriginal) m->accuracy = result->outputs;
                for (const auto& n : result->notes) m->notes << QString::fromStdString(n);
            }
            m->done = true;
            const Revision* key = revision.get();
            return [self, weak, key, m] {
                if (!self) return;
                self->pendingMeasurements_.erase(key);
                if (!weak.expired()) self->measurements_[key] = {weak, *m};
                emit self->measurementsChanged();
                self->checkIdle();
            };
        },
        JobTracker::Lane::Exclusive);
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
    if (!inputs_.isEmpty()) a << shellQuote(QStringLiteral("--inputs=") + nodeNames(inputs_).join(QLatin1Char(',')));
    if (!outputs_.isEmpty()) a << shellQuote(QStringLiteral("--outputs=") + nodeNames(outputs_).join(QLatin1Char(',')));
    a << shellQuote(QStringLiteral("--transforms=") + pipelineText());
    return a.join(QLatin1Char(' '));
}

}  // namespace tfs::views
