// Damaged checkpoints (copies of real ones, broken in a scratch directory):
// each gives a clear Status naming the file or tensor; nothing crashes.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>

#include "core/formats/checkpoint.h"
#include "core/formats/checkpoint_internal.h"
#include "core/formats/table/table_reader.h"
#include "core/formats/table/table_writer.h"
#include "core/util/crc32c.h"
#include "core/util/file.h"
#include "tensorflow/tensor_bundle.pb.h"
#include "tests/common/test_paths.h"

namespace tfs {
namespace {

namespace fs = std::filesystem;

const char* kShard = ".data-00000-of-00001";

// Copies a real bundle into a fresh scratch directory as "<dir>/ckpt" and returns that prefix.
std::string copyBundle(const std::string& name, const std::string& srcPrefix) {
    std::string dir = test::scratchDir(name);
    for (const char* ext : {".index", kShard}) {
        fs::copy_file(srcPrefix + ext, dir + "/ckpt" + ext);
        fs::permissions(dir + "/ckpt" + ext, fs::perms::owner_write, fs::perm_options::add);
    }
    return dir + "/ckpt";
}

std::string lexci() {
    return test::sharedModel("cppflow__lexci_model") + "/model/variables/variables";
}

std::string bytesOf(const std::string& path) {
    auto text = readFile(path);
    EXPECT_TRUE(text.ok());
    return text.ok() ? *text : "";
}

void overwrite(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

bool mentions(const Status& s, const std::string& what) {
    return s.message().find(what) != std::string::npos;
}

// Rewrites the index, letting `edit` change entries (return false to drop one) or the header.
void rewriteIndex(const std::string& prefix,
                  const std::function<bool(const std::string&, tensorflow::BundleEntryProto&)>& edit,
                  const std::function<void(tensorflow::BundleHeaderProto&)>& editHeader = nullptr) {
    std::vector<std::pair<std::string, std::string>> records;
    {
        auto table = table::TableReader::open(prefix + ".index");
        ASSERT_TRUE(table.ok());
        ASSERT_TRUE((*table)
                        ->forEach([&](std::string_view k, std::string_view v) {
                            records.emplace_back(std::string(k), std::string(v));
                            return okStatus();
                        })
                        .ok());
    }
    table::TableWriter writer;
    for (auto& [key, value] : records) {
        if (key.empty()) {
            tensorflow::BundleHeaderProto header;
            ASSERT_TRUE(header.ParseFromString(value));
            if (editHeader) editHeader(header);
            ASSERT_TRUE(writer.add(key, header.SerializeAsString()).ok());
            continue;
        }
        tensorflow::BundleEntryProto entry;
        ASSERT_TRUE(entry.ParseFromString(value));
        if (!edit(key, entry)) continue;
        ASSERT_TRUE(writer.add(key, entry.SerializeAsString()).ok());
    }
    auto bytes = writer.finish();
    ASSERT_TRUE(bytes.ok());
    overwrite(prefix + ".index", *bytes);
}

// The biggest tensor of a store (the one most worth corrupting).
std::string largestKey(const VariableStore& store) {
    const VariableStore::Entry* best = nullptr;
    for (const auto& e : store.entries())
        if (!best || e.bytes > best->bytes) best = &e;
    return best ? best->key : "";
}

TEST(CheckpointBadInput, EmptyIndex) {
    std::string prefix = test::scratchDir("ckpt_empty") + "/ckpt";
    overwrite(prefix + ".index", "");
    overwrite(prefix + kShard, "");
    EXPECT_FALSE(looksLikeBundle(prefix));
    auto store = openBundle(prefix);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.status().code(), StatusCode::DataLoss);
    EXPECT_TRUE(mentions(store.status(), prefix + ".index")) << store.status().toString();
    EXPECT_FALSE(openCheckpointV1(prefix + ".index").ok());
}

TEST(CheckpointBadInput, RandomBytes) {
    std::mt19937 rng(1234);
    for (size_t size : {1u, 47u, 48u, 49u, 1000u, 100000u}) {
        std::string prefix = test::scratchDir("ckpt_random") + "/ckpt";
        std::string junk(size, '\0');
        for (auto& c : junk) c = char(rng());
        overwrite(prefix + ".index", junk);
        auto store = openBundle(prefix);
        ASSERT_FALSE(store.ok()) << size;
        EXPECT_TRUE(mentions(store.status(), prefix + ".index")) << store.status().toString();
        EXPECT_FALSE(looksLikeCheckpointV1(prefix + ".index"));
        EXPECT_FALSE(openCheckpointV1(prefix + ".index").ok());
        // Random bytes ending in a valid magic: the footer handles point nowhere sensible.
        junk.replace(junk.size() - std::min<size_t>(8, junk.size()), std::min<size_t>(8, junk.size()),
                     std::string("\x57\xfb\x80\x8b\x24\x75\x47\xdb", 8).substr(0, std::min<size_t>(8, junk.size())));
        overwrite(prefix + ".index", junk);
        auto again = openBundle(prefix);
        EXPECT_FALSE(again.ok()) << size;
    }
}

TEST(CheckpointBadInput, WrongMagic) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string prefix = copyBundle("ckpt_magic", lexci());
    std::string index = bytesOf(prefix + ".index");
    index[index.size() - 1] ^= 0x55;
    overwrite(prefix + ".index", index);
    auto store = openBundle(prefix);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.status().code(), StatusCode::DataLoss);
    EXPECT_TRUE(mentions(store.status(), "magic")) << store.status().toString();
    EXPECT_TRUE(mentions(store.status(), prefix + ".index"));
}

