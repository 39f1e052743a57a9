// Graphviz layout and visible-graph tests on generated graphs and a real 2,502-node model.
#include <google/protobuf/text_format.h>
#include <gtest/gtest.h>

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <dirent.h>
#include <fstream>
#include <thread>

#include "tests/common/test_paths.h"
#include "core/layout/dot_writer.h"
#include "core/layout/graph_layout.h"
#include "core/layout/visible_graph.h"
#include "core/util/file.h"

namespace tfs::layout {
namespace {

// blocks x layers of "block<i>/layer<j>/{MatMul,BiasAdd,Relu}" chained in order, plus one control edge.
tensorflow::GraphDef chainGraph(int blocks, int layers) {
    tensorflow::GraphDef g;
    auto* in = g.add_node();
    in->set_name("input");
    in->set_op("Placeholder");
    std::string prev = "input";
    for (int b = 0; b < blocks; ++b)
        for (int l = 0; l < layers; ++l) {
            std::string scope = "block" + std::to_string(b) + "/layer" + std::to_string(l) + "/";
            const char* ops[] = {"MatMul", "BiasAdd", "Relu"};
            for (const char* op : ops) {
                auto* n = g.add_node();
                n->set_name(scope + op);
                n->set_op(op);
                n->add_input(prev);
                prev = n->name();
            }
        }
    auto* out = g.add_node();
    out->set_name("output");
    out->set_op("Identity");
    out->add_input(prev);
    out->add_input("^input");
    return g;
}

bool finite(double v) { return v == v && v > -1e9 && v < 1e9; }

TEST(VisibleGraph, CollapsedScopesHideTheirNodes) {
    auto def = chainGraph(3, 2);  // 1 + 18 + 1 nodes
    GraphIndex index(def);
    VisibleGraph none = buildVisibleGraph(index, {});
    // input, output, block0..2 collapsed
    ASSERT_EQ(none.items.size(), 5u);
    EXPECT_EQ(none.clusters.size(), 0u);
    int scopeItem = none.findScopeItem("block1");
    ASSERT_GE(scopeItem, 0);
    EXPECT_EQ(none.items[size_t(scopeItem)].nodeCount, 6);
    EXPECT_EQ(none.items[size_t(scopeItem)].opMix.at("Relu"), 2);
    // Edges: input->block0, block0->block1, block1->block2, block2->output, input->output (control).
    EXPECT_EQ(none.edges.size(), 5u);
    int controls = 0;
    for (const auto& e : none.edges) controls += e.control ? 1 : 0;
    EXPECT_EQ(controls, 1);

    VisibleGraph all = buildVisibleGraph(index, allScopes(index));
    EXPECT_EQ(all.items.size(), size_t(index.size()));
    EXPECT_EQ(all.clusters.size(), 3u + 6u);
    EXPECT_EQ(countVisibleItems(index, allScopes(index)), index.size());
    for (size_t c = 0; c < all.clusters.size(); ++c) EXPECT_LT(all.clusters[c].parent, int(c));

    VisibleGraph one = buildVisibleGraph(index, {"block1"});
    EXPECT_EQ(one.items.size(), 4u + 2u);
    EXPECT_GE(one.findCluster("block1"), 0);
    EXPECT_GE(one.findScopeItem("block1/layer0"), 0);
}

TEST(VisibleGraph, InitialExpansionRespectsBudget) {
    auto def = chainGraph(20, 10);  // 602 nodes
    GraphIndex index(def);
    auto small = initialExpansion(index, 50);
    EXPECT_LE(countVisibleItems(index, small), 50);
    EXPECT_FALSE(small.empty());
    auto everything = initialExpansion(index, 10000);
    EXPECT_EQ(everything, allScopes(index));
}

TEST(VisibleGraph, FoldsWeightChainsIntoTheirConsumer) {
    tensorflow::GraphDef g;
    auto add = [&](const std::string& name, const std::string& op, std::vector<std::string> inputs) {
        auto* n = g.add_node();
        n->set_name(name);
        n->set_op(op);
        for (auto& i : inputs) n->add_input(i);
    };
    add("x", "Placeholder", {});
    add("w", "Const", {});
    add("w/read", "Identity", {"w"});
    add("mm", "MatMul", {"x", "w/read"});
    add("shared", "Const", {});  // two consumers: stays visible
    add("a", "Add", {"mm", "shared"});
    add("b", "Mul", {"a", "shared"});
    GraphIndex index(g);
    auto fold = weightFolding(index);
    EXPECT_EQ(fold[size_t(index.find("w"))], index.find("mm"));
    EXPECT_EQ(fold[size_t(index.find("w/read"))], index.find("mm"));
    EXPECT_EQ(fold[size_t(index.find("shared"))], -1);
    EXPECT_EQ(fold[size_t(index.find("x"))], -1);
    VisibleGraph vg = buildVisibleGraph(index, allScopes(index));
    EXPECT_EQ(vg.items.size(), 5u);  // x, mm, shared, a, b
    int mm = vg.itemOfNode[size_t(index.find("mm"))];
    EXPECT_EQ(vg.itemOfNode[size_t(index.find("w"))], mm);
    EXPECT_EQ(vg.items[size_t(mm)].folded, 2);
    VisibleGraph unfolded = buildVisibleGraph(index, allScopes(index), false);
    EXPECT_EQ(unfolded.items.size(), 7u);
}

TEST(VisibleGraph, EnclosingScopes) {
    EXPECT_EQ(enclosingScopes("a/b/c"), (std::vector<std::string>{"a", "a/b"}));
    EXPECT_TRUE(enclosingScopes("top").empty());
}

TEST(GraphLayout, BoxesDoNotOverlapAndEdgesHaveArrows) {
    auto def = chainGraph(2, 2);
    GraphIndex index(def);
    LayoutInput input;
    input.graph = buildVisibleGraph(index, allScopes(index));
    for (size_t i = 0; i < input.graph.items.size(); ++i) input.itemSizes.push_back({100, 30});
    auto result = layoutGraph(input);
    ASSERT_TRUE(result.ok()) << result.status().toString();
    ASSERT_EQ(result->items.size(), input.graph.items.size());
    ASSERT_EQ(result->edges.size(), input.graph.edges.size());
    ASSERT_EQ(result->clusters.size(), input.graph.clusters.size());
    for (size_t i = 0; i < result->items.size(); ++i) {
        const RectF& a = result->items[i];
        EXPECT_NEAR(a.width, 100, 1);
        EXPECT_NEAR(a.height, 30, 1);
        EXPECT_TRUE(finite(a.x) && finite(a.y));
        EXPECT_GE(a.x, -1);
        EXPECT_GE(a.y, -1);
        EXPECT_LE(a.x + a.width, result->width + 1);
        EXPECT_LE(a.y + a.height, result->height + 1);
        for (size_t j = i + 1; j < result->items.size(); ++j) {
            const RectF& b = result->items[j];
            bool overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
            EXPECT_FALSE(overlap) << i << " overlaps " << j;
        }
    }
    // A chain laid out top to bottom: the input is above the output.
    int in = input.graph.itemOfNode[size_t(index.find("input"))];
    int out = input.graph.itemOfNode[size_t(index.find("output"))];
    EXPECT_LT(result->items[size_t(in)].y, result->items[size_t(out)].y);
    for (const EdgeRoute& e : result->edges) {
        EXPECT_GE(e.bezier.size(), 4u);
        EXPECT_EQ((e.bezier.size() - 1) % 3, 0u);
        EXPECT_TRUE(e.hasArrow);
    }
    // Each node lies inside the boxes of its clusters.
    for (size_t i = 0; i < input.graph.items.size(); ++i) {
        for (int c = input.graph.items[i].cluster; c >= 0; c = input.graph.clusters[size_t(c)].parent) {
            const RectF& box = result->clusters[size_t(c)];
            const RectF& item = result->items[i];
            EXPECT_GE(item.x, box.x - 0.5);
            EXPECT_LE(item.x + item.width, box.x + box.width + 0.5);
        }
    }
}

TEST(GraphLayout, EdgeLabelsArePlaced) {
    auto def = chainGraph(1, 1);
    GraphIndex index(def);
    LayoutInput input;
    input.graph = buildVisibleGraph(index, allScopes(index));
    input.edgeLabels.assign(input.graph.edges.size(), "float32[?,10]");
    auto result = layoutGraph(input);
    ASSERT_TRUE(result.ok()) << result.status().toString();
    for (const EdgeRoute& e : result->edges) EXPECT_TRUE(e.hasLabel);
}

TEST(GraphLayout, RejectsMismatchedSizes) {
    auto def = chainGraph(1, 1);
    GraphIndex index(def);
    LayoutInput input;
    input.graph = buildVisibleGraph(index, {});
    input.itemSizes.resize(input.graph.items.size() + 1);
    auto result = layoutGraph(input);
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.status().code(), StatusCode::InvalidArgument);
}

TEST(GraphLayout, CancelledBeforeStartReturnsCancelled) {
    auto def = chainGraph(2, 2);
    GraphIndex index(def);
    LayoutInput input;
    input.graph = buildVisibleGraph(index, {});
    WorkContext work;
    work.cancel.cancel();
    auto result = layoutGraph(input, {}, work);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.status().code(), StatusCode::Cancelled);
}

