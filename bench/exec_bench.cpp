// Executor benchmarks: real shared models, a generated MobileNet-v1-like conv net
// (224x224, batch norm, random weights) and a MatMul-heavy MLP, through exec::Session.
// Results and peer ratios are recorded in bench/RESULTS.md.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <random>

#include <iostream>

#include "core/batch/batch.h"
#include "core/exec/kernels/eigen_util.h"
#include "core/exec/session.h"
#include "core/formats/loader.h"
#include "core/formats/writers.h"
#include "core/util/npy.h"
#include "core/transforms/runner.h"

namespace {

using namespace tfs;

std::string modelsDir() {
    const char* env = std::getenv("TFSCOPE_MODELS");
    if (env) return env;
    std::string here = __FILE__;  // <source>/bench/exec_bench.cpp
    return here.substr(0, here.rfind("/bench/")) + "/../shared/models";
}

tensorflow::NodeDef* node(tensorflow::GraphDef& g, const std::string& name, const std::string& op, std::vector<std::string> inputs) {
    auto* n = g.add_node();
    n->set_name(name);
    n->set_op(op);
    for (auto& i : inputs) n->add_input(i);
    (*n->mutable_attr())["T"].set_type(tensorflow::DT_FLOAT);
    return n;
}

std::string constant(tensorflow::GraphDef& g, const std::string& name, Dims dims, std::mt19937& rng, float scale, float offset = 0) {
    Tensor t(tensorflow::DT_FLOAT, dims);
    std::normal_distribution<float> d(0.f, scale);
    for (int64_t i = 0; i < t.numElements(); ++i) t.data<float>()[i] = offset + d(rng);
    auto* n = g.add_node();
    n->set_name(name);
    n->set_op("Const");
    (*n->mutable_attr())["dtype"].set_type(tensorflow::DT_FLOAT);
    t.toProto((*n->mutable_attr())["value"].mutable_tensor());
    return name;
}

void setInts(tensorflow::NodeDef* n, const std::string& attr, std::vector<int64_t> v) {
    auto* list = (*n->mutable_attr())[attr].mutable_list();
    for (auto x : v) list->add_i(x);
}

// conv (or depthwise) + FusedBatchNorm + Relu6; returns the output name.
std::string convBnRelu(tensorflow::GraphDef& g, std::mt19937& rng, const std::string& name, const std::string& in, int k, int cin,
                       int cout, int stride, bool depthwise) {
    std::string w = constant(g, name + "/weights", depthwise ? Dims{k, k, cin, 1} : Dims{k, k, cin, cout}, rng,
                             std::sqrt(2.f / float(k * k * (depthwise ? 1 : cin))));
    auto* conv = node(g, name + "/conv", depthwise ? "DepthwiseConv2dNative" : "Conv2D", {in, w});
    setInts(conv, "strides", {1, stride, stride, 1});
    (*conv->mutable_attr())["padding"].set_s("SAME");
    int c = depthwise ? cin : cout;
    std::string scale = constant(g, name + "/gamma", {c}, rng, 0.1f, 1.f);
    std::string offset = constant(g, name + "/beta", {c}, rng, 0.1f);
    std::string mean = constant(g, name + "/mean", {c}, rng, 0.1f);
    std::string var = constant(g, name + "/var", {c}, rng, 0.1f, 1.f);
    auto* bn = node(g, name + "/bn", "FusedBatchNormV3", {name + "/conv", scale, offset, mean, var});
    (*bn->mutable_attr())["is_training"].set_b(false);
    (*bn->mutable_attr())["epsilon"].set_f(0.001f);
    (*bn->mutable_attr())["U"].set_type(tensorflow::DT_FLOAT);
    node(g, name + "/relu6", "Relu6", {name + "/bn"});
    return name + "/relu6";
}

tensorflow::GraphDef mobilenetV1() {
    tensorflow::GraphDef g;
    std::mt19937 rng(42);
    auto* x = g.add_node();
    x->set_name("input");
    x->set_op("Placeholder");
    (*x->mutable_attr())["dtype"].set_type(tensorflow::DT_FLOAT);
    std::string h = convBnRelu(g, rng, "conv0", "input", 3, 3, 32, 2, false);
    struct Block { int cout, stride; };
    const Block blocks[] = {{64, 1}, {128, 2}, {128, 1}, {256, 2}, {256, 1}, {512, 2}, {512, 1}, {512, 1},
                            {512, 1}, {512, 1}, {512, 1}, {1024, 2}, {1024, 1}};
    int cin = 32;
    int i = 1;
    for (const auto& b : blocks) {
        h = convBnRelu(g, rng, "block" + std::to_string(i) + "/dw", h, 3, cin, cin, b.stride, true);
        h = convBnRelu(g, rng, "block" + std::to_string(i) + "/pw", h, 1, cin, b.cout, 1, false);
        cin = b.cout;
        ++i;
    }
    auto* pool = node(g, "pool", "AvgPool", {h});
    setInts(pool, "ksize", {1, 7, 7, 1});
    setInts(pool, "strides", {1, 1, 1, 1});
    (*pool->mutable_attr())["padding"].set_s("VALID");
    Tensor shape(tensorflow::DT_INT32, {2});
    shape.data<int32_t>()[0] = -1;
    shape.data<int32_t>()[1] = 1024;
    auto* sc = g.add_node();
    sc->set_name("flat_shape");
    sc->set_op("Const");
    (*sc->mutable_attr())["dtype"].set_type(tensorflow::DT_INT32);
    shape.toProto((*sc->mutable_attr())["value"].mutable_tensor());
    auto* reshape = node(g, "flat", "Reshape", {"pool", "flat_shape"});
    (*reshape->mutable_attr())["Tshape"].set_type(tensorflow::DT_INT32);
    std::string fw = constant(g, "fc/weights", {1024, 1000}, rng, 0.03f);
    std::string fb = constant(g, "fc/bias", {1000}, rng, 0.01f);
    node(g, "fc/matmul", "MatMul", {"flat", fw});
    node(g, "fc/bias_add", "BiasAdd", {"fc/matmul", fb});
    node(g, "softmax", "Softmax", {"fc/bias_add"});
    return g;
}

tensorflow::GraphDef mlp(int width, int layers) {
    tensorflow::GraphDef g;
    std::mt19937 rng(7);
    auto* x = g.add_node();
    x->set_name("input");
    x->set_op("Placeholder");
    (*x->mutable_attr())["dtype"].set_type(tensorflow::DT_FLOAT);
    std::string h = "input";
    for (int l = 0; l < layers; ++l) {
        std::string p = "dense" + std::to_string(l);
        std::string w = constant(g, p + "/w", {width, width}, rng, 1.f / std::sqrt(float(width)));
        std::string b = constant(g, p + "/b", {width}, rng, 0.01f);
        node(g, p + "/matmul", "MatMul", {h, w});
        node(g, p + "/bias", "BiasAdd", {p + "/matmul", b});
        node(g, p + "/relu", "Relu", {p + "/bias"});
        h = p + "/relu";
    }
    node(g, "output", "Identity", {h});
    return g;
}

std::string intConst(tensorflow::GraphDef& g, const std::string& name, std::vector<int32_t> values) {
    Tensor t(tensorflow::DT_INT32, {int64_t(values.size())});
    std::copy(values.begin(), values.end(), t.data<int32_t>());
    auto* n = g.add_node();
    n->set_name(name);
    n->set_op("Const");
    (*n->mutable_attr())["dtype"].set_type(tensorflow::DT_INT32);
    t.toProto((*n->mutable_attr())["value"].mutable_tensor());
    return name;
}

std::string scalarConst(tensorflow::GraphDef& g, const std::string& name, float v) {
    Tensor t(tensorflow::DT_FLOAT, {});
    t.data<float>()[0] = v;
    auto* n = g.add_node();
    n->set_name(name);
    n->set_op("Const");
    (*n->mutable_attr())["dtype"].set_type(tensorflow::DT_FLOAT);
    t.toProto((*n->mutable_attr())["value"].mutable_tensor());
    return name;
}

// Op nodes whose extra attrs (Tshape, Tperm, Tidx) are int32.
tensorflow::NodeDef* intAttrNode(tensorflow::GraphDef& g, const std::string& name, const std::string& op, std::vector<std::string> inputs,
                                 const char* attr) {
    auto* n = node(g, name, op, std::move(inputs));
    (*n->mutable_attr())[attr].set_type(tensorflow::DT_INT32);
    return n;
}

// x [rows, H] -> layer norm over H (the moments/rsqrt form Keras writes).
std::string layerNorm(tensorflow::GraphDef& g, std::mt19937& rng, const std::string& p, const std::string& x, int hidden) {
    std::string axis = intConst(g, p + "/axis", {-1});
    (*intAttrNode(g, p + "/mean", "Mean", {x, axis}, "Tidx")->mutable_attr())["keep_dims"].set_b(true);
    node(g, p + "/centered", "Sub", {x, p + "/mean"});
    node(g, p + "/square", "Square", {p + "/centered"});
    (*intAttrNode(g, p + "/variance", "Mean", {p + "/square", axis}, "Tidx")->mutable_attr())["keep_dims"].set_b(true);
    node(g, p + "/var_eps", "Add", {p + "/variance", scalarConst(g, p + "/epsilon", 1e-6f)});
    node(g, p + "/rsqrt", "Rsqrt", {p + "/var_eps"});
    node(g, p + "/normed", "Mul", {p + "/centered", p + "/rsqrt"});
    node(g, p + "/scaled", "Mul", {p + "/normed", constant(g, p + "/gamma", {hidden}, rng, 0.1f, 1.f)});
    node(g, p + "/out", "Add", {p + "/scaled", constant(g, p + "/beta", {hidden}, rng, 0.1f)});
    return p + "/out";
}

std::string dense(tensorflow::GraphDef& g, std::mt19937& rng, const std::string& p, const std::string& x, int in, int out) {
    node(g, p + "/matmul", "MatMul", {x, constant(g, p + "/w", {in, out}, rng, 1.f / std::sqrt(float(in)))});
    node(g, p + "/bias", "BiasAdd", {p + "/matmul", constant(g, p + "/b", {out}, rng, 0.02f)});
    return p + "/bias";
}

// A BERT-like encoder: `layers` blocks of multi-head self-attention + GELU (tanh form) feed-forward,
// post-layer-norm, on input [1, seq, hidden] (any seq); the peer script runs the same weights in NumPy
// (bench/peers.py reads them from the written .pb's companion folder).
tensorflow::GraphDef bertLike(int layers = 4, int hidden = 256, int heads = 4) {
    tensorflow::GraphDef g;
    std::mt19937 rng(11);
    auto* x = g.add_node();
    x->set_name("input");
    x->set_op("Placeholder");
    (*x->mutable_attr())["dtype"].set_type(tensorflow::DT_FLOAT);
    const int dh = hidden / heads;
    std::string rows = intConst(g, "rows_shape", {-1, hidden});
    std::string split = intConst(g, "heads_shape", {1, -1, heads, dh});
    std::string toHeads = intConst(g, "to_heads", {0, 2, 1, 3});
    std::string toKeysT = intConst(g, "to_keys_t", {0, 2, 3, 1});
    intAttrNode(g, "x2d", "Reshape", {"input", rows}, "Tshape");
    std::string h = "x2d";
    for (int l = 0; l < layers; ++l) {
        std::string p = "layer" + std::to_string(l);
        auto headsOf = [&](const std::string& name, const std::string& perm) {
            std::string d = dense(g, rng, p + "/" + name, h, hidden, hidden);
            intAttrNode(g, p + "/" + name + "/split", "Reshape", {d, split}, "Tshape");
            intAttrNode(g, p + "/" + name + "/heads", "Transpose", {p + "/" + name + "/split", perm}, "Tperm");
            return p + "/" + name + "/heads";
        };
        std::string q = headsOf("query", toHeads), k = headsOf("key", toKeysT), v = headsOf("value", toHeads);
        node(g, p + "/scores", "BatchMatMulV2", {q, k});
        node(g, p + "/scaled", "Mul", {p + "/scores", scalarConst(g, p + "/scale", 1.f / std::sqrt(float(dh)))});
        node(g, p + "/probs", "Softmax", {p + "/scaled"});
        node(g, p + "/context", "BatchMatMulV2", {p + "/probs", v});
        intAttrNode(g, p + "/merged", "Transpose", {p + "/context", toHeads}, "Tperm");
        intAttrNode(g, p + "/context2d", "Reshape", {p + "/merged", rows}, "Tshape");
        std::string attn = dense(g, rng, p + "/attention_output", p + "/context2d", hidden, hidden);
        node(g, p + "/residual1", "Add", {attn, h});
        h = layerNorm(g, rng, p + "/ln1", p + "/residual1", hidden);
        // GELU, tanh form: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))).
        std::string f = dense(g, rng, p + "/intermediate", h, hidden, 4 * hidden);
        node(g, p + "/gelu/cube", "Mul", {f, p + "/gelu/square"});
        node(g, p + "/gelu/square", "Square", {f});
        node(g, p + "/gelu/inner", "Mul", {p + "/gelu/cube", scalarConst(g, p + "/gelu/c", 0.044715f)});
        node(g, p + "/gelu/sum", "Add", {f, p + "/gelu/inner"});
        node(g, p + "/gelu/arg", "Mul", {p + "/gelu/sum", scalarConst(g, p + "/gelu/k", 0.7978845608f)});
        node(g, p + "/gelu/tanh", "Tanh", {p + "/gelu/arg"});
        node(g, p + "/gelu/one_plus", "Add", {p + "/gelu/tanh", scalarConst(g, p + "/gelu/one", 1.f)});
        node(g, p + "/gelu/half_x", "Mul", {f, scalarConst(g, p + "/gelu/half", 0.5f)});
        node(g, p + "/gelu/out", "Mul", {p + "/gelu/half_x", p + "/gelu/one_plus"});
        std::string o = dense(g, rng, p + "/output", p + "/gelu/out", 4 * hidden, hidden);
        node(g, p + "/residual2", "Add", {o, h});
        h = layerNorm(g, rng, p + "/ln2", p + "/residual2", hidden);
    }
    intAttrNode(g, "output", "Reshape", {h, intConst(g, "out_shape", {1, -1, hidden})}, "Tshape");
    return g;
}

Tensor randomInput(Dims dims) {
    Tensor t(tensorflow::DT_FLOAT, dims);
    std::mt19937 rng(0);
    std::normal_distribution<float> d;
    for (int64_t i = 0; i < t.numElements(); ++i) t.data<float>()[i] = d(rng);
    return t;
}

void runGraphThreads(benchmark::State& state, const tensorflow::GraphDef& graph, const std::string& input, Dims dims,
                     const std::string& output, double flopsPerRun, int threads) {
    exec::SessionOptions options;
    options.threads = threads;
    options.tuneProcessAllocator = true;  // as the batch commands do
    auto session = exec::Session::create(graph, nullptr, {}, options);
    if (!session.ok()) {
        state.SkipWithError(session.status().toString().c_str());
        return;
    }
    exec::NamedTensors feeds{{input, randomInput(dims)}};
    exec::RunStats stats;
    for (int i = 0; i < 2; ++i) (void)(*session)->run(feeds, {output}, {}, &stats);
    for (auto _ : state) {
        auto out = (*session)->run(feeds, {output}, {}, &stats);
        if (!out.ok()) {
            state.SkipWithError(out.status().toString().c_str());
            return;
        }
        benchmark::DoNotOptimize(out->front().rawData());
    }
    state.counters["peak_MiB"] = double(stats.peakBytes) / (1 << 20);
    if (flopsPerRun > 0) state.counters["FLOPS"] = benchmark::Counter(flopsPerRun, benchmark::Counter::kIsIterationInvariantRate);
}

// args: ..., threads (range 1)
void runGraph(benchmark::State& state, const tensorflow::GraphDef& graph, const std::string& input, Dims dims,
              const std::string& output, double flopsPerRun) {
    runGraphThreads(state, graph, input, std::move(dims), output, flopsPerRun, int(state.range(1)));
}

// args: batch, threads
void BM_MobileNetV1(benchmark::State& state) {
    static const tensorflow::GraphDef g = mobilenetV1();
    const double mflops = 1138.0e6;  // multiply-adds x2 of MobileNet-v1 1.0/224 (569 M MACs)
    runGraph(state, g, "input", {state.range(0), 224, 224, 3}, "softmax", mflops * double(state.range(0)));
}
BENCHMARK(BM_MobileNetV1)->Args({1, 1})->Args({1, 2})->Args({8, 2})->Iterations(5)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Mlp(benchmark::State& state) {
    static const tensorflow::GraphDef g = mlp(2048, 4);
    double flops = 2.0 * double(state.range(0)) * 2048.0 * 2048.0 * 4;
    runGraph(state, g, "input", {state.range(0), 2048}, "output", flops);
}
BENCHMARK(BM_Mlp)->Args({256, 1})->Args({256, 2})->Unit(benchmark::kMillisecond)->UseRealTime();

// BERT-like encoder, 4 layers, hidden 256, 4 heads, seq 128: 0.87 GFLOP per run. args: threads
void BM_BertLike(benchmark::State& state) {
    static const tensorflow::GraphDef g = bertLike();
    const double s = 128, h = 256, flops = 4 * (2 * s * (4 * h * h + 2 * h * 4 * h) + 2 * 2 * s * s * h);
    runGraphThreads(state, g, "input", {1, 128, 256}, "output", flops, int(state.range(0)));
}
BENCHMARK(BM_BertLike)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// Per-node scheduling cost: a chain of 200 Neg nodes on a one-element tensor, so the kernels do
// (almost) nothing and the time is the executor's. Reported per node. args: threads
void BM_NodeOverhead(benchmark::State& state) {
    tensorflow::GraphDef g;
    auto* x = g.add_node();
    x->set_name("input");
    x->set_op("Placeholder");
    (*x->mutable_attr())["dtype"].set_type(tensorflow::DT_FLOAT);
    std::string h = "input";
    const int nodes = 200;
    for (int i = 0; i < nodes; ++i) {
        node(g, "neg" + std::to_string(i), "Neg", {h});
        h = "neg" + std::to_string(i);
    }
    runGraphThreads(state, g, "input", {1}, h, 0, int(state.range(0)));
    // Seconds per node (printed with an SI prefix: 350n = 0.35 us).
    state.counters["s_per_node"] =
        benchmark::Counter(nodes, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_NodeOverhead)->Arg(1)->Arg(2)->Unit(benchmark::kMicrosecond)->UseRealTime();

// The machine's practical GEMM rate: one plain Eigen product of the MLP's shape
// (256x2048 times 2048x2048), single-threaded, no executor around it.
void BM_EigenGemm(benchmark::State& state) {
    const int m = int(state.range(0)), n = 2048, k = 2048;
    Eigen::setNbThreads(1);
    using Mat = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    Mat a = Mat::Random(m, k), b = Mat::Random(k, n), c(m, n);
    for (auto _ : state) {
        c.noalias() = a * b;
        benchmark::DoNotOptimize(c.data());
    }
    state.counters["FLOPS"] = benchmark::Counter(2.0 * m * n * k, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_EigenGemm)->Arg(256)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_SharedModel(benchmark::State& state, const char* folder, const char* file, const char* input, Dims dims, const char* output) {
    auto model = loadModel(modelsDir() + "/" + folder + "/" + file);
    if (!model.ok()) {
        state.SkipWithError(model.status().toString().c_str());
        return;
    }
    dims[0] = state.range(0);
    runGraph(state, *model->graph(), input, dims, output, 0);
}
BENCHMARK_CAPTURE(BM_SharedModel, cifar10_cnn, "utensor__cifar10_cnn", "cifar10_cnn.pb", "Placeholder:0", Dims{1, 32, 32, 3}, "fully_connect_2/logits:0")
    ->Args({1, 2})->Args({8, 2})->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_SharedModel, fc_layers, "tf2onnx__fc-layers", "frozen.pb", "X:0", Dims{1, 784}, "output:0")
    ->Args({1, 2})->Args({8, 2})->Unit(benchmark::kMicrosecond)->UseRealTime();

// fc-layers after quantize_weights: Const(quint8) -> Dequantize chains, computed once per
// session by the constant cache (was 15 ms per run when every run dequantized again).
void BM_FcLayersQuantized(benchmark::State& state) {
    auto model = loadModel(modelsDir() + "/tf2onnx__fc-layers/frozen.pb");
    if (!model.ok()) {
        state.SkipWithError(model.status().toString().c_str());
        return;
    }
    tensorflow::GraphDef g = *model->graph();
    if (Status s = transforms::runTransformString(&g, {"X"}, {"output"}, "quantize_weights"); !s.ok()) {
        state.SkipWithError(s.toString().c_str());
        return;
    }
    runGraph(state, g, "X:0", {state.range(0), 784}, "output:0", 0);
}
BENCHMARK(BM_FcLayersQuantized)->Args({1, 2})->Args({8, 2})->Unit(benchmark::kMicrosecond)->UseRealTime();

// Writes the generated graphs as frozen .pb so peers (OpenCV DNN) can run the same nets.
void writeGeneratedGraphs() {
    const char* dir = std::getenv("TFSCOPE_BENCH_WRITE_GRAPHS");
    if (!dir) return;
    // A failed write must say so: peers.py would otherwise report missing files much later.
    auto report = [](const Status& s) {
        if (!s.ok()) std::cerr << "exec_bench: " << s.toString() << "\n";
    };
    std::filesystem::create_directories(std::string(dir) + "/bert_like");
    report(writeGraphDef(std::string(dir) + "/mobilenet_v1_like.pb", mobilenetV1(), ProtoEncoding::Binary));
    report(writeGraphDef(std::string(dir) + "/mlp_2048x4.pb", mlp(2048, 4), ProtoEncoding::Binary));
    // The BERT-like encoder, plus its constants as .npy files for the NumPy peer (bench/peers.py).
    const tensorflow::GraphDef bert = bertLike();
    report(writeGraphDef(std::string(dir) + "/bert_like.pb", bert, ProtoEncoding::Binary));
    for (const auto& n : bert.node())
        if (n.op() == "Const" && n.attr().at("dtype").type() == tensorflow::DT_FLOAT) {
            auto t = Tensor::fromProto(n.attr().at("value").tensor());
            std::string file = n.name();
            std::replace(file.begin(), file.end(), '/', '.');
            if (t.ok()) report(writeNpy(std::string(dir) + "/bert_like/" + file + ".npy", *t));
        }
}

}  // namespace

int main(int argc, char** argv) {
    writeGeneratedGraphs();
    // `exec_bench --batch bench MODEL ...` runs tfscope's bench command (for builds without the app).
    if (argc > 2 && std::string(argv[1]) == "--batch") return tfs::batch::runBatch({argv + 2, argv + argc}, std::cout, std::cerr);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
