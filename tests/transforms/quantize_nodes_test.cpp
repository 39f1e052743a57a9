// quantize_nodes: structure of the rewritten graph, its parameters, and the
// eight-bit graph's outputs against the float original (small CNN and the
// shared convolutional / fully connected models).

#include <gtest/gtest.h>

#include <algorithm>

#include "core/formats/loader.h"
#include "core/transforms/freeze.h"
#include "core/transforms/graph_utils.h"
#include "tests/common/test_paths.h"
#include "tests/transforms/quant_test_util.h"
#include "tests/transforms/transform_test_util.h"

using namespace tfs;
using namespace tfs::test;
using namespace tfs::test::quant;


TEST(QuantizeNodes, ReplacesFloatOpsAndKeepsChainsInEightBit) {
    auto g = smallCnn();
    transforms::TransformLog log;
    ASSERT_TRUE(runPasses(&g, "quantize_nodes", "x", "out,cat", &log).ok());
    for (const char* op : {"Conv2D", "MatMul", "BiasAdd", "Relu", "MaxPool", "AvgPool", "ConcatV2"})
        EXPECT_EQ(countOp(g, op), 0) << op;
    EXPECT_EQ(countOp(g, "Reshape"), 1);  // only the one flattening x for its Min/Max
    for (const char* op : {"QuantizedConv2D", "QuantizedMatMul", "QuantizedRelu", "QuantizedMaxPool", "QuantizedAvgPool",
                           "QuantizedConcat", "QuantizedReshape"})
        EXPECT_EQ(countOp(g, op), 1) << op;
    EXPECT_EQ(countOp(g, "QuantizedBiasAdd"), 2);
    // Conv, two BiasAdds and MatMul produce qint32 and are requantized with measured ranges.
    EXPECT_EQ(countOp(g, "RequantizationRange"), 4);
    EXPECT_EQ(countOp(g, "Requantize"), 4);
    // Only the float input x is quantized at run time: weights were quantized now, and
    // every Dequantize -> QuantizeV2 pair between eight-bit ops is gone.
    EXPECT_EQ(countOp(g, "QuantizeV2"), 1);
    EXPECT_EQ(countOp(g, "Min"), 1);
    // Outputs keep their names as float Dequantize nodes; internal Dequantizes are gone.
    ASSERT_NE(findNode(g, "out"), nullptr);
    EXPECT_EQ(findNode(g, "out")->op(), "Dequantize");
    EXPECT_EQ(findNode(g, "cat")->op(), "Dequantize");
    EXPECT_EQ(countOp(g, "Dequantize"), 2);
    // The float weights are dropped; their quint8 forms replace them.
    EXPECT_EQ(findNode(g, "w"), nullptr);
    EXPECT_EQ(findNode(g, "fc_w"), nullptr);
    // ConcatV2's axis moved first, as QuantizedConcat expects.
    const auto* qcat = findNode(g, "cat/eightbit");
    ASSERT_NE(qcat, nullptr);
    EXPECT_EQ(qcat->input(0), "axis");
}

TEST(QuantizeNodes, EightBitGraphTracksTheFloatGraph) {
    auto original = smallCnn();
    auto g = original;
    ASSERT_TRUE(runPasses(&g, "quantize_nodes", "x", "out,cat").ok());
    for (uint32_t seed : {1u, 2u, 3u}) {
        Tensor x = randomFloat({1, 8, 8, 3}, 100 + seed);
        auto before = run(original, {{"x:0", x}}, {"out:0", "cat:0"});
        auto after = run(g, {{"x:0", x}}, {"out:0", "cat:0"});
        ASSERT_TRUE(before.ok()) << before.status().toString();
        ASSERT_TRUE(after.ok()) << after.status().toString();
        EXPECT_EQ((*after)[0].dims(), (*before)[0].dims());
        EXPECT_GE(cosine((*after)[0], (*before)[0]), 0.99) << "seed " << seed;
        EXPECT_GE(cosine((*after)[1], (*before)[1]), 0.99) << "seed " << seed;
    }
}

