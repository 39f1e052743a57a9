// `--input` values: one grammar (NAME=FILE.npy | FILE.npz:KEY | FILE.npz[KEY] | @RAW) for run, bench
// and compare; raw bytes feed the keyword-spotting model's wav_data string input.
#include <gtest/gtest.h>

#include <sstream>

#include "core/batch/batch.h"
#include "core/exec/input_source.h"
#include "core/util/file.h"
#include "tests/common/test_paths.h"

namespace tfs {
namespace {

std::string fixture(const std::string& name) { return test::fixturesDir() + "/inputs/" + name; }

TEST(InputArg, SplitsNameAndSource) {
    auto a = exec::parseInputArg("serving_default_x:0=dir/a=b.npy");
    ASSERT_TRUE(a.ok()) << a.status().message();
    EXPECT_EQ(a->name, "serving_default_x:0");
    EXPECT_EQ(a->source, "dir/a=b.npy");
    for (const char* bad : {"x", "=x.npy", "x="}) {
        auto r = exec::parseInputArg(bad);
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_NE(r.status().message().find("NAME=SOURCE"), std::string::npos);
    }
}

TEST(InputSource, RawFileIsAStringScalarWithEveryByte) {
    const std::string dir = test::scratchDir("input_source_raw");
    const std::string bytes("RIFF\0\0tail\0\0", 12);  // trailing NULs: numpy 'S' arrays would drop them
    ASSERT_TRUE(writeFileAtomic(dir + "/raw.bin", bytes).ok());
    auto t = exec::readInputSource("@" + dir + "/raw.bin");
    ASSERT_TRUE(t.ok()) << t.status().message();
    EXPECT_EQ(t->dtype(), tensorflow::DT_STRING);
    EXPECT_TRUE(t->dims().empty());
    ASSERT_EQ(t->strings().size(), 1u);
    EXPECT_EQ(t->strings()[0], bytes);
}

TEST(InputSource, NpzKeysInBothSpellings) {
    for (const std::string& source : {fixture("two_arrays.npz") + ":word", fixture("two_arrays.npz") + "[word]"}) {
        auto t = exec::readInputSource(source);
        ASSERT_TRUE(t.ok()) << source << ": " << t.status().message();
        ASSERT_EQ(t->dtype(), tensorflow::DT_STRING) << source;
        EXPECT_EQ(t->strings()[0], "yes");
    }
    auto x = exec::readInputSource(fixture("two_arrays.npz") + ":x");
    ASSERT_TRUE(x.ok());
    EXPECT_EQ(x->dtype(), tensorflow::DT_FLOAT);
    EXPECT_EQ(x->data<float>()[1], -2.0f);
    auto only = exec::readInputSource(fixture("one_array.npz"));  // one array: no key needed
    ASSERT_TRUE(only.ok()) << only.status().message();
    EXPECT_EQ(only->numElements(), 6);
}

TEST(InputSource, ErrorsNameTheFileAndWhatIsThere) {
    auto noKey = exec::readInputSource(fixture("two_arrays.npz"));
    ASSERT_FALSE(noKey.ok());
    EXPECT_NE(noKey.status().message().find("word, x"), std::string::npos) << noKey.status().message();
    auto missing = exec::readInputSource("@/no/such/file.wav");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.status().message().find("/no/such/file.wav"), std::string::npos);
    EXPECT_FALSE(exec::readInputSource("@").ok());
}

struct BatchResult {
    int code;
    std::string out, err;
};
BatchResult runBatch(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    int code = batch::runBatch(args, out, err);
    return {code, out.str(), err.str()};
}

// Keyword spotting: WAV bytes -> DecodeWav -> AudioSpectrogram -> Mfcc -> DS-CNN -> 12-class softmax.
TEST(InputSource, KeywordSpottingRunsOnWavBytes) {
    TFS_REQUIRE_SHARED_MODELS();
    const std::string dir = test::sharedModel("armkws__DS_CNN_S");
    const std::string model = dir + "/DS_CNN_S.pb", wav = "wav_data=@" + dir + "/silence.wav";
    auto run = runBatch({"run", model, "--input", wav});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_NE(run.out.find("float32[1,12]"), std::string::npos) << run.out;
    // silence.wav is silence: label 0 (_silence_) wins with 0.6755 (TF 1.x gives the same argmax).
    EXPECT_NE(run.out.find("0.6755"), std::string::npos) << run.out;

    auto bench = runBatch({"bench", model, "--input", wav, "--runs", "2", "--warmup", "0"});
    EXPECT_EQ(bench.code, 0) << bench.err;
    auto compare = runBatch({"compare", model, model, "--input", wav, "--no-speed"});
    EXPECT_EQ(compare.code, 0) << compare.err;
    EXPECT_NE(compare.out.find("silence.wav"), std::string::npos) << compare.out;

    auto notWav = runBatch({"run", model, "--input", "wav_data=@" + dir + "/labels.txt"});
    EXPECT_EQ(notWav.code, 2);
    EXPECT_NE(notWav.err.find("RIFF"), std::string::npos) << notWav.err;
}

}  // namespace
}  // namespace tfs
