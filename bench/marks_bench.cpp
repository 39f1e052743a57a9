// What graph marks cost the UI thread on a large graph: building the overlay of a workbench step
// (what it added / changed / removed, scope badges) and of a run's node times, on the 20k-node
// training graph of bench/training_graph.h. Each layout of a marked picture asks for its overlay
// once per revision (later layouts of the same revision reuse it).
#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <random>

#include "bench/training_graph.h"
#include "core/formats/writers.h"
#include "views/run_overlay.h"
#include "views/step_marks.h"
#include "views/workbench.h"

namespace {

using namespace tfs;

// The generated training graph as an opened document.
std::shared_ptr<views::ModelDocument> trainingDocument(int nodes) {
    Model model;
    model.path = "generated_training_graph.pb";
    model.format = ModelFormat::GraphDef;
    MetaGraph mg;
    *mg.def.mutable_graph_def() = bench::TrainingGraphBuilder::build(nodes);
    model.metaGraphs.push_back(std::move(mg));
    (void)markGraphEdited(&model);
    return std::make_shared<views::ModelDocument>(std::move(model));
}

void BM_StepOverlay(benchmark::State& state, const char* pass) {
    auto document = trainingDocument(int(state.range(0)));
    views::Workbench workbench(document);
    workbench.setMeasuring(false);
    if (!workbench.apply(QString::fromLatin1(pass))) return state.SkipWithError("pass rejected");
    QElapsedTimer t;
    t.start();
    while (!workbench.isIdle() && t.elapsed() < 600000) QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    if (!workbench.lastError().isEmpty()) return state.SkipWithError(qPrintable(workbench.lastError()));
    const auto pipeline = document->pipeline();
    if (pipeline.size() < 2) return state.SkipWithError("no step");
    auto graph = document->graph("");
    size_t marked = 0;
    for (auto _ : state) {
        auto overlay = views::stepOverlay(*pipeline.back(), pipeline.front().get(), *graph, false);
        marked = 0;
        for (const auto& m : overlay->nodes) marked += m.marked();
        benchmark::DoNotOptimize(overlay);
    }
    const auto& changes = pipeline.back()->detail.changes;
    state.counters["nodes"] = double(graph->index->size());
    state.counters["changes"] = double(changes.added.size() + changes.changed.size() + changes.removed.size());
    state.counters["marked"] = double(marked);
}

// A run that timed every node of the graph (times drawn at random, slowest first as OpProfile keeps them).
void BM_TimeOverlay(benchmark::State& state) {
    auto document = trainingDocument(int(state.range(0)));
    auto graph = document->graph("");
    exec::OpProfile profile;
    profile.runs = 5;
    std::mt19937 random(1);
    std::exponential_distribution<double> ms(10.0);
    for (int i = 0; i < graph->index->size(); ++i) {
        exec::NodeTime t;
        t.node = graph->index->node(i).name();
        t.op = graph->index->node(i).op();
        t.ms = ms(random);
        t.executionsPerRun = 1;
        profile.totalMs += t.ms;
        profile.nodes.push_back(std::move(t));
    }
    std::sort(profile.nodes.begin(), profile.nodes.end(), [](const auto& a, const auto& b) { return a.ms > b.ms; });
    for (auto& t : profile.nodes) t.percent = 100 * t.ms / profile.totalMs;
    for (auto _ : state) benchmark::DoNotOptimize(views::timeOverlay(*graph, profile));
    state.counters["nodes"] = double(graph->index->size());
}

void BM_StepOverlay_RemoveIdentity(benchmark::State& state) { BM_StepOverlay(state, "remove_nodes(op=Identity)"); }
void BM_StepOverlay_FoldConstants(benchmark::State& state) { BM_StepOverlay(state, "fold_constants(ignore_errors=true)"); }
BENCHMARK(BM_StepOverlay_RemoveIdentity)->Arg(20000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StepOverlay_FoldConstants)->Arg(20000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TimeOverlay)->Arg(20000)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
