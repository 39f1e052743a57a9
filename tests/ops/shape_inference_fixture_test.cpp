// Shape inference on small hand-written graphs, one fixture per op family
// (tests/data/ops/*.pbtxt), plus bad-input cases built in code.

#include "core/ops/shape_inference.h"

#include <gtest/gtest.h>

#include "tests/ops/graph_files.h"

namespace tfs {
namespace {

using S = PartialShape;

class Fixture {
public:
    explicit Fixture(const std::string& file, const std::map<std::string, PartialShape>& inputs = {}) {
        graph_ = test::loadFixture(file);
        auto r = inferShapes(graph_, inputs);
        EXPECT_TRUE(r.ok()) << r.status().toString();
        if (r.ok()) map_ = *r;
    }
    PartialShape operator[](const std::string& tensor) const {
        auto it = map_.find(tensor.find(':') == std::string::npos ? tensor + ":0" : tensor);
        EXPECT_NE(it, map_.end()) << tensor;
        return it == map_.end() ? S::unknown() : it->second.shape;
    }
    const InferredTensor& tensor(const std::string& name) const { return map_.at(name); }
    std::vector<int64_t> ints(const std::string& name) const {
        const InferredTensor& t = map_.at(name);
        std::vector<int64_t> v;
        if (t.value)
            for (int64_t i = 0; i < t.value->numElements(); ++i) v.push_back(int64_t(tensorElementAsDouble(*t.value, i)));
        return v;
    }

private:
    tensorflow::GraphDef graph_;
    ShapeMap map_;
};

TEST(ShapeInferenceFixture, ConvolutionAndPooling) {
    Fixture f("conv_pool.pbtxt");
    EXPECT_EQ(f["conv_same"], S::of({1, 112, 112, 32}));
    EXPECT_EQ(f["conv_valid"], S::of({1, 111, 111, 32}));
    EXPECT_EQ(f["conv_dilated"], S::of({1, 220, 220, 32}));
    EXPECT_EQ(f["conv_nchw"], S::of({-1, 32, 112, 112}));
    EXPECT_EQ(f["conv_explicit"], S::of({1, 225, 225, 32}));
    EXPECT_EQ(f["conv_unknown"], S::of({-1, -1, -1, 32}));
    EXPECT_EQ(f["dw"], S::of({1, 112, 112, 64}));
    EXPECT_EQ(f["biasadd"], S::of({1, 112, 112, 64}));
    EXPECT_EQ(f["bn:0"], S::of({1, 112, 112, 64}));
    for (int i = 1; i <= 4; ++i) EXPECT_EQ(f["bn:" + std::to_string(i)], S::of({64})) << i;
    EXPECT_FALSE(f["bn:5"].knownRank);
    EXPECT_EQ(f["relu6"], S::of({1, 112, 112, 64}));
    EXPECT_EQ(f["maxpool"], S::of({1, 56, 56, 64}));
    EXPECT_EQ(f["avgpool"], S::of({1, 28, 28, 64}));
    EXPECT_EQ(f["avgpool_valid"], S::of({1, 22, 22, 64}));
    EXPECT_EQ(f["deconv"], S::of({1, 224, 224, 3}));
    EXPECT_EQ(f["conv3d"], S::of({2, 8, 8, 8, 8}));
    EXPECT_EQ(f["fused_conv"], S::of({1, 112, 112, 32}));
    EXPECT_EQ(f["pad_conv"], S::of({1, 224, 224, 32}));
    EXPECT_EQ(f.tensor("conv_same:0").dtype, tensorflow::DT_FLOAT);
}

TEST(ShapeInferenceFixture, MathAndBroadcasting) {
    Fixture f("math.pbtxt");
    EXPECT_EQ(f["mm"], S::of({-1, 10}));
    EXPECT_EQ(f["mm_t"], S::of({10, -1}));
    EXPECT_EQ(f["softmax"], S::of({-1, 10}));
    EXPECT_EQ(f["add"], S::of({-1, 3, 5}));
    EXPECT_EQ(f["bc_known"], S::of({5}));
    EXPECT_EQ(f["bc_one"], S::of({-1}));
    EXPECT_EQ(f["bc_bad"], S::of({-1, 3}));  // incompatible: unknown, never a guess
    EXPECT_EQ(f["greater"], S::of({-1, 3, 5}));
    EXPECT_EQ(f.tensor("greater:0").dtype, tensorflow::DT_BOOL);
    EXPECT_EQ(f["bmm"], S::of({2, 5, 3, 6}));
    EXPECT_EQ(f["addn"], S::of({4, 10}));
    EXPECT_EQ(f["select_v2"], S::of({3, 4}));
    EXPECT_EQ(f["mean"], S::of({-1, 5}));
    EXPECT_EQ(f["mean_keep"], S::of({-1, 1, 5}));
    EXPECT_EQ(f["sum2"], S::of({3}));
    EXPECT_FALSE(f["max_dyn"].knownRank);
    EXPECT_EQ(f["max_dyn_keep"], S::of({-1, -1, -1}));
    EXPECT_EQ(f["argmax"], S::of({-1}));
    EXPECT_EQ(f.tensor("argmax:0").dtype, tensorflow::DT_INT64);
    EXPECT_EQ(f.tensor("argmin:0").dtype, tensorflow::DT_INT32);
    EXPECT_EQ(f["einsum"], S::of({2, 5, 3, 6}));  // h: ? merged with 5
    EXPECT_EQ(f["einsum_ellipsis"], S::of({2, 5, 3, 6}));
    EXPECT_EQ(f["einsum_transpose"], S::of({2, 4, -1, 3}));
    EXPECT_EQ(f["s2b"], S::of({4, 6, 6, 3}));
    EXPECT_EQ(f["b2s"], S::of({1, 10, 12, 3}));
    // Ops that had kernels but no op definition (KernelRegistry.EveryKernelAndShapeFunctionHasARegisteredOp).
    EXPECT_EQ(f["is_inf"], S::of({-1, 3, 5}));
    EXPECT_EQ(f.tensor("is_inf:0").dtype, tensorflow::DT_BOOL);
    EXPECT_EQ(f["atan2"], S::of({-1, 3, 5}));
    EXPECT_EQ(f["euclidean_norm"], S::of({-1, 5}));
}

TEST(ShapeInferenceFixture, ArrayOps) {
    Fixture f("array_ops.pbtxt");
    EXPECT_EQ(f["reshape"], S::of({6, 4}));
    EXPECT_EQ(f["reshape_mid"], S::of({4, 3, 2}));
    EXPECT_EQ(f["squeeze_all"], S::of({3, 2}));
    EXPECT_EQ(f["squeeze_0"], S::of({3, 1, 2}));
    EXPECT_FALSE(f["squeeze_unknown"].knownRank);
    EXPECT_EQ(f["expand_last"], S::of({2, 3, 4, 1}));
    EXPECT_EQ(f["transpose"], S::of({4, 2, 3}));
    EXPECT_EQ(f["concat"], S::of({2, 8, 4}));
    EXPECT_EQ(f["concat_last"], S::of({2, 3, 5}));
    EXPECT_EQ(f["pack"], S::of({2, 2, 3, 4}));
    for (int i = 0; i < 3; ++i) EXPECT_EQ(f["unpack:" + std::to_string(i)], S::of({2, 4}));
    EXPECT_EQ(f["split:0"], S::of({2, 3, 2}));
    EXPECT_EQ(f["split:1"], S::of({2, 3, 2}));
    EXPECT_EQ(f["splitv:0"], S::of({2, 1, 4}));
    EXPECT_EQ(f["splitv:1"], S::of({2, 2, 4}));
    EXPECT_EQ(f["slice"], S::of({2, 2, 3}));
    EXPECT_EQ(f["ss_range"], S::of({2, 2, 2}));
    EXPECT_EQ(f["ss_index"], S::of({3, 4}));
    EXPECT_EQ(f["ss_ellipsis"], S::of({2, 3}));
    EXPECT_EQ(f["ss_newaxis"], S::of({2, 1, 3, 4}));
    EXPECT_EQ(f["ss_reverse"], S::of({2, 3, 4}));
    EXPECT_EQ(f["ss_last"], S::of({1, 3, 4}));
    EXPECT_EQ(f["tile"], S::of({4, 3, 12}));
    EXPECT_EQ(f["pad"], S::of({4, 3, 9}));
    EXPECT_EQ(f["gather"], S::of({2, 5, -1, 4}));
    EXPECT_EQ(f["fill"], S::of({3, 2}));
    EXPECT_EQ(f["range"], S::of({4}));
    EXPECT_EQ(f.ints("range:0"), (std::vector<int64_t>{0, 3, 6, 9}));
    EXPECT_EQ(f["cast"], S::of({2, 3, 4}));
    EXPECT_EQ(f.tensor("cast:0").dtype, tensorflow::DT_INT32);
    EXPECT_EQ(f.ints("shape:0"), (std::vector<int64_t>{2, 3, 4}));
    EXPECT_EQ(f.ints("size:0"), (std::vector<int64_t>{24}));
    EXPECT_EQ(f.ints("rank:0"), (std::vector<int64_t>{3}));
    EXPECT_EQ(f["onehot"], S::of({5, 10}));
    // producer 1000: a scalar placeholder shape means a scalar.
    EXPECT_EQ(f["scalar_ph"], S::of({}));
}

TEST(ShapeInferenceFixture, ShapeValuesPropagate) {
    Fixture f("shape_chain.pbtxt");
    EXPECT_EQ(f["s"], S::of({4}));
    EXPECT_EQ(f.tensor("s:0").partialValue, (std::vector<int64_t>{kUnknownValue, 7, 7, 64}));
    EXPECT_EQ(f.ints("flat:0"), (std::vector<int64_t>{3136}));
    EXPECT_EQ(f["reshape"], S::of({-1, 3136}));
    EXPECT_EQ(f["reshape_concat"], S::of({-1, 3136}));
    // [batch, -1] with an unknown batch: the -1 cannot be resolved, and is not guessed.
    EXPECT_EQ(f["reshape_m1"], S::of({-1, -1}));
    EXPECT_EQ(f["fill"], S::of({14, 3}));
    EXPECT_EQ(f["z_as_y"], S::of({4, 6}));

    Fixture known("shape_chain.pbtxt", {{"x", S::of({5, 7, 7, 64})}});
    EXPECT_EQ(known.ints("target_m1:0"), (std::vector<int64_t>{5, -1}));
    EXPECT_EQ(known["reshape_m1"], S::of({5, 3136}));
    EXPECT_EQ(known["reshape"], S::of({5, 3136}));
}

TEST(ShapeInferenceFixture, Tf1WhileLoopSettlesWithoutGuessing) {
    Fixture f("while_loop.pbtxt");
    EXPECT_EQ(f["merge_i"], S::of({}));
    EXPECT_EQ(f["exit_i"], S::of({}));
    EXPECT_EQ(f.tensor("exit_i:0").dtype, tensorflow::DT_INT32);
    // The accumulator grows each iteration: its length is unknown, not 1.
    EXPECT_EQ(f["merge_acc"], S::of({-1}));
    EXPECT_EQ(f["exit_acc"], S::of({-1}));
    EXPECT_EQ(f["grow"], S::of({-1}));
    EXPECT_EQ(f["cond"], S::of({}));
    EXPECT_EQ(f["merge_i:1"], S::of({}));
}

TEST(ShapeInferenceFixture, FunctionCallsUseDeclaredShapesOnly) {
    Fixture f("function_calls.pbtxt");
    EXPECT_EQ(f["if"], S::of({-1, 8}));
    EXPECT_EQ(f["call:0"], S::of({-1, 8}));
    EXPECT_EQ(f["call:1"], S::of({}));
    EXPECT_EQ(f.tensor("call:1").dtype, tensorflow::DT_INT32);
    EXPECT_FALSE(f["call_bare"].knownRank);
    EXPECT_EQ(f["direct:0"], S::of({-1, 8}));
    EXPECT_EQ(f.tensor("direct:1").dtype, tensorflow::DT_INT32);
    EXPECT_EQ(f["after"], S::of({-1, 8}));
}

TEST(ShapeInferenceFixture, UserShapesByNodeOrTensorName) {
    Fixture byNode("math.pbtxt", {{"a", S::of({2, 784})}});
    EXPECT_EQ(byNode["mm"], S::of({2, 10}));
    Fixture byTensor("math.pbtxt", {{"a:0", S::of({3, 784})}});
    EXPECT_EQ(byTensor["softmax"], S::of({3, 10}));

    tensorflow::GraphDef graph = test::loadFixture("math.pbtxt");
    auto missing = inferShapes(graph, {{"nope", S::of({1})}});
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.status().message().find("nope"), std::string::npos);
    EXPECT_FALSE(inferShapes(graph, {{"a", S::of({-5, 784})}}).ok());
}

TEST(ShapeInferenceFixture, HintsMergeWithoutOverriding) {
    tensorflow::GraphDef graph = test::loadFixture("math.pbtxt");
    auto r = inferShapesWithHints(graph, {{"a:0", S::of({7, -1})}, {"not_a_node:0", S::of({1})}});
    ASSERT_TRUE(r.ok()) << r.status().toString();
    EXPECT_EQ(r->at("a:0").shape, S::of({7, 784}));
    EXPECT_EQ(r->at("mm:0").shape, S::of({7, 10}));
    // A conflicting hint makes the dim unknown rather than wrong.
    auto c = inferShapesWithHints(graph, {{"a:0", S::of({-1, 100})}});
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->at("a:0").shape, S::of({-1, -1}));
    // User shapes still override hints.
    auto u = inferShapesWithHints(graph, {{"a:0", S::of({7, -1})}}, {{"a", S::of({2, 784})}});
    ASSERT_TRUE(u.ok());
    EXPECT_EQ(u->at("mm:0").shape, S::of({2, 10}));
}

