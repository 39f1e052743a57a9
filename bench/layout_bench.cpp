// Graphviz layout times: generated NN-like graphs (flat, with scopes, collapsed)
// and time to first picture (load + initial expansion + layout) for shared models.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <random>

#include "core/formats/loader.h"
#include "core/layout/graph_layout.h"
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

}  // namespace

BENCHMARK_MAIN();
