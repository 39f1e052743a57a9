// The layout worker (startLayoutWorker): the same pictures as a fork of this process, cancellation,
// and falling back to forking when the worker is gone. One test, in order: the worker is process-wide.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <dirent.h>
#include <fstream>
#include <thread>

#include "core/layout/graph_layout.h"
#include "core/layout/layout_process.h"
#include "core/layout/visible_graph.h"

namespace tfs::layout {
namespace {

// A chain of `blocks` scopes of three ops each, with a skip edge per block.
LayoutInput chainInput(int blocks, tensorflow::GraphDef& def) {
    std::string prev = "input";
    def.add_node()->set_name(prev);
    def.mutable_node(0)->set_op("Placeholder");
    for (int b = 0; b < blocks; ++b)
        for (const char* op : {"MatMul", "BiasAdd", "Relu"}) {
            auto* n = def.add_node();
            n->set_name("block" + std::to_string(b) + "/" + op);
            n->set_op(op);
            n->add_input(prev);
            if (b > 1 && std::string(op) == "MatMul") n->add_input("block" + std::to_string(b - 2) + "/Relu");
            prev = n->name();
        }
    static std::vector<std::unique_ptr<GraphIndex>> indexes;  // the visible graph refers to node numbers only
    indexes.push_back(std::make_unique<GraphIndex>(def));
    LayoutInput input;
    input.graph = buildVisibleGraph(*indexes.back(), allScopes(*indexes.back()));
    for (size_t i = 0; i < input.graph.items.size(); ++i) input.itemSizes.push_back({90.0 + double(i % 3) * 10, 30});
    input.edgeLabels.assign(input.graph.edges.size(), "float32[?,64]");
    return input;
}

std::vector<pid_t> childrenOfThisProcess() {
    std::vector<pid_t> out;
    DIR* dir = opendir("/proc");
    while (dir) {
        dirent* e = readdir(dir);
        if (!e) break;
        pid_t pid = pid_t(std::atoi(e->d_name));
        if (pid <= 0) continue;
        std::ifstream in(std::string("/proc/") + e->d_name + "/stat");
        std::string line;
        char state = 0;
        int ppid = 0;
        if (std::getline(in, line) && line.rfind(')') != std::string::npos &&
            std::sscanf(line.c_str() + line.rfind(')') + 1, " %c %d", &state, &ppid) == 2 && ppid == getpid())
            out.push_back(pid);
    }
    if (dir) closedir(dir);
    return out;
}

void expectSameLayout(const LayoutResult& a, const LayoutResult& b) {
    EXPECT_EQ(a.width, b.width);
    EXPECT_EQ(a.height, b.height);
    ASSERT_EQ(a.items.size(), b.items.size());
    for (size_t i = 0; i < a.items.size(); ++i) {
        EXPECT_EQ(a.items[i].x, b.items[i].x) << i;
        EXPECT_EQ(a.items[i].y, b.items[i].y) << i;
    }
    ASSERT_EQ(a.edges.size(), b.edges.size());
    for (size_t i = 0; i < a.edges.size(); ++i) {
        EXPECT_EQ(a.edges[i].bezier.size(), b.edges[i].bezier.size()) << i;
        EXPECT_EQ(a.edges[i].hasLabel, b.edges[i].hasLabel) << i;
    }
    ASSERT_EQ(a.clusters.size(), b.clusters.size());
    for (size_t i = 0; i < a.clusters.size(); ++i) EXPECT_EQ(a.clusters[i].width, b.clusters[i].width) << i;
}

TEST(LayoutWorker, SamePicturesCancelAndFallBack) {
    tensorflow::GraphDef smallDef, largeDef;
    const LayoutInput input = chainInput(6, smallDef);
    auto forked = layoutGraph(input);  // no worker yet: a fork of this process
    ASSERT_TRUE(forked.ok()) << forked.status().toString();
    ASSERT_FALSE(layoutWorkerRunning());

    startLayoutWorker();
    ASSERT_TRUE(layoutWorkerRunning());
    const std::vector<pid_t> children = childrenOfThisProcess();
    ASSERT_EQ(children.size(), 1u) << "the worker is the only child";
    auto viaWorker = layoutGraph(input);
    ASSERT_TRUE(viaWorker.ok()) << viaWorker.status().toString();
    expectSameLayout(*forked, *viaWorker);
    EXPECT_TRUE(layoutWorkerRunning());

    // Cancelled mid-layout: the worker's child is killed, the worker stays and serves the next one.
    const LayoutInput large = chainInput(400, largeDef);
    WorkContext work;
    Result<LayoutResult> cancelledResult = internalError("not run");
    std::thread caller([&] { cancelledResult = layoutGraph(large, {}, work); });
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    work.cancel.cancel();
    caller.join();
    ASSERT_FALSE(cancelledResult.ok());
    EXPECT_EQ(cancelledResult.status().code(), StatusCode::Cancelled);
    EXPECT_TRUE(layoutWorkerRunning());
    auto again = layoutGraph(input);
    ASSERT_TRUE(again.ok()) << again.status().toString();
    expectSameLayout(*forked, *again);
    // The cancelled layout ran ~150 ms in the worker's reaped child: well above the 10 ms clock tick
    // (the six-node layouts alone can finish inside one tick and read 0).
    EXPECT_GT(layoutWorkerCpuSeconds(), 0.0);

    // A worker that died (killed, out of memory): layouts fork this process again.
    ASSERT_EQ(kill(children[0], SIGKILL), 0);
    auto afterDeath = layoutGraph(input);
    ASSERT_TRUE(afterDeath.ok()) << afterDeath.status().toString();
    expectSameLayout(*forked, *afterDeath);
    EXPECT_FALSE(layoutWorkerRunning());
    EXPECT_TRUE(childrenOfThisProcess().empty());
}

TEST(LayoutWorker, ErrorsCrossTheSocketAsPhrases) {
    Phrase listed{TFS_PHRASE("Errors", "Graphviz dot failed on %1 items, routing edges as splines, as polylines and without clusters: %2"),
                  {"7"},
                  {phrase(TFS_PHRASE("Errors", "Graphviz crashed (signal %1)"), 11),
                   phrase(TFS_PHRASE("Errors", "Graphviz worker exited with status %1"), 4)}};
    const Status sent = internalError(listed).withContext(TFS_PHRASE("Errors", "reading variable '%1'"), "w");
    const Result<LayoutResult> back = detail::decodeChildResult(detail::encodeChildResult(sent));
    ASSERT_FALSE(back.ok());
    EXPECT_EQ(back.status().code(), StatusCode::Internal);
    EXPECT_EQ(back.status().message(), sent.message());
    ASSERT_EQ(back.status().parts().size(), 2u);
    EXPECT_EQ(back.status().parts()[0].text, sent.parts()[0].text);
    EXPECT_EQ(back.status().parts()[1].text, listed.text);
    ASSERT_EQ(back.status().parts()[1].items.size(), 2u);
    EXPECT_EQ(back.status().parts()[1].items[0].args, std::vector<std::string>{"11"});

    std::string truncated = detail::encodeChildResult(sent);
    truncated.resize(truncated.size() - 3);
    const Result<LayoutResult> bad = detail::decodeChildResult(truncated);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.status().message(), "layout worker sent a bad error");
}

}  // namespace
}  // namespace tfs::layout
