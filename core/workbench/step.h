#pragma once
// The workbench's unit of editing: one pass applied to an immutable model
// revision, giving the next revision and what the pass did. Revisions are
// shared_ptr<const Model> so a GUI can keep a history and measure any of
// them from worker threads.

#include <memory>
#include <string>
#include <vector>

#include "core/model/model.h"
#include "core/transforms/model_transform.h"
#include "core/util/progress.h"

namespace tfs::workbench {

/// One applied pass.
struct Step {
    transforms::TransformSpec spec;       // the pass as applied
    std::shared_ptr<const Model> model;   // the revision after the pass (sizes tell the truth, see markGraphEdited)
    transforms::ModelStep detail;         // log entries, added/removed/changed nodes, changed functions,
                                          // renames, and the endpoints to give the next step
};

/// The model-level step "freeze" (not a graph pass): variables become constants read from the
/// model's checkpoint, TF2 calls are inlined, and the result is a self-contained GraphDef model
/// that keeps the chosen signature. It is written first in a pipeline: "freeze fold_constants …".
inline constexpr const char* kFreezeStep = "freeze";

/// Parses a pipeline in the GTT grammar and validates each pass; "freeze" is accepted too.
Result<std::vector<transforms::TransformSpec>> parsePipeline(const std::string& text);

/// Applies one validated pass (or "freeze") to a copy of `input` (which stays untouched); cancellable.
/// `options` are the endpoints (empty = from the signature); pass the previous step's
/// detail.options to keep inputs/outputs that earlier passes renamed.
Result<Step> applyPass(const std::shared_ptr<const Model>& input, const transforms::TransformSpec& spec,
                       const transforms::ModelTransformOptions& options, const WorkContext& work = {});

/// Applies passes one after another (each a Step), stopping at the first error.
Result<std::vector<Step>> applyPasses(const std::shared_ptr<const Model>& input,
                                      const std::vector<transforms::TransformSpec>& specs,
                                      const transforms::ModelTransformOptions& options, const WorkContext& work = {});

}  // namespace tfs::workbench
