// Memmapped packages (TF's convert_graphdef_memmapped_format): written with
// 64-byte-aligned regions and a trailing directory, detected by content, read
// back to the same constants; corrupt packages are rejected, never crash.

#include <gtest/gtest.h>

#include <cstring>

#include "core/formats/loader.h"
#include "core/formats/memmapped.h"
#include "core/util/file.h"
#include "google/protobuf/text_format.h"
#include "tests/common/test_paths.h"

using namespace tfs;
using namespace tfs::test;

namespace {

tensorflow::GraphDef readGraph(const std::string& path) {
    tensorflow::GraphDef g;
    auto bytes = readFile(path);
    EXPECT_TRUE(bytes.ok()) << path;
    if (bytes.ok() && !g.ParseFromString(*bytes)) google::protobuf::TextFormat::ParseFromString(*bytes, &g);
    return g;
}

}  // namespace

TEST(Memmapped, FrozenModelRoundTripsWithAlignedRegions) {
    TFS_REQUIRE_SHARED_MODELS();
    const std::string source = sharedModel("tf2onnx__fc-layers") + "/frozen.pb";
    auto original = readGraph(source);
    std::string path = scratchDir("memmapped_fc") + "/fc_memmapped.pb";
    MemmappedWriteReport report;
    ASSERT_TRUE(writeMemmappedPackage(path, original, {}, &report).ok());
    EXPECT_GT(report.converted, 0);

    auto package = MemmappedPackage::open(path);
    ASSERT_TRUE(package.ok()) << package.status().toString();
    ASSERT_EQ((*package)->regions().back().name, kMemmappedGraphRegion);
    for (const auto& r : (*package)->regions()) {
        if (r.name != kMemmappedGraphRegion) {
            EXPECT_EQ(r.offset % 64, 0u) << r.name;
        }
    }
    auto graph = (*package)->graph();
    ASSERT_TRUE(graph.ok()) << graph.status().toString();
    int immutable = 0;
    for (const auto& n : graph->node()) {
        if (n.op() != "ImmutableConst") continue;
        ++immutable;
        EXPECT_EQ(n.attr().at("memory_region_name").s().rfind(kMemmappedPrefix, 0), 0u);
        EXPECT_EQ(n.attr().size(), 3u) << n.name();  // dtype, shape, memory_region_name only
    }
    EXPECT_EQ(immutable, report.converted);
    // Small constants stay Const (< 10000 bytes, TF's default threshold).
    for (const auto& n : graph->node()) {
        if (n.op() != "Const") continue;
        auto t = Tensor::fromProto(n.attr().at("value").tensor());
        ASSERT_TRUE(t.ok());
        EXPECT_LT(t->byteSize(), 10000u) << n.name();
    }

    // Materialized, every constant is byte-identical to the original.
    tensorflow::GraphDef back = *graph;
    ASSERT_TRUE(materializeImmutableConsts(&back, **package).ok());
    ASSERT_EQ(back.node_size(), original.node_size());
    for (int i = 0; i < back.node_size(); ++i) {
        const auto& a = original.node(i);
        const auto& b = back.node(i);
        ASSERT_EQ(a.name(), b.name());
        ASSERT_EQ(a.op(), b.op());
        if (a.op() != "Const") continue;
        auto ta = Tensor::fromProto(a.attr().at("value").tensor());
        auto tb = Tensor::fromProto(b.attr().at("value").tensor());
        ASSERT_TRUE(ta.ok() && tb.ok());
        ASSERT_EQ(ta->dims(), tb->dims());
        ASSERT_EQ(ta->byteSize(), tb->byteSize());
        EXPECT_EQ(std::memcmp(ta->rawData(), tb->rawData(), ta->byteSize()), 0) << a.name();
    }

    // The loader detects the package by content, whatever its name.
    auto model = loadModel(path);
    ASSERT_TRUE(model.ok()) << model.status().toString();
    EXPECT_EQ(model->format, ModelFormat::Memmapped);
    EXPECT_EQ(model->graph()->node_size(), original.node_size());
    EXPECT_TRUE(model->warnings.empty() || model->warnings.size() < 3);
    int tagged = 0;
    for (const auto& n : model->graph()->node()) tagged += n.attr().count(kMemmappedPackageAttr) > 0;
    EXPECT_EQ(tagged, report.converted);
    // The plain GraphDef is still a GraphDef.
    auto plain = loadModel(source);
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(plain->format, ModelFormat::GraphDef);
}