tensorflow::NodeDef* addNode(tensorflow::GraphDef* g, const std::string& name, const std::string& op,
                             std::vector<std::string> inputs = {}) {
    auto* n = g->add_node();
    n->set_name(name);
    n->set_op(op);
    for (auto& i : inputs) n->add_input(i);
    return n;
}

TEST(ShapeInferenceFixture, BadGraphsNeverCrashOrHang) {
    tensorflow::GraphDef g;
    // A cycle that is not a TF1 loop, a dangling input, an unknown op.
    (*addNode(&g, "a", "Relu", {"b"})->mutable_attr())["T"].set_type(tensorflow::DT_FLOAT);
    (*addNode(&g, "b", "Relu", {"a"})->mutable_attr())["T"].set_type(tensorflow::DT_FLOAT);
    (*addNode(&g, "c", "Relu", {"missing:3"})->mutable_attr())["T"].set_type(tensorflow::DT_FLOAT);
    addNode(&g, "d", "FancyCustomOp", {"c"});
    addNode(&g, "e", "Identity", {"d:2"});
    // Absurd constant values must not allocate: Fill to [2^40, 2^40], Range to 10^18.
    auto* dims = addNode(&g, "dims", "Const");
    (*dims->mutable_attr())["dtype"].set_type(tensorflow::DT_INT64);
    auto* t = (*dims->mutable_attr())["value"].mutable_tensor();
    t->set_dtype(tensorflow::DT_INT64);
    t->mutable_tensor_shape()->add_dim()->set_size(2);
    t->add_int64_val(int64_t(1) << 40);
    t->add_int64_val(int64_t(1) << 40);
    auto* fill = addNode(&g, "fill", "Fill", {"dims", "c"});
    (*fill->mutable_attr())["T"].set_type(tensorflow::DT_FLOAT);
    (*fill->mutable_attr())["index_type"].set_type(tensorflow::DT_INT64);
    auto* reshape = addNode(&g, "reshape", "Reshape", {"c", "dims"});
    (*reshape->mutable_attr())["T"].set_type(tensorflow::DT_FLOAT);
    (*reshape->mutable_attr())["Tshape"].set_type(tensorflow::DT_INT64);
    // A constant claiming a huge shape without data.
    auto* big = addNode(&g, "big", "Const");
    (*big->mutable_attr())["dtype"].set_type(tensorflow::DT_INT32);
    auto* bt = (*big->mutable_attr())["value"].mutable_tensor();
    bt->set_dtype(tensorflow::DT_INT32);
    bt->mutable_tensor_shape()->add_dim()->set_size(int64_t(1) << 50);
    auto* split = addNode(&g, "split", "Split", {"big", "c"});
    (*split->mutable_attr())["num_split"].set_i(int64_t(1) << 40);
    (*split->mutable_attr())["T"].set_type(tensorflow::DT_FLOAT);

    auto r = inferShapes(g);
    ASSERT_TRUE(r.ok()) << r.status().toString();
    EXPECT_FALSE(r->at("a:0").shape.knownRank);
    EXPECT_FALSE(r->at("c:0").shape.knownRank);
    EXPECT_TRUE(r->count("d:2"));  // referenced outputs of unknown ops exist
    EXPECT_FALSE(r->at("e:0").shape.knownRank);
    EXPECT_EQ(r->at("fill:0").shape, S::of({int64_t(1) << 40, int64_t(1) << 40}));
    EXPECT_EQ(r->at("big:0").shape, S::of({int64_t(1) << 50}));
    EXPECT_FALSE(r->at("big:0").value.has_value());
}

