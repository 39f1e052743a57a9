// End-to-end comparison on small generated graphs: io matching, input sets,
// the CLI's exit codes and thresholds, and reports carrying every JSON number.
#include <gtest/gtest.h>

#include <sstream>

#include "core/compare/compare.h"
#include "core/compare/compare_cli.h"
#include "core/compare/report.h"
#include "core/util/file.h"
#include "core/util/npy.h"
#include "tests/common/test_paths.h"

namespace tfs::compare {
namespace {

// x[?,4] -> MatMul(x, w[4,6]) -> Softmax -> "probs"; weights from a formula, optionally perturbed.
tensorflow::GraphDef classifierGraph(float perturb, const std::string& outputName = "probs") {
    tensorflow::GraphDef g;
    auto* x = g.add_node();
    x->set_name("x");
    x->set_op("Placeholder");
    (*x->mutable_attr())["dtype"].set_type(tensorflow::DT_FLOAT);
    PartialShape::of({-1, 4}).toProto((*x->mutable_attr())["shape"].mutable_shape());
    auto* w = g.add_node();
    w->set_name("w");
    w->set_op("Const");
    Tensor wt(tensorflow::DT_FLOAT, {4, 6});
    for (int i = 0; i < 24; ++i) wt.data<float>()[i] = float((i * 37) % 11) / 7.0f - 0.7f + (i % 5 == 0 ? perturb : 0.0f);
    wt.toProto((*w->mutable_attr())["value"].mutable_tensor());
    (*w->mutable_attr())["dtype"].set_type(tensorflow::DT_FLOAT);
    auto* mm = g.add_node();
    mm->set_name("logits");
    mm->set_op("MatMul");
    mm->add_input("x");
    mm->add_input("w");
    (*mm->mutable_attr())["T"].set_type(tensorflow::DT_FLOAT);
    auto* sm = g.add_node();
    sm->set_name(outputName);
    sm->set_op("Softmax");
    sm->add_input("logits");
    (*sm->mutable_attr())["T"].set_type(tensorflow::DT_FLOAT);
    return g;
}

std::string writeGraph(const std::string& dir, const std::string& name, const tensorflow::GraphDef& g) {
    std::string path = joinPath(dir, name);
    std::string bytes;
    EXPECT_TRUE(g.SerializeToString(&bytes));
    EXPECT_TRUE(writeFileAtomic(path, bytes).ok());
    return path;
}

int cli(const std::vector<std::string>& args, std::string* out = nullptr, std::string* err = nullptr) {
    std::ostringstream o, e;
    int code = runCompareCli(args, o, e);
    if (out) *out = o.str();
    if (err) *err = e.str();
    return code;
}

class CompareGraphs : public ::testing::Test {
protected:
    void SetUp() override {
        dir = test::scratchDir("compare_graphs");
        a = writeGraph(dir, "a.pb", classifierGraph(0));
        b = writeGraph(dir, "b.pb", classifierGraph(0.05f));
        renamed = writeGraph(dir, "renamed.pb", classifierGraph(0, "probs_q"));
        tensorflow::GraphDef two = classifierGraph(0, "probs_q");
        auto* extra = two.add_node();
        extra->set_name("logits_copy");
        extra->set_op("Identity");
        extra->add_input("logits");
        (*extra->mutable_attr())["T"].set_type(tensorflow::DT_FLOAT);
        renamedTwo = writeGraph(dir, "renamed_two.pb", two);
    }
    std::string dir, a, b, renamed, renamedTwo;
};

TEST_F(CompareGraphs, IdenticalGraphsHaveZeroError) {
    std::string out, err;
    int code = cli({a, a, "--samples", "3", "--seed", "7", "--batch", "5", "--runs", "3", "--json"}, &out, &err);
    ASSERT_EQ(code, 0) << err;
    auto j = Json::parse(out);
    ASSERT_TRUE(j.ok()) << j.status().toString() << "\n" << out;
    const Json* probs = j->find("accuracy")->find("outputs")->find("probs:0");
    ASSERT_NE(probs, nullptr) << out;
    EXPECT_EQ(probs->find("max_abs_error")->number(), 0);
    EXPECT_EQ(probs->find("cosine")->number(), 1);
    EXPECT_TRUE(probs->find("snr_db")->isNull());
    EXPECT_EQ(probs->find("top1_agreement")->number(), 1);
    EXPECT_EQ(probs->find("elements")->number(), 3 * 5 * 6);  // 3 samples of [5,6]
    EXPECT_EQ(j->find("size")->find("a")->find("bytes")->number(), j->find("size")->find("b")->find("bytes")->number());
    EXPECT_GT(j->find("latency")->find("a")->find("median_ms")->number(), 0);
    // At least logits and probs, [5,6] floats each, are live together; far below a megabyte.
    double peak = j->find("memory")->find("a")->find("peak_bytes")->number();
    EXPECT_GE(peak, 2 * 5 * 6 * 4);
    EXPECT_LT(peak, 1 << 20);
}

TEST_F(CompareGraphs, PerturbedWeightsShowInErrorsAndWeights) {
    std::string out, err;
    ASSERT_EQ(cli({a, b, "--samples", "2", "--runs", "2", "--json"}, &out, &err), 0) << err;
    auto j = Json::parse(out);
    ASSERT_TRUE(j.ok());
    const Json* probs = j->find("accuracy")->find("outputs")->find("probs:0");
    EXPECT_GT(probs->find("max_abs_error")->number(), 0);
    EXPECT_LT(probs->find("cosine")->number(), 1);
    const Json* w = j->find("weights");
    EXPECT_EQ(w->find("changed")->number(), 1);
    const Json& t = w->find("tensors")->items()[0];
    EXPECT_EQ(t.find("name")->string(), "w");
    EXPECT_NEAR(t.find("max_abs_change")->number(), 0.05, 1e-6);
    EXPECT_NEAR(t.find("mean_abs_change")->number(), 0.05 * 5 / 24, 1e-6);  // 5 of 24 weights moved
}

TEST_F(CompareGraphs, ThresholdsGateTheExitCode) {
    std::string out, err;
    EXPECT_EQ(cli({a, b, "--samples", "2", "--no-speed", "--max-abs-error", "0"}, &out, &err), 1) << out << err;
    EXPECT_NE(out.find("THRESHOLDS VIOLATED"), std::string::npos);
    EXPECT_EQ(cli({a, b, "--samples", "2", "--no-speed", "--max-abs-error", "1", "--min-cosine", "0.5"}), 0);
    EXPECT_EQ(cli({a, b, "--samples", "2", "--no-speed", "--min-cosine", "1.0"}), 1);
    EXPECT_EQ(cli({a, a, "--samples", "2", "--no-speed", "--min-top1", "1"}), 0);
    EXPECT_EQ(cli({a, a, "--samples", "2", "--no-speed", "--max-abs-error", "0", "--min-cosine", "1"}), 0);
}

TEST_F(CompareGraphs, ErrorsExitTwo) {
    std::string err;
    EXPECT_EQ(cli({a}, nullptr, &err), 2);
    EXPECT_NE(err.find("two models"), std::string::npos);
    EXPECT_EQ(cli({a, joinPath(dir, "missing.pb")}, nullptr, &err), 2);
    EXPECT_EQ(cli({a, b, "--runs", "many"}, nullptr, &err), 2);
    EXPECT_NE(err.find("--runs 20"), std::string::npos);  // says what would be valid
    EXPECT_EQ(cli({a, b, "--bogus", "1"}), 2);
    EXPECT_EQ(cli({a, b, "--tag-set", ","}, nullptr, &err), 2);
    EXPECT_EQ(cli({a, b, "--input", "nope=x.npy"}, nullptr, &err), 2);
    // A renamed only output is paired with a note; among several outputs it needs --map.
    std::string out;
    EXPECT_EQ(cli({a, renamed, "--samples", "1", "--no-speed", "--max-abs-error", "0"}, &out, &err), 0) << err;
    EXPECT_NE(out.find("paired the only outputs probs:0 and probs_q:0"), std::string::npos) << out;
    EXPECT_EQ(cli({a, renamedTwo, "--samples", "1", "--no-speed"}, nullptr, &err), 2);
    EXPECT_NE(err.find("--map"), std::string::npos);
    EXPECT_EQ(cli({a, renamedTwo, "--samples", "1", "--no-speed", "--map", "probs=probs_q", "--max-abs-error", "0"}, &out, &err), 0)
        << err;
    EXPECT_NE(out.find("probs:0=probs_q:0"), std::string::npos);
}

TEST_F(CompareGraphs, UserInputFiles) {
    Tensor x(tensorflow::DT_FLOAT, {2, 4});
    for (int i = 0; i < 8; ++i) x.data<float>()[i] = float(i) / 8;
    std::string npy = joinPath(dir, "x.npy");
    ASSERT_TRUE(writeNpy(npy, x).ok());
    std::string out, err;
    ASSERT_EQ(cli({a, b, "--input", "x=" + npy, "--no-speed", "--json"}, &out, &err), 0) << err;
    auto j = Json::parse(out);
    ASSERT_TRUE(j.ok());
    EXPECT_EQ(j->find("accuracy")->find("samples")->items().size(), 1u);
    EXPECT_EQ(j->find("accuracy")->find("outputs")->find("probs:0")->find("elements")->number(), 12);
}

// Every number of the JSON must appear, formatted the same way, in a report.
void expectAllNumbers(const Json& j, const std::string& report, const std::string& where, int* checked) {
    switch (j.kind()) {
    case Json::Kind::Integer:
    case Json::Kind::Number: {
        std::string text = formatJsonNumber(j.number());
        ++*checked;
        EXPECT_NE(report.find(text), std::string::npos) << where << " = " << text << " is missing from the report";
        break;
    }
    case Json::Kind::Array:
        for (size_t i = 0; i < j.items().size(); ++i) expectAllNumbers(j.items()[i], report, where + "[" + std::to_string(i) + "]", checked);
        break;
    case Json::Kind::Object:
        for (const auto& [k, v] : j.members()) expectAllNumbers(v, report, where + "." + k, checked);
        break;
    default: break;
    }
}

TEST_F(CompareGraphs, ReportsContainEveryJsonNumber) {
    std::string md = joinPath(dir, "r.md"), html = joinPath(dir, "r.html"), out, err;
    ASSERT_EQ(cli({a, b, "--samples", "3", "--batch", "2", "--runs", "3", "--report", html, "--json"}, &out, &err), 0) << err;
    // Timing differs between runs, so compare the HTML with the JSON printed alongside it,
    // and the Markdown with the JSON printed alongside it.
    auto j = Json::parse(out);
    ASSERT_TRUE(j.ok());
    auto htmlText = readFile(html);
    ASSERT_TRUE(htmlText.ok());
    int checked = 0;
    expectAllNumbers(*j, *htmlText, "json", &checked);
    EXPECT_GT(checked, 60);
    EXPECT_NE(htmlText->find("<svg"), std::string::npos);
    EXPECT_EQ(htmlText->find("https://"), std::string::npos);  // self-contained: nothing fetched
    EXPECT_EQ(htmlText->find("<link"), std::string::npos);
    EXPECT_EQ(htmlText->find("<script"), std::string::npos);

    ASSERT_EQ(cli({a, b, "--samples", "3", "--batch", "2", "--runs", "3", "--report", md, "--json"}, &out, &err), 0) << err;
    auto jm = Json::parse(out);
    auto mdText = readFile(md);
    ASSERT_TRUE(jm.ok() && mdText.ok());
    checked = 0;
    expectAllNumbers(*jm, *mdText, "json", &checked);
    EXPECT_GT(checked, 60);
    EXPECT_NE(mdText->find("| output |"), std::string::npos);
    EXPECT_EQ(cli({a, b, "--samples", "1", "--no-speed", "--report", joinPath(dir, "r.txt")}), 2);
}

TEST(CompareThresholds, ChecksEachKind) {
    CompareResult r;
    OutputMetrics o;
    o.name = "y";
    o.maxAbsError = 0.2;
    o.cosine = 0.99;
    o.top1Agreement = 0.75;
    r.outputs.push_back(o);
    Thresholds t;
    EXPECT_TRUE(checkThresholds(r, t).empty());
    t.maxAbsError = 0.1;
    t.minCosine = 0.999;
    t.minTop1 = 0.9;
    auto v = checkThresholds(r, t);
    ASSERT_EQ(v.size(), 3u);
    EXPECT_NE(v[0].find("max abs error 0.2 > 0.1"), std::string::npos);
    t = {};
    t.maxAbsError = 0.2;
    t.minCosine = 0.99;
    t.minTop1 = 0.75;
    EXPECT_TRUE(checkThresholds(r, t).empty());  // bounds are inclusive
}

TEST(ReportNumbers, FormattingIsStable) {
    EXPECT_EQ(formatNumber(0), "0");
    EXPECT_EQ(formatNumber(1234567), "1234567");
    EXPECT_EQ(formatNumber(0.000123456789), "0.000123457");
    EXPECT_EQ(formatNumber(0.99999987), "0.99999987");
    EXPECT_EQ(formatNumber(12345.67891), "12345.7");
    EXPECT_EQ(formatNumber(2.9999999), "2.9999999");
    for (double v : {0.1, 2.5e-7, 0.99999987, 3.14159265, 1e-30, 12345.67891, 0.999999999})
        EXPECT_EQ(formatJsonNumber(reportValue(v)), formatNumber(reportValue(v))) << v;
}

}  // namespace
}  // namespace tfs::compare
