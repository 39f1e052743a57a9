// The first picture of large graphs, chosen by a box count (the rule before) and by legibility
// (core/layout/expansion_judge.h): what choosing costs, and how the Graphviz drawing reads — edge
// crossings and edge lengths measured on the laid-out curves, next to the layered estimate.
//   build/bin/legibility_bench            (training graphs of 11k and 20k nodes, shared models over 250 nodes)
#include <benchmark/benchmark.h>

#include <ctime>
#include <cmath>
#include <cstdlib>
#include <filesystem>

#include "bench/training_graph.h"
#include "core/formats/loader.h"
#include "core/layout/expansion_judge.h"
#include "core/layout/graph_layout.h"
#include "core/layout/machinery.h"
#include "core/layout/visible_graph.h"

namespace {

using namespace tfs::layout;

// An edge's curve sampled into a polyline (8 points per cubic piece).
std::vector<PointF> polyline(const EdgeRoute& route) {
    std::vector<PointF> out;
    const auto& b = route.bezier;
    for (size_t i = 0; i + 3 < b.size(); i += 3)
        for (int k = 0; k <= 8; ++k) {
            if (k == 0 && i > 0) continue;
            const double t = k / 8.0, u = 1 - t;
            out.push_back({u * u * u * b[i].x + 3 * u * u * t * b[i + 1].x + 3 * u * t * t * b[i + 2].x + t * t * t * b[i + 3].x,
                           u * u * u * b[i].y + 3 * u * u * t * b[i + 1].y + 3 * u * t * t * b[i + 2].y + t * t * t * b[i + 3].y});
        }
    return out;
}

bool segmentsCross(PointF a, PointF b, PointF c, PointF d) {
    auto side = [](PointF p, PointF q, PointF r) { return (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x); };
    const double d1 = side(c, d, a), d2 = side(c, d, b), d3 = side(a, b, c), d4 = side(a, b, d);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

struct Drawn {
    long long crossings = 0;  // pairs of edges (without a shared box) whose curves cross
    double meanLength = 0;    // points
    int longEdges = 0;        // longer than 1000 pt: more than a window's height at 100 %
};

Drawn measure(const VisibleGraph& graph, const LayoutResult& result) {
    Drawn d;
    std::vector<std::vector<PointF>> lines;
    std::vector<int> which;
    for (size_t e = 0; e < graph.edges.size(); ++e) {
        if (graph.edges[e].stub || e >= result.edges.size()) continue;
        lines.push_back(polyline(result.edges[e]));
        which.push_back(int(e));
        double length = 0;
        for (size_t i = 1; i < lines.back().size(); ++i)
            length += std::hypot(lines.back()[i].x - lines.back()[i - 1].x, lines.back()[i].y - lines.back()[i - 1].y);
        d.meanLength += length;
        d.longEdges += length > 1000 ? 1 : 0;
    }
    if (!lines.empty()) d.meanLength /= double(lines.size());
    struct Box {
        double x0, y0, x1, y1;
    };
    std::vector<Box> boxes;
    for (const auto& l : lines) {
        Box b{1e18, 1e18, -1e18, -1e18};
        for (const auto& p : l) b = {std::min(b.x0, p.x), std::min(b.y0, p.y), std::max(b.x1, p.x), std::max(b.y1, p.y)};
        boxes.push_back(b);
    }
    for (size_t i = 0; i < lines.size(); ++i)
        for (size_t j = i + 1; j < lines.size(); ++j) {
            const VisibleEdge& a = graph.edges[size_t(which[i])];
            const VisibleEdge& b = graph.edges[size_t(which[j])];
            if (a.from == b.from || a.to == b.to || a.from == b.to || a.to == b.from) continue;
            if (boxes[i].x1 < boxes[j].x0 || boxes[j].x1 < boxes[i].x0 || boxes[i].y1 < boxes[j].y0 || boxes[j].y1 < boxes[i].y0) continue;
            bool cross = false;
            for (size_t p = 1; p < lines[i].size() && !cross; ++p)
                for (size_t q = 1; q < lines[j].size() && !cross; ++q)
                    cross = segmentsCross(lines[i][p - 1], lines[i][p], lines[j][q - 1], lines[j][q]);
            d.crossings += cross ? 1 : 0;
        }
    return d;
}

void firstPicture(benchmark::State& state, const tfs::GraphIndex& index, ExpansionRule rule) {
    const std::vector<char> hidden = trainingMachinery(index);
    const auto* mask = countMarked(hidden) ? &hidden : nullptr;
    for (auto _ : state) {
        // CPU time of this thread: the machine is shared, wall time would mostly say how busy it is.
        auto threadCpuMs = [] {
            timespec t{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
            return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
        };
        const double start = threadCpuMs();
        std::vector<std::string> tangled;
        const auto expanded = initialExpansion(index, 250, mask, &tangled, rule);
        state.counters["choose_cpu_ms"] = threadCpuMs() - start;
        LayoutInput input;
        input.graph = buildVisibleGraph(index, expanded, true, kDefaultMaxControlFanIn, mask);
        for (size_t i = 0; i < input.graph.items.size(); ++i) input.itemSizes.push_back(estimateItemSize(input.graph, index, int(i)));
        auto result = layoutGraph(input);
        if (!result.ok()) {
            state.SkipWithError(result.status().message().c_str());
            return;
        }
        const LegibilityEstimate estimate = estimatePicture(input.graph);
        const Drawn drawn = measure(input.graph, *result);
        int edges = 0;
        for (const auto& e : input.graph.edges) edges += e.stub ? 0 : 1;
        state.counters["boxes"] = double(input.graph.items.size());
        state.counters["edges"] = edges;
        state.counters["kept_closed"] = double(tangled.size());
        state.counters["est_cross"] = estimate.crossings;
        state.counters["drawn_cross"] = double(drawn.crossings);
        state.counters["mean_len"] = drawn.meanLength;
        state.counters["long"] = drawn.longEdges;
    }
}

void BM_Training(benchmark::State& state, ExpansionRule rule) {
    const auto def = tfs::bench::TrainingGraphBuilder::build(int(state.range(0)));
    tfs::GraphIndex index(def);
    firstPicture(state, index, rule);
}
BENCHMARK_CAPTURE(BM_Training, box_count, ExpansionRule::BoxCount)->Arg(11000)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_Training, legible, ExpansionRule::Legible)->Arg(11000)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_Model(benchmark::State& state, std::string path, ExpansionRule rule) {
    auto model = tfs::loadModel(path);
    if (!model.ok() || !model->graph()) {
        state.SkipWithError("no graph");
        return;
    }
    tfs::GraphIndex index(*model->graph());
    firstPicture(state, index, rule);
}

// Shared models with more than 250 nodes (smaller ones open fully expanded under both rules).
int registerSharedModels() {
    namespace fs = std::filesystem;
    const char* env = std::getenv("TFSCOPE_MODELS");
    // TFSCOPE_MODELS, else ../shared/models beside the source tree (run from the source root).
    fs::path root = env ? fs::path(env) : fs::current_path().parent_path() / "shared" / "models";
    if (!env && !fs::exists(root)) root = fs::current_path().parent_path().parent_path() / "shared" / "models";  // a worktree
    const std::pair<const char*, const char*> models[] = {
        {"tfx_ckpt", "tfx__estimator_ckpt/graph.pbtxt"}, {"tfx_serving", "tfx__estimator_serving_savedmodel"},
        {"mnist_conv", "mlnet__mnist_conv_model"},      {"lstm", "tf2onnx__lstm"},
        {"gru", "tf2onnx__gru"},                        {"word_cnn", "tfnet__graph_word_cnn"}};
    for (const auto& [name, relative] : models) {
        fs::path path = root / relative;
        std::error_code ec;
        if (fs::is_directory(path, ec) && !fs::exists(path / "saved_model.pb"))
            for (const auto& f : fs::directory_iterator(path, ec))
                if (f.path().extension() == ".pb" || f.path().extension() == ".meta" || fs::exists(f.path() / "saved_model.pb")) path = f.path();
        if (!fs::exists(path, ec)) continue;
        for (auto [rule, label] : {std::pair{ExpansionRule::BoxCount, "box_count"}, std::pair{ExpansionRule::Legible, "legible"}})
            benchmark::RegisterBenchmark((std::string("BM_Model/") + name + "/" + label).c_str(), BM_Model, path.string(), rule)
                ->Unit(benchmark::kMillisecond)
                ->Iterations(1);
    }
    return 0;
}
const int registered = registerSharedModels();

}  // namespace

BENCHMARK_MAIN();
