// freeze_requantization_ranges: log parsing (GTT's and tfscope's layouts),
// percentiles, errors, and the full flow quantize_nodes -> insert_logging ->
// logged runs -> frozen ranges, checked against the float graphs.

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "core/exec/print_op.h"
#include "core/transforms/graph_utils.h"
#include "core/util/file.h"
#include "tests/common/test_paths.h"
#include "tests/transforms/quant_test_util.h"
#include "tests/transforms/transform_test_util.h"

using namespace tfs;
using namespace tfs::test;
using namespace tfs::test::quant;

namespace {

float constOf(const tensorflow::GraphDef& g, const std::string& name) {
    const auto* n = findNode(g, name);
    EXPECT_NE(n, nullptr) << name;
    if (!n) return NAN;
    auto v = transforms::constValue(*n);
    EXPECT_TRUE(v.ok());
    return v.ok() ? v->data<float>()[0] : NAN;
}

const char kLogging[] = "insert_logging(op=RequantizationRange, show_name=true, message=\"__requant_min_max:\")";

// Runs `logged` on each feed set with Print lines captured into `path`.
void writeLog(const tensorflow::GraphDef& logged, const std::vector<std::vector<std::pair<std::string, Tensor>>>& feeds,
              const std::string& fetch, const std::string& path) {
    std::ofstream file(path, std::ios::trunc);
    exec::PrintLogCapture capture([&](const std::string& line) { file << line << "\n"; });
    for (const auto& f : feeds) {
        auto r = run(logged, f, {fetch});
        ASSERT_TRUE(r.ok()) << r.status().toString();
    }
}

}  // namespace

TEST(FreezeRequantizationRanges, ParsesBothLogLayoutsWithPercentiles) {
    auto g = smallCnn();
    ASSERT_TRUE(runPasses(&g, "quantize_nodes", "x", "out,cat").ok());
    ASSERT_EQ(countOp(g, "RequantizationRange"), 4);
    const std::string log = fixturesDir() + "/transforms/quant/min_max_log.txt";
    auto frozen = g;
    transforms::TransformLog tlog;
    ASSERT_TRUE(runPasses(&frozen, "freeze_requantization_ranges(min_max_log_file=\"" + log + "\")", "x", "out,cat", &tlog).ok());
    EXPECT_EQ(countOp(frozen, "RequantizationRange"), 2);
    EXPECT_EQ(findNode(frozen, "conv/eightbit/requant_range"), nullptr);
    // Three conv records: mins sorted [-2,-1.5,-1], index round(3*0.05)=0; maxes [3,3.25,4], index round(3*0.95)=3 -> 2.
    EXPECT_FLOAT_EQ(constOf(frozen, "conv/eightbit/requant_range/frozen_min"), -2.f);
    EXPECT_FLOAT_EQ(constOf(frozen, "conv/eightbit/requant_range/frozen_max"), 4.f);
    // tfscope's layout; the unparsable line is skipped.
    EXPECT_FLOAT_EQ(constOf(frozen, "bias/eightbit/requant_range/frozen_min"), -0.5f);
    EXPECT_FLOAT_EQ(constOf(frozen, "bias/eightbit/requant_range/frozen_max"), 7.5f);
    const auto* requant = findNode(frozen, "conv/eightbit/requantize");
    ASSERT_NE(requant, nullptr);
    EXPECT_EQ(transforms::canonicalInput(requant->input(3)), "conv/eightbit/requant_range/frozen_min:0");
    EXPECT_EQ(transforms::canonicalInput(requant->input(4)), "conv/eightbit/requant_range/frozen_max:0");
    // Percentiles move the picks: 50% -> mins index round(1.5)=2 -> -1; maxes index round(1.5)=2 -> 4.
    frozen = g;
    ASSERT_TRUE(runPasses(&frozen, "freeze_requantization_ranges(min_max_log_file=\"" + log + "\", min_percentile=50, max_percentile=50)",
                          "x", "out,cat")
                    .ok());
    EXPECT_FLOAT_EQ(constOf(frozen, "conv/eightbit/requant_range/frozen_min"), -1.f);
}

TEST(FreezeRequantizationRanges, ErrorsNameTheProblem) {
    auto g = smallCnn();
    ASSERT_TRUE(runPasses(&g, "quantize_nodes(ignore_op=Conv2D)", "x", "out,cat").ok());
    const std::string log = fixturesDir() + "/transforms/quant/min_max_log.txt";
    auto st = runPasses(&g, "freeze_requantization_ranges(min_max_log_file=\"" + log + "\")", "x", "out");
    ASSERT_FALSE(st.ok());
    EXPECT_NE(st.message().find("conv/eightbit/requant_range"), std::string::npos) << st.message();
    st = runPasses(&g, "freeze_requantization_ranges", "x", "out");
    EXPECT_FALSE(st.ok());
    std::string empty = scratchDir("quant") + "/empty_log.txt";
    ASSERT_TRUE(writeFileAtomic(empty, "nothing here\n").ok());
    st = runPasses(&g, "freeze_requantization_ranges(min_max_log_file=\"" + empty + "\")", "x", "out");
    EXPECT_FALSE(st.ok());
    EXPECT_NE(st.message().find("no min/max records"), std::string::npos) << st.message();
}

