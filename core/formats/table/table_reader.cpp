#include "core/formats/table/table_reader.h"

#include <leveldb/env.h>
#include <leveldb/iterator.h>
#include <leveldb/options.h>
#include <leveldb/table.h>

#include <cstring>

#include <snappy.h>

#include "core/util/varint.h"

namespace tfs::table {

namespace {

constexpr uint64_t kFooterSize = 48;  // two padded block handles + 8-byte magic
constexpr unsigned char kMagic[8] = {0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb};  // 0xdb4775248b80fb57 LE
constexpr size_t kBlockTrailer = 5;                                                    // type byte + masked crc32c
constexpr uint64_t kMaxSnappyRatio = 64;  // snappy cannot expand more than ~22x; anything beyond is corrupt

// Decodes the varint32 that starts a snappy block (its uncompressed length).
bool snappyLength(const unsigned char* p, size_t n, uint64_t* out) {
    uint64_t v = 0;
    for (size_t i = 0; i < n && i < 5; ++i) {
        v |= uint64_t(p[i] & 0x7f) << (7 * i);
        if (!(p[i] & 0x80)) {
            *out = v;
            return true;
        }
    }
    return false;
}

// A block handle: where a block starts and how long it is (without its 5-byte trailer).
struct BlockHandle {
    uint64_t offset = 0, length = 0;
};

bool readHandle(const unsigned char*& p, const unsigned char* end, BlockHandle* h) {
    return readVarint64(p, end, &h->offset) && readVarint64(p, end, &h->length);
}

// leveldb allocates length + trailer bytes for a block before reading it.
bool handleFits(const BlockHandle& h, uint64_t fileSize) {
    return h.offset <= fileSize && h.length <= fileSize - h.offset &&
           h.length + kBlockTrailer <= fileSize - h.offset;
}

// Checks that the footer's two block handles lie inside the file, before leveldb
// allocates a buffer of whatever size they claim; `index` receives the second.
bool footerHandlesFit(const char* data, uint64_t size, BlockHandle* index) {
    const auto* p = reinterpret_cast<const unsigned char*>(data + size - kFooterSize);
    const auto* end = p + kFooterSize - 8;
    for (int i = 0; i < 2; ++i) {
        if (!readHandle(p, end, index) || !handleFits(*index, size)) return false;
    }
    return true;
}

// The index block's uncompressed contents ("" when its compression is unknown or implausible).
bool indexBlockContents(const char* data, const BlockHandle& h, std::string* out) {
    const char* block = data + h.offset;
    const auto type = static_cast<unsigned char>(block[h.length]);
    if (type == 0 /* kNoCompression */) {
        out->assign(block, size_t(h.length));
        return true;
    }
    size_t ulen = 0;
    if (type != 1 /* kSnappyCompression */ || !snappy::GetUncompressedLength(block, size_t(h.length), &ulen) ||
        ulen > kMaxSnappyRatio * h.length + 4096)
        return false;
    out->resize(ulen);
    return snappy::RawUncompress(block, size_t(h.length), out->data());
}

// Every entry of the index block is the handle of a data block, which leveldb
// will allocate at its claimed size when an iterator reaches it: check them all
// against the file size once, before any data block is read.
bool indexHandlesFit(const char* data, uint64_t size, const BlockHandle& index) {
    std::string block;
    if (!indexBlockContents(data, index, &block) || block.size() < 4) return false;
    const auto* begin = reinterpret_cast<const unsigned char*>(block.data());
    uint32_t restarts = 0;
    std::memcpy(&restarts, begin + block.size() - 4, 4);  // little-endian on every platform we build for
    if (restarts > (block.size() - 4) / 4) return false;
    const unsigned char* limit = begin + block.size() - 4 - 4 * size_t(restarts);
    for (const unsigned char* p = begin; p < limit;) {
        uint64_t shared = 0, unshared = 0, valueLength = 0;
        if (!readVarint64(p, limit, &shared) || !readVarint64(p, limit, &unshared) ||
            !readVarint64(p, limit, &valueLength))
            return false;
        if (unshared > uint64_t(limit - p) || valueLength > uint64_t(limit - p) - unshared) return false;
        const unsigned char* value = p + unshared;
        p = value + valueLength;
        BlockHandle h;
        if (!readHandle(value, p, &h) || !handleFits(h, size)) return false;
    }
    return true;
}

}  // namespace

// leveldb reads blocks through this view of the mapping. It also refuses a
// snappy block that claims an absurd uncompressed size, so a crafted file
// cannot make leveldb allocate gigabytes before the decompressor fails.
struct TableReader::File : leveldb::RandomAccessFile {
    std::shared_ptr<MappedFile> map;

