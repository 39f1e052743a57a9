// TF2 TensorList ops (the accumulators of tf.while_loop and tf.TensorArray in TF2 graphs).
// A list is a scalar DT_VARIANT tensor whose buffer is a zero-byte view owned by an immutable
// TensorListValue; every op that "modifies" a list returns a new one (value semantics, as in
// TensorFlow), so lists can flow through While loops, function calls and the constant cache.

#include <cstring>

#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"

namespace tfs::exec::kernels {
namespace {

constexpr int64_t kMaxListSize = int64_t(1) << 28;

struct TensorListValue {
    DataType dtype = tensorflow::DT_INVALID;
    int elementRank = -1;            // -1 = unknown rank
    std::vector<int64_t> elementShape;  // -1 = unknown dim
    std::vector<Tensor> items;       // invalid Tensor = not set yet
};

Tensor wrapList(std::shared_ptr<TensorListValue> list) {
    const char* data = reinterpret_cast<const char*>(list.get());
    std::shared_ptr<const void> owner = std::move(list);
    return Tensor::wrap(tensorflow::DT_VARIANT, {}, TensorBuffer::view(data, 0, owner)).value();
}

Result<const TensorListValue*> listInput(const KernelContext& ctx, int index) {
    if (int(ctx.inputs.size()) <= index) return ctx.error(TFS_PHRASE("Errors", "missing list input %1"), index);
    const Tensor& t = ctx.inputs[size_t(index)];
    if (t.dtype() != tensorflow::DT_VARIANT || t.numElements() != 1 || !t.buffer() || t.buffer()->size() != 0 || !t.rawData())
        return ctx.error(TFS_PHRASE("Errors", "input %1 is not a TensorList (got %2)"), index, t.describe());
    return reinterpret_cast<const TensorListValue*>(t.rawData());
}

// Reads an element_shape input: a scalar -1 = unknown rank, else a vector with -1 dims.
Status readElementShape(const KernelContext& ctx, int index, int* rank, std::vector<int64_t>* dims) {
    const Tensor& t = ctx.inputs[size_t(index)];
    std::vector<int64_t> v;
    TFS_RETURN_IF_ERROR(readInts(ctx, index, &v, "element_shape"));
    if (t.rank() == 0) {
        *rank = -1;
        dims->clear();
        return okStatus();
    }
    *rank = int(v.size());
    *dims = v;
    return okStatus();
}

// The fully known shape for missing items, merging the list's and the op's element_shape.
Result<Dims> knownShape(const KernelContext& ctx, const TensorListValue& list, int rank, const std::vector<int64_t>& dims) {
    int r = list.elementRank >= 0 ? list.elementRank : rank;
    if (r < 0)
        return ctx.error(
            TFS_PHRASE("Errors", "list element shape is unknown, so an unset item cannot be made of zeros"));
    Dims out(size_t(r), -1);
    for (int i = 0; i < r; ++i) {
        if (list.elementRank >= 0 && list.elementShape[size_t(i)] >= 0) out[size_t(i)] = list.elementShape[size_t(i)];
        else if (rank == r && dims[size_t(i)] >= 0) out[size_t(i)] = dims[size_t(i)];
        if (out[size_t(i)] < 0)
            return ctx.error(TFS_PHRASE(
                "Errors", "list element shape is not fully known, so an unset item cannot be made of zeros"));
    }
    return out;
}

Status checkItem(const KernelContext& ctx, const TensorListValue& list, const Tensor& item) {
    if (item.dtype() != list.dtype)
        return ctx.error(TFS_PHRASE("Errors", "item %1 does not match the list's element dtype %2"), item.describe(),
                         dtypeShortName(list.dtype));
    if (list.elementRank >= 0) {
        bool ok = item.rank() == list.elementRank;
        for (int i = 0; ok && i < item.rank(); ++i) ok = list.elementShape[size_t(i)] < 0 || list.elementShape[size_t(i)] == item.dim(i);
        if (!ok)
            return ctx.error(TFS_PHRASE("Errors", "item %1 does not match the list's element shape %2"),
                             item.describe(), dimsToString(list.elementShape));
    }
    return okStatus();
}

Result<int64_t> listIndex(const KernelContext& ctx, int input, int64_t size) {
    int64_t index = 0;
    TFS_RETURN_IF_ERROR(readScalarInt(ctx, input, &index, "index"));
    if (index < 0 || index >= size)
        return ctx.error(TFS_PHRASE("Errors", "index %1 out of range for a list of %2"), index, size);
    return index;
}

// Element i of `t` along dim 0 (a copy).
Tensor slice(const Tensor& t, int64_t i) {
    Dims dims(t.dims().begin() + 1, t.dims().end());
    Tensor out(t.dtype(), dims);
    if (t.dtype() == tensorflow::DT_STRING) {
        for (int64_t k = 0; k < out.numElements(); ++k) out.strings()[size_t(k)] = t.strings()[size_t(i * out.numElements() + k)];
    } else {
        size_t bytes = size_t(out.numElements()) * size_t(dtypeSize(t.dtype()));
        if (bytes) std::memcpy(out.rawData(), t.rawData() + size_t(i) * bytes, bytes);
    }
    return out;
}

Status newList(KernelContext& ctx, int shapeInput, int64_t size) {
    if (size < 0 || size > kMaxListSize) return ctx.error(TFS_PHRASE("Errors", "list size %1 is out of range"), size);
    auto list = std::make_shared<TensorListValue>();
    list->dtype = attrType(ctx.node, "element_dtype");
    if (list->dtype == tensorflow::DT_INVALID)
        return ctx.error(TFS_PHRASE("Errors", "needs an element_dtype attribute"));
    TFS_RETURN_IF_ERROR(readElementShape(ctx, shapeInput, &list->elementRank, &list->elementShape));
    list->items.resize(size_t(size));
    setOutput(ctx, 0, wrapList(std::move(list)));
    return okStatus();
}

Status tensorListReserve(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    int64_t n = 0;
    TFS_RETURN_IF_ERROR(readScalarInt(ctx, 1, &n, "num_elements"));
    return newList(ctx, 0, n);
}

Status emptyTensorList(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    return newList(ctx, 0, 0);
}

Status tensorListFromTensor(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    const Tensor& t = ctx.inputs[0];
    if (t.rank() < 1)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be at least %2-D, got %3"), "tensor", 1, t.describe());
    auto list = std::make_shared<TensorListValue>();
    list->dtype = t.dtype();
    TFS_RETURN_IF_ERROR(readElementShape(ctx, 1, &list->elementRank, &list->elementShape));
    if (list->elementRank < 0) {
        list->elementRank = t.rank() - 1;
        list->elementShape.assign(t.dims().begin() + 1, t.dims().end());
    }
    for (int64_t i = 0; i < t.dim(0); ++i) {
        list->items.push_back(slice(t, i));
        TFS_RETURN_IF_ERROR(checkItem(ctx, *list, list->items.back()));
    }
    setOutput(ctx, 0, wrapList(std::move(list)));
    return okStatus();
}

Status tensorListSetItem(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 3));
    TFS_ASSIGN_OR_RETURN(const TensorListValue* in, listInput(ctx, 0));
    int64_t index = 0;
    TFS_RETURN_IF_ERROR(readScalarInt(ctx, 1, &index, "index"));
    int64_t size = int64_t(in->items.size());
    if (index < 0 || (index >= size && !attrBool(ctx.node, "resize_if_index_out_of_bounds", false)))
        return ctx.error(TFS_PHRASE("Errors", "index %1 out of range for a list of %2"), index, size);
    if (index >= kMaxListSize) return ctx.error(TFS_PHRASE("Errors", "index %1 is too large"), index);
    TFS_RETURN_IF_ERROR(checkItem(ctx, *in, ctx.inputs[2]));
    auto list = std::make_shared<TensorListValue>(*in);
    if (index >= size) list->items.resize(size_t(index) + 1);
    list->items[size_t(index)] = ctx.inputs[2];
    setOutput(ctx, 0, wrapList(std::move(list)));
    return okStatus();
}

