// Node matching and per-node changes on small hand-written graphs.
#include <gtest/gtest.h>

#include "core/diff/diff_report.h"
#include "core/diff/model_diff.h"
#include "core/model/tensor.h"
#include "google/protobuf/text_format.h"

namespace tfs::diff {
namespace {

tensorflow::GraphDef parse(const std::string& text) {
    tensorflow::GraphDef g;
    EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(text, &g)) << text;
    return g;
}

// x -> conv(w) -> relu, with a Const of four floats.
const char* kConvNet = R"pb(
node { name: "x" op: "Placeholder" attr { key: "dtype" value { type: DT_FLOAT } } }
node { name: "net/w" op: "Const" attr { key: "dtype" value { type: DT_FLOAT } }
       attr { key: "value" value { tensor { dtype: DT_FLOAT tensor_shape { dim { size: 4 } } float_val: 1 float_val: 2 float_val: 3 float_val: 4 } } } }
node { name: "net/conv" op: "Conv2D" input: "x" input: "net/w" attr { key: "T" value { type: DT_FLOAT } }
       attr { key: "strides" value { list { i: 1 i: 1 i: 1 i: 1 } } } attr { key: "padding" value { s: "SAME" } } }
node { name: "net/relu" op: "Relu" input: "net/conv" attr { key: "T" value { type: DT_FLOAT } } }
)pb";

std::string replaceAll(std::string s, const std::string& from, const std::string& to) {
    for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
    return s;
}

const NodeDiff& entryB(const GraphDiff& d, const std::string& name) {
    int e = d.findB(name);
    EXPECT_GE(e, 0) << name;
    return d.nodes[size_t(std::max(e, 0))];
}

TEST(GraphDiff, IdenticalGraphsHaveNoChanges) {
    auto g = parse(kConvNet);
    GraphDiff d = diffGraphs(g, g);
    EXPECT_TRUE(d.identical());
    EXPECT_EQ(d.summary.unchanged, 4);
    EXPECT_TRUE(d.opCounts.empty());
}

TEST(GraphDiff, AttributeChangeIsReported) {
    auto a = parse(kConvNet);
    auto b = parse(replaceAll(kConvNet, "i: 1 i: 1 i: 1 i: 1", "i: 1 i: 2 i: 2 i: 1"));
    GraphDiff d = diffGraphs(a, b);
    EXPECT_EQ(d.summary.changed, 1);
    const NodeDiff& conv = entryB(d, "net/conv");
    ASSERT_EQ(conv.changes.size(), 1u);
    EXPECT_EQ(conv.changes[0].attr, "strides");
    EXPECT_EQ(describeChange(conv.changes[0]), "strides [1,1,1,1] → [1,2,2,1]");
}

TEST(GraphDiff, ExplicitDefaultIsNotAChange) {
    auto a = parse(kConvNet);
    // data_format defaults to NHWC and dilations to [1,1,1,1] in the op registry.
    auto b = parse(replaceAll(kConvNet, R"(attr { key: "padding" value { s: "SAME" } })",
                              R"(attr { key: "padding" value { s: "SAME" } } attr { key: "data_format" value { s: "NHWC" } } )"
                              R"(attr { key: "dilations" value { list { i: 1 i: 1 i: 1 i: 1 } } })"));
    EXPECT_TRUE(diffGraphs(a, b).identical());
    auto c = parse(replaceAll(kConvNet, R"(attr { key: "padding" value { s: "SAME" } })",
                              R"(attr { key: "padding" value { s: "SAME" } } attr { key: "data_format" value { s: "NCHW" } })"));
    EXPECT_EQ(diffGraphs(a, c).summary.changed, 1);
}

