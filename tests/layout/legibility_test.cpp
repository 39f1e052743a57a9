// The initial expansion is chosen for legibility: a layered estimate of crossings and long edges
// (core/layout/legibility.h) keeps tangled scopes closed where a box count would open them.
#include <gtest/gtest.h>

#include "bench/training_graph.h"
#include "core/formats/loader.h"
#include "core/layout/expansion_judge.h"
#include "core/layout/legibility.h"
#include "core/layout/machinery.h"
#include "core/layout/visible_graph.h"
#include "tests/common/test_paths.h"

namespace tfs::layout {
namespace {

TEST(Legibility, ChainHasNoCrossingsAndCompleteBipartiteHasAllOfThem) {
    std::vector<std::pair<int, int>> chain;
    for (int i = 0; i + 1 < 10; ++i) chain.push_back({i, i + 1});
    LegibilityEstimate c = estimateLayers(10, chain);
    EXPECT_EQ(c.crossings, 0);
    EXPECT_EQ(c.edges, 9);
    EXPECT_EQ(c.ranks, 10);
    EXPECT_TRUE(isLegible(c));

    // K(4,4): every order crosses C(4,2) * C(4,2) = 36 times.
    std::vector<std::pair<int, int>> k44;
    for (int a = 0; a < 4; ++a)
        for (int b = 4; b < 8; ++b) k44.push_back({a, b});
    LegibilityEstimate k = estimateLayers(8, k44);
    EXPECT_EQ(k.crossings, 36);
    EXPECT_EQ(k.edges, 16);
    EXPECT_FALSE(isLegible(k));
}

TEST(Legibility, BarycentreUntanglesWhatAnOrderCanUntangle) {
    // 0 -> 3, 1 -> 2 as given crosses once; ordering the lower rank by its parents removes it.
    LegibilityEstimate e = estimateLayers(4, {{0, 3}, {1, 2}});
    EXPECT_EQ(e.crossings, 0);
    // A ladder given in reverse on one side.
    std::vector<std::pair<int, int>> ladder;
    for (int i = 0; i < 6; ++i) ladder.push_back({i, 11 - i});
    EXPECT_EQ(estimateLayers(12, ladder).crossings, 0);
}

TEST(Legibility, LongEdgesAndCyclesAndPins) {
    std::vector<std::pair<int, int>> edges;
    for (int i = 0; i + 1 < 8; ++i) edges.push_back({i, i + 1});
    edges.push_back({0, 7});  // spans 7 ranks
    LegibilityEstimate e = estimateLayers(8, edges);
    EXPECT_EQ(e.longEdges, 1);
    EXPECT_EQ(e.crossings, 0);

    // A cycle is broken, not looped on; duplicates and self-loops are ignored.
    LegibilityEstimate cycle = estimateLayers(3, {{0, 1}, {1, 2}, {2, 0}, {0, 1}, {1, 1}});
    EXPECT_EQ(cycle.edges, 3);
    EXPECT_EQ(cycle.ranks, 3);

    // Pinned nodes are not boxes and sit next to their neighbours: a chain fed from above and read below.
    LegibilityEstimate pinned = estimateLayers(4, {{0, 1}, {1, 2}, {2, 3}}, {Pin::Above, Pin::Free, Pin::Free, Pin::Below});
    EXPECT_EQ(pinned.boxes, 2);
    EXPECT_EQ(pinned.ranks, 4);
    EXPECT_EQ(pinned.longEdges, 0);
}

// input -> a/* (10 nodes) -> every b/* (10 nodes, each reads all of a) -> output, and beside them a chain c/*
// of 25 nodes from input to output.
tensorflow::GraphDef tangledPairBesideChain() {
    tensorflow::GraphDef g;
    auto add = [&](const std::string& name, const std::string& op, const std::vector<std::string>& inputs) {
        auto* n = g.add_node();
        n->set_name(name);
        n->set_op(op);
        for (const auto& i : inputs) n->add_input(i);
    };
    add("input", "Placeholder", {});
    std::vector<std::string> as, bs;
    for (int i = 0; i < 10; ++i) {
        as.push_back("a/p" + std::to_string(i));
        add(as.back(), "Relu", {"input"});
    }
    for (int i = 0; i < 10; ++i) {
        bs.push_back("b/q" + std::to_string(i));
        add(bs.back(), "AddN", as);
    }
    std::string previous = "input";
    for (int i = 0; i < 25; ++i) {
        std::string name = "c/s" + std::to_string(i);
        add(name, "Tanh", {previous});
        previous = name;
    }
    std::vector<std::string> outs = bs;
    outs.push_back(previous);
    add("output", "AddN", outs);
    return g;
}

TEST(Legibility, TangledPairStaysClosedWhereTheChainOpens) {
    const auto def = tangledPairBesideChain();
    GraphIndex index(def);
    ASSERT_EQ(index.size(), 47);

    // A box count of 40 opens the two small tangled scopes and has no room left for the chain.
    const auto byCount = initialExpansion(index, 40, nullptr, nullptr, ExpansionRule::BoxCount);
    EXPECT_EQ(byCount, (std::set<std::string>{"a", "b"}));

    std::vector<std::string> tangled;
    const auto legible = initialExpansion(index, 40, nullptr, &tangled);
    EXPECT_TRUE(legible.count("c"));
    // The second of the pair to be judged would be wired all to all with the first's boxes; the first
    // opens, its ten edges meeting in the other's box.
    EXPECT_FALSE(legible.count("a") && legible.count("b"));
    ASSERT_EQ(tangled.size(), 1u);
    EXPECT_TRUE(tangled[0] == "a" || tangled[0] == "b");
    EXPECT_LE(countVisibleItems(index, legible), 40);

    // The judge's view of "b" after "a" opened: 100 edges crossing C(10,2)^2 times at best.
    ExpansionJudge judge(index, nullptr);
    const NameScope& root = index.scopes();
    EXPECT_TRUE(isLegible(judge.opening(*root.children.at("a"))));
    EXPECT_TRUE(isLegible(judge.opening(*root.children.at("c"))));
    judge.markOpen(*root.children.at("a"));
    LegibilityEstimate b = judge.opening(*root.children.at("b"));
    EXPECT_EQ(b.boxes, 10);
    EXPECT_GE(b.crossings, 45 * 45);
    EXPECT_FALSE(isLegible(b));
}

// Every scope opened on the way reads on its own (the judge's estimate of its inside).
void expectOpenedScopesLegible(const GraphIndex& index, const std::vector<char>* hidden, const std::set<std::string>& expanded) {
    ExpansionJudge judge(index, hidden);
    std::vector<const NameScope*> level{&index.scopes()};
    while (!level.empty()) {  // breadth-first, as initialExpansion opens them
        std::vector<const NameScope*> next;
        for (const NameScope* scope : level)
            for (const auto& [name, child] : scope->children)
                if (expanded.count(child->path)) {
                    const LegibilityEstimate e = judge.opening(*child);
                    EXPECT_TRUE(isLegible(e)) << child->path << ": " << e.crossings << " crossings of " << e.edges << " edges";
                    judge.markOpen(*child);
                    next.push_back(child.get());
                }
        level = std::move(next);
    }
}

TEST(Legibility, TrainingGraphOpensWithinBudgetAndLegibly) {
    for (int n : {11000, 20000}) {
        auto def = bench::TrainingGraphBuilder::build(n);
        GraphIndex index(def);
        auto hidden = trainingMachinery(index);
        std::vector<std::string> tangled;
        const auto legible = initialExpansion(index, 250, &hidden, &tangled);
        VisibleGraph vg = buildVisibleGraph(index, legible, true, kDefaultMaxControlFanIn, &hidden);
        EXPECT_LE(vg.items.size(), 250u) << n;
        EXPECT_GE(vg.items.size(), 200u) << n;  // as detailed as the budget allows: its scopes are not tangles
        EXPECT_TRUE(tangled.empty()) << n << ": " << tangled.front();
        expectOpenedScopesLegible(index, &hidden, legible);
    }
}

TEST(Legibility, RealModelsOpenLegibly) {
    TFS_REQUIRE_SHARED_MODELS();
    // The shared models above 250 nodes whose scopes fit the budget: the estimator graph, its serving
    // export and the MNIST training SavedModel.
    for (const std::string& file : {test::sharedModel("tfx__estimator_ckpt") + "/graph.pbtxt",
                                   test::sharedModel("tfx__estimator_serving_savedmodel") + "/1646034756",
                                   test::sharedModel("mlnet__mnist_conv_model")}) {
        auto model = loadModel(file);
        ASSERT_TRUE(model.ok()) << model.status().toString();
        GraphIndex index(*model->graph());
        auto hidden = trainingMachinery(index);
        const auto expanded = initialExpansion(index, 250, &hidden);
        EXPECT_LE(int(buildVisibleGraph(index, expanded, true, kDefaultMaxControlFanIn, &hidden).items.size()), 250) << file;
        EXPECT_GE(expanded.size(), 3u) << file;
        expectOpenedScopesLegible(index, &hidden, expanded);
    }
}

}  // namespace
}  // namespace tfs::layout
