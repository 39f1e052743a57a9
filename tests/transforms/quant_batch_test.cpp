// The eight-bit workflow from the command line, as the docs describe it:
// quantize_nodes -> insert_logging -> `run --print-log` on calibration inputs ->
// freeze_requantization_ranges, then the frozen model against the float one.

#include <gtest/gtest.h>

#include <iostream>
#include <sstream>

#include "core/batch/batch.h"
#include "core/util/file.h"
#include "core/util/npy.h"
#include "tests/common/test_paths.h"
#include "tests/transforms/quant_test_util.h"
#include "tests/transforms/transform_test_util.h"

using namespace tfs;
using namespace tfs::test;
using namespace tfs::test::quant;

namespace {

int runCli(const std::vector<std::string>& args, std::string* out, std::string* err) {
    std::ostringstream o, e;
    int code = batch::runBatch(args, o, e);
    *out = o.str();
    *err = e.str();
    return code;
}

}  // namespace

TEST(QuantBatch, QuantizeLogFreezeFromTheCommandLine) {
    TFS_REQUIRE_SHARED_MODELS();
    const std::string dir = scratchDir("quant_batch");
    const std::string model = sharedModel("utensor__cifar10_cnn") + "/cifar10_cnn.pb";
    const std::string q = dir + "/q.pb", logged = dir + "/logged.pb", frozen = dir + "/frozen.pb", log = dir + "/ranges.txt";
    std::remove(log.c_str());
    std::string out, err;
    ASSERT_EQ(runCli({"transform", "--in_graph=" + model, "--out_graph=" + q, "--outputs=fully_connect_2/logits,pred",
                      "--transforms=quantize_nodes"},
                     &out, &err),
              0)
        << err;
    std::cout << out;
    ASSERT_EQ(runCli({"transform", "--in_graph=" + q, "--out_graph=" + logged, "--outputs=fully_connect_2/logits,pred",
                      "--transforms=insert_logging(op=RequantizationRange, show_name=true, message=\"__requant_min_max:\")"},
                     &out, &err),
              0)
        << err;
    auto cases = referenceCases("utensor__cifar10_cnn");
    ASSERT_FALSE(cases.empty());
    for (const auto& c : cases) {
        const std::string input = dir + "/" + c.name + "_x.npy";
        ASSERT_TRUE(writeNpy(input, c.inputs[0].second).ok());
        ASSERT_EQ(runCli({"run", logged, "--input", "Placeholder=" + input, "--output", "fully_connect_2/logits", "--print-log", log},
                         &out, &err),
                  0)
            << err;
    }
    auto text = readFile(log);
    ASSERT_TRUE(text.ok());
    // One line per RequantizationRange per run.
    int lines = 0;
    for (char ch : *text) lines += ch == '\n';
    EXPECT_EQ(lines, int(cases.size()) * countOp(loadGraphFile(q), "RequantizationRange"));
    EXPECT_NE(text->find("__requant_min_max:"), std::string::npos);
    ASSERT_EQ(runCli({"transform", "--in_graph=" + q, "--out_graph=" + frozen, "--outputs=fully_connect_2/logits,pred",
                      "--transforms=freeze_requantization_ranges(min_max_log_file=\"" + log + "\")"},
                     &out, &err),
              0)
        << err;
    std::cout << out;
    auto original = loadGraphFile(model), result = loadGraphFile(frozen);
    EXPECT_EQ(countOp(result, "RequantizationRange"), 0);
    EXPECT_GT(countOp(result, "QuantizedConv2D"), 0);
    for (const auto& c : cases) {
        auto before = run(original, c.inputs, {"fully_connect_2/logits:0", "pred:0"});
        auto after = run(result, c.inputs, {"fully_connect_2/logits:0", "pred:0"});
        ASSERT_TRUE(before.ok() && after.ok()) << after.status().toString();
        EXPECT_GE(cosine((*after)[0], (*before)[0]), 0.99) << c.name;
        EXPECT_EQ(maxAbsDiff((*after)[1], (*before)[1]), 0.0) << c.name << ": predicted classes differ";
    }
}