TEST(GraphDiff, DeviceIgnoredUnlessAsked) {
    auto a = parse(kConvNet);
    auto b = parse(replaceAll(kConvNet, R"(op: "Relu")", R"(op: "Relu" device: "/device:GPU:0")"));
    EXPECT_TRUE(diffGraphs(a, b).identical());
    DiffOptions options;
    options.compareDevice = true;
    EXPECT_EQ(diffGraphs(a, b, options).summary.changed, 1);
}

TEST(GraphDiff, IgnoredAttributesAreSkipped) {
    auto a = parse(kConvNet);
    auto b = parse(replaceAll(kConvNet, R"(s: "SAME")", R"(s: "VALID")"));
    EXPECT_EQ(diffGraphs(a, b).summary.changed, 1);
    DiffOptions options;
    options.ignoreAttrs = {"padding"};
    EXPECT_TRUE(diffGraphs(a, b, options).identical());
}

TEST(GraphDiff, ConstValueChangeHasStatistics) {
    auto a = parse(kConvNet);
    auto b = parse(replaceAll(kConvNet, "float_val: 3 float_val: 4", "float_val: 3.5 float_val: 4"));
    GraphDiff d = diffGraphs(a, b);
    const NodeDiff& w = entryB(d, "net/w");
    ASSERT_EQ(w.status, NodeStatus::Changed);
    ASSERT_EQ(w.changes.size(), 1u);
    const ValueDelta& v = w.changes[0].value;
    EXPECT_TRUE(v.comparable);
    EXPECT_EQ(v.elements, 4u);
    EXPECT_EQ(v.changedElements, 1u);
    EXPECT_DOUBLE_EQ(v.maxAbsChange, 0.5);
    EXPECT_DOUBLE_EQ(v.meanAbsChange, 0.125);
    EXPECT_NEAR(v.maxRelChange, 0.5 / 3.0, 1e-12);
    EXPECT_EQ(describeChange(w.changes[0]), "max |Δ| 0.5, 1 of 4 elements changed");
    DiffOptions noWeights;
    noWeights.compareWeights = false;
    EXPECT_TRUE(diffGraphs(a, b, noWeights).identical());
}

TEST(GraphDiff, SameValuesWrittenDifferentlyAreEqual) {
    auto a = parse(kConvNet);
    // tensor_content holds the same four little-endian floats as float_val.
    auto b = parse(replaceAll(kConvNet, "float_val: 1 float_val: 2 float_val: 3 float_val: 4",
                              R"(tensor_content: "\000\000\200?\000\000\000@\000\000@@\000\000\200@")"));
    EXPECT_TRUE(diffGraphs(a, b).identical());
}

TEST(GraphDiff, RenamesAreMatchedByStructure) {
    auto a = parse(kConvNet);
    // A different scope prefix and TF's "_1" suffix: every node renamed.
    auto b = parse(replaceAll(replaceAll(kConvNet, "net/", "model/net_1/"), R"(name: "x")", R"(name: "input_1")"));
    b = parse(replaceAll(b.DebugString(), R"(input: "x")", R"(input: "input_1")"));
    GraphDiff d = diffGraphs(a, b);
    EXPECT_EQ(d.summary.renamed, 4);
    EXPECT_EQ(d.summary.added + d.summary.removed + d.summary.changed, 0);
    const NodeDiff& conv = entryB(d, "model/net_1/conv");
    EXPECT_EQ(conv.nameA, "net/conv");
    EXPECT_TRUE(conv.byStructure);
    EXPECT_TRUE(conv.changes.empty());  // inputs compared through the matching, not as names

    DiffOptions byName;
    byName.match = MatchMode::Name;
    GraphDiff named = diffGraphs(a, b, byName);
    EXPECT_EQ(named.summary.added, 4);
    EXPECT_EQ(named.summary.removed, 4);
}

