// core's Status messages in the window's language: each phrase of the chain translated ("Errors"
// context) and filled with its values; in English the text is exactly Status::message().
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "core/compare/io_plan.h"
#include "core/exec/session.h"
#include "core/formats/loader.h"
#include "core/transforms/runner.h"
#include "tests/common/phrase_walk.h"
#include "tests/common/test_paths.h"
#include "tests/views/views_test_util.h"
#include "tests/exec/kernel_error_sweep.h"
#include "views/core_text.h"
#include "views/main_window.h"

using namespace tfs;
using namespace tfs::views;

namespace {

bool hasHan(const QString& text) {
    for (QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) return true;
    return false;
}

/// The phrases of `what` (and of the items it lists) that have words but no translation in `context`:
/// what would still read English in the window.
void collectUntranslated(const char* context, const Phrase& what, QSet<QString>* out) {
    std::vector<const Phrase*> all;
    test::collectPhrases(what, &all);
    for (const Phrase* p : all) {
        if (test::isVerbatim(*p) || !test::hasWords(p->text)) continue;
        if (QCoreApplication::translate(context, p->text.c_str()) == QString::fromStdString(p->text))
            out->insert(QString::fromStdString(p->text));
    }
}

QString listed(const QSet<QString>& texts) {
    QStringList sorted(texts.begin(), texts.end());
    sorted.sort();
    return QString::number(sorted.size()) + QStringLiteral(" untranslated:\n") + sorted.join(QLatin1Char('\n'));
}

/// The languages tfscope ships besides English, as a test's data rows.
void addLanguages() {
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("ja_JP") << QStringLiteral("ja_JP");
}

/// Installs tfscope_<language>.qm for the lifetime of the object.
class Language {
public:
    explicit Language(const QString& name) {
        loaded_ = translator_.load(QStringLiteral("tfscope_") + name, QStringLiteral(TFSCOPE_TRANSLATIONS_DIR));
        if (loaded_) QCoreApplication::installTranslator(&translator_);
    }
    ~Language() { QCoreApplication::removeTranslator(&translator_); }
    bool loaded() const { return loaded_; }

private:
    QTranslator translator_;
    bool loaded_ = false;
};

}  // namespace

class CoreTextTest : public QObject {
    Q_OBJECT
public:
    static void initMain() { startLayoutWorkerAsTheAppDoes(); }

private slots:
    void initTestCase() {
        TFS_QT_ISOLATE_SETTINGS();
        TFS_QT_REQUIRE_SHARED_MODELS();
        QVERIFY(dir_.isValid());
        // A real frozen graph cut after 3000 bytes: what a user meets after an interrupted copy.
        QFile in(QString::fromStdString(test::sharedModel("utensor__cifar10_cnn") + "/cifar10_cnn.pb"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray head = in.read(3000);
        QCOMPARE(head.size(), 3000);
        cut_ = dir_.filePath(QStringLiteral("cut_cifar.pb"));
        QFile out(cut_);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(head), qint64(3000));
    }

    void englishIsTheCoreMessage() {
        const auto loaded = loadModel(cut_.toStdString());
        QVERIFY(!loaded.ok());
        QCOMPARE(statusText(loaded.status()), QString::fromStdString(loaded.status().message()));
        const Status chained = invalidArgument(TFS_PHRASE("Errors", "graph is invalid: %1"), "x")
                                   .withContext(std::string("model A (a.pb)"))
                                   .withContext(TFS_PHRASE("Errors", "loading model A"));
        QCOMPARE(statusText(chained), QStringLiteral("loading model A: model A (a.pb): graph is invalid: x"));
        QCOMPARE(statusText(okStatus()), QString());
    }

    void chineseLoadErrorNamesTheFile() {
        QTranslator chinese;
        QVERIFY2(chinese.load(QStringLiteral("tfscope_zh_CN"), QStringLiteral(TFSCOPE_TRANSLATIONS_DIR)),
                 TFSCOPE_TRANSLATIONS_DIR "/tfscope_zh_CN.qm did not load");
        QCoreApplication::installTranslator(&chinese);
        const auto loaded = loadModel(cut_.toStdString());
        QVERIFY(!loaded.ok());
        const Status& st = loaded.status();
        const std::string& english = st.parts().back().text;
        const QString phrase = QCoreApplication::translate("Errors", english.c_str());
        QVERIFY2(phrase != QString::fromStdString(english), ("no Chinese for the phrase: " + english).c_str());
        const QString text = statusText(st);
        QVERIFY2(hasHan(text), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("cut_cifar.pb")), qPrintable(text));
        // The phrase's own words (without its placeholders) are in the message.
        for (const QString& piece : phrase.split(QRegularExpression(QStringLiteral("%[1-9]")), Qt::SkipEmptyParts))
            QVERIFY2(text.contains(piece.trimmed()), qPrintable(piece + QStringLiteral(" | ") + text));

        // The window says the same when the file is opened.
        MainWindow w;
        w.setInteractiveErrors(false);
        QSignalSpy failed(&w, &MainWindow::loadFailed);
        w.openPath(cut_);
        QVERIFY(QTest::qWaitFor([&] { return failed.count() > 0; }, 60000));
        QCOMPARE(failed.at(0).at(1).toString(), text);
        QVERIFY2(w.lastError().contains(text), qPrintable(w.lastError()));
        QCoreApplication::removeTranslator(&chinese);
    }

