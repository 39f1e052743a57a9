// sameDrawing: when a workbench step may keep the previous picture's layout.
#include <gtest/gtest.h>

#include "core/layout/layout_reuse.h"

namespace tfs::layout {
namespace {

tensorflow::NodeDef* addNode(tensorflow::GraphDef& g, const std::string& name, const std::string& op,
                             std::vector<std::string> inputs = {}) {
    auto* n = g.add_node();
    n->set_name(name);
    n->set_op(op);
    for (auto& i : inputs) n->add_input(i);
    return n;
}

// input -> block/{a,b,c} (collapsed) -> output
tensorflow::GraphDef smallNet(bool extraInsideBlock) {
    tensorflow::GraphDef g;
    addNode(g, "input", "Placeholder");
    addNode(g, "block/a", "MatMul", {"input"});
    if (extraInsideBlock) addNode(g, "block/id", "Identity", {"block/a"});
    addNode(g, "block/b", "BiasAdd", {extraInsideBlock ? "block/id" : "block/a"});
    addNode(g, "block/c", "Relu", {"block/b"});
    addNode(g, "output", "Identity", {"block/c"});
    return g;
}

LayoutInput pictureOf(const GraphIndex& index) {
    LayoutInput input;
    input.graph = buildVisibleGraph(index, {});
    for (size_t i = 0; i < input.graph.items.size(); ++i) input.itemSizes.push_back(estimateItemSize(input.graph, index, int(i)));
    input.edgeLabels.assign(input.graph.edges.size(), "float32");
    return input;
}

TEST(LayoutReuse, AStepInsideACollapsedScopeKeepsTheDrawing) {
    const auto before = smallNet(true), after = smallNet(false);  // remove_nodes(op=Identity) inside block/
    GraphIndex a(before), b(after);
    const LayoutInput pa = pictureOf(a), pb = pictureOf(b);
    ASSERT_EQ(pa.graph.items.size(), 3u);  // input, block (collapsed), output
    EXPECT_NE(a.find("output"), b.find("output"));  // node indices moved: names must be compared
    EXPECT_TRUE(sameDrawing(pa, a, pb, b));
    EXPECT_TRUE(sameDrawing(pb, b, pa, a));
}

TEST(LayoutReuse, ChangedBoxesEdgesOrCaptionsNeedANewLayout) {
    const auto def = smallNet(false);
    GraphIndex index(def);
    const LayoutInput base = pictureOf(index);
    ASSERT_TRUE(sameDrawing(base, index, base, index));

    LayoutInput grown = base;
    grown.itemSizes[0].width += 5;
    EXPECT_FALSE(sameDrawing(base, index, grown, index));
    LayoutInput shrunk = base;
    shrunk.itemSizes[0].width -= 5;
    EXPECT_TRUE(sameDrawing(base, index, shrunk, index));  // a narrower box still fits its old place

    LayoutInput relabelled = base;
    relabelled.edgeLabels[0] = "float32 [?,10]";
    EXPECT_FALSE(sameDrawing(base, index, relabelled, index));

    LayoutInput rewired = base;
    rewired.graph.edges.push_back({0, 2});
    rewired.edgeLabels.push_back("");
    EXPECT_FALSE(sameDrawing(base, index, rewired, index));

    LayoutInput expanded;
    expanded.graph = buildVisibleGraph(index, {"block"});
    for (size_t i = 0; i < expanded.graph.items.size(); ++i)
        expanded.itemSizes.push_back(estimateItemSize(expanded.graph, index, int(i)));
    expanded.edgeLabels.assign(expanded.graph.edges.size(), "float32");
    EXPECT_FALSE(sameDrawing(base, index, expanded, index));
}

TEST(LayoutReuse, ARenamedNodeNeedsANewLayout) {
    auto def = smallNet(false);
    GraphIndex a(def);
    auto renamedDef = def;
    renamedDef.mutable_node(0)->set_name("x");
    renamedDef.mutable_node(1)->set_input(0, "x");
    GraphIndex b(renamedDef);
    EXPECT_FALSE(sameDrawing(pictureOf(a), a, pictureOf(b), b));
}

}  // namespace
}  // namespace tfs::layout