Status tensorListGetItem(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2, 3));
    TFS_ASSIGN_OR_RETURN(const TensorListValue* list, listInput(ctx, 0));
    TFS_ASSIGN_OR_RETURN(int64_t index, listIndex(ctx, 1, int64_t(list->items.size())));
    DataType want = attrType(ctx.node, "element_dtype", list->dtype);
    if (want != list->dtype)
        return ctx.error(TFS_PHRASE("Errors", "element_dtype %1 does not match the list's %2"), dtypeShortName(want),
                         dtypeShortName(list->dtype));
    const Tensor& item = list->items[size_t(index)];
    if (item.valid()) {
        setOutput(ctx, 0, item);
        return okStatus();
    }
    int rank = -1;
    std::vector<int64_t> dims;
    if (ctx.inputs.size() > 2) TFS_RETURN_IF_ERROR(readElementShape(ctx, 2, &rank, &dims));
    TFS_ASSIGN_OR_RETURN(Dims shape, knownShape(ctx, *list, rank, dims));
    Tensor* out;
    return allocOutput(ctx, 0, list->dtype, shape, &out);
}

Status tensorListStack(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1, 2));
    TFS_ASSIGN_OR_RETURN(const TensorListValue* list, listInput(ctx, 0));
    int rank = -1;
    std::vector<int64_t> dims;
    if (ctx.inputs.size() > 1) TFS_RETURN_IF_ERROR(readElementShape(ctx, 1, &rank, &dims));
    Dims shape;
    const Tensor* first = nullptr;
    for (const auto& item : list->items)
        if (item.valid()) {
            first = &item;
            break;
        }
    if (first) shape = first->dims();
    else {
        auto known = knownShape(ctx, *list, rank, dims);
        if (!known.ok() && list->items.empty())
            return ctx.error(TFS_PHRASE("Errors", "cannot stack an empty list whose element shape is unknown"));
        TFS_ASSIGN_OR_RETURN(shape, std::move(known));
    }
    int64_t numElements = attrInt(ctx.node, "num_elements", -1);
    if (numElements >= 0 && numElements != int64_t(list->items.size()))
        return ctx.error(TFS_PHRASE("Errors", "num_elements is %1 but the list has %2"), numElements,
                         list->items.size());
    Dims outDims = shape;
    outDims.insert(outDims.begin(), int64_t(list->items.size()));
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, list->dtype, outDims, &out));
    int64_t per = 1;
    for (int64_t d : shape) per *= d;
    for (size_t i = 0; i < list->items.size(); ++i) {
        const Tensor& item = list->items[i];
        if (!item.valid()) continue;  // zeros
        if (item.dims() != shape)
            return ctx.error(TFS_PHRASE("Errors", "items have different shapes: %1 and %2"), dimsToString(shape),
                             item.describe());
        if (list->dtype == tensorflow::DT_STRING) {
            for (int64_t k = 0; k < per; ++k) out->strings()[i * size_t(per) + size_t(k)] = item.strings()[size_t(k)];
        } else {
            size_t bytes = size_t(per) * size_t(dtypeSize(list->dtype));
            if (bytes) std::memcpy(out->rawData() + i * bytes, item.rawData(), bytes);
        }
    }
    return okStatus();
}

