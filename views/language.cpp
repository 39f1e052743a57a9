#include "views/language.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

#include "views/translation_misses.h"

namespace tfs::views {
namespace {

const char kSettingKey[] = "view/language";
const char kI18nDir[] = ":/i18n";

// The same file QSettings() uses once the application names are set (main sets "tfscope"/"tfscope"),
// readable before the application exists.
QSettings settings() { return QSettings(QStringLiteral("tfscope"), QStringLiteral("tfscope")); }

}  // namespace

QList<Language> shippedLanguages() {
    QList<Language> languages{{QStringLiteral("en"), QStringLiteral("English")}};
    const QStringList files = QDir(QString::fromLatin1(kI18nDir)).entryList({QStringLiteral("tfscope_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString code = file.mid(8, file.size() - 8 - 3);  // tfscope_<code>.qm
        if (code == QLatin1String("en")) continue;
        QString name = QLocale(code).nativeLanguageName();
        if (code.contains(QLatin1Char('_')) && QLocale(code).language() == QLocale::Chinese)
            name = QLocale(code).script() == QLocale::TraditionalChineseScript ? QStringLiteral("繁體中文") : QStringLiteral("简体中文");
        languages.append({code, name.isEmpty() ? code : name});
    }
    return languages;
}

QString languageSetting() {
    QSettings s = settings();
    return s.value(QLatin1String(kSettingKey)).toString();
}

void setLanguageSetting(const QString& code) {
    QSettings s = settings();
    if (code.isEmpty()) s.remove(QLatin1String(kSettingKey));
    else s.setValue(QLatin1String(kSettingKey), code);
}

QLocale interfaceLocale(const QString& override) {
    const QString chosen = override.isEmpty() ? languageSetting() : override;
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

bool loadAppTranslator(QTranslator& translator, const QLocale& locale) {
    const QString dir = QString::fromLatin1(kI18nDir);
    // English (and any language without a translation) still loads tfscope_en for its plural forms.
    if (locale.language() != QLocale::English &&
        translator.load(locale, QStringLiteral("tfscope"), QStringLiteral("_"), dir))
        return true;
    return translator.load(QStringLiteral("tfscope_en"), dir);
}

void installTranslators(const QLocale& locale) {
    static QTranslator* qtTranslator = nullptr;
    static QTranslator* appTranslator = nullptr;  // as installed: possibly the miss recorder around it
    for (QTranslator** t : {&qtTranslator, &appTranslator}) {
        if (*t) QCoreApplication::removeTranslator(*t);
        delete *t;
        *t = new QTranslator(QCoreApplication::instance());
    }
    QLocale::setDefault(locale);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    if (loadAppTranslator(*appTranslator, locale)) {
        appTranslator = withMissRecording(appTranslator);
        QCoreApplication::installTranslator(appTranslator);
    }
}

void addLanguageMenu(QMenu* viewMenu, QWidget* parent) {
    QMenu* menu = viewMenu->addMenu(QCoreApplication::translate("Language", "&Language"));
    auto* group = new QActionGroup(menu);
    const QString current = languageSetting();
    QList<Language> choices{{QString(), QCoreApplication::translate("Language", "Follow System")}};
    choices += shippedLanguages();
    for (const Language& language : choices) {
        QAction* action = menu->addAction(language.nativeName);
        action->setCheckable(true);
        action->setChecked(language.code == current);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, parent, [parent, code = language.code] {
            if (code == languageSetting()) return;
            setLanguageSetting(code);
            QMessageBox::information(parent, QCoreApplication::translate("Language", "Language"),
                                     QCoreApplication::translate("Language", "tfscope will use the new language when you start it again."));
        });
    }
}

}  // namespace tfs::views
