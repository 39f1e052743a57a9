#pragma once
// Core's user-visible text (progress, error messages) as an English phrase with %1 … %9 placeholders
// and the values that fill them, kept apart so that the GUI can translate the phrase and fill it.

#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

/// Marks an English phrase of core for translation. lupdate reads it as QT_TRANSLATE_NOOP
/// (app/CMakeLists.txt passes the alias); the GUI looks the phrase up in that context:
/// "Progress" for progress reports, "Errors" for Status messages. The phrase's type carries its
/// highest placeholder, so a call passing it another number of values does not compile.
#define TFS_PHRASE(context, text) (::tfs::PhraseText<::tfs::highestPlaceholder(text)>{text})

namespace tfs {

/// The highest %1 … %9 in `text` (0 when it has none): how many values the phrase takes.
constexpr int highestPlaceholder(const char* text) {
    int highest = 0;
    for (; *text; ++text)
        if (text[0] == '%' && text[1] >= '1' && text[1] <= '9' && text[1] - '0' > highest) highest = text[1] - '0';
    return highest;
}

/// A TFS_PHRASE: its English text, and in its type the number of values it takes.
template <int Values>
struct PhraseText {
    const char* text;
    constexpr operator const char*() const { return text; }
    operator std::string() const { return text; }
};

/// An English phrase with %1 … %9 placeholders and the values that fill them.
struct Phrase {
    std::string text;
    std::vector<std::string> args;
    /// Phrases listed in one message (several problems): when not empty they are the last value,
    /// joined by listSeparatorPhrase(), each translated on its own.
    std::vector<Phrase> items = {};

    /// The phrase with its placeholders filled.
    std::string english() const;
};

/// What separates the items of a list inside a phrase ("; "); a phrase of the "Errors" context.
const char* listSeparatorPhrase();

/// Fills %1 … %9 of `phrase` with `args` in one pass (a value that itself holds "%2" stays as it is).
std::string fillPlaceholders(const std::string& phrase, const std::vector<std::string>& args);

/// A text that is no phrase (a file name, another library's message): shown as it is, untranslated.
Phrase verbatim(std::string text);

namespace phrase_detail {
inline std::string arg(std::string s) { return s; }
inline std::string arg(const char* s) { return s; }
inline std::string arg(std::string_view s) { return std::string(s); }
template <typename T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool> && !std::is_same_v<T, char>, int> = 0>
std::string arg(T value) { return std::to_string(value); }
inline std::string arg(double value) { return std::to_string(value); }
}  // namespace phrase_detail

/// `phrase(TFS_PHRASE("Errors", "%1: bad magic"), path)`: a phrase and its values (text or integers).
template <typename... Args>
Phrase phrase(const char* text, Args&&... args) {
    return Phrase{text, {phrase_detail::arg(std::forward<Args>(args))...}};
}
/// The same for a TFS_PHRASE, checked while compiling: as many values as the phrase has placeholders.
template <int Values, typename... Args>
Phrase phrase(PhraseText<Values> text, Args&&... args) {
    static_assert(Values == int(sizeof...(Args)), "a phrase takes as many values as its highest %n");
    return phrase(text.text, std::forward<Args>(args)...);
}

}  // namespace tfs
