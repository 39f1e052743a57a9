// Passes and freezing on the real models in ../shared/models, checked
// structurally and, where the executor runs them, numerically against the
// originals and the stored reference outputs.

#include <gtest/gtest.h>

#include <cmath>

#include "core/exec/session.h"
#include "core/formats/loader.h"
#include "core/transforms/freeze.h"
#include "core/transforms/grammar.h"
#include "core/transforms/model_transform.h"
#include "core/util/file.h"
#include "core/util/json.h"
#include "core/util/npy.h"
#include "tests/common/test_paths.h"
#include "tests/transforms/transform_test_util.h"

using namespace tfs;
using namespace tfs::test;

namespace {

struct RefCase {
    std::vector<std::pair<std::string, Tensor>> inputs;
    std::vector<std::pair<std::string, Tensor>> outputs;
    std::string signature;
};

std::vector<RefCase> referenceCases(const std::string& folder) {
    std::vector<RefCase> cases;
    std::string root = sharedModel(folder) + "/reference";
    auto entries = listDirectory(root);
    if (!entries.ok()) return cases;
    for (const auto& name : *entries) {
        std::string dir = root + "/" + name;
        auto text = readFile(dir + "/case.json");
        if (!text.ok()) continue;  // not a case folder
        auto json = Json::parse(*text);
        if (!json.ok()) {
            ADD_FAILURE() << dir << "/case.json: " << json.status().toString();
            continue;
        }
        RefCase c;
        c.signature = json->stringOr("signature");
        bool ok = true;
        for (const char* part : {"inputs", "outputs"}) {
            const Json* map = json->find(part);
            if (!map) continue;
            for (const auto& [tensor, file] : map->members()) {
                auto t = readNpy(dir + "/" + file.string());
                if (!t.ok()) {
                    ADD_FAILURE() << t.status().toString();
                    ok = false;
                    break;
                }
                (std::string(part) == "inputs" ? c.inputs : c.outputs).push_back({tensor, std::move(t).value()});
            }
        }
        if (ok && !c.outputs.empty() && json->stringOr("kind") != "sequence") cases.push_back(std::move(c));
    }
    return cases;
}

double cosine(const Tensor& a, const Tensor& b) {
    double dot = 0, na = 0, nb = 0;
    for (int64_t i = 0; i < a.numElements() && i < b.numElements(); ++i) {
        double x = tensorElementAsDouble(a, i), y = tensorElementAsDouble(b, i);
        dot += x * y;
        na += x * x;
        nb += y * y;
    }
    return na == 0 || nb == 0 ? (na == nb ? 1.0 : 0.0) : dot / std::sqrt(na * nb);
}

void expectClose(const Tensor& got, const Tensor& want, double rtol, double atol, const std::string& what) {
    ASSERT_EQ(got.numElements(), want.numElements()) << what << ": " << got.describe() << " vs " << want.describe();
    if (got.dtype() == tensorflow::DT_STRING) {
        EXPECT_EQ(got.strings(), want.strings()) << what;
        return;
    }
    int bad = 0;
    for (int64_t i = 0; i < got.numElements(); ++i) {
        double x = tensorElementAsDouble(got, i), y = tensorElementAsDouble(want, i);
        if (std::abs(x - y) > atol + rtol * std::abs(y) && bad++ < 3)
            ADD_FAILURE() << what << "[" << i << "]: " << x << " vs " << y;
    }
}

int argmax(const Tensor& t) {
    int best = 0;
    for (int64_t i = 1; i < t.numElements(); ++i)
        if (tensorElementAsDouble(t, i) > tensorElementAsDouble(t, best)) best = int(i);
    return best;
}

/// Runs a plain graph (no variables) on the given feeds.
Result<std::vector<Tensor>> runGraph(const tensorflow::GraphDef& graph, const RefCase& c) {
    TFS_ASSIGN_OR_RETURN(auto session, exec::Session::create(graph, nullptr));
    std::vector<std::string> fetches;
    for (const auto& [name, t] : c.outputs) fetches.push_back(name);
    return session->run(c.inputs, fetches);
}

tensorflow::GraphDef frozenGraphOf(const std::string& folder, const std::string& file) {
    return loadGraphFile(sharedModel(folder) + "/" + file);
}

}  // namespace

