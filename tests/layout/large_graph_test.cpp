// Large training graphs read at first sight: same-op series collapse into one box, high fan-out sources
// become stubs at their consumers (bench/training_graph.h generates an InceptionV3-class graph).
#include <gtest/gtest.h>

#include "bench/training_graph.h"
#include "core/layout/graph_layout.h"
#include "core/layout/machinery.h"
#include "core/layout/visible_graph.h"

namespace tfs::layout {
namespace {

struct Picture {
    tensorflow::GraphDef def;
    std::unique_ptr<GraphIndex> index;
    std::vector<char> hidden;
};

Picture training(int nodes) {
    Picture p;
    p.def = bench::TrainingGraphBuilder::build(nodes);
    p.index = std::make_unique<GraphIndex>(p.def);
    p.hidden = trainingMachinery(*p.index);
    return p;
}

TEST(LargeGraph, GeneratedTrainingGraphHasTheRequestedSize) {
    for (int n : {1000, 11000, 20000}) {
        auto def = bench::TrainingGraphBuilder::build(n);
        EXPECT_GT(def.node_size(), n * 9 / 10) << n;
        EXPECT_LT(def.node_size(), n * 11 / 10) << n;
        GraphIndex index(def);
        EXPECT_TRUE(index.danglingInputs().empty()) << index.danglingInputs().front();
        EXPECT_TRUE(index.duplicateNames().empty());
    }
}

TEST(LargeGraph, SeriesOfSameOpSiblingsCollapseIntoOneBox) {
    Picture p = training(3000);
    const int add7 = p.index->find("add_7");
    ASSERT_GE(add7, 0);
    EXPECT_EQ(seriesOf(*p.index, add7), "add[0-20]");
    EXPECT_EQ(seriesOf(*p.index, p.index->find("total_loss")), "");
    EXPECT_TRUE(isSeriesPath("add[0-20]"));

    VisibleGraph collapsed = buildVisibleGraph(*p.index, {});
    const int box = collapsed.itemOfNode[size_t(add7)];
    ASSERT_GE(box, 0);
    EXPECT_TRUE(collapsed.items[size_t(box)].series);
    EXPECT_EQ(collapsed.items[size_t(box)].nodeCount, 21);
    EXPECT_EQ(collapsed.itemOfNode[size_t(p.index->find("add"))], box);
    EXPECT_EQ(collapsed.findScopeItem("add[0-20]"), box);

    // Opening the series draws its members in a frame that closes it again.
    VisibleGraph open = buildVisibleGraph(*p.index, {"add[0-20]"});
    EXPECT_EQ(open.findScopeItem("add[0-20]"), -1);
    const int frame = open.findCluster("add[0-20]");
    ASSERT_GE(frame, 0);
    const int member = open.itemOfNode[size_t(add7)];
    ASSERT_GE(member, 0);
    EXPECT_EQ(open.items[size_t(member)].node, add7);
    EXPECT_EQ(open.items[size_t(member)].cluster, frame);
    EXPECT_EQ(int(open.items.size()), int(collapsed.items.size()) + 20);
    EXPECT_EQ(countVisibleItems(*p.index, {}), int(buildVisibleGraph(*p.index, {}, false).items.size()));
    EXPECT_TRUE(allScopes(*p.index).count("add[0-20]"));
}

TEST(LargeGraph, HighFanOutSourcesAreDrawnAsStubs) {
    Picture p = training(11000);
    const auto expanded = initialExpansion(*p.index, 250, &p.hidden);
    VisibleGraph vg = buildVisibleGraph(*p.index, expanded, true, kDefaultMaxControlFanIn, &p.hidden);
    EXPECT_LE(vg.items.size(), 250u);
    const int isTraining = vg.itemOfNode[size_t(p.index->find("is_training"))];
    ASSERT_GE(isTraining, 0);
    EXPECT_TRUE(vg.items[size_t(isTraining)].auxiliary);
    int out = 0;
    for (const auto& e : vg.edges)
        if (e.from == isTraining) {
            ++out;
            EXPECT_TRUE(e.stub);
        }
    EXPECT_GE(out, kStubFanOut);
    // The graph input keeps its edges, stubs never start anywhere else.
    const int input = vg.itemOfNode[size_t(p.index->find("input"))];
    ASSERT_GE(input, 0);
    EXPECT_FALSE(vg.items[size_t(input)].auxiliary);
    for (const auto& e : vg.edges) EXPECT_EQ(e.stub, bool(vg.items[size_t(e.from)].auxiliary));

    // Stubs are not laid out but routed as short arrows into the top of their consumer.
    LayoutInput in;
    in.graph = vg;
    for (size_t i = 0; i < vg.items.size(); ++i) in.itemSizes.push_back(estimateItemSize(vg, *p.index, int(i)));
    auto result = layoutGraph(in);
    ASSERT_TRUE(result.ok()) << result.status().message();
    for (size_t i = 0; i < vg.edges.size(); ++i) {
        if (!vg.edges[i].stub) continue;
        const auto& route = result->edges[i];
        const auto& to = result->items[size_t(vg.edges[i].to)];
        ASSERT_EQ(route.bezier.size(), 4u);
        EXPECT_NEAR(route.arrowTip.y, to.y, 0.01);
        EXPECT_GE(route.arrowTip.x, to.x);
        EXPECT_LE(route.arrowTip.x, to.x + to.width);
        EXPECT_TRUE(route.hasLabel);
    }
}

}  // namespace
}  // namespace tfs::layout
