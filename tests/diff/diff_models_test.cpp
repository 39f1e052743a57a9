// Diffs of real models against copies made by tfscope's own passes and commands,
// through `tfscope --batch diff` as users call it (exit codes, text and JSON).
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/batch/batch.h"
#include "core/diff/model_diff.h"
#include "core/formats/checkpoint.h"
#include "core/formats/loader.h"
#include "core/util/json.h"
#include "tests/common/test_paths.h"

namespace tfs::diff {
namespace {

using test::scratchDir;
using test::sharedModel;

struct BatchRun {
    int code = -1;
    std::string out, err;
};

BatchRun batch(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    BatchRun r;
    r.code = batch::runBatch(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

Json diffJson(const std::string& a, const std::string& b, std::vector<std::string> extra = {}, int expectCode = 1) {
    std::vector<std::string> args = {"diff", a, b, "--json"};
    args.insert(args.end(), extra.begin(), extra.end());
    BatchRun r = batch(args);
    EXPECT_EQ(r.code, expectCode) << r.err << r.out.substr(0, 2000);
    auto json = Json::parse(r.out, "diff --json");
    EXPECT_TRUE(json.ok()) << r.out.substr(0, 500);
    return json.ok() ? *json : Json();
}

int summaryField(const Json& j, const char* field) {
    const Json* s = j.find("summary");
    return s ? int(s->numberOr(field, -1)) : -1;
}

/// Writes `model` transformed by `transforms` to dir/name and returns the path.
std::string transformed(const std::string& model, const std::string& transforms, const std::string& name,
                        std::vector<std::string> extra = {}) {
    const std::string out = scratchDir("diff_pairs") + "/" + name;
    std::vector<std::string> args = {"transform", model, out, "--transforms", transforms};
    args.insert(args.end(), extra.begin(), extra.end());
    BatchRun r = batch(args);
    EXPECT_EQ(r.code, 0) << r.err;
    return out;
}

TEST(DiffModels, IdenticalInputsExitZeroWithEmptyDiff) {
    TFS_REQUIRE_SHARED_MODELS();
    const std::string model = sharedModel("tf2onnx__fc-layers") + "/frozen.pb";
    BatchRun r = batch({"diff", model, model});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("identical"), std::string::npos) << r.out;
    Json j = diffJson(model, model, {}, 0);
    EXPECT_EQ(summaryField(j, "added") + summaryField(j, "removed") + summaryField(j, "changed") + summaryField(j, "renamed"), 0);
    EXPECT_EQ(j.find("nodes")->size(), 0u);
}

TEST(DiffModels, FrozenGraphAndItsTextConversionAreIdentical) {
    TFS_REQUIRE_SHARED_MODELS();
    const std::string model = sharedModel("armkws__DS_CNN_S") + "/DS_CNN_S.pb";
    const std::string text = scratchDir("diff_pbtxt") + "/ds_cnn.pbtxt";
    ASSERT_EQ(batch({"convert", model, text}).code, 0);
    BatchRun r = batch({"diff", model, text});
    EXPECT_EQ(r.code, 0) << r.out << r.err;
}

TEST(DiffModels, SavedModelVersusFrozenGraphOfDifferentFormats) {
    TFS_REQUIRE_SHARED_MODELS();
    // The same regression model as a TF1 SavedModel and as a frozen GraphDef: variables became Consts.
    Json j = diffJson(sharedModel("tf2onnx__regression_saved_model"), sharedModel("tf2onnx__regression_graphdef") + "/frozen.pb");
    EXPECT_GT(summaryField(j, "removed") + summaryField(j, "changed"), 0);
}

TEST(DiffModels, ObfuscatedNamesAreRenames) {
    TFS_REQUIRE_SHARED_MODELS();
    const std::string model = sharedModel("tf2onnx__fc-layers") + "/frozen.pb";
    const std::string b = transformed(model, "obfuscate_names", "fc_obfuscated.pb", {"--inputs", "X", "--outputs", "output"});
    Json j = diffJson(model, b);
    EXPECT_GT(summaryField(j, "renamed"), 5);
    EXPECT_EQ(summaryField(j, "added"), 0);
    EXPECT_EQ(summaryField(j, "removed"), 0);
    EXPECT_EQ(summaryField(j, "changed"), 0);
    // By name only, the same pair is all removals and additions.
    Json named = diffJson(model, b, {"--match", "name"});
    EXPECT_EQ(summaryField(named, "renamed"), 0);
    EXPECT_EQ(summaryField(named, "added"), summaryField(j, "renamed"));
}

TEST(DiffModels, ObfuscatedNamesReusingOldNamesAreRenames) {
    TFS_REQUIRE_SHARED_MODELS();
    // half_plus_two's variables are called a, b, c: obfuscate_names hands those same short names to
    // other nodes (c becomes the tf_example placeholder). Every node is still a rename.
    const std::string model = sharedModel("serving__saved_model_half_plus_two_cpu");
    const std::string b = transformed(model, "obfuscate_names", "half_plus_two_obfuscated");
    Json j = diffJson(model, b);
    EXPECT_GT(summaryField(j, "renamed"), 50);
    EXPECT_EQ(summaryField(j, "added") + summaryField(j, "removed") + summaryField(j, "changed"), 0) << j.dump(2).substr(0, 3000);
    std::map<std::string, std::string> renamed;
    for (const Json& n : j.find("nodes")->items())
        if (n.stringOr("status") == "renamed") renamed[n.stringOr("a")] = n.stringOr("b");
    EXPECT_EQ(renamed["tf_example"], "c");
    // Signatures name the renamed tensors: each "tensor X:0 → Y:0" is a rename pair of the graph.
    int tensorChanges = 0;
    for (const Json& sig : j.find("signatures")->items())
        for (const Json& c : sig.find("changes")->items()) {
            const std::string text = c.string();
            const size_t at = text.find("tensor "), arrow = text.find(" → ");
            ASSERT_NE(at, std::string::npos) << text;
            ASSERT_NE(arrow, std::string::npos) << text;
            const std::string from = text.substr(at + 7, text.find(':', at) - at - 7);
            const std::string to = text.substr(arrow + 5, text.rfind(':') - arrow - 5);
            EXPECT_EQ(renamed[from], to) << text;
            ++tensorChanges;
        }
    EXPECT_GT(tensorChanges, 0);
    for (const Json& v : j.find("variables")->items()) EXPECT_EQ(v.stringOr("status"), "unchanged") << v.dump(-1);
}

TEST(DiffModels, RemovedIdentityNodes) {
    TFS_REQUIRE_SHARED_MODELS();
    const std::string model = sharedModel("armkws__DS_CNN_S") + "/DS_CNN_S.pb";
    const std::string b = transformed(model, "remove_nodes(op=Identity)", "ds_no_identity.pb");
    Json j = diffJson(model, b);
    EXPECT_GT(summaryField(j, "removed"), 0);
    EXPECT_EQ(summaryField(j, "added"), 0);
    EXPECT_EQ(summaryField(j, "renamed"), 0);
    for (const Json& n : j.find("nodes")->items()) {
        if (n.stringOr("status") == "removed") {
            EXPECT_EQ(n.stringOr("op"), "Identity") << n.dump(-1);
        }
        if (n.stringOr("status") == "changed") {
            ASSERT_EQ(n.find("changes")->size(), 1u) << n.dump(-1);
            EXPECT_EQ(n.find("changes")->items()[0].stringOr("kind"), "inputs");
        }
    }
}

TEST(DiffModels, RoundedWeightsShowValueDeltas) {
    TFS_REQUIRE_SHARED_MODELS();
    const std::string model = sharedModel("tf2onnx__fc-layers") + "/frozen.pb";
    const std::string b = transformed(model, "round_weights(num_steps=16)", "fc_rounded.pb");
    Json j = diffJson(model, b);
    EXPECT_GT(summaryField(j, "changed"), 0);
    EXPECT_EQ(summaryField(j, "added") + summaryField(j, "removed") + summaryField(j, "renamed"), 0);
    const Json* weights = j.find("weights");
    ASSERT_TRUE(weights && weights->size() > 0);
    for (const Json& w : weights->items()) {
        EXPECT_GT(w.numberOr("max_abs_change"), 0.0) << w.dump(-1);
        EXPECT_LE(w.numberOr("mean_abs_change"), w.numberOr("max_abs_change"));
        EXPECT_GT(w.numberOr("changed_elements"), 0.0);
    }
    // --no-weights: the same pair has nothing left to say.
    BatchRun r = batch({"diff", model, b, "--no-weights"});
    EXPECT_EQ(r.code, 0) << r.out;
    // Text: one "~ name (Const): max |Δ| ..." line per weight.
    BatchRun text = batch({"diff", model, b});
    EXPECT_NE(text.out.find("(Const): max |Δ|"), std::string::npos) << text.out;
}

TEST(DiffModels, QuantizedWeightsChangeOpsAndAddDequantize) {
    TFS_REQUIRE_SHARED_MODELS();
    const std::string model = sharedModel("tf2onnx__fc-layers") + "/frozen.pb";
    const std::string b = transformed(model, "quantize_weights", "fc_quantized.pb");
    Json j = diffJson(model, b);
    EXPECT_GT(summaryField(j, "added"), 0);
    bool dequantize = false;
    for (const Json& o : j.find("op_counts")->items())
        if (o.stringOr("op") == "Dequantize") dequantize = o.numberOr("b") > o.numberOr("a");
    EXPECT_TRUE(dequantize);
}

TEST(DiffModels, StrippedUnusedNodes) {
    TFS_REQUIRE_SHARED_MODELS();
    // Keeping only the logits drops the ArgMax ("pred") and what only it reads.
    const std::string model = sharedModel("utensor__cifar10_cnn") + "/cifar10_cnn.pb";
    const std::string b = transformed(model, "strip_unused_nodes", "cifar_stripped.pb",
                                      {"--inputs", "Placeholder", "--outputs", "fully_connect_2/logits"});
    Json j = diffJson(model, b);
    EXPECT_GT(summaryField(j, "removed"), 0);
    EXPECT_EQ(summaryField(j, "added") + summaryField(j, "renamed"), 0);
    bool predRemoved = false;
    for (const Json& n : j.find("nodes")->items())
        if (n.stringOr("a") == "pred") predRemoved = n.stringOr("status") == "removed";
    EXPECT_TRUE(predRemoved) << j.dump(2).substr(0, 2000);
}

TEST(DiffModels, StrippedAtAnInteriorTensor) {
    TFS_REQUIRE_SHARED_MODELS();
    // The keyword spotter fed at its MFCC features: the audio front end is removed, Mfcc becomes a Placeholder.
    const std::string model = sharedModel("armkws__DS_CNN_S") + "/DS_CNN_S.pb";
    const std::string b = transformed(model, "strip_unused_nodes(type=float, shape=\"1,49,10\")", "ds_at_mfcc.pb",
                                      {"--inputs", "Mfcc", "--outputs", "labels_softmax"});
    Json j = diffJson(model, b);
    EXPECT_EQ(summaryField(j, "added") + summaryField(j, "renamed"), 0);
    EXPECT_EQ(summaryField(j, "changed"), 1);
    std::set<std::string> removed;
    for (const Json& n : j.find("nodes")->items()) {
        if (n.stringOr("status") == "removed") removed.insert(n.stringOr("a"));
        if (n.stringOr("status") != "changed") continue;
        EXPECT_EQ(n.stringOr("b"), "Mfcc");
        bool opChange = false;
        for (const Json& c : n.find("changes")->items())
            opChange |= c.stringOr("kind") == "op" && c.stringOr("a") == "Mfcc" && c.stringOr("b") == "Placeholder";
        EXPECT_TRUE(opChange) << n.dump(-1);
    }
    EXPECT_EQ(removed, (std::set<std::string>{"wav_data", "decoded_sample_data", "AudioSpectrogram"}));
    // Text: the op change on the Mfcc line.
    BatchRun text = batch({"diff", model, b});
    EXPECT_EQ(text.code, 1);
    EXPECT_NE(text.out.find("~ Mfcc (Placeholder): op Mfcc → Placeholder"), std::string::npos) << text.out;
}

TEST(DiffModels, Tf2FunctionBodiesAreDiffed) {
    TFS_REQUIRE_SHARED_MODELS();
    const std::string model = sharedModel("tfnet__simple_model_from_auto_compile");
    const std::string b = transformed(model, "remove_nodes(op=Identity)", "mlp_no_identity");
    Json j = diffJson(model, b);
    const Json* functions = j.find("functions");
    ASSERT_TRUE(functions && functions->size() > 0) << j.dump(2).substr(0, 3000);
    int removedInBodies = 0;
    for (const Json& f : functions->items())
        if (const Json* s = f.find("summary")) removedInBodies += int(s->numberOr("removed"));
    EXPECT_GT(removedInBodies, 0);
}

TEST(DiffModels, SlimCheckpointKeepsValuesBitIdentical) {
    TFS_REQUIRE_SHARED_MODELS();
    const std::string prefix = sharedModel("tfx__estimator_ckpt") + "/model.ckpt-1000";
    const std::string slim = scratchDir("diff_slim") + "/slim";
    BatchRun made = batch({"slim-checkpoint", prefix, "--out", slim, "--outputs", "head/predictions/probabilities"});
    ASSERT_EQ(made.code, 0) << made.err;
    Json j = diffJson(prefix, slim);
    const Json* variables = j.find("variables");
    ASSERT_TRUE(variables && variables->size() > 0);
    int kept = 0, removed = 0;
    for (const Json& v : variables->items()) {
        const std::string status = v.stringOr("status");
        if (status == "removed") ++removed;
        else {
            ++kept;
            EXPECT_EQ(status, "unchanged") << v.dump(-1);
            const Json* bits = v.find("bit_identical");
            ASSERT_TRUE(bits) << v.dump(-1);
            EXPECT_TRUE(bits->boolean()) << v.dump(-1);
        }
        EXPECT_NE(status, "added");
    }
    EXPECT_GT(kept, 0);
    EXPECT_GT(removed, 0);  // optimizer slots and global_step are gone
}

TEST(DiffModels, Float16SlimCheckpointShowsRoundingDeltas) {
    TFS_REQUIRE_SHARED_MODELS();
    // The same variables stored as float32 and as float16: every value differs by float16 rounding at most.
    const std::string prefix = sharedModel("tfx__estimator_ckpt") + "/model.ckpt-1000";
    const std::string dir = scratchDir("diff_slim16");
    for (auto [out, extra] : {std::pair{dir + "/f32", ""}, std::pair{dir + "/f16", "--float16"}}) {
        std::vector<std::string> args = {"slim-checkpoint", prefix, "--out", out, "--outputs", "head/predictions/probabilities"};
        if (*extra) args.push_back(extra);
        BatchRun made = batch(args);
        ASSERT_EQ(made.code, 0) << made.err;
    }
    auto f32 = openBundle(dir + "/f32");
    ASSERT_TRUE(f32.ok()) << f32.status().toString();
    Json j = diffJson(dir + "/f32", dir + "/f16");
    const Json* variables = j.find("variables");
    ASSERT_TRUE(variables);
    ASSERT_EQ(variables->size(), (*f32)->entries().size());
    int moved = 0;
    for (const Json& v : variables->items()) {
        SCOPED_TRACE(v.dump(-1));
        EXPECT_EQ(v.stringOr("status"), "changed");
        EXPECT_EQ(v.stringOr("dtype_a"), "float32");
        EXPECT_EQ(v.stringOr("dtype_b"), "float16");
        ASSERT_TRUE(v.find("bit_identical"));
        EXPECT_FALSE(v.find("bit_identical")->boolean());
        ASSERT_TRUE(v.find("max_abs_change")) << "values were not compared";
        auto value = (*f32)->read(v.stringOr("name"));
        ASSERT_TRUE(value.ok());
        double maxAbs = 0;
        for (int64_t i = 0; i < value->numElements(); ++i) maxAbs = std::max(maxAbs, std::fabs(double(value->data<float>()[i])));
        // Round to nearest: half an ulp of float16 (2^-11 relative), or half its smallest subnormal.
        EXPECT_LE(v.numberOr("max_abs_change"), maxAbs * std::ldexp(1.0, -11) + std::ldexp(1.0, -25));
        EXPECT_LE(v.numberOr("changed_elements"), v.numberOr("elements"));
        moved += v.numberOr("max_abs_change") > 0;
    }
    EXPECT_GT(moved, 0);
    BatchRun text = batch({"diff", dir + "/f32", dir + "/f16"});
    EXPECT_NE(text.out.find("~ variable dnn/logits/kernel: float32[34,1] → float16[34,1], max |Δ|"), std::string::npos) << text.out;
}

TEST(DiffModels, CheckpointAgainstSavedModelVariables) {
    TFS_REQUIRE_SHARED_MODELS();
    // One training run saved as a checkpoint and exported as a SavedModel: the stored values are the same bits.
    Json j = diffJson(sharedModel("tf2onnx__regression_checkpoint") + "/model", sharedModel("tf2onnx__regression_saved_model"));
    const Json* variables = j.find("variables");
    ASSERT_TRUE(variables);
    std::set<std::string> names;
    for (const Json& v : variables->items()) {
        names.insert(v.stringOr("name"));
        EXPECT_EQ(v.stringOr("status"), "unchanged") << v.dump(-1);
        ASSERT_TRUE(v.find("bit_identical"));
        EXPECT_TRUE(v.find("bit_identical")->boolean());
    }
    EXPECT_EQ(names, (std::set<std::string>{"W", "b"}));
}

TEST(DiffModels, CheckpointAgainstItselfIsIdentical) {
    TFS_REQUIRE_SHARED_MODELS();
    const std::string prefix = sharedModel("tfx__estimator_ckpt") + "/model.ckpt-1000";
    EXPECT_EQ(batch({"diff", prefix, prefix}).code, 0);
}

TEST(DiffModels, BadInputExitsTwoWithClearMessage) {
    TFS_REQUIRE_SHARED_MODELS();
    const std::string model = sharedModel("tf2onnx__fc-layers") + "/frozen.pb";
    BatchRun missing = batch({"diff", model, "/nonexistent/model.pb"});
    EXPECT_EQ(missing.code, 2);
    EXPECT_NE(missing.err.find("/nonexistent/model.pb"), std::string::npos) << missing.err;
    const std::string garbage = scratchDir("diff_bad") + "/garbage.pb";
    {
        std::ofstream f(garbage);
        f << "this is not a model";
    }
    BatchRun bad = batch({"diff", garbage, model});
    EXPECT_EQ(bad.code, 2);
    EXPECT_NE(bad.err.find("garbage.pb"), std::string::npos) << bad.err;
    EXPECT_EQ(batch({"diff", model}).code, 2);
    EXPECT_EQ(batch({"diff", model, model, "--match", "fuzzy"}).code, 2);
    EXPECT_EQ(batch({"diff", model, model, "--report", "out.txt"}).code, 2);
}

TEST(DiffModels, ReportsAreWritten) {
    TFS_REQUIRE_SHARED_MODELS();
    const std::string model = sharedModel("tf2onnx__fc-layers") + "/frozen.pb";
    const std::string b = transformed(model, "round_weights(num_steps=16)", "fc_rounded_report.pb");
    const std::string dir = scratchDir("diff_report");
    ASSERT_EQ(batch({"diff", model, b, "--report", dir + "/r.html"}).code, 1);
    ASSERT_EQ(batch({"diff", model, b, "--report", dir + "/r.md"}).code, 1);
    std::ifstream html(dir + "/r.html"), md(dir + "/r.md");
    std::stringstream hs, ms;
    hs << html.rdbuf();
    ms << md.rdbuf();
    EXPECT_NE(hs.str().find("<table>"), std::string::npos);
    EXPECT_EQ(hs.str().find("<script"), std::string::npos);
    EXPECT_NE(ms.str().find("| changed |"), std::string::npos) << ms.str().substr(0, 1500);
}

}  // namespace
}  // namespace tfs::diff
