// Passes on TF2 function bodies: FunctionDef <-> graph conversion round-trips
// exactly on every shared TF2 SavedModel, and transformModel rewrites bodies
// while the signatures still compute the same outputs on the executor.

#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "core/exec/session.h"
#include "core/formats/loader.h"
#include "core/transforms/function_bodies.h"
#include "core/transforms/grammar.h"
#include "core/transforms/graph_utils.h"
#include "core/transforms/model_transform.h"
#include "tests/common/test_paths.h"
#include "tests/transforms/graph_builder.h"

using namespace tfs;
using namespace tfs::test;

namespace {

const char* kTf2Models[] = {"rust__keras_single_input_saved_model", "cppflow__multi_input_output/model",
                            "tfnet__simple_model_from_auto_compile", "serving__saved_model_half_plus_two_tf2_cpu",
                            "tfjs__uint8_multiply", "rust__regression_savedmodel", "cppflow__lexci_model/model"};

int countInLibrary(const tensorflow::GraphDef& graph, const std::string& op) {
    int n = 0;
    for (const auto& f : graph.library().function())
        for (const auto& node : f.node_def()) n += node.op() == op;
    return n;
}

/// Runs the serving_default signature of both models on the same random inputs; expects equal outputs.
void expectSameSignatureOutputs(const Model& a, const Model& b, uint32_t seed) {
    auto sa = exec::Session::fromModel(a);
    auto sb = exec::Session::fromModel(b);
    ASSERT_TRUE(sa.ok() && sb.ok()) << (sa.ok() ? sb.status().toString() : sa.status().toString());
    const Signature* sig = (*sa)->findSignature("serving_default");
    ASSERT_NE(sig, nullptr);
    exec::NamedTensors feeds;
    for (const auto& in : sig->inputs) {
        Dims dims;
        for (auto d : in.shape.dims) dims.push_back(d < 0 ? 2 : d);
        ASSERT_EQ(in.dtype, tensorflow::DT_FLOAT) << "this helper feeds floats";
        feeds.emplace_back(in.key, randomFloats(dims, seed++));
    }
    auto ra = (*sa)->runSignature("serving_default", feeds);
    auto rb = (*sb)->runSignature("serving_default", feeds);
    ASSERT_TRUE(ra.ok()) << ra.status().toString();
    ASSERT_TRUE(rb.ok()) << rb.status().toString();
    ASSERT_EQ(ra->size(), rb->size());
    for (size_t k = 0; k < ra->size(); ++k) {
        const Tensor& x = (*ra)[k].second;
        const Tensor& y = (*rb)[k].second;
        ASSERT_EQ(x.numElements(), y.numElements());
        for (int64_t i = 0; i < x.numElements(); ++i)
            EXPECT_NEAR(tensorElementAsDouble(y, i), tensorElementAsDouble(x, i), 1e-5 * (1 + std::abs(tensorElementAsDouble(x, i))));
    }
}

}  // namespace

TEST(FunctionBodies, ConversionRoundTripsEveryTf2Function) {
    TFS_REQUIRE_SHARED_MODELS();
    int functions = 0;
    for (const char* folder : kTf2Models) {
        auto model = loadModel(sharedModel(folder));
        ASSERT_TRUE(model.ok()) << folder << ": " << model.status().toString();
        const auto& library = model->graph()->library();
        for (const auto& f : library.function()) {
            auto body = transforms::functionToBodyGraph(f, library);
            ASSERT_TRUE(body.ok()) << folder << " " << f.signature().name() << ": " << body.status().toString();
            EXPECT_EQ(body->graph.node_size(), f.node_def_size() + f.signature().input_arg_size());
            auto back = transforms::bodyGraphToFunction(body->graph, f, library);
            ASSERT_TRUE(back.ok()) << folder << " " << f.signature().name() << ": " << back.status().toString();
            EXPECT_EQ(transforms::stableBytes(*back), transforms::stableBytes(f)) << folder << " " << f.signature().name();
            ++functions;
        }
    }
    EXPECT_GT(functions, 50);
}

