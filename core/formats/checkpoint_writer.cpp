// Writes V2 bundles the way TensorFlow's BundleWriter does: one data shard,
// an index table with the header under "" and one BundleEntryProto per tensor.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

#include "core/formats/checkpoint.h"
#include "core/formats/table/table_writer.h"
#include "core/util/crc32c.h"
#include "core/util/file.h"
#include "tensorflow/tensor_bundle.pb.h"

namespace tfs {

namespace {

constexpr size_t kAlignment = 64;  // tensor starts are padded so readers can map values in place

void putVarint64(std::string* out, uint64_t v) {
    while (v >= 0x80) {
        out->push_back(static_cast<char>(v | 0x80));
        v >>= 7;
    }
    out->push_back(static_cast<char>(v));
}

// A temp file beside the target, renamed into place by publish(), removed otherwise.
class AtomicFile {
public:
    ~AtomicFile() {
        if (fd_ >= 0) ::close(fd_);
        if (!tmp_.empty()) ::unlink(tmp_.c_str());
    }
    Status open(const std::string& path) {
        path_ = path;
        std::random_device rd;
        tmp_ = path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(rd());
        fd_ = ::open(tmp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd_ < 0) {
            tmp_.clear();
            return notFound(TFS_PHRASE("Errors", "%1: cannot create: %2"), path, std::strerror(errno));
        }
        return okStatus();
    }
    Status write(const void* data, size_t n) {
        const char* p = static_cast<const char*>(data);
        written_ += n;
        if (n >= kDirectWrite) {  // large values go straight from the tensor to the file
            TFS_RETURN_IF_ERROR(flush());
            return writeAll(p, n);
        }
        buffer_.append(p, n);
        if (buffer_.size() >= kDirectWrite) return flush();
        return okStatus();
    }
    /// Makes the temp file durable; the target path is untouched until publish().
    Status sync() {
        TFS_RETURN_IF_ERROR(flush());
        int fd = fd_;
        fd_ = -1;
        if (::fsync(fd) != 0) {
            std::string why = std::strerror(errno);
            ::close(fd);
            return internalError(TFS_PHRASE("Errors", "%1: cannot flush: %2"), path_, why);
        }
        if (::close(fd) != 0) return internalError(TFS_PHRASE("Errors", "%1: cannot close: %2"), path_, std::strerror(errno));
        return okStatus();
    }
    /// Renames the synced temp file onto the target path.
    Status publish() {
        if (::rename(tmp_.c_str(), path_.c_str()) != 0)
            return internalError(TFS_PHRASE("Errors", "%1: cannot rename temp file into place: %2"), path_, std::strerror(errno));
        tmp_.clear();
        return okStatus();
    }
    uint64_t written() const { return written_; }

private:
    static constexpr size_t kDirectWrite = size_t(4) << 20;

    Status flush() {
        TFS_RETURN_IF_ERROR(writeAll(buffer_.data(), buffer_.size()));
        buffer_.clear();
        return okStatus();
    }
    Status writeAll(const char* p, size_t size) {
        size_t done = 0;
        while (done < size) {
            ssize_t n = ::write(fd_, p + done, size - done);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) return internalError(TFS_PHRASE("Errors", "%1: write failed: %2"), path_, std::strerror(errno));
            done += size_t(n);
        }
        return okStatus();
    }
    std::string path_, tmp_, buffer_;
    int fd_ = -1;
    uint64_t written_ = 0;
};

// Appends a string tensor as TensorFlow lays it out; returns the entry crc (unmasked).
Status writeStrings(AtomicFile& out, const Tensor& t, uint32_t* crc) {
    std::string lengths;
    uint32_t c = 0;
    for (const auto& s : t.strings()) {
        uint64_t len = s.size();
        putVarint64(&lengths, len);
        if (len <= UINT32_MAX) {
            uint32_t l32 = uint32_t(len);
            c = crc32c::extend(c, &l32, sizeof l32);
        } else {
            c = crc32c::extend(c, &len, sizeof len);
        }
    }
    TFS_RETURN_IF_ERROR(out.write(lengths.data(), lengths.size()));
    uint32_t lengthCrc = crc32c::mask(c);
    TFS_RETURN_IF_ERROR(out.write(&lengthCrc, sizeof lengthCrc));
    c = crc32c::extend(c, &lengthCrc, sizeof lengthCrc);
    for (const auto& s : t.strings()) {
        TFS_RETURN_IF_ERROR(out.write(s.data(), s.size()));
        c = crc32c::extend(c, s.data(), s.size());
    }
    *crc = c;
    return okStatus();
}

}  // namespace