TEST(CheckpointBadInput, TruncatedAndDamagedIndex) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string prefix = copyBundle("ckpt_truncated", lexci());
    const std::string index = bytesOf(prefix + ".index");
    for (size_t keep : {size_t(0), size_t(10), index.size() / 2, index.size() - 49, index.size() - 1}) {
        overwrite(prefix + ".index", index.substr(0, keep));
        auto store = openBundle(prefix);
        ASSERT_FALSE(store.ok()) << keep;
        EXPECT_TRUE(mentions(store.status(), prefix + ".index")) << store.status().toString();
    }
    // A flipped byte inside a block is caught by the block checksum.
    for (size_t at : {size_t(5), index.size() / 3, index.size() - 60}) {
        std::string damaged = index;
        damaged[at] ^= 0x40;
        overwrite(prefix + ".index", damaged);
        auto store = openBundle(prefix);
        ASSERT_FALSE(store.ok()) << at;
        EXPECT_EQ(store.status().code(), StatusCode::DataLoss);
        EXPECT_TRUE(mentions(store.status(), prefix + ".index")) << store.status().toString();
    }
}

TEST(CheckpointBadInput, FlippedDataByteFailsOnlyThatTensor) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string prefix = copyBundle("ckpt_flip", lexci());
    auto clean = openBundle(prefix);
    ASSERT_TRUE(clean.ok());
    const std::string victim = largestKey(**clean);
    auto table = table::TableReader::open(prefix + ".index");
    ASSERT_TRUE(table.ok());
    auto raw = (*table)->get(victim);
    ASSERT_TRUE(raw.ok());
    tensorflow::BundleEntryProto entry;
    ASSERT_TRUE(entry.ParseFromString(*raw));
    std::string data = bytesOf(prefix + kShard);
    data[size_t(entry.offset() + entry.size() / 2)] ^= 0x01;
    overwrite(prefix + kShard, data);

    auto store = openBundle(prefix);
    ASSERT_TRUE(store.ok()) << "opening reads the index only: " << store.status().toString();
    auto bad = (*store)->read(victim);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.status().code(), StatusCode::DataLoss);
    EXPECT_TRUE(mentions(bad.status(), victim)) << bad.status().toString();
    EXPECT_TRUE(mentions(bad.status(), prefix + kShard)) << bad.status().toString();
    EXPECT_TRUE(mentions(bad.status(), "checksum"));
    EXPECT_FALSE((*store)->read(victim).ok()) << "a failed crc must not be cached as verified";
    int others = 0;
    for (const auto& e : (*store)->entries()) {
        if (e.key == victim) continue;
        auto t = (*store)->read(e.key);
        EXPECT_TRUE(t.ok()) << e.key << ": " << t.status().toString();
        ++others;
    }
    EXPECT_EQ(others, 78);
}

