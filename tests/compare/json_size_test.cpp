// Size statistics (deflate, parameters by dtype, op histogram).
#include <gtest/gtest.h>
#include <zlib.h>

#include <cmath>

#include "core/compare/size_stats.h"
#include "core/util/file.h"
#include "tests/common/test_paths.h"

namespace tfs::compare {
namespace {

TEST(SizeStats, DeflateMatchesZlibMinusItsWrapper) {
    std::string data;
    for (int i = 0; i < 100000; ++i) data += char('a' + (i * 7) % 13);
    uLongf zlen = compressBound(uLong(data.size()));
    std::vector<Bytef> z(zlen);
    ASSERT_EQ(compress2(z.data(), &zlen, reinterpret_cast<const Bytef*>(data.data()), uLong(data.size()), Z_DEFAULT_COMPRESSION), Z_OK);
    // zlib format = 2-byte header + raw deflate + 4-byte Adler-32.
    EXPECT_EQ(deflatedSize(data.data(), data.size()), uint64_t(zlen) - 6);
    EXPECT_LT(deflatedSize(data.data(), data.size()), data.size() / 10);
}

tensorflow::NodeDef constNode(const std::string& name, DataType dtype, Dims dims) {
    tensorflow::NodeDef node;
    node.set_name(name);
    node.set_op("Const");
    Tensor t(dtype, dims);
    t.toProto((*node.mutable_attr())["value"].mutable_tensor());
    (*node.mutable_attr())["dtype"].set_type(dtype);
    return node;
}

TEST(SizeStats, ParametersByDtypeAndOpHistogram) {
    tensorflow::GraphDef graph;
    *graph.add_node() = constNode("w", tensorflow::DT_FLOAT, {10, 10});
    *graph.add_node() = constNode("shape", tensorflow::DT_INT32, {3});
    auto* x = graph.add_node();
    x->set_name("x");
    x->set_op("Placeholder");
    auto* mm = graph.add_node();
    mm->set_name("y");
    mm->set_op("MatMul");
    mm->add_input("x");
    mm->add_input("w");
    auto* fn = graph.mutable_library()->add_function();
    fn->mutable_signature()->set_name("f");
    *fn->add_node_def() = constNode("c", tensorflow::DT_HALF, {8});

    std::string dir = test::scratchDir("compare_size");
    std::string path = joinPath(dir, "g.pb");
    std::string bytes;
    ASSERT_TRUE(graph.SerializeToString(&bytes));
    ASSERT_TRUE(writeFileAtomic(path, bytes).ok());

    Model model;
    model.path = path;
    model.metaGraphs.resize(1);
    *model.metaGraphs[0].def.mutable_graph_def() = graph;
    model.files.push_back({path, bytes.size()});
    model.files.push_back({path, bytes.size()});  // listed twice: counted once
    auto stats = computeSizeStats(model);
    ASSERT_TRUE(stats.ok()) << stats.status().toString();
    EXPECT_EQ(stats->bytes, bytes.size());
    EXPECT_EQ(stats->compressedBytes, deflatedSize(bytes.data(), bytes.size()));
    EXPECT_EQ(stats->paramBytesByDtype.at("float32"), 400u);
    EXPECT_EQ(stats->paramBytesByDtype.at("int32"), 12u);
    EXPECT_EQ(stats->paramBytesByDtype.at("float16"), 16u);
    EXPECT_EQ(stats->constantBytes, 428u);
    EXPECT_EQ(stats->constantCount, 3u);
    EXPECT_EQ(stats->variableBytes, 0u);
    EXPECT_EQ(stats->nodeCount, 4);
    EXPECT_EQ(stats->functionNodeCount, 1);
    EXPECT_EQ(stats->opHistogram.at("Const"), 3);
    EXPECT_EQ(stats->opHistogram.at("MatMul"), 1);

    // An in-memory model (no files) is measured by its serialized graph.
    model.files.clear();
    auto mem = computeSizeStats(model);
    ASSERT_TRUE(mem.ok());
    EXPECT_EQ(mem->bytes, bytes.size());

    SizeStats other = *stats;
    other.opHistogram["MatMul"] = 0;
    other.opHistogram["Dequantize"] = 2;
    auto delta = opHistogramDelta(*stats, other);
    ASSERT_EQ(delta.size(), 2u);
    EXPECT_EQ(delta[0].op, "Dequantize");
    EXPECT_EQ(delta[0].countA, 0);
    EXPECT_EQ(delta[0].countB, 2);
    EXPECT_EQ(delta[1].op, "MatMul");
}

}  // namespace
}  // namespace tfs::compare
