// The workbench step API on real models: one pass at a time, what it changed,
// renames, function bodies of TF2 SavedModels, honest sizes, and cancel.

#include <gtest/gtest.h>

#include <algorithm>

#include "core/compare/size_stats.h"
#include "core/formats/loader.h"
#include "core/formats/writers.h"
#include "core/transforms/grammar.h"
#include "core/transforms/graph_utils.h"
#include "core/util/file.h"
#include "core/workbench/step.h"
#include "tests/common/test_paths.h"

using namespace tfs;
using namespace tfs::test;

namespace {

std::shared_ptr<const Model> load(const std::string& folder) {
    auto model = loadModel(sharedModel(folder));
    EXPECT_TRUE(model.ok()) << model.status().toString();
    if (!model.ok()) return nullptr;
    return std::make_shared<const Model>(std::move(model).value());
}

transforms::TransformSpec spec(const std::string& text) {
    auto specs = transforms::parseAndValidateTransforms(text);
    EXPECT_TRUE(specs.ok()) << specs.status().toString();
    EXPECT_EQ(specs.ok() ? specs->size() : 0u, 1u);
    return specs.ok() && !specs->empty() ? specs->front() : transforms::TransformSpec{};
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

TEST(WorkbenchStep, RemoveIdentityListsRemovedNodesAndLeavesTheInputAlone) {
    TFS_REQUIRE_SHARED_MODELS();
    auto original = load("cppflow__load_frozen_graph/model.pb");
    ASSERT_TRUE(original);
    const std::string before = transforms::stableBytes(*original->graph());
    transforms::ModelTransformOptions options;
    options.inputs = {"x"};
    options.outputs = {"Identity"};
    auto step = workbench::applyPass(original, spec("remove_nodes(op=Identity)"), options);
    ASSERT_TRUE(step.ok()) << step.status().toString();
    EXPECT_EQ(transforms::stableBytes(*original->graph()), before);  // the previous revision is untouched
    int identities = 0;
    for (const auto& n : original->graph()->node()) identities += n.op() == "Identity" && n.name() != "Identity";
    EXPECT_EQ(int(step->detail.changes.removed.size()), identities);
    EXPECT_GT(identities, 0);
    for (const auto& name : step->detail.changes.removed) EXPECT_NE(name, "Identity");  // an output is kept
    ASSERT_EQ(step->detail.log.size(), 1u);
    EXPECT_EQ(step->detail.log[0].removed, identities);
    EXPECT_EQ(step->detail.log[0].nodesAfter, step->model->graph()->node_size());
}

TEST(WorkbenchStep, LoopOfStepsIsTransformModel) {
    TFS_REQUIRE_SHARED_MODELS();
    auto original = load("tf2onnx__fc-layers/frozen.pb");
    ASSERT_TRUE(original);
    auto specs = transforms::parseAndValidateTransforms(
        "strip_unused_nodes(type=float, shape=\"1,784\") remove_nodes(op=Identity) fold_constants quantize_weights");
    ASSERT_TRUE(specs.ok());
    transforms::ModelTransformOptions options;
    options.inputs = {"X"};
    options.outputs = {"output"};
    auto steps = workbench::applyPasses(original, *specs, options);
    ASSERT_TRUE(steps.ok()) << steps.status().toString();
    ASSERT_EQ(steps->size(), 4u);
    Model whole = *original;
    transforms::TransformLog log;
    ASSERT_TRUE(transforms::transformModel(&whole, *specs, options, &log).ok());
    EXPECT_EQ(transforms::stableBytes(*whole.graph()), transforms::stableBytes(*steps->back().model->graph()));
    ASSERT_EQ(log.passes.size(), 4u);
    for (size_t i = 0; i < 4; ++i) EXPECT_EQ(log.passes[i].nodesAfter, (*steps)[i].detail.log[0].nodesAfter);
    // quantize_weights changed the big MatMul weights: they are listed as changed or added.
    const auto& q = steps->back().detail.changes;
    EXPECT_FALSE(q.changed.empty() && q.added.empty());
}

TEST(WorkbenchStep, RenamesAreRemappedInEndpointsAndSignatures) {
    TFS_REQUIRE_SHARED_MODELS();
    auto original = load("tf2onnx__regression_saved_model");
    ASSERT_TRUE(original);
    auto step = workbench::applyPass(original, spec("rename_node(old_node_name=pred, new_node_name=prediction)"), {});
    ASSERT_TRUE(step.ok()) << step.status().toString();
    EXPECT_EQ(step->detail.renames.at("pred"), "prediction");
    EXPECT_TRUE(contains(step->detail.options.outputs, "prediction:0"));
    const Signature* sig = chooseSignature(*step->model);
    ASSERT_NE(sig, nullptr);
    ASSERT_EQ(sig->outputs.size(), 1u);
    EXPECT_EQ(sig->outputs[0].tensorName, "prediction:0");
    EXPECT_TRUE(contains(step->detail.changes.added, "prediction"));
    EXPECT_TRUE(contains(step->detail.changes.removed, "pred"));
    // The next step starts from the renamed endpoints.
    auto next = workbench::applyPass(step->model, spec("remove_nodes(op=Identity)"), step->detail.options);
    ASSERT_TRUE(next.ok()) << next.status().toString();
    EXPECT_TRUE(contains(next->detail.options.outputs, "prediction:0"));
}

TEST(WorkbenchStep, Tf2SavedModelPassRewritesFunctionBodies) {
    TFS_REQUIRE_SHARED_MODELS();
    auto original = load("rust__keras_single_input_saved_model");
    ASSERT_TRUE(original);
    auto step = workbench::applyPass(original, spec("remove_nodes(op=Identity)"), {});
    ASSERT_TRUE(step.ok()) << step.status().toString();
    EXPECT_FALSE(step->detail.changedFunctions.empty());
    ASSERT_EQ(step->detail.log.size(), 2u);
    EXPECT_TRUE(step->detail.log[1].functionBodies);
    EXPECT_EQ(step->detail.log[1].changed, int(step->detail.changedFunctions.size()));
    for (const auto& name : step->detail.changedFunctions) {
        bool found = false;
        for (const auto& f : step->model->graph()->library().function()) found = found || f.signature().name() == name;
        EXPECT_TRUE(found) << name;
    }
}

TEST(WorkbenchStep, EditedModelReportsTheBytesItWouldWrite) {
    TFS_REQUIRE_SHARED_MODELS();
    auto original = load("tf2onnx__fc-layers/frozen.pb");
    ASSERT_TRUE(original);
    transforms::ModelTransformOptions options;
    options.inputs = {"X"};
    options.outputs = {"output"};
    auto step = workbench::applyPass(original, spec("quantize_weights"), options);
    ASSERT_TRUE(step.ok()) << step.status().toString();
    const Model& edited = *step->model;
    std::string dir = scratchDir("workbench_sizes");
    std::string out = dir + "/q.pb";
    ASSERT_TRUE(writeGraphDef(out, *edited.graph(), ProtoEncoding::Binary).ok());
    auto written = fileSize(out);
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(edited.sizeBytes, *written);  // what inspect prints
    EXPECT_LT(edited.sizeBytes, original->sizeBytes / 2);
    auto stats = compare::computeSizeStats(edited);
    ASSERT_TRUE(stats.ok()) << stats.status().toString();
    EXPECT_EQ(stats->bytes, *written);  // what compare prints
    auto reloaded = loadModel(out);
    ASSERT_TRUE(reloaded.ok());
    auto reloadedStats = compare::computeSizeStats(*reloaded);
    ASSERT_TRUE(reloadedStats.ok());
    EXPECT_EQ(stats->compressedBytes, reloadedStats->compressedBytes);
    EXPECT_EQ(stats->parameters.total(), reloadedStats->parameters.total());
}

TEST(WorkbenchStep, SavedModelSizeIsTheSavedModelItWouldWrite) {
    TFS_REQUIRE_SHARED_MODELS();
    auto original = load("tf2onnx__regression_saved_model");
    ASSERT_TRUE(original);
    auto step = workbench::applyPass(original, spec("remove_device"), {});
    ASSERT_TRUE(step.ok()) << step.status().toString();
    std::string dir = scratchDir("workbench_saved_model") + "/out";
    ASSERT_TRUE(writeSavedModel(dir, *step->model).ok());
    auto written = fileSize(dir + "/saved_model.pb");
    ASSERT_TRUE(written.ok());
    auto stats = compare::computeSizeStats(*step->model);
    ASSERT_TRUE(stats.ok()) << stats.status().toString();
    bool found = false;
    for (const auto& f : stats->files)
        if (baseName(f.path) == "saved_model.pb") {
            found = true;
            EXPECT_EQ(f.bytes, *written);
        }
    EXPECT_TRUE(found);
}

TEST(WorkbenchStep, CancelledBeforeThePassReturnsCancelled) {
    TFS_REQUIRE_SHARED_MODELS();
    auto original = load("tf2onnx__fc-layers/frozen.pb");
    ASSERT_TRUE(original);
    WorkContext work;
    work.cancel.cancel();
    auto step = workbench::applyPass(original, spec("fold_constants"), {}, work);
    ASSERT_FALSE(step.ok());
    EXPECT_EQ(step.status().code(), StatusCode::Cancelled);
}
