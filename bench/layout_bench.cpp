// Graphviz layout times: generated NN-like graphs (flat, with scopes, collapsed)
// and time to first picture (load + initial expansion + layout) for shared models.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

#include "bench/training_graph.h"
#include "core/formats/loader.h"
#include "core/layout/graph_layout.h"
#include "core/layout/machinery.h"
#include "core/layout/visible_graph.h"

namespace {

// n nodes in blocks of 10-50 inside 2-level scopes ("stage3/block7/op12"), each node fed by
// its predecessor and sometimes by a node a few steps back (skip connections).
tensorflow::GraphDef generated(int n, bool scopes) {
    std::mt19937 rng(42);
    tensorflow::GraphDef g;
    int stage = 0, block = 0, inBlock = 0, blockSize = 20, blocksInStage = 0;
    for (int i = 0; i < n; ++i) {
        auto* node = g.add_node();
        std::string name = "op" + std::to_string(i);
        if (scopes) name = "stage" + std::to_string(stage) + "/block" + std::to_string(block) + "/" + name;
        node->set_name(name);
        node->set_op(i % 3 == 0 ? "Conv2D" : (i % 3 == 1 ? "BiasAdd" : "Relu"));
        if (i > 0) node->add_input(g.node(i - 1).name());
        if (i > 8 && rng() % 5 == 0) node->add_input(g.node(i - 2 - int(rng() % 6)).name());
        if (++inBlock >= blockSize) {
            inBlock = 0;
            blockSize = 10 + int(rng() % 41);
            ++block;
            if (++blocksInStage >= 10) {
                blocksInStage = 0;
                ++stage;
            }
        }
    }
    return g;
}

void runLayout(benchmark::State& state, int n, bool scopes, bool collapsed) {
    auto def = generated(n, scopes);
    tfs::GraphIndex index(def);
    auto expanded = collapsed ? tfs::layout::initialExpansion(index) : tfs::layout::allScopes(index);
    tfs::layout::LayoutInput input;
    input.graph = tfs::layout::buildVisibleGraph(index, expanded);
    for (size_t i = 0; i < input.graph.items.size(); ++i)
        input.itemSizes.push_back(tfs::layout::estimateItemSize(input.graph, index, int(i)));
    for (auto _ : state) {
        auto result = tfs::layout::layoutGraph(input);
        if (!result.ok()) state.SkipWithError(result.status().message().c_str());
        benchmark::DoNotOptimize(result);
    }
    state.counters["items"] = double(input.graph.items.size());
    state.counters["clusters"] = double(input.graph.clusters.size());
}

void BM_LayoutFlat(benchmark::State& state) { runLayout(state, int(state.range(0)), false, false); }
void BM_LayoutScopesExpanded(benchmark::State& state) { runLayout(state, int(state.range(0)), true, false); }
void BM_LayoutScopesCollapsed(benchmark::State& state) { runLayout(state, int(state.range(0)), true, true); }

BENCHMARK(BM_LayoutFlat)->Arg(1000)->Arg(5000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_LayoutScopesExpanded)->Arg(1000)->Arg(5000)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_LayoutScopesCollapsed)->Arg(1000)->Arg(5000)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(1);

// What the GUI does when the user expands one collapsed scope of the first picture: rebuild the
// visible graph and lay out the whole picture again (there is no partial layout).
void BM_ExpandOneScope(benchmark::State& state) {
    auto def = generated(int(state.range(0)), true);
    tfs::GraphIndex index(def);
    auto expanded = tfs::layout::initialExpansion(index);
    auto first = tfs::layout::buildVisibleGraph(index, expanded);
    std::string scope;
    for (const auto& item : first.items)
        if (item.kind == tfs::layout::VisibleItem::Kind::Scope && (scope.empty() || item.nodeCount > 10)) scope = item.scope;
    expanded.insert(scope);
    size_t items = 0;
    for (auto _ : state) {
        tfs::layout::LayoutInput input;
        input.graph = tfs::layout::buildVisibleGraph(index, expanded);
        for (size_t i = 0; i < input.graph.items.size(); ++i)
            input.itemSizes.push_back(tfs::layout::estimateItemSize(input.graph, index, int(i)));
        auto result = tfs::layout::layoutGraph(input);
        if (!result.ok()) state.SkipWithError(result.status().message().c_str());
        items = input.graph.items.size();
    }
    state.counters["items_before"] = double(first.items.size());
    state.counters["items"] = double(items);
}
BENCHMARK(BM_ExpandOneScope)->Arg(1000)->Arg(5000)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(3);

