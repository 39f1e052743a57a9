#pragma once
// Internal to core/layout: Graphviz runs in a separate process so that a Graphviz crash (2.42 has
// several) cannot take the application down. graph_layout.cpp runs Graphviz; layout_worker.cpp owns
// the processes and the bytes that travel between them.

#include <string>

#include "core/layout/graph_layout.h"

namespace tfs::layout::detail {

/// Runs Graphviz dot in this process. `inExitingChild`: the caller _exits next, so Graphviz's
/// memory is not freed (2.42's gvFreeLayout can double-free after some spline routings).
Result<LayoutResult> layoutHere(const LayoutInput& input, const LayoutOptions& options, const char* splineMode,
                                bool inExitingChild);

/// Loads Graphviz and its plugins once; called before forking so that every child has them.
void loadGraphviz();

enum class ChildOutcome { Done, Crashed, Cancelled };

/// Lays out in a child process: one forked by the layout worker when it runs (startLayoutWorker),
/// else one forked from this process. The caller polls `work` for cancellation; a cancelled or
/// stuck child is killed. On Crashed, `crash` says how it died.
ChildOutcome layoutInChild(const LayoutInput& input, const LayoutOptions& options, const char* splineMode,
                           const WorkContext& work, Result<LayoutResult>& out, Phrase& crash);

/// The bytes a child sends back, and their reading (an error keeps its phrases, so it is shown translated).
std::string encodeChildResult(const Result<LayoutResult>& result);
Result<LayoutResult> decodeChildResult(const std::string& bytes);

}  // namespace tfs::layout::detail
