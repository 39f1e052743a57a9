// The guess of a graph's outputs when no signature names them.
#include <google/protobuf/text_format.h>
#include <gtest/gtest.h>

#include "core/formats/loader.h"
#include "core/model/likely_outputs.h"
#include "core/model/model_facts.h"
#include "tests/common/test_paths.h"

namespace tfs {
namespace {

std::vector<std::string> outputsOf(const std::string& pbtxt) {
    tensorflow::GraphDef graph;
    EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(pbtxt, &graph));
    GraphIndex index(graph);
    std::vector<std::string> names;
    for (int i : likelyOutputNodes(index)) names.push_back(index.node(i).name());
    return names;
}

// A tiny training graph: x -> w*x -> loss, with gradients, an optimizer update,
// a global step, a saver and a stray Shape.
constexpr const char* kTrainingGraph = R"(
node { name: "x" op: "Placeholder" }
node { name: "w" op: "VariableV2" }
node { name: "w/read" op: "Identity" input: "w" }
node { name: "pred" op: "Mul" input: "w/read" input: "x" }
node { name: "loss" op: "Square" input: "pred" }
node { name: "loss/Shape" op: "Shape" input: "pred" }
node { name: "gradients/loss_grad/Mul" op: "Mul" input: "loss" input: "pred" }
node { name: "GradientDescent/update_w/ApplyGradientDescent" op: "ApplyGradientDescent" input: "w" input: "gradients/loss_grad/Mul" }
node { name: "global_step" op: "VariableV2" }
node { name: "global_step/add" op: "AddV2" input: "global_step" input: "global_step" }
node { name: "w/Momentum/read" op: "Identity" input: "w" }
node { name: "save/Const" op: "Const" }
node { name: "save/SaveV2" op: "SaveV2" input: "save/Const" input: "w" }
node { name: "init" op: "NoOp" input: "^w" }
node { name: "check/Assert/AssertGuard/Identity" op: "Identity" input: "pred" }
)";

TEST(LikelyOutputs, SkipsTrainingSavingAndVariableOnlyValues) {
    // pred feeds the loss; the loss is read only by gradients, so it is the output.
    EXPECT_EQ(outputsOf(kTrainingGraph), std::vector<std::string>{"loss"});
}

TEST(LikelyOutputs, KeepsShapeOutputsWhenNothingElseIsOne) {
    EXPECT_EQ(outputsOf(R"(node { name: "x" op: "Placeholder" } node { name: "s" op: "Shape" input: "x" })"),
              std::vector<std::string>{"s"});
}

TEST(LikelyOutputs, GraphsWithoutInputsKeepEveryUnconsumedValue) {
    EXPECT_EQ(outputsOf(R"(node { name: "a" op: "Const" } node { name: "b" op: "Neg" input: "a" })"),
              std::vector<std::string>{"b"});
}

TEST(LikelyOutputs, RealTrainingGraphsShowTheirPredictions) {
    TFS_REQUIRE_SHARED_MODELS();
    auto model = loadModel(test::sharedModel("tfx__estimator_ckpt"));
    ASSERT_TRUE(model.ok()) << model.status().toString();
    std::vector<std::string> names;
    for (const auto& spec : computeFacts(*model).outputs) names.push_back(spec.tensorName);
    EXPECT_EQ(names, (std::vector<std::string>{"head/predictions/logistic:0", "head/predictions/probabilities:0",
                                               "head/predictions/str_classes:0"}));

    auto mnist = loadModel(test::sharedModel("mlnet__mnist_conv_model"));
    ASSERT_TRUE(mnist.ok()) << mnist.status().toString();
    names.clear();
    for (const auto& spec : computeFacts(*mnist).outputs) names.push_back(spec.tensorName);
    EXPECT_EQ(names, (std::vector<std::string>{"Loss:0", "Accuracy:0"}));  // no optimizer-slot reads, no gradient Shape
}

}  // namespace
}  // namespace tfs
