#include <gtest/gtest.h>

#include "core/transforms/grammar.h"
#include "core/transforms/pattern.h"
#include "core/transforms/registry.h"

using namespace tfs;
using namespace tfs::transforms;

TEST(TransformGrammar, ParsesNamesAndParameters) {
    auto specs = parseTransforms(
        "strip_unused_nodes(type=float, shape=\"1,299,299,3\") remove_nodes(op=Identity, op=CheckNumerics)\n"
        "  fold_constants(ignore_errors=true) fold_batch_norms fold_old_batch_norms quantize_weights");
    ASSERT_TRUE(specs.ok()) << specs.status().toString();
    ASSERT_EQ(specs->size(), 6u);
    EXPECT_EQ((*specs)[0].name, "strip_unused_nodes");
    EXPECT_EQ((*specs)[0].params.at("type"), std::vector<std::string>{"float"});
    EXPECT_EQ((*specs)[0].params.at("shape"), std::vector<std::string>{"1,299,299,3"});
    EXPECT_EQ((*specs)[1].params.at("op"), (std::vector<std::string>{"Identity", "CheckNumerics"}));
    EXPECT_EQ((*specs)[2].params.at("ignore_errors"), std::vector<std::string>{"true"});
    EXPECT_TRUE((*specs)[3].params.empty());
    EXPECT_EQ((*specs)[5].name, "quantize_weights");
    EXPECT_TRUE(validateSpecs(*specs).ok());
}

TEST(TransformGrammar, QuotedValuesAndEscapes) {
    auto specs = parseTransforms("set_device(device='/job:a/device:GPU:0') rename_node(old_node_name=\"a\\\"b\", new_node_name=c)");
    ASSERT_TRUE(specs.ok()) << specs.status().toString();
    EXPECT_EQ((*specs)[0].params.at("device")[0], "/job:a/device:GPU:0");
    EXPECT_EQ((*specs)[1].params.at("old_node_name")[0], "a\"b");
    // Round trip through toString().
    auto again = parseTransforms((*specs)[1].toString());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ((*again)[0].params, (*specs)[1].params);
}

TEST(TransformGrammar, EmptyAndWhitespaceOnly) {
    auto specs = parseTransforms("   \n\t ");
    ASSERT_TRUE(specs.ok());
    EXPECT_TRUE(specs->empty());
    specs = parseTransforms("fold_constants()");
    ASSERT_TRUE(specs.ok());
    EXPECT_EQ(specs->size(), 1u);
}

TEST(TransformGrammar, SyntaxErrors) {
    for (const char* bad : {"fold_constants(", "remove_nodes(op)", "remove_nodes(op=)", "remove_nodes(=x)",
                            "remove_nodes(op=\"Identity)", "(op=x)", "a(b=c d=e)", "name!"}) {
        auto specs = parseTransforms(bad);
        EXPECT_FALSE(specs.ok()) << bad;
        if (!specs.ok()) {
            EXPECT_EQ(specs.status().code(), StatusCode::InvalidArgument) << bad;
        }
    }
}

TEST(TransformGrammar, UnknownTransformSuggestsNearest) {
    auto specs = parseAndValidateTransforms("fold_constant");
    ASSERT_FALSE(specs.ok());
    EXPECT_NE(specs.status().message().find("'fold_constant' not recognized"), std::string::npos);
    EXPECT_NE(specs.status().message().find("fold_constants"), std::string::npos);
}

TEST(TransformGrammar, UnknownParameterGivesUsage) {
    auto specs = parseAndValidateTransforms("remove_nodes(opp=Identity)");
    ASSERT_FALSE(specs.ok());
    EXPECT_NE(specs.status().message().find("no parameter 'opp'"), std::string::npos) << specs.status().message();
    EXPECT_NE(specs.status().message().find("e.g. remove_nodes(op="), std::string::npos);
}

TEST(TransformGrammar, MissingRequiredParameterGivesUsage) {
    auto specs = parseAndValidateTransforms("remove_nodes");
    ASSERT_FALSE(specs.ok());
    EXPECT_EQ(specs.status().message(),
              "remove_nodes expects at least one 'op' argument, e.g. remove_nodes(op=Identity, op=CheckNumerics)");
}

TEST(TransformGrammar, TypedValuesAreChecked) {
    EXPECT_FALSE(parseAndValidateTransforms("quantize_weights(minimum_size=big)").ok());
    EXPECT_FALSE(parseAndValidateTransforms("fold_constants(ignore_errors=maybe)").ok());
    EXPECT_FALSE(parseAndValidateTransforms("strip_unused_nodes(type=floaty)").ok());
    EXPECT_FALSE(parseAndValidateTransforms("quantize_weights(minimum_size=1, minimum_size=2)").ok());
    EXPECT_TRUE(parseAndValidateTransforms("strip_unused_nodes(type=int32, shape=\"-1,10\")").ok());
}

// Errors are whole phrases whose values are the user's text and numbers only, so that a translated
// window shows no English fragment inside a Chinese or Japanese sentence.
TEST(TransformGrammar, ErrorsAreWholePhrasesWithThePosition) {
    auto typed = parseAndValidateTransforms("quantize_weights(minimum_size=big)");
    ASSERT_FALSE(typed.ok());
    ASSERT_EQ(typed.status().parts().size(), 1u);
    EXPECT_EQ(typed.status().parts()[0].text, "%1: parameter '%2' expects an integer, found '%3', e.g. %4");
    EXPECT_EQ(typed.status().parts()[0].args[2], "big");

    auto syntax = parseTransforms("fold_constants(x y)");
    ASSERT_FALSE(syntax.ok());
    EXPECT_EQ(syntax.status().message(),
              "--transforms: looking for '=' after parameter 'x' of 'fold_constants', but found 'y)' (at character 18)");

    auto pattern = parsePattern("Conv2D(*,");
    ASSERT_FALSE(pattern.ok());
    EXPECT_EQ(pattern.status().parts()[0].args, (std::vector<std::string>{"Conv2D(*,", "10"}));
}

TEST(TransformRegistry, EveryEntryIsComplete) {
    ASSERT_FALSE(transformRegistry().empty());
    for (const auto& info : transformRegistry()) {
        EXPECT_FALSE(info.description.empty()) << info.name;
        EXPECT_NE(info.fn, nullptr) << info.name;
        // The usage example must itself be valid.
        auto specs = parseAndValidateTransforms(info.example);
        EXPECT_TRUE(specs.ok()) << info.name << ": " << specs.status().toString();
        if (specs.ok()) {
            EXPECT_EQ((*specs)[0].name, info.name);
        }
        for (const auto& p : info.params) EXPECT_NE(p.name, "ignore_errors") << info.name;
    }
    EXPECT_NE(findTransform("fold_constants"), nullptr);
    EXPECT_EQ(findTransform("nope"), nullptr);
}
