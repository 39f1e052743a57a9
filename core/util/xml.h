#pragma once
// Escaping text for XML, SVG and HTML output.

#include <string>

namespace tfs {

/// Escapes & < > " ' and replaces control characters (other than tab and newline) with spaces.
std::string escapeXml(const std::string& text);

}  // namespace tfs
