#include "core/transforms/registry.h"

#include <algorithm>

#include "core/transforms/passes/passes.h"

namespace tfs::transforms {
namespace {

using P = ParamSpec;
using T = ParamType;

std::vector<TransformInfo> buildRegistry() {
    std::vector<TransformInfo> r = {
        {"insert_logging",
         "Insert a Print node after matching nodes (all when no filter) so runs log their outputs; consumers of "
         "output 0 read through it",
         {P{"op", T::OpName, "", true, false, "only nodes of this op"},
          P{"prefix", T::String, "", true, false, "only nodes whose name starts with this"},
          P{"name", T::NodeName, "", true, false, "only this node"},
          P{"show_name", T::Bool, "false", false, false, "append the node name to the message"},
          P{"show_op", T::Bool, "false", false, false, "append the op to the message"},
          P{"first_n", T::Int, "-1", false, false, "log only the first n runs (-1 = always)"},
          P{"summarize", T::Int, "1024", false, false, "elements printed per tensor"},
          P{"message", T::String, "", false, false, "message prefix"}},
         "insert_logging(op=Conv2D, show_name=true)",
         insertLogging},
        {"convert_to_float16",
         "Store float32 constants (>= minimum_size elements) as float16 with a Cast back to float32: half the "
         "weight bytes, the graph still computes in float32; reports the largest weight change",
         {P{"minimum_size", T::Int, "16", false, false, "smallest element count to convert"}},
         "convert_to_float16(minimum_size=16)",
         convertToFloat16},
        {"optimize_for_inference",
         "TensorFlow's optimize_for_inference as one pass (bool flags to defaults, strip unused, remove "
         "Identity/CheckNumerics, fold batch norms, fuse resize/pad into conv) plus constant folding and MatMul "
         "batch-norm folding",
         {P{"fuse_resize_pad", T::Bool, "true", false, false, "fuse ResizeBilinear/MirrorPad into Conv2D"},
          P{"fold_constants", T::Bool, "true", false, false, "also fold constant subgraphs"}},
         "optimize_for_inference",
         optimizeForInference},
        {"strip_training",
         "Turn a training graph into an inference graph: dropout becomes a pass-through, boolean training flags take "
         "their defaults, and (with --outputs) optimizer, gradient, summary and saver nodes are stripped",
         {},
         "strip_training",
         stripTraining},
        {"fuse_pad_and_conv", "Fuse Conv2D(MirrorPad(*, Const), Const) into FusedPadConv2D", {}, "fuse_pad_and_conv",
         fusePadAndConv},
        {"fuse_resize_and_conv",
         "Fuse Conv2D(ResizeBilinear(*, Const), Const) into FusedResizeAndPadConv2D with zero padding (resizes with "
         "half_pixel_centers and dilated convs stay unfused: the fused op cannot express them)", {},
         "fuse_resize_and_conv", fuseResizeAndConv},
        {"fuse_resize_pad_and_conv",
         "Fuse Conv2D(MirrorPad(ResizeBilinear(*, Const), Const), Const) into FusedResizeAndPadConv2D (not with "
         "half_pixel_centers)", {},
         "fuse_resize_pad_and_conv", fuseResizePadAndConv},
        {"add_default_attributes",
         "Add every attribute that has a default in tfscope's op registry (graph and function bodies)",
         {},
         "add_default_attributes",
         addDefaultAttributes},
        {"flatten_atrous_conv",
         "Turn SpaceToBatchND -> Conv2D/DepthwiseConv2dNative -> BatchToSpaceND (atrous conv) into one conv with a "
         "zero-upsampled filter; padding derived from the constant paddings/crops (GTT always uses SAME)",
         {},
         "flatten_atrous_conv",
         flattenAtrousConv},
        {"backport_tensor_array_v3",
         "Rewrite TensorArray*V3 ops as their V2 forms; the V3 flow outputs become a float Const (as GTT) and "
         "V3-only attributes are dropped (GTT leaves them, making invalid V2 nodes)",
         {},
         "backport_tensor_array_v3",
         backportTensorArrayV3},
        {"backport_concatv2", "Rewrite ConcatV2(values..., axis) as the older Concat(axis, values...)", {},
         "backport_concatv2", backportConcatV2},
        {"inline_partitionedcall",
         "Inline PartitionedCall nodes (and StatefulPartitionedCall with stateful=true, which GTT skips) into the graph",
         {P{"stateful", T::Bool, "false", false, false, "also inline StatefulPartitionedCall"}},
         "inline_partitionedcall",
         inlinePartitionedCall,
         true},
        {"fold_batch_norms",
         "Fold a Mul by a per-channel constant into the preceding Conv2D/DepthwiseConv2dNative/MatMul weights "
         "(constants may sit behind Identity; run after fold_constants)",
         {},
         "fold_batch_norms",
         foldBatchNorms},
        {"fold_constants",
         "Evaluate subgraphs that depend only on constants with the executor's kernels and replace them by Const nodes",
         {P{"exclude_op", T::OpName, "", true, false, "never fold nodes of this op"},
          P{"exclude_node", T::NodeName, "", true, false, "never fold this node"},
          P{"max_constant_size_in_bytes", T::Int, "10485760", false, false, "leave results larger than this unfolded"},
          P{"clear_output_shapes", T::Bool, "true", false, false, "drop _output_shapes attributes"}},
         "fold_constants(ignore_errors=true)",
         foldConstants},
        {"fold_old_batch_norms",
         "Fold inference FusedBatchNorm/V2/V3 and BatchNormWithGlobalNormalization into the preceding "
         "Conv2D/DepthwiseConv2dNative/MatMul (also through Identity and an intermediate BiasAdd, which GTT misses)",
         {},
         "fold_old_batch_norms",
         foldOldBatchNorms},
        {"merge_duplicate_nodes",
         "Merge nodes with identical op, inputs, attributes and device (identical constants too), until none remain",
         {},
         "merge_duplicate_nodes",
         mergeDuplicateNodes},
        {"obfuscate_names",
         "Replace node names by short meaningless ones, keeping --inputs and --outputs (signatures are remapped)",
         {},
         "obfuscate_names",
         obfuscateNames},
        {"quantize_weights",
         "Store float constants with at least minimum_size elements as quint8 + min/max and a Dequantize (MIN_FIRST) "
         "node: about 4x smaller, lossy",
         {P{"minimum_size", T::Int, "1024", false, false, "smallest element count to quantize"}},
         "quantize_weights(minimum_size=1024)",
         quantizeWeights},
        {"quantize_nodes",
         "Run Conv2D, MatMul, BiasAdd, Relu/Relu6, Max/AvgPool, Concat/ConcatV2, Reshape, Add and Mul in eight bit "
         "(QuantizeV2 -> Quantized op -> Requantize -> Dequantize, redundant conversions removed); unlike GTT, "
         "constant weights are quantized at transform time, shared inputs once, and NCHW ops stay float",
         {P{"input_min", T::Float, "", false, false, "with input_max: float placeholders become quint8 in this range"},
          P{"input_max", T::Float, "", false, false, "upper end of the placeholder range"},
          P{"fallback_min", T::Float, "", false, false, "with fallback_max: fixed requantization range instead of "
                                                        "RequantizationRange measured on every run"},
          P{"fallback_max", T::Float, "", false, false, "upper end of the fixed requantization range"},
          P{"ignore_op", T::OpName, "", true, false, "leave ops of this type in float"}},
         "quantize_nodes(fallback_min=-10, fallback_max=10)",
         quantizeNodes},
        {"freeze_requantization_ranges",
         "Replace RequantizationRange nodes by constants from a log of real runs (insert_logging(op=RequantizationRange, "
         "show_name=true, message=\"__requant_min_max:\") + TFSCOPE_PRINT_LOG=FILE tfscope --batch run); reads GTT's "
         "and tfscope's log layouts and drops the logging Prints",
         {P{"min_max_log_file", T::String, "", false, true, "log with __requant_min_max:[min][max] lines"},
          P{"min_percentile", T::Float, "5", false, false, "percentile of the logged minimums to use"},
          P{"max_percentile", T::Float, "5", false, false, "percentile (from the top) of the logged maximums to use"}},
         "freeze_requantization_ranges(min_max_log_file=/tmp/min_max_log.txt)",
         freezeRequantizationRanges},
        {"sparsify_gather",
         "Turn Gather/GatherV2 (axis 0) from a mostly-zero float table into a hash-table lookup of its non-zero rows "
         "(HashTableV2 for GTT's [N,1] tables, MutableHashTableOfTensorsV2 for [N,D] rows, which GTT cannot do); "
         "runs without the init op",
         {P{"group_init_node", T::NodeName, "group_deps", false, false, "NoOp that runs the table imports (created if absent)"},
          P{"input_checkpoint", T::String, "", false, false, "checkpoint prefix to read Variable tables from"}},
         "sparsify_gather(group_init_node=group_deps)",
         sparsifyGather},
        {"remove_attribute",
         "Delete an attribute from all nodes, or from nodes of op_name",
         {P{"attribute_name", T::String, "", false, true, "attribute to remove"},
          P{"op_name", T::OpName, "*", false, false, "only nodes of this op ('*' = all)"}},
         "remove_attribute(op_name=Mul, attribute_name=foo)",
         removeAttribute},
        {"remove_control_dependencies", "Drop every control input (^node)", {}, "remove_control_dependencies",
         removeControlDependencies},
        {"remove_device", "Clear the device placement of every node", {}, "remove_device", removeDevice},
        {"remove_nodes",
         "Bypass nodes of the given ops (wiring consumers to their first input, keeping control dependencies); "
         "--inputs/--outputs and cond-branch pivot Identities are kept",
         {P{"op", T::OpName, "", true, true, "op type to remove"},
          P{"max_inputs", T::Int, "1", false, false, "only remove nodes with at most this many data inputs"}},
         "remove_nodes(op=Identity, op=CheckNumerics)",
         removeNodes},
        {"rename_attribute",
         "Rename an attribute on all nodes, or on nodes of op_name",
         {P{"old_attribute_name", T::String, "", false, true, "current name"},
          P{"new_attribute_name", T::String, "", false, true, "new name"},
          P{"op_name", T::OpName, "*", false, false, "only nodes of this op ('*' = all)"}},
         "rename_attribute(old_attribute_name=foo, new_attribute_name=bar)",
         renameAttribute},
        {"rename_node",
         "Rename nodes and every reference to them (pairs may repeat; signatures are remapped)",
         {P{"old_node_name", T::NodeName, "", true, true, "current name"},
          P{"new_node_name", T::NodeName, "", true, true, "new name"}},
         "rename_node(old_node_name=conv1, new_node_name=features)",
         renameNode},
        {"rename_op",
         "Change the op type of every node of old_op_name to new_op_name",
         {P{"old_op_name", T::OpName, "", false, true, "current op"},
          P{"new_op_name", T::OpName, "", false, true, "new op"}},
         "rename_op(old_op_name=Mul, new_op_name=Multiply)",
         renameOp},
        {"round_weights",
         "Round float constants (>= minimum_size elements) to num_steps levels, still float32 but compressible; the top "
         "level stays in range (GTT's overshoots)",
         {P{"num_steps", T::Int, "256", false, false, "number of levels"},
          P{"minimum_size", T::Int, "16", false, false, "smallest element count to round"}},
         "round_weights(num_steps=256)",
         roundWeights},
        {"set_device",
         "Place every node (or only unplaced ones with if_default=true) on a device",
         {P{"device", T::String, "", false, false, "device string, e.g. /device:CPU:0"},
          P{"if_default", T::Bool, "false", false, false, "only nodes without a device"}},
         "set_device(device=/device:CPU:0)",
         setDevice},
        {"sort_by_execution_order", "Order nodes so each node comes after its inputs (TF1 loops allowed)", {},
         "sort_by_execution_order", sortByExecutionOrderPass},
        {"strip_unused_nodes",
         "Keep only the nodes the --outputs need; --inputs become Placeholders (existing placeholders keep their "
         "dtype unless type is given, unlike GTT which forces float)",
         {P{"type", T::DataType, "", false, false, "dtype of the input placeholders"},
          P{"shape", T::Shape, "", false, false, "shape of the input placeholders, e.g. \"1,224,224,3\""},
          P{"name", T::NodeName, "", true, false, "input that gets its own type/shape"},
          P{"type_for_name", T::DataType, "", true, false, "dtype for the matching 'name'"},
          P{"shape_for_name", T::Shape, "", true, false, "shape for the matching 'name'"}},
         "strip_unused_nodes(type=float, shape=\"1,299,299,3\")",
         stripUnusedNodes},
    };
    std::sort(r.begin(), r.end(), [](const TransformInfo& a, const TransformInfo& b) { return a.name < b.name; });
    return r;
}

}  // namespace

const std::vector<TransformInfo>& transformRegistry() {
    static const std::vector<TransformInfo> registry = buildRegistry();
    return registry;
}

const TransformInfo* findTransform(const std::string& name) {
    for (const auto& info : transformRegistry())
        if (info.name == name) return &info;
    return nullptr;
}

}  // namespace tfs::transforms
