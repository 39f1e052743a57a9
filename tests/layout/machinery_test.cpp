// Training machinery left out of the first picture of TF1 training graphs.
#include <gtest/gtest.h>

#include "core/formats/loader.h"
#include "core/layout/machinery.h"
#include "core/layout/visible_graph.h"
#include "tests/common/test_paths.h"

namespace tfs::layout {
namespace {

struct Loaded {
    Model model;
    std::unique_ptr<GraphIndex> index;
};

Loaded load(const std::string& folder) {
    auto model = loadModel(test::sharedModel(folder));
    EXPECT_TRUE(model.ok()) << model.status().toString();
    Loaded out{std::move(model).value(), nullptr};
    out.index = std::make_unique<GraphIndex>(*out.model.graph());
    return out;
}

int findNode(const GraphIndex& index, const std::string& name) { return index.find(name); }

TEST(Machinery, HidesTrainingAndSavingButKeepsTheModel) {
    TFS_REQUIRE_SHARED_MODELS();
    auto m = load("mlnet__mnist_conv_model");
    const GraphIndex& index = *m.index;
    auto hidden = trainingMachinery(index);
    ASSERT_EQ(hidden.size(), size_t(index.size()));
    EXPECT_GT(countMarked(hidden), index.size() / 2);  // most of a training export is machinery
    for (const char* kept : {"Features", "Conv2D", "Relu", "Prediction", "Variable", "Variable/read"})
        EXPECT_FALSE(hidden[size_t(findNode(index, kept))]) << kept;
    for (const char* gone : {"Variable/Assign", "Variable/Momentum", "save/SaveV2", "init"}) {
        int n = findNode(index, gone);
        if (n >= 0) {
            EXPECT_TRUE(hidden[size_t(n)]) << gone;
        }
    }
    // With the machinery gone, variables fold into their consumers again: the picture is the model.
    VisibleGraph all = buildVisibleGraph(index, allScopes(index));
    VisibleGraph clean = buildVisibleGraph(index, allScopes(index), true, kDefaultMaxControlFanIn, &hidden);
    EXPECT_LT(clean.items.size() * 4, all.items.size());
    EXPECT_GE(clean.itemOfNode[size_t(findNode(index, "Conv2D"))], 0);
    EXPECT_EQ(clean.itemOfNode[size_t(findNode(index, "Variable"))], clean.itemOfNode[size_t(findNode(index, "Conv2D"))]);
    EXPECT_EQ(clean.itemOfNode[size_t(findNode(index, "Variable/Assign"))], -1);
}

TEST(Machinery, InferenceGraphsLoseNothing) {
    TFS_REQUIRE_SHARED_MODELS();
    auto m = load("utensor__cifar10_cnn");
    EXPECT_EQ(countMarked(trainingMachinery(*m.index)), 0);
}

TEST(Machinery, ExpandingTheBiggestScopeOfTfxShowsMore) {
    TFS_REQUIRE_SHARED_MODELS();
    auto m = load("tfx__estimator_ckpt");
    const GraphIndex& index = *m.index;
    auto hidden = trainingMachinery(index);
    auto expanded = initialExpansion(index, 250, &hidden);
    VisibleGraph before = buildVisibleGraph(index, expanded, true, kDefaultMaxControlFanIn, &hidden);
    int best = -1;
    for (size_t i = 0; i < before.items.size(); ++i)
        if (before.items[i].kind == VisibleItem::Kind::Scope &&
            (best < 0 || before.items[i].nodeCount > before.items[size_t(best)].nodeCount))
            best = int(i);
    ASSERT_GE(best, 0);
    std::string scope = before.items[size_t(best)].scope;
    expanded.insert(scope);
    VisibleGraph after = buildVisibleGraph(index, expanded, true, kDefaultMaxControlFanIn, &hidden);
    EXPECT_GT(after.items.size(), before.items.size()) << scope << " nodeCount " << before.items[size_t(best)].nodeCount;
}

}  // namespace
}  // namespace tfs::layout
