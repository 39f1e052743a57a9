// TF1 control flow: nested while loops with frames and iterations, constant Enters,
// TensorArrays in a loop, and the real grappler while-loop and tf.cond graphs.
#include <gtest/gtest.h>

#include <set>

#include "core/exec/session.h"
#include "core/util/file.h"
#include "engine_test_graphs.h"
#include "tensorflow/meta_graph.pb.h"
#include "tests/common/test_paths.h"

namespace tfs::exec {
namespace {

using test::addConst;
using test::addNode;

tensorflow::NodeDef* enter(tensorflow::GraphDef& g, const std::string& name, const std::string& input, const std::string& frame,
                           bool constant = false) {
    auto* n = addNode(g, name, "Enter", {input});
    test::setString(n, "frame_name", frame);
    test::setBool(n, "is_constant", constant);
    return n;
}

// One loop variable's plumbing: Enter -> Merge -> Switch -> Identity (body) and Exit.
void loopVar(tensorflow::GraphDef& g, const std::string& p, const std::string& v, const std::string& init, const std::string& frame) {
    enter(g, p + "/Enter_" + v, init, frame);
    addNode(g, p + "/Merge_" + v, "Merge", {p + "/Enter_" + v, p + "/Next_" + v});
    addNode(g, p + "/Switch_" + v, "Switch", {p + "/Merge_" + v, p + "/LoopCond"});
    addNode(g, p + "/Id_" + v, "Identity", {p + "/Switch_" + v + ":1"});
    addNode(g, p + "/Exit_" + v, "Exit", {p + "/Switch_" + v});
}

// total = sum over j < lim of (inner loop that adds 1, j times) = lim*(lim-1)/2.
tensorflow::GraphDef nestedLoops() {
    tensorflow::GraphDef g;
    addNode(g, "lim", "Placeholder");
    test::setType(g.mutable_node(0), "dtype", tensorflow::DT_INT32);
    addConst(g, "j0", test::scalarI32(0));
    addConst(g, "t0", test::scalarI32(0));
    enter(g, "outer/Enter_lim", "lim", "outer", true);
    loopVar(g, "outer", "j", "j0", "outer");
    loopVar(g, "outer", "t", "t0", "outer");
    addNode(g, "outer/Less", "Less", {"outer/Merge_j", "outer/Enter_lim"});
    addNode(g, "outer/LoopCond", "LoopCond", {"outer/Less"});
    addConst(g, "outer/one", test::scalarI32(1), {"^outer/Id_j"});
    addConst(g, "outer/k0", test::scalarI32(0), {"^outer/Id_j"});
    // Inner loop, entered from the outer body.
    const std::string inner = "outer/inner";
    enter(g, inner + "/Enter_lim", "outer/Id_j", inner, true);
    loopVar(g, inner, "k", "outer/k0", inner);
    loopVar(g, inner, "acc", "outer/Id_t", inner);
    addNode(g, inner + "/Less", "Less", {inner + "/Merge_k", inner + "/Enter_lim"});
    addNode(g, inner + "/LoopCond", "LoopCond", {inner + "/Less"});
    addConst(g, inner + "/one", test::scalarI32(1), {"^" + inner + "/Id_k"});
    addNode(g, inner + "/add_k", "AddV2", {inner + "/Id_k", inner + "/one"});
    addNode(g, inner + "/add_acc", "AddV2", {inner + "/Id_acc", inner + "/one"});
    addNode(g, inner + "/Next_k", "NextIteration", {inner + "/add_k"});
    addNode(g, inner + "/Next_acc", "NextIteration", {inner + "/add_acc"});
    addNode(g, "outer/add_j", "AddV2", {"outer/Id_j", "outer/one"});
    addNode(g, "outer/Next_j", "NextIteration", {"outer/add_j"});
    addNode(g, "outer/Next_t", "NextIteration", {inner + "/Exit_acc"});
    for (auto& n : *g.mutable_node())
        if (n.op() != "Const" && n.op() != "Placeholder") test::setType(&n, "T", tensorflow::DT_INT32);
    return g;
}

TEST(EngineLoops, NestedWhileLoops) {
    auto session = Session::create(nestedLoops(), nullptr);
    ASSERT_TRUE(session.ok()) << session.status().toString();
    for (int lim : {0, 1, 5, 12}) {
        auto out = (*session)->run({{"lim", test::scalarI32(lim)}}, {"outer/Exit_t", "outer/Exit_j"});
        ASSERT_TRUE(out.ok()) << out.status().toString();
        EXPECT_EQ((*out)[0].data<int32_t>()[0], lim * (lim - 1) / 2) << "lim " << lim;
        EXPECT_EQ((*out)[1].data<int32_t>()[0], lim);
    }
}

TEST(EngineLoops, NestedWhileLoopsSingleThreaded) {
    SessionOptions options;
    options.threads = 1;
    auto session = Session::create(nestedLoops(), nullptr, {}, options);
    ASSERT_TRUE(session.ok());
    auto out = (*session)->run({{"lim", test::scalarI32(7)}}, {"outer/Exit_t"});
    ASSERT_TRUE(out.ok()) << out.status().toString();
    EXPECT_EQ((*out)[0].data<int32_t>()[0], 21);
}

TEST(EngineLoops, FetchInsideLoopIsRejected) {
    auto session = Session::create(nestedLoops(), nullptr);
    ASSERT_TRUE(session.ok());
    auto out = (*session)->run({{"lim", test::scalarI32(3)}}, {"outer/add_j"});
    ASSERT_FALSE(out.ok());
    EXPECT_NE(out.status().message().find("inside a while loop"), std::string::npos) << out.status().message();
}

// for i < n: ta.write(i, i + i); then gather [2, 0, 1] and size.
TEST(EngineLoops, TensorArrayWrittenInLoop) {
    tensorflow::GraphDef g;
    auto* n = addNode(g, "n", "Placeholder");
    test::setType(n, "dtype", tensorflow::DT_INT32);
    auto* ta = addNode(g, "ta", "TensorArrayV3", {"n"});
    test::setType(ta, "dtype", tensorflow::DT_INT32);
    addConst(g, "i0", test::scalarI32(0));
    enter(g, "L/Enter_ta", "ta", "L", true);
    enter(g, "L/Enter_n", "n", "L", true);
    loopVar(g, "L", "i", "i0", "L");
    loopVar(g, "L", "flow", "ta:1", "L");
    addNode(g, "L/Less", "Less", {"L/Merge_i", "L/Enter_n"});
    addNode(g, "L/LoopCond", "LoopCond", {"L/Less"});
    addNode(g, "L/two_i", "AddV2", {"L/Id_i", "L/Id_i"});
    addNode(g, "L/write", "TensorArrayWriteV3", {"L/Enter_ta", "L/Id_i", "L/two_i", "L/Id_flow"});
    addConst(g, "L/one", test::scalarI32(1), {"^L/Id_i"});
    addNode(g, "L/add_i", "AddV2", {"L/Id_i", "L/one"});
    addNode(g, "L/Next_i", "NextIteration", {"L/add_i"});
    addNode(g, "L/Next_flow", "NextIteration", {"L/write"});
    addNode(g, "size", "TensorArraySizeV3", {"ta", "L/Exit_flow"});
    Tensor idx(tensorflow::DT_INT32, {3});
    idx.data<int32_t>()[0] = 2;
    idx.data<int32_t>()[1] = 0;
    idx.data<int32_t>()[2] = 1;
    addConst(g, "idx", idx);
    auto* gather = addNode(g, "gather", "TensorArrayGatherV3", {"ta", "idx", "L/Exit_flow"});
    test::setType(gather, "dtype", tensorflow::DT_INT32);
    for (auto& node : *g.mutable_node())
        if (node.op() == "AddV2" || node.op() == "Less") test::setType(&node, "T", tensorflow::DT_INT32);
    auto session = Session::create(g, nullptr);
    ASSERT_TRUE(session.ok()) << session.status().toString();
    auto out = (*session)->run({{"n", test::scalarI32(3)}}, {"gather", "size"});
    ASSERT_TRUE(out.ok()) << out.status().toString();
    ASSERT_EQ((*out)[0].numElements(), 3);
    EXPECT_EQ((*out)[0].data<int32_t>()[0], 4);
    EXPECT_EQ((*out)[0].data<int32_t>()[1], 0);
    EXPECT_EQ((*out)[0].data<int32_t>()[2], 2);
    EXPECT_EQ((*out)[1].data<int32_t>()[0], 3);
    // Reading past the end fails with a message naming the node.
    auto bad = (*session)->run({{"n", test::scalarI32(2)}}, {"gather"});
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.status().message().find("gather"), std::string::npos) << bad.status().message();
}

TEST(EngineLoops, GrapplerWhileLoopModel) {
    TFS_REQUIRE_SHARED_MODELS();
    tensorflow::GraphDef g;
    ASSERT_TRUE(test::readTextGraph(test::sharedModel("tf__grappler_while_loop") + "/while_loop.pbtxt", &g));
    auto session = Session::create(g, nullptr);
    ASSERT_TRUE(session.ok()) << session.status().toString();
    auto out = (*session)->run({}, {"while/Exit:0", "while/Exit_1:0"});
    ASSERT_TRUE(out.ok()) << out.status().toString();
    EXPECT_EQ((*out)[0].data<int32_t>()[0], 10);
    ASSERT_EQ((*out)[1].dims(), (Dims{2048, 2}));
    for (int64_t i = 0; i < (*out)[1].numElements(); ++i) ASSERT_EQ((*out)[1].data<float>()[i], 1.f);
}

TEST(EngineLoops, GraphCondMetaGraph) {
    TFS_REQUIRE_SHARED_MODELS();
    auto bytes = readFile(test::sharedModel("tfnet__graph_cond_test") + "/cond_test.meta");
    ASSERT_TRUE(bytes.ok());
    tensorflow::MetaGraphDef meta;
    ASSERT_TRUE(meta.ParseFromString(*bytes));
    auto session = Session::create(meta.graph_def(), nullptr);
    ASSERT_TRUE(session.ok()) << session.status().toString();
    auto out = (*session)->run({}, {"cond/Merge:0"});
    ASSERT_TRUE(out.ok()) << out.status().toString();
    EXPECT_EQ((*out)[0].data<int32_t>()[0], 34);
}

// Found by fuzz_executor: a one-bit change made a node take inputs from two frames without an
// Enter, and the executor indexed a loop frame's node states with another frame's index (UBSan).
TEST(EngineLoops, InputFromAnotherFrameIsRejected) {
    auto bytes = readFile(test::fixturesDir() + "/fuzz/executor_cross_frame_input.pb");
    ASSERT_TRUE(bytes.ok()) << bytes.status().toString();
    tensorflow::GraphDef graph;
    ASSERT_TRUE(graph.ParseFromString(*bytes));
    std::set<std::string> consumed;
    for (const auto& node : graph.node())
        for (const auto& input : node.input()) consumed.insert(input.substr(input[0] == '^', input.find(':') - (input[0] == '^')));
    std::vector<std::string> fetches;
    for (const auto& node : graph.node())
        if (node.op() != "Placeholder" && !consumed.count(node.name())) fetches.push_back(node.name());
    ASSERT_FALSE(fetches.empty());
    auto session = Session::create(graph, nullptr);
    Status status = session.ok() ? Status() : session.status();
    if (session.ok()) {
        auto x = Tensor::make(tensorflow::DT_FLOAT, {3});
        ASSERT_TRUE(x.ok());
        auto out = (*session)->run({{"x", *x}}, fetches);
        status = out.ok() ? okStatus() : out.status();
    }
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.message().find("cross frames only through Enter and Exit"), std::string::npos) << status.toString();
}

}  // namespace
}  // namespace tfs::exec
