#pragma once
// The interface language: which translations ship, the View ▸ Language choice kept in settings,
// and installing the translators. Usable before the QApplication exists (for --help).

#include <QList>
#include <QLocale>
#include <QString>

class QMenu;
class QTranslator;
class QWidget;

namespace tfs::views {

/// A language tfscope ships a translation for.
struct Language {
    QString code;        ///< locale name of the .ts file: "en", "zh_CN", "ja_JP"
    QString nativeName;  ///< as its speakers write it: "English", "简体中文", "日本語"
};

/// Every translation embedded in the executable (:/i18n/tfscope_*.qm), English first.
QList<Language> shippedLanguages();

/// The View ▸ Language choice ("" follows the system), kept in QSettings as view/language.
QString languageSetting();
void setLanguageSetting(const QString& code);

/// The locale the interface speaks: override (e.g. --language) if given, else the setting, else the system's.
QLocale interfaceLocale(const QString& override = {});

/// Loads tfscope's translation for locale (English plural forms when there is none); false if nothing loaded.
bool loadAppTranslator(QTranslator& translator, const QLocale& locale);

/// Installs tfscope's and Qt's own translations for locale on the running application.
void installTranslators(const QLocale& locale);

/// Adds View ▸ Language: "Follow System" and every shipped language; a choice is saved and
/// takes effect when tfscope next starts (the window offers to say so).
void addLanguageMenu(QMenu* viewMenu, QWidget* parent);

}  // namespace tfs::views
