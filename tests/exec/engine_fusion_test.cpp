// Epilogue fusion: conv/matmul + BiasAdd / Add(const) / inference batch norm / Relu(6)
// chains run as one kernel and give the same numbers as the unfused graph.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "core/exec/session.h"
#include "engine_test_graphs.h"

namespace tfs::exec {
namespace {

using test::addConst;
using test::addNode;
using test::setType;

Tensor randomT(Dims dims, uint32_t seed, float offset = 0, float scale = 1) {
    Tensor t(tensorflow::DT_FLOAT, dims);
    std::mt19937 rng(seed);
    std::normal_distribution<float> d(0.f, 1.f);
    for (int64_t i = 0; i < t.numElements(); ++i) t.data<float>()[i] = offset + scale * d(rng);
    return t;
}

void setInts(tensorflow::NodeDef* n, const std::string& attr, std::vector<int64_t> v) {
    auto* list = (*n->mutable_attr())[attr].mutable_list();
    for (auto x : v) list->add_i(x);
}

tensorflow::NodeDef* floatNode(tensorflow::GraphDef& g, const std::string& name, const std::string& op, std::initializer_list<std::string> in) {
    auto* n = addNode(g, name, op, in);
    setType(n, "T", tensorflow::DT_FLOAT);
    return n;
}

tensorflow::NodeDef* batchNorm(tensorflow::GraphDef& g, const std::string& name, const std::string& in, int64_t c, uint32_t seed,
                               bool setTraining = true) {
    addConst(g, name + "/gamma", randomT({c}, seed, 1.f, 0.2f));
    addConst(g, name + "/beta", randomT({c}, seed + 1, 0.f, 0.2f));
    addConst(g, name + "/mean", randomT({c}, seed + 2, 0.f, 0.2f));
    Tensor var = randomT({c}, seed + 3);
    for (int64_t i = 0; i < c; ++i) var.data<float>()[i] = 0.5f + std::abs(var.data<float>()[i]);
    addConst(g, name + "/var", var);
    auto* bn = floatNode(g, name, "FusedBatchNormV3", {in, name + "/gamma", name + "/beta", name + "/mean", name + "/var"});
    setType(bn, "U", tensorflow::DT_FLOAT);
    if (setTraining) (*bn->mutable_attr())["is_training"].set_b(false);
    (*bn->mutable_attr())["epsilon"].set_f(0.001f);
    return bn;
}

// x[2,9,7,5] -> conv 3x3 (67) -> BiasAdd -> BN -> Relu6 -> depthwise 3x3 s2 -> BN -> Relu
// -> Reshape [-1, 67*5*4] -> MatMul (19) -> Add(const[19]) -> Relu.
// Also: conv2 (fetched itself, so not fused) -> Relu; bn3 without is_training=false (not fused).
tensorflow::GraphDef chainGraph() {
    tensorflow::GraphDef g;
    setType(addNode(g, "x", "Placeholder"), "dtype", tensorflow::DT_FLOAT);
    addConst(g, "w1", randomT({3, 3, 5, 67}, 1, 0, 0.3f));
    auto* c1 = floatNode(g, "conv1", "Conv2D", {"x", "w1"});
    setInts(c1, "strides", {1, 1, 1, 1});
    test::setString(c1, "padding", "SAME");
    addConst(g, "b1", randomT({67}, 2));
    floatNode(g, "bias1", "BiasAdd", {"conv1", "b1"});
    batchNorm(g, "bn1", "bias1", 67, 10);
    floatNode(g, "relu1", "Relu6", {"bn1"});
    addConst(g, "dw", randomT({3, 3, 67, 1}, 3, 0, 0.3f));
    auto* d = floatNode(g, "dconv", "DepthwiseConv2dNative", {"relu1", "dw"});
    setInts(d, "strides", {1, 2, 2, 1});
    test::setString(d, "padding", "SAME");
    batchNorm(g, "bn2", "dconv", 67, 20);
    floatNode(g, "relu2", "Relu", {"bn2"});
    Tensor shape(tensorflow::DT_INT32, {2});
    shape.data<int32_t>()[0] = -1;
    shape.data<int32_t>()[1] = 67 * 5 * 4;
    addConst(g, "shape", shape);
    auto* r = floatNode(g, "flat", "Reshape", {"relu2", "shape"});
    setType(r, "Tshape", tensorflow::DT_INT32);
    addConst(g, "fc", randomT({67 * 5 * 4, 19}, 4, 0, 0.05f));
    floatNode(g, "mm", "MatMul", {"flat", "fc"});
    addConst(g, "fcb", randomT({19}, 5));
    floatNode(g, "add", "AddV2", {"fcb", "mm"});
    floatNode(g, "out", "Relu", {"add"});
    // Not fusable: conv2 is fetched; bn3 has is_training defaulting to true.
    addConst(g, "w2", randomT({1, 1, 5, 8}, 6));
    auto* c2 = floatNode(g, "conv2", "Conv2D", {"x", "w2"});
    setInts(c2, "strides", {1, 1, 1, 1});
    test::setString(c2, "padding", "VALID");
    floatNode(g, "relu3", "Relu", {"conv2"});
    batchNorm(g, "bn3", "conv2", 8, 30, false);
    return g;
}

Result<std::vector<Tensor>> runChain(bool fuse, int threads, const std::vector<std::string>& fetches, int* fused = nullptr) {
    SessionOptions options;
    options.fuseEpilogues = fuse;
    options.threads = threads;
    TFS_ASSIGN_OR_RETURN(auto session, Session::create(chainGraph(), nullptr, {}, options));
    if (fused) {
        TFS_ASSIGN_OR_RETURN(auto plan, session->planFor({"x"}, fetches));
        *fused = plan->numFusedNodes;
    }
    return session->run({{"x", randomT({2, 9, 7, 5}, 99)}}, fetches);
}

double maxRelDiff(const Tensor& a, const Tensor& b) {
    double worst = 0;
    for (int64_t i = 0; i < a.numElements(); ++i) {
        double x = a.data<float>()[i], y = b.data<float>()[i];
        worst = std::max(worst, std::abs(x - y) / (1e-3 + std::abs(y)));
    }
    return worst;
}

TEST(EpilogueFusion, ChainMatchesUnfusedGraph) {
    const std::vector<std::string> fetches = {"out", "relu3", "conv2", "bn3"};
    int fused = -1, unfused = -1;
    for (int threads : {1, 2}) {
        auto a = runChain(true, threads, fetches, &fused);
        auto b = runChain(false, threads, fetches, &unfused);
        ASSERT_TRUE(a.ok()) << a.status().toString();
        ASSERT_TRUE(b.ok()) << b.status().toString();
        // bias1, bn1, relu1 | bn2, relu2 | add, out; conv2 feeds a fetch and two consumers.
        EXPECT_EQ(fused, 7);
        EXPECT_EQ(unfused, 0);
        for (size_t i = 0; i < fetches.size(); ++i) {
            ASSERT_EQ((*a)[i].dims(), (*b)[i].dims()) << fetches[i];
            EXPECT_LT(maxRelDiff((*a)[i], (*b)[i]), 1e-4) << fetches[i];
        }
        // The Relu really ran: some logits clipped at zero, none negative.
        const Tensor& out = (*a)[0];
        int zeros = 0;
        for (int64_t i = 0; i < out.numElements(); ++i) {
            EXPECT_GE(out.data<float>()[i], 0.f);
            zeros += out.data<float>()[i] == 0.f;
        }
        EXPECT_GT(zeros, 0);
    }
}

TEST(EpilogueFusion, FetchedIntermediateStopsTheChain) {
    // Fetching bn1 keeps conv1 -> bias1 -> bn1 fused but relu1 runs on its own.
    int fused = -1;
    auto a = runChain(true, 1, {"bn1", "relu1"}, &fused);
    auto b = runChain(false, 1, {"bn1", "relu1"});
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(fused, 2);
    EXPECT_LT(maxRelDiff((*a)[0], (*b)[0]), 1e-4);
    EXPECT_LT(maxRelDiff((*a)[1], (*b)[1]), 1e-4);
    for (int64_t i = 0; i < (*a)[1].numElements(); ++i) EXPECT_LE((*a)[1].data<float>()[i], 6.f);
}

TEST(EpilogueFusion, MismatchedBiasIsAnErrorLikeUnfused) {
    for (const char* op : {"MatMul", "Conv2D"}) {
        tensorflow::GraphDef g;
        setType(addNode(g, "x", "Placeholder"), "dtype", tensorflow::DT_FLOAT);
        bool conv = std::string(op) == "Conv2D";
        addConst(g, "w", conv ? randomT({1, 1, 3, 4}, 1) : randomT({3, 4}, 1));
        auto* head = floatNode(g, "head", op, {"x", "w"});
        if (conv) {
            setInts(head, "strides", {1, 1, 1, 1});
            test::setString(head, "padding", "VALID");
        }
        addConst(g, "b", randomT({5}, 2));  // 5 != 4 channels
        floatNode(g, "bias", "BiasAdd", {"head", "b"});
        floatNode(g, "relu", "Relu", {"bias"});
        for (bool fuse : {true, false}) {
            SessionOptions options;
            options.fuseEpilogues = fuse;
            auto session = Session::create(g, nullptr, {}, options);
            ASSERT_TRUE(session.ok());
            auto out = (*session)->run({{"x", conv ? randomT({1, 2, 2, 3}, 3) : randomT({2, 3}, 3)}}, {"relu"});
            EXPECT_FALSE(out.ok()) << op << (fuse ? " fused" : " unfused");
        }
    }
}

}  // namespace
}  // namespace tfs::exec