    leveldb::Status Read(uint64_t offset, size_t n, leveldb::Slice* result, char*) const override {
        uint64_t size = map->size();
        if (offset > size) {
            *result = leveldb::Slice();
            return leveldb::Status::Corruption("block offset beyond end of file");
        }
        size_t available = size_t(std::min<uint64_t>(n, size - offset));
        const auto* p = reinterpret_cast<const unsigned char*>(map->data() + offset);
        if (available == n && n > kBlockTrailer && p[n - kBlockTrailer] == 1 /* kSnappyCompression */) {
            uint64_t ulen = 0;
            size_t payload = n - kBlockTrailer;
            if (snappyLength(p, payload, &ulen) && ulen > kMaxSnappyRatio * payload + 4096)
                return leveldb::Status::Corruption("compressed block claims an implausible size");
        }
        *result = leveldb::Slice(map->data() + offset, available);
        return leveldb::Status::OK();
    }
};

Result<std::unique_ptr<TableReader>> TableReader::open(const std::string& path) {
    if (!pathExists(path)) return notFound(TFS_PHRASE("Errors", "%1: file not found"), path);
    TFS_ASSIGN_OR_RETURN(auto map, MappedFile::open(path));
    if (map->size() < kFooterSize)
        return dataLoss(TFS_PHRASE("Errors", "%1: not a table: %2 bytes, too short for the 48-byte table footer (truncated or empty file?)"), path, map->size());
    if (std::memcmp(map->data() + map->size() - 8, kMagic, 8) != 0)
        return dataLoss(TFS_PHRASE("Errors", "%1: not a table: bad magic number in the footer (expected the LevelDB/TensorFlow table magic 0xdb4775248b80fb57; truncated or not a checkpoint index?)"), path);
    BlockHandle index;
    if (!footerHandlesFit(map->data(), map->size(), &index))
        return dataLoss(TFS_PHRASE("Errors", "%1: corrupt table: the footer points outside the file (truncated or damaged?)"), path);
    std::unique_ptr<TableReader> reader(new TableReader());
    reader->path_ = path;
    reader->file_ = std::make_unique<File>();
    reader->file_->map = std::move(map);
    leveldb::Options options;
    options.paranoid_checks = true;  // verify the index block's crc when opening
    options.block_cache = nullptr;
    options.filter_policy = nullptr;
    leveldb::Status s;
    try {
        s = leveldb::Table::Open(options, reader->file_.get(), reader->file_->map->size(), &reader->table_);
    } catch (const std::bad_alloc&) {
        return dataLoss(TFS_PHRASE("Errors", "%1: corrupt table: a block claims an impossible size"), path);
    }
    if (!s.ok()) return dataLoss(TFS_PHRASE("Errors", "%1: cannot read table: %2"), path, s.ToString());
    // After Open, which verified the index block's crc, so a damaged index reports that first.
    if (!indexHandlesFit(reader->file_->map->data(), reader->file_->map->size(), index))
        return dataLoss(TFS_PHRASE("Errors", "%1: corrupt table: the index points at a data block outside the file (truncated or damaged?)"), path);
    return reader;
}

TableReader::~TableReader() {
    delete table_;
}

namespace {
leveldb::ReadOptions verifyingReads() {
    leveldb::ReadOptions ro;
    ro.verify_checksums = true;
    ro.fill_cache = false;
    return ro;
}
}  // namespace

// leveldb allocates block buffers with new[] at the sizes the file claims; a
// crafted handle can make that throw, which must not escape core's API.
Status TableReader::forEach(const std::function<Status(std::string_view, std::string_view)>& visit) const {
    try {
        std::unique_ptr<leveldb::Iterator> it(table_->NewIterator(verifyingReads()));
        for (it->SeekToFirst(); it->Valid(); it->Next()) {
            leveldb::Slice k = it->key(), v = it->value();
            TFS_RETURN_IF_ERROR(visit({k.data(), k.size()}, {v.data(), v.size()}));
        }
        if (!it->status().ok()) return dataLoss(TFS_PHRASE("Errors", "%1: corrupt table: %2"), path_, it->status().ToString());
    } catch (const std::bad_alloc&) {
        return dataLoss(TFS_PHRASE("Errors", "%1: corrupt table: a block claims an impossible size"), path_);
    }
    return okStatus();
}

Result<std::string> TableReader::get(std::string_view key) const {
    try {
        return getUnchecked(key);
    } catch (const std::bad_alloc&) {
        return dataLoss(TFS_PHRASE("Errors", "%1: corrupt table: a block claims an impossible size"), path_);
    }
}

Result<std::pair<std::string, std::string>> TableReader::first() const {
    try {
        return firstUnchecked();
    } catch (const std::bad_alloc&) {
        return dataLoss(TFS_PHRASE("Errors", "%1: corrupt table: a block claims an impossible size"), path_);
    }
}

Result<std::string> TableReader::getUnchecked(std::string_view key) const {
    std::unique_ptr<leveldb::Iterator> it(table_->NewIterator(verifyingReads()));
    it->Seek(leveldb::Slice(key.data(), key.size()));
    if (!it->status().ok()) return dataLoss(TFS_PHRASE("Errors", "%1: corrupt table: %2"), path_, it->status().ToString());
    if (!it->Valid() || it->key() != leveldb::Slice(key.data(), key.size()))
        return notFound(TFS_PHRASE("Errors", "%1: no record with key '%2'"), path_, key);
    return it->value().ToString();
}

Result<std::pair<std::string, std::string>> TableReader::firstUnchecked() const {
    std::unique_ptr<leveldb::Iterator> it(table_->NewIterator(verifyingReads()));
    it->SeekToFirst();
    if (!it->status().ok()) return dataLoss(TFS_PHRASE("Errors", "%1: corrupt table: %2"), path_, it->status().ToString());
    if (!it->Valid()) return notFound(TFS_PHRASE("Errors", "%1: table has no records"), path_);
    return std::make_pair(it->key().ToString(), it->value().ToString());
}

bool hasTableMagic(const std::string& path) {
    auto size = fileSize(path);
    if (!size.ok() || *size < kFooterSize) return false;
    auto map = MappedFile::open(path);
    if (!map.ok()) return false;
    return std::memcmp((*map)->data() + (*map)->size() - 8, kMagic, 8) == 0;
}

}  // namespace tfs::table
