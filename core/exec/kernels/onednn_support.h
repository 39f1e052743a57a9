#pragma once
// Internal to the oneDNN kernels (onednn*.cpp, compiled with TFSCOPE_HAVE_ONEDNN): the engine,
// per-thread streams, primitives prepared per node and shape with their weights, and the one
// OpenMP team every primitive runs on.

#include <algorithm>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

#include <dnnl.hpp>

#include "core/exec/kernel.h"
#include "core/exec/kernels/conv.h"

namespace tfs::exec::kernels::dnn {

using dnnl::memory;
using Dt = memory::data_type;

dnnl::engine& cpuEngine();
/// One stream per calling thread: streams are cheap but not meant to be shared.
dnnl::stream& threadStream();

// Weights in the layout a primitive wants, tied to the tensor buffer they came from.
struct PreparedWeights {
    const void* source = nullptr;
    std::weak_ptr<TensorBuffer> owner;
    memory weights;
    memory bias;
    memory scale, shift;  // the epilogue's per-channel vectors for the binary post-ops
    std::vector<memory> channelAddends;  // a FloatChain's AddChannel vectors, in order
    std::vector<int8_t> signedWeights;   // eight-bit filters: HWIO signed bytes (onednn_quantized.cpp)
    std::vector<int64_t> copiedChannels; // and the input channels appended to each pixel for them
};

// A primitive for one shape/epilogue key, plus the weights prepared for it.
struct Prepared {
    std::vector<int64_t> key;
    dnnl::primitive primitive;
    bool usable = false;  // false: oneDNN offers only its reference code for this shape
    memory::desc src, weightsDesc, dst, scratchDesc;
    size_t scratchBytes = 0;
    double flops = 0;  // multiply-adds x2 per run: small primitives run on the calling thread alone
    std::shared_ptr<const PreparedWeights> weights;
};

struct PreparedSet {
    std::vector<std::shared_ptr<Prepared>> entries;  // most recently used first
};

inline bool sameWeights(const PreparedWeights& w, const Tensor& t) {
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


bool isReference(const char* impl);
/// Attributes with the scratchpad ours (one per thread, see execute) and nothing else.
inline dnnl::primitive_attr plainAttr() {
    dnnl::primitive_attr attr;
    attr.set_scratchpad_mode(dnnl::scratchpad_mode::user);
    return attr;
}
/// Runs `p` on the session's OpenMP team (or the calling thread alone for small primitives).
void execute(const KernelContext& ctx, const Prepared& p, std::unordered_map<int, memory> args);
/// The team size a primitive of `flops` runs on, and making it current before creating one.
int teamFor(const KernelContext& ctx, double flops);
void useTeam(int team);
void setPrimitive(Prepared& p, const dnnl::primitive_desc& pd, const dnnl::primitive& prim, const memory::desc& src,
                  const memory::desc& weights, const memory::desc& dst);
inline memory wrap(const memory::desc& d, const void* data) { return memory(d, cpuEngine(), const_cast<void*>(data)); }
/// oneDNN wants both paddings; the bottom/right ones follow from the output size.
memory::dims padAfter(const Conv2DGeometry& g);
/// A forward-inference direct convolution of geometry `g` (strides, dilations, both paddings), with a
/// bias input when `bias` is given: the one place the float and eight-bit convolutions describe it.
dnnl::convolution_forward::desc convolutionDesc(const Conv2DGeometry& g, const memory::desc& src, const memory::desc& weights,
                                                const memory::desc* bias, const memory::desc& dst);
/// Whether u8 x s8 products accumulate exactly (VNNI; vpmaddubsw saturates pairs at int16).
bool exactInt8();

}  // namespace tfs::exec::kernels::dnn
