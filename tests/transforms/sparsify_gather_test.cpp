// sparsify_gather: GTT's [N,1] form and tfscope's [N,D] rows, checked
// structurally and by running the lookup tables on the executor.

#include <gtest/gtest.h>

#include "core/exec/session.h"
#include "core/formats/checkpoint.h"
#include "tests/common/test_paths.h"
#include "core/transforms/graph_utils.h"
#include "tests/transforms/quant_test_util.h"
#include "tests/transforms/transform_test_util.h"

using namespace tfs;
using namespace tfs::test;
using namespace tfs::test::quant;

namespace {

// A table with nonzero entries only in the rows listed.
Tensor sparseTable(const Dims& dims, const std::vector<int64_t>& nonzeroRows, uint32_t seed) {
    Tensor t = randomFloat(dims, seed);
    const int64_t row = t.numElements() / dims[0];
    for (int64_t r = 0; r < dims[0]; ++r)
        if (std::find(nonzeroRows.begin(), nonzeroRows.end(), r) == nonzeroRows.end())
            for (int64_t j = 0; j < row; ++j) t.data<float>()[r * row + j] = 0.f;
    return t;
}

Tensor ids32(const std::vector<int32_t>& v) {
    Tensor t(tensorflow::DT_INT32, {int64_t(v.size())});
    std::copy(v.begin(), v.end(), t.data<int32_t>());
    return t;
}

void addIdsPlaceholder(tensorflow::GraphDef* g, const std::string& name, tensorflow::DataType type) {
    auto* n = addNode(g, name, "Placeholder", {}, true);
    (*n->mutable_attr())["dtype"].set_type(type);
}

}  // namespace

TEST(SparsifyGather, GttColumnTableBecomesHashTable) {
    tensorflow::GraphDef g;
    addConst(&g, "emb", sparseTable({40, 1}, {3, 7, 8, 31}, 1));
    addNode(&g, "emb/read", "Identity", {"emb"});
    addIdsPlaceholder(&g, "ids", tensorflow::DT_INT32);
    auto* gather = addNode(&g, "gather", "Gather", {"emb/read", "ids"}, true);
    (*gather->mutable_attr())["Tparams"].set_type(tensorflow::DT_FLOAT);
    (*gather->mutable_attr())["Tindices"].set_type(tensorflow::DT_INT32);
    addNode(&g, "out", "Relu", {"gather"});
    const auto original = g;
    transforms::TransformLog log;
    ASSERT_TRUE(runPasses(&g, "sparsify_gather", "ids", "out", &log).ok());
    EXPECT_EQ(countOp(g, "Gather"), 0);
    EXPECT_EQ(countOp(g, "HashTableV2"), 1);
    EXPECT_EQ(countOp(g, "LookupTableImportV2"), 1);
    EXPECT_EQ(countOp(g, "LookupTableFindV2"), 1);
    ASSERT_NE(findNode(g, "gather"), nullptr);
    EXPECT_EQ(findNode(g, "gather")->op(), "ExpandDims");
    EXPECT_EQ(findNode(g, "emb"), nullptr);  // the dense table is gone
    ASSERT_NE(findNode(g, "group_deps"), nullptr);
    EXPECT_EQ(findNode(g, "group_deps")->input(0), "^emb/InitializeTable");
    auto keys = transforms::constValue(*findNode(g, "emb/indices"));
    ASSERT_TRUE(keys.ok());
    EXPECT_EQ(keys->numElements(), 4);

    Tensor ids = ids32({0, 3, 7, 39, 31, 8, 8, 5});
    auto before = run(original, {{"ids:0", ids}}, {"out:0"});
    auto after = run(g, {{"ids:0", ids}}, {"out:0"});
    ASSERT_TRUE(before.ok()) << before.status().toString();
    ASSERT_TRUE(after.ok()) << after.status().toString();
    EXPECT_EQ((*after)[0].dims(), (*before)[0].dims());
    EXPECT_EQ(maxAbsDiff((*after)[0], (*before)[0]), 0.0);
}