TEST(GraphLayout, ConcurrentCallersAreSerialised) {
    auto def = chainGraph(4, 3);
    GraphIndex index(def);
    LayoutInput input;
    input.graph = buildVisibleGraph(index, allScopes(index));
    std::vector<std::thread> threads;
    std::vector<int> ok(4, 0);
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] { ok[size_t(t)] = layoutGraph(input).ok() ? 1 : 0; });
    for (auto& t : threads) t.join();
    for (int v : ok) EXPECT_EQ(v, 1);
}

// The processes whose parent is this one, from /proc/<pid>/stat.
std::vector<pid_t> childProcesses() {
    std::vector<pid_t> out;
    DIR* dir = opendir("/proc");
    if (!dir) return out;
    while (dirent* e = readdir(dir)) {
        pid_t pid = pid_t(std::atoi(e->d_name));
        if (pid <= 0) continue;
        std::ifstream in(std::string("/proc/") + e->d_name + "/stat");
        std::string line;
        if (!std::getline(in, line) || line.rfind(')') == std::string::npos) continue;
        char state = 0;
        int ppid = 0;
        if (std::sscanf(line.c_str() + line.rfind(')') + 1, " %c %d", &state, &ppid) == 2 && ppid == getpid())
            out.push_back(pid);
    }
    closedir(dir);
    return out;
}

