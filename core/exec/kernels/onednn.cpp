// oneDNN primitives for MatMul, BatchMatMul, Conv2D, depthwise and eight-bit convolution.
// The fused epilogue maps onto oneDNN: a batch-norm scale is folded into the (copied)
// weights, the shift becomes the bias, Relu/Relu6 an eltwise post-op.

#include "core/exec/kernels/onednn.h"

#include <cstdlib>
#include <algorithm>
#include <atomic>
#include <cstring>
#include <unordered_map>

#include "core/exec/kernels/kernel_util.h"

#ifdef TFSCOPE_HAVE_ONEDNN
#include <omp.h>

#include <dnnl.hpp>
#endif

namespace tfs::exec::kernels {

#ifndef TFSCOPE_HAVE_ONEDNN

bool onednnEnabled() { return false; }
void setOnednnEnabled(bool) {}
const char* onednnIsa() { return ""; }
bool onednnMatMul(KernelContext&, const Tensor&, bool, const Tensor&, bool, float*, int64_t, int64_t, int64_t, const Epilogue*) {
    return false;
}
bool onednnBatchMatMul(KernelContext&, const float*, bool, const Tensor&, bool, bool, float*, int64_t, int64_t, int64_t, int64_t) {
    return false;
}
bool onednnConv2d(KernelContext&, const Conv2DGeometry&, bool, const float*, const Tensor&, float*, const Epilogue*) { return false; }

#else

namespace {

using dnnl::memory;
using Dt = memory::data_type;

dnnl::engine& cpuEngine() {
    static dnnl::engine engine(dnnl::engine::kind::cpu, 0);
    return engine;
}

// One stream per calling thread: streams are cheap but not meant to be shared.
dnnl::stream& threadStream() {
    thread_local dnnl::stream stream(cpuEngine());
    return stream;
}

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

// Weights in the layout a primitive wants, tied to the tensor buffer they came from.
struct PreparedWeights {
    const void* source = nullptr;
    std::weak_ptr<TensorBuffer> owner;
    memory weights;
    memory bias;
    std::vector<int32_t> compensation;  // int8: per-channel correction for the input zero point
};

// A primitive for one shape/epilogue key, plus the weights prepared for it.
struct Prepared {
    std::vector<int64_t> key;
    dnnl::primitive primitive;
    bool usable = false;  // false: oneDNN offers only its reference code for this shape
    memory::desc src, weightsDesc, dst, scratchDesc;
    size_t scratchBytes = 0;
    std::shared_ptr<const PreparedWeights> weights;
};

struct PreparedSet {
    std::vector<std::shared_ptr<Prepared>> entries;  // most recently used first
};

bool sameWeights(const PreparedWeights& w, const Tensor& t) {
    if (w.source != t.rawData()) return false;
    auto owner = w.owner.lock();
    return owner && owner == t.buffer();
}

// Finds (or builds with `make`) the primitive for `key` in the node's scratch.
template <typename Make>
std::shared_ptr<Prepared> lookup(KernelContext& ctx, const std::vector<int64_t>& key, Make make) {
    if (!ctx.scratch) {
        auto p = std::make_shared<Prepared>();
        p->key = key;
        make(*p);
        return p;
    }
    std::lock_guard<std::mutex> lock(ctx.scratch->mutex);
    if (!ctx.scratch->value) ctx.scratch->value = std::make_shared<PreparedSet>();
    auto* set = static_cast<PreparedSet*>(ctx.scratch->value.get());
    for (size_t i = 0; i < set->entries.size(); ++i)
        if (set->entries[i]->key == key) {
            std::rotate(set->entries.begin(), set->entries.begin() + long(i), set->entries.begin() + long(i) + 1);
            return set->entries[0];
        }
    auto p = std::make_shared<Prepared>();
    p->key = key;
    make(*p);
    set->entries.insert(set->entries.begin(), p);
    if (set->entries.size() > 4) set->entries.pop_back();  // a few batch sizes per node are plenty
    return p;
}

// The prepared weights for `filter`, reordering again only when the buffer changed.
template <typename Fill>
std::shared_ptr<const PreparedWeights> weightsFor(KernelContext& ctx, Prepared& p, const Tensor& filter, Fill fill) {
    {
        std::unique_lock<std::mutex> lock;
        if (ctx.scratch) lock = std::unique_lock<std::mutex>(ctx.scratch->mutex);
        if (p.weights && sameWeights(*p.weights, filter)) return p.weights;
    }
    auto w = std::make_shared<PreparedWeights>();
    w->source = filter.rawData();
    w->owner = filter.buffer();
    fill(*w);
    std::unique_lock<std::mutex> lock;
    if (ctx.scratch) lock = std::unique_lock<std::mutex>(ctx.scratch->mutex);
    p.weights = w;
    return w;
}

bool isReference(const char* impl) { return std::strncmp(impl, "ref", 3) == 0; }

dnnl::primitive_attr attrFor(const Epilogue* e) {
    dnnl::primitive_attr attr;
    attr.set_scratchpad_mode(dnnl::scratchpad_mode::user);
    if (e && e->activation != Epilogue::Activation::None) {
        dnnl::post_ops ops;
        if (e->activation == Epilogue::Activation::Relu) ops.append_eltwise(1.f, dnnl::algorithm::eltwise_relu, 0.f, 0.f);
        else ops.append_eltwise(1.f, dnnl::algorithm::eltwise_clip, 0.f, 6.f);
        attr.set_post_ops(ops);
    }
    return attr;
}

int64_t epilogueKey(const Epilogue* e) { return int64_t(reinterpret_cast<intptr_t>(e)); }

// Sets oneDNN's OpenMP team for this thread to the kernel's share of the session pool.
void useThreads(const KernelContext& ctx) {
    const int want = threadCount(ctx);
    if (omp_get_max_threads() != want) omp_set_num_threads(want);
}

void execute(const KernelContext& ctx, const Prepared& p, std::unordered_map<int, memory> args) {
    useThreads(ctx);
    if (p.scratchBytes) {
        void* scratch = threadScratch(p.scratchBytes);
        if (!scratch) throw std::bad_alloc();
        args.emplace(DNNL_ARG_SCRATCHPAD, memory(p.scratchDesc, cpuEngine(), scratch));
    }
    dnnl::stream& s = threadStream();
    p.primitive.execute(s, args);
    s.wait();
}

// Bias memory from the epilogue's shift (null memory when there is none).
memory biasMemory(const Epilogue* e, const memory::desc& desc) {
    if (!e || e->shift.empty()) return memory();
    memory bias(desc, cpuEngine());
    std::memcpy(bias.get_data_handle(), e->shift.data(), e->shift.size() * sizeof(float));
    return bias;
}

memory::desc biasDesc(const Epilogue* e, const memory::dims& dims) {
    return e && !e->shift.empty() ? memory::desc(dims, Dt::f32, dims.size() == 1 ? memory::format_tag::a : memory::format_tag::ab)
                                  : memory::desc();
}

// Reorders float weights given as `user` (over `data`) into `want`, first multiplying every
// element by the epilogue's per-output-channel scale (channel = flat index % channels).
memory reorderedWeights(const memory::desc& user, const float* data, int64_t elements, int64_t channels, const Epilogue* e,
                        const memory::desc& want) {
    std::vector<float> folded;
    if (e && !e->scale.empty()) {
        folded.assign(data, data + elements);
        for (int64_t i = 0; i < elements; ++i) folded[size_t(i)] *= e->scale[size_t(i % channels)];
        data = folded.data();
    }
    memory from(user, cpuEngine(), const_cast<float*>(data));
    memory to(want, cpuEngine());
    dnnl::stream& s = threadStream();
    dnnl::reorder(from, to).execute(s, from, to);
    s.wait();
    return to;
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

memory wrap(const memory::desc& d, const void* data) { return memory(d, cpuEngine(), const_cast<void*>(data)); }

}  // namespace

bool onednnMatMul(KernelContext& ctx, const Tensor& a, bool transA, const Tensor& b, bool transB, float* c, int64_t m,
                  int64_t n, int64_t k, const Epilogue* e) {
    if (!onednnEnabled() || m == 0 || n == 0 || k == 0) return false;
    if (e && !e->fits(n)) e = nullptr;
    try {
        auto p = lookup(ctx, {m, n, k, transA, transB, epilogueKey(e)}, [&](Prepared& p) {
            memory::desc src({m, k}, Dt::f32, transA ? memory::dims{1, m} : memory::dims{k, 1});
            memory::desc weights({k, n}, Dt::f32, memory::format_tag::any);
            memory::desc dst({m, n}, Dt::f32, memory::format_tag::ab);
            dnnl::matmul::primitive_desc pd(dnnl::matmul::desc(src, weights, biasDesc(e, {1, n}), dst), attrFor(e), cpuEngine());
            setPrimitive(p, pd, dnnl::matmul(pd), src, pd.weights_desc(), dst);
        });
        if (!p->usable) return false;
        auto w = weightsFor(ctx, *p, b, [&](PreparedWeights& w) {
            memory::desc user({k, n}, Dt::f32, transB ? memory::dims{1, k} : memory::dims{n, 1});
            // Scale folding needs the channel as the fastest index: fold on a row-major copy.
            if (e && !e->scale.empty() && transB) {
                std::vector<float> rowMajor(size_t(k * n));
                const float* pb = b.data<float>();
                for (int64_t j = 0; j < n; ++j)
                    for (int64_t i = 0; i < k; ++i) rowMajor[size_t(i * n + j)] = pb[j * k + i];
                w.weights = reorderedWeights(memory::desc({k, n}, Dt::f32, memory::format_tag::ab), rowMajor.data(), k * n, n, e,
                                             p->weightsDesc);
            } else {
                w.weights = reorderedWeights(user, b.data<float>(), k * n, n, e, p->weightsDesc);
            }
            w.bias = biasMemory(e, memory::desc({1, n}, Dt::f32, memory::format_tag::ab));
        });
        std::unordered_map<int, memory> args{{DNNL_ARG_SRC, wrap(p->src, a.rawData())},
                                             {DNNL_ARG_WEIGHTS, w->weights},
                                             {DNNL_ARG_DST, wrap(p->dst, c)}};
        if (w->bias) args.emplace(DNNL_ARG_BIAS, w->bias);
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
        auto p = lookup(ctx, key, [&](Prepared& p) {
            memory::desc src({g.batch, g.inC, g.inH, g.inW}, Dt::f32, memory::format_tag::nhwc);
            memory::desc dst({g.batch, channels, g.outH, g.outW}, Dt::f32, memory::format_tag::nhwc);
            memory::dims wdims = depthwise ? memory::dims{g.inC, g.outC, 1, g.kH, g.kW} : memory::dims{g.outC, g.inC, g.kH, g.kW};
            memory::desc weights(wdims, Dt::f32, memory::format_tag::any);
            // oneDNN wants both paddings; the after-padding follows from the output size.
            auto after = [](int64_t in, int64_t k, int64_t s, int64_t d, int64_t before, int64_t out) {
                return std::max<int64_t>(0, (out - 1) * s + (k - 1) * d + 1 - in - before);
            };
            memory::dims padL{g.padTop, g.padLeft};
            memory::dims padR{after(g.inH, g.kH, g.strideH, g.dilH, g.padTop, g.outH), after(g.inW, g.kW, g.strideW, g.dilW, g.padLeft, g.outW)};
            memory::dims strides{g.strideH, g.strideW}, dilates{g.dilH - 1, g.dilW - 1};
            auto desc = e && !e->shift.empty()
                            ? dnnl::convolution_forward::desc(dnnl::prop_kind::forward_inference, dnnl::algorithm::convolution_direct, src,
                                                              weights, memory::desc({channels}, Dt::f32, memory::format_tag::a), dst,
                                                              strides, dilates, padL, padR)
                            : dnnl::convolution_forward::desc(dnnl::prop_kind::forward_inference, dnnl::algorithm::convolution_direct, src,
                                                              weights, dst, strides, dilates, padL, padR);
            dnnl::convolution_forward::primitive_desc pd(desc, attrFor(e), cpuEngine());
            setPrimitive(p, pd, dnnl::convolution_forward(pd), src, pd.weights_desc(), dst);
        });
        if (!p->usable) return false;
        auto w = weightsFor(ctx, *p, filter, [&](PreparedWeights& w) {
            // TensorFlow's HWIO (or [kH,kW,inC,multiplier]) filter described by strides.
            memory::desc user = depthwise ? memory::desc({g.inC, g.outC, 1, g.kH, g.kW}, Dt::f32,
                                                         {g.outC, 1, 1, g.kW * g.inC * g.outC, g.inC * g.outC})
                                          : memory::desc({g.outC, g.inC, g.kH, g.kW}, Dt::f32,
                                                         {1, g.outC, g.kW * g.inC * g.outC, g.inC * g.outC});
            w.weights = reorderedWeights(user, filter.data<float>(), filter.numElements(), channels, e, p->weightsDesc);
            w.bias = biasMemory(e, memory::desc({channels}, Dt::f32, memory::format_tag::a));
        });
        std::unordered_map<int, memory> args{{DNNL_ARG_SRC, wrap(p->src, input)}, {DNNL_ARG_WEIGHTS, w->weights}, {DNNL_ARG_DST, wrap(p->dst, output)}};
        if (w->bias) args.emplace(DNNL_ARG_BIAS, w->bias);
        execute(ctx, *p, std::move(args));
        ctx.epilogueApplied = e != nullptr;
        return true;
    } catch (const std::exception&) {
        return false;
    }
}


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
    default: return "other";
    }
}

#endif

}  // namespace tfs::exec::kernels
