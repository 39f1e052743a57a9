// slim_checkpoint on the shared training checkpoints: only the variables the
// inference outputs read are kept, the slim checkpoint opens, the model run
// with it gives the original outputs, and it is smaller.

#include <gtest/gtest.h>

#include <cstring>
#include <iostream>
#include <sstream>

#include "core/batch/batch.h"
#include "core/exec/session.h"
#include "core/formats/checkpoint.h"
#include "core/formats/loader.h"
#include "core/formats/object_graph.h"
#include "core/transforms/slim_checkpoint.h"
#include "core/util/file.h"
#include "core/util/half.h"
#include "tests/common/test_paths.h"
#include "tests/transforms/graph_builder.h"

using namespace tfs;
using namespace tfs::test;

namespace {

bool hasKey(const std::vector<transforms::SlimEntry>& entries, const std::string& key) {
    for (const auto& e : entries)
        if (e.key == key) return true;
    return false;
}

int countReason(const std::vector<transforms::SlimEntry>& entries, const std::string& reason) {
    int n = 0;
    for (const auto& e : entries) n += e.reason == reason;
    return n;
}

/// Runs fetches on the model with its own checkpoint and with `slimPrefix` instead; expects equal outputs.
void expectSameRun(const Model& model, const std::string& slimPrefix, const exec::NamedTensors& feeds,
                   const std::vector<std::string>& fetches, const std::string& signature = "") {
    Model slim = model;
    auto store = openBundle(slimPrefix);
    ASSERT_TRUE(store.ok()) << store.status().toString();
    slim.variables = *store;
    std::vector<std::vector<Tensor>> results;
    for (const Model* m : std::vector<const Model*>{&model, &slim}) {
        auto session = exec::Session::fromModel(*m);
        ASSERT_TRUE(session.ok()) << session.status().toString();
        std::vector<Tensor> out;
        if (signature.empty()) {
            auto r = (*session)->run(feeds, fetches);
            ASSERT_TRUE(r.ok()) << r.status().toString();
            out = std::move(r).value();
        } else {
            auto r = (*session)->runSignature(signature, feeds);
            ASSERT_TRUE(r.ok()) << r.status().toString();
            for (auto& [k, t] : *r) out.push_back(std::move(t));
        }
        results.push_back(std::move(out));
    }
    ASSERT_EQ(results[0].size(), results[1].size());
    ASSERT_FALSE(results[0].empty());
    for (size_t k = 0; k < results[0].size(); ++k) {
        ASSERT_EQ(results[0][k].numElements(), results[1][k].numElements());
        for (int64_t i = 0; i < results[0][k].numElements(); ++i)
            EXPECT_EQ(tensorElementAsDouble(results[0][k], i), tensorElementAsDouble(results[1][k], i)) << k << "[" << i << "]";
    }
}

}  // namespace

