// The graph page as a user drives it, on the InceptionV3-class training graphs of bench/training_graph.h
// (1k, 11k, 20k nodes), offscreen: a real GraphPage, its layout job, Graphviz in its child process and
// the scene items. Each row reports the time until the new picture is drawn and the longest stall of
// the UI thread meanwhile (ui_stall_ms, goal: never over 100 ms).
//   BM_PageFirstPicture: a parsed model handed to a new page until its first picture is populated.
//   BM_PageExpandLargestScope: expanding the largest collapsed scope of that picture until it is redrawn.
// Start-up of the whole program (process start to first paint) is measured with tfscope itself:
// TFSCOPE_REPORT_FIRST_PICTURE=1 (see bench/RESULTS.md).
#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <chrono>

#include "bench/training_graph.h"
#include "bench/stall_meter.h"
#include "core/formats/writers.h"
#include "core/layout/graph_layout.h"
#include "views/graph_page.h"
#include "views/graph_scene.h"

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

std::shared_ptr<views::ModelDocument> trainingDocument(int nodes) {
    Model model;
    model.path = "inception_train.pb";
    model.format = ModelFormat::GraphDef;
    MetaGraph mg;
    *mg.def.mutable_graph_def() = bench::TrainingGraphBuilder::build(nodes);
    model.metaGraphs.push_back(std::move(mg));
    (void)markGraphEdited(&model);
    return std::make_shared<views::ModelDocument>(std::move(model));
}

// The largest scope drawn as one box (series of same-op siblings excluded: they open as a row).
std::string largestCollapsedScope(const views::GraphScene& scene, int* nodes) {
    std::string scope;
    *nodes = 0;
    for (const auto& item : scene.visible().items)
        if (item.kind == layout::VisibleItem::Kind::Scope && !item.series && item.nodeCount > *nodes) {
            *nodes = item.nodeCount;
            scope = item.scope;
        }
    return scope;
}

void BM_PageFirstPicture(benchmark::State& state) {
    auto document = trainingDocument(int(state.range(0)));
    bench::UiStallMeter stalls;
    double stallMs = 0, stallCpuMs = 0;
    int boxes = 0;
    for (auto _ : state) {
        auto start = std::chrono::steady_clock::now();
        stalls.start();
        {
            views::GraphPage page(document);
            page.resize(1200, 800);
            page.show();
            if (!waitFor([&] { return !page.isBusy() && page.scene()->boxCount() > 0; })) state.SkipWithError("no picture");
            state.SetIterationTime(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
            stalls.stop();
            stallMs = std::max(stallMs, stalls.longestMs());
            stallCpuMs = std::max(stallCpuMs, stalls.longestCpuMs());
            boxes = page.scene()->boxCount();
            state.PauseTiming();
        }
        state.ResumeTiming();
    }
    state.counters["nodes"] = double(document->model().graph()->node_size());
    state.counters["boxes"] = boxes;
    state.counters["ui_stall_ms"] = stallMs;
    state.counters["ui_stall_cpu_ms"] = stallCpuMs;  // the most UI-thread CPU time spent between two ticks
}

void BM_PageExpandLargestScope(benchmark::State& state) {
    auto document = trainingDocument(int(state.range(0)));
    views::GraphPage page(document);
    page.resize(1200, 800);
    page.show();
    if (!waitFor([&] { return !page.isBusy() && page.scene()->boxCount() > 0; })) state.SkipWithError("no first picture");
    int scopeNodes = 0;
    const std::string scope = largestCollapsedScope(*page.scene(), &scopeNodes);
    if (scope.empty()) state.SkipWithError("no collapsed scope");
    bench::UiStallMeter stalls;
    double stallMs = 0, stallCpuMs = 0;
    const int before = page.scene()->boxCount();
    int after = 0;
    for (auto _ : state) {
        auto start = std::chrono::steady_clock::now();
        stalls.start();
        page.setScopeExpanded(scope, true);
        waitFor([&] { return !page.isBusy(); });
        state.SetIterationTime(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        stalls.stop();
        stallMs = std::max(stallMs, stalls.longestMs());
        stallCpuMs = std::max(stallCpuMs, stalls.longestCpuMs());
        after = page.scene()->boxCount();
        state.PauseTiming();
        page.setScopeExpanded(scope, false);  // back to the first picture for the next iteration
        waitFor([&] { return !page.isBusy(); });
        state.ResumeTiming();
    }
    state.counters["nodes"] = double(document->model().graph()->node_size());
    state.counters["scope_nodes"] = scopeNodes;
    state.counters["boxes_before"] = before;
    state.counters["boxes_after"] = after;
    state.counters["ui_stall_ms"] = stallMs;
    state.counters["ui_stall_cpu_ms"] = stallCpuMs;  // the most UI-thread CPU time spent between two ticks
}

BENCHMARK(BM_PageFirstPicture)->Arg(1000)->Arg(11000)->Arg(20000)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_PageExpandLargestScope)->Arg(1000)->Arg(11000)->Arg(20000)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

int main(int argc, char** argv) {
    tfs::layout::startLayoutWorker();  // as tfscope does (TFSCOPE_LAYOUT_WORKER=fork: every layout forks this process)
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
