// `tfscope --batch transform ... --measure` (text and JSON) and `compare` of a
// graph whose input a pass moved to an interior tensor, on real models.
#include <gtest/gtest.h>

#include <sstream>

#include "core/batch/batch.h"
#include "core/util/json.h"
#include "tests/common/test_paths.h"

namespace tfs {
namespace {

struct BatchRun {
    int code;
    std::string out, err;
};

BatchRun runCommand(std::vector<std::string> args) {
    std::ostringstream out, err;
    int code = batch::runBatch(args, out, err);
    return {code, out.str(), err.str()};
}

const char* kMfccInput = "armkws__DS_CNN_S/reference/mfcc_batch1/inputs/Mfcc_0.npy";

}  // namespace

TEST(TransformMeasure, QuantizeWeightsOnFcLayersAsJson) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string out = test::scratchDir("measure_fc") + "/q.pb";
    BatchRun r = runCommand({"transform", test::sharedModel("tf2onnx__fc-layers/frozen.pb"), out, "--inputs", "X", "--outputs",
                        "output", "--transforms", "quantize_weights round_weights(num_steps=16)", "--measure", "--json",
                        "--runs", "2", "--samples", "2", "--seed", "7", "--threads", "1"});
    ASSERT_EQ(r.code, 0) << r.err << r.out;
    auto json = Json::parse(r.out, "stdout");
    ASSERT_TRUE(json.ok()) << json.status().toString() << "\n" << r.out;
    const Json* baseline = json->find("baseline");
    ASSERT_TRUE(baseline);
    for (const char* key : {"nodes", "bytes", "compressed_bytes", "parameters", "latency_ms"})
        EXPECT_TRUE(baseline->find(key)) << key;
    EXPECT_GT(baseline->find("latency_ms")->number(), 0);
    const Json* passes = json->find("passes");
    ASSERT_TRUE(passes && passes->kind() == Json::Kind::Array);
    ASSERT_EQ(passes->size(), 2u);
    const Json& q = passes->items()[0];
    EXPECT_EQ(q.find("name")->string(), "quantize_weights");
    EXPECT_LT(q.find("bytes")->number(), baseline->find("bytes")->number() / 2);
    const Json* accuracy = q.find("accuracy");
    ASSERT_TRUE(accuracy && accuracy->find("output:0")) << r.out;
    const Json& out0 = *accuracy->find("output:0");
    for (const char* key : {"max_abs_error", "mean_abs_error", "cosine", "snr_db", "top1_agreement"})
        EXPECT_TRUE(out0.find(key)) << key;
    EXPECT_GT(out0.find("max_abs_error")->number(), 0);
    EXPECT_GT(out0.find("cosine")->number(), 0.99);
    EXPECT_EQ(passes->items()[1].find("spec")->string(), "round_weights(num_steps=16)");
}

TEST(TransformMeasure, StripAtMfccMeasuresAgainstTheOriginalAsText) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string out = test::scratchDir("measure_mfcc") + "/s.pb";
    BatchRun r = runCommand({"transform", test::sharedModel("armkws__DS_CNN_S/DS_CNN_S.pb"), out, "--inputs", "Mfcc",
                        "--outputs", "labels_softmax", "--transforms",
                        "strip_unused_nodes(type=float, shape=\"1,49,10\") fold_old_batch_norms", "--measure",
                        "--input", "Mfcc=" + test::sharedModel(kMfccInput), "--runs", "2", "--threads", "1"});
    ASSERT_EQ(r.code, 0) << r.err << r.out;
    EXPECT_NE(r.out.find("baseline"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("1 strip_unused_nodes"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("labels_softmax:0: max_abs 0 "), std::string::npos) << r.out;  // stripping is exact
    EXPECT_NE(r.out.find("2 fold_old_batch_norms"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("top1 100.0%"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("wrote "), std::string::npos);
}

TEST(TransformMeasure, CompareFeedsTheMovedInputInsideTheOriginal) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string stripped = test::scratchDir("compare_mfcc") + "/stripped.pb";
    BatchRun t = runCommand({"transform", test::sharedModel("armkws__DS_CNN_S/DS_CNN_S.pb"), stripped, "--inputs", "Mfcc",
                        "--outputs", "labels_softmax", "--transforms", "strip_unused_nodes(type=float, shape=\"1,49,10,1\")"});
    ASSERT_EQ(t.code, 0) << t.err;
    BatchRun c = runCommand({"compare", test::sharedModel("armkws__DS_CNN_S/DS_CNN_S.pb"), stripped, "--input",
                        "Mfcc=" + test::sharedModel(kMfccInput), "--runs", "1", "--json", "--max-abs-error", "0"});
    EXPECT_EQ(c.code, 0) << c.err << c.out;
    EXPECT_EQ(c.err.find("expects string"), std::string::npos) << c.err;
}

TEST(TransformMeasure, JsonWithoutMeasureIsAnError) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string out = test::scratchDir("measure_bad") + "/o.pb";
    BatchRun r = runCommand({"transform", test::sharedModel("tf2onnx__fc-layers/frozen.pb"), out, "--transforms",
                        "remove_device", "--json"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("--measure"), std::string::npos) << r.err;
    BatchRun bad = runCommand({"transform", test::sharedModel("tf2onnx__fc-layers/frozen.pb"), out, "--transforms",
                          "remove_device", "--measure", "--samples", "many"});
    EXPECT_EQ(bad.code, 2);
    EXPECT_NE(bad.err.find("--samples"), std::string::npos) << bad.err;
}

}  // namespace tfs
