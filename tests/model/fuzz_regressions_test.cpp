// Inputs the fuzz targets (fuzz/, scripts/fuzz.sh) crashed on, kept in tests/data/fuzz:
// each must now give a clean error.
#include <gtest/gtest.h>

#include "core/util/file.h"
#include "core/util/npy.h"
#include "tests/common/test_paths.h"

namespace tfs {
namespace {

std::string fuzzInput(const std::string& name) { return test::fixturesDir() + "/fuzz/" + name; }

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

}  // namespace
}  // namespace tfs
