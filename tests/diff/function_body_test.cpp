// The one FunctionDef -> graph converter: arguments, flat inputs, returns, control returns.
#include <gtest/gtest.h>

#include "core/model/graph_index.h"
#include "core/ops/function_body.h"
#include "google/protobuf/text_format.h"

namespace tfs {
namespace {

TEST(FunctionBody, ArgsFlatInputsAndReturns) {
    tensorflow::FunctionDef f;
    ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(R"pb(
signature { name: "f" input_arg { name: "x" type: DT_FLOAT } output_arg { name: "y" type: DT_FLOAT }
            output_arg { name: "idx" type: DT_INT32 } control_output: "c" }
node_def { name: "u" op: "Unique" input: "x" attr { key: "T" value { type: DT_FLOAT } } attr { key: "out_idx" value { type: DT_INT32 } } }
node_def { name: "neg" op: "Neg" input: "u:y:0" attr { key: "T" value { type: DT_FLOAT } } }
node_def { name: "noop" op: "NoOp" input: "^neg" }
ret { key: "y" value: "neg:y:0" }
ret { key: "idx" value: "u:idx:0" }
control_ret { key: "c" value: "noop" }
)pb", &f));
    FunctionBody body = functionBodyGraph(f, nullptr);
    EXPECT_TRUE(body.problems.empty()) << body.problems.front();
    EXPECT_TRUE(body.check("f").ok());
    EXPECT_EQ(body.args, std::vector<std::string>{"x"});
    EXPECT_EQ(body.outputs, (std::vector<std::string>{"neg", "u:1"}));
    EXPECT_EQ(body.controlOutputs, std::vector<std::string>{"noop"});
    EXPECT_EQ(body.retNodes, (std::vector<std::string>{"y", "idx", "control_ret"}));
    GraphIndex index(*body.graph);
    EXPECT_TRUE(index.danglingInputs().empty());
    const int x = index.find("x");
    ASSERT_GE(x, 0);
    EXPECT_EQ(index.node(x).op(), "_Arg");
    const int idx = index.find("idx");
    ASSERT_GE(idx, 0);
    EXPECT_EQ(index.node(idx).op(), "_Retval");
    ASSERT_EQ(index.inputs(idx).size(), 1u);
    EXPECT_EQ(index.inputs(idx)[0].srcOutput, 1);  // Unique's second output, flat index 1
}

TEST(FunctionBody, UnresolvableInputsAreProblemsNotCrashes) {
    tensorflow::FunctionDef f;
    ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(R"pb(
signature { name: "g" output_arg { name: "y" type: DT_FLOAT } }
node_def { name: "m" op: "SomeUnknownOp" }
node_def { name: "n" op: "Neg" input: "m:out:0" input: "missing:y:0" }
ret { key: "y" value: "n:y:0" }
)pb", &f));
    FunctionBody body = functionBodyGraph(f, nullptr);
    EXPECT_EQ(body.problems.size(), 2u);
    Status s = body.check("g");
    EXPECT_FALSE(s.ok());
    EXPECT_NE(s.message().find("function g"), std::string::npos);
    // The view still gets every node and the edge as written.
    EXPECT_EQ(body.graph->node_size(), 3);
}

}  // namespace
}  // namespace tfs