TEST(RealModels, FoldOldBatchNormsOnDsCnnRemovesEveryBatchNorm) {
    TFS_REQUIRE_SHARED_MODELS();
    auto original = frozenGraphOf("armkws__DS_CNN_S", "DS_CNN_S.pb");
    int bnBefore = countOp(original, "FusedBatchNorm");
    ASSERT_GT(bnBefore, 0);
    auto g = original;
    transforms::TransformLog log;
    Status s = runPasses(&g, "fold_old_batch_norms", "wav_data", "labels_softmax", &log);
    ASSERT_TRUE(s.ok()) << s.toString();
    EXPECT_EQ(countOp(g, "FusedBatchNorm"), 0) << log.format();
    EXPECT_LT(g.node_size(), original.node_size());

    // Also with GTT's usual recipe in front.
    auto g2 = original;
    s = runPasses(&g2, "remove_nodes(op=Identity) fold_constants(ignore_errors=true) fold_batch_norms fold_old_batch_norms",
                  "Mfcc", "labels_softmax", &log);
    ASSERT_TRUE(s.ok()) << s.toString();
    EXPECT_EQ(countOp(g2, "FusedBatchNorm"), 0);
    EXPECT_EQ(countOp(g2, "Identity"), 0);

    // Numerically the same as the original and the reference (fed at Mfcc:0).
    auto cases = referenceCases("armkws__DS_CNN_S");
    ASSERT_FALSE(cases.empty());
    for (const auto& c : cases) {
        auto before = runGraph(original, c);
        ASSERT_TRUE(before.ok()) << before.status().toString();
        for (const auto* graph : {&g, &g2}) {
            auto after = runGraph(*graph, c);
            ASSERT_TRUE(after.ok()) << after.status().toString();
            expectClose((*after)[0], (*before)[0], 1e-4, 1e-5, "folded vs original");
            expectClose((*after)[0], c.outputs[0].second, 1e-4, 1e-5, "folded vs reference");
        }
    }
}

TEST(RealModels, StripAndRemoveIdentityOnMnistConv) {
    TFS_REQUIRE_SHARED_MODELS();
    auto model = loadModel(sharedModel("mlnet__mnist_conv_model"));
    ASSERT_TRUE(model.ok()) << model.status().toString();
    const auto& before = *model->graph();
    auto specs = transforms::parseAndValidateTransforms("strip_unused_nodes remove_nodes(op=Identity)");
    ASSERT_TRUE(specs.ok());
    transforms::ModelTransformOptions options;
    options.inputs = {"Features"};
    options.outputs = {"Prediction"};
    transforms::TransformLog log;
    Model transformed = *model;
    Status s = transforms::transformModel(&transformed, *specs, options, &log);
    ASSERT_TRUE(s.ok()) << s.toString();
    const auto& after = *transformed.graph();
    EXPECT_LT(after.node_size(), before.node_size() / 2) << log.format();
    EXPECT_EQ(countOp(after, "Identity"), 0);
    EXPECT_EQ(countOp(after, "ApplyMomentum"), 0);
    EXPECT_EQ(countOp(after, "SaveV2"), 0);
    ASSERT_NE(findNode(after, "Prediction"), nullptr);
    EXPECT_EQ(findNode(after, "Features")->op(), "Placeholder");
    EXPECT_GT(countOp(after, "VariableV2"), 0);  // still variables: stripping is not freezing
}

TEST(RealModels, QuantizeWeightsShrinksFcLayersFourfold) {
    TFS_REQUIRE_SHARED_MODELS();
    auto original = frozenGraphOf("tf2onnx__fc-layers", "frozen.pb");
    auto g = original;
    transforms::TransformLog log;
    Status s = runPasses(&g, "quantize_weights", "X", "output", &log);
    ASSERT_TRUE(s.ok()) << s.toString();
    double ratio = double(original.ByteSizeLong()) / double(g.ByteSizeLong());
    EXPECT_GT(ratio, 3.5) << log.format();
    EXPECT_LT(ratio, 4.1);
    EXPECT_GT(countOp(g, "Dequantize"), 0);
    auto cases = referenceCases("tf2onnx__fc-layers");
    ASSERT_FALSE(cases.empty());
    for (const auto& c : cases) {
        auto after = runGraph(g, c);
        ASSERT_TRUE(after.ok()) << after.status().toString();
        // 8-bit per-tensor weights on a 784-input MLP fed N(0,1) noise: measured cosine 0.9986.
        EXPECT_GE(cosine((*after)[0], c.outputs[0].second), 0.998);
        if (c.outputs[0].second.dim(0) == 1) {
            EXPECT_EQ(argmax((*after)[0]), argmax(c.outputs[0].second));
        }
    }
}

