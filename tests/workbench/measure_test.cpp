// Measuring workbench revisions against the original on real models: sizes,
// parameters, latency, accuracy on the same inputs, the cache of the
// original's outputs, interior feeds (Mfcc) and cancel.

#include <gtest/gtest.h>

#include <atomic>

#include "core/formats/loader.h"
#include "core/transforms/grammar.h"
#include "core/workbench/measure.h"
#include "core/workbench/report.h"
#include "core/workbench/step.h"
#include "tests/common/test_paths.h"

using namespace tfs;
using namespace tfs::test;

namespace {

std::shared_ptr<const Model> load(const std::string& folder) {
    auto model = loadModel(sharedModel(folder));
    EXPECT_TRUE(model.ok()) << model.status().toString();
    if (!model.ok()) return nullptr;
    return std::make_shared<const Model>(std::move(model).value());
}

Result<workbench::Step> apply(const std::shared_ptr<const Model>& model, const std::string& text,
                              const transforms::ModelTransformOptions& options = {}) {
    TFS_ASSIGN_OR_RETURN(auto specs, transforms::parseAndValidateTransforms(text));
    if (specs.size() != 1) return invalidArgument("one pass expected");
    return workbench::applyPass(model, specs[0], options);
}

workbench::MeasureOptions quick() {
    workbench::MeasureOptions o;
    o.runs = 2;
    o.warmup = 0;
    o.threads = 1;
    return o;
}

// Counts runs per model path, to see that the original runs once per set of feeds.
struct CountingFactory {
    std::shared_ptr<std::atomic<int>> originalRuns = std::make_shared<std::atomic<int>>(0);
    const Model* original = nullptr;
    compare::RunnerFactory make() const {
        auto counter = originalRuns;
        auto orig = original;
        auto inner = compare::executorRunnerFactory();
        return [counter, orig, inner](const Model& model, const compare::RunnerOptions& options)
                   -> Result<std::unique_ptr<compare::ModelRunner>> {
            struct Counting : compare::ModelRunner {
                std::unique_ptr<compare::ModelRunner> inner;
                std::shared_ptr<std::atomic<int>> counter;
                Result<std::vector<Tensor>> run(const std::vector<std::pair<std::string, Tensor>>& feeds,
                                                const std::vector<std::string>& fetches) override {
                    if (counter) ++*counter;
                    return inner->run(feeds, fetches);
                }
                uint64_t peakBytes() const override { return inner->peakBytes(); }
            };
            TFS_ASSIGN_OR_RETURN(auto runner, inner(model, options));
            auto wrapped = std::make_unique<Counting>();
            wrapped->inner = std::move(runner);
            if (&model == orig) wrapped->counter = counter;
            return std::unique_ptr<compare::ModelRunner>(std::move(wrapped));
        };
    }
};

}  // namespace

TEST(WorkbenchMeasure, QuantizeWeightsOnFcLayers) {
    TFS_REQUIRE_SHARED_MODELS();
    auto original = load("tf2onnx__fc-layers/frozen.pb");
    ASSERT_TRUE(original);
    transforms::ModelTransformOptions endpoints;
    endpoints.inputs = {"X"};
    endpoints.outputs = {"output"};
    auto step = apply(original, "quantize_weights", endpoints);
    ASSERT_TRUE(step.ok()) << step.status().toString();
    CountingFactory counting;
    counting.original = original.get();
    workbench::Baseline baseline(original, quick(), counting.make());
    auto base = baseline.measure(*original);
    ASSERT_TRUE(base.ok()) << base.status().toString();
    EXPECT_TRUE(base->runError.ok()) << base->runError.message();
    EXPECT_TRUE(base->accuracy.empty());
    ASSERT_TRUE(base->latency);
    EXPECT_GT(base->latency->medianMs, 0);
    EXPECT_GT(base->size.parameters.total(), 100000);
    EXPECT_EQ(base->size.parameters.byDtype.count("float32"), 1u);

    const int timingRuns = counting.originalRuns->load();  // the baseline's own latency runs
    EXPECT_EQ(timingRuns, 2);
    auto m = baseline.measure(*step->model);
    ASSERT_TRUE(m.ok()) << m.status().toString();
    EXPECT_TRUE(m->runError.ok()) << m->runError.message();
    EXPECT_LT(m->size.bytes, base->size.bytes / 2);
    EXPECT_LT(m->size.compressedBytes, base->size.compressedBytes);
    EXPECT_EQ(m->size.parameters.byDtype.count("quint8"), 1u);
    ASSERT_EQ(m->accuracy.size(), 1u);
    EXPECT_EQ(m->accuracy[0].tensorA, "output:0");
    EXPECT_GT(m->accuracy[0].maxAbsError, 0);  // 8-bit weights move the outputs a little
    EXPECT_GT(m->accuracy[0].cosine, 0.99);
    ASSERT_TRUE(m->latency);
    const int runsAfterFirst = counting.originalRuns->load();
    EXPECT_EQ(size_t(runsAfterFirst - timingRuns), m->sampleLabels.size());  // the original ran each sample once

    // A second revision reuses the original's outputs.
    auto again = apply(step->model, "remove_nodes(op=Identity)", step->detail.options);
    ASSERT_TRUE(again.ok()) << again.status().toString();
    auto m2 = baseline.measure(*again->model);
    ASSERT_TRUE(m2.ok());
    EXPECT_TRUE(m2->runError.ok()) << m2->runError.message();
    EXPECT_EQ(counting.originalRuns->load(), runsAfterFirst);
    ASSERT_EQ(m2->accuracy.size(), 1u);
    EXPECT_DOUBLE_EQ(m2->accuracy[0].maxAbsError, m->accuracy[0].maxAbsError);

    Json json = workbench::reportToJson(*base, {{step->spec, *m}, {again->spec, *m2}});
    const Json* passes = json.find("passes");
    ASSERT_TRUE(passes);
    EXPECT_EQ(passes->size(), 2u);
    std::string text = workbench::formatReport(*base, {{step->spec, *m}});
    EXPECT_NE(text.find("quantize_weights"), std::string::npos) << text;
    EXPECT_NE(text.find("output:0: max_abs"), std::string::npos) << text;
}

