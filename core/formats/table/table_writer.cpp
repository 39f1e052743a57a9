#include "core/formats/table/table_writer.h"

#include <leveldb/env.h>
#include <leveldb/options.h>
#include <leveldb/table_builder.h>

namespace tfs::table {

namespace {

// Collects the table bytes in memory; the caller writes them atomically.
struct StringFile : leveldb::WritableFile {
    std::string bytes;
    leveldb::Status Append(const leveldb::Slice& data) override {
        bytes.append(data.data(), data.size());
        return leveldb::Status::OK();
    }
    leveldb::Status Close() override { return leveldb::Status::OK(); }
    leveldb::Status Flush() override { return leveldb::Status::OK(); }
    leveldb::Status Sync() override { return leveldb::Status::OK(); }
};

}  // namespace

struct TableWriter::Impl {
    StringFile file;
    leveldb::Options options;
    std::unique_ptr<leveldb::TableBuilder> builder;
    std::string lastKey;
    bool any = false;
    bool finished = false;
};

TableWriter::TableWriter() : impl_(std::make_unique<Impl>()) {
    // TensorFlow writes checkpoint indexes uncompressed with 256 KiB blocks.
    impl_->options.compression = leveldb::kNoCompression;
    impl_->options.block_size = 262144;
    impl_->options.block_restart_interval = 16;
    impl_->builder = std::make_unique<leveldb::TableBuilder>(impl_->options, &impl_->file);
}

TableWriter::~TableWriter() {
    if (impl_->builder && !impl_->finished) impl_->builder->Abandon();
}

Status TableWriter::add(std::string_view key, std::string_view value) {
    if (impl_->finished) return failedPrecondition(TFS_PHRASE("Errors", "table already finished"));
    if (impl_->any && key <= std::string_view(impl_->lastKey))
        return invalidArgument(TFS_PHRASE("Errors", "table keys must be added in strictly increasing order; '%1' follows '%2'"), key, impl_->lastKey);
    impl_->builder->Add(leveldb::Slice(key.data(), key.size()), leveldb::Slice(value.data(), value.size()));
    impl_->lastKey.assign(key);
    impl_->any = true;
    return okStatus();
}

Result<std::string> TableWriter::finish() {
    if (impl_->finished) return failedPrecondition(TFS_PHRASE("Errors", "table already finished"));
    impl_->finished = true;
    leveldb::Status s = impl_->builder->Finish();
    if (!s.ok()) return internalError(TFS_PHRASE("Errors", "building table failed: %1"), s.ToString());
    return std::move(impl_->file.bytes);
}

}  // namespace tfs::table