TEST(CheckpointBadInput, CorruptStringTensor) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string prefix = copyBundle("ckpt_string", lexci());
    auto table = table::TableReader::open(prefix + ".index");
    ASSERT_TRUE(table.ok());
    auto raw = (*table)->get("_CHECKPOINTABLE_OBJECT_GRAPH");
    ASSERT_TRUE(raw.ok());
    tensorflow::BundleEntryProto entry;
    ASSERT_TRUE(entry.ParseFromString(*raw));
    const std::string original = bytesOf(prefix + kShard);
    // Damage the varint length, the length checksum, and the string bytes in turn.
    for (int64_t at : {int64_t(0), int64_t(entry.size() > 8 ? 3 : 1), entry.size() - 1}) {
        std::string data = original;
        data[size_t(entry.offset() + at)] ^= 0x7f;
        overwrite(prefix + kShard, data);
        auto store = openBundle(prefix);
        ASSERT_TRUE(store.ok());
        auto value = (*store)->read("_CHECKPOINTABLE_OBJECT_GRAPH");
        ASSERT_FALSE(value.ok()) << at;
        EXPECT_EQ(value.status().code(), StatusCode::DataLoss);
        EXPECT_TRUE(mentions(value.status(), "_CHECKPOINTABLE_OBJECT_GRAPH")) << value.status().toString();
    }
}

TEST(CheckpointBadInput, MissingDataShard) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string prefix = copyBundle("ckpt_noshard", lexci());
    fs::remove(prefix + kShard);
    EXPECT_TRUE(looksLikeBundle(prefix));  // the cheap check looks at the index only
    auto store = openBundle(prefix);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.status().code(), StatusCode::NotFound);
    EXPECT_TRUE(mentions(store.status(), prefix + kShard)) << store.status().toString();
    // More shards than exist.
    std::string two = copyBundle("ckpt_twoshards", lexci());
    rewriteIndex(
        two, [](const std::string&, tensorflow::BundleEntryProto&) { return true; },
        [](tensorflow::BundleHeaderProto& h) { h.set_num_shards(2); });
    auto missing = openBundle(two);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(mentions(missing.status(), two + ".data-00000-of-00002")) << missing.status().toString();
}

TEST(CheckpointBadInput, EntryBeyondTheShard) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string prefix = copyBundle("ckpt_beyond", lexci());
    uint64_t shardSize = *fileSize(prefix + kShard);
    const std::string victim = "layer_with_weights-0/kernel/.ATTRIBUTES/VARIABLE_VALUE";
    rewriteIndex(prefix, [&](const std::string& key, tensorflow::BundleEntryProto& e) {
        if (key == victim) e.set_offset(int64_t(shardSize) - 2);
        return true;
    });
    auto store = openBundle(prefix);
    ASSERT_TRUE(store.ok()) << store.status().toString();
    auto value = (*store)->read(victim);
    ASSERT_FALSE(value.ok());
    EXPECT_EQ(value.status().code(), StatusCode::DataLoss);
    EXPECT_TRUE(mentions(value.status(), victim)) << value.status().toString();
    EXPECT_TRUE(mentions(value.status(), "beyond the end")) << value.status().toString();
    // A truncated shard: the tensors past the cut fail, those before it still read.
    std::string cut = copyBundle("ckpt_cut", lexci());
    overwrite(cut + kShard, bytesOf(cut + kShard).substr(0, size_t(shardSize / 2)));
    auto half = openBundle(cut);
    ASSERT_TRUE(half.ok());
    int ok = 0, failed = 0;
    for (const auto& e : (*half)->entries()) {
        auto t = (*half)->read(e.key);
        if (t.ok()) {
            ++ok;
        } else {
            ++failed;
            EXPECT_TRUE(mentions(t.status(), e.key)) << t.status().toString();
        }
    }
    EXPECT_GT(ok, 0);
    EXPECT_GT(failed, 0);
}

