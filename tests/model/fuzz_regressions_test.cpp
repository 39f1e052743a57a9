// Inputs the fuzz targets (fuzz/, scripts/fuzz.sh) crashed on, kept in tests/data/fuzz:
// each must now give a clean error.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <new>

#include "core/formats/checkpoint.h"
#include "core/formats/formats.h"
#include "core/formats/memmapped.h"
#include "core/util/file.h"
#include "core/util/npy.h"
#include "tests/common/test_paths.h"

#if defined(__SANITIZE_ADDRESS__)
#define TFS_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TFS_TEST_ASAN 1
#endif
#endif
#ifdef TFS_TEST_ASAN
#include <sanitizer/allocator_interface.h>
#endif

namespace {
// The largest single heap request while recording: from the sanitizer's malloc hook under ASan,
// else from the replaced global operator new below (what std::string::reserve calls).
std::atomic<bool> recording{false};
std::atomic<size_t> largestRequest{0};
void noteRequest(size_t n) {
    if (!recording.load(std::memory_order_relaxed)) return;
    size_t seen = largestRequest.load(std::memory_order_relaxed);
    while (n > seen && !largestRequest.compare_exchange_weak(seen, n, std::memory_order_relaxed)) {
    }
}
#ifdef TFS_TEST_ASAN
const bool hooked = __sanitizer_install_malloc_and_free_hooks([](const volatile void*, size_t n) { noteRequest(n); },
                                                              [](const volatile void*) {}) != 0;
#else
const bool hooked = true;
#endif
}  // namespace

