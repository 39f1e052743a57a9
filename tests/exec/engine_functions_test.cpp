// Function calls from the graph's library: PartitionedCall, direct calls, If,
// While, Case, and nested calls; plus peak-memory accounting and release.
#include <gtest/gtest.h>

#include "core/exec/session.h"
#include "engine_test_graphs.h"

namespace tfs::exec {
namespace {

using test::addConst;
using test::addNode;
using test::addFunction;

tensorflow::NodeDef* bodyNode(tensorflow::FunctionDef* f, const std::string& name, const std::string& op,
                              std::initializer_list<std::string> inputs, tensorflow::DataType t = tensorflow::DT_INVALID) {
    auto* n = f->add_node_def();
    n->set_name(name);
    n->set_op(op);
    for (const auto& i : inputs) n->add_input(i);
    if (t != tensorflow::DT_INVALID) test::setType(n, "T", t);
    return n;
}

void bodyConst(tensorflow::FunctionDef* f, const std::string& name, const Tensor& value) {
    auto* n = bodyNode(f, name, "Const", {});
    test::setType(n, "dtype", value.dtype());
    value.toProto((*n->mutable_attr())["value"].mutable_tensor());
}

tensorflow::GraphDef functionGraph() {
    tensorflow::GraphDef g;
    const auto F = tensorflow::DT_FLOAT;
    const auto I = tensorflow::DT_INT32;
    auto* ident = addFunction(g, "ident", {{"x", F}}, {{"y", F}});
    bodyNode(ident, "id", "Identity", {"x"}, F);
    (*ident->mutable_ret())["y"] = "id:output:0";
    auto* plus1 = addFunction(g, "plus1", {{"x", I}}, {{"y", I}});
    bodyConst(plus1, "one", test::scalarI32(1));
    bodyNode(plus1, "add", "AddV2", {"x", "one:output:0"}, I);
    (*plus1->mutable_ret())["y"] = "add:z:0";
    auto* less5 = addFunction(g, "less5", {{"i", I}}, {{"c", tensorflow::DT_BOOL}});
    bodyConst(less5, "five", test::scalarI32(5));
    bodyNode(less5, "less", "Less", {"i", "five:output:0"}, I);
    (*less5->mutable_ret())["c"] = "less:z:0";
    auto* two = addFunction(g, "two", {{"x", F}}, {{"y", F}});
    bodyConst(two, "c", test::scalarF32(2));
    (*two->mutable_ret())["y"] = "c:output:0";
    // nested: calls plus1 twice through PartitionedCall and a direct call.
    auto* plus2 = addFunction(g, "plus2", {{"x", I}}, {{"y", I}});
    auto* c1 = bodyNode(plus2, "c1", "PartitionedCall", {"x"});
    test::setFunc(c1, "f", "plus1");
    bodyNode(plus2, "c2", "plus1", {"c1:output:0"});
    (*plus2->mutable_ret())["y"] = "c2:y:0";

    auto* x = addNode(g, "x", "Placeholder");
    test::setType(x, "dtype", F);
    auto* i = addNode(g, "i", "Placeholder");
    test::setType(i, "dtype", I);
    auto* p = addNode(g, "p", "Placeholder");
    test::setType(p, "dtype", tensorflow::DT_BOOL);
    test::setFunc(addNode(g, "call", "StatefulPartitionedCall", {"x"}), "f", "ident");
    addNode(g, "direct", "plus1", {"i"});
    addNode(g, "nested", "plus2", {"i"});
    auto* iff = addNode(g, "if", "If", {"p", "x"});
    test::setFunc(iff, "then_branch", "ident");
    test::setFunc(iff, "else_branch", "two");
    auto* wh = addNode(g, "while", "While", {"i"});
    test::setFunc(wh, "cond", "less5");
    test::setFunc(wh, "body", "plus1");
    auto* cs = addNode(g, "case", "Case", {"i", "x"});
    auto* branches = (*cs->mutable_attr())["branches"].mutable_list();
    branches->add_func()->set_name("ident");
    branches->add_func()->set_name("two");
    return g;
}

TEST(EngineFunctions, CallsIfWhileCase) {
    auto session = Session::create(functionGraph(), nullptr);
    ASSERT_TRUE(session.ok()) << session.status().toString();
    auto& s = **session;
    for (int iv : {0, 1, 3, 7}) {
        for (bool pv : {true, false}) {
            auto out = s.run({{"x", test::scalarF32(1.5f)}, {"i", test::scalarI32(iv)}, {"p", test::scalarBool(pv)}},
                             {"call", "direct", "nested", "if", "while", "case"});
            ASSERT_TRUE(out.ok()) << out.status().toString();
            EXPECT_EQ(out->at(0).data<float>()[0], 1.5f);
            EXPECT_EQ(out->at(1).data<int32_t>()[0], iv + 1);
            EXPECT_EQ(out->at(2).data<int32_t>()[0], iv + 2);
            EXPECT_EQ(out->at(3).data<float>()[0], pv ? 1.5f : 2.f);
            EXPECT_EQ(out->at(4).data<int32_t>()[0], std::max(iv, 5));
            EXPECT_EQ(out->at(5).data<float>()[0], iv == 0 ? 1.5f : 2.f);  // out of range -> last branch
        }
    }
}

TEST(EngineFunctions, MissingFunctionIsReported) {
    tensorflow::GraphDef g = functionGraph();
    test::setFunc(addNode(g, "bad", "PartitionedCall", {"x"}), "f", "nope");
    auto problems = unsupportedOps(g, {"bad"});
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].find("'nope'"), std::string::npos) << problems[0];
    // An unsupported op inside a called function is named with its function.
    auto* f = addFunction(g, "uses_foo", {{"x", tensorflow::DT_FLOAT}}, {{"y", tensorflow::DT_FLOAT}});
    bodyNode(f, "foo", "Foo", {"x"});
    (*f->mutable_ret())["y"] = "foo:output:0";
    test::setFunc(addNode(g, "bad2", "PartitionedCall", {"x"}), "f", "uses_foo");
    problems = unsupportedOps(g, {"bad2"});
    ASSERT_FALSE(problems.empty());
    // The one function converter (core/ops/function_body.h) already refuses an op nobody knows.
    EXPECT_NE(problems[0].find("function uses_foo: "), std::string::npos) << problems[0];
    EXPECT_NE(problems[0].find("node 'foo' (op Foo): unknown op"), std::string::npos) << problems[0];
    EXPECT_EQ(problems[0].find("function uses_foo: function"), std::string::npos) << problems[0];
}

