#pragma once
// The texts of a diff tab: the one-line summary, the model-level report for the Model
// panel, the side-by-side properties of the selected pair, and how to read its values.

#include <QString>
#include <functional>
#include <string>

#include "core/model/tensor.h"
#include "core/util/progress.h"
#include "views/diff_changes.h"
#include "views/diff_document.h"

namespace tfs::views {

/// "12 changed · 3 added · 1 removed · 2 renamed" (or "no differences").
QString diffSummaryLine(const DiffDocument& document);
/// Sizes, meta graphs, signatures, functions, variables, op counts and notes (HTML).
QString diffSummaryHtml(const DiffDocument& document);
/// The selected pair (graph entry, or the change row for variables, signatures, functions) side by side (HTML).
QString diffPairHtml(const DiffDocument& document, const std::string& graphKey, int entry, const ChangeRow* row);

/// One stored variable of the diff: status, value deltas, dtype and shape of both sides (HTML).
QString diffVariableHtml(const DiffDocument& document, const std::string& key);

using TensorReader = std::function<Result<Tensor>(const WorkContext&)>;
/// How to read both values of a changed constant or variable (null readers when a side has none).
struct ValueReaders {
    QString name;
    TensorReader a, b;
};
ValueReaders valueReaders(const DiffDocument& document, const std::string& graphKey, int entry, const ChangeRow* row);
/// Both values of a stored variable (null reader for a side that lacks it).
ValueReaders variableValueReaders(const DiffDocument& document, const std::string& key);

}  // namespace tfs::views