TEST(FreezeRequantizationRanges, LoggedRunsGiveRangesThatTrackTheFloatGraph) {
    const auto original = smallCnn();
    auto quantized = original;
    ASSERT_TRUE(runPasses(&quantized, "quantize_nodes", "x", "out,cat").ok());
    auto logged = quantized;
    ASSERT_TRUE(runPasses(&logged, kLogging, "x", "out,cat").ok());
    EXPECT_EQ(countOp(logged, "Print"), 4);
    std::vector<std::vector<std::pair<std::string, Tensor>>> calibration;
    for (uint32_t s = 0; s < 8; ++s) calibration.push_back({{"x:0", randomFloat({1, 8, 8, 3}, 500 + s)}});
    const std::string log = scratchDir("quant") + "/small_cnn_log.txt";
    writeLog(logged, calibration, "out:0", log);
    auto text = readFile(log);
    ASSERT_TRUE(text.ok());
    EXPECT_NE(text->find("__requant_min_max:"), std::string::npos);

    // Freeze the plain quantized graph, and the logged one (its Prints go too).
    for (auto* source : {&quantized, &logged}) {
        auto frozen = *source;
        ASSERT_TRUE(runPasses(&frozen, "freeze_requantization_ranges(min_max_log_file=\"" + log + "\")", "x", "out,cat").ok());
        EXPECT_EQ(countOp(frozen, "RequantizationRange"), 0);
        EXPECT_EQ(countOp(frozen, "Print"), 0);
        EXPECT_EQ(countOp(frozen, "Requantize"), 4);
        for (uint32_t s = 0; s < 3; ++s) {  // held-out inputs
            Tensor x = randomFloat({1, 8, 8, 3}, 900 + s);
            auto before = run(original, {{"x:0", x}}, {"out:0", "cat:0"});
            auto after = run(frozen, {{"x:0", x}}, {"out:0", "cat:0"});
            ASSERT_TRUE(before.ok() && after.ok()) << after.status().toString();
            EXPECT_GE(cosine((*after)[0], (*before)[0]), 0.99);
            EXPECT_GE(cosine((*after)[1], (*before)[1]), 0.99);
        }
    }
}

TEST(FreezeRequantizationRanges, EnvironmentVariableWritesTheLog) {
    auto g = smallCnn();
    ASSERT_TRUE(runPasses(&g, "quantize_nodes", "x", "out").ok());
    ASSERT_TRUE(runPasses(&g, kLogging, "x", "out").ok());
    const std::string log = scratchDir("quant") + "/env_log.txt";
    std::remove(log.c_str());
    setenv("TFSCOPE_PRINT_LOG", log.c_str(), 1);
    auto r = run(g, {{"x:0", randomFloat({1, 8, 8, 3}, 1)}}, {"out:0"});
    unsetenv("TFSCOPE_PRINT_LOG");
    ASSERT_TRUE(r.ok()) << r.status().toString();
    auto text = readFile(log);
    ASSERT_TRUE(text.ok());
    int lines = 0;
    for (char c : *text) lines += c == '\n';
    EXPECT_EQ(lines, 4);  // conv, bias, fc and out requantization ranges ("cat" needs none)
}

TEST(FreezeRequantizationRanges, SharedModelsWithFrozenRangesKeepArgmax) {
    TFS_REQUIRE_SHARED_MODELS();
    struct M {
        const char* folder;
        const char* file;
        const char* output;
    };
    for (const M& m : {M{"utensor__cifar10_cnn", "cifar10_cnn.pb", "fully_connect_2/logits"}, M{"armkws__DS_CNN_S", "DS_CNN_S.pb", "labels_softmax"},
                       M{"tf2onnx__fc-layers", "frozen.pb", "output"}}) {
        SCOPED_TRACE(m.folder);
        auto original = loadGraphFile(sharedModel(m.folder) + "/" + m.file);
        auto cases = referenceCases(m.folder);
        ASSERT_FALSE(cases.empty());
        auto quantized = original;
        ASSERT_TRUE(runPasses(&quantized, "quantize_nodes", "", m.output).ok());
        auto logged = quantized;
        ASSERT_TRUE(runPasses(&logged, kLogging, "", m.output).ok());
        std::vector<std::vector<std::pair<std::string, Tensor>>> feeds;
        for (const auto& c : cases) feeds.push_back(c.inputs);
        const std::string log = scratchDir("quant") + "/" + m.folder + "_log.txt";
        writeLog(logged, feeds, std::string(m.output) + ":0", log);
        auto frozen = quantized;
        ASSERT_TRUE(runPasses(&frozen, "freeze_requantization_ranges(min_max_log_file=\"" + log + "\")", "", m.output).ok());
        EXPECT_EQ(countOp(frozen, "RequantizationRange"), 0);
        for (const auto& c : cases) {
            auto before = run(original, c.inputs, {std::string(m.output) + ":0"});
            auto after = run(frozen, c.inputs, {std::string(m.output) + ":0"});
            ASSERT_TRUE(before.ok() && after.ok()) << after.status().toString();
            const Tensor& a = (*after)[0];
            const Tensor& b = (*before)[0];
            const double cos = cosine(a, b);
            EXPECT_GE(cos, 0.99) << c.name;
            const int64_t rows = a.dim(0), cols = a.numElements() / std::max<int64_t>(rows, 1);
            for (int64_t r = 0; r < rows; ++r) {
                int64_t ia = 0, ib = 0;
                for (int64_t j = 1; j < cols; ++j) {
                    if (a.data<float>()[r * cols + j] > a.data<float>()[r * cols + ia]) ia = j;
                    if (b.data<float>()[r * cols + j] > b.data<float>()[r * cols + ib]) ib = j;
                }
                EXPECT_EQ(ia, ib) << c.name << " row " << r;
            }
            std::printf("[freeze_requantization_ranges] %s %s: cosine %.5f\n", m.folder, c.name.c_str(), cos);
        }
    }
}