Status tensorListLength(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1));
    TFS_ASSIGN_OR_RETURN(const TensorListValue* list, listInput(ctx, 0));
    setOutput(ctx, 0, Tensor::scalar<int32_t>(tensorflow::DT_INT32, int32_t(list->items.size())));
    return okStatus();
}

Status tensorListElementShape(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1));
    TFS_ASSIGN_OR_RETURN(const TensorListValue* list, listInput(ctx, 0));
    DataType type = attrType(ctx.node, "shape_type", tensorflow::DT_INT32);
    if (type != tensorflow::DT_INT32 && type != tensorflow::DT_INT64)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be int32 or int64"), "shape_type");
    Tensor out = list->elementRank < 0 ? Tensor(type, {}) : Tensor(type, {int64_t(list->elementRank)});
    std::vector<int64_t> values = list->elementRank < 0 ? std::vector<int64_t>{-1} : list->elementShape;
    for (size_t i = 0; i < values.size(); ++i) {
        if (type == tensorflow::DT_INT32) out.data<int32_t>()[i] = int32_t(values[i]);
        else out.data<int64_t>()[i] = values[i];
    }
    setOutput(ctx, 0, std::move(out));
    return okStatus();
}

Status tensorListPushBack(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    TFS_ASSIGN_OR_RETURN(const TensorListValue* in, listInput(ctx, 0));
    TFS_RETURN_IF_ERROR(checkItem(ctx, *in, ctx.inputs[1]));
    if (int64_t(in->items.size()) >= kMaxListSize) return ctx.error(TFS_PHRASE("Errors", "list is too long"));
    auto list = std::make_shared<TensorListValue>(*in);
    list->items.push_back(ctx.inputs[1]);
    setOutput(ctx, 0, wrapList(std::move(list)));
    return okStatus();
}

Status tensorListPopBack(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1, 2));
    TFS_ASSIGN_OR_RETURN(const TensorListValue* in, listInput(ctx, 0));
    if (in->items.empty()) return ctx.error(TFS_PHRASE("Errors", "cannot pop from an empty list"));
    auto list = std::make_shared<TensorListValue>(*in);
    Tensor item = list->items.back();
    list->items.pop_back();
    if (!item.valid()) {
        int rank = -1;
        std::vector<int64_t> dims;
        if (ctx.inputs.size() > 1) TFS_RETURN_IF_ERROR(readElementShape(ctx, 1, &rank, &dims));
        TFS_ASSIGN_OR_RETURN(Dims shape, knownShape(ctx, *in, rank, dims));
        item = Tensor(in->dtype, shape);
    }
    setOutput(ctx, 0, wrapList(std::move(list)));
    setOutput(ctx, 1, std::move(item));
    return okStatus();
}

}  // namespace

std::vector<KernelEntry> tensorListKernels() {
    return {
        {"TensorListReserve", &tensorListReserve},
        {"EmptyTensorList", &emptyTensorList},
        {"TensorListFromTensor", &tensorListFromTensor},
        {"TensorListSetItem", &tensorListSetItem},
        {"TensorListGetItem", &tensorListGetItem},
        {"TensorListStack", &tensorListStack},
        {"TensorListLength", &tensorListLength},
        {"TensorListElementShape", &tensorListElementShape},
        {"TensorListPushBack", &tensorListPushBack},
        {"TensorListPopBack", &tensorListPopBack},
    };
}

}  // namespace tfs::exec::kernels
