// Diff time on two generated 20k-node graphs: B is A with renamed scopes, changed
// attributes, changed constants, removed and added nodes.
#include <benchmark/benchmark.h>

#include <random>

#include "core/diff/model_diff.h"

namespace {

void setConst(tensorflow::NodeDef* node, float scale) {
    node->set_op("Const");
    auto& attr = *node->mutable_attr();
    attr["dtype"].set_type(tensorflow::DT_FLOAT);
    auto* t = attr["value"].mutable_tensor();
    t->set_dtype(tensorflow::DT_FLOAT);
    t->mutable_tensor_shape()->add_dim()->set_size(64);
    for (int k = 0; k < 64; ++k) t->add_float_val(scale * float(k));
}

// n nodes in NN-like blocks (Conv2D with a weight Const, BiasAdd, Relu) in scopes,
// fed by the previous node and sometimes a skip connection, as in layout_bench.
tensorflow::GraphDef generated(int n) {
    std::mt19937 rng(42);
    tensorflow::GraphDef g;
    auto* input = g.add_node();
    input->set_name("input");
    input->set_op("Placeholder");
    (*input->mutable_attr())["dtype"].set_type(tensorflow::DT_FLOAT);
    std::string previous = "input";
    for (int i = 1; i < n; ++i) {
        const std::string scope = "stage" + std::to_string(i / 2000) + "/block" + std::to_string(i / 40) + "/";
        auto* node = g.add_node();
        node->set_name(scope + "op" + std::to_string(i));
        if (i % 4 == 0) {
            setConst(node, float(i));
            continue;  // the next node reads it
        }
        const char* ops[] = {"Conv2D", "BiasAdd", "Relu"};
        node->set_op(ops[i % 4 - 1]);
        (*node->mutable_attr())["T"].set_type(tensorflow::DT_FLOAT);
        node->add_input(previous);
        if (i % 4 == 1) {
            node->add_input(g.node(i - 1).name());
            auto* strides = (*node->mutable_attr())["strides"].mutable_list();
            for (int k = 0; k < 4; ++k) strides->add_i(1);
            (*node->mutable_attr())["padding"].set_s("SAME");
        }
        if (i % 4 == 3 && i > 40 && rng() % 5 == 0) node->add_input("^" + g.node(i - 10 - int(rng() % 20)).name());
        previous = node->name();
    }
    return g;
}

// B: stage 3 renamed to "encoder_1",
// every 97th Const scaled, every 101st Conv2D strided, 40 new Identity nodes.
tensorflow::GraphDef modified(const tensorflow::GraphDef& a) {
    tensorflow::GraphDef b = a;
    auto rename = [](std::string s) {
        if (s.rfind("stage3/", 0) == 0) s = "encoder_1/" + s.substr(7);
        if (s.rfind("^stage3/", 0) == 0) s = "^encoder_1/" + s.substr(8);
        return s;
    };
    for (auto& node : *b.mutable_node()) {
        node.set_name(rename(node.name()));
        for (auto& in : *node.mutable_input()) in = rename(in);
    }
    for (int i = 0; i < b.node_size(); ++i) {
        auto* node = b.mutable_node(i);
        if (node->op() == "Const" && i % 97 == 0) node->mutable_attr()->at("value").mutable_tensor()->set_float_val(3, -1.f);
        if (node->op() == "Conv2D" && i % 101 == 0) node->mutable_attr()->at("strides").mutable_list()->set_i(1, 2);
    }
    for (int k = 0; k < 40; ++k) {
        auto* node = b.add_node();
        node->set_name("extra/identity" + std::to_string(k));
        node->set_op("Identity");
        node->add_input(b.node(k * 400 + 3).name());
    }
    return b;
}

void BM_DiffGraphs(benchmark::State& state) {
    const auto a = generated(int(state.range(0)));
    const auto b = modified(a);
    tfs::diff::DiffOptions options;
    options.match = state.range(1) ? tfs::diff::MatchMode::Structure : tfs::diff::MatchMode::Name;
    tfs::diff::GraphDiff last;
    for (auto _ : state) {
        last = tfs::diff::diffGraphs(a, b, options);
        benchmark::DoNotOptimize(last);
    }
    state.counters["nodes"] = double(a.node_size());
    state.counters["renamed"] = last.summary.renamed;
    state.counters["changed"] = last.summary.changed;
    state.counters["added"] = last.summary.added;
    state.counters["removed"] = last.summary.removed;
}
BENCHMARK(BM_DiffGraphs)->Args({20000, 1})->Args({20000, 0})->Unit(benchmark::kMillisecond);

void BM_DiffIdentical(benchmark::State& state) {
    const auto a = generated(int(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(tfs::diff::diffGraphs(a, a));
}
BENCHMARK(BM_DiffIdentical)->Arg(20000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
