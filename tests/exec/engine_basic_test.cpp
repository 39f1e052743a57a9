// Engine basics: pruning, feeds and placeholders, unsupported ops, Switch/Merge with
// dead branches, the thread pool.
#include <atomic>
#include <gtest/gtest.h>

#include "core/exec/session.h"
#include "core/exec/thread_pool.h"
#include "engine_test_graphs.h"
#include "tests/common/test_paths.h"

namespace tfs::exec {
namespace {

tensorflow::GraphDef fixture(const std::string& name) {
    tensorflow::GraphDef g;
    EXPECT_TRUE(test::readTextGraph(test::fixturesDir() + "/exec/" + name, &g)) << name;
    return g;
}

Tensor vec3(float a, float b, float c) {
    Tensor t(tensorflow::DT_FLOAT, {3});
    t.data<float>()[0] = a;
    t.data<float>()[1] = b;
    t.data<float>()[2] = c;
    return t;
}

TEST(EngineBasic, PrunesToWhatFetchesNeed) {
    auto session = Session::create(fixture("prune.pbtxt"), nullptr);
    ASSERT_TRUE(session.ok()) << session.status().toString();
    // c needs only a: b (unfed) and d (unsupported op Foo) are pruned away.
    auto out = (*session)->run({{"a", vec3(1, 2, 3)}}, {"c:0"});
    ASSERT_TRUE(out.ok()) << out.status().toString();
    ASSERT_EQ(out->size(), 1u);
    EXPECT_EQ((*out)[0].data<float>()[2], 3.f);
}

TEST(EngineBasic, ControlDependencyOnAFedNodeIsSatisfiedByTheFeed) {
    // TF rewires control edges of a fed node to the feed: the placeholder must not run.
    tensorflow::GraphDef g;
    auto* x = test::addNode(g, "x", "Placeholder");
    test::setType(x, "dtype", tensorflow::DT_FLOAT);
    test::addConst(g, "k", test::scalarF32(2.f), {"^x"});
    test::setType(test::addNode(g, "y", "Mul", {"x", "k"}), "T", tensorflow::DT_FLOAT);
    auto session = Session::create(g, nullptr);
    ASSERT_TRUE(session.ok()) << session.status().toString();
    auto out = (*session)->run({{"x", vec3(1, 2, 3)}}, {"y:0"});
    ASSERT_TRUE(out.ok()) << out.status().toString();
    EXPECT_EQ((*out)[0].data<float>()[2], 6.f);
}

TEST(EngineBasic, NamesUnsupportedNodeBeforeRunning) {
    auto session = Session::create(fixture("prune.pbtxt"), nullptr);
    ASSERT_TRUE(session.ok());
    auto out = (*session)->run({{"b", vec3(1, 2, 3)}}, {"e"});
    ASSERT_FALSE(out.ok());
    EXPECT_NE(out.status().message().find("node 'd' (op Foo) is not supported"), std::string::npos) << out.status().message();

    auto all = unsupportedOps(fixture("prune.pbtxt"));
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0], "node 'd' (op Foo) is not supported");
    EXPECT_TRUE(unsupportedOps(fixture("prune.pbtxt"), {"c:0"}).empty());
}

TEST(EngineBasic, SeveralUnsupportedNodesAreOneListOfPhrases) {
    // 23 unsupported nodes: the plan's error lists the first 20 and "and 3 more", each item a phrase
    // of its own so the window can translate every one of them.
    tensorflow::GraphDef g;
    std::vector<std::string> names;
    for (int i = 0; i < 23; ++i) names.push_back(test::addNode(g, "u" + std::to_string(i), "NoSuchOp")->name());
    auto* sink = test::addNode(g, "sink", "NoOp");
    for (const auto& n : names) sink->add_input("^" + n);
    auto session = Session::create(g, nullptr);
    ASSERT_TRUE(session.ok());
    auto out = (*session)->run({}, {}, {"sink"});
    ASSERT_FALSE(out.ok());
    const Phrase& list = out.status().parts().back();
    EXPECT_EQ(list.text, "%1 problems: %2");
    EXPECT_EQ(list.args, std::vector<std::string>{"23"});
    ASSERT_EQ(list.items.size(), 21u);
    EXPECT_EQ(list.items[0].text, "node '%1' (op %2) is not supported");
    EXPECT_EQ(list.items[20].english(), "and 3 more");
    EXPECT_NE(out.status().message().find("23 problems: node 'u"), std::string::npos) << out.status().message();
    EXPECT_NE(out.status().message().find("is not supported; node 'u"), std::string::npos) << out.status().message();
}

