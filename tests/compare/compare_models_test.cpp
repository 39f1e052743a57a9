// Comparisons of shared models with themselves, with their transformed versions
// (round_weights, quantize_weights from core/transforms) and across formats.
#include <gtest/gtest.h>
#include <zlib.h>

#include <cmath>
#include <cstdlib>
#include <iostream>
#include <sstream>

#include "core/compare/compare.h"
#include "core/compare/compare_cli.h"
#include "core/compare/report.h"
#include "core/formats/loader.h"
#include "core/transforms/runner.h"
#include "core/util/file.h"
#include "core/util/npy.h"
#include "tests/common/test_paths.h"

namespace tfs::compare {
namespace {

CompareOptions quickOptions(int runs = 3) {
    CompareOptions o;
    o.runs = runs;
    o.warmup = 1;
    return o;
}

Result<CompareResult> comparePaths(const std::string& a, const std::string& b, const CompareOptions& o) {
    return compareModelPaths(a, b, o);
}

// Applies a --transforms string to a frozen graph and writes the result beside the scratch dir.
std::string transformed(const std::string& model, const std::string& transforms, const std::vector<std::string>& inputs,
                        const std::vector<std::string>& outputs, const std::string& name) {
    auto m = loadModel(model);
    EXPECT_TRUE(m.ok()) << m.status().toString();
    if (!m.ok()) return "";
    tensorflow::GraphDef graph = *m->graph();
    Status s = transforms::runTransformString(&graph, inputs, outputs, transforms);
    EXPECT_TRUE(s.ok()) << s.toString();
    std::string path = joinPath(test::scratchDir("compare_models"), name);
    std::string bytes;
    EXPECT_TRUE(graph.SerializeToString(&bytes));
    EXPECT_TRUE(writeFileAtomic(path, bytes).ok());
    return path;
}

const OutputMetrics* output(const CompareResult& r, const std::string& name) {
    for (const auto& o : r.outputs)
        if (o.name == name || o.tensorA == name) return &o;
    return nullptr;
}

TEST(CompareModels, IdenticalModelsHaveZeroErrorAndSimilarSpeed) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string fc = test::sharedModel("tf2onnx__fc-layers/frozen.pb");
    auto r = comparePaths(fc, fc, quickOptions(9));
    ASSERT_TRUE(r.ok()) << r.status().toString();
    ASSERT_EQ(r->sampleLabels.size(), 2u);  // the reference cases batch1 and batch4
    const OutputMetrics* o = output(*r, "output:0");
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(o->maxAbsError, 0);
    EXPECT_EQ(o->cosine, 1);
    EXPECT_EQ(o->elements, 5u * 10u);
    EXPECT_EQ(r->a.size.bytes, r->b.size.bytes);
    EXPECT_EQ(r->a.size.compressedBytes, r->b.size.compressedBytes);
    EXPECT_TRUE(r->opDelta.empty());
    EXPECT_EQ(r->weights.changedCount, 0);
    EXPECT_GT(r->weights.tensors.size(), 2u);
    // Both sides were timed. How close the ratio is to 1 depends on the machine's load (a shared
    // CI machine under ASan gave 0.28), so timing belongs in bench/, not in an assertion here.
    auto ratio = latencyRatio(*r);
    ASSERT_TRUE(ratio.has_value());
    EXPECT_TRUE(std::isfinite(*ratio));
    EXPECT_GT(*ratio, 0.0);
    EXPECT_GT(r->latencyA->peakBytes, 0u);
}

TEST(CompareModels, RoundWeightsShrinksCompressedSizeOnly) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string fc = test::sharedModel("tf2onnx__fc-layers/frozen.pb");
    std::string rounded = transformed(fc, "round_weights(num_steps=256)", {"X"}, {"output"}, "fc_rounded.pb");
    ASSERT_FALSE(rounded.empty());
    auto r = comparePaths(fc, rounded, quickOptions());
    ASSERT_TRUE(r.ok()) << r.status().toString();
    // Raw size unchanged (same float32 tensors), compressed size much smaller.
    EXPECT_NEAR(double(r->b.size.bytes), double(r->a.size.bytes), 0.001 * double(r->a.size.bytes));
    EXPECT_LT(double(r->b.size.compressedBytes), 0.6 * double(r->a.size.compressedBytes));
    EXPECT_EQ(r->a.size.paramBytesByDtype.at("float32"), r->b.size.paramBytesByDtype.at("float32"));
    // Weights: at most 256 distinct values in each rounded tensor, small changes.
    ASSERT_GT(r->weights.changedCount, 0);
    for (const auto& t : r->weights.tensors) {
        if (!t.changed) continue;
        EXPECT_LE(t.distinctB, 256u) << t.name;
        EXPECT_LT(t.distinctB, t.distinctA) << t.name;
        EXPECT_GT(t.maxAbsChange, 0);
        EXPECT_FALSE(t.histogramA.empty());
    }
    const OutputMetrics* o = output(*r, "output:0");
    ASSERT_NE(o, nullptr);
    EXPECT_GT(o->maxAbsError, 0);
    EXPECT_GT(o->cosine, 0.999);
}

