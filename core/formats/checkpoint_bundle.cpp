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
#include "core/formats/proto_io.h"
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
        if (it == stored_.end()) return notFound(TFS_PHRASE("Errors", "%1: no tensor named '%2' in this checkpoint"), indexPath_, key);
        const Stored& s = it->second;
        if (s.slices.empty()) return readStored(key, s);
        // Partitioned variable: assemble the full tensor from its slices, checked first.
        TFS_ASSIGN_OR_RETURN(auto parts, slicesOf(key, s));
        TFS_ASSIGN_OR_RETURN(Tensor full, Tensor::make(s.dtype, s.dims, ckpt::kMaxTensorBytes));
        for (size_t i = 0; i < parts.size(); ++i) {
            TFS_ASSIGN_OR_RETURN(Tensor value, readStored(key + " (slice)", *parts[i]));
            TFS_RETURN_IF_ERROR(ckpt::copySliceInto(full, value, s.slices[i], "tensor '" + key + "'"));
        }
        return full;
    }

private:
    Result<std::vector<const Stored*>> slicesOf(const std::string& key, const Stored& s) const;
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
        return dataLoss(TFS_PHRASE("Errors", "tensor '%1': checksum mismatch in data shard %2 (index says crc32c %3, data gives %4); the shard is corrupt"), key, shardPaths_[size_t(s.shard)], hex32(s.maskedCrc), hex32(actualMasked));
    std::lock_guard<std::mutex> lock(mutex_);
    verified_.insert(&s);
    return okStatus();
}

// The stored entries of a partitioned tensor's slices, in the order of s.slices. Before the full
// tensor is allocated, each slice must have an entry of its shape and dtype whose bytes lie in
// its shard and can hold its elements, no two slices may share stored bytes, and together they
// must hold exactly the tensor's elements: so the allocation is bounded by the bytes stored.
Result<std::vector<const Stored*>> BundleStore::slicesOf(const std::string& key, const Stored& s) const {
    TFS_ASSIGN_OR_RETURN(int64_t count, elementCount(s.dims));
    const int elementSize = s.dtype == tensorflow::DT_STRING ? 1 : dtypeSize(s.dtype);  // a string needs a length byte
    struct Region {
        int shard;
        uint64_t offset, size;
        bool operator<(const Region& o) const { return shard != o.shard ? shard < o.shard : offset < o.offset; }
    };
    std::vector<const Stored*> parts;
    std::vector<Region> regions;
    uint64_t held = 0;
    for (const auto& slice : s.slices) {
        auto part = stored_.find(ckpt::encodeTensorNameSlice(key, slice));
        if (part == stored_.end())
            return dataLoss(TFS_PHRASE("Errors", "%1: tensor '%2' lists a slice that has no entry in the index"), indexPath_, key);
        TFS_ASSIGN_OR_RETURN(Dims shape, ckpt::sliceShape(s.dims, slice, "tensor '" + key + "'"));
        const Stored& p = part->second;
        if (p.dims != shape || p.dtype != s.dtype)
            return dataLoss(TFS_PHRASE("Errors", "%1: a slice of tensor '%2' is stored as %3%4, expected %5%6"), indexPath_, key, dtypeShortName(p.dtype), dimsToString(p.dims), dtypeShortName(s.dtype), dimsToString(shape));
        if (p.shard < 0 || size_t(p.shard) >= shards_.size())
            return dataLoss(TFS_PHRASE("Errors", "%1: tensor '%2' is in shard %3 but the checkpoint has %4"), indexPath_, key + " (slice)", p.shard, shards_.size());
        const uint64_t shardSize = shards_[size_t(p.shard)]->size();
        TFS_ASSIGN_OR_RETURN(int64_t elements, elementCount(shape));
        if (p.offset > shardSize || p.size > shardSize - p.offset || (elementSize > 0 && uint64_t(elements) > p.size / uint64_t(elementSize)))
            return dataLoss(TFS_PHRASE("Errors", "%1: a slice of tensor '%2' (%3 elements) claims bytes [%4, %5) of data shard %6 (%7 bytes)"), indexPath_, key, elements, p.offset, p.offset + p.size, shardPaths_[size_t(p.shard)], shardSize);
        held += uint64_t(elements);
        if (held > uint64_t(count)) break;
        parts.push_back(&p);
        if (p.size) regions.push_back({p.shard, p.offset, p.size});
    }
    if (held != uint64_t(count))
        return dataLoss(TFS_PHRASE("Errors", "%1: the slices of tensor '%2' hold %3 elements, its shape %4 has %5"), indexPath_, key, held, dimsToString(s.dims), count);
    std::sort(regions.begin(), regions.end());
    for (size_t i = 1; i < regions.size(); ++i)
        if (regions[i].shard == regions[i - 1].shard && regions[i - 1].offset + regions[i - 1].size > regions[i].offset)
            return dataLoss(TFS_PHRASE("Errors", "%1: two slices of tensor '%2' share bytes of data shard %3"), indexPath_, key, shardPaths_[size_t(regions[i].shard)]);
    return parts;
}