TEST(ShapeInferenceFixture, TensorArrayElementShapesFollowTheHandle) {
    tensorflow::GraphDef g;
    auto* size = addNode(&g, "size", "Const");
    (*size->mutable_attr())["dtype"].set_type(tensorflow::DT_INT32);
    auto* st = (*size->mutable_attr())["value"].mutable_tensor();
    st->set_dtype(tensorflow::DT_INT32);
    st->add_int_val(5);
    auto* ta = addNode(&g, "ta", "TensorArrayV3", {"size"});
    (*ta->mutable_attr())["dtype"].set_type(tensorflow::DT_FLOAT);
    S::of({3, 4}).toProto((*ta->mutable_attr())["element_shape"].mutable_shape());
    auto* enter = addNode(&g, "enter", "Enter", {"ta"});
    (*enter->mutable_attr())["T"].set_type(tensorflow::DT_RESOURCE);
    (*enter->mutable_attr())["frame_name"].set_s("loop");
    auto* read = addNode(&g, "read", "TensorArrayReadV3", {"enter", "size", "ta:1"});
    (*read->mutable_attr())["dtype"].set_type(tensorflow::DT_FLOAT);
    auto* gather = addNode(&g, "gather", "TensorArrayGatherV3", {"ta", "idx", "ta:1"});
    (*gather->mutable_attr())["dtype"].set_type(tensorflow::DT_FLOAT);
    auto* idx = addNode(&g, "idx", "Placeholder");
    (*idx->mutable_attr())["dtype"].set_type(tensorflow::DT_INT32);
    S::of({7}).toProto((*idx->mutable_attr())["shape"].mutable_shape());
    auto r = inferShapes(g);
    ASSERT_TRUE(r.ok()) << r.status().toString();
    EXPECT_EQ(r->at("ta:0").shape, S::of({}));
    EXPECT_EQ(r->at("read:0").shape, S::of({3, 4}));
    EXPECT_EQ(r->at("read:0").dtype, tensorflow::DT_FLOAT);
    EXPECT_EQ(r->at("gather:0").shape, S::of({7, 3, 4}));
}

TEST(ShapeInferenceFixture, ShapeHelpers) {
    EXPECT_EQ(broadcastShapes(S::of({-1, 1}), S::of({3})), S::of({-1, 3}));
    EXPECT_EQ(broadcastShapes(S::of({}), S::of({2, 2})), S::of({2, 2}));
    EXPECT_FALSE(broadcastShapes(S::unknown(), S::of({2})).knownRank);
    EXPECT_EQ(mergeShapes(S::of({-1, 3}), S::of({4, -1})), S::of({4, 3}));
    EXPECT_EQ(mergeShapes(S::of({2}), S::of({5})), S::of({-1}));
    EXPECT_FALSE(mergeShapes(S::of({2}), S::of({2, 2})).knownRank);
    EXPECT_EQ(generalizeShapes(S::of({1, 3}), S::of({2, 3})), S::of({-1, 3}));
}

}  // namespace
}  // namespace tfs
