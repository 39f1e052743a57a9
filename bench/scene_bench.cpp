// What the UI thread does after a layout job: GraphScene::populate turns a laid-out picture into scene
// items. Measured for the training graphs of bench/training_graph.h (first picture and Expand All), with a
// synthetic grid layout (populate's cost does not depend on positions; a real 20k layout takes minutes).
// Also times GraphScene::prepare, which runs on the layout worker thread.
#include <benchmark/benchmark.h>

#include <QApplication>
#include <cmath>

#include "bench/training_graph.h"
#include "core/layout/machinery.h"
#include "core/layout/visible_graph.h"
#include "views/graph_scene.h"

namespace {

using namespace tfs;

layout::LayoutResult gridLayout(const layout::LayoutInput& input) {
    layout::LayoutResult r;
    const size_t n = input.graph.items.size();
    const int columns = std::max(1, int(std::sqrt(double(n))));
    for (size_t i = 0; i < n; ++i) {
        const auto size = input.itemSizes[i];
        r.items.push_back({double(int(i) % columns) * 240.0, double(int(i) / columns) * 80.0, size.width, size.height});
    }
    for (const auto& e : input.graph.edges) {
        layout::EdgeRoute route;
        auto a = r.items[size_t(e.from)].center(), b = r.items[size_t(e.to)].center();
        route.bezier = {a, a, b, b};
        route.hasArrow = true;
        route.arrowTip = b;
        r.edges.push_back(route);
    }
    r.clusters.assign(input.graph.clusters.size(), layout::RectF{0, 0, 100, 100});
    r.width = columns * 240.0;
    r.height = double(n / size_t(columns) + 1) * 80.0;
    return r;
}

void populate(benchmark::State& state, bool expandAll) {
    auto def = std::make_shared<tensorflow::GraphDef>(bench::TrainingGraphBuilder::build(int(state.range(0))));
    auto graph = std::make_shared<views::GraphData>();
    graph->def = def;
    graph->index = std::make_unique<GraphIndex>(*def);
    views::GraphScene scene;
    auto hidden = layout::trainingMachinery(*graph->index);
    auto expanded = expandAll ? layout::allScopes(*graph->index)
                              : layout::initialExpansion(*graph->index, 250, layout::countMarked(hidden) ? &hidden : nullptr);
    auto options = scene.prepareOptions();
    if (expandAll) options.showMachinery = true;
    tensorflow::FunctionDefLibrary library;
    double prepareSeconds = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto t0 = std::chrono::steady_clock::now();
        auto input = views::GraphScene::prepare(options, *graph, library, expanded, nullptr);
        prepareSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        auto result = gridLayout(input);
        state.counters["items"] = double(input.graph.items.size());
        state.counters["edges"] = double(input.graph.edges.size());
        state.ResumeTiming();
        scene.populate(graph, std::move(input), std::move(result));  // the UI-thread part
    }
    state.counters["prepare_ms_worker"] = prepareSeconds * 1000;
}

void BM_PopulateFirstPicture(benchmark::State& state) { populate(state, false); }
void BM_PopulateExpandAll(benchmark::State& state) { populate(state, true); }
BENCHMARK(BM_PopulateFirstPicture)->Arg(1000)->Arg(11000)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_PopulateExpandAll)->Arg(1000)->Arg(11000)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