TEST(WorkbenchMeasure, StripAtMfccFeedsTheInteriorTensorInTheOriginal) {
    TFS_REQUIRE_SHARED_MODELS();
    auto original = load("armkws__DS_CNN_S/DS_CNN_S.pb");
    ASSERT_TRUE(original);
    transforms::ModelTransformOptions endpoints;
    endpoints.inputs = {"Mfcc"};
    endpoints.outputs = {"labels_softmax"};
    auto step = apply(original, "strip_unused_nodes(type=float, shape=\"1,49,10\")", endpoints);
    ASSERT_TRUE(step.ok()) << step.status().toString();
    workbench::Baseline baseline(original, quick());
    auto m = baseline.measure(*step->model);
    ASSERT_TRUE(m.ok()) << m.status().toString();
    ASSERT_TRUE(m->runError.ok()) << m->runError.message();
    ASSERT_EQ(m->io.inputs.size(), 1u);
    EXPECT_EQ(m->io.inputs[0].tensorA, "Mfcc:0");  // fed inside the original, the audio front end not run
    ASSERT_EQ(m->accuracy.size(), 1u);
    EXPECT_EQ(m->accuracy[0].maxAbsError, 0);  // the same arithmetic on the same inputs
    ASSERT_TRUE(m->accuracy[0].top1Agreement);
    EXPECT_EQ(*m->accuracy[0].top1Agreement, 1.0);
    ASSERT_FALSE(m->sampleLabels.empty());
    EXPECT_EQ(m->sampleLabels[0], "reference/mfcc_batch1");

    // The original alone is timed through the reference case's Mfcc feed, not the WAV input.
    auto base = baseline.measure(*original);
    ASSERT_TRUE(base.ok());
    EXPECT_TRUE(base->runError.ok()) << base->runError.message();
    EXPECT_TRUE(base->latency);
}

TEST(WorkbenchMeasure, FoldBatchNormsOnAConvNetKeepsOutputs) {
    TFS_REQUIRE_SHARED_MODELS();
    auto original = load("armkws__DS_CNN_S/DS_CNN_S.pb");
    ASSERT_TRUE(original);
    transforms::ModelTransformOptions endpoints;
    endpoints.inputs = {"wav_data"};
    endpoints.outputs = {"labels_softmax"};
    auto step = apply(original, "fold_old_batch_norms", endpoints);
    ASSERT_TRUE(step.ok()) << step.status().toString();
    EXPECT_LT(step->model->graph()->node_size(), original->graph()->node_size());
    workbench::Baseline baseline(original, quick());
    auto m = baseline.measure(*step->model);
    ASSERT_TRUE(m.ok()) << m.status().toString();
    ASSERT_TRUE(m->runError.ok()) << m->runError.message();
    ASSERT_EQ(m->accuracy.size(), 1u);
    EXPECT_LT(m->accuracy[0].maxAbsError, 1e-4);
    EXPECT_GT(m->accuracy[0].cosine, 0.9999);
}

TEST(WorkbenchMeasure, CancelStopsAMeasurement) {
    TFS_REQUIRE_SHARED_MODELS();
    auto original = load("tf2onnx__fc-layers/frozen.pb");
    ASSERT_TRUE(original);
    workbench::Baseline baseline(original, quick());
    WorkContext work;
    work.cancel.cancel();
    auto m = baseline.measure(*original, work);
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.status().code(), StatusCode::Cancelled);
}