TEST(SlimCheckpoint, MnistConvDropsMomentumSlotsAndRunsTheSame) {
    TFS_REQUIRE_SHARED_MODELS();
    auto model = loadModel(sharedModel("mlnet__mnist_conv_model"));
    ASSERT_TRUE(model.ok()) << model.status().toString();
    // Written as the variables of a copy of the SavedModel, so the pair loads like any SavedModel.
    std::string dir = scratchDir("slim_mnist");
    std::string prefix = dir + "/variables/variables";
    transforms::SlimOptions options;
    options.outputs = {"Prediction"};
    auto report = transforms::slimCheckpoint(*model, options, prefix);
    ASSERT_TRUE(report.ok()) << report.status().toString();
    EXPECT_GT(report->kept.size(), 0u);
    EXPECT_GT(countReason(report->dropped, "optimizer"), 0);
    for (const auto& e : report->kept) EXPECT_EQ(e.key.find("Momentum"), std::string::npos) << e.key;
    // Momentum keeps one slot per weight: the slim checkpoint is about half the size.
    EXPECT_LT(report->bytesAfter * 10, report->bytesBefore * 6) << report->bytesBefore << " -> " << report->bytesAfter;
    auto store = openBundle(prefix);
    ASSERT_TRUE(store.ok()) << store.status().toString();
    EXPECT_EQ((*store)->entries().size(), report->kept.size());
    for (const auto& e : report->kept) {
        auto a = model->variables->read(e.key);
        auto b = (*store)->read(e.key);
        ASSERT_TRUE(a.ok() && b.ok()) << e.key;
        ASSERT_EQ(a->byteSize(), b->byteSize());
        EXPECT_EQ(std::memcmp(a->rawData(), b->rawData(), a->byteSize()), 0) << e.key;
    }
    expectSameRun(*model, prefix, {{"Features", randomFloats({2, 28, 28, 1}, 3)}}, {"Prediction"});
    auto pb = readFile(sharedModel("mlnet__mnist_conv_model") + "/saved_model.pb");
    ASSERT_TRUE(pb.ok());
    ASSERT_TRUE(writeFileAtomic(dir + "/saved_model.pb", *pb).ok());
    auto reloaded = loadModel(dir);
    ASSERT_TRUE(reloaded.ok()) << reloaded.status().toString();
    auto session = exec::Session::fromModel(*reloaded);
    ASSERT_TRUE(session.ok()) << session.status().toString();
    auto slimOut = (*session)->run({{"Features", randomFloats({2, 28, 28, 1}, 3)}}, {"Prediction"});
    ASSERT_TRUE(slimOut.ok()) << slimOut.status().toString();
    auto original = exec::Session::fromModel(*model);
    ASSERT_TRUE(original.ok());
    auto origOut = (*original)->run({{"Features", randomFloats({2, 28, 28, 1}, 3)}}, {"Prediction"});
    ASSERT_TRUE(origOut.ok());
    for (int64_t i = 0; i < origOut->at(0).numElements(); ++i)
        EXPECT_EQ(slimOut->at(0).data<float>()[i], origOut->at(0).data<float>()[i]);
}

TEST(SlimCheckpoint, RegressionCheckpointKeepsWeightsAndRuns) {
    TFS_REQUIRE_SHARED_MODELS();
    auto model = loadModel(sharedModel("tf2onnx__regression_checkpoint") + "/model");
    ASSERT_TRUE(model.ok()) << model.status().toString();
    std::string prefix = scratchDir("slim_regression") + "/model";
    transforms::SlimOptions options;
    options.outputs = {"pred"};
    auto report = transforms::slimCheckpoint(*model, options, prefix);
    ASSERT_TRUE(report.ok()) << report.status().toString();
    EXPECT_TRUE(hasKey(report->kept, "W"));
    EXPECT_TRUE(hasKey(report->kept, "b"));
    expectSameRun(*model, prefix, {{"X", randomFloats({4}, 9)}}, {"pred"});
}

