#pragma once
// Renderings of a comparison: a terminal table, JSON, Markdown and a
// self-contained HTML page with inline SVG charts. Every number in the JSON
// appears, formatted identically, in the Markdown and HTML reports.

#include <string>
#include <vector>

#include "core/compare/compare.h"
#include "core/util/json.h"

namespace tfs::compare {

/// The one number format of all reports: integers plain, others 6 significant
/// digits (more when needed to tell a value from exactly 1); "inf"/"nan" as words.
std::string formatNumber(double v);
/// A value rounded to what formatNumber prints, so JSON and reports agree.
double reportValue(double v);

/// The comparison as JSON (schema in docs/compare.md).
Json compareToJson(const CompareResult& result, const std::vector<std::string>& violations);
/// The readable before/after table printed by `tfscope --batch compare`.
std::string formatTextReport(const CompareResult& result, const std::vector<std::string>& violations);
/// A Markdown report.
std::string formatMarkdownReport(const CompareResult& result, const std::vector<std::string>& violations);
/// A self-contained HTML report (inline CSS and SVG, no network).
std::string formatHtmlReport(const CompareResult& result, const std::vector<std::string>& violations);

/// Writes .md/.markdown or .html/.htm by extension; refuses to overwrite either model.
Status writeReport(const std::string& path, const CompareResult& result, const std::vector<std::string>& violations);

}  // namespace tfs::compare
