#pragma once
// FLOP estimates of one node execution from the shapes seen at run time, for
// `bench` (what benchmark_model prints): 2 FLOPs per multiply-accumulate in
// convolutions and matrix products, one per output element for elementwise ops.

#include <string>
#include <vector>

#include "core/model/shape.h"
#include "tensorflow/node_def.pb.h"

namespace tfs::exec {

/// Estimated floating-point operations of one execution of `node` with these input
/// and output shapes; 0 for ops that only move data (Reshape, Concat, Gather, ...).
/// Counted: Conv2D, DepthwiseConv2dNative, Conv2DBackpropInput, Conv3D and their fused
/// variants, MatMul, BatchMatMul*, Einsum (2 per multiply-add); pooling (one per window
/// element); reductions (one per input element); elementwise math, activations, BiasAdd,
/// batch norm and softmax (one per output element, two for batch norm). The eight-bit
/// QuantizedConv2D / QuantizedMatMul / QuantizedMaxPool / QuantizedAvgPool count as their float
/// ops do (integer operations, so eight-bit and float graphs compare in one column).
double estimateNodeFlops(const tensorflow::NodeDef& node, const std::vector<Dims>& inputs, const std::vector<Dims>& outputs);

/// Whether estimateNodeFlops counts this op at all (so reports can say what is missing).
bool flopsCounted(const std::string& op);

}  // namespace tfs::exec
