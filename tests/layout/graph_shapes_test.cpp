// Inferred shapes on edges and in function bodies (graph_shapes.h, edge_labels.h), on real models.
#include <gtest/gtest.h>

#include <algorithm>

#include "tests/common/test_paths.h"
#include "core/formats/loader.h"
#include "core/layout/edge_labels.h"
#include "core/layout/function_graph.h"
#include "core/layout/graph_shapes.h"
#include "core/layout/visible_graph.h"

namespace tfs::layout {
namespace {

// Labels of the data edges of the first picture (initial expansion, weights folded), as the GUI draws them.
std::vector<std::string> firstPictureLabels(const Model& model, const GraphIndex& index, const GraphShapes* shapes) {
    VisibleGraph vg = buildVisibleGraph(index, initialExpansion(index), true);
    std::vector<std::string> labels;
    for (const auto& e : vg.edges)
        if (!e.control) labels.push_back(edgeLabelText(index, model.graph()->library(), e.srcNode, e.srcOutput, shapes));
    return labels;
}

bool contains(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

TEST(GraphShapes, FrozenConvNetEdgesCarryInferredShapes) {
    TFS_REQUIRE_SHARED_MODELS();
    auto model = loadModel(test::sharedModel("utensor__cifar10_cnn") + "/cifar10_cnn.pb");
    ASSERT_TRUE(model.ok()) << model.status().message();
    GraphIndex index(*model->graph());

    // Recorded shapes only: almost every edge reads just its dtype.
    auto recorded = firstPictureLabels(*model, index, nullptr);
    ASSERT_GT(recorded.size(), 20u);
    const auto withShape = [](const std::vector<std::string>& labels) {
        return std::count_if(labels.begin(), labels.end(), [](const std::string& l) { return l.find('[') != std::string::npos; });
    };
    EXPECT_LE(withShape(recorded), 2);

    auto shapes = inferMainGraphShapes(*model, index);
    ASSERT_TRUE(shapes.ok()) << shapes.status().message();
    auto inferred = firstPictureLabels(*model, index, &*shapes);
    EXPECT_GE(withShape(inferred), long(inferred.size()) - 1) << "edges without a shape remain";
    EXPECT_TRUE(contains(inferred, "float32 [?,29,29,32]"));
    EXPECT_FALSE(contains(inferred, "float32 [1,29,29,32]"));

    // Batch 1 on every input whose batch dim is unknown reaches every edge.
    auto inputs = shapeableInputs(index, &*shapes);
    ASSERT_FALSE(inputs.empty());
    InputShapes batch1 = withBatchSize(inputs, {}, 1);
    ASSERT_FALSE(batch1.empty());
    auto one = inferMainGraphShapes(*model, index, batch1);
    ASSERT_TRUE(one.ok()) << one.status().message();
    auto labels1 = firstPictureLabels(*model, index, &*one);
    EXPECT_TRUE(contains(labels1, "float32 [1,29,29,32]"));
    EXPECT_FALSE(contains(labels1, "float32 [?,29,29,32]"));
    for (const auto& in : shapeableInputs(index, &*one)) EXPECT_EQ(in.shape.dims.empty() ? 1 : in.shape.dims[0], 1) << in.name;

    // A wrong input name is an error naming it.
    auto bad = inferMainGraphShapes(*model, index, {{"no_such_input", PartialShape::of({1})}});
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.status().message().find("no_such_input"), std::string::npos);
}

TEST(GraphShapes, FunctionBodyGetsShapesFromItsCaller) {
    TFS_REQUIRE_SHARED_MODELS();
    auto model = loadModel(test::sharedModel("rust__keras_single_input_saved_model"));
    ASSERT_TRUE(model.ok()) << model.status().message();
    const auto& library = model->graph()->library();
    GraphIndex mainIndex(*model->graph());
    auto mainShapes = inferMainGraphShapes(*model, mainIndex);
    ASSERT_TRUE(mainShapes.ok()) << mainShapes.status().message();
    // The serving call: a call node whose first input is a Placeholder.
    int call = -1;
    std::string callee;
    for (int n = 0; n < mainIndex.size() && call < 0; ++n) {
        const auto& nd = mainIndex.node(n);
        if (nd.op() != "StatefulPartitionedCall" || mainIndex.inputs(n).empty()) continue;
        int src = mainIndex.inputs(n)[0].src;
        if (src >= 0 && mainIndex.node(src).op() == "Placeholder") {
            call = n;
            callee = nd.attr().at("f").func().name();
        }
    }
    ASSERT_GE(call, 0);
    const auto* f = findFunction(library, callee);
    ASSERT_NE(f, nullptr);
    auto body = functionBodyGraph(*f, &library);
    auto bodyIndexPtr = std::make_unique<GraphIndex>(*body);
    auto args = callArgumentShapes(mainIndex, *mainShapes, call);
    ASSERT_EQ(int(args.size()), f->signature().input_arg_size());
    auto shapes = inferFunctionBodyShapes(*f, library, *bodyIndexPtr, {}, args);
    ASSERT_TRUE(shapes.ok()) << shapes.status().message();
    // Serving wrappers only call the model function: follow the call, passing what the wrapper infers.
    for (int depth = 0; depth < 3; ++depth) {
        int inner = -1;
        for (int n = 0; n < bodyIndexPtr->size(); ++n)
            if (bodyIndexPtr->node(n).op() == "StatefulPartitionedCall") inner = n;
        if (inner < 0) break;
        const auto* g = findFunction(library, bodyIndexPtr->node(inner).attr().at("f").func().name());
        ASSERT_NE(g, nullptr);
        args = callArgumentShapes(*bodyIndexPtr, *shapes, inner);
        f = g;
        body = functionBodyGraph(*f, &library);
        bodyIndexPtr = std::make_unique<GraphIndex>(*body);
        shapes = inferFunctionBodyShapes(*f, library, *bodyIndexPtr, {}, args);
        ASSERT_TRUE(shapes.ok()) << shapes.status().message();
    }
    const GraphIndex& bodyIndex = *bodyIndexPtr;
    int known = 0, outputs = 0;
    for (int n = 0; n < bodyIndex.size(); ++n)
        for (const auto& o : shapes->outputs[size_t(n)]) {
            ++outputs;
            known += o.shape.knownRank ? 1 : 0;
        }
    EXPECT_GT(outputs, 3);
    EXPECT_GE(known * 10, outputs * 8) << known << " of " << outputs << " outputs with a known rank";

    // A batch size given to the function's first argument reaches its outputs.
    const std::string arg = f->signature().input_arg(0).name();
    auto argShape = shapes->find(bodyIndex.find(arg), 0);
    ASSERT_NE(argShape, nullptr);
    ASSERT_TRUE(argShape->shape.knownRank && !argShape->shape.dims.empty());
    PartialShape seven = argShape->shape;
    seven.dims[0] = 7;
    auto withSeven = inferFunctionBodyShapes(*f, library, bodyIndex, {{arg, seven}}, args);
    ASSERT_TRUE(withSeven.ok()) << withSeven.status().message();
    int sevens = 0;
    for (int n = 0; n < bodyIndex.size(); ++n)
        if (bodyIndex.node(n).op() == "_Retval" || bodyIndex.node(n).op() == "_Arg") continue;
        else
            for (const auto& o : withSeven->outputs[size_t(n)]) sevens += o.shape.rank() > 0 && o.shape.dims[0] == 7 ? 1 : 0;
    EXPECT_GT(sevens, 0);
    EXPECT_FALSE(inferFunctionBodyShapes(*f, library, bodyIndex, {{"not_an_arg", seven}}).ok());
}

TEST(GraphShapes, FunctionBodyInputsUseFlatOutputIndices) {
    tensorflow::FunctionDef f;
    f.mutable_signature()->set_name("f");
    auto* in = f.mutable_signature()->add_input_arg();
    in->set_name("x");
    in->set_type(tensorflow::DT_FLOAT);
    auto* out = f.mutable_signature()->add_output_arg();
    out->set_name("y");
    out->set_type(tensorflow::DT_FLOAT);
    auto* split = f.add_node_def();
    split->set_name("split");
    split->set_op("Split");
    split->add_input("dim");
    split->add_input("x");
    (*split->mutable_attr())["num_split"].set_i(3);
    (*split->mutable_attr())["T"].set_type(tensorflow::DT_FLOAT);
    auto* dim = f.add_node_def();
    dim->set_name("dim");
    dim->set_op("Const");
    (*dim->mutable_attr())["dtype"].set_type(tensorflow::DT_INT32);
    auto* relu = f.add_node_def();
    relu->set_name("relu");
    relu->set_op("Relu");
    relu->add_input("split:output:2");
    (*relu->mutable_attr())["T"].set_type(tensorflow::DT_FLOAT);
    (*f.mutable_ret())["y"] = "relu:activations:0";
    auto body = functionBodyGraph(f);
    GraphIndex index(*body);
    int r = index.find("relu");
    ASSERT_GE(r, 0);
    EXPECT_EQ(body->node(r).input(0), "split:2");
    ASSERT_EQ(index.inputs(r).size(), 1u);
    EXPECT_EQ(index.inputs(r)[0].srcOutput, 2);
    EXPECT_EQ(body->node(index.find("y")).input(0), "relu");
}

TEST(GraphShapes, ParsePartialShape) {
    EXPECT_EQ(parsePartialShape("1,224,224,3")->toString(), "[1,224,224,3]");
    EXPECT_EQ(parsePartialShape(" [?, 28, -1] ")->toString(), "[?,28,?]");
    EXPECT_EQ(parsePartialShape("")->toString(), "[]");
    EXPECT_EQ(parsePartialShape("[]")->toString(), "[]");
    EXPECT_FALSE(parsePartialShape("*")->knownRank);
    for (const char* bad : {"1,x", "1,,2", "[1,2", "-3", "1.5"}) {
        auto r = parsePartialShape(bad);
        EXPECT_FALSE(r.ok()) << bad;
    }
}

}  // namespace
}  // namespace tfs::layout