TEST(Memmapped, ThresholdControlsConversion) {
    tensorflow::GraphDef g;
    ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(R"(
node { name: "small" op: "Const" attr { key: "dtype" value { type: DT_FLOAT } } attr { key: "value" value { tensor { dtype: DT_FLOAT tensor_shape { dim { size: 3 } } float_val: 1 float_val: 2 float_val: 3 } } } }
node { name: "name/with:odd-chars" op: "Const" attr { key: "dtype" value { type: DT_INT32 } } attr { key: "value" value { tensor { dtype: DT_INT32 tensor_shape { dim { size: 5 } } int_val: 7 } } } }
node { name: "s" op: "Const" attr { key: "dtype" value { type: DT_STRING } } attr { key: "value" value { tensor { dtype: DT_STRING tensor_shape { } string_val: "abc" } } } }
)", &g));
    std::string path = scratchDir("memmapped_small") + "/m.mmapped";
    MemmappedWriteOptions options;
    options.minConversionBytes = 1;
    MemmappedWriteReport report;
    ASSERT_TRUE(writeMemmappedPackage(path, g, options, &report).ok());
    EXPECT_EQ(report.converted, 2);  // strings are never memmapped
    auto package = MemmappedPackage::open(path);
    ASSERT_TRUE(package.ok());
    ASSERT_NE((*package)->find("memmapped_package://name_with_odd_chars"), nullptr);
    auto t = (*package)->tensor("memmapped_package://name_with_odd_chars", tensorflow::DT_INT32, {5});
    ASSERT_TRUE(t.ok()) << t.status().toString();
    for (int i = 0; i < 5; ++i) EXPECT_EQ(t->data<int32_t>()[i], 7);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(t->rawData()) % 64, 0u);  // zero-copy and aligned
    // Asking for more than the region holds is an error, not a read past it.
    EXPECT_FALSE((*package)->tensor("memmapped_package://small", tensorflow::DT_FLOAT, {1000}).ok());
    EXPECT_FALSE((*package)->tensor("memmapped_package://missing", tensorflow::DT_FLOAT, {1}).ok());
}

TEST(Memmapped, CorruptPackagesAreRejected) {
    tensorflow::GraphDef g;
    auto* n = g.add_node();
    n->set_name("c");
    n->set_op("Const");
    Tensor big(tensorflow::DT_FLOAT, {4096});
    big.toProto((*n->mutable_attr())["value"].mutable_tensor());
    (*n->mutable_attr())["dtype"].set_type(tensorflow::DT_FLOAT);
    std::string dir = scratchDir("memmapped_bad");
    ASSERT_TRUE(writeMemmappedPackage(dir + "/ok.pb", g).ok());
    auto bytes = readFile(dir + "/ok.pb");
    ASSERT_TRUE(bytes.ok());
    // Directory offset pointing past the end.
    std::string bad = *bytes;
    for (int i = 0; i < 8; ++i) bad[bad.size() - 8 + size_t(i)] = char(0xff);
    ASSERT_TRUE(writeFileAtomic(dir + "/bad_offset.pb", bad).ok());
    EXPECT_FALSE(MemmappedPackage::open(dir + "/bad_offset.pb").ok());
    EXPECT_FALSE(loadModel(dir + "/bad_offset.pb").ok() && loadModel(dir + "/bad_offset.pb")->format == ModelFormat::Memmapped);
    // Truncated files and every prefix length never crash.
    for (size_t len : {size_t(0), size_t(5), size_t(9), bytes->size() / 2, bytes->size() - 1}) {
        ASSERT_TRUE(writeFileAtomic(dir + "/cut.pb", bytes->substr(0, len)).ok());
        auto p = MemmappedPackage::open(dir + "/cut.pb");
        if (p.ok()) (void)(*p)->graph();
        (void)loadModel(dir + "/cut.pb");
    }
}
