// The per-op tables (summarizeTimings, runProfiled) that bench and the Run panel share,
// and buildFeeds, the one rule for filling a run's inputs (random with a seed, files, interior tensors).
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <set>

#include "core/exec/op_profile.h"
#include "core/exec/run_support.h"
#include "core/formats/loader.h"
#include "core/util/npy.h"
#include "tests/common/test_paths.h"

namespace tfs::exec {
namespace {

// Same dtype, shape and bytes.
bool sameValues(const Tensor& a, const Tensor& b) {
    return a.dtype() == b.dtype() && a.dims() == b.dims() && a.byteSize() == b.byteSize() &&
           std::memcmp(a.rawData(), b.rawData(), size_t(a.byteSize())) == 0;
}

TEST(OpProfile, AveragesRunsAndGroupsByNodeAndOp) {
    // Two runs: a loop body node executes twice per run, a BiasAdd is fused into its MatMul,
    // and a node of the same name inside a function is a different node.
    std::vector<NodeTiming> t;
    for (int run = 0; run < 2; ++run) {
        t.push_back({"mm", "MatMul", 3.0, 100, false, ""});
        t.push_back({"bias", "BiasAdd", 0.0, 10, true, ""});
        t.push_back({"loop/add", "AddV2", 1.0, 5, false, ""});
        t.push_back({"loop/add", "AddV2", 1.0, 5, false, ""});
        t.push_back({"mm", "MatMul", 2.0, 50, false, "f"});
    }
    OpProfile p = summarizeTimings(t, 2);
    EXPECT_EQ(p.runs, 2);
    EXPECT_DOUBLE_EQ(p.totalMs, 3 + 0 + 2 + 2);
    EXPECT_DOUBLE_EQ(p.totalFlops, 100 + 10 + 10 + 50);
    ASSERT_EQ(p.nodes.size(), 4u);
    EXPECT_EQ(p.nodes[0].node, "mm");
    EXPECT_EQ(p.nodes[0].function, "");
    EXPECT_DOUBLE_EQ(p.nodes[0].ms, 3.0);
    EXPECT_NEAR(p.nodes[0].percent, 100.0 * 3 / 7, 1e-9);
    // Ties (2 ms) are ordered by (function, node): the main graph's loop node, then f's mm.
    EXPECT_EQ(p.nodes[1].node, "loop/add");
    EXPECT_DOUBLE_EQ(p.nodes[1].executionsPerRun, 2.0);
    EXPECT_EQ(p.nodes[2].function, "f");
    EXPECT_TRUE(p.nodes[3].fused);
    ASSERT_EQ(p.opTypes.size(), 3u);
    EXPECT_EQ(p.opTypes[0].op, "MatMul");
    EXPECT_EQ(p.opTypes[0].nodes, 2);
    EXPECT_DOUBLE_EQ(p.opTypes[0].ms, 5.0);
    EXPECT_DOUBLE_EQ(p.opTypes[0].flopsPerSecond(), 150 / 0.005);
    EXPECT_EQ(p.opTypes[2].op, "BiasAdd");
    EXPECT_TRUE(p.opTypes[2].allFused());
    EXPECT_EQ(p.opTypes[2].flopsPerSecond(), 0.0);
    double percent = 0;
    for (const auto& o : p.opTypes) percent += o.percent;
    EXPECT_NEAR(percent, 100.0, 1e-9);
    EXPECT_TRUE(summarizeTimings({}, 0).empty());
}

TEST(OpProfile, ProfiledRunOfARealModelMatchesItsReference) {
    TFS_REQUIRE_SHARED_MODELS();
    const std::string dir = test::sharedModel("tf2onnx__fc-layers");
    auto model = loadModel(dir + "/frozen.pb");
    ASSERT_TRUE(model.ok()) << model.status().message();
    auto x = readNpy(dir + "/reference/batch1/inputs/X_0.npy");
    auto want = readNpy(dir + "/reference/batch1/outputs/output_0.npy");
    ASSERT_TRUE(x.ok() && want.ok());
    SessionOptions options;
    options.threads = 1;
    auto session = Session::fromModel(*model, 0, options);
    ASSERT_TRUE(session.ok()) << session.status().message();
    auto run = runProfiled(**session, {{"X:0", *x}}, {"output:0"}, 3);
    ASSERT_TRUE(run.ok()) << run.status().message();
    ASSERT_EQ(run->outputs.size(), 1u);
    const Tensor& got = run->outputs[0];
    ASSERT_EQ(got.dims(), want->dims());
    for (int64_t i = 0; i < got.numElements(); ++i)
        EXPECT_NEAR(tensorElementAsDouble(got, i), tensorElementAsDouble(*want, i), 1e-5 + 1e-4 * std::fabs(tensorElementAsDouble(*want, i)));
    EXPECT_EQ(run->runMs.size(), 3u);
    EXPECT_GT(run->firstMs, 0.0);
    const OpProfile& p = run->profile;
    EXPECT_EQ(p.runs, 3);
    std::set<std::string> graphOps, graphNodes;
    for (const auto& n : model->graph()->node()) {
        graphOps.insert(n.op());
        graphNodes.insert(n.name());
    }
    ASSERT_FALSE(p.nodes.empty());
    double sum = 0;
    for (const auto& n : p.nodes) {
        EXPECT_TRUE(graphNodes.count(n.node)) << n.node;
        EXPECT_GE(n.ms, 0.0);
        sum += n.ms;
    }
    EXPECT_NEAR(sum, p.totalMs, 1e-9 * std::max(1.0, p.totalMs));
    bool matmul = false;
    for (const auto& o : p.opTypes) {
        EXPECT_TRUE(graphOps.count(o.op)) << o.op;
        matmul |= o.op == "MatMul" && o.nodes == 3 && o.flops > 0;
    }
    EXPECT_TRUE(matmul) << "three MatMul layers with FLOPs expected";
    // Node times are per run: their sum cannot exceed a profiled run's wall time by more than
    // the threads could overlap (one thread here), plus timer slack.
    double slowestRun = 0;
    for (double ms : run->runMs) slowestRun = std::max(slowestRun, ms);
    EXPECT_LE(p.totalMs, slowestRun * 1.05 + 0.5);
}

TEST(OpProfile, CancelledBeforeTheProfiledRuns) {
    TFS_REQUIRE_SHARED_MODELS();
    auto model = loadModel(test::sharedModel("tf2onnx__fc-layers") + "/frozen.pb");
    ASSERT_TRUE(model.ok());
    auto session = Session::fromModel(*model);
    ASSERT_TRUE(session.ok());
    WorkContext work;
    work.cancel.cancel();
    auto x = randomTensor(tensorflow::DT_FLOAT, {1, 784}, 1);
    ASSERT_TRUE(x.ok());
    auto run = runProfiled(**session, {{"X:0", *x}}, {"output:0"}, 5, work);
    ASSERT_FALSE(run.ok());
    EXPECT_EQ(run.status().code(), StatusCode::Cancelled);
}

RunIo twoInputs() {
    RunIo io;
    TensorSpec a;
    a.tensorName = "a:0";
    a.dtype = tensorflow::DT_FLOAT;
    a.shape.knownRank = true;
    a.shape.dims = {-1, 3};
    TensorSpec b = a;
    b.tensorName = "b:0";
    b.dtype = tensorflow::DT_INT32;
    b.shape.dims = {2};
    io.inputs = {a, b};
    return io;
}

TEST(BuildFeeds, RandomInputsAreReproducibleAndFollowTheSeedRule) {
    FeedOptions o;
    o.seed = 7;
    o.batch = 4;
    auto first = buildFeeds(twoInputs(), {}, o);
    auto again = buildFeeds(twoInputs(), {}, o);
    ASSERT_TRUE(first.ok() && again.ok()) << first.status().message();
    ASSERT_EQ(first->size(), 2u);
    EXPECT_TRUE((*first)[0].random);
    EXPECT_EQ((*first)[0].tensor.dims(), (Dims{4, 3}));
    for (size_t i = 0; i < 2; ++i) EXPECT_TRUE(sameValues((*first)[i].tensor, (*again)[i].tensor));
    // The k-th random input uses seed * 1000003 + k, as `run --random-inputs` always did.
    auto expected = randomTensor(tensorflow::DT_INT32, {2}, 7 * 1000003u + 1);
    ASSERT_TRUE(expected.ok());
    EXPECT_TRUE(sameValues((*first)[1].tensor, *expected));
    o.seed = 8;
    auto other = buildFeeds(twoInputs(), {}, o);
    ASSERT_TRUE(other.ok());
    EXPECT_FALSE(sameValues((*other)[0].tensor, (*first)[0].tensor));
}

TEST(BuildFeeds, GivenTensorsInteriorFeedsAndMissingInputs) {
    auto given = randomTensor(tensorflow::DT_FLOAT, {1, 3}, 3);
    ASSERT_TRUE(given.ok());
    FeedOptions o;
    o.missing = MissingInput::Skip;
    auto feeds = buildFeeds(twoInputs(), {{"a", *given}, {"Mfcc", *given}}, o);
    ASSERT_TRUE(feeds.ok());
    ASSERT_EQ(feeds->size(), 2u);  // b skipped
    EXPECT_EQ((*feeds)[0].tensorName, "a:0");
    EXPECT_EQ((*feeds)[1].tensorName, "Mfcc:0");
    EXPECT_EQ(namedFeeds(*feeds)[1].first, "Mfcc:0");
    o.missing = MissingInput::Error;
    auto missing = buildFeeds(twoInputs(), {{"a", *given}}, o);
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.status().message().find("'b:0'"), std::string::npos) << missing.status().message();
    RunIo sig = twoInputs();
    sig.signature = "serving_default";
    o.missing = MissingInput::Random;
    o.signatureNamesOnly = true;
    auto unknown = buildFeeds(sig, {{"zzz", *given}}, o);
    ASSERT_FALSE(unknown.ok());
    EXPECT_NE(unknown.status().message().find("no input 'zzz'"), std::string::npos);
    // An unknown non-batch dimension is an error that says how to give it.
    RunIo open = twoInputs();
    open.inputs[0].shape.dims = {1, -1};
    auto dims = buildFeeds(open, {}, FeedOptions{});
    ASSERT_FALSE(dims.ok());
    EXPECT_NE(dims.status().message().find("--shape"), std::string::npos);
}

}  // namespace
}  // namespace tfs::exec
