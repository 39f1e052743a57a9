// Must NOT compile: the phrase has two placeholders and the call passes one value
// (ctest phrase_value_count_checked compiles it and expects the static_assert).
#include "core/util/status.h"

tfs::Status wrongCount() { return tfs::invalidArgument(TFS_PHRASE("Errors", "input %1 must be %2-D"), 0); }
