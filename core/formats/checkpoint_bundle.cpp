// V2 tensor bundles: prefix.index (a table of BundleEntryProto keyed by tensor
// name, plus the BundleHeaderProto under "") and prefix.data-NNNNN-of-NNNNN.
#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

#include "core/formats/checkpoint.h"
#include "core/formats/checkpoint_internal.h"
#include "core/formats/table/table_reader.h"
#include "core/util/varint.h"
#include "core/util/crc32c.h"
#include "core/util/file.h"
#include "tensorflow/tensor_bundle.pb.h"

namespace tfs {

namespace {

using ckpt::SliceSpec;

constexpr int kMaxShards = 100000;
constexpr int kBundleVersion = 1;  // the format version this reader implements

std::string hex32(uint32_t v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%08x", v);
    return buf;
}

// What the index says about one stored tensor (or one slice of a partitioned one).
struct Stored {
    DataType dtype = tensorflow::DT_INVALID;
    Dims dims;
    int shard = 0;
    uint64_t offset = 0;
    uint64_t size = 0;
    uint32_t maskedCrc = 0;
    std::vector<SliceSpec> slices;  // non-empty: partitioned; data lives under encoded slice keys
};

class BundleStore final : public VariableStore {
public:
    static Result<std::shared_ptr<VariableStore>> open(const std::string& prefix);

    const std::vector<Entry>& entries() const override { return entries_; }
    const std::string& path() const override { return prefix_; }
    std::vector<std::string> files() const override {
        std::vector<std::string> out{indexPath_};
        out.insert(out.end(), shardPaths_.begin(), shardPaths_.end());
        return out;
    }

    Result<Tensor> read(const std::string& key) const override {
        auto it = stored_.find(key);
        if (it == stored_.end()) return notFound(indexPath_ + ": no tensor named '" + key + "' in this checkpoint");
        const Stored& s = it->second;
        if (s.slices.empty()) return readStored(key, s);
        // Partitioned variable: assemble the full tensor from its slices.
        TFS_ASSIGN_OR_RETURN(Tensor full, Tensor::make(s.dtype, s.dims, ckpt::kMaxTensorBytes));
        for (const auto& slice : s.slices) {
            std::string sliceKey = ckpt::encodeTensorNameSlice(key, slice);
            auto part = stored_.find(sliceKey);
            if (part == stored_.end())
                return dataLoss(indexPath_ + ": tensor '" + key + "' lists a slice that has no entry in the index");
            TFS_ASSIGN_OR_RETURN(Dims shape, ckpt::sliceShape(s.dims, slice, "tensor '" + key + "'"));
            if (part->second.dims != shape || part->second.dtype != s.dtype)
                return dataLoss(indexPath_ + ": a slice of tensor '" + key + "' is stored as " +
                                dtypeShortName(part->second.dtype) + dimsToString(part->second.dims) + ", expected " +
                                dtypeShortName(s.dtype) + dimsToString(shape));
            TFS_ASSIGN_OR_RETURN(Tensor value, readStored(key + " (slice)", part->second));
            TFS_RETURN_IF_ERROR(ckpt::copySliceInto(full, value, slice, "tensor '" + key + "'"));
        }
        return full;
    }

private:
    Result<Tensor> readStored(const std::string& key, const Stored& s) const;
    Result<Tensor> readStrings(const std::string& key, const Stored& s, const char* data) const;
    Status verifyOnce(const std::string& key, const Stored& s, uint32_t actualMasked) const;