TEST(GraphLayout, StuckChildIsStoppedAndRetried) {
    // A child frozen mid-layout (as one deadlocked on a lock inherited at fork would be) must not
    // hang the caller: it is killed after the no-progress limit and the next attempt lays out.
    auto def = chainGraph(12, 8);
    GraphIndex index(def);
    LayoutInput input;
    input.graph = buildVisibleGraph(index, allScopes(index));
    Result<LayoutResult> result = internalError("not run");
    std::atomic<bool> finished{false};
    std::thread worker([&] {
        result = layoutGraph(input);
        finished = true;
    });
    pid_t frozen = 0;
    const auto start = std::chrono::steady_clock::now();
    while (!frozen && !finished) {
        for (pid_t child : childProcesses())
            if (kill(child, SIGSTOP) == 0) frozen = child;
        if (!frozen) std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    worker.join();
    ASSERT_NE(frozen, 0) << "the layout finished before its child could be frozen";
    ASSERT_TRUE(result.ok()) << result.status().toString();
    EXPECT_EQ(result->items.size(), input.graph.items.size());
    EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::seconds(9));
}

TEST(GraphLayout, EmptyGraph) {
    LayoutInput input;
    auto result = layoutGraph(input);
    ASSERT_TRUE(result.ok()) << result.status().toString();
    EXPECT_TRUE(result->items.empty());
}