TEST(CompareModels, QuantizeWeightsIsAboutFourTimesSmallerWithBoundedError) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string fc = test::sharedModel("tf2onnx__fc-layers/frozen.pb");
    std::string quantized = transformed(fc, "quantize_weights", {"X"}, {"output"}, "fc_quantized.pb");
    ASSERT_FALSE(quantized.empty());
    auto r = comparePaths(fc, quantized, quickOptions());
    ASSERT_TRUE(r.ok()) << r.status().toString();
    double ratio = double(r->b.size.bytes) / double(r->a.size.bytes);
    EXPECT_GT(ratio, 0.22);
    EXPECT_LT(ratio, 0.30);
    EXPECT_GT(r->b.size.paramBytesByDtype.at("quint8"), 0u);
    bool dequantizeAdded = false;
    for (const auto& d : r->opDelta) dequantizeAdded = dequantizeAdded || (d.op == "Dequantize" && d.countA == 0 && d.countB > 0);
    EXPECT_TRUE(dequantizeAdded);
    // The weight view sees the dequantized values: 256 levels at most, changes within a step.
    ASSERT_GT(r->weights.changedCount, 0);
    for (const auto& t : r->weights.tensors) {
        if (!t.changed) continue;
        EXPECT_LE(t.distinctB, 256u) << t.name;
        EXPECT_NE(t.sourceB.find("Dequantize"), std::string::npos) << t.sourceB;
        EXPECT_LE(t.maxAbsChange, (t.histMax - t.histMin) / 255 + 1e-6) << t.name;
    }
    const OutputMetrics* o = output(*r, "output:0");
    ASSERT_NE(o, nullptr);
    EXPECT_GT(o->maxAbsError, 0);
    EXPECT_GT(o->cosine, 0.99);
}

TEST(CompareModels, QuantizedClassifierKeepsItsDecisions) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string mnist = test::sharedModel("nnstreamer__mnist/mnist.pb");
    std::string quantized = transformed(mnist, "quantize_weights", {"input"}, {"softmax"}, "mnist_quantized.pb");
    ASSERT_FALSE(quantized.empty());
    CompareOptions o = quickOptions();
    o.inputs.randomSamples = 4;
    o.inputs.batch = 8;
    o.inputs.seed = 3;
    auto r = comparePaths(mnist, quantized, o);
    ASSERT_TRUE(r.ok()) << r.status().toString();
    const OutputMetrics* m = output(*r, "softmax:0");
    ASSERT_NE(m, nullptr);
    ASSERT_TRUE(m->top1Agreement.has_value());
    EXPECT_EQ(m->rows, 32u);
    EXPECT_GE(*m->top1Agreement, 0.9);
    ASSERT_TRUE(m->top5Agreement.has_value());
    EXPECT_GE(*m->top5Agreement, *m->top1Agreement);
    Thresholds strict;
    strict.minTop1 = 1.01;  // impossible: must be reported as violated
    EXPECT_FALSE(checkThresholds(*r, strict).empty());
}

TEST(CompareModels, SavedModelAgreesWithItsFrozenGraph) {
    TFS_REQUIRE_SHARED_MODELS();
    auto r = comparePaths(test::sharedModel("tf2onnx__regression_saved_model"),
                          test::sharedModel("tf2onnx__regression_graphdef/frozen.pb"), quickOptions());
    ASSERT_TRUE(r.ok()) << r.status().toString();
    ASSERT_EQ(r->outputs.size(), 1u);
    EXPECT_EQ(r->outputs[0].tensorA, "pred:0");
    EXPECT_LE(r->outputs[0].maxAbsError, 1e-6);
    EXPECT_GT(r->outputs[0].elements, 0u);
    EXPECT_GT(r->a.size.variableBytes, 0u);  // W and b live in variables/ in A
    EXPECT_EQ(r->b.size.variableBytes, 0u);  // and in Consts in B
}

TEST(CompareModels, CheckpointAgreesWithSavedModel) {
    TFS_REQUIRE_SHARED_MODELS();
    auto r = comparePaths(test::sharedModel("tf2onnx__regression_checkpoint"),
                          test::sharedModel("tf2onnx__regression_saved_model"), quickOptions());
    ASSERT_TRUE(r.ok()) << r.status().toString();
    ASSERT_EQ(r->outputs.size(), 1u);
    EXPECT_EQ(r->outputs[0].maxAbsError, 0);
    EXPECT_EQ(r->sampleLabels.size(), 2u);
}