    std::string prefix_, indexPath_;
    std::vector<std::string> shardPaths_;
    std::vector<std::shared_ptr<MappedFile>> shards_;
    std::unordered_map<std::string, Stored> stored_;
    std::vector<Entry> entries_;
    mutable std::mutex mutex_;
    mutable std::unordered_set<const Stored*> verified_;  // crc checked once per stored region
};

Status BundleStore::verifyOnce(const std::string& key, const Stored& s, uint32_t actualMasked) const {
    if (actualMasked != s.maskedCrc)
        return dataLoss("tensor '" + key + "': checksum mismatch in data shard " + shardPaths_[size_t(s.shard)] +
                        " (index says crc32c " + hex32(s.maskedCrc) + ", data gives " + hex32(actualMasked) +
                        "); the shard is corrupt");
    std::lock_guard<std::mutex> lock(mutex_);
    verified_.insert(&s);
    return okStatus();
}

Result<Tensor> BundleStore::readStored(const std::string& key, const Stored& s) const {
    const auto& shard = shards_[size_t(s.shard)];
    const std::string& shardPath = shardPaths_[size_t(s.shard)];
    if (s.offset > shard->size() || s.size > shard->size() - s.offset)
        return dataLoss("tensor '" + key + "': bytes [" + std::to_string(s.offset) + ", " +
                        std::to_string(s.offset + s.size) + ") lie beyond the end of data shard " + shardPath + " (" +
                        std::to_string(shard->size()) + " bytes); the shard is truncated or the index is corrupt");
    const char* data = shard->data() + s.offset;
    if (s.dtype == tensorflow::DT_STRING) return readStrings(key, s, data);
    int elementSize = dtypeSize(s.dtype);
    if (elementSize == 0)
        return unimplemented("tensor '" + key + "' has type " + dtypeName(s.dtype) +
                             ", whose stored values tfscope cannot decode");
    TFS_ASSIGN_OR_RETURN(int64_t count, elementCount(s.dims));
    uint64_t expected = uint64_t(count) * uint64_t(elementSize);
    if (s.size != expected)
        return dataLoss("tensor '" + key + "': stored size " + std::to_string(s.size) + " bytes disagrees with " +
                        dtypeShortName(s.dtype) + dimsToString(s.dims) + " (" + std::to_string(expected) + " bytes)");
    bool verified;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        verified = verified_.count(&s) != 0;
    }
    if (!verified) TFS_RETURN_IF_ERROR(verifyOnce(key, s, crc32c::mask(crc32c::value(data, size_t(s.size)))));
    // A 64-byte aligned region is shared with the mapping; otherwise copy into an aligned buffer.
    if (reinterpret_cast<uintptr_t>(data) % 64 == 0 && s.size > 0)
        return Tensor::wrap(s.dtype, s.dims, TensorBuffer::view(data, size_t(s.size), shard));
    TFS_ASSIGN_OR_RETURN(Tensor t, Tensor::make(s.dtype, s.dims, ckpt::kMaxTensorBytes));
    if (s.size) std::memcpy(t.rawData(), data, size_t(s.size));
    return t;
}

// Layout (tensor_bundle.cc WriteStringTensor): varint64 length per element,
// a masked crc32c of the lengths (each as uint32, or uint64 when larger), then
// the bytes. The entry crc covers the lengths, that 4-byte checksum and the bytes.
Result<Tensor> BundleStore::readStrings(const std::string& key, const Stored& s, const char* data) const {
    TFS_ASSIGN_OR_RETURN(int64_t count, elementCount(s.dims));
    const std::string where = "tensor '" + key + "' in " + shardPaths_[size_t(s.shard)];
    if (uint64_t(count) > s.size)  // every element needs at least one length byte
        return dataLoss(where + ": " + std::to_string(count) + " strings cannot fit in " + std::to_string(s.size) +
                        " stored bytes");
    // The tensor (whose size is capped) is allocated before anything else; the
    // lengths are parsed twice rather than kept, so nothing scales with `count` beyond it.
    TFS_ASSIGN_OR_RETURN(Tensor t, Tensor::make(s.dtype, s.dims, ckpt::kMaxTensorBytes));
    const auto* begin = reinterpret_cast<const unsigned char*>(data);
    const auto* end = begin + s.size;
    const auto* p = begin;
    uint32_t crc = 0;
    uint64_t total = 0;
    for (int64_t i = 0; i < count; ++i) {
        uint64_t len = 0;
        if (!readVarint64(p, end, &len)) return dataLoss(where + ": string lengths are truncated or malformed");
        if (len <= UINT32_MAX) {
            uint32_t l32 = uint32_t(len);
            crc = crc32c::extend(crc, &l32, sizeof l32);
        } else {
            crc = crc32c::extend(crc, &len, sizeof len);
        }
        if (len > s.size) return dataLoss(where + ": a string length exceeds the stored size");
        total += len;
    }
    const auto* lengthsEnd = p;
    if (end - p < 4) return dataLoss(where + ": the checksum of the string lengths is missing");
    uint32_t rawLengthCrc;
    std::memcpy(&rawLengthCrc, p, 4);
    p += 4;
    if (crc32c::unmask(rawLengthCrc) != crc)
        return dataLoss(where + ": checksum of the string lengths does not match; the shard is corrupt");
    crc = crc32c::extend(crc, &rawLengthCrc, 4);
    if (total != uint64_t(end - p))
        return dataLoss(where + ": string lengths add up to " + std::to_string(total) + " bytes but " +
                        std::to_string(end - p) + " bytes are stored");
    crc = crc32c::extend(crc, p, size_t(total));
    bool verified;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        verified = verified_.count(&s) != 0;
    }
    if (!verified) TFS_RETURN_IF_ERROR(verifyOnce(key, s, crc32c::mask(crc)));
    const auto* lengthAt = begin;
    for (auto& str : t.strings()) {
        uint64_t len = 0;
        readVarint64(lengthAt, lengthsEnd, &len);  // already validated above
        str.assign(reinterpret_cast<const char*>(p), size_t(len));
        p += len;
    }
    return t;
}