TEST(RealModels, LosslessPassesKeepOutputsOnReferenceCases) {
    TFS_REQUIRE_SHARED_MODELS();
    struct Item {
        const char* folder;
        const char* file;
        const char* inputs;
        const char* outputs;
    };
    const Item items[] = {{"tf2onnx__fc-layers", "frozen.pb", "X", "output"},
                          {"tf2onnx__ae0", "frozen.pb", "X", "output"},
                          {"nnstreamer__mnist", "mnist.pb", "input", "softmax"},
                          {"cppflow__load_frozen_graph", "model.pb", "x", "Identity"},
                          {"ngraph__test_axpy", "test_axpy.pbtxt", "x,y", "add"}};
    const char* recipe =
        "strip_unused_nodes remove_nodes(op=Identity, op=CheckNumerics) fold_constants(ignore_errors=true) "
        "fold_batch_norms fold_old_batch_norms merge_duplicate_nodes sort_by_execution_order";
    int checked = 0;
    for (const auto& item : items) {
        auto g = frozenGraphOf(item.folder, item.file);
        Status s = runPasses(&g, recipe, item.inputs, item.outputs);
        ASSERT_TRUE(s.ok()) << item.folder << ": " << s.toString();
        auto cases = referenceCases(item.folder);
        EXPECT_GE(cases.size(), 2u) << item.folder;
        for (const auto& c : cases) {
            auto after = runGraph(g, c);
            ASSERT_TRUE(after.ok()) << item.folder << ": " << after.status().toString();
            ASSERT_EQ(after->size(), c.outputs.size()) << item.folder;
            for (size_t i = 0; i < c.outputs.size(); ++i)
                expectClose((*after)[i], c.outputs[i].second, 1e-4, 1e-5, std::string(item.folder));
            ++checked;
        }
    }
    EXPECT_EQ(checked, 12);  // the reference cases of the five models in ../shared/models
}

TEST(RealModels, RoundWeightsKeepsArgmax) {
    TFS_REQUIRE_SHARED_MODELS();
    auto g = frozenGraphOf("nnstreamer__mnist", "mnist.pb");
    ASSERT_TRUE(runPasses(&g, "round_weights(num_steps=256)", "input", "softmax").ok());
    auto cases = referenceCases("nnstreamer__mnist");
    EXPECT_EQ(cases.size(), 3u);
    for (const auto& c : cases) {
        auto after = runGraph(g, c);
        ASSERT_TRUE(after.ok()) << after.status().toString();
        EXPECT_GE(cosine((*after)[0], c.outputs[0].second), 0.999);
        if (c.outputs[0].second.dim(0) == 1) {
            EXPECT_EQ(argmax((*after)[0]), argmax(c.outputs[0].second));
        }
    }
}

TEST(RealModels, FreezeSavedModelsAndCheckpoints) {
    TFS_REQUIRE_SHARED_MODELS();
    const char* folders[] = {"serving__saved_model_half_plus_two_cpu",
                             "serving__saved_model_half_plus_two_tf2_cpu",
                             "tf2onnx__regression_saved_model",
                             "tf2onnx__regression_checkpoint",
                             "rust__keras_single_input_saved_model",
                             "tfnet__simple_model_from_auto_compile",
                             "cppflow__multi_input_output/model",
                             "cppflow__lexci_model/model",
                             "tfjs__uint8_multiply",
                             "mlnet__mnist_conv_model",
                             "serving__bad_half_plus_two/00000123"};
    int frozenCount = 0, compared = 0;
    for (const char* folder : folders) {
        SCOPED_TRACE(folder);
        auto model = loadModel(sharedModel(folder));
        ASSERT_TRUE(model.ok()) << model.status().toString();
        auto cases = referenceCases(std::string(folder).substr(0, std::string(folder).find('/')));
        std::vector<std::string> signatures = {""};
        for (const auto& c : cases)
            if (!c.signature.empty()) signatures.push_back(c.signature);
        for (const auto& sig : signatures) {
            transforms::FreezeOptions options;
            options.signature = sig;
            if (model->metaGraphs.empty() || model->metaGraphs[0].signatures.empty()) {
                // Graph without signatures: take the reference outputs, or the documented one.
                for (const auto& c : cases)
                    for (const auto& [name, t] : c.outputs) options.outputs.push_back(name);
                if (std::string(folder) == "mlnet__mnist_conv_model") options.outputs = {"Prediction"};
                if (std::string(folder) == "tf2onnx__regression_checkpoint") options.outputs = {"pred"};
                if (options.outputs.empty()) continue;
            }
            transforms::FreezeReport report;
            auto frozen = transforms::freezeModel(*model, options, &report);
            ASSERT_TRUE(frozen.ok()) << sig << ": " << frozen.status().toString();
            ++frozenCount;
            for (const auto& node : frozen->node()) {
                EXPECT_NE(node.op(), "VariableV2") << node.name();
                EXPECT_NE(node.op(), "VarHandleOp") << node.name();
                EXPECT_NE(node.op(), "ReadVariableOp") << node.name();
                EXPECT_NE(node.op(), "StatefulPartitionedCall") << node.name();
                EXPECT_NE(node.op(), "RestoreV2") << node.name();
            }
            for (const auto& c : cases) {
                if (c.signature != sig && !(sig.empty() && c.signature.empty())) continue;
                auto after = runGraph(*frozen, c);
                ASSERT_TRUE(after.ok()) << "executor cannot run the frozen graph: " << after.status().toString();
                ++compared;
                for (size_t i = 0; i < c.outputs.size(); ++i)
                    expectClose((*after)[i], c.outputs[i].second, 1e-4, 1e-5, std::string(folder) + " " + c.outputs[i].first);
            }
        }
    }
    // Every signature of these models, and every reference case they have, was frozen and run.
    EXPECT_EQ(frozenCount, 22);
    EXPECT_EQ(compared, 16);
}