TEST(CompareModels, BatchCommandWritesReports) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string fc = test::sharedModel("tf2onnx__fc-layers/frozen.pb");
    std::string rounded = transformed(fc, "round_weights(num_steps=16)", {"X"}, {"output"}, "fc_rounded16.pb");
    std::string dir = test::scratchDir("compare_cli_reports");
    std::string html = joinPath(dir, "report.html");
    std::ostringstream out, err;
    int code = runCompareCli({fc, rounded, "--runs", "3", "--report", html, "--min-cosine", "0.5"}, out, err);
    EXPECT_EQ(code, 0) << err.str();
    EXPECT_NE(out.str().find("compressed (deflate)"), std::string::npos) << out.str();
    EXPECT_TRUE(isRegularFile(html));
    std::ostringstream out2, err2;
    EXPECT_EQ(runCompareCli({fc, rounded, "--runs", "1", "--max-abs-error", "0"}, out2, err2), 1);
}

}  // namespace
}  // namespace tfs::compare

namespace tfs::compare {
namespace {

TEST(CompareWeights, VariablesMatchTheConstsOfTheFrozenGraph) {
    TFS_REQUIRE_SHARED_MODELS();
    auto saved = loadModel(test::sharedModel("tf2onnx__regression_saved_model"));
    auto frozen = loadModel(test::sharedModel("tf2onnx__regression_graphdef/frozen.pb"));
    ASSERT_TRUE(saved.ok() && frozen.ok());
    auto wa = collectWeights(*saved, 1);
    auto wb = collectWeights(*frozen, 1);
    ASSERT_TRUE(wa.ok() && wb.ok());
    WeightDiff d = diffWeights(*wa, *wb);
    int matchedVariables = 0;
    for (const auto& t : d.tensors) {
        if (t.sourceA.rfind("variable", 0) != 0) continue;
        ++matchedVariables;
        EXPECT_EQ(t.sourceB.rfind("const", 0), 0u) << t.sourceB;
        EXPECT_FALSE(t.changed) << t.name;  // one training run: same values
    }
    EXPECT_EQ(matchedVariables, 2);  // W and b
}

// A stored (uncompressed) .npz: a zip of .npy members, as numpy.savez writes it.
std::string storedZip(const std::vector<std::pair<std::string, std::string>>& members) {
    std::string zip, central;
    auto u16 = [](std::string& s, uint16_t v) { s += char(v & 0xff), s += char(v >> 8); };
    auto u32 = [&](std::string& s, uint32_t v) { u16(s, uint16_t(v & 0xffff)), u16(s, uint16_t(v >> 16)); };
    for (const auto& [name, data] : members) {
        uint32_t crc = uint32_t(crc32(0, reinterpret_cast<const Bytef*>(data.data()), uInt(data.size())));
        uint32_t offset = uint32_t(zip.size());
        u32(zip, 0x04034b50); u16(zip, 20); u16(zip, 0); u16(zip, 0); u16(zip, 0); u16(zip, 0);
        u32(zip, crc); u32(zip, uint32_t(data.size())); u32(zip, uint32_t(data.size()));
        u16(zip, uint16_t(name.size())); u16(zip, 0);
        zip += name + data;
        u32(central, 0x02014b50); u16(central, 20); u16(central, 20); u16(central, 0); u16(central, 0); u16(central, 0); u16(central, 0);
        u32(central, crc); u32(central, uint32_t(data.size())); u32(central, uint32_t(data.size()));
        u16(central, uint16_t(name.size())); u16(central, 0); u16(central, 0); u16(central, 0); u16(central, 0); u32(central, 0);
        u32(central, offset);
        central += name;
    }
    uint32_t cdOffset = uint32_t(zip.size());
    zip += central;
    u32(zip, 0x06054b50); u16(zip, 0); u16(zip, 0); u16(zip, uint16_t(members.size())); u16(zip, uint16_t(members.size()));
    u32(zip, uint32_t(central.size())); u32(zip, cdOffset); u16(zip, 0);
    return zip;
}

TEST(CompareInputs, FolderOfNpzSamplesAndReferenceCases) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string dir = test::scratchDir("compare_npz");
    for (int s = 0; s < 3; ++s) {
        Tensor x(tensorflow::DT_FLOAT, {2});
        x.data<float>()[0] = float(s);
        x.data<float>()[1] = -1.5f;
        auto npy = encodeNpy(x);
        ASSERT_TRUE(npy.ok());
        std::string zip = storedZip({{"X:0.npy", *npy}});
        ASSERT_TRUE(writeFileAtomic(joinPath(dir, "s" + std::to_string(s) + ".npz"), zip).ok());
    }
    ASSERT_TRUE(writeFileAtomic(joinPath(dir, "notes.txt"), "ignored").ok());
    std::string frozen = test::sharedModel("tf2onnx__regression_graphdef/frozen.pb");
    CompareOptions o;
    o.measureSpeed = false;
    o.inputs.npzFolder = dir;
    auto r = compareModelPaths(frozen, test::sharedModel("tf2onnx__regression_saved_model"), o);
    ASSERT_TRUE(r.ok()) << r.status().toString();
    ASSERT_EQ(r->sampleLabels.size(), 3u);
    EXPECT_EQ(r->sampleLabels[0], "s0.npz");
    ASSERT_EQ(r->outputs.size(), 1u);
    EXPECT_EQ(r->outputs[0].elements, 6u);
    EXPECT_LE(r->outputs[0].maxAbsError, 1e-6);

