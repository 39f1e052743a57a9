// Graph plumbing, control flow and variable ops run by the engine itself.
#include "core/exec/engine_ops.h"

#include <unordered_map>

#include "core/exec/lookup_table_ops.h"
#include "core/exec/print_op.h"
#include "core/exec/tensor_util.h"
#include "core/model/attrs.h"

namespace tfs::exec {

Result<bool> tensorToBool(const Tensor& t) {
    if (t.numElements() != 1 || t.rank() != 0) return t.numElements() > 0;
    if (t.dtype() == tensorflow::DT_STRING) return !t.strings().empty() && !t.strings()[0].empty();
    if (dtypeSize(t.dtype()) == 0) return invalidArgument(TFS_PHRASE("Errors", "cannot use %1 as a condition"),
                                                          t.describe());
    return tensorElementAsDouble(t, 0) != 0.0;
}

namespace {

Status opPlaceholder(OpContext& ctx) {
    std::string shape;
    if (hasAttr(ctx.def(), "shape")) shape = " " + attrShape(ctx.def(), "shape").toString();
    return invalidArgument(TFS_PHRASE("Errors", "placeholder '%1' (%2%3) must be fed: pass a value for '%4:0'"),
                           ctx.def().name(), dtypeShortName(attrType(ctx.def(), "dtype")), shape, ctx.def().name());
}

Status opArg(OpContext& ctx) { return invalidArgument(TFS_PHRASE("Errors", "function argument '%1' was not passed"),
                                                      ctx.def().name()); }

Status opConst(OpContext& ctx) {
    ctx.setOutput(0, ctx.node.constValue);
    return okStatus();
}

Status opIdentity(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(Tensor t, ctx.input(0));
    ctx.setOutput(0, std::move(t));
    return okStatus();
}

// Keeps a ref edge a ref (RefIdentity, RefSwitch inputs, loop plumbing).
Status opForward(OpContext& ctx) {
    if (ctx.inputs.empty()) return ctx.error(TFS_PHRASE("Errors", "has no data input"));
    if (ctx.outputs.empty()) ctx.outputs.resize(1);
    ctx.outputs[0] = ctx.inputs[0];
    return okStatus();
}

Status opIdentityN(OpContext& ctx) {
    for (int i = 0; i < int(ctx.inputs.size()); ++i) {
        TFS_ASSIGN_OR_RETURN(Tensor t, ctx.input(i));
        ctx.setOutput(i, std::move(t));
    }
    return okStatus();
}

Status opNoOp(OpContext&) { return okStatus(); }

Status opCheckNumerics(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(Tensor t, ctx.input(0));
    if (hasNonFinite(t))
        return ctx.error(TFS_PHRASE("Errors", "found NaN or Inf: %1"), attrString(ctx.def(), "message"));
    ctx.setOutput(0, std::move(t));
    return okStatus();
}

Status opAssert(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(Tensor cond, ctx.input(0));
    TFS_ASSIGN_OR_RETURN(bool ok, tensorToBool(cond));
    if (!ok) return ctx.error(TFS_PHRASE("Errors", "assertion failed"));
    return okStatus();
}

Status opSwitch(OpContext& ctx) {
    if (ctx.inputs.size() != 2) return ctx.error(TFS_PHRASE("Errors", "expects 2 inputs (data, pred)"));
    TFS_ASSIGN_OR_RETURN(Tensor pred, ctx.input(1));
    if (pred.numElements() != 1)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be a scalar, got %2"), "pred", pred.describe());
    TFS_ASSIGN_OR_RETURN(bool taken, tensorToBool(pred));
    ctx.outputs.resize(std::max<size_t>(ctx.outputs.size(), 2));
    Value data = ctx.inputs[0];
    if (ctx.def().op() == "Switch" && data.ref) {
        TFS_ASSIGN_OR_RETURN(Tensor t, data.get());
        data = Value{std::move(t), nullptr, false};
    }
    ctx.outputs[taken ? 1 : 0] = data;
    ctx.outputs[taken ? 0 : 1] = Value{Tensor(), nullptr, true};
    return okStatus();
}

// ---- ref variables ----

Status opVariable(OpContext& ctx) {
    std::string name = attrString(ctx.def(), "shared_name");
    if (name.empty()) name = ctx.def().name();
    if (ctx.outputs.empty()) ctx.outputs.resize(1);
    ctx.outputs[0] = Value{Tensor(), ctx.env.variables().get(name), false};
    return okStatus();
}

Result<std::shared_ptr<VariableSlot>> refInput(OpContext& ctx) {
    if (ctx.inputs.empty() || !ctx.inputs[0].ref)
        return ctx.error(TFS_PHRASE("Errors", "input 0 must be a variable reference (VariableV2 output)"));
    return ctx.inputs[0].ref;
}

Status opAssign(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(auto slot, refInput(ctx));
    TFS_ASSIGN_OR_RETURN(Tensor value, ctx.input(1));
    {
        std::lock_guard<std::mutex> lock(slot->mutex);
        if (attrBool(ctx.def(), "validate_shape", true) && slot->initialized && slot->value.dims() != value.dims())
            return ctx.error(TFS_PHRASE("Errors", "cannot assign %1 to variable '%2' of shape %3"), value.describe(),
                             slot->name, dimsToString(slot->value.dims()));
        slot->value = value;
        slot->initialized = true;
    }
    if (ctx.outputs.empty()) ctx.outputs.resize(1);
    ctx.outputs[0] = Value{Tensor(), slot, false};
    return okStatus();
}

Status updateSlot(OpContext& ctx, const std::shared_ptr<VariableSlot>& slot, const Tensor& delta, int sign) {
    std::lock_guard<std::mutex> lock(slot->mutex);
    if (!slot->initialized) return ctx.error(TFS_PHRASE("Errors", "variable '%1' is not initialized"), slot->name);
    auto sum = addTensors(slot->value, delta, sign);
    if (!sum.ok()) return ctx.error(sum.status());
    slot->value = std::move(sum).value();
    return okStatus();
}

Status opAssignAdd(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(auto slot, refInput(ctx));
    TFS_ASSIGN_OR_RETURN(Tensor delta, ctx.input(1));
    TFS_RETURN_IF_ERROR(updateSlot(ctx, slot, delta, ctx.def().op() == "AssignSub" ? -1 : 1));
    if (ctx.outputs.empty()) ctx.outputs.resize(1);
    ctx.outputs[0] = Value{Tensor(), slot, false};
    return okStatus();
}

Status opIsVariableInitialized(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(auto slot, refInput(ctx));
    std::lock_guard<std::mutex> lock(slot->mutex);
    ctx.setOutput(0, Tensor::scalar<bool>(tensorflow::DT_BOOL, slot->initialized));
    return okStatus();
}

// ---- resource variables ----

Status opVarHandle(OpContext& ctx) {
    ctx.setOutput(0, makeResourceHandle(ctx.env.resourceName(ctx.def())));
    return okStatus();
}

Result<std::shared_ptr<VariableSlot>> handleInput(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(Tensor h, ctx.input(0));
    std::string name = resourceHandleName(h);
    if (name.empty()) return ctx.error(TFS_PHRASE("Errors", "input 0 must be a resource handle, got %1"), h.describe());
    return ctx.env.variables().get(name);
}

Status opReadVariable(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(auto slot, handleInput(ctx));
    auto value = slot->read();
    if (!value.ok()) return ctx.error(value.status());
    ctx.setOutput(0, std::move(value).value());
    return okStatus();
}

Status opAssignVariable(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(auto slot, handleInput(ctx));
    TFS_ASSIGN_OR_RETURN(Tensor value, ctx.input(1));
    slot->write(std::move(value));
    return okStatus();
}

Status opAssignAddVariable(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(auto slot, handleInput(ctx));
    TFS_ASSIGN_OR_RETURN(Tensor delta, ctx.input(1));
    return updateSlot(ctx, slot, delta, ctx.def().op() == "AssignSubVariableOp" ? -1 : 1);
}

Status opVarIsInitialized(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(auto slot, handleInput(ctx));
    std::lock_guard<std::mutex> lock(slot->mutex);
    ctx.setOutput(0, Tensor::scalar<bool>(tensorflow::DT_BOOL, slot->initialized));
    return okStatus();
}

Status opResourceGather(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(auto slot, handleInput(ctx));
    TFS_ASSIGN_OR_RETURN(Tensor indices, ctx.input(1));
    if (attrInt(ctx.def(), "batch_dims", 0) != 0)
        return ctx.error(TFS_PHRASE("Errors", "batch_dims != 0 is not supported"));
    auto valueOr = slot->read();
    if (!valueOr.ok()) return ctx.error(valueOr.status());
    const Tensor& value = *valueOr;
    if (value.rank() < 1)
        return ctx.error(TFS_PHRASE("Errors", "variable '%1' is a scalar; cannot gather rows"), slot->name);
    auto idx = readIndices(indices);
    if (!idx.ok()) return ctx.error(idx.status());
    std::vector<Tensor> rows;
    Dims rowShape(value.dims().begin() + 1, value.dims().end());
    for (int64_t i : *idx) {
        if (i < 0 || i >= value.dim(0))
            return ctx.error(TFS_PHRASE("Errors", "index %1 is out of range [0, %2)"), i, value.dim(0));
        TFS_ASSIGN_OR_RETURN(Tensor row, sliceRow(value, i));
        rows.push_back(std::move(row));
    }
    TFS_ASSIGN_OR_RETURN(Tensor stacked, stackTensors(rows, value.dtype(), rowShape));
    Dims outDims = indices.dims();
    outDims.insert(outDims.end(), rowShape.begin(), rowShape.end());
    TFS_ASSIGN_OR_RETURN(Tensor out, stacked.reshaped(outDims));
    ctx.setOutput(0, std::move(out));
    return okStatus();
}

// ---- TensorArrays ----

Result<std::shared_ptr<TensorArray>> arrayInput(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(Tensor h, ctx.input(0));
    std::string name = resourceHandleName(h);
    auto array = name.empty() ? nullptr : ctx.shared.tensorArrays.find(name);
    if (!array) return ctx.error(TFS_PHRASE("Errors", "input 0 is not a live TensorArray handle"));
    return array;
}

Tensor flowScalar() { return Tensor::scalar<float>(tensorflow::DT_FLOAT, 0.f); }

Status opTensorArray(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(Tensor sizeT, ctx.input(0));
    TFS_ASSIGN_OR_RETURN(auto sizes, readIndices(sizeT));
    if (sizes.size() != 1 || sizes[0] < 0 || sizes[0] > (int64_t(1) << 31))
        return ctx.error(TFS_PHRASE("Errors", "size must be a non-negative int32 scalar, got %1"), sizeT.describe());
    auto array = std::make_shared<TensorArray>();
    array->dtype = attrType(ctx.def(), "dtype");
    array->elementShape = attrShape(ctx.def(), "element_shape");
    array->dynamicSize = attrBool(ctx.def(), "dynamic_size", false);
    array->clearAfterRead = attrBool(ctx.def(), "clear_after_read", true);
    array->identicalShapes = attrBool(ctx.def(), "identical_element_shapes", false);
    array->elements.resize(size_t(sizes[0]));
    std::string handle = ctx.shared.tensorArrays.add(ctx.def().name(), array);
    ctx.setOutput(0, makeResourceHandle(handle));
    ctx.setOutput(1, flowScalar());
    return okStatus();
}

Status writeElement(OpContext& ctx, TensorArray& array, int64_t index, Tensor value) {
    if (index < 0) return ctx.error(TFS_PHRASE("Errors", "negative TensorArray index %1"), index);
    if (value.dtype() != array.dtype)
        return ctx.error(TFS_PHRASE("Errors", "writing %1 to a TensorArray of %2"), value.describe(),
                         dtypeShortName(array.dtype));
    if (index >= int64_t(array.elements.size())) {
        if (!array.dynamicSize)
            return ctx.error(TFS_PHRASE("Errors", "index %1 out of range for TensorArray of size %2"), index,
                             array.elements.size());
        if (index > (int64_t(1) << 31)) return ctx.error(TFS_PHRASE("Errors", "TensorArray index too large"));
        array.elements.resize(size_t(index) + 1);
    }
    array.elements[size_t(index)] = std::move(value);
    return okStatus();
}

Status opTensorArrayWrite(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(auto array, arrayInput(ctx));
    TFS_ASSIGN_OR_RETURN(Tensor indexT, ctx.input(1));
    TFS_ASSIGN_OR_RETURN(Tensor value, ctx.input(2));
    TFS_ASSIGN_OR_RETURN(auto index, readIndices(indexT));
    if (index.size() != 1) return ctx.error(TFS_PHRASE("Errors", "index must be a scalar"));
    std::lock_guard<std::mutex> lock(array->mutex);
    TFS_RETURN_IF_ERROR(writeElement(ctx, *array, index[0], std::move(value)));
    ctx.setOutput(0, flowScalar());
    return okStatus();
}

Result<Tensor> readElement(OpContext& ctx, TensorArray& array, int64_t index) {
    if (index < 0 || index >= int64_t(array.elements.size()))
        return ctx.error(TFS_PHRASE("Errors", "index %1 out of range for TensorArray of size %2"), index,
                         array.elements.size());
    const Tensor& t = array.elements[size_t(index)];
    if (t.valid()) return t;
    if (array.elementShape.isFullyKnown()) return Tensor::make(array.dtype, array.elementShape.dims);
    return ctx.error(TFS_PHRASE("Errors", "TensorArray element %1 was read before it was written"), index);
}

Status opTensorArrayRead(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(auto array, arrayInput(ctx));
    TFS_ASSIGN_OR_RETURN(Tensor indexT, ctx.input(1));
    TFS_ASSIGN_OR_RETURN(auto index, readIndices(indexT));
    if (index.size() != 1) return ctx.error(TFS_PHRASE("Errors", "index must be a scalar"));
    std::lock_guard<std::mutex> lock(array->mutex);
    TFS_ASSIGN_OR_RETURN(Tensor t, readElement(ctx, *array, index[0]));
    ctx.setOutput(0, std::move(t));
    return okStatus();
}

Status opTensorArrayGather(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(auto array, arrayInput(ctx));
    TFS_ASSIGN_OR_RETURN(Tensor indexT, ctx.input(1));
    TFS_ASSIGN_OR_RETURN(auto indices, readIndices(indexT));
    std::lock_guard<std::mutex> lock(array->mutex);
    std::vector<Tensor> parts;
    for (int64_t i : indices) {
        TFS_ASSIGN_OR_RETURN(Tensor t, readElement(ctx, *array, i));
        parts.push_back(std::move(t));
    }
    Dims elementShape;
    if (!parts.empty()) elementShape = parts[0].dims();
    else {
        PartialShape shape = attrShape(ctx.def(), "element_shape");
        if (!shape.isFullyKnown()) shape = array->elementShape;
        if (!shape.isFullyKnown())
            return ctx.error(TFS_PHRASE("Errors", "gathering zero elements needs a known element_shape"));
        elementShape = shape.dims;
    }
    auto stacked = stackTensors(parts, array->dtype, elementShape);
    if (!stacked.ok()) return ctx.error(stacked.status());
    ctx.setOutput(0, std::move(stacked).value());
    return okStatus();
}

Status opTensorArrayScatter(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(auto array, arrayInput(ctx));
    TFS_ASSIGN_OR_RETURN(Tensor indexT, ctx.input(1));
    TFS_ASSIGN_OR_RETURN(Tensor value, ctx.input(2));
    TFS_ASSIGN_OR_RETURN(auto indices, readIndices(indexT));
    if (value.rank() < 1 || value.dim(0) != int64_t(indices.size()))
        return ctx.error(TFS_PHRASE("Errors", "value %1 does not have one row per index (%2)"), value.describe(),
                         indices.size());
    std::lock_guard<std::mutex> lock(array->mutex);
    for (size_t k = 0; k < indices.size(); ++k) {
        TFS_ASSIGN_OR_RETURN(Tensor row, sliceRow(value, int64_t(k)));
        TFS_RETURN_IF_ERROR(writeElement(ctx, *array, indices[k], std::move(row)));
    }
    ctx.setOutput(0, flowScalar());
    return okStatus();
}

Status opTensorArraySplit(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(auto array, arrayInput(ctx));
    TFS_ASSIGN_OR_RETURN(Tensor value, ctx.input(1));
    TFS_ASSIGN_OR_RETURN(Tensor lengthsT, ctx.input(2));
    TFS_ASSIGN_OR_RETURN(auto lengths, readIndices(lengthsT));
    std::lock_guard<std::mutex> lock(array->mutex);
    int64_t offset = 0;
    for (size_t k = 0; k < lengths.size(); ++k) {
        auto rows = sliceRows(value, offset, offset + lengths[k]);
        if (!rows.ok()) return ctx.error(rows.status());
        TFS_RETURN_IF_ERROR(writeElement(ctx, *array, int64_t(k), std::move(rows).value()));
        offset += lengths[k];
    }
    ctx.setOutput(0, flowScalar());
    return okStatus();
}

Status opTensorArrayConcat(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(auto array, arrayInput(ctx));
    std::lock_guard<std::mutex> lock(array->mutex);
    std::vector<Tensor> parts;
    Tensor lengths(tensorflow::DT_INT64, {int64_t(array->elements.size())});
    for (size_t i = 0; i < array->elements.size(); ++i) {
        TFS_ASSIGN_OR_RETURN(Tensor t, readElement(ctx, *array, int64_t(i)));
        if (t.rank() < 1) return ctx.error(TFS_PHRASE("Errors", "cannot concatenate scalar TensorArray elements"));
        lengths.data<int64_t>()[i] = t.dim(0);
        parts.push_back(std::move(t));
    }
    if (parts.empty()) return ctx.error(TFS_PHRASE("Errors", "cannot concatenate an empty TensorArray"));
    Dims rest(parts[0].dims().begin() + 1, parts[0].dims().end());
    auto out = concatRows(parts, array->dtype, rest);
    if (!out.ok()) return ctx.error(out.status());
    ctx.setOutput(0, std::move(out).value());
    ctx.setOutput(1, std::move(lengths));
    return okStatus();
}

Status opTensorArraySize(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(auto array, arrayInput(ctx));
    std::lock_guard<std::mutex> lock(array->mutex);
    ctx.setOutput(0, Tensor::scalar<int32_t>(tensorflow::DT_INT32, int32_t(array->elements.size())));
    return okStatus();
}

Status opTensorArrayClose(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(Tensor h, ctx.input(0));
    ctx.shared.tensorArrays.remove(resourceHandleName(h));
    return okStatus();
}

const std::unordered_map<std::string, EngineOpFn>& engineOps() {
    static const std::unordered_map<std::string, EngineOpFn> ops = {
        {"Placeholder", opPlaceholder},
        {"PlaceholderV2", opPlaceholder},
        {"_Arg", opArg},
        {"PlaceholderWithDefault", opIdentity},
        {"Const", opConst},
        {"Identity", opIdentity},
        {"Snapshot", opIdentity},
        {"StopGradient", opIdentity},
        {"PreventGradient", opIdentity},
        {"Print", opPrint},
        {"RefIdentity", opForward},
        {"IdentityN", opIdentityN},
        {"NoOp", opNoOp},
        {"ControlTrigger", opNoOp},
        {"PrintV2", opNoOp},
        {"Assert", opAssert},
        {"CheckNumerics", opCheckNumerics},
        {"Switch", opSwitch},
        {"RefSwitch", opSwitch},
        {"LoopCond", opIdentity},
        {"Enter", opForward},
        {"RefEnter", opForward},
        {"Exit", opForward},
        {"RefExit", opForward},
        {"NextIteration", opForward},
        {"RefNextIteration", opForward},
        {"Merge", opForward},
        {"RefMerge", opForward},
        {"VariableV2", opVariable},
        {"Variable", opVariable},
        {"Assign", opAssign},
        {"AssignAdd", opAssignAdd},
        {"AssignSub", opAssignAdd},
        {"IsVariableInitialized", opIsVariableInitialized},
        {"VarHandleOp", opVarHandle},
        {"ReadVariableOp", opReadVariable},
        {"AssignVariableOp", opAssignVariable},
        {"AssignAddVariableOp", opAssignAddVariable},
        {"AssignSubVariableOp", opAssignAddVariable},
        {"VarIsInitializedOp", opVarIsInitialized},
        {"ResourceGather", opResourceGather},
        {"DestroyResourceOp", opNoOp},
        {"TensorArrayV3", opTensorArray},
        {"TensorArrayWriteV3", opTensorArrayWrite},
        {"TensorArrayReadV3", opTensorArrayRead},
        {"TensorArrayGatherV3", opTensorArrayGather},
        {"TensorArrayScatterV3", opTensorArrayScatter},
        {"TensorArraySplitV3", opTensorArraySplit},
        {"TensorArrayConcatV3", opTensorArrayConcat},
        {"TensorArraySizeV3", opTensorArraySize},
        {"TensorArrayCloseV3", opTensorArrayClose},
        // The V2 forms (backport_tensor_array_v3) differ only in having no flow output.
        {"TensorArrayV2", opTensorArray},
        {"TensorArrayWriteV2", opTensorArrayWrite},
        {"TensorArrayReadV2", opTensorArrayRead},
        {"TensorArrayGatherV2", opTensorArrayGather},
        {"TensorArrayScatterV2", opTensorArrayScatter},
        {"TensorArraySplitV2", opTensorArraySplit},
        {"TensorArrayConcatV2", opTensorArrayConcat},
        {"TensorArraySizeV2", opTensorArraySize},
        {"TensorArrayCloseV2", opTensorArrayClose},
    };
    return ops;
}

}  // namespace

EngineOpFn findEngineOp(const std::string& op) {
    const auto& ops = engineOps();
    auto it = ops.find(op);
    return it == ops.end() ? findLookupTableOp(op) : it->second;
}

NodeKind nodeKindOf(const std::string& op) {
    if (op == "Merge" || op == "RefMerge") return NodeKind::Merge;
    if (op == "Enter" || op == "RefEnter") return NodeKind::Enter;
    if (op == "Exit" || op == "RefExit") return NodeKind::Exit;
    if (op == "NextIteration" || op == "RefNextIteration") return NodeKind::NextIteration;
    return NodeKind::Normal;
}

}  // namespace tfs::exec
