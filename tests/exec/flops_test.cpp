// FLOPs estimates: per-op formulas on given shapes, and `bench` totals on a hand-made
// graph with known multiply-adds and on a shared conv model.
#include <gtest/gtest.h>

#include <sstream>

#include "core/batch/batch.h"
#include "core/exec/flops.h"
#include "core/exec/session.h"
#include "core/formats/loader.h"
#include "core/formats/writers.h"
#include "core/model/attrs.h"
#include "core/util/json.h"
#include "engine_test_graphs.h"
#include "tests/common/test_paths.h"

namespace tfs::exec {
namespace {

using test::addConst;
using test::addNode;
using test::setType;

tensorflow::NodeDef nodeOf(const std::string& op) {
    tensorflow::NodeDef n;
    n.set_op(op);
    n.set_name("n");
    return n;
}

TEST(Flops, ContractionFormulas) {
    // Conv2D: out 1x8x8x4, filter 3x3x3x4: 256 outputs * 27 MACs * 2.
    EXPECT_EQ(estimateNodeFlops(nodeOf("Conv2D"), {{1, 8, 8, 3}, {3, 3, 3, 4}}, {{1, 8, 8, 4}}), 2.0 * 256 * 27);
    // Depthwise: out 2x5x5x6 (3 channels x multiplier 2), 3x3 taps each.
    EXPECT_EQ(estimateNodeFlops(nodeOf("DepthwiseConv2dNative"), {{2, 5, 5, 3}, {3, 3, 3, 2}}, {{2, 5, 5, 6}}), 2.0 * 300 * 9);
    // MatMul 7x13 (transposed: given 13x7) times 13x5.
    auto mm = nodeOf("MatMul");
    (*mm.mutable_attr())["transpose_a"].set_b(true);
    EXPECT_EQ(estimateNodeFlops(mm, {{13, 7}, {13, 5}}, {{7, 5}}), 2.0 * 7 * 5 * 13);
    // BatchMatMulV2 with adj_x: a is [3,11,4] -> 3 batches of (4x11)(11x6).
    auto bmm = nodeOf("BatchMatMulV2");
    (*bmm.mutable_attr())["adj_x"].set_b(true);
    EXPECT_EQ(estimateNodeFlops(bmm, {{3, 11, 4}, {3, 11, 6}}, {{3, 4, 6}}), 2.0 * 3 * 4 * 6 * 11);
    // Einsum bhqd,bhkd->bhqk: b2 h3 q5 k7 d4.
    auto es = nodeOf("Einsum");
    (*es.mutable_attr())["equation"].set_s("bhqd,bhkd->bhqk");
    EXPECT_EQ(estimateNodeFlops(es, {{2, 3, 5, 4}, {2, 3, 7, 4}}, {{2, 3, 5, 7}}), 2.0 * 2 * 3 * 5 * 7 * 4);
    // Conv2DBackpropInput: out_backprop 1x4x4x8 through a 3x3x5x8 filter.
    EXPECT_EQ(estimateNodeFlops(nodeOf("Conv2DBackpropInput"), {{4}, {3, 3, 5, 8}, {1, 4, 4, 8}}, {{1, 8, 8, 5}}), 2.0 * 128 * 45);
    // Conv3D: out 1x2x3x3x6, filter 2x2x2x4x6.
    EXPECT_EQ(estimateNodeFlops(nodeOf("Conv3D"), {{1, 3, 4, 4, 4}, {2, 2, 2, 4, 6}}, {{1, 2, 3, 3, 6}}), 2.0 * 108 * 32);
    // _FusedConv2D with BiasAdd+Relu adds one per output element for each fused op.
    auto fused = nodeOf("_FusedConv2D");
    (*fused.mutable_attr())["fused_ops"].mutable_list()->add_s("BiasAdd");
    (*fused.mutable_attr())["fused_ops"].mutable_list()->add_s("Relu");
    EXPECT_EQ(estimateNodeFlops(fused, {{1, 8, 8, 3}, {3, 3, 3, 4}, {4}}, {{1, 8, 8, 4}}), 2.0 * 256 * 27 + 2 * 256);
    // Eight-bit heads count their integer multiply-adds the same way (ranges are scalar inputs).
    EXPECT_TRUE(flopsCounted("QuantizedConv2D"));
    EXPECT_EQ(estimateNodeFlops(nodeOf("QuantizedConv2D"), {{1, 8, 8, 3}, {3, 3, 3, 4}, {}, {}, {}, {}}, {{1, 8, 8, 4}, {}, {}}),
              2.0 * 256 * 27);
    auto qmm = nodeOf("QuantizedMatMul");
    (*qmm.mutable_attr())["transpose_a"].set_b(true);
    EXPECT_EQ(estimateNodeFlops(qmm, {{13, 7}, {13, 5}, {}, {}, {}, {}}, {{7, 5}, {}, {}}), 2.0 * 7 * 5 * 13);
    auto qpool = nodeOf("QuantizedMaxPool");
    for (int k : {1, 2, 3, 1}) (*qpool.mutable_attr())["ksize"].mutable_list()->add_i(k);
    EXPECT_EQ(estimateNodeFlops(qpool, {{1, 8, 8, 3}, {}, {}}, {{1, 4, 3, 3}}), 36.0 * 6);
}

TEST(Flops, ElementwiseAndDataMovement) {
    EXPECT_EQ(estimateNodeFlops(nodeOf("AddV2"), {{3, 5, 7}, {7}}, {{3, 5, 7}}), 105.0);
    EXPECT_EQ(estimateNodeFlops(nodeOf("Relu6"), {{3, 5, 7, 13}}, {{3, 5, 7, 13}}), 3.0 * 5 * 7 * 13);
    EXPECT_EQ(estimateNodeFlops(nodeOf("Sum"), {{3, 5, 7}, {1}}, {{3, 7}}), 105.0);
    auto pool = nodeOf("MaxPool");
    auto* k = (*pool.mutable_attr())["ksize"].mutable_list();
    for (int v : {1, 2, 2, 1}) k->add_i(v);
    EXPECT_EQ(estimateNodeFlops(pool, {{1, 8, 8, 3}}, {{1, 4, 4, 3}}), 48.0 * 4);
    EXPECT_EQ(estimateNodeFlops(nodeOf("Reshape"), {{3, 5}, {1}}, {{15}}), 0.0);
    EXPECT_EQ(estimateNodeFlops(nodeOf("ConcatV2"), {{3, 5}, {3, 5}, {}}, {{6, 5}}), 0.0);
    EXPECT_FALSE(flopsCounted("Reshape"));
    EXPECT_TRUE(flopsCounted("DepthwiseConv2dNative"));
    // Shapes that do not fit never crash and count nothing.
    EXPECT_EQ(estimateNodeFlops(nodeOf("Conv2D"), {{1, 8, 8, 3}}, {{1, 8, 8, 4}}), 0.0);
    EXPECT_EQ(estimateNodeFlops(nodeOf("MatMul"), {{5}}, {}), 0.0);
}

Tensor ramp(Dims dims, float scale) {
    Tensor t(tensorflow::DT_FLOAT, dims);
    for (int64_t i = 0; i < t.numElements(); ++i) t.data<float>()[i] = scale * float((i * 7) % 11 - 5);
    return t;
}

void setInts(tensorflow::NodeDef* n, const std::string& attr, std::vector<int64_t> v) {
    auto* list = (*n->mutable_attr())[attr].mutable_list();
    for (auto x : v) list->add_i(x);
}

// x[1,8,8,3] -> Conv2D 3x3x3x4 SAME -> BiasAdd -> Relu -> depthwise 3x3x4x1 SAME
// -> Reshape [1,256] -> MatMul [256,10]. FLOPs: 13824 + 256 + 256 + 4608 + 5120 = 24064.
tensorflow::GraphDef knownGraph() {
    tensorflow::GraphDef g;
    auto* x = addNode(g, "x", "Placeholder");
    setType(x, "dtype", tensorflow::DT_FLOAT);
    auto* shape = (*x->mutable_attr())["shape"].mutable_shape();
    for (int d : {1, 8, 8, 3}) shape->add_dim()->set_size(d);
    addConst(g, "w", ramp({3, 3, 3, 4}, 0.1f));
    auto* conv = addNode(g, "conv", "Conv2D", {"x", "w"});
    setType(conv, "T", tensorflow::DT_FLOAT);
    setInts(conv, "strides", {1, 1, 1, 1});
    test::setString(conv, "padding", "SAME");
    addConst(g, "b", ramp({4}, 0.01f));
    setType(addNode(g, "bias", "BiasAdd", {"conv", "b"}), "T", tensorflow::DT_FLOAT);
    setType(addNode(g, "relu", "Relu", {"bias"}), "T", tensorflow::DT_FLOAT);
    addConst(g, "dw", ramp({3, 3, 4, 1}, 0.2f));
    auto* dconv = addNode(g, "dconv", "DepthwiseConv2dNative", {"relu", "dw"});
    setType(dconv, "T", tensorflow::DT_FLOAT);
    setInts(dconv, "strides", {1, 1, 1, 1});
    test::setString(dconv, "padding", "SAME");
    Tensor flat(tensorflow::DT_INT32, {2});
    flat.data<int32_t>()[0] = -1;
    flat.data<int32_t>()[1] = 256;
    addConst(g, "flat", flat);
    auto* reshape = addNode(g, "reshape", "Reshape", {"dconv", "flat"});
    setType(reshape, "T", tensorflow::DT_FLOAT);
    setType(reshape, "Tshape", tensorflow::DT_INT32);
    addConst(g, "fc", ramp({256, 10}, 0.05f));
    setType(addNode(g, "logits", "MatMul", {"reshape", "fc"}), "T", tensorflow::DT_FLOAT);
    return g;
}

Result<Json> benchJson(const std::vector<std::string>& extra) {
    std::vector<std::string> args = {"bench"};
    args.insert(args.end(), extra.begin(), extra.end());
    std::ostringstream out, err;
    int code = batch::runBatch(args, out, err);
    if (code != 0) return internalError("bench exit " + std::to_string(code) + ": " + err.str());
    return Json::parse(out.str());
}

double opFlops(const Json& root, const std::string& op) {
    const Json* ops = root.find("ops");
    if (!ops) return -1;
    for (const auto& row : ops->items())
        if (row.stringOr("op") == op) return row.numberOr("flops", -1);
    return -1;
}

TEST(Flops, BenchReportsKnownTotalsOnHandMadeGraph) {
    std::string path = test::scratchDir("exec_flops") + "/known.pb";
    ASSERT_TRUE(writeGraphDef(path, knownGraph(), ProtoEncoding::Binary).ok());
    auto root = benchJson({path, "--runs", "3", "--warmup", "1", "--threads", "1", "--output", "logits", "--json"});
    ASSERT_TRUE(root.ok()) << root.status().toString();
    EXPECT_EQ(root->numberOr("flops"), 24064.0);
    EXPECT_EQ(opFlops(*root, "Conv2D"), 13824.0);
    EXPECT_EQ(opFlops(*root, "DepthwiseConv2dNative"), 4608.0);
    EXPECT_EQ(opFlops(*root, "MatMul"), 5120.0);
    EXPECT_EQ(opFlops(*root, "BiasAdd"), 256.0);
    EXPECT_EQ(opFlops(*root, "Reshape"), 0.0);
    EXPECT_GT(root->numberOr("flops_per_second"), 0.0);
    EXPECT_NEAR(root->numberOr("flops_per_second"), 24064.0 / (root->numberOr("median_ms") / 1000), 1e-6 * root->numberOr("flops_per_second"));

    // Batch 3 triples every count (shapes come from the run, not the graph).
    auto batch3 = benchJson({path, "--runs", "2", "--warmup", "0", "--threads", "1", "--shape", "x=3,8,8,3", "--output", "logits", "--json"});
    ASSERT_TRUE(batch3.ok()) << batch3.status().toString();
    EXPECT_EQ(opFlops(*batch3, "Conv2D"), 3 * 13824.0);

    std::ostringstream out, err;
    ASSERT_EQ(batch::runBatch({"bench", path, "--runs", "2", "--threads", "1", "--output", "logits"}, out, err), 0) << err.str();
    EXPECT_NE(out.str().find("FLOPs per run (estimated): 24.1 kFLOP"), std::string::npos) << out.str();
    EXPECT_NE(out.str().find("FLOP/s"), std::string::npos);
    EXPECT_NE(out.str().find("per op type (one profiled run)"), std::string::npos) << out.str();

    // Several profiled runs: the table is per run (the same FLOPs), and says how many it averaged.
    auto averaged = benchJson({path, "--runs", "2", "--warmup", "0", "--threads", "1", "--output", "logits", "--profile-runs", "4", "--json"});
    ASSERT_TRUE(averaged.ok()) << averaged.status().toString();
    EXPECT_EQ(averaged->numberOr("profile_runs"), 4.0);
    EXPECT_EQ(opFlops(*averaged, "Conv2D"), 13824.0);
    std::ostringstream out4, err4;
    ASSERT_EQ(batch::runBatch({"bench", path, "--runs", "2", "--threads", "1", "--output", "logits", "--profile-runs", "4"}, out4, err4), 0);
    EXPECT_NE(out4.str().find("per op type (mean of 4 profiled runs)"), std::string::npos) << out4.str();
    std::ostringstream out0, err0;
    EXPECT_EQ(batch::runBatch({"bench", path, "--profile-runs", "0"}, out0, err0), 2);
    EXPECT_NE(err0.str().find("--profile-runs must be in [1, 100000]"), std::string::npos) << err0.str();
}

TEST(Flops, BenchConvModelMatchesShapesComputedHere) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string path = test::sharedModel("utensor__cifar10_cnn") + "/cifar10_cnn.pb";
    auto root = benchJson({path, "--runs", "2", "--warmup", "0", "--threads", "1", "--batch", "2", "--json"});
    ASSERT_TRUE(root.ok()) << root.status().toString();