    // Reference cases of another signature are skipped with a note.
    auto half = compareModelPaths(test::sharedModel("serving__saved_model_half_plus_two_cpu"),
                                  test::sharedModel("serving__saved_model_half_plus_two_cpu"), [] {
                                      CompareOptions q;
                                      q.measureSpeed = false;
                                      return q;
                                  }());
    ASSERT_TRUE(half.ok()) << half.status().toString();
    ASSERT_EQ(half->sampleLabels.size(), 1u);
    EXPECT_EQ(half->sampleLabels[0], "reference/documented_serving_default");
    bool skippedNote = false;
    for (const auto& n : half->notes) skippedNote = skippedNote || n.english().find("skipped") != std::string::npos;
    EXPECT_TRUE(skippedNote);
}

}  // namespace
}  // namespace tfs::compare

namespace tfs::compare {
namespace {

TEST(CompareModels, EachModelAgainstStoredReferenceOutputs) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string fc = test::sharedModel("tf2onnx__fc-layers/frozen.pb");
    std::string quantized = transformed(fc, "quantize_weights", {"X"}, {"output"}, "fc_quantized_ref.pb");
    CompareOptions o;
    o.measureSpeed = false;
    auto r = compareModelPaths(fc, quantized, o);
    ASSERT_TRUE(r.ok()) << r.status().toString();
    ASSERT_EQ(r->referenceA.size(), 1u);
    ASSERT_EQ(r->referenceB.size(), 1u);
    EXPECT_EQ(r->referenceA[0].elements, 50u);
    // A is the model the references were computed from (tolerance of the shared cases).
    EXPECT_LE(r->referenceA[0].maxAbsError, 1e-3);
    EXPECT_GE(r->referenceA[0].cosine, 0.999999);
    EXPECT_GT(r->referenceB[0].maxAbsError, r->referenceA[0].maxAbsError);
    auto j = compareToJson(*r, {});
    const Json* ref = j.find("accuracy")->find("reference");
    ASSERT_NE(ref, nullptr);
    std::string html = formatHtmlReport(*r, {}), md = formatMarkdownReport(*r, {});
    for (const char* side : {"a", "b"})
        for (const auto& [key, v] : ref->find(side)->find("output:0")->members()) {
            std::string text = formatJsonNumber(v.number());
            EXPECT_NE(html.find(text), std::string::npos) << side << "." << key << " = " << text;
            EXPECT_NE(md.find(text), std::string::npos) << side << "." << key << " = " << text;
        }
}

}  // namespace
}  // namespace tfs::compare

namespace tfs::compare {
namespace {

TEST(CompareModels, Float16WeightsHalveParameterBytes) {
    TFS_REQUIRE_SHARED_MODELS();
    std::string fc = test::sharedModel("tf2onnx__fc-layers/frozen.pb");
    std::string half = transformed(fc, "convert_to_float16", {"X"}, {"output"}, "fc_half.pb");
    ASSERT_FALSE(half.empty());
    CompareOptions o;
    o.measureSpeed = false;
    auto r = compareModelPaths(fc, half, o);
    ASSERT_TRUE(r.ok()) << r.status().toString();
    EXPECT_LT(double(r->b.size.bytes), 0.55 * double(r->a.size.bytes));
    EXPECT_GT(r->b.size.paramBytesByDtype.at("float16"), 0u);
    EXPECT_GT(r->weights.changedCount, 0);  // the Cast of each half Const is evaluated and matched
    for (const auto& t : r->weights.tensors)  // float16 keeps ~3 significant digits
        EXPECT_LE(t.maxAbsChange, 1e-2) << t.name << " " << t.sourceB;
    ASSERT_EQ(r->outputs.size(), 1u);
    EXPECT_GT(r->outputs[0].cosine, 0.99999);
}

}  // namespace
}  // namespace tfs::compare