TEST(FunctionBodies, RemoveIdentityRewritesKerasBodiesAndKeepsOutputs) {
    TFS_REQUIRE_SHARED_MODELS();
    for (const char* folder : {"rust__keras_single_input_saved_model", "tfnet__simple_model_from_auto_compile",
                               "cppflow__multi_input_output/model"}) {
        SCOPED_TRACE(folder);
        auto model = loadModel(sharedModel(folder));
        ASSERT_TRUE(model.ok()) << model.status().toString();
        auto specs = transforms::parseAndValidateTransforms("remove_nodes(op=Identity) fold_constants(ignore_errors=true) remove_device");
        ASSERT_TRUE(specs.ok());
        Model transformed = *model;
        transforms::TransformLog log;
        Status s = transforms::transformModel(&transformed, *specs, {}, &log);
        ASSERT_TRUE(s.ok()) << s.toString();
        const auto& before = *model->graph();
        const auto& after = *transformed.graph();
        EXPECT_LT(countInLibrary(after, "Identity"), countInLibrary(before, "Identity")) << log.format();
        // Each body-safe pass is followed by its own "function bodies" entry.
        int bodyEntries = 0, changedBodies = 0;
        for (const auto& entry : log.passes)
            if (entry.functionBodies) {
                EXPECT_EQ(entry.pass.rfind("function bodies:", 0), 0u) << log.format();
                ++bodyEntries;
                changedBodies += entry.changed;
            }
        EXPECT_EQ(bodyEntries, 3) << log.format();
        EXPECT_GT(changedBodies, 0);
        for (const auto& f : after.library().function())
            for (const auto& n : f.node_def()) EXPECT_TRUE(n.device().empty()) << f.signature().name() << " " << n.name();
        expectSameSignatureOutputs(*model, transformed, 21);

        // Opting out leaves the library alone.
        transforms::ModelTransformOptions options;
        options.functionBodies = false;
        Model untouched = *model;
        ASSERT_TRUE(transforms::transformModel(&untouched, *specs, options, nullptr).ok());
        EXPECT_EQ(countInLibrary(*untouched.graph(), "Identity"), countInLibrary(before, "Identity"));
    }
}

TEST(FunctionBodies, RoundWeightsReachesConstantsInsideBodies) {
    // A body with a large float Const: round_weights inside the function, outputs within its bound.
    tensorflow::GraphDef g;
    auto* f = g.mutable_library()->add_function();
    f->mutable_signature()->set_name("scale_fn");
    auto* in = f->mutable_signature()->add_input_arg();
    in->set_name("x");
    in->set_type(tensorflow::DT_FLOAT);
    auto* outArg = f->mutable_signature()->add_output_arg();
    outArg->set_name("y");
    outArg->set_type(tensorflow::DT_FLOAT);
    transforms::makeConst("w", randomFloats({64}, 8), f->add_node_def());
    auto* mul = f->add_node_def();
    mul->set_name("mul");
    mul->set_op("Mul");
    mul->add_input("x");
    mul->add_input("w:output:0");
    setTypeAttr(*mul, "T", tensorflow::DT_FLOAT);
    (*f->mutable_ret())["y"] = "mul:z:0";
    GraphBuilder b;
    b.placeholder("x");
    auto& call = b.op("call", "PartitionedCall", {"x"}, "");
    (*call.mutable_attr())["f"].mutable_func()->set_name("scale_fn");
    (*call.mutable_attr())["Tin"].mutable_list()->add_type(tensorflow::DT_FLOAT);
    (*call.mutable_attr())["Tout"].mutable_list()->add_type(tensorflow::DT_FLOAT);
    *b.graph().mutable_library() = g.library();
    Model model;
    MetaGraph mg;
    *mg.def.mutable_graph_def() = b.graph();
    model.metaGraphs.push_back(mg);
    auto specs = transforms::parseAndValidateTransforms("round_weights(num_steps=4)");
    ASSERT_TRUE(specs.ok());
    transforms::ModelTransformOptions options;
    options.inputs = {"x"};
    options.outputs = {"call"};
    Model transformed = model;
    ASSERT_TRUE(transforms::transformModel(&transformed, *specs, options, nullptr).ok());
    const auto& body = transformed.graph()->library().function(0);
    ASSERT_EQ(body.ret().at("y"), "mul:z:0");
    const tensorflow::NodeDef* w = nullptr;
    for (const auto& n : body.node_def())
        if (n.name() == "w") w = &n;
    ASSERT_NE(w, nullptr);
    auto values = transforms::constValue(*w);
    ASSERT_TRUE(values.ok());
    std::set<float> levels(values->data<float>(), values->data<float>() + values->numElements());
    EXPECT_LE(levels.size(), 4u);  // rounded to 4 levels inside the function
    Tensor x = randomFloats({64}, 2);
    auto s1 = exec::Session::create(*model.graph(), nullptr);
    auto s2 = exec::Session::create(*transformed.graph(), nullptr);
    ASSERT_TRUE(s1.ok() && s2.ok());
    auto r1 = (*s1)->run({{"x", x}}, {"call"});
    auto r2 = (*s2)->run({{"x", x}}, {"call"});
    ASSERT_TRUE(r1.ok() && r2.ok()) << (r1.ok() ? r2.status().toString() : r1.status().toString());
    double maxDiff = 0;
    for (int64_t i = 0; i < 64; ++i)
        maxDiff = std::max(maxDiff, double(std::abs((*r1)[0].data<float>()[i] - (*r2)[0].data<float>()[i])));
    EXPECT_GT(maxDiff, 0.0);        // the weights really changed
    EXPECT_LE(maxDiff, 1.0 / 3.0 + 1e-6);  // weights in [-1,1): 4 levels, step <= 2/3, error <= step/2, |x| < 1
}
