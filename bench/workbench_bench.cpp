// The workbench's promise on a large graph: apply a pass and see the new revision drawn. Times, on the
// 20k-node training graph of bench/training_graph.h, one step from Apply until the graph page shows the
// new revision (pass in the background, revision swap, indexes, first picture laid out and populated),
// with measurements off. Runs a real GraphPage offscreen, so Graphviz layout (in its child process) counts.
#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QUndoStack>
#include <chrono>

#include "bench/training_graph.h"
#include "bench/stall_meter.h"
#include "core/formats/writers.h"
#include "views/graph_page.h"
#include "views/graph_scene.h"
#include "views/workbench.h"

namespace {

using namespace tfs;

// Spins the event loop until `done` or 10 minutes.
template <typename F>
bool waitFor(F done) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > 600000) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

void applyAndShow(benchmark::State& state, const char* pass) {
    Model model;
    model.path = "generated_training_graph.pb";
    model.format = ModelFormat::GraphDef;
    MetaGraph mg;
    *mg.def.mutable_graph_def() = bench::TrainingGraphBuilder::build(int(state.range(0)));
    model.metaGraphs.push_back(std::move(mg));
    if (!markGraphEdited(&model).ok()) state.SkipWithError("cannot size the generated graph");
    auto document = std::make_shared<views::ModelDocument>(std::move(model));
    views::GraphPage page(document);
    auto* workbench = new views::Workbench(document, &page);
    workbench->setMeasuring(false);
    if (!waitFor([&] { return !page.isBusy(); })) state.SkipWithError("first layout did not finish");
    double passSeconds = 0, stallMs = 0, stallCpuMs = 0;
    int reused = 0;
    bench::UiStallMeter stalls;
    for (auto _ : state) {
        auto start = std::chrono::steady_clock::now();
        stalls.start();
        if (!workbench->apply(QString::fromLatin1(pass))) state.SkipWithError("pass rejected");
        // Applied (a new revision) and drawn (the page's layout of it finished).
        waitFor([&] { return workbench->isIdle() && document->undoStack()->count() > 0 && !page.isBusy(); });
        state.SetIterationTime(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        stalls.stop();
        stallMs = std::max(stallMs, stalls.longestMs());
        stallCpuMs = std::max(stallCpuMs, stalls.longestCpuMs());
        reused += page.layoutReused();
        if (!workbench->lastError().isEmpty()) state.SkipWithError(qPrintable(workbench->lastError()));
        passSeconds = document->revision()->seconds();
        state.PauseTiming();
        document->undoStack()->undo();  // back to the original for the next iteration
        document->undoStack()->clear();
        waitFor([&] { return !page.isBusy(); });
        state.ResumeTiming();
    }
    state.counters["nodes"] = double(document->model().graph()->node_size());
    state.counters["pass_s"] = passSeconds;
    state.counters["boxes"] = double(page.scene()->boxCount());
    state.counters["ui_stall_ms"] = stallMs;  // longest time the UI thread handled no events, over all iterations
    state.counters["ui_stall_cpu_ms"] = stallCpuMs;  // the most UI-thread CPU time spent between two ticks
    state.counters["layouts_kept"] = reused;  // iterations whose picture kept the previous layout
}

void BM_ApplyAndShow_FoldConstants(benchmark::State& state) { applyAndShow(state, "fold_constants(ignore_errors=true)"); }
void BM_ApplyAndShow_RemoveIdentity(benchmark::State& state) { applyAndShow(state, "remove_nodes(op=Identity)"); }
BENCHMARK(BM_ApplyAndShow_FoldConstants)->Arg(20000)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ApplyAndShow_RemoveIdentity)->Arg(20000)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