    // Every kernel, fed many bad input combinations: each error it gives is translated phrase by phrase.
    void everyKernelErrorIsTranslated_data() { addLanguages(); }
    void everyKernelErrorIsTranslated() {
        QFETCH(QString, language);
        Language lang(language);
        QVERIFY(lang.loaded());
        QSet<QString> missing;
        size_t errors = 0;
        for (const auto& run : test::runKernelsOnBadInputs()) {
            if (run.status.ok()) continue;
            ++errors;
            for (const Phrase& part : run.status.parts()) collectUntranslated("Errors", part, &missing);
        }
        QVERIFY(errors > 1000);
        QVERIFY2(missing.isEmpty(), qPrintable(listed(missing)));
    }

    // A real model fed a wrong input shape: the whole message reads in the language, values kept.
    void realModelRunErrorIsTranslated_data() { addLanguages(); }
    void realModelRunErrorIsTranslated() {
        QFETCH(QString, language);
        Language lang(language);
        QVERIFY(lang.loaded());
        auto model = loadModel(test::sharedModel("tf2onnx__fc-layers") + "/frozen.pb");
        QVERIFY(model.ok());
        auto session = exec::Session::fromModel(*model);
        QVERIFY(session.ok());
        Tensor x(tensorflow::DT_FLOAT, {1, 783});  // the net takes 784 values per row
        auto out = (*session)->run({{"X:0", x}}, {"output:0"});
        QVERIFY(!out.ok());
        QSet<QString> missing;
        for (const Phrase& part : out.status().parts()) collectUntranslated("Errors", part, &missing);
        QVERIFY2(missing.isEmpty(), qPrintable(listed(missing) + QStringLiteral("\n") + statusText(out.status())));
        const QString text = statusText(out.status());
        QVERIFY2(hasHan(text), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("[1,783]")), qPrintable(text));
    }

    // A plan with several problems lists each of them translated.
    void planProblemListIsTranslated_data() { addLanguages(); }
    void planProblemListIsTranslated() {
        QFETCH(QString, language);
        Language lang(language);
        QVERIFY(lang.loaded());
        tensorflow::GraphDef g;
        auto* sink = g.add_node();
        sink->set_name("sink");
        sink->set_op("NoOp");
        for (int i = 0; i < 22; ++i) {
            auto* n = g.add_node();
            n->set_name("u" + std::to_string(i));
            n->set_op("NoSuchOp");
            sink->add_input("^u" + std::to_string(i));
        }
        auto session = exec::Session::create(g, nullptr);
        QVERIFY(session.ok());
        auto out = (*session)->run({}, {}, {"sink"});
        QVERIFY(!out.ok());
        QCOMPARE(int(out.status().parts().back().items.size()), 21);
        QSet<QString> missing;
        for (const Phrase& part : out.status().parts()) collectUntranslated("Errors", part, &missing);
        QVERIFY2(missing.isEmpty(), qPrintable(listed(missing)));
        const QString text = statusText(out.status());
        // The first 20 problems are listed, the other two counted ("and 2 more", translated).
        QVERIFY2(text.contains(QStringLiteral("u19")) && text.contains(QStringLiteral("NoSuchOp")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("u20")) && !text.contains(QStringLiteral("and 2 more")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("is not supported")), qPrintable(text));
    }

    // The notes passes and comparisons attach to their results read in the language.
    void notesAreTranslated_data() { addLanguages(); }
    void notesAreTranslated() {
        QFETCH(QString, language);
        Language lang(language);
        QVERIFY(lang.loaded());
        auto model = loadModel(test::sharedModel("tf2onnx__fc-layers") + "/frozen.pb");
        QVERIFY(model.ok());
        tensorflow::GraphDef graph = *model->graph();
        transforms::TransformLog log;
        const Status ran = transforms::runTransformString(
            &graph, {"X"}, {"output"}, "strip_unused_nodes fold_constants quantize_weights(minimum_size=16) round_weights",
            &log);
        QVERIFY2(ran.ok(), ran.toString().c_str());
        std::vector<Phrase> notes;
        for (const auto& entry : log.passes) notes.insert(notes.end(), entry.notes.begin(), entry.notes.end());
        auto io = compare::planIo(*model, *model, {});
        QVERIFY2(io.ok(), io.status().toString().c_str());
        notes.insert(notes.end(), io->notes.begin(), io->notes.end());
        QVERIFY(notes.size() >= 5);
        QSet<QString> missing;
        for (const Phrase& note : notes) collectUntranslated("Notes", note, &missing);
        QVERIFY2(missing.isEmpty(), qPrintable(listed(missing)));
        for (const Phrase& note : notes) QVERIFY2(hasHan(noteText(note)), qPrintable(noteText(note)));
    }

private:
    QTemporaryDir dir_;
    QString cut_;
};

QTEST_MAIN(CoreTextTest)
#include "core_text_test.moc"