TEST(QuantizeNodes, ParametersAreHonored) {
    // fallback range: constants instead of RequantizationRange.
    auto g = smallCnn();
    ASSERT_TRUE(runPasses(&g, "quantize_nodes(fallback_min=-20, fallback_max=20)", "x", "out,cat").ok());
    EXPECT_EQ(countOp(g, "RequantizationRange"), 0);
    EXPECT_EQ(countOp(g, "Requantize"), 4);
    const auto* fb = findNode(g, "conv/eightbit/fallback_max");
    ASSERT_NE(fb, nullptr);
    auto v = transforms::constValue(*fb);
    ASSERT_TRUE(v.ok());
    EXPECT_FLOAT_EQ(v->data<float>()[0], 20.f);
    // ignore_op keeps an op type in float.
    g = smallCnn();
    ASSERT_TRUE(runPasses(&g, "quantize_nodes(ignore_op=MatMul)", "x", "out,cat").ok());
    EXPECT_EQ(countOp(g, "MatMul"), 1);
    EXPECT_EQ(countOp(g, "QuantizedMatMul"), 0);
    EXPECT_EQ(countOp(g, "QuantizedConv2D"), 1);
    // input range: the float placeholder becomes quint8 and feeds eight-bit ops directly.
    g = smallCnn();
    ASSERT_TRUE(runPasses(&g, "quantize_nodes(input_min=-4, input_max=4)", "x", "out,cat").ok());
    EXPECT_EQ(findNode(g, "x")->attr().at("dtype").type(), tensorflow::DT_QUINT8);
    EXPECT_EQ(countOp(g, "QuantizeV2"), 0);
    EXPECT_EQ(findNode(g, "conv/eightbit")->input(0), "x");
    // Half a range is an error with an example; so is a positive fallback_min.
    g = smallCnn();
    auto st = runPasses(&g, "quantize_nodes(input_min=-4)", "x", "out");
    EXPECT_FALSE(st.ok());
    EXPECT_NE(st.message().find("quantize_nodes(input_min="), std::string::npos) << st.message();
    EXPECT_FALSE(runPasses(&g, "quantize_nodes(fallback_min=1, fallback_max=2)", "x", "out").ok());
    EXPECT_TRUE(runPasses(&g, "quantize_nodes(fallback_min=1, fallback_max=2, ignore_errors=true)", "x", "out").ok());
}

TEST(QuantizeNodes, LeavesNchwAndNonFloatOpsAlone) {
    tensorflow::GraphDef g;
    addPlaceholder(&g, "x");
    addConst(&g, "w", randomFloat({1, 1, 4, 4}, 1));
    auto* conv = addNode(&g, "conv", "Conv2D", {"x", "w"});
    setInts(conv, "strides", {1, 1, 1, 1});
    (*conv->mutable_attr())["padding"].set_s("SAME");
    (*conv->mutable_attr())["data_format"].set_s("NCHW");
    auto* ints = addNode(&g, "i", "Placeholder", {}, true);
    (*ints->mutable_attr())["dtype"].set_type(tensorflow::DT_INT32);
    auto* add = addNode(&g, "add", "Add", {"i", "i"});
    (*add->mutable_attr())["T"].set_type(tensorflow::DT_INT32);
    ASSERT_TRUE(runPasses(&g, "quantize_nodes", "x,i", "conv,add").ok());
    EXPECT_EQ(countOp(g, "Conv2D"), 1);
    EXPECT_EQ(countOp(g, "Add"), 1);
    EXPECT_EQ(countOp(g, "QuantizeV2"), 0);
}

namespace {

struct SharedModel {
    const char* folder;
    const char* file;
    const char* logits;  // compared by cosine; also argmax
    double minCosine;
};

// Measured on these reference cases (per-tensor eight bit, dynamic requantization ranges):
// cifar10 0.9990+, DS_CNN_S 0.9998+, fc-layers 0.9998+; bounds leave a small margin.
const SharedModel kModels[] = {
    {"utensor__cifar10_cnn", "cifar10_cnn.pb", "fully_connect_2/logits:0", 0.99},
    {"armkws__DS_CNN_S", "DS_CNN_S.pb", "labels_softmax:0", 0.99},
    {"tf2onnx__fc-layers", "frozen.pb", "output:0", 0.99},
};

}  // namespace