TEST(SlimCheckpoint, EstimatorCheckpointShrinksSeveralFold) {
    TFS_REQUIRE_SHARED_MODELS();
    auto model = loadModel(sharedModel("tfx__estimator_ckpt") + "/model.ckpt-1000");
    ASSERT_TRUE(model.ok()) << model.status().toString();
    std::string prefix = scratchDir("slim_tfx") + "/model.ckpt";
    transforms::SlimOptions options;
    options.outputs = {"head/predictions/probabilities"};
    auto report = transforms::slimCheckpoint(*model, options, prefix);
    ASSERT_TRUE(report.ok()) << report.status().toString();
    EXPECT_TRUE(hasKey(report->dropped, "global_step"));
    EXPECT_EQ(countReason(report->dropped, "global_step"), 1);
    EXPECT_GT(countReason(report->dropped, "optimizer"), 0);
    for (const auto& e : report->kept) {
        EXPECT_EQ(transforms::dropReason(e.key, *model), "unused") << "kept a slot: " << e.key;
        EXPECT_EQ(e.key.find("global_step"), std::string::npos);
    }
    EXPECT_GT(double(report->bytesBefore) / double(report->bytesAfter), 2.0)
        << report->bytesBefore << " -> " << report->bytesAfter;
    auto store = openBundle(prefix);
    ASSERT_TRUE(store.ok()) << store.status().toString();
    EXPECT_EQ((*store)->entries().size(), report->kept.size());

    // float16 halves the float weights again; values are the float16 roundings.
    std::string halfPrefix = scratchDir("slim_tfx_half") + "/model.ckpt";
    options.float16 = true;
    auto half = transforms::slimCheckpoint(*model, options, halfPrefix);
    ASSERT_TRUE(half.ok()) << half.status().toString();
    EXPECT_LT(half->bytesAfter * 10, report->bytesAfter * 6);
    auto halfStore = openBundle(halfPrefix);
    ASSERT_TRUE(halfStore.ok());
    int checked = 0;
    for (const auto& e : half->kept) {
        if (e.dtype != tensorflow::DT_HALF) continue;
        auto a = model->variables->read(e.key);
        auto b = (*halfStore)->read(e.key);
        ASSERT_TRUE(a.ok() && b.ok()) << e.key;
        ASSERT_EQ(b->dtype(), tensorflow::DT_HALF) << e.key;
        for (int64_t i = 0; i < a->numElements(); ++i)
            ASSERT_EQ(b->data<uint16_t>()[i], floatToHalf(a->data<float>()[i])) << e.key << "[" << i << "]";
        ++checked;
    }
    EXPECT_GT(checked, 0);
}

TEST(SlimCheckpoint, Tf2SavedModelPrunesObjectGraphAndRunsTheSame) {
    TFS_REQUIRE_SHARED_MODELS();
    auto model = loadModel(sharedModel("rust__keras_single_input_saved_model"));
    ASSERT_TRUE(model.ok()) << model.status().toString();
    std::string prefix = scratchDir("slim_keras") + "/variables";
    auto report = transforms::slimCheckpoint(*model, {}, prefix);
    ASSERT_TRUE(report.ok()) << report.status().toString();
    EXPECT_EQ(report->kept.size(), 6u);  // three Dense layers: kernel + bias each
    EXPECT_GT(countReason(report->dropped, "optimizer"), 0);
    auto store = openBundle(prefix);
    ASSERT_TRUE(store.ok()) << store.status().toString();
    auto graph = readObjectGraph(**store);
    ASSERT_TRUE(graph.ok()) << graph.status().toString();
    for (const auto& node : graph->nodes())
        for (const auto& attr : node.attributes())
            EXPECT_NE((*store)->find(attr.checkpoint_key()), nullptr) << attr.checkpoint_key();
    expectSameRun(*model, prefix, {{"test_in_input", randomFloats({3, 5}, 4)}}, {}, "serving_default");
}

TEST(SlimCheckpoint, BatchCommandPrintsKeptDroppedAndBytes) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string prefix = scratchDir("slim_batch") + "/model.ckpt";
    std::ostringstream out, err;
    int code = batch::runBatch({"slim-checkpoint", sharedModel("tfx__estimator_ckpt") + "/model.ckpt-1000", "--out",
                                prefix, "--outputs", "head/predictions/probabilities"},
                               out, err);
    ASSERT_EQ(code, 0) << err.str();
    std::cout << out.str();  // what users see
    EXPECT_NE(out.str().find("kept "), std::string::npos);
    EXPECT_NE(out.str().find("optimizer"), std::string::npos);
    EXPECT_NE(out.str().find("checkpoint bytes: "), std::string::npos);
    EXPECT_TRUE(openBundle(prefix).ok());
    // The input is never overwritten.
    std::ostringstream out2, err2;
    code = batch::runBatch({"slim-checkpoint", sharedModel("tfx__estimator_ckpt") + "/model.ckpt-1000", "--out",
                            sharedModel("tfx__estimator_ckpt") + "/model.ckpt-1000", "--outputs",
                            "head/predictions/probabilities"},
                           out2, err2);
    EXPECT_NE(code, 0);
    EXPECT_NE(err2.str().find("overwrite"), std::string::npos) << err2.str();
}
