#pragma once
// Walks the phrases of a Status (its parts and the items they list), for tests that check every
// phrase reaches the window translated.

#include <string>
#include <vector>

#include "core/util/status.h"

namespace tfs::test {

/// Every phrase of `what` and of the items it lists, depth first.
inline void collectPhrases(const Phrase& what, std::vector<const Phrase*>* out) {
    out->push_back(&what);
    for (const Phrase& item : what.items) collectPhrases(item, out);
}

/// Every phrase of a Status: its parts, outermost first, with the items they list.
inline std::vector<const Phrase*> phrasesOf(const Status& status) {
    std::vector<const Phrase*> out;
    for (const Phrase& part : status.parts()) collectPhrases(part, &out);
    return out;
}

/// A text shown as it is, never translated: verbatim("...") or a phrase of placeholders and punctuation.
inline bool isVerbatim(const Phrase& what) { return what.text == "%1"; }

/// Whether the phrase has words a translator must translate (not only placeholders and punctuation).
inline bool hasWords(const std::string& text) {
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
            ++i;
            continue;
        }
        if ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z')) return true;
    }
    return false;
}

}  // namespace tfs::test