#ifndef TFS_TEST_ASAN
void* operator new(std::size_t n) {
    noteRequest(n);
    if (void* p = std::malloc(n ? n : 1)) return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
#endif

namespace tfs {
namespace {

std::string fuzzInput(const std::string& name) { return test::fixturesDir() + "/fuzz/" + name; }

// An 11-byte "GraphDef" whose unknown field 5 claims a 38.5 MB string: parsed from a stream,
// protobuf reserved the 38.5 MB before finding the file too short (fuzz_graphdef_text, heap bound).
TEST(FuzzRegressions, ProtobufLengthClaimAllocatesNothingBig) {
    ASSERT_TRUE(hooked);
    const std::string path = fuzzInput("graphdef_string_length_claim.pb");
    largestRequest = 0;
    recording = true;
    auto model = loadGraphDef(path, {}, {});
    recording = false;
    ASSERT_FALSE(model.ok());
    EXPECT_NE(model.status().message().find(path), std::string::npos) << model.status().toString();
    EXPECT_LT(largestRequest.load(), size_t(1) << 20) << "a single allocation of " << largestRequest.load() << " bytes";
}

// A 248-byte GraphDef whose library field claims more bytes than the file holds, and inside it a
// gradient name claiming 50 MB: protobuf checks a string's length only against the enclosing
// message's claimed length, so even parsed from the flat array it reserved the 50 MB
// (fuzz_graphdef_text, heap bound). Lengths are now checked against the bytes before parsing.
TEST(FuzzRegressions, NestedLengthClaimAllocatesNothingBig) {
    ASSERT_TRUE(hooked);
    const std::string path = fuzzInput("graphdef_nested_length_claim.pb");
    largestRequest = 0;
    recording = true;
    auto model = loadGraphDef(path, {}, {});
    recording = false;
    ASSERT_FALSE(model.ok());
    EXPECT_NE(model.status().message().find(path), std::string::npos) << model.status().toString();
    EXPECT_LT(largestRequest.load(), size_t(1) << 20) << "a single allocation of " << largestRequest.load() << " bytes";
}

// A shape dimension of 35 digits made std::stoll throw out of parseNpy.
TEST(FuzzRegressions, NpyHugeDimensionIsAnError) {
    auto bytes = readFile(fuzzInput("npy_huge_dimension.npy"));
    ASSERT_TRUE(bytes.ok()) << bytes.status().toString();
    auto t = parseNpy(*bytes, "huge.npy");
    ASSERT_FALSE(t.ok());
    EXPECT_NE(t.status().message().find("huge.npy"), std::string::npos) << t.status().toString();
}

// A zero-width string dtype ('|S0') takes no data bytes, so 300 million elements passed the size
// check and were allocated as strings (gigabytes from a 128-byte file).
TEST(FuzzRegressions, NpyZeroWidthStringsAreAnError) {
    auto bytes = readFile(fuzzInput("npy_zero_width_strings.npy"));
    ASSERT_TRUE(bytes.ok()) << bytes.status().toString();
    auto t = parseNpy(*bytes, "s0.npy");
    ASSERT_FALSE(t.ok());
    EXPECT_NE(t.status().message().find("|S0"), std::string::npos) << t.status().toString();
}

// A deflated zip entry claiming ~28 MB from a few bytes was allocated before inflating.
TEST(FuzzRegressions, NpzImplausibleInflatedSizeIsAnError) {
    auto arrays = readNpz(fuzzInput("npz_inflated_size_claim.npz"));
    ASSERT_FALSE(arrays.ok());
    EXPECT_EQ(arrays.status().code(), StatusCode::DataLoss) << arrays.status().toString();
}

// A zip64 extra-field record whose length ran past the end of the extra field was read beyond
// the end of the archive (ASan heap-buffer-overflow in readNpz).
TEST(FuzzRegressions, NpzTruncatedZip64ExtraFieldIsAnError) {
    auto arrays = readNpz(fuzzInput("npz_truncated_zip64_extra.npz"));
    ASSERT_FALSE(arrays.ok());
    EXPECT_EQ(arrays.status().code(), StatusCode::DataLoss) << arrays.status().toString();
    EXPECT_NE(arrays.status().message().find("extra field"), std::string::npos) << arrays.status().toString();
}

// A TF2 object graph whose root names a child node id (10^9) far outside the graph: the id got a
// checkpoint path anyway and matchVariables read that node (UBSan: index out of bounds;
// fuzz_saved_model). A 39-byte saved_model.pb written by hand for the same defect.
TEST(FuzzRegressions, SavedModelObjectChildOutsideTheGraphIsIgnored) {
    const std::string dir = test::scratchDir("object_child");
    auto bytes = readFile(fuzzInput("saved_model_object_child_out_of_range.pb"));
    ASSERT_TRUE(bytes.ok()) << bytes.status().toString();
    ASSERT_TRUE(writeFileAtomic(dir + "/saved_model.pb", *bytes).ok());
    auto model = loadSavedModel(dir, {}, {});
    ASSERT_TRUE(model.ok()) << model.status().toString();
    ASSERT_EQ(model->metaGraphs.size(), 1u);
    EXPECT_EQ(model->metaGraphs[0].def.object_graph_def().nodes(0).children(0).node_id(), 1000000000);
    EXPECT_TRUE(model->variableInfos.empty()) << model->variableInfos.front().name;
}

// Largest single allocation while reading every tensor of a store (the bundle and V1 targets' exercise).
size_t largestAllocationReading(const VariableStore& store, Status* firstError) {
    largestRequest = 0;
    recording = true;
    for (const auto& e : store.entries()) {
        Status s = store.read(e.key).status();
        if (!s.ok() && firstError->ok()) *firstError = s;
    }
    recording = false;
    return largestRequest.load();
}

// Reading a store whose one stored slice holds 1 of the tensor's 2^28 floats: refused as DataLoss,
// with no allocation of a megabyte or more on the way.
void expectSlicesRefusedBeforeAllocating(const VariableStore& store) {
    Status error;
    EXPECT_LT(largestAllocationReading(store, &error), size_t(1) << 20);
    ASSERT_FALSE(error.ok());
    EXPECT_EQ(error.code(), StatusCode::DataLoss) << error.toString();
    EXPECT_NE(error.message().find("hold 1 elements"), std::string::npos) << error.toString();
}

// A partitioned tensor "w" claiming 2^28 floats whose one slice, [0, 1), stores one float (a
// 158-byte index, a 4-byte shard, written by hand): reading "w" allocated the whole gigabyte
// before looking at its slices (fuzz_checkpoint_bundle, fuzz_saved_model_variables: heap bound).
// The slices must now hold exactly the tensor's elements before it is allocated.
TEST(FuzzRegressions, BundleSlicesShortOfTheTensorAllocateNothingBig) {
    ASSERT_TRUE(hooked);
    auto store = openBundle(fuzzInput("bundle_slices_short_of_the_tensor"));
    ASSERT_TRUE(store.ok()) << store.status().toString();
    expectSlicesRefusedBeforeAllocating(**store);
}

// The same tensor in a V1 checkpoint (168 bytes, by hand): the metadata's 2^28 floats were
// allocated before the one stored slice was read (fuzz_checkpoint_v1: heap bound).
TEST(FuzzRegressions, V1SlicesShortOfTheTensorAllocateNothingBig) {
    ASSERT_TRUE(hooked);
    auto store = openCheckpointV1(fuzzInput("checkpoint_v1_slices_short_of_the_tensor.ckpt"));
    ASSERT_TRUE(store.ok()) << store.status().toString();
    expectSlicesRefusedBeforeAllocating(**store);
}

// An 11 KB memmapped package whose 100 ImmutableConst nodes all name one 1 KB region: turning
// them into Consts copied the region once per node (the same shape with 1,000 nodes and a 64 KB
// region made 64 MB from 168 KB; fuzz_memmapped: heap bound). Consts may now hold at most the
// package's bytes.
TEST(FuzzRegressions, MemmappedRegionNamedManyTimesIsNotCopiedManyTimes) {
    auto package = MemmappedPackage::open(fuzzInput("memmapped_region_named_100_times.mmap"));
    ASSERT_TRUE(package.ok()) << package.status().toString();
    auto graph = (*package)->graph();
    ASSERT_TRUE(graph.ok()) << graph.status().toString();
    ASSERT_EQ(graph->node_size(), 100);
    Status s = materializeImmutableConsts(&*graph, **package);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.code(), StatusCode::ResourceExhausted) << s.toString();
    EXPECT_NE(s.message().find("memmapped_region_named_100_times.mmap"), std::string::npos) << s.toString();
}

}  // namespace
}  // namespace tfs
