#include "views/core_text.h"

#include <QCoreApplication>
#include <QStringList>

namespace tfs::views {

QString phraseText(const char* context, const Phrase& what) {
    // verbatim() text (a file name, text already translated) is shown as it is.
    if (what.text == verbatim({}).text) return QString::fromStdString(fillPlaceholders(what.text, what.args));
    const QString phrase = QCoreApplication::translate(context, what.text.c_str());
    if (what.items.empty()) return QString::fromStdString(fillPlaceholders(phrase.toStdString(), what.args));
    QStringList items;
    for (const Phrase& item : what.items) items << phraseText(context, item);
    std::vector<std::string> values = what.args;
    values.push_back(items.join(QCoreApplication::translate("Errors", listSeparatorPhrase())).toStdString());
    return QString::fromStdString(fillPlaceholders(phrase.toStdString(), values));
}

QString progressText(const Phrase& what) { return phraseText("Progress", what); }

QString noteText(const Phrase& what) { return phraseText("Notes", what); }

QString statusText(const Status& status) {
    const auto& parts = status.parts();
    if (parts.empty()) return QString::fromStdString(status.message());
    const std::string join = QCoreApplication::translate("Errors", contextJoinPhrase()).toStdString();
    std::string text = phraseText("Errors", parts.back()).toStdString();
    for (size_t i = parts.size() - 1; i-- > 0;) text = fillPlaceholders(join, {phraseText("Errors", parts[i]).toStdString(), text});
    return QString::fromStdString(text);
}

}  // namespace tfs::views
