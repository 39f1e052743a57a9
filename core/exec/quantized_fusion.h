#pragma once
// Eight-bit chain fusion at plan time: after a QuantizedConv2D or QuantizedMatMul, the nodes
// quantize_nodes writes to bring its qint32 sums back to quint8 (RequantizationRange, Requantize,
// QuantizedAdd / QuantizedBiasAdd of a constant bias, Maximum of a range with a constant,
// QuantizedRelu / QuantizedRelu6) run inside the head kernel (kernels/quantized_epilogue.h).

#include "core/exec/plan.h"

namespace tfs::exec {

/// Marks fusable eight-bit chains in a built plan: the head gets `quantEpilogue`, the chain's
/// last node `forwardAll` with the head's three outputs as its inputs; the nodes between are
/// disconnected and never run. Fetched tensors and control edges stop a chain.
void fuseQuantizedChains(Plan& plan);

}  // namespace tfs::exec