TEST(EngineBasic, UnfedPlaceholderIsNamed) {
    auto session = Session::create(fixture("prune.pbtxt"), nullptr);
    ASSERT_TRUE(session.ok());
    auto out = (*session)->run({}, {"c"});
    ASSERT_FALSE(out.ok());
    EXPECT_NE(out.status().message().find("placeholder 'a'"), std::string::npos) << out.status().message();
    auto wrongType = (*session)->run({{"a", test::scalarI32(1)}}, {"c"});
    ASSERT_FALSE(wrongType.ok());
    EXPECT_NE(wrongType.status().message().find("expects float32"), std::string::npos) << wrongType.status().message();
    auto unknown = (*session)->run({}, {"nope:0"});
    ASSERT_FALSE(unknown.ok());
    EXPECT_NE(unknown.status().message().find("no node named 'nope'"), std::string::npos);
}

TEST(EngineBasic, IdentityNAndPlaceholderWithDefault) {
    auto session = Session::create(fixture("prune.pbtxt"), nullptr);
    ASSERT_TRUE(session.ok());
    auto out = (*session)->run({{"a", vec3(4, 5, 6)}}, {"n:1", "n:0", "pwd"});
    ASSERT_TRUE(out.ok()) << out.status().toString();
    EXPECT_EQ((*out)[0].data<float>()[0], 4.f);
    EXPECT_EQ((*out)[1].data<float>()[0], 1.f);
    EXPECT_EQ((*out)[2].data<float>()[1], 2.f);
    // Feeding the PlaceholderWithDefault overrides its default; fetching a fed tensor returns it.
    auto fed = (*session)->run({{"pwd", vec3(9, 9, 9)}}, {"pwd:0"});
    ASSERT_TRUE(fed.ok()) << fed.status().toString();
    EXPECT_EQ((*fed)[0].data<float>()[0], 9.f);
}

TEST(EngineBasic, SwitchMergeTakesOneBranch) {
    auto session = Session::create(fixture("cond.pbtxt"), nullptr);
    ASSERT_TRUE(session.ok()) << session.status().toString();
    for (bool p : {true, false}) {
        auto out = (*session)->run({{"p", test::scalarBool(p)}}, {"m:0", "m:1"}, {"after_t"});
        ASSERT_TRUE(out.ok()) << out.status().toString();
        EXPECT_EQ((*out)[0].data<float>()[0], p ? 3.f : 7.f);
        EXPECT_EQ((*out)[1].data<int32_t>()[0], p ? 1 : 0);
    }
}

TEST(EngineBasic, FetchingDeadBranchIsAnError) {
    auto session = Session::create(fixture("cond.pbtxt"), nullptr);
    ASSERT_TRUE(session.ok());
    auto out = (*session)->run({{"p", test::scalarBool(false)}}, {"t2"});
    ASSERT_FALSE(out.ok());
    EXPECT_NE(out.status().message().find("dead"), std::string::npos) << out.status().message();
    auto live = (*session)->run({{"p", test::scalarBool(true)}}, {"t2"});
    ASSERT_TRUE(live.ok()) << live.status().toString();
    EXPECT_EQ((*live)[0].data<float>()[0], 3.f);
}

TEST(EngineBasic, ThreadPoolCoversRangeOnce) {
    for (int threads : {1, 2, 3}) {
        ThreadPool pool(threads);
        std::vector<std::atomic<int>> hits(10007);
        pool.run(10007, 100000, [&](int64_t b, int64_t e) {
            for (int64_t i = b; i < e; ++i) hits[size_t(i)]++;
        });
        for (auto& h : hits) ASSERT_EQ(h.load(), 1);
        // Nested ParallelFor from inside a task must not deadlock.
        std::atomic<int64_t> sum{0};
        pool.run(8, 1000000, [&](int64_t b, int64_t e) {
            for (int64_t i = b; i < e; ++i)
                pool.run(100, 1000000, [&](int64_t b2, int64_t e2) { sum += e2 - b2; });
        });
        EXPECT_EQ(sum.load(), 800);
    }
}

TEST(EngineBasic, CyclesOutsideLoopsAreRejected) {
    tensorflow::GraphDef g;
    test::addNode(g, "a", "Identity", {"b"});
    test::addNode(g, "b", "Identity", {"a"});
    auto session = Session::create(g, nullptr);
    ASSERT_TRUE(session.ok());
    auto out = (*session)->run({}, {"a"});
    ASSERT_FALSE(out.ok());
    EXPECT_NE(out.status().message().find("cycle"), std::string::npos) << out.status().message();
}

}  // namespace
}  // namespace tfs::exec
