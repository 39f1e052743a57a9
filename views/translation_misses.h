#pragma once
// A development aid: with TFSCOPE_TRANSLATION_MISSES=FILE, every tfscope string the interface asks
// to translate but the loaded translation does not have (a wrong context, a phrase added without a
// translation wave) is appended to FILE as "context<TAB>source", once each. Qt's own contexts are left out.
// TFSCOPE_TRANSLATION_PROBE="context<TAB>source" looks one string up at start (for the recorder's own test).

#include <QTranslator>

namespace tfs::views {

/// The translator to install in place of `inner`: itself recording misses when the variable is set,
/// else `inner` unchanged. The recorder takes ownership of `inner`.
QTranslator* withMissRecording(QTranslator* inner);

}  // namespace tfs::views