std::string shardName(const std::string& prefix, int shard, int numShards) {
    char buf[64];
    std::snprintf(buf, sizeof buf, ".data-%05d-of-%05d", shard, numShards);
    return prefix + buf;
}

Result<std::shared_ptr<VariableStore>> BundleStore::open(const std::string& prefix) {
    auto store = std::make_shared<BundleStore>();
    store->prefix_ = prefix;
    store->indexPath_ = prefix + ".index";
    const std::string& indexPath = store->indexPath_;
    if (!pathExists(indexPath)) return notFound(indexPath + ": checkpoint index not found");
    TFS_ASSIGN_OR_RETURN(auto table, table::TableReader::open(indexPath));

    tensorflow::BundleHeaderProto header;
    bool sawHeader = false;
    Status visit = table->forEach([&](std::string_view key, std::string_view value) -> Status {
        if (key.empty()) {
            if (!header.ParseFromArray(value.data(), int(value.size())))
                return dataLoss(indexPath + ": the header entry is not a BundleHeaderProto; not a V2 checkpoint index");
            sawHeader = true;
            return okStatus();
        }
        if (!sawHeader) return dataLoss(indexPath + ": the index has no header entry; not a V2 checkpoint index");
        std::string name(key);
        std::string label = name;
        SliceSpec sliceOf;
        std::string fullName;
        if (ckpt::decodeTensorNameSlice(key, &fullName, &sliceOf)) label = fullName + " (slice)";
        tensorflow::BundleEntryProto entry;
        if (!entry.ParseFromArray(value.data(), int(value.size())))
            return dataLoss(indexPath + ": entry for tensor '" + label + "' is not a valid BundleEntryProto");
        Stored s;
        s.dtype = entry.dtype();
        TFS_ASSIGN_OR_RETURN(s.dims, ckpt::dimsFromProto(entry.shape(), indexPath + ": tensor '" + label + "'"));
        s.shard = entry.shard_id();
        if (entry.offset() < 0 || entry.size() < 0)
            return dataLoss(indexPath + ": tensor '" + label + "' has a negative offset or size");
        s.offset = uint64_t(entry.offset());
        s.size = uint64_t(entry.size());
        s.maskedCrc = entry.crc32c();
        for (const auto& slice : entry.slices()) {
            s.slices.push_back(ckpt::sliceFromProto(slice));
            TFS_RETURN_IF_ERROR(
                ckpt::sliceShape(s.dims, s.slices.back(), indexPath + ": tensor '" + label + "'").status());
        }
        store->stored_.emplace(std::move(name), std::move(s));
        return okStatus();
    });
    TFS_RETURN_IF_ERROR(visit);
    if (!sawHeader) return dataLoss(indexPath + ": the index has no header entry; not a V2 checkpoint index");
    if (header.endianness() == tensorflow::BundleHeaderProto::BIG)
        return unimplemented(indexPath + ": big-endian checkpoints are not supported (only little-endian)");
    if (header.version().min_consumer() > kBundleVersion)
        return unimplemented(indexPath + ": written by a newer TensorFlow (needs bundle reader version " +
                             std::to_string(header.version().min_consumer()) + ", this reader is version " +
                             std::to_string(kBundleVersion) + ")");
    for (int bad : header.version().bad_consumers())
        if (bad == kBundleVersion)
            return unimplemented(indexPath + ": this checkpoint disallows bundle reader version 1");
    const int numShards = header.num_shards();
    if (numShards < 1 || numShards > kMaxShards)
        return dataLoss(indexPath + ": header has an invalid shard count " + std::to_string(numShards));

    for (int i = 0; i < numShards; ++i) {
        std::string shardPath = shardName(prefix, i, numShards);
        if (!pathExists(shardPath))
            return notFound(indexPath + ": data shard " + shardPath + " is missing (the index lists " +
                            std::to_string(numShards) + " shard" + (numShards == 1 ? "" : "s") + ")");
        TFS_ASSIGN_OR_RETURN(auto map, MappedFile::open(shardPath));
        store->shardPaths_.push_back(shardPath);
        store->shards_.push_back(std::move(map));
    }

    for (const auto& [key, s] : store->stored_) {
        std::string fullName;
        SliceSpec slice;
        const bool isSlice = ckpt::decodeTensorNameSlice(key, &fullName, &slice);
        if (s.slices.empty() && (s.shard < 0 || s.shard >= numShards))
            return dataLoss(indexPath + ": tensor '" + (isSlice ? fullName + " (slice)" : key) + "' is in shard " +
                            std::to_string(s.shard) + " but the checkpoint has " + std::to_string(numShards));
        if (isSlice) continue;
        Entry e;
        e.key = key;
        e.dtype = s.dtype;
        e.shape = s.dims;
        e.partitioned = !s.slices.empty();
        e.bytes = s.size;
        if (e.partitioned) {
            e.bytes = 0;
            for (const auto& slice : s.slices) {
                auto part = store->stored_.find(ckpt::encodeTensorNameSlice(key, slice));
                if (part != store->stored_.end()) e.bytes += part->second.size;
            }
        }
        store->entries_.push_back(std::move(e));
    }
    std::sort(store->entries_.begin(), store->entries_.end(),
              [](const Entry& a, const Entry& b) { return a.key < b.key; });
    return std::shared_ptr<VariableStore>(std::move(store));
}

}  // namespace

Result<std::shared_ptr<VariableStore>> openBundle(const std::string& prefix) {
    return BundleStore::open(prefix);
}

bool looksLikeBundle(const std::string& prefix) {
    const std::string index = prefix + ".index";
    if (!isRegularFile(index) || !table::hasTableMagic(index)) return false;
    auto table = table::TableReader::open(index);
    if (!table.ok()) return false;
    auto first = (*table)->first();
    if (!first.ok() || !first->first.empty()) return false;
    tensorflow::BundleHeaderProto header;
    return header.ParseFromString(first->second) && header.num_shards() >= 1;
}

}  // namespace tfs