// InceptionV3-class training graphs (bench/training_graph.h), as the GUI opens them: parse the GraphDef bytes,
// index, hide training machinery, choose the initial expansion, build the visible graph and lay it out.
struct FirstPicture {
    std::unique_ptr<tfs::GraphIndex> index;
    std::vector<char> hidden;
    std::set<std::string> expanded;
    tfs::layout::LayoutInput input;
};

FirstPicture firstPicture(const tensorflow::GraphDef& def) {
    FirstPicture p;
    p.index = std::make_unique<tfs::GraphIndex>(def);
    p.hidden = tfs::layout::trainingMachinery(*p.index);
    const auto* mask = tfs::layout::countMarked(p.hidden) ? &p.hidden : nullptr;
    p.expanded = tfs::layout::initialExpansion(*p.index, 250, mask);
    p.input.graph = tfs::layout::buildVisibleGraph(*p.index, p.expanded, true, tfs::layout::kDefaultMaxControlFanIn, mask);
    for (size_t i = 0; i < p.input.graph.items.size(); ++i)
        p.input.itemSizes.push_back(tfs::layout::estimateItemSize(p.input.graph, *p.index, int(i)));
    return p;
}

void countPicture(benchmark::State& state, const tfs::GraphIndex& index, const tfs::layout::VisibleGraph& vg) {
    int stubs = 0, series = 0, aux = 0;
    for (const auto& e : vg.edges) stubs += e.stub;
    for (const auto& i : vg.items) {
        series += i.series;
        aux += i.auxiliary;
    }
    state.counters["nodes"] = double(index.size());
    state.counters["items"] = double(vg.items.size());
    state.counters["edges"] = double(vg.edges.size());
    state.counters["stubs"] = double(stubs);
    state.counters["aux"] = double(aux);
    state.counters["series"] = double(series);
}

void BM_TrainingFirstPicture(benchmark::State& state) {
    const std::string bytes = tfs::bench::TrainingGraphBuilder::build(int(state.range(0))).SerializeAsString();
    for (auto _ : state) {
        tensorflow::GraphDef def;
        if (!def.ParseFromString(bytes)) state.SkipWithError("parse");
        FirstPicture p = firstPicture(def);
        auto result = tfs::layout::layoutGraph(p.input);
        if (!result.ok()) state.SkipWithError(result.status().message().c_str());
        countPicture(state, *p.index, p.input.graph);
    }
    state.counters["MB"] = double(bytes.size()) / 1e6;
}
BENCHMARK(BM_TrainingFirstPicture)->Arg(1000)->Arg(11000)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(3);

// Expanding the largest collapsed scope of that first picture: what the layout job does off the UI thread
// (visible graph, sizes, layout); the UI thread only builds scene items (scene_bench).
void BM_TrainingExpandLargestScope(benchmark::State& state) {
    const auto def = tfs::bench::TrainingGraphBuilder::build(int(state.range(0)));
    FirstPicture p = firstPicture(def);
    std::string scope;
    int biggest = 0;
    for (const auto& item : p.input.graph.items)
        if (item.kind == tfs::layout::VisibleItem::Kind::Scope && item.nodeCount > biggest) {
            biggest = item.nodeCount;
            scope = item.scope;
        }
    auto expanded = p.expanded;
    expanded.insert(scope);
    const auto* mask = tfs::layout::countMarked(p.hidden) ? &p.hidden : nullptr;
    for (auto _ : state) {
        tfs::layout::LayoutInput input;
        input.graph = tfs::layout::buildVisibleGraph(*p.index, expanded, true, tfs::layout::kDefaultMaxControlFanIn, mask);
        for (size_t i = 0; i < input.graph.items.size(); ++i)
            input.itemSizes.push_back(tfs::layout::estimateItemSize(input.graph, *p.index, int(i)));
        auto result = tfs::layout::layoutGraph(input);
        if (!result.ok()) state.SkipWithError(result.status().message().c_str());
        countPicture(state, *p.index, input.graph);
    }
    state.counters["scope_nodes"] = double(biggest);
}
BENCHMARK(BM_TrainingExpandLargestScope)->Arg(1000)->Arg(11000)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(3);

