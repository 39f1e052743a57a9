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

std::string Phrase::english() const { return fillPlaceholders(text, args); }

Phrase verbatim(std::string text) { return Phrase{"%1", {std::move(text)}}; }

}  // namespace tfs