// The bound for lossy weight passes: cosine >= 0.999 against the float model on the
// shared convolutional models' reference cases, and the predicted class unchanged.
TEST(RealModels, LossyWeightPassesKeepConvNetsWithinBounds) {
    TFS_REQUIRE_SHARED_MODELS();
    struct Item {
        const char* folder;
        const char* file;
        const char* inputs;
        const char* outputs;
    };
    const Item items[] = {{"utensor__cifar10_cnn", "cifar10_cnn.pb", "Placeholder", "fully_connect_2/logits,pred"},
                          {"armkws__DS_CNN_S", "DS_CNN_S.pb", "Mfcc", "labels_softmax"}};
    // With minimum_size=0 the small bias and batch-norm vectors are quantized too, which costs
    // more (DS_CNN_S measured 0.9974): the stated bound there is 0.995.
    const std::pair<const char*, double> recipes[] = {
        {"quantize_weights", 0.999}, {"round_weights(num_steps=256)", 0.999}, {"quantize_weights(minimum_size=0)", 0.995}};
    for (const auto& item : items) {
        auto original = frozenGraphOf(item.folder, item.file);
        auto cases = referenceCases(item.folder);
        ASSERT_FALSE(cases.empty()) << item.folder;
        for (const auto& [recipe, bound] : recipes) {
            auto g = original;
            ASSERT_TRUE(runPasses(&g, recipe, item.inputs, item.outputs).ok()) << item.folder << " " << recipe;
            ASSERT_NE(g.SerializeAsString(), original.SerializeAsString()) << item.folder << " " << recipe << " changed nothing";
            for (const auto& c : cases) {
                auto before = runGraph(original, c);
                auto after = runGraph(g, c);
                ASSERT_TRUE(before.ok()) << before.status().toString();
                ASSERT_TRUE(after.ok()) << item.folder << " " << recipe << ": " << after.status().toString();
                for (size_t i = 0; i < c.outputs.size(); ++i) {
                    const Tensor& a = (*after)[i];
                    const Tensor& b = (*before)[i];
                    std::string what = std::string(item.folder) + " " + recipe + " " + c.outputs[i].first;
                    if (!isFloatingType(b.dtype())) {  // predicted classes
                        for (int64_t k = 0; k < b.numElements(); ++k)
                            EXPECT_EQ(tensorElementAsDouble(a, k), tensorElementAsDouble(b, k)) << what;
                        continue;
                    }
                    EXPECT_GE(cosine(a, b), bound) << what;
                    int64_t rows = b.dims().empty() ? 1 : b.dim(0);
                    int64_t width = rows ? b.numElements() / rows : 0;
                    for (int64_t r = 0; r < rows && width > 0; ++r) {
                        int64_t ia = 0, ib = 0;
                        for (int64_t k = 1; k < width; ++k) {
                            if (tensorElementAsDouble(a, r * width + k) > tensorElementAsDouble(a, r * width + ia)) ia = k;
                            if (tensorElementAsDouble(b, r * width + k) > tensorElementAsDouble(b, r * width + ib)) ib = k;
                        }
                        EXPECT_EQ(ia, ib) << what << " row " << r;
                    }
                }
            }
        }
    }
}
