// Constant-subgraph caching: nodes whose inputs are all (transitively) Const are
// computed on a session's first run and served from the plan's cache afterwards.
#include <cmath>
#include <gtest/gtest.h>

#include "core/exec/session.h"
#include "core/formats/loader.h"
#include "core/transforms/runner.h"
#include "core/util/npy.h"
#include "engine_test_graphs.h"
#include "tests/common/test_paths.h"

namespace tfs::exec {
namespace {

using test::addConst;
using test::addNode;
using test::setType;

Tensor filled(Dims dims, float start, float step) {
    Tensor t(tensorflow::DT_FLOAT, dims);
    for (int64_t i = 0; i < t.numElements(); ++i) t.data<float>()[i] = start + step * float(i % 17);
    return t;
}

// x[2,3] -> MatMul(x, Mul(w, scale)) + Neg(bias) + RandomUniform(shape); w*scale and Neg(bias)
// are constant, RandomUniform is stateful and must run every time.
tensorflow::GraphDef foldableGraph(bool withRandom) {
    tensorflow::GraphDef g;
    setType(addNode(g, "x", "Placeholder"), "dtype", tensorflow::DT_FLOAT);
    addConst(g, "w", filled({3, 4}, -1.f, 0.25f));
    addConst(g, "scale", test::scalarF32(0.5f));
    setType(addNode(g, "w_scaled", "Mul", {"w", "scale"}), "T", tensorflow::DT_FLOAT);
    setType(addNode(g, "w_read", "Identity", {"w_scaled"}), "T", tensorflow::DT_FLOAT);
    setType(addNode(g, "mm", "MatMul", {"x", "w_read"}), "T", tensorflow::DT_FLOAT);
    addConst(g, "bias", filled({4}, 2.f, -0.5f));
    setType(addNode(g, "nbias", "Neg", {"bias"}), "T", tensorflow::DT_FLOAT);
    setType(addNode(g, "y", "Add", {"mm", "nbias"}), "T", tensorflow::DT_FLOAT);
    if (withRandom) {
        Tensor shape(tensorflow::DT_INT32, {2});
        shape.data<int32_t>()[0] = 2;
        shape.data<int32_t>()[1] = 4;
        addConst(g, "shape", shape);
        auto* r = addNode(g, "noise", "RandomUniform", {"shape"});
        setType(r, "dtype", tensorflow::DT_FLOAT);
        setType(r, "T", tensorflow::DT_INT32);
        setType(addNode(g, "z", "Add", {"y", "noise"}), "T", tensorflow::DT_FLOAT);
    }
    return g;
}

TEST(ConstantCache, PlanMarksFrontierAndSkipsInterior) {
    auto session = Session::create(foldableGraph(true), nullptr);
    ASSERT_TRUE(session.ok()) << session.status().toString();
    auto plan = (*session)->planFor({"x"}, {"z"});
    ASSERT_TRUE(plan.ok()) << plan.status().toString();
    // Kept: w_read (frontier of w -> Mul -> Identity) and nbias. Skipped once cached:
    // w, scale, w_scaled, bias. The shape Const feeds the stateful RandomUniform, so it
    // stays a (cheap) frontier Const, and RandomUniform itself is never constant.
    EXPECT_EQ((*plan)->numCacheSlots, 2);
    EXPECT_EQ((*plan)->numSkippedWhenCached, 4);
    for (const auto& node : (*plan)->nodes) {
        const std::string& name = node.def->name();
        if (name == "noise" || name == "mm" || name == "y" || name == "z" || name == "x") {
            EXPECT_FALSE(node.constant) << name;
        }
        if (name == "w_read" || name == "nbias") {
            EXPECT_GE(node.cacheSlot, 0) << name;
        }
        if (name == "w_scaled") {
            EXPECT_TRUE(node.skipWhenCached);
        }
        if (name == "shape") {
            EXPECT_TRUE(node.constant && !node.skipWhenCached && node.cacheSlot < 0);
        }
    }
}

TEST(ConstantCache, SecondRunServesCacheWithEqualOutputs) {
    auto session = Session::create(foldableGraph(false), nullptr);
    ASSERT_TRUE(session.ok());
    Tensor x = filled({2, 3}, 0.3f, 0.7f);
    RunStats first, second, third;
    auto a = (*session)->run({{"x", x}}, {"y"}, {}, &first);
    ASSERT_TRUE(a.ok()) << a.status().toString();
    auto b = (*session)->run({{"x", x}}, {"y"}, {}, &second);
    ASSERT_TRUE(b.ok()) << b.status().toString();
    // A different input still uses the kept constants.
    Tensor x2 = filled({2, 3}, -1.f, 0.1f);
    auto c = (*session)->run({{"x", x2}}, {"y"}, {}, &third);
    ASSERT_TRUE(c.ok());

    EXPECT_EQ(first.cachedNodes, 0);
    EXPECT_EQ(second.cachedNodes, 2);
    // First run: w, scale, w_scaled, w_read, mm, bias, nbias, y. Later: mm, y only.
    EXPECT_EQ(first.nodesRun, 8);
    EXPECT_EQ(second.nodesRun, 2);
    EXPECT_EQ(second.cachedBytes, uint64_t(12 * 4 + 4 * 4));
    EXPECT_GE(second.peakBytes, second.cachedBytes);
    ASSERT_EQ((*a)[0].numElements(), (*b)[0].numElements());
    for (int64_t i = 0; i < (*a)[0].numElements(); ++i) EXPECT_EQ((*a)[0].data<float>()[i], (*b)[0].data<float>()[i]);

    // The same graph without folding gives the same numbers for x2.
    SessionOptions noFold;
    noFold.foldConstants = false;
    auto plain = Session::create(foldableGraph(false), nullptr, {}, noFold);
    ASSERT_TRUE(plain.ok());
    RunStats plainStats;
    (void)(*plain)->run({{"x", x2}}, {"y"});
    auto d = (*plain)->run({{"x", x2}}, {"y"}, {}, &plainStats);
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(plainStats.cachedNodes, 0);
    EXPECT_EQ(plainStats.nodesRun, 8);
    for (int64_t i = 0; i < (*c)[0].numElements(); ++i) EXPECT_EQ((*c)[0].data<float>()[i], (*d)[0].data<float>()[i]);
    // y = x2 * (w * 0.5) - bias, checked for one element by hand.
    Tensor wt = filled({3, 4}, -1.f, 0.25f);
    const float* w = wt.data<float>();
    float want = 0;
    for (int k = 0; k < 3; ++k) want += x2.data<float>()[k] * w[k * 4 + 1] * 0.5f;
    want -= 2.f - 0.5f;
    EXPECT_NEAR((*c)[0].data<float>()[1], want, 1e-5);
}

TEST(ConstantCache, StatefulNodesStillRunEveryTime) {
    auto session = Session::create(foldableGraph(true), nullptr);
    ASSERT_TRUE(session.ok());
    Tensor x = filled({2, 3}, 0.3f, 0.7f);
    RunStats second;
    ASSERT_TRUE((*session)->run({{"x", x}}, {"z"}).ok());
    auto b = (*session)->run({{"x", x}}, {"z"}, {}, &second);
    ASSERT_TRUE(b.ok()) << b.status().toString();
    // mm, y, shape (frontier Const), noise, z.
    EXPECT_EQ(second.nodesRun, 5);
    EXPECT_EQ(second.cachedNodes, 2);
}

double cosine(const Tensor& a, const Tensor& b) {
    double ab = 0, aa = 0, bb = 0;
    for (int64_t i = 0; i < a.numElements(); ++i) {
        double x = a.data<float>()[i], y = b.data<float>()[i];
        ab += x * y;
        aa += x * x;
        bb += y * y;
    }
    return ab / std::sqrt(aa * bb + 1e-30);
}

TEST(ConstantCache, QuantizedFcLayersDequantizesOnceAndMatches) {
    TFS_REQUIRE_SHARED_MODELS();
    const std::string dir = test::sharedModel("tf2onnx__fc-layers");
    auto model = loadModel(dir + "/frozen.pb");
    ASSERT_TRUE(model.ok()) << model.status().toString();
    tensorflow::GraphDef g = *model->graph(0);
    ASSERT_TRUE(transforms::runTransformString(&g, {"X"}, {"output"}, "quantize_weights").ok());
    int dequantize = 0;
    for (const auto& n : g.node()) dequantize += n.op() == "Dequantize";
    ASSERT_GT(dequantize, 0);

    auto x = readNpy(dir + "/reference/batch4/inputs/X_0.npy");
    auto want = readNpy(dir + "/reference/batch4/outputs/output_0.npy");
    ASSERT_TRUE(x.ok() && want.ok());
    auto session = Session::create(g, nullptr);
    ASSERT_TRUE(session.ok()) << session.status().toString();
    auto plan = (*session)->planFor({"X"}, {"output"});
    ASSERT_TRUE(plan.ok());
    // Each Const(quint8) -> Dequantize -> Identity(read) chain is kept at its Identity;
    // the bias reads (Const -> Identity) are kept too but cost no extra memory.
    uint64_t dequantizedBytes = 0;
    int kept = 0;
    for (const auto& node : (*plan)->nodes) {
        if (node.def->op() == "Dequantize") {
            EXPECT_TRUE(node.constant && node.skipWhenCached) << node.def->name();
            dequantizedBytes += uint64_t(sizeof(float)) *
                                uint64_t((*plan)->nodes[size_t(node.inputs[0].node)].constValue.numElements());
        }
        kept += node.cacheSlot >= 0;
    }
    EXPECT_EQ(kept, (*plan)->numCacheSlots);
    EXPECT_GE((*plan)->numCacheSlots, dequantize);
    RunStats first, second;
    auto a = (*session)->run({{"X", *x}}, {"output"}, {}, &first);
    auto b = (*session)->run({{"X", *x}}, {"output"}, {}, &second);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(first.cachedNodes, 0);
    EXPECT_EQ(second.cachedNodes, (*plan)->numCacheSlots);
    EXPECT_EQ(first.nodesRun - second.nodesRun, (*plan)->numSkippedWhenCached + (*plan)->numCacheSlots);
    EXPECT_EQ(second.cachedBytes, dequantizedBytes);
    for (int64_t i = 0; i < (*a)[0].numElements(); ++i) ASSERT_EQ((*a)[0].data<float>()[i], (*b)[0].data<float>()[i]);
    // Same tolerance as the transforms test for quantize_weights on this model.
    EXPECT_GE(cosine((*b)[0], *want), 0.998);
}

}  // namespace
}  // namespace tfs::exec