// Building the layout input of an Expand All (every scope and series open) on the whole graph.
void BM_TrainingExpandAllInput(benchmark::State& state) {
    const auto def = tfs::bench::TrainingGraphBuilder::build(int(state.range(0)));
    tfs::GraphIndex index(def);
    const auto all = tfs::layout::allScopes(index);
    for (auto _ : state) {
        tfs::layout::LayoutInput input;
        input.graph = tfs::layout::buildVisibleGraph(index, all);
        for (size_t i = 0; i < input.graph.items.size(); ++i)
            input.itemSizes.push_back(tfs::layout::estimateItemSize(input.graph, index, int(i)));
        countPicture(state, index, input.graph);
    }
}
BENCHMARK(BM_TrainingExpandAllInput)->Arg(1000)->Arg(11000)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(3);

// Time to first picture: load the model, choose the initial expansion, lay it out.
void BM_FirstPicture(benchmark::State& state, std::string path) {
    for (auto _ : state) {
        auto model = tfs::loadModel(path);
        if (!model.ok() || !model->graph()) {
            state.SkipWithError("no graph");
            return;
        }
        tfs::GraphIndex index(*model->graph());
        tfs::layout::LayoutInput input;
        input.graph = tfs::layout::buildVisibleGraph(index, tfs::layout::initialExpansion(index));
        for (size_t i = 0; i < input.graph.items.size(); ++i)
            input.itemSizes.push_back(tfs::layout::estimateItemSize(input.graph, index, int(i)));
        auto result = tfs::layout::layoutGraph(input);
        if (!result.ok()) state.SkipWithError(result.status().message().c_str());
        state.counters["nodes"] = double(index.size());
        state.counters["items"] = double(input.graph.items.size());
    }
}

int registerSharedModels() {
    namespace fs = std::filesystem;
    const char* env = std::getenv("TFSCOPE_MODELS");
    fs::path root = env ? fs::path(env) : fs::path(__FILE__).parent_path().parent_path().parent_path() / "shared" / "models";
    std::error_code ec;
    if (!fs::is_directory(root, ec)) return 0;
    for (const auto& entry : fs::directory_iterator(root, ec)) {
        if (!entry.is_directory()) continue;
        std::string chosen;
        for (const auto& f : fs::directory_iterator(entry.path(), ec)) {
            std::string name = f.path().filename().string();
            if (f.is_directory() && fs::exists(f.path() / "saved_model.pb")) chosen = f.path().string();
            else if (chosen.empty() && (name.size() > 3 && (name.substr(name.size() - 3) == ".pb" || name.find(".pbtxt") != std::string::npos ||
                                                            name.find(".meta") != std::string::npos)))
                chosen = f.path().string();
        }
        if (fs::exists(entry.path() / "saved_model.pb")) chosen = entry.path().string();
        if (chosen.empty()) continue;
        benchmark::RegisterBenchmark(("BM_FirstPicture/" + entry.path().filename().string()).c_str(), BM_FirstPicture, chosen)
            ->Unit(benchmark::kMillisecond)
            ->Iterations(1);
    }
    return 0;
}

const int registered = registerSharedModels();

// TFSCOPE_BENCH_WRITE_GRAPHS=DIR writes the generated training graphs (inception_train_1k.pb …) for GUI timing.
int writeTrainingGraphs() {
    const char* dir = std::getenv("TFSCOPE_BENCH_WRITE_GRAPHS");
    if (!dir) return 0;
    for (int n : {1000, 11000, 20000}) {
        std::ofstream out(std::string(dir) + "/inception_train_" + std::to_string(n / 1000) + "k.pb", std::ios::binary);
        out << tfs::bench::TrainingGraphBuilder::build(n).SerializeAsString();
    }
    return 0;
}
const int written = writeTrainingGraphs();

}  // namespace

BENCHMARK_MAIN();