TEST(SparsifyGather, RowTablesKeepWholeRowsAndRunRepeatedly) {
    tensorflow::GraphDef g;
    addConst(&g, "emb", sparseTable({50, 3, 2}, {0, 11, 12, 49}, 2));
    addIdsPlaceholder(&g, "ids", tensorflow::DT_INT64);
    addConst(&g, "axis", Tensor::scalar<int32_t>(tensorflow::DT_INT32, 0));
    auto* gather = addNode(&g, "gather", "GatherV2", {"emb", "ids", "axis"}, true);
    (*gather->mutable_attr())["Tparams"].set_type(tensorflow::DT_FLOAT);
    (*gather->mutable_attr())["Tindices"].set_type(tensorflow::DT_INT64);
    (*gather->mutable_attr())["Taxis"].set_type(tensorflow::DT_INT32);
    const auto original = g;
    ASSERT_TRUE(runPasses(&g, "sparsify_gather(group_init_node=init_tables)", "ids", "gather").ok());
    EXPECT_EQ(countOp(g, "GatherV2"), 0);
    EXPECT_EQ(countOp(g, "MutableHashTableOfTensorsV2"), 1);
    EXPECT_EQ(findNode(g, "gather")->op(), "LookupTableFindV2");
    EXPECT_EQ(findNode(g, "init_tables")->op(), "NoOp");
    auto values = transforms::constValue(*findNode(g, "emb/values"));
    ASSERT_TRUE(values.ok());
    EXPECT_EQ(values->dims(), (Dims{4, 3, 2}));

    Tensor ids(tensorflow::DT_INT64, {2, 3});
    int64_t v[] = {11, 1, 49, 0, 12, 30};
    std::copy(v, v + 6, ids.data<int64_t>());
    auto before = run(original, {{"ids:0", ids}}, {"gather:0"});
    ASSERT_TRUE(before.ok());
    // One session, init op first (TF's way), then several runs.
    auto session = exec::Session::create(g, nullptr);
    ASSERT_TRUE(session.ok()) << session.status().toString();
    ASSERT_TRUE((*session)->run({}, {}, {"init_tables"}).ok());
    for (int i = 0; i < 3; ++i) {
        auto after = (*session)->run({{"ids:0", ids}}, {"gather:0"});
        ASSERT_TRUE(after.ok()) << after.status().toString();
        EXPECT_EQ((*after)[0].dims(), (Dims{2, 3, 3, 2}));
        EXPECT_EQ(maxAbsDiff((*after)[0], (*before)[0]), 0.0);
    }
}

TEST(SparsifyGather, TableKernelsImportFindAndSize) {
    tensorflow::GraphDef g;
    auto* table = addNode(&g, "t", "HashTableV2", {}, true);
    (*table->mutable_attr())["key_dtype"].set_type(tensorflow::DT_INT64);
    (*table->mutable_attr())["value_dtype"].set_type(tensorflow::DT_FLOAT);
    Tensor keys(tensorflow::DT_INT64, {3});
    keys.data<int64_t>()[0] = 9;
    keys.data<int64_t>()[1] = -4;
    keys.data<int64_t>()[2] = 100;
    Tensor vals(tensorflow::DT_FLOAT, {3});
    vals.data<float>()[0] = 1.5f;
    vals.data<float>()[1] = -2.f;
    vals.data<float>()[2] = 7.f;
    addConst(&g, "k", keys);
    addConst(&g, "v", vals);
    addConst(&g, "d", Tensor::scalar<float>(tensorflow::DT_FLOAT, -1.f));
    addNode(&g, "import", "LookupTableImportV2", {"t", "k", "v"}, true);
    addIdsPlaceholder(&g, "q", tensorflow::DT_INT64);
    addNode(&g, "find", "LookupTableFindV2", {"t", "q", "d"}, true);
    addNode(&g, "size", "LookupTableSizeV2", {"t"}, true);
    auto session = exec::Session::create(g, nullptr);
    ASSERT_TRUE(session.ok());
    Tensor q(tensorflow::DT_INT64, {4});
    int64_t qs[] = {100, 0, -4, 9};
    std::copy(qs, qs + 4, q.data<int64_t>());
    // Before the import the table is not initialized: an error naming the fix.
    auto early = (*session)->run({{"q:0", q}}, {"find:0"});
    ASSERT_FALSE(early.ok());
    EXPECT_NE(early.status().message().find("not initialized"), std::string::npos);
    ASSERT_TRUE((*session)->run({}, {}, {"import"}).ok());
    auto r = (*session)->run({{"q:0", q}}, {"find:0", "size:0"});
    ASSERT_TRUE(r.ok()) << r.status().toString();
    const float want[] = {7.f, -1.f, -2.f, 1.5f};
    for (int i = 0; i < 4; ++i) EXPECT_EQ((*r)[0].data<float>()[i], want[i]);
    EXPECT_EQ((*r)[1].data<int64_t>()[0], 3);
}