// Graphviz orders subgraphs by ID; with its default IDs (addresses of interned names) the same
// clusters came out in a different place whenever the heap looked different (e.g. a longer
// command line). The layout must depend on the graph alone.
TEST(GraphLayout, SameGraphSamePictureWhateverTheHeapHolds) {
    TFS_REQUIRE_SHARED_MODELS();
    auto text = readFile(test::sharedModel("tfx__estimator_ckpt") + "/graph.pbtxt");
    ASSERT_TRUE(text.ok()) << text.status().toString();
    tensorflow::GraphDef def;
    ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(*text, &def));
    GraphIndex index(def);
    LayoutInput input;
    input.graph = buildVisibleGraph(index, initialExpansion(index));
    ASSERT_GT(input.graph.clusters.size(), 10u);
    for (size_t i = 0; i < input.graph.items.size(); ++i)
        input.itemSizes.push_back(estimateItemSize(input.graph, index, int(i)));
    auto first = layoutGraph(input);
    ASSERT_TRUE(first.ok()) << first.status().toString();
    // Small blocks freed in a scrambled order: the forked child's next small allocations (the
    // interned names) come back from them in an address order unrelated to creation order.
    std::vector<void*> blocks;
    for (int i = 0; i < 20000; ++i) blocks.push_back(std::malloc(size_t(16 + (i % 6) * 8)));
    for (size_t i = 0; i < blocks.size(); ++i) std::swap(blocks[i], blocks[(i * 7919 + 13) % blocks.size()]);
    for (void* b : blocks) std::free(b);
    auto second = layoutGraph(input);
    ASSERT_TRUE(second.ok()) << second.status().toString();
    EXPECT_EQ(first->width, second->width);
    ASSERT_EQ(first->clusters.size(), second->clusters.size());
    int moved = 0;
    for (size_t i = 0; i < first->clusters.size(); ++i)
        moved += first->clusters[i].x != second->clusters[i].x || first->clusters[i].y != second->clusters[i].y;
    for (size_t i = 0; i < first->items.size(); ++i)
        moved += first->items[i].x != second->items[i].x || first->items[i].y != second->items[i].y;
    EXPECT_EQ(moved, 0);
}

TEST(GraphLayout, RealModelCollapsedAndExpanded) {
    TFS_REQUIRE_SHARED_MODELS();
    auto text = readFile(test::sharedModel("tfx__estimator_ckpt") + "/graph.pbtxt");
    ASSERT_TRUE(text.ok()) << text.status().toString();
    tensorflow::GraphDef def;
    ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(*text, &def));
    GraphIndex index(def);
    ASSERT_EQ(index.size(), 2502);
    auto expanded = initialExpansion(index);
    LayoutInput input;
    input.graph = buildVisibleGraph(index, expanded);
    EXPECT_LE(input.graph.items.size(), 250u);
    for (size_t i = 0; i < input.graph.items.size(); ++i)
        input.itemSizes.push_back(estimateItemSize(input.graph, index, int(i)));
    auto result = layoutGraph(input);
    ASSERT_TRUE(result.ok()) << result.status().toString();
    EXPECT_GT(result->width, 0);
    // Everything open: all 2,502 nodes get a box (exercises the fast settings).
    LayoutInput all;
    all.graph = buildVisibleGraph(index, allScopes(index), /*foldWeights=*/false);
    EXPECT_EQ(all.graph.items.size(), 2502u);
    auto full = layoutGraph(all);
    ASSERT_TRUE(full.ok()) << full.status().toString();
    EXPECT_EQ(full->items.size(), 2502u);
    // Folding weights hides some Const nodes but every node still maps to a box.
    VisibleGraph folded = buildVisibleGraph(index, allScopes(index));
    EXPECT_LT(folded.items.size(), 2502u);
    for (int item : folded.itemOfNode) EXPECT_GE(item, 0);

    std::string dot = toDot(input.graph, index);
    EXPECT_NE(dot.find("digraph"), std::string::npos);
    EXPECT_NE(dot.find("subgraph cluster_"), std::string::npos);
}

TEST(DotWriter, QuotesSpecialCharacters) {
    EXPECT_EQ(dotQuote("a\"b\\c\nd"), "\"a\\\"b\\\\c\\nd\"");
}

}  // namespace
}  // namespace tfs::layout
