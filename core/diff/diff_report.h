#pragma once
// A model diff as text (git diff --stat, then one line per change), JSON, Markdown
// and self-contained HTML. The batch command and the GUI's export use these.

#include <string>

#include "core/diff/model_diff.h"
#include "core/util/json.h"

namespace tfs::diff {

/// One change as a short line: "strides [1,1,1,1] → [1,2,2,1]", "max |Δ| 3.1e-4 over 54,080 elements".
std::string describeChange(const NodeChange& change);

/// The stat block then "+ name (Op)", "- name (Op)", "R old → new (Op)", "~ name (Op): change" lines.
/// At most `maxLines` change lines per section (0 = all).
std::string formatDiffText(const ModelDiff& diff, size_t maxLines = 0);

/// The JSON document: summary, nodes, weights, variables, signatures, functions, sizes.
Json diffToJson(const ModelDiff& diff);

/// Markdown report (tables).
std::string formatDiffMarkdown(const ModelDiff& diff);

/// Self-contained HTML report (inline CSS, no scripts or network).
std::string formatDiffHtml(const ModelDiff& diff);

}  // namespace tfs::diff