Result<Tensor> BundleStore::readStored(const std::string& key, const Stored& s) const {
    const auto& shard = shards_[size_t(s.shard)];
    const std::string& shardPath = shardPaths_[size_t(s.shard)];
    if (s.offset > shard->size() || s.size > shard->size() - s.offset)
        return dataLoss(TFS_PHRASE("Errors", "tensor '%1': bytes [%2, %3) lie beyond the end of data shard %4 (%5 bytes); the shard is truncated or the index is corrupt"), key, s.offset, s.offset + s.size, shardPath, shard->size());
    const char* data = shard->data() + s.offset;
    if (s.dtype == tensorflow::DT_STRING) return readStrings(key, s, data);
    int elementSize = dtypeSize(s.dtype);
    if (elementSize == 0)
        return unimplemented(TFS_PHRASE("Errors", "tensor '%1' has type %2, whose stored values tfscope cannot decode"), key, dtypeName(s.dtype));
    TFS_ASSIGN_OR_RETURN(int64_t count, elementCount(s.dims));
    uint64_t expected = uint64_t(count) * uint64_t(elementSize);
    if (s.size != expected)
        return dataLoss(TFS_PHRASE("Errors", "tensor '%1': stored size %2 bytes disagrees with %3%4 (%5 bytes)"), key, s.size, dtypeShortName(s.dtype), dimsToString(s.dims), expected);
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
        return dataLoss(TFS_PHRASE("Errors", "%1: %2 strings cannot fit in %3 stored bytes"), where, count, s.size);
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
        if (!readVarint64(p, end, &len)) return dataLoss(TFS_PHRASE("Errors", "%1: string lengths are truncated or malformed"), where);
        if (len <= UINT32_MAX) {
            uint32_t l32 = uint32_t(len);
            crc = crc32c::extend(crc, &l32, sizeof l32);
        } else {
            crc = crc32c::extend(crc, &len, sizeof len);
        }
        if (len > s.size) return dataLoss(TFS_PHRASE("Errors", "%1: a string length exceeds the stored size"), where);
        total += len;
    }
    const auto* lengthsEnd = p;
    if (end - p < 4) return dataLoss(TFS_PHRASE("Errors", "%1: the checksum of the string lengths is missing"), where);
    uint32_t rawLengthCrc;
    std::memcpy(&rawLengthCrc, p, 4);
    p += 4;
    if (crc32c::unmask(rawLengthCrc) != crc)
        return dataLoss(TFS_PHRASE("Errors", "%1: checksum of the string lengths does not match; the shard is corrupt"), where);
    crc = crc32c::extend(crc, &rawLengthCrc, 4);
    if (total != uint64_t(end - p))
        return dataLoss(TFS_PHRASE("Errors", "%1: string lengths add up to %2 bytes but %3 bytes are stored"), where, total, end - p);
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
    if (!pathExists(indexPath)) return notFound(TFS_PHRASE("Errors", "%1: checkpoint index not found"), indexPath);
    TFS_ASSIGN_OR_RETURN(auto table, table::TableReader::open(indexPath));

    tensorflow::BundleHeaderProto header;
    bool sawHeader = false;
    Status visit = table->forEach([&](std::string_view key, std::string_view value) -> Status {
        if (key.empty()) {
            if (!parseProtoBytes(value, &header))
                return dataLoss(TFS_PHRASE("Errors", "%1: the header entry is not a BundleHeaderProto; not a V2 checkpoint index"), indexPath);
            sawHeader = true;
            return okStatus();
        }
        if (!sawHeader) return dataLoss(TFS_PHRASE("Errors", "%1: the index has no header entry; not a V2 checkpoint index"), indexPath);
        std::string name(key);
        std::string label = name;
        SliceSpec sliceOf;
        std::string fullName;
        if (ckpt::decodeTensorNameSlice(key, &fullName, &sliceOf)) label = fullName + " (slice)";
        tensorflow::BundleEntryProto entry;
        if (!parseProtoBytes(value, &entry))
            return dataLoss(TFS_PHRASE("Errors", "%1: entry for tensor '%2' is not a valid BundleEntryProto"), indexPath, label);
        Stored s;
        s.dtype = entry.dtype();
        TFS_ASSIGN_OR_RETURN(s.dims, ckpt::dimsFromProto(entry.shape(), indexPath + ": tensor '" + label + "'"));
        s.shard = entry.shard_id();
        if (entry.offset() < 0 || entry.size() < 0)
            return dataLoss(TFS_PHRASE("Errors", "%1: tensor '%2' has a negative offset or size"), indexPath, label);
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
    if (!sawHeader) return dataLoss(TFS_PHRASE("Errors", "%1: the index has no header entry; not a V2 checkpoint index"), indexPath);
    if (header.endianness() == tensorflow::BundleHeaderProto::BIG)
        return unimplemented(TFS_PHRASE("Errors", "%1: big-endian checkpoints are not supported (only little-endian)"), indexPath);
    if (header.version().min_consumer() > kBundleVersion)
        return unimplemented(TFS_PHRASE("Errors", "%1: written by a newer TensorFlow (needs bundle reader version %2, this reader is version %3)"), indexPath, header.version().min_consumer(), kBundleVersion);
    for (int bad : header.version().bad_consumers())
        if (bad == kBundleVersion)
            return unimplemented(TFS_PHRASE("Errors", "%1: this checkpoint disallows bundle reader version 1"), indexPath);
    const int numShards = header.num_shards();
    if (numShards < 1 || numShards > kMaxShards)
        return dataLoss(TFS_PHRASE("Errors", "%1: header has an invalid shard count %2"), indexPath, numShards);

    for (int i = 0; i < numShards; ++i) {
        std::string shardPath = shardName(prefix, i, numShards);
        if (!pathExists(shardPath))
            return notFound(TFS_PHRASE("Errors", "%1: data shard %2 is missing (the index lists %3 shard%4)"), indexPath, shardPath, numShards, (numShards == 1 ? "" : "s"));
        TFS_ASSIGN_OR_RETURN(auto map, MappedFile::open(shardPath));
        store->shardPaths_.push_back(shardPath);
        store->shards_.push_back(std::move(map));
    }

    for (const auto& [key, s] : store->stored_) {
        std::string fullName;
        SliceSpec slice;
        const bool isSlice = ckpt::decodeTensorNameSlice(key, &fullName, &slice);
        if (s.slices.empty() && (s.shard < 0 || s.shard >= numShards))
            return dataLoss(TFS_PHRASE("Errors", "%1: tensor '%2' is in shard %3 but the checkpoint has %4"), indexPath, (isSlice ? fullName + " (slice)" : key), s.shard, numShards);
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
    return parseProtoBytes(first->second, &header) && header.num_shards() >= 1;
}

}  // namespace tfs
