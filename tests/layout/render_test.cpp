// The SVG writer and function bodies as graphs, on real models.
#include <gtest/gtest.h>

#include <cmath>
#include <regex>
#include <sstream>

#include "tests/common/test_paths.h"
#include "core/layout/function_graph.h"
#include "core/layout/graph_layout.h"
#include "core/layout/svg_writer.h"
#include "core/layout/visible_graph.h"
#include "core/formats/loader.h"
#include "core/util/file.h"

namespace tfs::layout {
namespace {

size_t countOf(const std::string& text, const std::string& needle) {
    size_t n = 0;
    for (size_t p = text.find(needle); p != std::string::npos; p = text.find(needle, p + 1)) ++n;
    return n;
}

TEST(Render, SvgHasOneGroupPerBoxAndContainsTheLayout) {
    TFS_REQUIRE_SHARED_MODELS();
    const std::string model = test::sharedModel("utensor__cifar10_cnn") + "/cifar10_cnn.pb";
    auto loaded = loadModel(model);
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    GraphIndex index(*loaded->graph());
    LayoutInput input;
    input.graph = buildVisibleGraph(index, initialExpansion(index), true);
    for (size_t i = 0; i < input.graph.items.size(); ++i) input.itemSizes.push_back(estimateItemSize(input.graph, index, int(i)));
    auto result = layoutGraph(input);
    ASSERT_TRUE(result.ok()) << result.status().message();
    for (const RectF& r : result->items) {  // every box inside the picture's bounds
        EXPECT_GE(r.x, -0.5);
        EXPECT_GE(r.y, -0.5);
        EXPECT_LE(r.x + r.width, result->width + 0.5);
        EXPECT_LE(r.y + r.height, result->height + 0.5);
    }
    const std::string svg = toSvg(input, *result, index, 2.0);
    EXPECT_EQ(countOf(svg, "<g><title>"), input.graph.items.size());
    std::smatch m;
    ASSERT_TRUE(std::regex_search(svg, m, std::regex("width=\"([0-9.]+)\" height=\"([0-9.]+)\" viewBox=\"([-0-9.]+) ([-0-9.]+) ([0-9.]+) ([0-9.]+)\"")));
    const double vx = std::stod(m[3]), vy = std::stod(m[4]), vw = std::stod(m[5]), vh = std::stod(m[6]);
    EXPECT_LE(vx, 0);
    EXPECT_LE(vy, 0);
    EXPECT_GE(vx + vw, result->width);
    EXPECT_GE(vy + vh, result->height);
    EXPECT_NEAR(std::stod(m[1]), std::ceil(vw * 2), 1.0);  // --scale multiplies the document size
    EXPECT_NEAR(std::stod(m[2]), std::ceil(vh * 2), 1.0);
    EXPECT_EQ(xmlEscape("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
}

TEST(Render, FunctionBodyOfTf2SavedModel) {
    TFS_REQUIRE_SHARED_MODELS();
    const std::string model = test::sharedModel("rust__keras_single_input_saved_model");
    auto loaded = loadModel(model);
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    ASSERT_GT(loaded->graph()->library().function_size(), 0);
    // The largest function body.
    const tensorflow::FunctionDef* biggest = nullptr;
    for (const auto& f : loaded->graph()->library().function())
        if (!biggest || f.node_def_size() > biggest->node_def_size()) biggest = &f;
    auto body = functionBodyGraph(*biggest);
    EXPECT_EQ(body->node_size(), biggest->node_def_size() + biggest->signature().input_arg_size() +
                                     int(biggest->ret().size()) + (biggest->control_ret().empty() ? 0 : 1));
}

TEST(VisibleGraphControl, SinksWithManyControlInputsAreNotDrawn) {
    tensorflow::GraphDef g;
    for (int i = 0; i < 10; ++i) {
        auto* n = g.add_node();
        n->set_name("op" + std::to_string(i));
        n->set_op("AssignVariableOp");
    }
    auto* sink = g.add_node();
    sink->set_name("init");
    sink->set_op("NoOp");
    for (int i = 0; i < 10; ++i) sink->add_input("^op" + std::to_string(i));
    auto* few = g.add_node();
    few->set_name("after");
    few->set_op("NoOp");
    few->add_input("^op0");
    few->add_input("^op1");
    GraphIndex index(g);
    VisibleGraph hidden = buildVisibleGraph(index, {}, true, 6);
    EXPECT_EQ(hidden.edges.size(), 2u);  // only the two into "after"
    EXPECT_EQ(hidden.items[size_t(hidden.itemOfNode[size_t(index.find("init"))])].hiddenControlInputs, 10);
    VisibleGraph all = buildVisibleGraph(index, {}, true, 0);
    EXPECT_EQ(all.edges.size(), 12u);
    EXPECT_EQ(all.items[size_t(all.itemOfNode[size_t(index.find("init"))])].hiddenControlInputs, 0);
}

}  // namespace
}  // namespace tfs::layout