TEST(QuantizeNodes, SharedModelsKeepCosineAndArgmax) {
    TFS_REQUIRE_SHARED_MODELS();
    for (const auto& m : kModels) {
        SCOPED_TRACE(m.folder);
        auto original = loadGraphFile(sharedModel(m.folder) + "/" + m.file);
        auto cases = referenceCases(m.folder);
        ASSERT_FALSE(cases.empty());
        auto g = original;
        transforms::TransformLog log;
        ASSERT_TRUE(runPasses(&g, "quantize_nodes", "", std::string(m.logits).substr(0, std::string(m.logits).find(':')), &log).ok());
        EXPECT_EQ(countOp(g, "Conv2D") + countOp(g, "MatMul"), 0);
        EXPECT_GT(countOp(g, "QuantizedConv2D") + countOp(g, "QuantizedMatMul"), 0);
        for (const auto& c : cases) {
            auto before = run(original, c.inputs, {m.logits});
            auto after = run(g, c.inputs, {m.logits});
            ASSERT_TRUE(before.ok()) << before.status().toString();
            ASSERT_TRUE(after.ok()) << after.status().toString();
            const Tensor& a = (*after)[0];
            const Tensor& b = (*before)[0];
            double cos = cosine(a, b);
            EXPECT_GE(cos, m.minCosine) << c.name;
            // argmax per batch row
            int64_t rows = a.dim(0), cols = a.numElements() / std::max<int64_t>(rows, 1);
            for (int64_t r = 0; r < rows; ++r) {
                int64_t ia = 0, ib = 0;
                for (int64_t j = 1; j < cols; ++j) {
                    if (a.data<float>()[r * cols + j] > a.data<float>()[r * cols + ia]) ia = j;
                    if (b.data<float>()[r * cols + j] > b.data<float>()[r * cols + ib]) ib = j;
                }
                EXPECT_EQ(ia, ib) << c.name << " row " << r << " cosine " << cos;
            }
            std::printf("[quantize_nodes] %s %s: cosine %.5f\n", m.folder, c.name.c_str(), cos);
        }
    }
}

TEST(QuantizeNodes, FrozenMnistSavedModelKeepsPredictions) {
    TFS_REQUIRE_SHARED_MODELS();
    auto model = loadModel(sharedModel("mlnet__mnist_conv_model"));
    ASSERT_TRUE(model.ok()) << model.status().toString();
    transforms::FreezeOptions options;
    options.outputs = {"Prediction"};
    auto frozen = transforms::freezeModel(*model, options);
    ASSERT_TRUE(frozen.ok()) << frozen.status().toString();
    auto g = *frozen;
    ASSERT_TRUE(runPasses(&g, "quantize_nodes", "Features", "Prediction").ok());
    EXPECT_EQ(countOp(g, "Conv2D"), 0);
    EXPECT_EQ(countOp(g, "QuantizedConv2D"), 3);
    // No stored reference for this model: seeded images in [0, 1), batch of 4.
    Tensor x = randomFloat({4, 28, 28, 1}, 77, 0.3, 0.5);
    for (int64_t i = 0; i < x.numElements(); ++i) x.data<float>()[i] = std::clamp(x.data<float>()[i], 0.f, 1.f);
    auto before = run(*frozen, {{"Features:0", x}}, {"Prediction:0"});
    auto after = run(g, {{"Features:0", x}}, {"Prediction:0"});
    ASSERT_TRUE(before.ok()) << before.status().toString();
    ASSERT_TRUE(after.ok()) << after.status().toString();
    const Tensor& a = (*after)[0];
    const Tensor& b = (*before)[0];
    EXPECT_GE(cosine(a, b), 0.99);
    for (int64_t r = 0; r < 4; ++r) {
        int64_t ia = 0, ib = 0;
        for (int64_t j = 1; j < 10; ++j) {
            if (a.data<float>()[r * 10 + j] > a.data<float>()[r * 10 + ia]) ia = j;
            if (b.data<float>()[r * 10 + j] > b.data<float>()[r * 10 + ib]) ib = j;
        }
        EXPECT_EQ(ia, ib) << "row " << r;
    }
    std::printf("[quantize_nodes] mlnet__mnist_conv_model (frozen): cosine %.5f\n", cosine(a, b));
}