TEST(CheckpointBadInput, AbsurdShapes) {
    TFS_REQUIRE_SHARED_MODELS();
    const std::string victim = "layer_with_weights-0/bias/.ATTRIBUTES/VARIABLE_VALUE";
    struct Case {
        const char* name;
        std::vector<int64_t> dims;
    };
    for (const Case& c : {Case{"overflow", {int64_t(1) << 40, int64_t(1) << 40}}, Case{"negative", {16, -5}},
                          Case{"huge", {int64_t(1) << 40}}}) {
        std::string prefix = copyBundle(std::string("ckpt_shape_") + c.name, lexci());
        rewriteIndex(prefix, [&](const std::string& key, tensorflow::BundleEntryProto& e) {
            if (key == victim) PartialShape::of(c.dims).toProto(e.mutable_shape());
            return true;
        });
        auto store = openBundle(prefix);
        Status s = store.ok() ? (*store)->read(victim).status() : store.status();
        ASSERT_FALSE(s.ok()) << c.name;
        EXPECT_EQ(s.code(), StatusCode::DataLoss) << s.toString();
        EXPECT_TRUE(mentions(s, "layer_with_weights-0/bias")) << s.toString();
    }
    // Too many dimensions.
    std::string prefix = copyBundle("ckpt_shape_rank", lexci());
    rewriteIndex(prefix, [&](const std::string& key, tensorflow::BundleEntryProto& e) {
        if (key == victim) PartialShape::of(std::vector<int64_t>(300, 1)).toProto(e.mutable_shape());
        return true;
    });
    auto store = openBundle(prefix);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(mentions(store.status(), "rank")) << store.status().toString();
}

TEST(CheckpointBadInput, SizeDisagreesWithDtypeAndShape) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string prefix = copyBundle("ckpt_size", lexci());
    const std::string victim = "layer_with_weights-0/bias/.ATTRIBUTES/VARIABLE_VALUE";
    rewriteIndex(prefix, [&](const std::string& key, tensorflow::BundleEntryProto& e) {
        if (key == victim) e.set_size(e.size() - 4);
        return true;
    });
    auto store = openBundle(prefix);
    ASSERT_TRUE(store.ok());
    auto value = (*store)->read(victim);
    ASSERT_FALSE(value.ok());
    EXPECT_EQ(value.status().code(), StatusCode::DataLoss);
    EXPECT_TRUE(mentions(value.status(), victim)) << value.status().toString();
    EXPECT_TRUE(mentions(value.status(), "disagrees")) << value.status().toString();
    // A string tensor claiming a billion elements in a few bytes is refused before allocating.
    std::string strings = copyBundle("ckpt_strings_count", lexci());
    rewriteIndex(strings, [&](const std::string& key, tensorflow::BundleEntryProto& e) {
        if (key == "_CHECKPOINTABLE_OBJECT_GRAPH") PartialShape::of({1000000000}).toProto(e.mutable_shape());
        return true;
    });
    auto many = openBundle(strings);
    ASSERT_TRUE(many.ok());
    auto s = (*many)->read("_CHECKPOINTABLE_OBJECT_GRAPH");
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.status().code(), StatusCode::DataLoss) << s.status().toString();
}

TEST(CheckpointBadInput, HeaderProblems) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string big = copyBundle("ckpt_bigendian", lexci());
    rewriteIndex(
        big, [](const std::string&, tensorflow::BundleEntryProto&) { return true; },
        [](tensorflow::BundleHeaderProto& h) { h.set_endianness(tensorflow::BundleHeaderProto::BIG); });
    auto store = openBundle(big);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.status().code(), StatusCode::Unimplemented);
    EXPECT_TRUE(mentions(store.status(), "big-endian")) << store.status().toString();

    std::string zero = copyBundle("ckpt_zeroshards", lexci());
    rewriteIndex(
        zero, [](const std::string&, tensorflow::BundleEntryProto&) { return true; },
        [](tensorflow::BundleHeaderProto& h) { h.set_num_shards(0); });
    EXPECT_FALSE(looksLikeBundle(zero));
    EXPECT_EQ(openBundle(zero).status().code(), StatusCode::DataLoss);

    std::string newer = copyBundle("ckpt_newer", lexci());
    rewriteIndex(
        newer, [](const std::string&, tensorflow::BundleEntryProto&) { return true; },
        [](tensorflow::BundleHeaderProto& h) { h.mutable_version()->set_min_consumer(5); });
    EXPECT_EQ(openBundle(newer).status().code(), StatusCode::Unimplemented);

    std::string shard = copyBundle("ckpt_badshard", lexci());
    rewriteIndex(shard, [](const std::string& key, tensorflow::BundleEntryProto& e) {
        if (key == "_CHECKPOINTABLE_OBJECT_GRAPH") e.set_shard_id(7);
        return true;
    });
    auto badShard = openBundle(shard);
    ASSERT_FALSE(badShard.ok());
    EXPECT_TRUE(mentions(badShard.status(), "_CHECKPOINTABLE_OBJECT_GRAPH")) << badShard.status().toString();

    // An index without the header entry (a plain table of other records).
    std::string noHeader = test::scratchDir("ckpt_noheader") + "/ckpt";
    table::TableWriter writer;
    ASSERT_TRUE(writer.add("a", "not an entry").ok());
    overwrite(noHeader + ".index", *writer.finish());
    auto headless = openBundle(noHeader);
    ASSERT_FALSE(headless.ok());
    EXPECT_TRUE(mentions(headless.status(), "header")) << headless.status().toString();
}

