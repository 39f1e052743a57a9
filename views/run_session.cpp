#include "views/run_session.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <map>

#include "core/exec/input_source.h"
#include "core/exec/plan.h"
#include "core/exec/session.h"
#include "views/core_text.h"
#include "views/job_tracker.h"

namespace tfs::views {
namespace {

const QString kRunJob = QStringLiteral("run");

bool sameTensor(const QString& a, const QString& b) {
    return exec::canonicalTensorName(a.toStdString()) == exec::canonicalTensorName(b.toStdString());
}

// Whether seeded random values can be made for this dtype (asks the one function that makes them).
bool randomPossible(DataType dtype) { return exec::randomTensor(dtype, {}, 0).ok(); }

// "NAME=d0,d1,..." lines into the map buildFeeds takes.
Result<std::map<std::string, Dims>> parseShapes(const QStringList& lines) {
    std::map<std::string, Dims> shapes;
    for (const QString& line : lines) {
        const int eq = line.lastIndexOf(QLatin1Char('='));
        if (eq <= 0) return invalidArgument(TFS_PHRASE("Errors", "a shape is NAME=d0,d1,..., e.g. x=1,224,224,3; got '%1'"),
                                            line.toStdString());
        TFS_ASSIGN_OR_RETURN(Dims dims, exec::parseDims(line.mid(eq + 1).toStdString()));
        shapes[line.left(eq).trimmed().toStdString()] = dims;
    }
    return shapes;
}

// The run itself, on a worker thread: read the files, make the random inputs, run once for the
// outputs and `profiledRuns` more for the per-op tables, summarise every output.
std::shared_ptr<RunResult> runModel(const Model& model, const exec::RunIo& io, const RunSettings& settings, const WorkContext& work) {
    auto result = std::make_shared<RunResult>();
    result->signature = QString::fromStdString(io.signature);
    auto fail = [&](const Status& s) {
        result->error = statusText(s);
        return result;
    };
    exec::NamedTensors given;
    exec::RunIo randomIo = io;  // the inputs left for random values
    randomIo.inputs.clear();
    for (const RunInput& in : settings.inputs) {
        if (in.kind == RunInput::Kind::File) {
            auto t = exec::readInputSource(in.source.toStdString());
            if (!t.ok()) return fail(t.status().withContext(TFS_PHRASE("Errors", "input '%1'"), in.name.toStdString()));
            given.push_back({in.tensorName.toStdString(), std::move(t).value()});
        } else if (in.kind == RunInput::Kind::Random) {
            for (const auto& spec : io.inputs)
                if (sameTensor(QString::fromStdString(spec.tensorName), in.tensorName)) randomIo.inputs.push_back(spec);
        }
    }
    exec::FeedOptions feedOptions;
    feedOptions.seed = settings.seed;
    feedOptions.batch = std::max(1, settings.batch);
    auto shapes = parseShapes(settings.shapes);
    if (!shapes.ok()) return fail(shapes.status());
    feedOptions.shapes = *shapes;
    auto feeds = exec::buildFeeds(randomIo, given, feedOptions);
    if (!feeds.ok()) return fail(feeds.status());
    for (const auto& f : *feeds) {
        QString line = QStringLiteral("%1  %2").arg(QString::fromStdString(f.tensorName), QString::fromStdString(f.tensor.describe()));
        if (f.random) line += QObject::tr("  random, seed %1").arg(settings.seed);
        result->inputs << line;
    }
    std::vector<std::string> fetches;
    for (const auto& spec : io.outputs) fetches.push_back(spec.tensorName);
    if (fetches.empty()) return fail(invalidArgument(TFS_PHRASE("Errors", "the model has no outputs to fetch")));

    exec::SessionOptions options;
    options.threads = settings.threads;
    options.work = &work;
    work.report(0.0, TFS_PHRASE("Progress", "preparing the session"));
    auto session = exec::Session::fromModel(model, 0, options);
    if (!session.ok()) return fail(session.status());
    result->threads = (*session)->threads();
    auto run = exec::runProfiled(**session, exec::namedFeeds(*feeds), fetches, std::max(0, settings.profiledRuns), work);
    if (!run.ok()) return fail(run.status());
    result->firstMs = run->firstMs;
    result->runMs = run->runMs;
    result->peakBytes = run->peakBytes;
    result->profile = std::move(run->profile);
    for (size_t i = 0; i < io.outputs.size() && i < run->outputs.size(); ++i) {
        RunOutput out;
        const auto& spec = io.outputs[i];
        out.tensorName = QString::fromStdString(spec.tensorName);
        out.name = spec.key.empty() ? out.tensorName : QString::fromStdString(spec.key);
        auto value = std::make_shared<const Tensor>(std::move(run->outputs[i]));
        out.summary = summarizeTensor(*value, 64, work);
        out.value = std::move(value);
        result->outputs.push_back(std::move(out));
    }
    return result;
}

}  // namespace

double RunResult::medianMs() const {
    if (runMs.empty()) return firstMs;
    std::vector<double> sorted = runMs;
    std::sort(sorted.begin(), sorted.end());
    const size_t n = sorted.size();
    return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

RunSession::RunSession(std::shared_ptr<ModelDocument> document, QObject* parent)
    : QObject(parent), document_(std::move(document)), jobs_(new JobTracker(this)) {
    connect(jobs_, &JobTracker::runningChanged, this, [this] { emit runningChanged(isRunning()); });
    connect(jobs_, &JobTracker::progress, this,
            [this](const QString&, const QString&, double fraction, const QString& what) { emit progress(fraction, what); });
    connect(document_.get(), &ModelDocument::modelReplaced, this, [this] {
        refreshIo();
        emit ioChanged();
    });
}

RunSession::~RunSession() { jobs_->cancelAll(); }

void RunSession::findIo() {
    if (ioKnown_ || pendingIo_.has_value()) return;
    pendingIo_ = QtConcurrent::run([model = document_->modelPtr()] {
        return std::make_shared<const Result<exec::RunIo>>(exec::chooseRunIo(*model, ""));
    });
    auto* watcher = new QFutureWatcher<std::shared_ptr<const Result<exec::RunIo>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (ioKnown_) return;  // already taken by a caller that could not wait
        waitForIo();
        emit ioChanged();
    });
    watcher->setFuture(*pendingIo_);
}

