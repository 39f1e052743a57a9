#pragma once
// Epilogue fusion at plan time: Conv2D / DepthwiseConv2dNative / MatMul followed by
// BiasAdd (or Add of a constant vector), inference FusedBatchNorm and Relu/Relu6, each
// the single consumer of the previous, become one kernel call with a per-channel epilogue.

#include "core/exec/plan.h"

namespace tfs::exec {

/// The Const tensor feeding input `slot` of `node` (through up to four Identity nodes), or null.
const Tensor* constInput(const Plan& plan, const PlanNode& node, size_t slot);

/// Marks fusable chains in a built plan (heads get `epilogue`, members `forwardSlot`).
/// Fetched tensors, control edges and non-constant parameters stop a chain.
void fuseEpilogues(Plan& plan);

}  // namespace tfs::exec