TEST(QuantizeNodes, EveryGraphDefInTheSharedModelsStaysValidAndClose) {
    TFS_REQUIRE_SHARED_MODELS();
    // Every GraphDef file: the pass succeeds and the runner's validation holds; where reference
    // cases exist and the original runs, the eight-bit outputs stay close.
    const std::vector<std::pair<std::string, std::string>> graphs = {
        {"armkws__DS_CNN_S", "DS_CNN_S.pb"}, {"cppflow__load_frozen_graph", "model.pb"},
        {"mlnet__model_matmul", "frozen_saved_model.pb"}, {"ngraph__test_axpy", "test_axpy.pbtxt"},
        {"nnstreamer__mnist", "mnist.pb"}, {"rust__addition", "model.pb"}, {"rust__regression", "model.pb"},
        {"tf2onnx__ae0", "frozen.pb"}, {"tf2onnx__fc-layers", "frozen.pb"}, {"tf2onnx__gru", "frozen.pb"},
        {"tf2onnx__lstm", "frozen.pb"}, {"tf2onnx__regression_graphdef", "frozen.pb"},
        {"tf__grappler_while_loop", "while_loop.pbtxt"}, {"tfx__estimator_ckpt", "graph.pbtxt"},
        {"utensor__cifar10_cnn", "cifar10_cnn.pb"}};
    int compared = 0;
    for (const auto& [folder, file] : graphs) {
        SCOPED_TRACE(folder);
        auto original = loadGraphFile(sharedModel(folder) + "/" + file);
        auto g = original;
        auto st = runPasses(&g, "quantize_nodes");
        ASSERT_TRUE(st.ok()) << st.toString();
        int quantized = 0;
        for (const auto& n : g.node()) quantized += n.op().rfind("Quantized", 0) == 0;
        for (const auto& c : referenceCases(folder)) {
            std::vector<std::string> fetches;
            for (const auto& [name, t] : c.outputs)
                if (t.dtype() == tensorflow::DT_FLOAT) fetches.push_back(name);
            if (fetches.empty()) continue;
            auto before = run(original, c.inputs, fetches);
            ASSERT_TRUE(before.ok()) << c.name << ": the float model: " << before.status().toString();
            auto after = run(g, c.inputs, fetches);
            ++compared;
            ASSERT_TRUE(after.ok()) << c.name << ": " << after.status().toString();
            for (size_t i = 0; i < fetches.size(); ++i) {
                double cos = cosine((*after)[i], (*before)[i]);
                EXPECT_GE(cos, 0.99) << c.name << " " << fetches[i];
                std::printf("[quantize_nodes] %s %s %s: %d eight-bit ops, cosine %.5f\n", folder.c_str(), c.name.c_str(),
                            fetches[i].c_str(), quantized, cos);
            }
        }
    }
    EXPECT_EQ(compared, 26);  // every reference case with float outputs in these graphs
}

TEST(QuantizeNodes, TrainedFakeQuantRangesReplaceDynamicRanges) {
    // x -> Conv2D -> BiasAdd -> FakeQuantWithMinMaxVars(-3, 5) -> Relu -> out
    tensorflow::GraphDef g;
    addPlaceholder(&g, "x");
    addConst(&g, "w", randomFloat({3, 3, 2, 4}, 41, 0.3));
    addConst(&g, "b", randomFloat({4}, 42, 0.1));
    auto* conv = addNode(&g, "conv", "Conv2D", {"x", "w"});
    setInts(conv, "strides", {1, 1, 1, 1});
    (*conv->mutable_attr())["padding"].set_s("SAME");
    addNode(&g, "bias", "BiasAdd", {"conv", "b"});
    addConst(&g, "fq_min", Tensor::scalar<float>(tensorflow::DT_FLOAT, -3.f));
    addConst(&g, "fq_max", Tensor::scalar<float>(tensorflow::DT_FLOAT, 5.f));
    addNode(&g, "fq", "FakeQuantWithMinMaxVars", {"bias", "fq_min", "fq_max"}, true);
    addNode(&g, "out", "Relu", {"fq"});
    const auto original = g;
    ASSERT_TRUE(runPasses(&g, "quantize_nodes", "x", "out").ok());
    EXPECT_EQ(countOp(g, "FakeQuantWithMinMaxVars"), 0);
    EXPECT_EQ(countOp(g, "RequantizationRange"), 1);  // only the conv's; the BiasAdd uses the trained range
    const auto* requant = findNode(g, "bias/eightbit/requantize");
    ASSERT_NE(requant, nullptr);
    auto lo = transforms::constValue(*findNode(g, transforms::nodeName(requant->input(3))));
    auto hi = transforms::constValue(*findNode(g, transforms::nodeName(requant->input(4))));
    ASSERT_TRUE(lo.ok() && hi.ok());
    EXPECT_FLOAT_EQ(lo->data<float>()[0], -3.f);
    EXPECT_FLOAT_EQ(hi->data<float>()[0], 5.f);
    EXPECT_EQ(findNode(g, "out/eightbit")->input(0), "bias/eightbit/requantize");  // Relu stays eight-bit
    Tensor x = randomFloat({1, 6, 5, 2}, 43);
    auto before = run(original, {{"x:0", x}}, {"out:0"});
    auto after = run(g, {{"x:0", x}}, {"out:0"});
    ASSERT_TRUE(before.ok()) << before.status().toString();
    ASSERT_TRUE(after.ok()) << after.status().toString();
    EXPECT_GE(cosine((*after)[0], (*before)[0]), 0.99);
    EXPECT_LE(maxAbsDiff((*after)[0], (*before)[0]), 8.0 / 255 * 1.5);  // within ~one trained step
}