// A table whose index block (with a correct checksum) points at a data block of
// absurd size: leveldb would allocate that size; the reader must refuse cleanly.
TEST(CheckpointBadInput, CraftedBlockHandleWithValidChecksum) {
    table::TableWriter writer;
    tensorflow::BundleHeaderProto header;
    header.set_num_shards(1);
    ASSERT_TRUE(writer.add("", header.SerializeAsString()).ok());
    auto table = writer.finish();
    ASSERT_TRUE(table.ok());
    std::string bytes = *table;
    // Footer: metaindex handle, index handle (varints). Index block: one entry whose value is the data block handle.
    auto varint = [](const std::string& b, size_t& at) {
        uint64_t v = 0;
        for (int shift = 0;; shift += 7) {
            unsigned char c = static_cast<unsigned char>(b[at++]);
            v |= uint64_t(c & 0x7f) << shift;
            if (!(c & 0x80)) return v;
        }
    };
    size_t at = bytes.size() - 48;
    varint(bytes, at);
    varint(bytes, at);
    uint64_t indexOffset = varint(bytes, at), indexSize = varint(bytes, at);
    std::string block = bytes.substr(size_t(indexOffset), size_t(indexSize));
    size_t p = 0;
    uint64_t shared = varint(block, p), unshared = varint(block, p), valueLen = varint(block, p);
    ASSERT_EQ(shared, 0u);
    p += size_t(unshared);
    size_t valueAt = p;
    uint64_t dataOffset = varint(block, p);
    (void)valueLen;
    // Replace the handle with (dataOffset, 2^61): same length would be nicer, so rebuild the entry.
    std::string handle;
    for (uint64_t v : {dataOffset, uint64_t(1) << 61}) {
        while (v >= 0x80) {
            handle.push_back(char(v | 0x80));
            v >>= 7;
        }
        handle.push_back(char(v));
    }
    std::string entry = std::string(1, '\0') + char(unshared) + char(handle.size()) +
                        block.substr(valueAt - size_t(unshared), size_t(unshared)) + handle;
    std::string newBlock = entry + std::string("\0\0\0\0", 4) + std::string("\1\0\0\0", 4);  // restart at 0, 1 restart
    std::string rebuilt = bytes.substr(0, size_t(indexOffset)) + newBlock;
    char type = 0;
    uint32_t crc = crc32c::mask(crc32c::extend(crc32c::value(newBlock.data(), newBlock.size()), &type, 1));
    rebuilt.push_back(type);
    rebuilt.append(reinterpret_cast<const char*>(&crc), 4);
    // New footer: same metaindex handle, new index handle, padding, magic.
    std::string footer;
    size_t f = bytes.size() - 48;
    uint64_t metaOffset = varint(bytes, f), metaSize = varint(bytes, f);
    for (uint64_t v : {metaOffset, metaSize, uint64_t(indexOffset), uint64_t(newBlock.size())}) {
        while (v >= 0x80) {
            footer.push_back(char(v | 0x80));
            v >>= 7;
        }
        footer.push_back(char(v));
    }
    footer.resize(40, '\0');
    footer += bytes.substr(bytes.size() - 8);
    rebuilt += footer;
    std::string prefix = test::scratchDir("ckpt_crafted") + "/ckpt";
    overwrite(prefix + ".index", rebuilt);
    overwrite(prefix + kShard, "");
    auto store = openBundle(prefix);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.status().code(), StatusCode::DataLoss) << store.status().toString();
    EXPECT_TRUE(mentions(store.status(), prefix + ".index")) << store.status().toString();
    EXPECT_TRUE(mentions(store.status(), "data block outside the file")) << store.status().toString();
}