    // Expected: run the graph, fetch every Conv2D/MatMul output, and count
    // 2 * outputs * (kh*kw*cin | k) from the weights' Const shapes.
    auto model = loadModel(path);
    ASSERT_TRUE(model.ok());
    const auto& g = *model->graph(0);
    std::map<std::string, const tensorflow::NodeDef*> byName;
    for (const auto& n : g.node()) byName[n.name()] = &n;
    auto constDims = [&](const std::string& input) {
        std::string name = input.substr(0, input.find(':'));
        const auto* n = byName.at(name);
        while (n->op() == "Identity") n = byName.at(n->input(0).substr(0, n->input(0).find(':')));
        Dims d;
        for (const auto& dim : n->attr().at("value").tensor().tensor_shape().dim()) d.push_back(dim.size());
        return d;
    };
    std::vector<std::string> fetches;
    std::vector<const tensorflow::NodeDef*> heavy;
    for (const auto& n : g.node())
        if (n.op() == "Conv2D" || n.op() == "MatMul") {
            fetches.push_back(n.name());
            heavy.push_back(&n);
        }
    ASSERT_GE(heavy.size(), 3u);
    auto session = Session::fromModel(*model);
    ASSERT_TRUE(session.ok());
    Tensor x(tensorflow::DT_FLOAT, {2, 32, 32, 3});
    auto outs = (*session)->run({{"Placeholder", x}}, fetches);
    ASSERT_TRUE(outs.ok()) << outs.status().toString();
    double conv = 0, matmul = 0;
    for (size_t i = 0; i < heavy.size(); ++i) {
        Dims w = constDims(heavy[i]->input(1));
        double outElems = double((*outs)[i].numElements());
        if (heavy[i]->op() == "Conv2D") conv += 2 * outElems * double(w[0] * w[1] * w[2]);
        else matmul += 2 * outElems * double(attrBool(*heavy[i], "transpose_b") ? w[1] : w[0]);
    }
    EXPECT_GT(conv, 1e6);
    EXPECT_EQ(opFlops(*root, "Conv2D"), conv);
    EXPECT_EQ(opFlops(*root, "MatMul"), matmul);
    EXPECT_GE(root->numberOr("flops"), conv + matmul);
    EXPECT_LT(root->numberOr("flops"), (conv + matmul) * 1.1);  // the rest is Relu/Add/MaxPool
}

}  // namespace
}  // namespace tfs::exec
