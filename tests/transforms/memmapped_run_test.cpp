// Memmapped packages on the executor: shared frozen models converted with
// `tfscope --batch convert --to memmapped` run with outputs identical to the
// originals (ImmutableConst reads the regions), and convert back losslessly.

#include <gtest/gtest.h>

#include <cstring>
#include <iostream>
#include <sstream>

#include "core/batch/batch.h"
#include "core/exec/session.h"
#include "core/formats/loader.h"
#include "core/transforms/graph_utils.h"
#include "tests/common/test_paths.h"
#include "tests/transforms/graph_builder.h"

using namespace tfs;
using namespace tfs::test;

namespace {

struct Item {
    const char* folder;
    const char* file;
    const char* input;
    Dims inputDims;
    const char* output;
};

int runCli(const std::vector<std::string>& args, std::string* out, std::string* err) {
    std::ostringstream o, e;
    int code = batch::runBatch(args, o, e);
    *out = o.str();
    *err = e.str();
    return code;
}

}  // namespace

TEST(MemmappedRun, FrozenModelsRunIdenticallyFromThePackage) {
    TFS_REQUIRE_SHARED_MODELS();
    const Item items[] = {{"tf2onnx__fc-layers", "frozen.pb", "X", {2, 784}, "output"},
                          {"tf2onnx__ae0", "frozen.pb", "X", {3, 784}, "output"},
                          {"nnstreamer__mnist", "mnist.pb", "input", {1, 784}, "softmax"},
                          {"utensor__cifar10_cnn", "cifar10_cnn.pb", "Placeholder", {2, 32, 32, 3}, "fully_connect_2/logits"}};
    std::string dir = scratchDir("memmapped_run");
    for (const auto& item : items) {
        SCOPED_TRACE(item.folder);
        std::string source = sharedModel(item.folder) + "/" + item.file;
        std::string package = dir + "/" + item.folder + ".mmapped";
        std::string out, err;
        ASSERT_EQ(runCli({"convert", source, package, "--to", "memmapped"}, &out, &err), 0) << err;
        if (std::string(item.folder) == "tf2onnx__fc-layers") std::cout << out;  // what users see
        EXPECT_NE(out.find("to ImmutableConst"), std::string::npos) << out;

        auto original = loadModel(source);
        auto mapped = loadModel(package);
        ASSERT_TRUE(original.ok() && mapped.ok()) << mapped.status().toString();
        ASSERT_EQ(mapped->format, ModelFormat::Memmapped);
        int immutable = 0;
        for (const auto& n : mapped->graph()->node()) immutable += n.op() == "ImmutableConst";
        EXPECT_GT(immutable, 0);

        Tensor x = randomFloats(item.inputDims, 17);
        std::vector<Tensor> results[2];
        int k = 0;
        for (const Model* m : std::vector<const Model*>{&*original, &*mapped}) {
            auto session = exec::Session::fromModel(*m);
            ASSERT_TRUE(session.ok()) << session.status().toString();
            auto r = (*session)->run({{item.input, x}}, {item.output});
            ASSERT_TRUE(r.ok()) << r.status().toString();
            results[k++] = std::move(r).value();
        }
        ASSERT_EQ(results[0][0].dims(), results[1][0].dims());
        ASSERT_EQ(results[0][0].byteSize(), results[1][0].byteSize());
        EXPECT_EQ(std::memcmp(results[0][0].rawData(), results[1][0].rawData(), results[0][0].byteSize()), 0);

        // Back to a GraphDef: the constants are the original ones, node for node.
        std::string back = dir + "/" + item.folder + "_back.pb";
        ASSERT_EQ(runCli({"convert", package, back, "--to", "graphdef"}, &out, &err), 0) << err;
        auto restored = loadModel(back);
        ASSERT_TRUE(restored.ok());
        const auto& a = *original->graph();
        const auto& b = *restored->graph();
        ASSERT_EQ(a.node_size(), b.node_size());
        for (int i = 0; i < a.node_size(); ++i) {
            ASSERT_EQ(a.node(i).name(), b.node(i).name());
            if (a.node(i).op() != "Const") continue;
            auto ta = transforms::constValue(a.node(i));
            auto tb = transforms::constValue(b.node(i));
            ASSERT_TRUE(ta.ok() && tb.ok());
            ASSERT_EQ(ta->byteSize(), tb->byteSize());
            EXPECT_EQ(std::memcmp(ta->rawData(), tb->rawData(), ta->byteSize()), 0) << a.node(i).name();
        }
    }
}

TEST(MemmappedRun, ExtractedGraphWithoutPackageFailsClearly) {
    GraphBuilder b;
    auto& node = b.op("w", "ImmutableConst", {}, "");
    (*node.mutable_attr())["dtype"].set_type(tensorflow::DT_FLOAT);
    (*node.mutable_attr())["shape"].mutable_shape()->add_dim()->set_size(3);
    setAttr(node, "memory_region_name", std::string("memmapped_package://w"));
    auto session = exec::Session::create(b.graph(), nullptr);
    ASSERT_TRUE(session.ok()) << session.status().toString();
    auto r = (*session)->run({}, {"w"});
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.status().message().find("memmapped package"), std::string::npos) << r.status().message();
}
