// V1 checkpoints (tf.train.Saver with write_version=V1): a single table whose
// "" record holds a SavedTensorSliceMeta and whose other records hold one
// SavedSlice each, keyed by the encoded tensor name + slice.
#include <algorithm>
#include <set>
#include <unordered_map>

#include "core/formats/checkpoint.h"
#include "core/formats/checkpoint_internal.h"
#include "core/formats/table/table_reader.h"
#include "core/util/file.h"
#include "core/formats/proto_io.h"
#include "tensorflow/saved_tensor_slice.pb.h"

namespace tfs {

namespace {

using ckpt::SliceSpec;

// Number of values a V1 slice stores in the typed field for `dtype`, or -1 when not a typed field.
int64_t typedValueCount(const tensorflow::TensorProto& p, DataType dtype) {
    switch (dtype) {
        case tensorflow::DT_FLOAT:
            return p.float_val_size();
        case tensorflow::DT_DOUBLE:
            return p.double_val_size();
        case tensorflow::DT_INT32:
        case tensorflow::DT_INT16:
        case tensorflow::DT_INT8:
        case tensorflow::DT_UINT8:
        case tensorflow::DT_UINT16:
        case tensorflow::DT_QINT8:
        case tensorflow::DT_QUINT8:
        case tensorflow::DT_QINT16:
        case tensorflow::DT_QUINT16:
        case tensorflow::DT_QINT32:
            return p.int_val_size();
        case tensorflow::DT_INT64:
            return p.int64_val_size();
        case tensorflow::DT_UINT32:
            return p.uint32_val_size();
        case tensorflow::DT_UINT64:
            return p.uint64_val_size();
        case tensorflow::DT_BOOL:
            return p.bool_val_size();
        case tensorflow::DT_HALF:
        case tensorflow::DT_BFLOAT16:
            return p.half_val_size();
        case tensorflow::DT_COMPLEX64:
            return p.scomplex_val_size() / 2;
        case tensorflow::DT_COMPLEX128:
            return p.dcomplex_val_size() / 2;
        case tensorflow::DT_STRING:
            return p.string_val_size();
        default:
            return -1;
    }
}

class V1Store final : public VariableStore {
public:
    static Result<std::shared_ptr<VariableStore>> open(const std::string& path);

    const std::vector<Entry>& entries() const override { return entries_; }
    const std::string& path() const override { return path_; }
    std::vector<std::string> files() const override { return {path_}; }

    Result<Tensor> read(const std::string& key) const override {
        auto it = tensors_.find(key);
        if (it == tensors_.end()) return notFound(TFS_PHRASE("Errors", "%1: no tensor named '%2' in this checkpoint"), path_, key);
        const Meta& m = it->second;
        TFS_RETURN_IF_ERROR(checkCover(key, m));
        TFS_ASSIGN_OR_RETURN(Tensor full, Tensor::make(m.dtype, m.dims, ckpt::kMaxTensorBytes));
        for (const auto& slice : m.slices) {
            const std::string what = path_ + ": tensor '" + key + "'";
            TFS_ASSIGN_OR_RETURN(Dims shape, ckpt::sliceShape(m.dims, slice, what));
            auto record = table_->get(ckpt::encodeTensorNameSlice(key, slice));
            if (!record.ok()) {
                if (record.status().code() == StatusCode::NotFound)
                    return dataLoss(TFS_PHRASE("Errors", "%1: a slice listed in the metadata has no data record"), what);
                return record.status();
            }
            tensorflow::SavedTensorSlices saved;
            if (!parseProtoBytes(*record, &saved) || !saved.has_data())
                return dataLoss(TFS_PHRASE("Errors", "%1: slice record is not a SavedTensorSlices with data"), what);
            tensorflow::TensorProto proto = saved.data().data();
            TFS_ASSIGN_OR_RETURN(int64_t count, elementCount(shape));
            int64_t stored = typedValueCount(proto, m.dtype);
            if (proto.tensor_content().empty() && stored >= 0 && stored != count)
                return dataLoss(TFS_PHRASE("Errors", "%1: slice stores %2 values but its shape %3 needs %4"), what, stored, dimsToString(shape), count);
            proto.set_dtype(m.dtype);
            PartialShape::of(shape).toProto(proto.mutable_tensor_shape());
            auto value = Tensor::fromProto(proto);
            if (!value.ok()) return value.status().withContext(what);
            if (shape == m.dims) {
                full = std::move(*value);
            } else {
                TFS_RETURN_IF_ERROR(ckpt::copySliceInto(full, *value, slice, what));
            }
        }
        return full;
    }

private:
    struct Meta {
        DataType dtype = tensorflow::DT_INVALID;
        Dims dims;
        std::vector<SliceSpec> slices;
    };
    // Before the full tensor is allocated: the listed slices are distinct and hold exactly its
    // elements, so (each slice's record holding its own values) the allocation is bounded by the file.
    Status checkCover(const std::string& key, const Meta& m) const {
        const std::string what = path_ + ": tensor '" + key + "'";
        TFS_ASSIGN_OR_RETURN(int64_t count, elementCount(m.dims));
        std::set<std::string> seen;
        uint64_t held = 0;
        for (const auto& slice : m.slices) {
            TFS_ASSIGN_OR_RETURN(Dims shape, ckpt::sliceShape(m.dims, slice, what));
            TFS_ASSIGN_OR_RETURN(int64_t elements, elementCount(shape));
            if (!seen.insert(ckpt::encodeTensorNameSlice(key, slice)).second)
                return dataLoss(TFS_PHRASE("Errors", "%1: the metadata lists one slice twice"), what);
            held += uint64_t(elements);
            if (held > uint64_t(count)) break;
        }
        if (held != uint64_t(count))
            return dataLoss(TFS_PHRASE("Errors", "%1: the stored slices hold %2 elements, its shape %3 has %4"), what, held, dimsToString(m.dims), count);
        return okStatus();
    }

