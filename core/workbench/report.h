#pragma once
// The workbench report: the baseline and every step's measurement, as the
// JSON that `transform --measure --json` and the window's --workbench-report
// write, and as the text table of `transform --measure`.

#include <string>
#include <vector>

#include "core/transforms/transform.h"
#include "core/util/json.h"
#include "core/workbench/measure.h"

namespace tfs::workbench {

/// One measured step of a pipeline.
struct MeasuredStep {
    transforms::TransformSpec spec;
    Measurement measurement;
};

/// {"baseline": {nodes, bytes, compressed_bytes, parameters, latency_ms},
///  "passes": [{name, spec, nodes, bytes, compressed_bytes, parameters, latency_ms,
///              accuracy: {OUTPUT_TENSOR: {max_abs_error, mean_abs_error, cosine, snr_db, top1_agreement}}}]}
/// latency_ms is null when not measured; snr_db null when there is no error; top1_agreement
/// null for outputs that are not classifier-like; OUTPUT_TENSOR is the original's tensor.
Json reportToJson(const Measurement& baseline, const std::vector<MeasuredStep>& steps);

/// A table: one row per step (nodes, bytes, compressed, parameters, median latency, peak
/// memory) and under it one line per output with its accuracy against the original.
std::string formatReport(const Measurement& baseline, const std::vector<MeasuredStep>& steps);

}  // namespace tfs::workbench
