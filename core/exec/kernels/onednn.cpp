// oneDNN primitives for MatMul, BatchMatMul, Conv2D, depthwise and softmax (eight bit: onednn_quantized.cpp).
// The fused epilogue maps onto oneDNN in the built-in kernels' order: without a scale the
// shift is the bias; with one (batch norm) a per-channel multiply and add post-op; Relu/Relu6
// an eltwise post-op. Folding the scale into the weights instead would round differently.

#include "core/exec/kernels/onednn.h"

#include <cstdlib>
#include <algorithm>
#include <atomic>
#include <cstring>
#include <mutex>
#include <unordered_map>

#include "core/exec/kernels/kernel_util.h"

#ifdef TFSCOPE_HAVE_ONEDNN
#include <omp.h>

#include "core/exec/kernels/onednn_support.h"
#endif

namespace tfs::exec::kernels {

#ifndef TFSCOPE_HAVE_ONEDNN

bool onednnEnabled() { return false; }
void setOnednnEnabled(bool) {}
const char* onednnIsa() { return ""; }
int64_t onednnExecutions() { return 0; }
bool onednnTeamBusy() { return false; }
bool onednnMatMul(KernelContext&, const Tensor&, bool, const Tensor&, bool, float*, int64_t, int64_t, int64_t, const Epilogue*) {
    return false;
}
bool onednnBatchMatMul(KernelContext&, const float*, bool, const Tensor&, bool, bool, float*, int64_t, int64_t, int64_t, int64_t) {
    return false;
}
bool onednnConv2d(KernelContext&, const Conv2DGeometry&, bool, const float*, const Tensor&, float*, const Epilogue*) { return false; }
bool onednnSoftmax(KernelContext&, const float*, float*, int64_t, int64_t) { return false; }

#else

namespace dnn {

dnnl::engine& cpuEngine() {
    static dnnl::engine engine(dnnl::engine::kind::cpu, 0);
    return engine;
}

dnnl::stream& threadStream() {
    thread_local dnnl::stream stream(cpuEngine());
    return stream;
}

namespace {

// Scratchpads are owned by us (scratchpad_mode::user), one per thread, so concurrent runs
// of the same primitive never share one.
void* threadScratch(size_t bytes) {
    struct Buffer {
        void* data = nullptr;
        size_t size = 0;
        ~Buffer() { std::free(data); }
    };
    thread_local Buffer buffer;
    if (bytes > buffer.size) {
        std::free(buffer.data);
        buffer.size = (bytes + 4095) & ~size_t(4095);
        buffer.data = std::aligned_alloc(64, buffer.size);
        if (!buffer.data) buffer.size = 0;
    }
    return buffer.data;
}

}  // namespace

bool isReference(const char* impl) { return std::strncmp(impl, "ref", 3) == 0; }

namespace {

std::atomic<int64_t> executions{0};
std::atomic<int> teamsRunning{0};  // primitives running on a team of more than one thread

// One pool: a primitive runs on an OpenMP team as large as the session's thread count, and
// primitives that several executor threads reach at once take turns (the waiting thread sleeps),
// so oneDNN never has more threads busy than the session was given.
std::mutex& teamMutex() {
    static std::mutex mutex;
    return mutex;
}

// Below this a primitive runs in a few microseconds, less than handing half of it to a second
// thread gains (measured: 5e5 keeps fc-layers' 784x256 GEMV on one thread and gives MobileNet's
// small depthwise layers both; 4e6 made MobileNet b1 1.55x slower).
constexpr double kTeamMinFlops = 5e5;

}  // namespace

// The OpenMP team a primitive of `flops` runs on. Inside a parallel loop (which holds the turn) a
// primitive runs on its own thread.
int teamFor(const KernelContext& ctx, double flops) {
    return flops < kTeamMinFlops || omp_in_parallel() || onednnSolo() ? 1 : threadCount(ctx);
}

// oneDNN sizes a primitive's work split for the thread count current when it is created and
// opens a team of that size whenever it runs, so creation must see the team it will run on
// (a convolution created for 2 threads and run "on 1" took 20 ms instead of 0.06 on a busy machine).
void useTeam(int team) {
    if (omp_get_max_threads() != team) omp_set_num_threads(team);
}

void execute(const KernelContext& ctx, const Prepared& p, std::unordered_map<int, memory> args) {
    const int team = teamFor(ctx, p.flops);
    std::unique_lock<std::mutex> turn(teamMutex(), std::defer_lock);
    if (team > 1) turn.lock();
    useTeam(team);
    executions.fetch_add(1, std::memory_order_relaxed);
    if (p.scratchBytes) {
        void* scratch = threadScratch(p.scratchBytes);
        if (!scratch) throw std::bad_alloc();
        args.emplace(DNNL_ARG_SCRATCHPAD, memory(p.scratchDesc, cpuEngine(), scratch));
    }
    dnnl::stream& s = threadStream();
    if (team > 1) teamsRunning.fetch_add(1, std::memory_order_relaxed);
    struct TeamDone {
        bool counted;
        ~TeamDone() {
            if (counted) teamsRunning.fetch_sub(1, std::memory_order_relaxed);
        }
    } done{team > 1};
    p.primitive.execute(s, args);
    s.wait();
}

void setPrimitive(Prepared& p, const dnnl::primitive_desc& pd, const dnnl::primitive& prim, const memory::desc& src,
                  const memory::desc& weights, const memory::desc& dst) {
    p.usable = !isReference(pd.impl_info_str());
    if (!p.usable) return;
    p.primitive = prim;
    p.src = src;
    p.weightsDesc = weights;
    p.dst = dst;
    p.scratchDesc = pd.scratchpad_desc();
    p.scratchBytes = p.scratchDesc.get_size();
}

memory::dims padAfter(const Conv2DGeometry& g) {
    auto after = [](int64_t in, int64_t k, int64_t s, int64_t d, int64_t before, int64_t out) {
        return std::max<int64_t>(0, (out - 1) * s + (k - 1) * d + 1 - in - before);
    };
    return {after(g.inH, g.kH, g.strideH, g.dilH, g.padTop, g.outH), after(g.inW, g.kW, g.strideW, g.dilW, g.padLeft, g.outW)};
}

dnnl::convolution_forward::desc convolutionDesc(const Conv2DGeometry& g, const memory::desc& src, const memory::desc& weights,
                                                const memory::desc* bias, const memory::desc& dst) {
    const memory::dims strides{g.strideH, g.strideW}, dilates{g.dilH - 1, g.dilW - 1}, padL{g.padTop, g.padLeft}, padR = padAfter(g);
    const auto kind = dnnl::prop_kind::forward_inference;
    const auto algorithm = dnnl::algorithm::convolution_direct;
    return bias ? dnnl::convolution_forward::desc(kind, algorithm, src, weights, *bias, dst, strides, dilates, padL, padR)
                : dnnl::convolution_forward::desc(kind, algorithm, src, weights, dst, strides, dilates, padL, padR);
}

// Whether u8 x s8 products accumulate exactly: VNNI adds them straight into int32; the older
// AVX2/AVX-512 path (vpmaddubsw) saturates pairs at int16.
bool exactInt8() {
    const int isa = int(dnnl::get_effective_cpu_isa());
    return (isa & dnnl_cpu_isa_avx512_core_vnni & ~dnnl_cpu_isa_avx512_core) || (isa & dnnl_cpu_isa_avx2_vnni & ~dnnl_cpu_isa_avx2);
}

}  // namespace dnn

namespace {

using namespace dnn;

bool scaled(const Epilogue* e) { return e && !e->scale.empty(); }
// The shift is the primitive's bias only when there is no scale to apply before it.
bool shiftAsBias(const Epilogue* e) { return e && e->scale.empty() && !e->shift.empty(); }

// `channelDesc` describes one value per output channel, broadcast over the rest of dst.
dnnl::primitive_attr attrFor(const Epilogue* e, const memory::desc& channelDesc = memory::desc()) {
    dnnl::primitive_attr attr = plainAttr();
    dnnl::post_ops ops;
    if (scaled(e)) {
        ops.append_binary(dnnl::algorithm::binary_mul, channelDesc);
        if (!e->shift.empty()) ops.append_binary(dnnl::algorithm::binary_add, channelDesc);
    }
    if (e && e->activation == Epilogue::Activation::Relu) ops.append_eltwise(1.f, dnnl::algorithm::eltwise_relu, 0.f, 0.f);
    if (e && e->activation == Epilogue::Activation::Relu6) ops.append_eltwise(1.f, dnnl::algorithm::eltwise_clip, 0.f, 6.f);
    if (ops.len() > 0) attr.set_post_ops(ops);
    return attr;
}

memory channelMemory(const std::vector<float>& values, const memory::desc& desc) {
    if (values.empty()) return memory();
    memory m(desc, cpuEngine());
    std::memcpy(m.get_data_handle(), values.data(), values.size() * sizeof(float));
    return m;
}

// The epilogue's bias / scale / shift memories for a primitive built with attrFor(e, channelDesc).
void prepareEpilogue(PreparedWeights& w, const Epilogue* e, const memory::desc& biasDesc, const memory::desc& channelDesc) {
    if (shiftAsBias(e)) w.bias = channelMemory(e->shift, biasDesc);
    if (scaled(e)) {
        w.scale = channelMemory(e->scale, channelDesc);
        w.shift = channelMemory(e->shift, channelDesc);
    }
}

void addEpilogueArgs(std::unordered_map<int, memory>& args, const PreparedWeights& w) {
    if (w.bias) args.emplace(DNNL_ARG_BIAS, w.bias);
    if (w.scale) args.emplace(DNNL_ARG_ATTR_MULTIPLE_POST_OP(0) | DNNL_ARG_SRC_1, w.scale);
    if (w.shift) args.emplace(DNNL_ARG_ATTR_MULTIPLE_POST_OP(1) | DNNL_ARG_SRC_1, w.shift);
}

int64_t epilogueKey(const Epilogue* e) { return int64_t(reinterpret_cast<intptr_t>(e)); }

// Reorders float weights given as `user` (over `data`) into the layout the primitive wants.
memory reorderedWeights(const memory::desc& user, const float* data, const memory::desc& want) {
    memory from(user, cpuEngine(), const_cast<float*>(data));
    memory to(want, cpuEngine());
    dnnl::stream& s = threadStream();
    dnnl::reorder(from, to).execute(s, from, to);
    s.wait();
    return to;
}

}  // namespace

bool onednnMatMul(KernelContext& ctx, const Tensor& a, bool transA, const Tensor& b, bool transB, float* c, int64_t m,
                  int64_t n, int64_t k, const Epilogue* e) {
    if (!onednnEnabled() || m == 0 || n == 0 || k == 0) return false;
    if (e && !e->fits(n)) e = nullptr;
    try {
        const memory::desc channelDesc({1, n}, Dt::f32, memory::format_tag::ab);
        auto p = lookup(ctx, {m, n, k, transA, transB, epilogueKey(e)}, [&](Prepared& p) {
            p.flops = 2.0 * double(m) * double(n) * double(k);
            useTeam(teamFor(ctx, p.flops));
            memory::desc src({m, k}, Dt::f32, transA ? memory::dims{1, m} : memory::dims{k, 1});
            memory::desc weights({k, n}, Dt::f32, memory::format_tag::any);
            memory::desc dst({m, n}, Dt::f32, memory::format_tag::ab);
            memory::desc bias = shiftAsBias(e) ? channelDesc : memory::desc();
            dnnl::matmul::primitive_desc pd(dnnl::matmul::desc(src, weights, bias, dst), attrFor(e, channelDesc), cpuEngine());
            setPrimitive(p, pd, dnnl::matmul(pd), src, pd.weights_desc(), dst);
        });
        if (!p->usable) return false;
        auto w = weightsFor(ctx, *p, b, [&](PreparedWeights& w) {
            memory::desc user({k, n}, Dt::f32, transB ? memory::dims{1, k} : memory::dims{n, 1});
            w.weights = reorderedWeights(user, b.data<float>(), p->weightsDesc);
            prepareEpilogue(w, e, channelDesc, channelDesc);
        });
        std::unordered_map<int, memory> args{{DNNL_ARG_SRC, wrap(p->src, a.rawData())},
                                             {DNNL_ARG_WEIGHTS, w->weights},
                                             {DNNL_ARG_DST, wrap(p->dst, c)}};
        addEpilogueArgs(args, *w);
        execute(ctx, *p, std::move(args));
        ctx.epilogueApplied = e != nullptr;
        return true;
    } catch (const std::exception&) {
        return false;  // oneDNN refused this shape or ran out of memory: the Eigen kernel runs instead
    }
}

bool onednnBatchMatMul(KernelContext& ctx, const float* a, bool transA, const Tensor& b, bool transB, bool broadcastB, float* c,
                       int64_t batches, int64_t m, int64_t n, int64_t k) {
    if (!onednnEnabled() || batches == 0 || m == 0 || n == 0 || k == 0) return false;
    try {
        auto p = lookup(ctx, {batches, m, n, k, transA, transB, broadcastB}, [&](Prepared& p) {
            p.flops = 2.0 * double(batches) * double(m) * double(n) * double(k);
            useTeam(teamFor(ctx, p.flops));
            memory::desc src({batches, m, k}, Dt::f32, transA ? memory::dims{m * k, 1, m} : memory::dims{m * k, k, 1});
            memory::desc weights({broadcastB ? 1 : batches, k, n}, Dt::f32, transB ? memory::dims{k * n, 1, k} : memory::dims{k * n, n, 1});
            memory::desc dst({batches, m, n}, Dt::f32, memory::format_tag::abc);
            dnnl::matmul::primitive_desc pd(dnnl::matmul::desc(src, weights, dst), attrFor(nullptr), cpuEngine());
            setPrimitive(p, pd, dnnl::matmul(pd), src, weights, dst);
        });
        if (!p->usable) return false;
        execute(ctx, *p,
                {{DNNL_ARG_SRC, wrap(p->src, a)}, {DNNL_ARG_WEIGHTS, wrap(p->weightsDesc, b.rawData())}, {DNNL_ARG_DST, wrap(p->dst, c)}});
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

bool onednnConv2d(KernelContext& ctx, const Conv2DGeometry& g, bool depthwise, const float* input, const Tensor& filter,
                  float* output, const Epilogue* e) {
    if (!onednnEnabled() || g.batch == 0 || g.outH == 0 || g.outW == 0) return false;
    const int64_t channels = depthwise ? g.inC * g.outC : g.outC;
    if (channels == 0 || g.inC == 0) return false;
    if (e && !e->fits(channels)) e = nullptr;
    try {
        std::vector<int64_t> key{g.batch, g.inH, g.inW, g.inC, g.kH, g.kW, g.outC, g.strideH, g.strideW, g.dilH, g.dilW,
                                 g.padTop, g.padLeft, g.outH, g.outW, depthwise, epilogueKey(e)};
        const memory::desc biasDesc({channels}, Dt::f32, memory::format_tag::a);
        const memory::desc channelDesc({1, channels, 1, 1}, Dt::f32, memory::format_tag::abcd);
        auto p = lookup(ctx, key, [&](Prepared& p) {
            p.flops = g.flops(channels, depthwise ? 1 : g.inC);
            useTeam(teamFor(ctx, p.flops));
            memory::desc src({g.batch, g.inC, g.inH, g.inW}, Dt::f32, memory::format_tag::nhwc);
            memory::desc dst({g.batch, channels, g.outH, g.outW}, Dt::f32, memory::format_tag::nhwc);
            memory::dims wdims = depthwise ? memory::dims{g.inC, g.outC, 1, g.kH, g.kW} : memory::dims{g.outC, g.inC, g.kH, g.kW};
            memory::desc weights(wdims, Dt::f32, memory::format_tag::any);
            auto desc = convolutionDesc(g, src, weights, shiftAsBias(e) ? &biasDesc : nullptr, dst);
            dnnl::convolution_forward::primitive_desc pd(desc, attrFor(e, channelDesc), cpuEngine());
            setPrimitive(p, pd, dnnl::convolution_forward(pd), src, pd.weights_desc(), dst);
        });
        if (!p->usable) return false;
        auto w = weightsFor(ctx, *p, filter, [&](PreparedWeights& w) {
            // TensorFlow's HWIO (or [kH,kW,inC,multiplier]) filter described by strides.
            memory::desc user = depthwise ? memory::desc({g.inC, g.outC, 1, g.kH, g.kW}, Dt::f32,
                                                         {g.outC, 1, 1, g.kW * g.inC * g.outC, g.inC * g.outC})
                                          : memory::desc({g.outC, g.inC, g.kH, g.kW}, Dt::f32,
                                                         {1, g.outC, g.kW * g.inC * g.outC, g.inC * g.outC});
            w.weights = reorderedWeights(user, filter.data<float>(), p->weightsDesc);
            prepareEpilogue(w, e, biasDesc, channelDesc);
        });
        std::unordered_map<int, memory> args{{DNNL_ARG_SRC, wrap(p->src, input)}, {DNNL_ARG_WEIGHTS, w->weights}, {DNNL_ARG_DST, wrap(p->dst, output)}};
        addEpilogueArgs(args, *w);
        execute(ctx, *p, std::move(args));
        ctx.epilogueApplied = e != nullptr;
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

bool onednnSoftmax(KernelContext& ctx, const float* input, float* output, int64_t rows, int64_t depth) {
    if (!onednnEnabled() || rows == 0 || depth == 0) return false;
    try {
        auto p = lookup(ctx, {rows, depth}, [&](Prepared& p) {
            p.flops = 10.0 * double(rows) * double(depth);  // exp and friends: a few operations per element
            useTeam(teamFor(ctx, p.flops));
            memory::desc data({rows, depth}, Dt::f32, memory::format_tag::ab);
            dnnl::softmax_forward::primitive_desc pd(dnnl::softmax_forward::desc(dnnl::prop_kind::forward_inference, data, 1),
                                                     attrFor(nullptr), cpuEngine());
            setPrimitive(p, pd, dnnl::softmax_forward(pd), data, memory::desc(), data);
        });
        if (!p->usable) return false;
        execute(ctx, *p, {{DNNL_ARG_SRC, wrap(p->src, input)}, {DNNL_ARG_DST, wrap(p->dst, output)}});
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

bool onednnTeamBusy() { return teamsRunning.load(std::memory_order_relaxed) > 0; }

#endif

namespace {
thread_local bool soloThread = false;
}
OnednnSoloScope::OnednnSoloScope() : previous_(soloThread) { soloThread = true; }
OnednnSoloScope::~OnednnSoloScope() { soloThread = previous_; }
bool onednnSolo() { return soloThread; }

#ifdef TFSCOPE_HAVE_ONEDNN

namespace {
std::atomic<bool>& enabledFlag() {
    static std::atomic<bool> flag{[] {
        const char* v = std::getenv("TFSCOPE_ONEDNN");
        return !(v && (std::strcmp(v, "0") == 0 || std::strcmp(v, "off") == 0));
    }()};
    return flag;
}
}  // namespace

bool onednnEnabled() { return enabledFlag().load(std::memory_order_relaxed); }
int64_t onednnExecutions() { return executions.load(std::memory_order_relaxed); }
void setOnednnEnabled(bool on) { enabledFlag().store(on); }

const char* onednnIsa() {
    switch (dnnl::get_effective_cpu_isa()) {
    case dnnl::cpu_isa::sse41: return "sse41";
    case dnnl::cpu_isa::avx: return "avx";
    case dnnl::cpu_isa::avx2: return "avx2";
    case dnnl::cpu_isa::avx512_core: return "avx512_core";
    case dnnl::cpu_isa::avx512_core_vnni: return "avx512_core_vnni";
    case dnnl::cpu_isa::avx512_core_bf16: return "avx512_core_bf16";
    case dnnl::cpu_isa::avx512_core_amx: return "avx512_core_amx";
    case dnnl::cpu_isa::avx2_vnni: return "avx2_vnni";
    default: return "other";
    }
}

#endif

}  // namespace tfs::exec::kernels