void RunSession::waitForIo() const {
    if (ioKnown_) return;
    ioKnown_ = true;  // first, so that nothing below waits again
    // Waits when the pool thread has not finished; works it out here when nobody started it.
    auto io = pendingIo_.has_value() ? pendingIo_->result()
                                   : std::make_shared<const Result<exec::RunIo>>(exec::chooseRunIo(document_->model(), ""));
    pendingIo_.reset();
    const_cast<RunSession*>(this)->applyIo(*io);
}

void RunSession::refreshIo() {
    ioKnown_ = true;  // a new revision: what was being found for the old one no longer matters
    pendingIo_.reset();
    applyIo(exec::chooseRunIo(document_->model(), ""));
}

void RunSession::applyIo(const Result<exec::RunIo>& io) {
    ioError_.clear();
    io_ = exec::RunIo{};
    if (!io.ok()) ioError_ = statusText(io.status());
    else io_ = *io;
    mergeInputs();
}

void RunSession::mergeInputs() {
    // Keep the user's choices for inputs that are still there (by tensor name) and every extra feed.
    std::vector<RunInput> inputs;
    for (const auto& spec : io_.inputs) {
        RunInput in;
        in.tensorName = QString::fromStdString(spec.tensorName);
        in.name = spec.key.empty() ? in.tensorName : QString::fromStdString(spec.key);
        in.dtype = spec.dtype;
        in.shape = spec.shape;
        in.kind = randomPossible(spec.dtype) ? RunInput::Kind::Random : RunInput::Kind::NotFed;
        for (const RunInput& old : settings_.inputs)
            if (!old.extra && sameTensor(old.tensorName, in.tensorName)) {
                in.kind = old.kind;
                in.source = old.source;
            }
        inputs.push_back(in);
    }
    for (const RunInput& old : settings_.inputs)
        if (old.extra) inputs.push_back(old);
    settings_.inputs = std::move(inputs);
}

void RunSession::setSettings(const RunSettings& settings) {
    waitForIo();
    RunSettings s = settings;
    s.inputs.clear();
    for (const RunInput& in : settings.inputs) {
        bool known = in.extra;
        for (const auto& spec : io_.inputs) known |= sameTensor(QString::fromStdString(spec.tensorName), in.tensorName);
        if (known) s.inputs.push_back(in);
    }
    settings_ = s;
    mergeInputs();
    emit settingsChanged();
}

bool RunSession::setInputSource(const QString& name, const QString& source, QString* error) {
    waitForIo();
    const QString text = source.trimmed();
    for (RunInput& in : settings_.inputs) {
        if (in.name != name && !sameTensor(in.tensorName, name)) continue;
        if (text.compare(QLatin1String("random"), Qt::CaseInsensitive) == 0) {
            if (in.extra || !randomPossible(in.dtype)) {
                if (error)
                    *error = tr("%1 takes %2 values, which cannot be made at random: choose a file (@FILE feeds a file's bytes)")
                                 .arg(in.name, QString::fromStdString(dtypeShortName(in.dtype)));
                return false;
            }
            in.kind = RunInput::Kind::Random;
            in.source.clear();
        } else if (text.isEmpty()) {
            in.kind = RunInput::Kind::NotFed;
            in.source.clear();
        } else {
            in.kind = RunInput::Kind::File;
            in.source = text;
        }
        emit settingsChanged();
        return true;
    }
    if (text.isEmpty() || text.compare(QLatin1String("random"), Qt::CaseInsensitive) == 0) {
        if (error) *error = tr("%1 is not an input of the model: give a file to feed it from").arg(name);
        return false;
    }
    RunInput extra;
    extra.tensorName = QString::fromStdString(exec::canonicalTensorName(name.trimmed().toStdString()));
    extra.name = extra.tensorName;
    extra.kind = RunInput::Kind::File;
    extra.source = text;
    extra.extra = true;
    settings_.inputs.push_back(extra);
    emit settingsChanged();
    return true;
}

bool RunSession::start(QString* error) {
    waitForIo();
    if (!ioError_.isEmpty()) {
        if (error) *error = ioError_;
        return false;
    }
    if (auto shapes = parseShapes(settings_.shapes); !shapes.ok()) {
        if (error) *error = statusText(shapes.status());
        return false;
    }
    auto revision = document_->revision();
    const exec::RunIo io = io_;
    const RunSettings settings = settings_;
    QPointer<RunSession> self(this);
    jobs_->start(
        kRunJob, tr("Running %1").arg(document_->displayName()),
        [self, revision, io, settings](const WorkContext& work) -> std::function<void()> {
            auto result = runModel(*revision->model, io, settings, work);
            result->revision = revision;
            if (work.cancelled()) return {};
            return [self, result] {
                if (!self) return;
                self->result_ = result;
                emit self->finished();
            };
        },
        JobTracker::Lane::Exclusive);
    return true;
}

void RunSession::cancel() { jobs_->cancel(kRunJob); }

bool RunSession::isRunning() const { return jobs_->isRunning(kRunJob); }

bool RunSession::resultIsCurrent() const { return result_ && result_->revision.lock() == document_->revision(); }

}  // namespace tfs::views
