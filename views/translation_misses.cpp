#include "views/translation_misses.h"

#include <QFile>
#include <QMutex>
#include <QSet>

namespace tfs::views {
namespace {

// tfscope's contexts: its classes (tfs::…) and the named ones core phrases and the command line use.
// Qt's own widgets translate under theirs (QFileDialog, CloseButton…): qtbase answers those.
bool isTfscopeContext(const char* context) {
    if (!context) return false;
    const QByteArray c(context);
    return c.startsWith("tfs::") || c == "Errors" || c == "Progress" || c == "Language" || c == "CommandLine";
}

class MissRecordingTranslator : public QTranslator {
public:
    MissRecordingTranslator(QTranslator* inner, QString file) : inner_(inner), file_(std::move(file)) { inner_->setParent(this); }

    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override {
        QString found = inner_->translate(context, source, disambiguation, n);
        if (found.isNull() && source && *source && isTfscopeContext(context)) record(context, source);
        return found;
    }
    bool isEmpty() const override { return inner_->isEmpty(); }

private:
    // Several threads translate progress and error text; each miss is written once, as it happens,
    // so that a process ending through exit() loses nothing.
    void record(const char* context, const char* source) const {
        QString line = QString::fromUtf8(context ? context : "") + QLatin1Char('\t') + QString::fromUtf8(source);
        line.replace(QLatin1Char('\n'), QLatin1String("\\n"));
        QMutexLocker lock(&mutex_);
        if (seen_.contains(line)) return;
        seen_.insert(line);
        QFile out(file_);
        if (out.open(QIODevice::Append | QIODevice::Text)) out.write(line.toUtf8() + '\n');
    }

    QTranslator* inner_;
    QString file_;
    mutable QMutex mutex_;
    mutable QSet<QString> seen_;
};

}  // namespace

QTranslator* withMissRecording(QTranslator* inner) {
    const QString file = qEnvironmentVariable("TFSCOPE_TRANSLATION_MISSES");
    if (file.isEmpty()) return inner;
    QObject* owner = inner->parent();
    auto* recorder = new MissRecordingTranslator(inner, file);
    recorder->setParent(owner);
    // TFSCOPE_TRANSLATION_PROBE="context<TAB>source": looked up once, so a test can see misses recorded.
    const QList<QByteArray> probe = qgetenv("TFSCOPE_TRANSLATION_PROBE").split('\t');
    if (probe.size() == 2) recorder->translate(probe[0].constData(), probe[1].constData(), nullptr, -1);
    return recorder;
}

}  // namespace tfs::views
