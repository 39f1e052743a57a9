// Bad inputs give errors, never crashes or absurd allocations: every registered kernel is run
// on many small, mismatched input combinations, and size bombs are rejected up front.

#include "tests/common/phrase_walk.h"
#include "tests/exec/kernel_error_sweep.h"

namespace tfs::test {
namespace {

TEST(KernelBadInput, EveryKernelSurvivesMismatchedInputs) {
    const auto runs = runKernelsOnBadInputs();
    size_t errors = 0;
    for (const auto& run : runs) {
        if (run.status.ok()) continue;
        ++errors;
        EXPECT_NE(run.status.message().find("(op " + run.op + ")"), std::string::npos) << run.status.message();
    }
    EXPECT_GT(runs.size(), 1000u);
    EXPECT_GT(errors, runs.size() / 4);  // most of these combinations are invalid and must say so
}

TEST(KernelBadInput, EveryErrorIsMadeOfPhrases) {
    // The window translates a kernel error phrase by phrase: a verbatim English part would stay English.
    size_t phrases = 0;
    for (const auto& run : runKernelsOnBadInputs()) {
        for (const Phrase* part : phrasesOf(run.status)) {
            ++phrases;
            EXPECT_FALSE(isVerbatim(*part)) << run.op << ": a part is plain English: " << run.status.message();
            const size_t values = part->args.size() + (part->items.empty() ? 0 : 1);
            EXPECT_EQ(size_t(highestPlaceholder(part->text.c_str())), values) << run.op << ": " << part->text;
        }
    }
    EXPECT_GT(phrases, 1000u);
}

TEST(KernelBadInput, SizeBombsAreRejected) {
    const int64_t huge = int64_t(1) << 40;
    runError(NodeBuilder("Tile"), {floats({2}, {1, 2}), int64s({1}, {huge})});
    runError(NodeBuilder("Pad"), {floats({2}, {1, 2}), int64s({1, 2}, {huge, huge})});
    runError(NodeBuilder("Fill"), {int64s({3}, {huge, huge, 4}), floats({}, {1})});
    runError(NodeBuilder("Range"), {floats({}, {0}), floats({}, {1e30f}), floats({}, {1})});
    runError(NodeBuilder("RandomUniform").attrType("dtype", tensorflow::DT_FLOAT), {int64s({2}, {huge, huge})});
    runError(NodeBuilder("OneHot"), {ints({2}, {0, 1}), int64s({}, {huge}), floats({}, {1}), floats({}, {0})});
    runError(NodeBuilder("Reshape"), {floats({2}, {1, 2}), int64s({2}, {huge, huge})});
    runError(NodeBuilder("BroadcastTo"), {floats({1}, {1}), int64s({3}, {huge, huge, huge})});
    runError(NodeBuilder("Conv2DBackpropInput").attr("strides", std::vector<int64_t>{1, 1, 1, 1}).attr("padding", "SAME"),
             {int64s({4}, {1, huge, huge, 1}), randomFloats({1, 1, 1, 1}, 1), randomFloats({1, 2, 2, 1}, 2)});
    runError(NodeBuilder("UnsortedSegmentSum"), {floats({2}, {1, 2}), ints({2}, {0, 1}), int64s({}, {huge * 1024})});
    runError(NodeBuilder("DecodeWav").attr("desired_samples", int64_t(huge)), {[] {
                 Tensor t(tensorflow::DT_STRING, {});
                 t.strings()[0] = std::string("RIFF\x24\0\0\0WAVEfmt \x10\0\0\0\x01\0\x01\0\x80\x3e\0\0\0\x7d\0\0\x02\0\x10\0data\0\0\0\0", 44);
                 return t;
             }()});
}

}  // namespace
}  // namespace tfs::test