TEST(GraphDiff, RenamedConstWithNewValuePairsThroughItsConsumer) {
    auto a = parse(kConvNet);
    auto b = parse(replaceAll(replaceAll(kConvNet, "net/w", "net/kernel"), "float_val: 4", "float_val: 5"));
    GraphDiff d = diffGraphs(a, b);
    const NodeDiff& w = entryB(d, "net/kernel");
    EXPECT_EQ(w.status, NodeStatus::Renamed);
    EXPECT_EQ(w.nameA, "net/w");
    ASSERT_EQ(w.changes.size(), 1u);
    EXPECT_EQ(w.changes[0].kind, NodeChange::Kind::Value);
    EXPECT_EQ(entryB(d, "net/conv").status, NodeStatus::Unchanged);
}

TEST(GraphDiff, AddedRemovedAndInputChanges) {
    auto a = parse(kConvNet);
    // B: relu reads x directly, conv and w are gone, a new Identity after relu.
    auto b = parse(R"pb(
node { name: "x" op: "Placeholder" attr { key: "dtype" value { type: DT_FLOAT } } }
node { name: "net/relu" op: "Relu" input: "x" attr { key: "T" value { type: DT_FLOAT } } }
node { name: "out" op: "Identity" input: "net/relu" attr { key: "T" value { type: DT_FLOAT } } }
)pb");
    GraphDiff d = diffGraphs(a, b);
    EXPECT_EQ(d.summary.removed, 2);
    EXPECT_EQ(d.summary.added, 1);
    EXPECT_EQ(d.summary.changed, 1);
    const NodeDiff& relu = entryB(d, "net/relu");
    ASSERT_EQ(relu.changes.size(), 1u);
    EXPECT_EQ(relu.changes[0].kind, NodeChange::Kind::Inputs);
    EXPECT_EQ(describeChange(relu.changes[0]), "inputs [net/conv] → [x]");
    ASSERT_EQ(d.opCounts.size(), 3u);  // Const 1->0, Conv2D 1->0, Identity 0->1

    auto scopes = changesByScope(d);
    ASSERT_FALSE(scopes.empty());
    EXPECT_EQ(scopes[0].path, "");
    EXPECT_EQ(scopes[0].summary.differences(), 4);
    auto net = std::find_if(scopes.begin(), scopes.end(), [](const ScopeChanges& s) { return s.path == "net"; });
    ASSERT_NE(net, scopes.end());
    EXPECT_EQ(net->summary.removed, 2);
    EXPECT_EQ(net->summary.changed, 1);
    EXPECT_EQ(describeChanges(net->summary), "1 changed, 2 removed");

    // A picture of B alone has no removed nodes, so its scopes count none; A's have them.
    for (const ScopeChanges& sc : changesByScope(d, ScopeNames::B)) EXPECT_EQ(sc.summary.removed, 0) << sc.path;
    auto scopesA = changesByScope(d, ScopeNames::A);
    auto netA = std::find_if(scopesA.begin(), scopesA.end(), [](const ScopeChanges& s) { return s.path == "net"; });
    ASSERT_NE(netA, scopesA.end());
    EXPECT_EQ(netA->summary.removed, 2);
}

TEST(GraphDiff, DuplicateSubgraphsPairInOrder) {
    // Two identical unnamed-looking chains, both renamed: each pairs once.
    auto a = parse(R"pb(
node { name: "c1" op: "Const" attr { key: "dtype" value { type: DT_INT32 } } attr { key: "value" value { tensor { dtype: DT_INT32 int_val: 7 } } } }
node { name: "c2" op: "Const" attr { key: "dtype" value { type: DT_INT32 } } attr { key: "value" value { tensor { dtype: DT_INT32 int_val: 7 } } } }
)pb");
    auto b = parse(replaceAll(replaceAll(a.DebugString(), "\"c1\"", "\"k1\""), "\"c2\"", "\"k2\""));
    GraphDiff d = diffGraphs(a, b);
    EXPECT_EQ(d.summary.renamed, 2);
    EXPECT_EQ(d.summary.added, 0);
}

}  // namespace
}  // namespace tfs::diff