    std::string path_;
    std::unique_ptr<table::TableReader> table_;
    std::unordered_map<std::string, Meta> tensors_;
    std::vector<Entry> entries_;
};

Result<std::shared_ptr<VariableStore>> V1Store::open(const std::string& path) {
    auto store = std::make_shared<V1Store>();
    store->path_ = path;
    TFS_ASSIGN_OR_RETURN(store->table_, table::TableReader::open(path));
    TFS_ASSIGN_OR_RETURN(auto first, store->table_->first());
    tensorflow::SavedTensorSlices head;
    if (!first.first.empty() || !parseProtoBytes(first.second, &head) || !head.has_meta())
        return dataLoss(TFS_PHRASE("Errors", "%1: the first record is not a SavedTensorSlices meta; not a V1 checkpoint"), path);
    for (const auto& t : head.meta().tensor()) {
        const std::string what = path + ": tensor '" + t.name() + "'";
        Meta m;
        m.dtype = t.type();
        TFS_ASSIGN_OR_RETURN(m.dims, ckpt::dimsFromProto(t.shape(), what));
        if (m.dtype != tensorflow::DT_STRING && dtypeSize(m.dtype) == 0)
            return dataLoss(TFS_PHRASE("Errors", "%1: unsupported stored type %2"), what, dtypeName(m.dtype));
        for (const auto& s : t.slice()) {
            m.slices.push_back(ckpt::sliceFromProto(s));
            TFS_RETURN_IF_ERROR(ckpt::sliceShape(m.dims, m.slices.back(), what).status());
        }
        if (m.slices.empty()) return dataLoss(TFS_PHRASE("Errors", "%1: the metadata lists no stored slices"), what);
        Entry e;
        e.key = t.name();
        e.dtype = m.dtype;
        e.shape = m.dims;
        e.partitioned = m.slices.size() > 1 || ckpt::sliceShape(m.dims, m.slices[0], what).value() != m.dims;
        auto count = elementCount(m.dims);
        e.bytes = uint64_t(*count) * uint64_t(std::max(dtypeSize(m.dtype), 0));
        if (!store->tensors_.emplace(t.name(), std::move(m)).second)
            return dataLoss(TFS_PHRASE("Errors", "%1: listed twice in the metadata"), what);
        store->entries_.push_back(std::move(e));
    }
    std::sort(store->entries_.begin(), store->entries_.end(),
              [](const Entry& a, const Entry& b) { return a.key < b.key; });
    return std::shared_ptr<VariableStore>(std::move(store));
}

}  // namespace

Result<std::shared_ptr<VariableStore>> openCheckpointV1(const std::string& path) {
    return V1Store::open(path);
}

bool looksLikeCheckpointV1(const std::string& path) {
    if (!isRegularFile(path) || !table::hasTableMagic(path)) return false;
    auto table = table::TableReader::open(path);
    if (!table.ok()) return false;
    auto first = (*table)->first();
    if (!first.ok() || !first->first.empty()) return false;
    tensorflow::SavedTensorSlices head;
    return parseProtoBytes(first->second, &head) && head.has_meta();
}

}  // namespace tfs
