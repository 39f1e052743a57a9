// TF2 TensorList ops on hand-made graphs: straight-line use of every op, value semantics
// (a "modified" list leaves its input unchanged), and a TF2 While loop accumulating a list.
#include <gtest/gtest.h>

#include "core/exec/session.h"
#include "engine_test_graphs.h"

namespace tfs::exec {
namespace {

using test::addConst;
using test::addNode;
using test::addFunction;
using test::setType;

const auto F = tensorflow::DT_FLOAT;
const auto I = tensorflow::DT_INT32;

Tensor matrix(int64_t rows, int64_t cols, float start) {
    Tensor t(F, {rows, cols});
    for (int64_t i = 0; i < t.numElements(); ++i) t.data<float>()[i] = start + float(i);
    return t;
}

Tensor ints(std::vector<int32_t> v) {
    Tensor t(I, {int64_t(v.size())});
    for (size_t i = 0; i < v.size(); ++i) t.data<int32_t>()[i] = v[i];
    return t;
}

tensorflow::NodeDef* listNode(tensorflow::GraphDef& g, const std::string& name, const std::string& op, std::initializer_list<std::string> in) {
    auto* n = addNode(g, name, op, in);
    setType(n, "element_dtype", F);
    setType(n, "shape_type", I);
    return n;
}

tensorflow::GraphDef straightGraph() {
    tensorflow::GraphDef g;
    setType(addNode(g, "x", "Placeholder"), "dtype", F);  // [4,3]
    setType(addNode(g, "v", "Placeholder"), "dtype", F);  // [3]
    addConst(g, "shape3", ints({3}));
    addConst(g, "unknown", test::scalarI32(-1));
    addConst(g, "two", test::scalarI32(2));
    addConst(g, "zero", test::scalarI32(0));
    listNode(g, "from", "TensorListFromTensor", {"x", "shape3"});
    listNode(g, "set", "TensorListSetItem", {"from", "two", "v"});
    listNode(g, "get_new", "TensorListGetItem", {"set", "two", "shape3"});
    listNode(g, "get_old", "TensorListGetItem", {"from", "two", "shape3"});
    listNode(g, "stack", "TensorListStack", {"set", "shape3"});
    listNode(g, "length", "TensorListLength", {"set"});
    listNode(g, "eshape", "TensorListElementShape", {"set"});
    listNode(g, "push", "TensorListPushBack", {"set", "v"});
    listNode(g, "push_length", "TensorListLength", {"push"});
    listNode(g, "pop", "TensorListPopBack", {"push", "shape3"});
    listNode(g, "pop_length", "TensorListLength", {"pop"});
    // Reserve 2 items of unknown shape, set item 0, stack: item 1 becomes zeros of [3].
    listNode(g, "reserve", "TensorListReserve", {"unknown", "two"});
    listNode(g, "reserve_set", "TensorListSetItem", {"reserve", "zero", "v"});
    listNode(g, "reserve_stack", "TensorListStack", {"reserve_set", "shape3"});
    listNode(g, "empty", "EmptyTensorList", {"shape3", "unknown"});
    listNode(g, "empty_push", "TensorListPushBack", {"empty", "v"});
    listNode(g, "empty_stack", "TensorListStack", {"empty_push", "shape3"});
    return g;
}

TEST(TensorList, EveryOpOnAStraightLineGraph) {
    auto session = Session::create(straightGraph(), nullptr);
    ASSERT_TRUE(session.ok()) << session.status().toString();
    Tensor x = matrix(4, 3, 10.f), v = matrix(1, 3, -5.f);
    v = *v.reshaped({3});
    auto out = (*session)->run({{"x", x}, {"v", v}}, {"get_new", "get_old", "stack", "length", "eshape", "push_length", "pop:1",
                                                      "pop_length", "reserve_stack", "empty_stack"});
    ASSERT_TRUE(out.ok()) << out.status().toString();
    const auto& r = *out;
    ASSERT_EQ(r[0].dims(), Dims({3}));
    EXPECT_EQ(r[0].data<float>()[1], -4.f);  // the new item
    EXPECT_EQ(r[1].data<float>()[1], 17.f);  // x[2][1]: the input list is unchanged
    ASSERT_EQ(r[2].dims(), Dims({4, 3}));
    for (int64_t i = 0; i < 12; ++i) EXPECT_EQ(r[2].data<float>()[i], i / 3 == 2 ? v.data<float>()[i % 3] : x.data<float>()[i]) << i;
    EXPECT_EQ(r[3].data<int32_t>()[0], 4);
    ASSERT_EQ(r[4].dims(), Dims({1}));
    EXPECT_EQ(r[4].data<int32_t>()[0], 3);
    EXPECT_EQ(r[5].data<int32_t>()[0], 5);
    EXPECT_EQ(r[6].data<float>()[2], -3.f);  // popped = pushed v
    EXPECT_EQ(r[7].data<int32_t>()[0], 4);
    ASSERT_EQ(r[8].dims(), Dims({2, 3}));
    EXPECT_EQ(r[8].data<float>()[0], -5.f);
    EXPECT_EQ(r[8].data<float>()[5], 0.f);
    ASSERT_EQ(r[9].dims(), Dims({1, 3}));
    EXPECT_EQ(r[9].data<float>()[2], -3.f);
}

TEST(TensorList, BadUseIsAnErrorNotACrash) {
    auto session = Session::create(straightGraph(), nullptr);
    ASSERT_TRUE(session.ok());
    // Item of the wrong shape for the list's [3] elements.
    auto wrong = (*session)->run({{"x", matrix(4, 3, 0.f)}, {"v", matrix(2, 2, 0.f)}}, {"stack"});
    ASSERT_FALSE(wrong.ok());
    EXPECT_NE(wrong.status().message().find("element shape"), std::string::npos) << wrong.status().message();
    // Index 2 is out of range for a 2-row tensor.
    auto range = (*session)->run({{"x", matrix(2, 3, 0.f)}, {"v", *matrix(1, 3, 0.f).reshaped({3})}}, {"get_new"});
    ASSERT_FALSE(range.ok());
    EXPECT_NE(range.status().message().find("out of range"), std::string::npos) << range.status().message();
    // A float tensor is not a list.
    tensorflow::GraphDef g;
    setType(addNode(g, "x", "Placeholder"), "dtype", F);
    listNode(g, "len", "TensorListLength", {"x"});
    auto s2 = Session::create(g, nullptr);
    ASSERT_TRUE(s2.ok());
    auto notList = (*s2)->run({{"x", matrix(1, 1, 0.f)}}, {"len"});
    ASSERT_FALSE(notList.ok());
    EXPECT_NE(notList.status().message().find("not a TensorList"), std::string::npos) << notList.status().message();
}

tensorflow::NodeDef* bodyNode(tensorflow::FunctionDef* f, const std::string& name, const std::string& op, std::initializer_list<std::string> in) {
    auto* n = f->add_node_def();
    n->set_name(name);
    n->set_op(op);
    for (const auto& i : in) n->add_input(i);
    return n;
}

// TF2 while loop: for i in range(5): acc[i] = float(i) * x; then stack acc.
TEST(TensorList, While_AccumulatesIntoAList) {
    const auto V = tensorflow::DT_VARIANT;
    tensorflow::GraphDef g;
    auto* cond = addFunction(g, "cond", {{"i", I}, {"acc", V}, {"x", F}}, {{"c", tensorflow::DT_BOOL}});
    auto* five = bodyNode(cond, "five", "Const", {});
    setType(five, "dtype", I);
    test::scalarI32(5).toProto((*five->mutable_attr())["value"].mutable_tensor());
    setType(bodyNode(cond, "less", "Less", {"i", "five:output:0"}), "T", I);
    (*cond->mutable_ret())["c"] = "less:z:0";

    auto* body = addFunction(g, "body", {{"i", I}, {"acc", V}, {"x", F}}, {{"i_next", I}, {"acc_next", V}, {"x_out", F}});
    auto* one = bodyNode(body, "one", "Const", {});
    setType(one, "dtype", I);
    test::scalarI32(1).toProto((*one->mutable_attr())["value"].mutable_tensor());
    auto* cast = bodyNode(body, "fi", "Cast", {"i"});
    setType(cast, "SrcT", I);
    setType(cast, "DstT", F);
    setType(bodyNode(body, "scaled", "Mul", {"fi:y:0", "x"}), "T", F);
    auto* set = bodyNode(body, "set", "TensorListSetItem", {"acc", "i", "scaled:z:0"});
    setType(set, "element_dtype", F);
    setType(bodyNode(body, "next", "AddV2", {"i", "one:output:0"}), "T", I);
    (*body->mutable_ret())["i_next"] = "next:z:0";
    (*body->mutable_ret())["acc_next"] = "set:output_handle:0";
    (*body->mutable_ret())["x_out"] = "x";

    setType(addNode(g, "x", "Placeholder"), "dtype", F);
    addConst(g, "start", test::scalarI32(0));
    addConst(g, "n", test::scalarI32(5));
    addConst(g, "shape", ints({2}));
    listNode(g, "acc", "TensorListReserve", {"shape", "n"});
    auto* wh = addNode(g, "loop", "While", {"start", "acc", "x"});
    test::setFunc(wh, "cond", "cond");
    test::setFunc(wh, "body", "body");
    auto* types = (*wh->mutable_attr())["T"].mutable_list();
    types->add_type(I);
    types->add_type(V);
    types->add_type(F);
    listNode(g, "stacked", "TensorListStack", {"loop:1", "shape"});

    auto session = Session::create(g, nullptr);
    ASSERT_TRUE(session.ok()) << session.status().toString();
    Tensor x(F, {2});
    x.data<float>()[0] = 1.5f;
    x.data<float>()[1] = -2.f;
    auto out = (*session)->run({{"x", x}}, {"stacked", "loop:0"});
    ASSERT_TRUE(out.ok()) << out.status().toString();
    ASSERT_EQ((*out)[0].dims(), Dims({5, 2}));
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ((*out)[0].data<float>()[2 * i], 1.5f * float(i));
        EXPECT_EQ((*out)[0].data<float>()[2 * i + 1], -2.f * float(i));
    }
    EXPECT_EQ((*out)[1].data<int32_t>()[0], 5);
    EXPECT_TRUE(unsupportedOps(g).empty());
}

}  // namespace
}  // namespace tfs::exec