TEST(EngineMemory, IntermediatesAreReleasedAfterLastConsumer) {
    const int64_t n = 1 << 18;  // 1 MiB per float tensor
    const uint64_t bytes = uint64_t(n) * 4;
    tensorflow::GraphDef chain;
    auto* x = addNode(chain, "x", "Placeholder");
    test::setType(x, "dtype", tensorflow::DT_FLOAT);
    std::string prev = "x";
    std::vector<std::string> all;
    for (int k = 0; k < 8; ++k) {
        std::string name = "a" + std::to_string(k);
        test::setType(addNode(chain, name, "AddV2", {prev, prev}), "T", tensorflow::DT_FLOAT);
        all.push_back(name);
        prev = name;
    }
    Tensor input(tensorflow::DT_FLOAT, {n});
    for (int64_t i = 0; i < n; ++i) input.data<float>()[i] = 1.f;
    SessionOptions options;
    options.threads = 1;
    auto session = Session::create(chain, nullptr, {}, options);
    ASSERT_TRUE(session.ok());
    RunStats lastOnly, everything;
    auto out = (*session)->run({{"x", input}}, {"a7"}, {}, &lastOnly);
    ASSERT_TRUE(out.ok()) << out.status().toString();
    EXPECT_EQ(out->at(0).data<float>()[5], 256.f);
    auto outAll = (*session)->run({{"x", input}}, all, {}, &everything);
    ASSERT_TRUE(outAll.ok());
    // Fetching only the last tensor keeps at most two 1 MiB intermediates alive at once.
    EXPECT_GE(lastOnly.peakBytes, bytes);
    EXPECT_LE(lastOnly.peakBytes, 2 * bytes);
    // Fetching every intermediate keeps all eight.
    EXPECT_GE(everything.peakBytes, 8 * bytes);
    EXPECT_EQ(lastOnly.nodesRun, 8);
}

}  // namespace
}  // namespace tfs::exec
