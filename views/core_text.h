#pragma once
// core's user-visible text (progress phrases, Status messages) in the interface language.

#include <QString>

#include "core/util/phrase.h"
#include "core/util/status.h"

namespace tfs::views {

/// A core phrase translated in `context` ("Progress", "Errors"), then filled with its values.
QString phraseText(const char* context, const Phrase& what);

/// A progress message for the window: core's phrase translated in the "Progress" context.
QString progressText(const Phrase& what);

/// A note of a pass, a comparison or a diff: core's phrase translated in the "Notes" context.
QString noteText(const Phrase& what);

/// A Status message for the window: each part translated in the "Errors" context, joined outermost
/// first the way the language joins a context and its message. English matches Status::message().
QString statusText(const Status& status);

}  // namespace tfs::views