TEST(SparsifyGather, SkipsWhatItCannotConvert) {
    tensorflow::GraphDef g;
    addConst(&g, "emb", sparseTable({6, 4}, {1}, 3));
    addIdsPlaceholder(&g, "ids", tensorflow::DT_INT32);
    addConst(&g, "axis", Tensor::scalar<int32_t>(tensorflow::DT_INT32, 1));
    auto* gather = addNode(&g, "gather", "GatherV2", {"emb", "ids", "axis"}, true);
    (*gather->mutable_attr())["Tindices"].set_type(tensorflow::DT_INT32);
    transforms::TransformLog log;
    ASSERT_TRUE(runPasses(&g, "sparsify_gather", "ids", "gather", &log).ok());
    EXPECT_EQ(countOp(g, "GatherV2"), 1);
    EXPECT_EQ(countOp(g, "LookupTableFindV2"), 0);
    ASSERT_FALSE(log.passes.empty());
    bool noted = false;
    for (const auto& n : log.passes.back().notes) noted |= n.english().find("axis-0") != std::string::npos;
    EXPECT_TRUE(noted);
}

TEST(SparsifyGather, VariableTablesReadFromInputCheckpoint) {
    // A TF1 graph whose table is a VariableV2 read through Identity; values come from a checkpoint.
    tensorflow::GraphDef g;
    auto* var = addNode(&g, "emb", "VariableV2", {}, true);
    (*var->mutable_attr())["dtype"].set_type(tensorflow::DT_FLOAT);
    addNode(&g, "emb/read", "Identity", {"emb"});
    addIdsPlaceholder(&g, "ids", tensorflow::DT_INT64);
    auto* gather = addNode(&g, "gather", "Gather", {"emb/read", "ids"}, true);
    (*gather->mutable_attr())["Tindices"].set_type(tensorflow::DT_INT64);
    Tensor table = sparseTable({12, 1}, {2, 5}, 4);
    const std::string prefix = scratchDir("sparsify") + "/model.ckpt";
    ASSERT_TRUE(writeBundle(prefix, {{"emb", table}}).ok());
    // Without a checkpoint the gather is left alone (with a note); with one it is sparsified.
    auto untouched = g;
    ASSERT_TRUE(runPasses(&untouched, "sparsify_gather", "ids", "gather").ok());
    EXPECT_EQ(countOp(untouched, "Gather"), 1);
    ASSERT_TRUE(runPasses(&g, "sparsify_gather(input_checkpoint=\"" + prefix + "\")", "ids", "gather").ok());
    EXPECT_EQ(countOp(g, "Gather"), 0);
    EXPECT_EQ(countOp(g, "VariableV2"), 0);
    Tensor ids(tensorflow::DT_INT64, {4});
    int64_t v[] = {5, 0, 2, 11};
    std::copy(v, v + 4, ids.data<int64_t>());
    auto r = run(g, {{"ids:0", ids}}, {"gather:0"});
    ASSERT_TRUE(r.ok()) << r.status().toString();
    ASSERT_EQ((*r)[0].dims(), (Dims{4, 1}));
    for (int i = 0; i < 4; ++i) EXPECT_EQ((*r)[0].data<float>()[i], table.data<float>()[v[i]]);
    // A missing checkpoint is an error naming the parameter.
    auto again = untouched;
    EXPECT_FALSE(runPasses(&again, "sparsify_gather(input_checkpoint=/nonexistent/ckpt)", "ids", "gather").ok());
}
