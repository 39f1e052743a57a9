#include "core/exec/op_outputs.h"

#include <map>
#include <vector>

#include "core/model/attrs.h"
#include "core/ops/op_registry.h"

namespace tfs::exec {

namespace {

// One output argument: its name and how many tensors it holds for a given node.
struct OutArg {
    const char* name;
    const char* numberAttr;    // length from an int attr ("" = not a number list)
    const char* typeListAttr;  // length from a type-list attr ("" = none)
};

// Multi-output-argument ops; every op not listed has one output argument, so
// "node:arg:i" is flat index i.
const std::map<std::string, std::vector<OutArg>>& multiArgOps() {
    static const std::map<std::string, std::vector<OutArg>> ops = {
        {"Switch", {{"output_false", "", ""}, {"output_true", "", ""}}},
        {"RefSwitch", {{"output_false", "", ""}, {"output_true", "", ""}}},
        {"Merge", {{"output", "", ""}, {"value_index", "", ""}}},
        {"RefMerge", {{"output", "", ""}, {"value_index", "", ""}}},
        {"FusedBatchNorm",
         {{"y", "", ""}, {"batch_mean", "", ""}, {"batch_variance", "", ""}, {"reserve_space_1", "", ""}, {"reserve_space_2", "", ""}}},
        {"FusedBatchNormV2",
         {{"y", "", ""}, {"batch_mean", "", ""}, {"batch_variance", "", ""}, {"reserve_space_1", "", ""}, {"reserve_space_2", "", ""}}},
        {"FusedBatchNormV3",
         {{"y", "", ""},
          {"batch_mean", "", ""},
          {"batch_variance", "", ""},
          {"reserve_space_1", "", ""},
          {"reserve_space_2", "", ""},
          {"reserve_space_3", "", ""}}},
        {"TopKV2", {{"values", "", ""}, {"indices", "", ""}}},
        {"TopK", {{"values", "", ""}, {"indices", "", ""}}},
        {"Unique", {{"y", "", ""}, {"idx", "", ""}}},
        {"UniqueV2", {{"y", "", ""}, {"idx", "", ""}}},
        {"UniqueWithCounts", {{"y", "", ""}, {"idx", "", ""}, {"count", "", ""}}},
        {"TensorArrayV3", {{"handle", "", ""}, {"flow", "", ""}}},
        {"TensorArrayGradV3", {{"grad_handle", "", ""}, {"flow_out", "", ""}}},
        {"TensorArrayConcatV3", {{"value", "", ""}, {"lengths", "", ""}}},
        {"TensorListPopBack", {{"output_handle", "", ""}, {"tensor", "", ""}}},
        {"QuantizeV2", {{"output", "", ""}, {"output_min", "", ""}, {"output_max", "", ""}}},
        {"StringSplit", {{"indices", "", ""}, {"values", "", ""}, {"shape", "", ""}}},
        {"StringSplitV2", {{"indices", "", ""}, {"values", "", ""}, {"shape", "", ""}}},
        {"BroadcastGradientArgs", {{"r0", "", ""}, {"r1", "", ""}}},
        {"ParseExample",
         {{"sparse_indices", "Nsparse", ""},
          {"sparse_values", "", "sparse_types"},
          {"sparse_shapes", "Nsparse", ""},
          {"dense_values", "", "Tdense"}}},
        {"ParseExampleV2",
         {{"sparse_indices", "num_sparse", ""},
          {"sparse_values", "", "sparse_types"},
          {"sparse_shapes", "num_sparse", ""},
          {"dense_values", "", "Tdense"},
          {"ragged_values", "", "ragged_value_types"},
          {"ragged_row_splits", "", "ragged_split_types"}}},
        {"ParseSingleExample",
         {{"sparse_indices", "num_sparse", ""},
          {"sparse_values", "", "sparse_types"},
          {"sparse_shapes", "num_sparse", ""},
          {"dense_values", "", "Tdense"}}},
        {"SparseSoftmaxCrossEntropyWithLogits", {{"loss", "", ""}, {"backprop", "", ""}}},
        {"SoftmaxCrossEntropyWithLogits", {{"loss", "", ""}, {"backprop", "", ""}}},
        {"Svd", {{"s", "", ""}, {"u", "", ""}, {"v", "", ""}}},
        {"Qr", {{"q", "", ""}, {"r", "", ""}}},
        {"LookupTableExportV2", {{"keys", "", ""}, {"values", "", ""}}},
    };
    return ops;
}

}  // namespace

const tensorflow::FunctionDef* findFunction(const tensorflow::FunctionDefLibrary* library, const std::string& name) {
    if (!library) return nullptr;
    for (const auto& f : library->function())
        if (f.signature().name() == name) return &f;
    return nullptr;
}

Result<int> flatOutputIndex(const tensorflow::NodeDef& node, const std::string& arg, int index,
                            const tensorflow::FunctionDefLibrary* library) {
    if (index < 0) return invalidArgument(TFS_PHRASE("Errors", "node '%1': negative output index for '%2'"),
                                          node.name(), arg);
    // The op registry knows most ops' output arguments; the table below covers the rest.
    if (::tfs::findOp(node.op()) || findFunction(library, node.op())) {
        auto flat = ::tfs::flatOutputIndex(node, arg, index, library);
        if (flat.ok()) return flat;
    }
    if (const auto* fn = findFunction(library, node.op())) {
        const auto& outs = fn->signature().output_arg();
        for (int i = 0; i < outs.size(); ++i)
            if (outs[i].name() == arg) return i + index;
        return invalidArgument(TFS_PHRASE("Errors", "node '%1' (function %2) has no output '%3'"),
                               node.name(), node.op(), arg);
    }
    const auto& table = multiArgOps();
    auto it = table.find(node.op());
    if (it == table.end()) return index;  // single output argument (list or not)
    int offset = 0;
    for (const auto& out : it->second) {
        if (arg == out.name) return offset + index;
        int count = 1;
        if (*out.numberAttr) count = int(attrInt(node, out.numberAttr, 0));
        else if (*out.typeListAttr) count = int(attrTypes(node, out.typeListAttr).size());
        offset += count;
    }
    return invalidArgument(TFS_PHRASE("Errors", "node '%1' (op %2) has no output argument '%3'"),
                           node.name(), node.op(), arg);
}

}  // namespace tfs::exec
