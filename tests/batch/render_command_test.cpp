// `tfscope --batch render` through core: SVG and DOT files, expansion, functions, bad arguments.
#include <gtest/gtest.h>

#include <sstream>

#include "tests/common/test_paths.h"
#include "core/batch/batch.h"
#include "core/batch/render_command.h"
#include "core/formats/loader.h"
#include "core/util/file.h"

namespace tfs {
namespace {

int runRender(const std::vector<std::string>& args, std::string* out = nullptr, std::string* err = nullptr) {
    std::ostringstream o, e;
    std::vector<std::string> full = {"render"};
    full.insert(full.end(), args.begin(), args.end());
    int rc = batch::runBatch(full, o, e);
    if (out) *out = o.str();
    if (err) *err = e.str();
    return rc;
}

size_t countOf(const std::string& text, const std::string& needle) {
    size_t n = 0;
    for (size_t p = text.find(needle); p != std::string::npos; p = text.find(needle, p + 1)) ++n;
    return n;
}

TEST(RenderCommand, BatchWritesSvgAndDotAndRejectsBadArguments) {
    TFS_REQUIRE_SHARED_MODELS();
    const std::string dir = test::scratchDir("render");
    const std::string model = test::sharedModel("tfx__estimator_ckpt") + "/graph.pbtxt";
    std::string out, err;
    ASSERT_EQ(runRender({model, "--out", dir + "/tfx.svg"}, &out, &err), 0) << err;
    auto svg = readFile(dir + "/tfx.svg");
    ASSERT_TRUE(svg.ok());
    // Collapsed by default, as the GUI opens it: at most 250 boxes.
    const size_t boxes = countOf(*svg, "<g><title>");
    EXPECT_GT(boxes, 10u);
    EXPECT_LE(boxes, 250u);
    EXPECT_NE(out.find("wrote " + dir + "/tfx.svg: " + std::to_string(boxes) + " boxes"), std::string::npos) << out;

    ASSERT_EQ(runRender({model, "--out", dir + "/tfx.dot", "--expand", "all", "--show-machinery"}, &out, &err), 0) << err;
    auto dot = readFile(dir + "/tfx.dot");
    ASSERT_TRUE(dot.ok());
    EXPECT_NE(dot->find("digraph"), std::string::npos);
    const size_t allClusters = countOf(*dot, "subgraph cluster");
    EXPECT_GT(allClusters, 100u);  // every scope open, save/ and init scopes included

    // By default the training machinery (save/restore, initialisers) is left out, as in the GUI.
    ASSERT_EQ(runRender({model, "--out", dir + "/tfx_model.dot", "--expand", "all"}, &out, &err), 0) << err;
    auto modelOnly = readFile(dir + "/tfx_model.dot");
    ASSERT_TRUE(modelOnly.ok());
    EXPECT_GT(countOf(*modelOnly, "subgraph cluster"), 30u);
    EXPECT_LT(countOf(*modelOnly, "subgraph cluster"), allClusters);
    EXPECT_EQ(modelOnly->find("save/"), std::string::npos);

    ASSERT_EQ(runRender({model, "--out", dir + "/small.svg", "--expand", "20"}, &out, &err), 0) << err;
    auto small = readFile(dir + "/small.svg");
    ASSERT_TRUE(small.ok());
    EXPECT_LT(countOf(*small, "<g><title>"), boxes);  // fewer scopes opened (the top level always shows)

    EXPECT_EQ(runRender({model, "--out", dir + "/x.jpg"}, &out, &err), batch::kExitError);
    EXPECT_NE(err.find(".svg, .png or .dot"), std::string::npos);
    EXPECT_EQ(runRender({model, "--out", dir + "/x.svg", "--expand", "lots"}, &out, &err), batch::kExitError);
    EXPECT_EQ(runRender({model, "--out", dir + "/x.svg", "--scale", "-1"}, &out, &err), batch::kExitError);
    EXPECT_EQ(runRender({model, "--out", dir + "/x.svg", "--function", "no_such_fn"}, &out, &err), batch::kExitError);
    EXPECT_NE(err.find("no function 'no_such_fn'"), std::string::npos) << err;
    EXPECT_EQ(runRender({model, "--out", model}, &out, &err), batch::kExitError);  // never over the input
    // Without the Qt rasteriser (pure core) PNG is refused with a reason.
    batch::setPngRasterizer({});
    EXPECT_EQ(runRender({model, "--out", dir + "/x.png"}, &out, &err), batch::kExitError);
    EXPECT_NE(err.find("PNG output needs"), std::string::npos);
}

TEST(RenderCommand, FunctionBodyOfTf2SavedModel) {
    TFS_REQUIRE_SHARED_MODELS();
    const std::string model = test::sharedModel("rust__keras_single_input_saved_model");
    auto loaded = loadModel(model);
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    const tensorflow::FunctionDef* biggest = nullptr;
    for (const auto& f : loaded->graph()->library().function())
        if (!biggest || f.node_def_size() > biggest->node_def_size()) biggest = &f;
    ASSERT_TRUE(biggest);
    const std::string dir = test::scratchDir("render");
    std::string out, err;
    ASSERT_EQ(runRender({model, "--out", dir + "/fn.svg", "--function", biggest->signature().name()}, &out, &err), 0) << err;
    auto svg = readFile(dir + "/fn.svg");
    ASSERT_TRUE(svg.ok());
    EXPECT_NE(svg->find("_Arg"), std::string::npos);
}

TEST(RenderCommand, EdgesCarryInferredShapesAndInputShapesApply) {
    TFS_REQUIRE_SHARED_MODELS();
    const std::string dir = test::scratchDir("render_shapes");
    const std::string model = test::sharedModel("utensor__cifar10_cnn") + "/cifar10_cnn.pb";
    std::string out, err;
    ASSERT_EQ(runRender({model, "--out", dir + "/c.svg"}, &out, &err), 0) << err;
    auto svg = readFile(dir + "/c.svg");
    ASSERT_TRUE(svg.ok());
    EXPECT_NE(svg->find("float32 [?,29,29,32]"), std::string::npos);

    ASSERT_EQ(runRender({model, "--out", dir + "/c1.svg", "--input-shape", "Placeholder=1,32,32,3"}, &out, &err), 0) << err;
    auto svg1 = readFile(dir + "/c1.svg");
    ASSERT_TRUE(svg1.ok());
    EXPECT_NE(svg1->find("float32 [1,29,29,32]"), std::string::npos);
    EXPECT_EQ(svg1->find("[?,29,29,32]"), std::string::npos);

    EXPECT_EQ(runRender({model, "--out", dir + "/bad.svg", "--input-shape", "Placeholder=1,x"}, &out, &err), 2);
    EXPECT_NE(err.find("'x' is not a dimension"), std::string::npos) << err;
    EXPECT_EQ(runRender({model, "--out", dir + "/bad.svg", "--input-shape", "nope=1"}, &out, &err), 2);
    EXPECT_NE(err.find("nope"), std::string::npos) << err;
}

}  // namespace
}  // namespace tfs
