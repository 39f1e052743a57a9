// Every string the window asks to translate, in Chinese and in Japanese, is found in the shipped
// translation: tfscope runs the main tasks (workbench passes, a run, a diff, the tensor viewer, a
// load error) with TFSCOPE_TRANSLATION_MISSES set and must record no miss. translations_complete
// checks the .ts files; this checks that the code looks strings up under the names they were filed
// under (a wrong context or a phrase added without translation shows English in a Chinese window).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/views/views_test_util.h"

namespace {

struct Launch {
    int exitCode = -1;
    QString output;
    QStringList misses;
};

}  // namespace

class TranslationLookupTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
#ifndef TFSCOPE_BINARY
        QSKIP("built without the tfscope executable");
#endif
        TFS_QT_REQUIRE_SHARED_MODELS();
        QVERIFY(dir_.isValid());
        // The diff's second model: the CIFAR net after the passes people apply before shipping it.
        quantized_ = dir_.filePath(QStringLiteral("cifar_quantized.pb"));
        const Launch t = launch({QStringLiteral("--batch"), QStringLiteral("transform"), cifar(), quantized_,
                                 QStringLiteral("--inputs"), QStringLiteral("Placeholder"), QStringLiteral("--outputs"),
                                 QStringLiteral("pred"), QStringLiteral("--transforms"),
                                 QStringLiteral("fold_constants fold_batch_norms quantize_weights")});
        QVERIFY2(t.exitCode == 0, qPrintable(t.output));
        // A real frozen graph cut short, as an interrupted download leaves it.
        QFile in(cifar());
        QVERIFY(in.open(QIODevice::ReadOnly));
        cut_ = dir_.filePath(QStringLiteral("cut.pb"));
        QFile out(cut_);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write(in.read(3000)) == 3000);
    }

    void everyLookupIsFound_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("expectedExit");
        for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("ja_JP")}) {
            const QByteArray l = language.toLatin1();
            QTest::newRow(l + " workbench and run")
                << language
                << QStringList{QStringLiteral("--apply"), QStringLiteral("fold_constants fold_batch_norms quantize_weights strip_unused_nodes"),
                               QStringLiteral("--run"), cifar()}
                << 0;
            QTest::newRow(l + " run times on the graph")
                << language << QStringList{QStringLiteral("--run"), QStringLiteral("--marks"), QStringLiteral("time"), model(QStringLiteral("armkws__DS_CNN_S/DS_CNN_S.pb"))}
                << 0;
            QTest::newRow(l + " diff") << language << QStringList{QStringLiteral("--diff"), cifar(), quantized_} << 0;
            QTest::newRow(l + " diff side by side")
                << language << QStringList{QStringLiteral("--diff"), cifar(), quantized_, QStringLiteral("--side-by-side")} << 0;
            QTest::newRow(l + " tensor viewer")
                << language << QStringList{QStringLiteral("--tensor"), QStringLiteral("W"), model(QStringLiteral("tf2onnx__regression_checkpoint"))} << 0;
            QTest::newRow(l + " SavedModel signatures")
                << language << QStringList{model(QStringLiteral("serving__saved_model_half_plus_two_tf2_cpu"))} << 0;
            QTest::newRow(l + " load error") << language << QStringList{cut_} << 1;
        }
    }

    void everyLookupIsFound() {
        QFETCH(QString, language);
        QFETCH(QStringList, args);
        QFETCH(int, expectedExit);
        const QString shot = dir_.filePath(QStringLiteral("shot.png"));
        QFile::remove(shot);
        const Launch run = launch(QStringList{QStringLiteral("--language"), language, QStringLiteral("--screenshot"), shot} + args);
        QVERIFY2(run.exitCode == expectedExit, qPrintable(run.output));
        QVERIFY2(QFile::exists(shot), qPrintable(run.output));
        QVERIFY2(run.misses.isEmpty(), qPrintable(QStringLiteral("untranslated (context<TAB>source):\n") + run.misses.join(QLatin1Char('\n'))));
    }

    // The recorder itself: a lookup that cannot be found is written down.
    void aMissingLookupIsRecorded() {
        const Launch run = launch({QStringLiteral("--language"), QStringLiteral("zh_CN"), QStringLiteral("--screenshot"),
                                   dir_.filePath(QStringLiteral("probe.png")), cifar()},
                                  QStringLiteral("tfs::views::NoSuchContext\tNo such string"));
        QVERIFY2(run.misses.contains(QStringLiteral("tfs::views::NoSuchContext\tNo such string")), qPrintable(run.misses.join(QLatin1Char('\n'))));
    }

private:
    static QString cifar() { return model(QStringLiteral("utensor__cifar10_cnn/cifar10_cnn.pb")); }

    // Runs tfscope with its own settings folder (the user's choices stay untouched) and collects the misses.
    // `probe` ("context<TAB>source") makes the recorder also look up a string that does not exist.
    Launch launch(const QStringList& args, const QString& probe = {}) {
        const QString misses = dir_.filePath(QStringLiteral("misses.txt"));
        QFile::remove(misses);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TFSCOPE_TRANSLATION_MISSES"), misses);
        if (!probe.isEmpty()) env.insert(QStringLiteral("TFSCOPE_TRANSLATION_PROBE"), probe);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir_.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
#ifdef TFSCOPE_BINARY
        p.start(QStringLiteral(TFSCOPE_BINARY), args);
#endif
        Launch out;
        if (!p.waitForFinished(240000)) {
            p.kill();
            p.waitForFinished();
            out.output = QStringLiteral("timed out: ") + args.join(QLatin1Char(' '));
            return out;
        }
        out.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        out.output = QString::fromUtf8(p.readAll());
        QFile f(misses);
        if (f.open(QIODevice::ReadOnly | QIODevice::Text))
            out.misses = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return out;
    }

    QTemporaryDir dir_;
    QString quantized_;
    QString cut_;
};

QTEST_GUILESS_MAIN(TranslationLookupTest)
#include "translation_lookup_test.moc"
