#pragma once
// The `inspect` report of a model: what summarize_graph, saved_model_cli show --all
// and inspect_checkpoint print, as readable text and as JSON.

#include <string>

#include "core/model/model.h"
#include "core/util/json.h"

namespace tfs::batch {

Json inspectJson(const Model& model);
std::string inspectText(const Model& model);
/// JSON form of a partial shape: [-1,28,28,1], or null for unknown rank.
Json shapeJson(const PartialShape& shape);

}  // namespace tfs::batch
