// The example model embedded in resources/ is what tfscope's own builder
// produces (same graph; weights equal up to float rounding) (regenerate with TFSCOPE_UPDATE_GOLDEN=1).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "core/formats/loader.h"
#include "core/formats/proto_io.h"
#include "core/formats/writers.h"
#include "core/model/example_model.h"
#include "core/model/graph_index.h"
#include "core/model/tensor.h"
#include "core/util/file.h"
#include "tests/common/test_paths.h"

namespace tfs {
namespace {

// Same nodes, inputs and attributes; tensor values equal within a few ulps, since the
// generated weights round differently at different optimisation levels and sanitizers.
void expectSameTensor(const tensorflow::TensorProto& stored, const tensorflow::TensorProto& fresh,
                      const std::string& where) {
    auto a = Tensor::fromProto(stored), b = Tensor::fromProto(fresh);
    ASSERT_TRUE(a.ok() && b.ok()) << where;
    ASSERT_EQ(a->dtype(), b->dtype()) << where;
    ASSERT_EQ(a->dims(), b->dims()) << where;
    if (a->dtype() == tensorflow::DT_STRING) {
        EXPECT_EQ(a->strings(), b->strings()) << where;
        return;
    }
    for (int64_t i = 0; i < a->numElements(); ++i) {
        double x = tensorElementAsDouble(*a, i), y = tensorElementAsDouble(*b, i);
        ASSERT_NEAR(x, y, 1e-6 * std::max(1.0, std::abs(y))) << where << " element " << i;
    }
}

TEST(ExampleModel, EmbeddedResourceMatchesTheGenerator) {
    std::string path = std::string(TFSCOPE_SOURCE_DIR_FOR_TESTS) + "/resources/example_cnn.pb";
    if (std::getenv("TFSCOPE_UPDATE_GOLDEN")) {
        ASSERT_TRUE(writeGraphDef(path + ".new", makeExampleCnn(), ProtoEncoding::Binary).ok());
        std::rename((path + ".new").c_str(), path.c_str());
    }
    auto bytes = readFile(path);
    ASSERT_TRUE(bytes.ok()) << bytes.status().toString();
    tensorflow::GraphDef stored;
    ASSERT_TRUE(stored.ParseFromString(*bytes)) << path;
    tensorflow::GraphDef fresh = makeExampleCnn();
    const char* stale = "resources/example_cnn.pb is stale; regenerate with TFSCOPE_UPDATE_GOLDEN=1";
    ASSERT_EQ(stored.node_size(), fresh.node_size()) << stale;
    int tensorsCompared = 0;
    for (int i = 0; i < fresh.node_size(); ++i) {
        const auto &s = stored.node(i), &f = fresh.node(i);
        ASSERT_EQ(s.name(), f.name()) << stale;
        EXPECT_EQ(s.op(), f.op()) << s.name() << ": " << stale;
        EXPECT_EQ(std::vector<std::string>(s.input().begin(), s.input().end()),
                  std::vector<std::string>(f.input().begin(), f.input().end()))
            << s.name() << ": " << stale;
        ASSERT_EQ(s.attr_size(), f.attr_size()) << s.name() << ": " << stale;
        for (const auto& [key, value] : f.attr()) {
            auto it = s.attr().find(key);
            ASSERT_NE(it, s.attr().end()) << s.name() << " lacks attr " << key << ": " << stale;
            if (value.has_tensor()) {
                expectSameTensor(it->second.tensor(), value.tensor(), s.name() + "." + key);
                ++tensorsCompared;
            } else {
                EXPECT_EQ(it->second.SerializeAsString(), value.SerializeAsString())
                    << s.name() << "." << key << ": " << stale;
            }
        }
    }
    EXPECT_GE(tensorsCompared, 4);  // conv kernels, batch-norm parameters, dense weights at least
}

TEST(ExampleModel, IsAValidCnnWithBatchNormAndDropout) {
    auto graph = makeExampleCnn();
    GraphIndex index(graph);
    EXPECT_TRUE(index.danglingInputs().empty());
    EXPECT_TRUE(index.duplicateNames().empty());
    EXPECT_TRUE(index.cyclicNodes().empty());
    int bn = 0, conv = 0, dropout = 0;
    for (const auto& n : graph.node()) {
        if (n.op() == "FusedBatchNormV3") ++bn;
        if (n.op() == "Conv2D") ++conv;
        if (n.name().rfind("dropout/", 0) == 0) ++dropout;
    }
    EXPECT_EQ(bn, 2);
    EXPECT_EQ(conv, 2);
    EXPECT_GE(dropout, 6);
    EXPECT_GE(index.find("output"), 0);
    EXPECT_GE(index.find("input"), 0);
}

}  // namespace
}  // namespace tfs
