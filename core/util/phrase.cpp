#include "core/util/phrase.h"

namespace tfs {

std::string fillPlaceholders(const std::string& phrase, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(phrase.size());
    for (size_t i = 0; i < phrase.size(); ++i) {
        const char next = i + 1 < phrase.size() ? phrase[i + 1] : '\0';
        if (phrase[i] == '%' && next >= '1' && next <= '9' && size_t(next - '1') < args.size()) {
            out += args[size_t(next - '1')];
            ++i;
        } else {
            out += phrase[i];
        }
    }
    return out;
}

const char* listSeparatorPhrase() {
    return TFS_PHRASE("Errors", "; ");
}

std::string Phrase::english() const {
    if (items.empty()) return fillPlaceholders(text, args);
    std::string list;
    for (const Phrase& item : items) list += (list.empty() ? "" : listSeparatorPhrase()) + item.english();
    std::vector<std::string> values = args;
    values.push_back(std::move(list));
    return fillPlaceholders(text, values);
}

Phrase verbatim(std::string text) { return Phrase{"%1", {std::move(text)}}; }

}  // namespace tfs
