// core's Status messages in the window's language: each phrase of the chain translated ("Errors"
// context) and filled with its values; in English the text is exactly Status::message().
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "core/formats/loader.h"
#include "tests/common/test_paths.h"
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

}  // namespace

class CoreTextTest : public QObject {
    Q_OBJECT
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

private:
    QTemporaryDir dir_;
    QString cut_;
};

QTEST_MAIN(CoreTextTest)
#include "core_text_test.moc"