// A low and a high bit flipped in every byte of a small real index: open fails
// cleanly or, when the flip is harmless (footer padding, the unused metaindex
// block), reads either fail cleanly or return the original values.
TEST(CheckpointBadInput, BitFlipsEverywhereInASmallIndex) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string prefix = copyBundle("ckpt_bitflips", test::sharedModel("tf2onnx__regression_checkpoint") + "/model");
    std::map<std::string, float> original;
    {
        auto clean = openBundle(prefix);
        ASSERT_TRUE(clean.ok());
        for (const auto& e : (*clean)->entries()) original[e.key] = *(*clean)->read(e.key)->data<float>();
    }
    const std::string index = bytesOf(prefix + ".index");
    int refused = 0, opened = 0;
    for (size_t at = 0; at < index.size(); ++at) {
        for (int bit : {0, 7}) {
            std::string damaged = index;
            damaged[at] = char(damaged[at] ^ (1 << bit));
            overwrite(prefix + ".index", damaged);
            auto store = openBundle(prefix);
            if (!store.ok()) {
                ++refused;
                EXPECT_TRUE(mentions(store.status(), prefix)) << store.status().toString();
                continue;
            }
            ++opened;
            for (const auto& e : (*store)->entries()) {
                auto t = (*store)->read(e.key);
                if (t.ok() && original.count(e.key) && t->dtype() == tensorflow::DT_FLOAT && t->numElements() == 1) {
                    EXPECT_EQ(*t->data<float>(), original[e.key]) << "byte " << at << " bit " << bit;
                }
            }
        }
    }
    EXPECT_GT(refused, int(index.size()));  // everything but the footer padding and metaindex block is checked
    std::printf("index bit flips: %d refused at open, %d harmless\n", refused, opened);
}

// Every byte of a small data shard flipped in turn: exactly the tensor holding it fails.
TEST(CheckpointBadInput, EveryByteOfASmallShard) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string prefix = copyBundle("ckpt_shardflips", test::sharedModel("tf2onnx__regression_checkpoint") + "/model");
    const std::string data = bytesOf(prefix + kShard);
    ASSERT_EQ(data.size(), 8u);
    for (size_t at = 0; at < data.size(); ++at) {
        std::string damaged = data;
        damaged[at] ^= 0x10;
        overwrite(prefix + kShard, damaged);
        auto store = openBundle(prefix);
        ASSERT_TRUE(store.ok());
        int failed = 0;
        for (const auto& e : (*store)->entries()) {
            auto t = (*store)->read(e.key);
            if (!t.ok()) {
                ++failed;
                EXPECT_TRUE(mentions(t.status(), e.key));
            }
        }
        EXPECT_EQ(failed, 1) << "byte " << at;
    }
}

TEST(CheckpointBadInput, MissingIndexAndV1Damage) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string dir = test::scratchDir("ckpt_v1bad");
    auto missing = openBundle(dir + "/nothing");
    EXPECT_EQ(missing.status().code(), StatusCode::NotFound);
    EXPECT_TRUE(mentions(missing.status(), dir + "/nothing.index"));
    const std::string v1 = bytesOf(test::sharedModel("serving__bad_half_plus_two") + "/00000123/export");
    for (size_t at = 0; at < v1.size(); at += 7) {
        std::string damaged = v1;
        damaged[at] ^= 0x20;
        overwrite(dir + "/export", damaged);
        auto store = openCheckpointV1(dir + "/export");
        if (!store.ok()) continue;                                              // damage seen at open
        for (const auto& e : (*store)->entries()) (void)(*store)->read(e.key);  // must not crash
    }
    overwrite(dir + "/export", v1.substr(0, v1.size() / 2));
    auto cut = openCheckpointV1(dir + "/export");
    ASSERT_FALSE(cut.ok());
    EXPECT_TRUE(mentions(cut.status(), dir + "/export")) << cut.status().toString();
}

}  // namespace
}  // namespace tfs