Status writeBundle(const std::string& prefix, const std::vector<std::pair<std::string, Tensor>>& tensors,
                   const std::vector<std::string>& inputs) {
    const std::string indexPath = prefix + ".index";
    const std::string dataPath = prefix + ".data-00000-of-00001";
    for (const auto& input : inputs)
        for (const std::string* target : {&indexPath, &dataPath})
            if (samePath(*target, input))
                return invalidArgument(TFS_PHRASE("Errors", "%1: refusing to overwrite an input file; choose another output prefix"), *target);

    std::vector<const std::pair<std::string, Tensor>*> order;
    for (const auto& t : tensors) order.push_back(&t);
    std::sort(order.begin(), order.end(), [](auto* a, auto* b) { return a->first < b->first; });
    for (size_t i = 0; i < order.size(); ++i) {
        const auto& [key, tensor] = *order[i];
        if (key.empty()) return invalidArgument(TFS_PHRASE("Errors", "%1: a tensor has an empty name (reserved for the header)"), prefix);
        if (i && key == order[i - 1]->first) return invalidArgument(TFS_PHRASE("Errors", "%1: tensor '%2' is listed twice"), prefix, key);
        if (!tensor.valid()) return invalidArgument(TFS_PHRASE("Errors", "%1: tensor '%2' has no value"), prefix, key);
        if (tensor.dtype() != tensorflow::DT_STRING && dtypeSize(tensor.dtype()) == 0)
            return unimplemented(TFS_PHRASE("Errors", "%1: tensor '%2' has type %3, which cannot be written to a checkpoint"), prefix, key, dtypeName(tensor.dtype()));
    }

    std::error_code ec;
    std::string parent = parentPath(prefix);
    if (!parent.empty() && !isDirectory(parent) && !std::filesystem::create_directories(parent, ec))
        return notFound(TFS_PHRASE("Errors", "%1: cannot create the checkpoint folder: %2"), parent, ec.message());
    AtomicFile data;
    TFS_RETURN_IF_ERROR(data.open(dataPath));
    table::TableWriter index;
    tensorflow::BundleHeaderProto header;
    header.set_num_shards(1);
    header.set_endianness(tensorflow::BundleHeaderProto::LITTLE);
    header.mutable_version()->set_producer(1);
    TFS_RETURN_IF_ERROR(index.add("", header.SerializeAsString()));

    static const char zeros[kAlignment] = {};
    for (const auto* item : order) {
        const auto& [key, tensor] = *item;
        if (size_t pad = size_t(data.written() % kAlignment)) TFS_RETURN_IF_ERROR(data.write(zeros, kAlignment - pad));
        tensorflow::BundleEntryProto entry;
        entry.set_dtype(tensor.dtype());
        PartialShape::of(tensor.dims()).toProto(entry.mutable_shape());
        entry.set_shard_id(0);
        entry.set_offset(int64_t(data.written()));
        uint32_t crc = 0;
        if (tensor.dtype() == tensorflow::DT_STRING) {
            TFS_RETURN_IF_ERROR(writeStrings(data, tensor, &crc));
        } else {
            size_t bytes = size_t(tensor.byteSize());
            if (bytes && !tensor.rawData()) return internalError(TFS_PHRASE("Errors", "%1: tensor '%2' has no data buffer"), prefix, key);
            if (bytes) TFS_RETURN_IF_ERROR(data.write(tensor.rawData(), bytes));
            crc = crc32c::value(tensor.rawData(), bytes);
        }
        entry.set_size(int64_t(data.written() - uint64_t(entry.offset())));
        entry.set_crc32c(crc32c::mask(crc));
        TFS_RETURN_IF_ERROR(index.add(key, entry.SerializeAsString()));
    }
    TFS_ASSIGN_OR_RETURN(std::string indexBytes, index.finish());
    AtomicFile indexFile;
    TFS_RETURN_IF_ERROR(indexFile.open(indexPath));
    TFS_RETURN_IF_ERROR(indexFile.write(indexBytes.data(), indexBytes.size()));
    // Both files are complete on disk before either is renamed into place.
    TFS_RETURN_IF_ERROR(data.sync());
    TFS_RETURN_IF_ERROR(indexFile.sync());
    TFS_RETURN_IF_ERROR(data.publish());
    return indexFile.publish();
}

}  // namespace tfs
