#include "core/exec/executor.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <unordered_map>

#include "core/exec/flops.h"
#include "core/exec/kernels/onednn.h"

namespace tfs::exec {

Result<Tensor> Value::get() const {
    if (ref) return ref->read();
    return tensor;
}

Result<Tensor> OpContext::input(int i) const {
    if (i < 0 || i >= int(inputs.size()))
        return error(TFS_PHRASE("Errors", "expects at least %1 inputs, got %2"), i + 1, inputs.size());
    return inputs[size_t(i)].get();
}

Status OpContext::error(Phrase what) const { return error(invalidArgument(std::move(what))); }

Status OpContext::error(const Status& failure) const {
    return failure.withContext(TFS_PHRASE("Errors", "node '%1' (op %2)"), node.def->name(), node.def->op());
}

void OpContext::setOutput(int i, Tensor t) {
    if (int(outputs.size()) <= i) outputs.resize(size_t(i) + 1);
    outputs[size_t(i)].tensor = std::move(t);
    outputs[size_t(i)].ref.reset();
    outputs[size_t(i)].dead = false;
}

namespace {

// Loops that run longer than this are treated as runaway (bad input must not hang).
constexpr int kMaxIterations = 10'000'000;

// Emptied vectors kept per thread for reuse: every node needs a few small vectors (its inputs,
// outputs, the kernel's tensors), and malloc/free of them was most of a tiny node's cost. A
// stack, so a nested run (a function call inside a kernel) takes its own.
template <typename T>
class Spare {
public:
    static std::vector<T> take() {
        auto& kept = stack();
        if (kept.empty()) return {};
        std::vector<T> v = std::move(kept.back());
        kept.pop_back();
        return v;
    }
    static void give(std::vector<T>&& v) {
        auto& kept = stack();
        if (v.capacity() == 0 || v.capacity() > 64 || kept.size() >= 64) return;
        v.clear();
        kept.push_back(std::move(v));
    }

private:
    static std::vector<std::vector<T>>& stack() {
        thread_local std::vector<std::vector<T>> kept;
        return kept;
    }
};

// Bytes and reader count of each live intermediate buffer, by buffer address: open addressing
// with linear probing and backward-shift erase, so tracking a node's output allocates nothing.
class LiveBuffers {
public:
    struct Entry {
        const TensorBuffer* key = nullptr;
        uint64_t bytes = 0;
        int readers = 0;
    };
    explicit LiveBuffers(size_t expected) {
        size_t cap = 16;
        while (cap < expected * 2) cap *= 2;
        slots_.resize(cap);
    }
    /// The entry of `key`, or null.
    Entry* find(const TensorBuffer* key) {
        for (size_t i = home(key);; i = (i + 1) & mask()) {
            if (slots_[i].key == key) return &slots_[i];
            if (!slots_[i].key) return nullptr;
        }
    }
    /// Adds `key` (not present) with its size and no readers.
    void insert(const TensorBuffer* key, uint64_t bytes) {
        if ((count_ + 1) * 2 > slots_.size()) grow();
        size_t i = home(key);
        while (slots_[i].key) i = (i + 1) & mask();
        slots_[i] = {key, bytes, 0};
        ++count_;
    }
    /// Removes the entry `e` points at.
    void erase(Entry* e) {
        size_t hole = size_t(e - slots_.data());
        slots_[hole] = Entry{};
        --count_;
        // Move later entries of the probe run back into the hole when their home allows it.
        for (size_t i = (hole + 1) & mask(); slots_[i].key; i = (i + 1) & mask()) {
            const size_t h = home(slots_[i].key);
            if (((i - h) & mask()) >= ((i - hole) & mask())) {
                slots_[hole] = slots_[i];
                slots_[i] = Entry{};
                hole = i;
            }
        }
    }

private:
    size_t mask() const { return slots_.size() - 1; }
    size_t home(const TensorBuffer* key) const { return size_t((uintptr_t(key) >> 4) * 0x9E3779B97F4A7C15ull >> 20) & mask(); }
    void grow() {
        std::vector<Entry> old(slots_.size() * 2);
        old.swap(slots_);
        count_ = 0;
        for (const auto& e : old) {
            if (!e.key) continue;
            size_t i = home(e.key);
            while (slots_[i].key) i = (i + 1) & mask();
            slots_[i] = e;
            ++count_;
        }
    }
    std::vector<Entry> slots_;
    size_t count_ = 0;
};

struct NodeState {
    int pending = 0;    // inputs still to arrive (for Merge: control inputs only)
    int deadCount = 0;
    bool liveArrived = false;  // Merge: a live data input arrived
    bool fired = false;
    int mergeIndex = -1;
    std::vector<Value> inputs;
};

struct IterState {
    std::vector<NodeState> nodes;
};

struct FrameInst {
    int frame = 0;
    FrameInst* parent = nullptr;
    int parentIter = 0;
    std::vector<std::unique_ptr<IterState>> iters;
    int active = 0;
    int pendingEnters = 0;
    bool done = false;
    std::vector<std::pair<int, Value>> constants;  // constant Enter node, value
    std::unordered_map<int, bool> exitLive;
    std::unordered_map<int64_t, std::unique_ptr<FrameInst>> children;  // key: childFrame * 2^32 + iter
};

struct ReadyItem {
    int node = 0;
    FrameInst* frame = nullptr;
    int iter = 0;
    std::vector<Value> inputs;
    bool dead = false;
    int mergeIndex = -1;
    bool cached = false;  // outputs come from the plan's constant cache
};

class Run : public std::enable_shared_from_this<Run> {
public:
    Run(const Plan& plan, const std::vector<Value>& feeds, ExecEnv& env, RunShared& shared)
        : plan_(plan), feeds_(feeds), env_(env), shared_(shared), useCache_(plan.cache && plan.cache->ready.load()), live_(plan.nodes.size()) {
        if (plan.cache && !useCache_) pendingCache_.resize(size_t(plan.numCacheSlots));
    }

    Result<std::vector<Value>> execute();
    void helperLoop();

private:
    IterState& iteration(FrameInst* f, int iter);
    void initIteration(FrameInst* f, IterState& state);
    void deliver(FrameInst* f, int iter, int dst, int slot, const Value& v, bool deadControl);
    void deliverOutputs(const PlanNode& node, FrameInst* f, int iter, const std::vector<Value>& outputs, bool nodeDead);
    void fire(FrameInst* f, int iter, int dst, NodeState& s, bool dead);
    FrameInst* child(FrameInst* f, int iter, int childFrame);
    void maybeFinish(FrameInst* f);
    /// Runs one node; `lock` (on mutex_) is released while the kernel runs and held on return.
    void process(ReadyItem item, std::unique_lock<std::mutex>& lock);
    Status compute(ReadyItem& item, std::vector<Value>& outputs);
    void complete(ReadyItem& item, std::vector<Value>& outputs, bool nodeDead);
    void fail(Status s);
    /// Nodes that do no real work (constants, pass-throughs, cached, engine plumbing).
    bool cheap(const PlanNode& node) const {
        return !node.kernel || node.forwardSlot >= 0 || node.forwardAll || (useCache_ && node.cacheSlot >= 0) || node.kind != NodeKind::Normal;
    }
    /// Wakes pool helpers for queued kernels beyond what the running threads will take;
    /// `callerTakesNext`: the calling thread picks up a queued item itself right after.
    void spawnHelpers(bool callerTakesNext);
    void retain(const Value& v);
    void release(const Value& v);
    void track(const std::vector<Value>& inputs, const std::vector<Value>& outputs);

    const Plan& plan_;
    const std::vector<Value>& feeds_;
    ExecEnv& env_;
    RunShared& shared_;
    const bool useCache_;  // constant nodes are served from (or skipped thanks to) plan_.cache
    std::vector<std::vector<Tensor>> pendingCache_;  // first run: frontier outputs to keep
    int pendingCacheFilled_ = 0;

    std::mutex mutex_;
    std::condition_variable cv_;
    std::deque<ReadyItem> queue_;
    int outstanding_ = 0;
    int heavyQueued_ = 0;  // queued items that run a kernel (see cheap())
    int helpersPending_ = 0;
    int helpersRunning_ = 0;
    bool finished_ = false;
    std::atomic<bool> failed_{false};  // written under mutex_; read before a node without it
    Status error_;
    std::vector<Value> results_;
    std::vector<char> resultSet_;
    std::unique_ptr<FrameInst> root_;

    LiveBuffers live_;
    uint64_t liveBytes_ = 0;
    uint64_t peakBytes_ = 0;
};

void Run::initIteration(FrameInst* f, IterState& state) {
    const auto& frame = plan_.frames[size_t(f->frame)];
    state.nodes.resize(frame.nodes.size());
    for (size_t k = 0; k < frame.nodes.size(); ++k) {
        const auto& node = plan_.nodes[size_t(frame.nodes[k])];
        auto& s = state.nodes[k];
        s.inputs = Spare<Value>::take();
        s.inputs.resize(node.inputs.size());
        if (useCache_ && node.constant && f == root_.get()) {
            // Skipped nodes never fire; kept and Const frontier nodes fire at once.
            s.pending = 0;
            s.fired = node.skipWhenCached;
            continue;
        }
        if (node.kind == NodeKind::Merge) {
            s.pending = node.numControlInputs;
        } else {
            s.pending = int(node.inputs.size()) - node.numFedInputs + node.numControlInputs;
        }
        if (node.numFedInputs > 0) {
            for (size_t i = 0; i < node.inputs.size(); ++i) {
                if (node.inputs[i].node >= 0) continue;
                const Value& v = feeds_[size_t(node.inputs[i].output)];
                if (node.kind == NodeKind::Merge) {
                    if (!s.liveArrived) {
                        s.liveArrived = true;
                        s.mergeIndex = int(i);
                        s.inputs[0] = v;
                    }
                } else {
                    s.inputs[i] = v;
                }
            }
        }
    }
}

IterState& Run::iteration(FrameInst* f, int iter) {
    while (int(f->iters.size()) <= iter) f->iters.push_back(nullptr);
    auto& slot = f->iters[size_t(iter)];
    if (!slot) {
        slot = std::make_unique<IterState>();
        initIteration(f, *slot);
        if (iter > 0)
            for (const auto& [enter, value] : f->constants)
                for (const auto& [dst, inSlot] : plan_.nodes[size_t(enter)].outEdges[0]) deliver(f, iter, dst, inSlot, value, false);
    }
    return *slot;
}

FrameInst* Run::child(FrameInst* f, int iter, int childFrame) {
    int64_t key = (int64_t(childFrame) << 32) | int64_t(uint32_t(iter));
    auto& slot = f->children[key];
    if (!slot) {
        slot = std::make_unique<FrameInst>();
        slot->frame = childFrame;
        slot->parent = f;
        slot->parentIter = iter;
        slot->pendingEnters = plan_.frames[size_t(childFrame)].numEnters;
        f->active++;  // the child frame keeps its parent alive
    }
    return slot.get();
}

void Run::fire(FrameInst* f, int iter, int dst, NodeState& s, bool dead) {
    s.fired = true;
    ReadyItem item;
    item.node = dst;
    item.frame = f;
    item.iter = iter;
    item.dead = dead;
    item.mergeIndex = s.mergeIndex;
    item.inputs = std::move(s.inputs);
    s.inputs = {};
    f->active++;
    outstanding_++;
    if (!cheap(plan_.nodes[size_t(dst)])) heavyQueued_++;
    queue_.push_back(std::move(item));
}

void Run::deliver(FrameInst* f, int iter, int dst, int slot, const Value& v, bool deadControl) {
    const auto& node = plan_.nodes[size_t(dst)];
    auto& s = iteration(f, iter).nodes[size_t(node.localIndex)];
    if (s.fired) return;
    if (node.kind == NodeKind::Merge) {
        if (slot >= 0) {
            if (!v.dead && !s.liveArrived) {
                s.liveArrived = true;
                s.mergeIndex = slot;
                s.inputs[0] = v;
                retain(v);
            } else if (v.dead) {
                s.deadCount++;
            }
        } else {
            s.pending--;
        }
        if (s.pending == 0 && (s.liveArrived || s.deadCount == int(node.inputs.size()))) fire(f, iter, dst, s, !s.liveArrived);
        return;
    }
    if (slot >= 0) {
        s.inputs[size_t(slot)] = v;
        if (v.dead) s.deadCount++;
        else retain(v);
    } else if (deadControl) {
        s.deadCount++;
    }
    if (--s.pending == 0) fire(f, iter, dst, s, s.deadCount > 0);
}

void Run::deliverOutputs(const PlanNode& node, FrameInst* f, int iter, const std::vector<Value>& outputs, bool nodeDead) {
    static const Value kDead{Tensor(), nullptr, true};
    for (size_t o = 0; o < node.outEdges.size(); ++o) {
        const Value& v = o < outputs.size() ? outputs[o] : kDead;
        for (const auto& [dst, slot] : node.outEdges[o]) deliver(f, iter, dst, slot, v, false);
    }
    for (int dst : node.controlOut) deliver(f, iter, dst, -1, kDead, nodeDead);
}

void Run::maybeFinish(FrameInst* f) {
    while (f && f != root_.get() && !f->done && f->active == 0 && f->pendingEnters == 0) {
        f->done = true;
        FrameInst* parent = f->parent;
        for (int exit : plan_.frames[size_t(f->frame)].exits) {
            if (f->exitLive[exit]) continue;
            const auto& node = plan_.nodes[size_t(exit)];
            deliverOutputs(node, parent, f->parentIter, {}, true);
        }
        f->iters.clear();
        f->constants.clear();
        parent->active--;
        f = parent;
    }
}

void Run::retain(const Value& v) {
    if (!v.tensor.buffer()) return;
    if (auto* e = live_.find(v.tensor.buffer().get())) e->readers++;
}

void Run::release(const Value& v) {
    if (!v.tensor.buffer()) return;
    auto* e = live_.find(v.tensor.buffer().get());
    if (!e) return;
    if (--e->readers <= 0) {
        liveBytes_ -= e->bytes;
        live_.erase(e);
    }
}

void Run::track(const std::vector<Value>& inputs, const std::vector<Value>& outputs) {
    for (const auto& out : outputs) {
        const TensorBuffer* b = out.tensor.buffer().get();
        if (!b || out.dead || live_.find(b)) continue;
        bool fromInput = false;
        for (const auto& in : inputs)
            if (in.tensor.buffer().get() == b) fromInput = true;
        if (fromInput) continue;
        live_.insert(b, b->size());
        liveBytes_ += b->size();
    }
    if (liveBytes_ > peakBytes_) peakBytes_ = liveBytes_;
}

void Run::fail(Status s) {
    if (!failed_) {
        failed_ = true;
        error_ = std::move(s);
    }
}

void Run::complete(ReadyItem& item, std::vector<Value>& outputs, bool nodeDead) {
    const auto& node = plan_.nodes[size_t(item.node)];
    FrameInst* f = item.frame;
    if (!nodeDead && !item.cached && (node.kernel || node.engine)) track(item.inputs, outputs);
    if (!useCache_ && node.cacheSlot >= 0 && !pendingCache_.empty() && !nodeDead) {
        auto& slot = pendingCache_[size_t(node.cacheSlot)];
        if (slot.empty()) {
            for (const auto& v : outputs) slot.push_back(v.tensor);
            if (slot.empty()) slot.push_back(Tensor());
            pendingCacheFilled_++;
        }
    }
    FrameInst* outFrame = node.kind == NodeKind::Exit ? f->parent : f;
    if (outFrame == root_.get()) {
        for (const auto& [out, index] : node.fetchSlots) {
            if (size_t(out) < outputs.size()) {
                results_[size_t(index)] = outputs[size_t(out)];
                resultSet_[size_t(index)] = 1;
                retain(outputs[size_t(out)]);
            }
        }
    }
    switch (node.kind) {
    case NodeKind::Enter: {
        FrameInst* c = child(f, item.iter, node.childFrame);
        c->pendingEnters--;
        const Value& v = outputs[0];
        if (node.constantEnter) {
            c->constants.push_back({item.node, v});
            for (size_t it = 0; it < c->iters.size() || it == 0; ++it) {
                iteration(c, int(it));
                for (const auto& [dst, slot] : node.outEdges[0]) deliver(c, int(it), dst, slot, v, false);
                for (int dst : node.controlOut) deliver(c, int(it), dst, -1, v, nodeDead);
            }
        } else {
            deliverOutputs(node, c, 0, outputs, nodeDead);
        }
        maybeFinish(c);
        break;
    }
    case NodeKind::Exit:
        if (!nodeDead && !outputs.empty() && !outputs[0].dead) {
            f->exitLive[item.node] = true;
            deliverOutputs(node, f->parent, f->parentIter, outputs, false);
        }
        break;
    case NodeKind::NextIteration:
        if (!nodeDead && !outputs.empty() && !outputs[0].dead) {
            if (item.iter + 1 >= kMaxIterations) {
                fail(invalidArgument(TFS_PHRASE("Errors", "while loop '%1' ran more than %2 iterations; stopping"),
                                     plan_.frames[size_t(f->frame)].name, kMaxIterations));
                break;
            }
            deliverOutputs(node, f, item.iter + 1, outputs, false);
        }
        break;
    default:
        deliverOutputs(node, f, item.iter, outputs, nodeDead);
    }
    for (const auto& in : item.inputs)
        if (!in.dead) release(in);
    // Outputs nobody consumed are freed now.
    for (const auto& out : outputs) {
        if (!out.tensor.buffer()) continue;
        auto* e = live_.find(out.tensor.buffer().get());
        if (e && e->readers <= 0) {
            liveBytes_ -= e->bytes;
            live_.erase(e);
        }
    }
    f->active--;
    maybeFinish(f);
}

Status Run::compute(ReadyItem& item, std::vector<Value>& outputs) {
    const auto& node = plan_.nodes[size_t(item.node)];
    outputs.assign(size_t(node.numOutputs), Value{});
    switch (node.kind) {
    case NodeKind::Merge: {
        outputs[0] = item.inputs[0];
        if (outputs.size() > 1) outputs[1].tensor = Tensor::scalar<int32_t>(tensorflow::DT_INT32, item.mergeIndex);
        return okStatus();
    }
    case NodeKind::Enter:
    case NodeKind::Exit:
    case NodeKind::NextIteration:
        if (item.inputs.empty()) return invalidArgument(TFS_PHRASE("Errors", "node '%1' has no data input"),
                                                        node.def->name());
        outputs[0] = item.inputs[0];
        return okStatus();
    default: break;
    }
    if (node.forwardSlot >= 0) {
        // Member of a fused chain: the head already applied this node's work.
        if (size_t(node.forwardSlot) >= item.inputs.size())
            return internalError(TFS_PHRASE("Errors", "node '%1': fused input missing"), node.def->name());
        outputs[0] = item.inputs[size_t(node.forwardSlot)];
        return okStatus();
    }
    if (node.forwardAll) {
        // Last node of a fused eight-bit chain: the head computed its outputs.
        for (size_t i = 0; i < outputs.size() && i < item.inputs.size(); ++i) outputs[i] = item.inputs[i];
        return okStatus();
    }
    if (useCache_ && node.cacheSlot >= 0) {
        const auto& kept = plan_.cache->values[size_t(node.cacheSlot)];
        for (size_t i = 0; i < outputs.size() && i < kept.size(); ++i) outputs[i].tensor = kept[i];
        item.cached = true;
        return okStatus();
    }
    if (node.engine) {
        OpContext ctx{node, item.inputs, outputs, env_, shared_};
        return node.engine(ctx);
    }
    struct Recycled {  // the kernel's tensor vectors go back to this thread's spares
        std::vector<Tensor> inputs = Spare<Tensor>::take(), out = Spare<Tensor>::take();
        ~Recycled() {
            Spare<Tensor>::give(std::move(inputs));
            Spare<Tensor>::give(std::move(out));
        }
    } vectors;
    std::vector<Tensor>& inputs = vectors.inputs;
    for (const auto& v : item.inputs) {
        if (!v.ref) {
            inputs.push_back(v.tensor);
            continue;
        }
        auto t = v.get();
        if (!t.ok()) return t.status().withContext(TFS_PHRASE("Errors", "node '%1'"), node.def->name());
        inputs.push_back(std::move(t).value());
    }
    std::vector<Tensor>& out = vectors.out;
    KernelContext ctx{*node.def, inputs, out, env_.pool()};
    ctx.epilogue = node.epilogue.get();
    ctx.scratch = node.scratch.get();
    ctx.quantEpilogue = node.quantEpilogue.get();
    TFS_RETURN_IF_ERROR(node.kernel(ctx));
    if (ctx.epilogue && !ctx.epilogueApplied && !out.empty()) {
        Tensor& y = out[0];
        const int64_t channels = y.rank() > 0 ? y.dim(y.rank() - 1) : 0;
        if (y.dtype() != tensorflow::DT_FLOAT || channels == 0 || !ctx.epilogue->fits(channels))
            return invalidArgument(TFS_PHRASE("Errors", "node '%1' (op %2, %3): output %4 does not match the fused parameters"),
                                   node.def->name(), node.def->op(), ctx.epilogue->describe, y.describe());
        for (const auto& in : inputs)
            if (in.buffer() == y.buffer())
                return internalError(TFS_PHRASE("Errors", "node '%1': fused output aliases an input"),
                                     node.def->name());
        ctx.epilogue->apply(y.data<float>(), y.numElements() / channels, channels, channels);
    }
    if (int(out.size()) < node.numOutputs)
        return internalError(TFS_PHRASE("Errors", "node '%1' (op %2) produced %3 outputs, but output %4 is used"),
                             node.def->name(), node.def->op(), out.size(), node.numOutputs - 1);
    for (size_t i = 0; i < outputs.size(); ++i) outputs[i].tensor = std::move(out[i]);
    return okStatus();
}

void Run::process(ReadyItem item, std::unique_lock<std::mutex>& lock) {
    const auto& node = plan_.nodes[size_t(item.node)];
    std::vector<Value> outputs = Spare<Value>::take();
    Status status;
    // One lock per node: with a second thread in the process every lock is an atomic operation
    // (measured: three per node made scheduling 0.31 us per node on 2 threads against 0.25 on 1).
    const bool skip = failed_.load(std::memory_order_relaxed);
    if (!skip && shared_.work && shared_.work->cancelled()) status = cancelled(TFS_PHRASE("Errors", "run cancelled"));
    if (!skip && status.ok()) {
        if (item.dead) {
            outputs.assign(size_t(node.numOutputs), Value{Tensor(), nullptr, true});
        } else {
            // The clock only when profiling: it is a noticeable part of a tiny node's cost.
            const auto start = shared_.profile ? std::chrono::steady_clock::now() : std::chrono::steady_clock::time_point{};
            status = compute(item, outputs);
            if (item.cached) shared_.cachedNodes.fetch_add(1, std::memory_order_relaxed);
            else shared_.nodesRun.fetch_add(1, std::memory_order_relaxed);
            if (shared_.profile) {
                double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
                double flops = 0;
                if (status.ok() && !item.cached && flopsCounted(node.def->op())) {
                    std::vector<Dims> inShapes, outShapes;
                    for (const auto& v : item.inputs) inShapes.push_back(v.tensor.dims());
                    for (const auto& v : outputs) outShapes.push_back(v.tensor.dims());
                    flops = estimateNodeFlops(*node.def, inShapes, outShapes);
                }
                std::lock_guard<std::mutex> lock(shared_.statsMutex);
                shared_.stats.timings.push_back({node.def->name(), node.def->op(), ms, flops, node.forwardSlot >= 0 || node.forwardAll, plan_.function});
            }
        }
    }
    lock.lock();
    if (!status.ok()) fail(status);
    if (!failed_ && !skip) complete(item, outputs, item.dead);
    outstanding_--;
    spawnHelpers(true);
    cv_.notify_all();
    Spare<Value>::give(std::move(outputs));
    Spare<Value>::give(std::move(item.inputs));
}

void Run::spawnHelpers(bool callerTakesNext) {
    ThreadPool* pool = env_.pool();
    if (!pool || pool->threads() <= 1) return;
    // With oneDNN every kernel's parallel work runs on the one OpenMP team of the thread that
    // dispatches nodes; a second dispatching thread would bring a second team whose idle threads
    // spin against the first (measured: BERT-like matmuls no faster on 2 threads than on 1).
    if (kernels::onednnEnabled()) return;
    // Waking a worker costs more than running a Const or a pass-through node: helpers
    // are only worth it for queued kernels, and in a chain the thread that finished a node
    // runs the next one itself (a hand-off to a sleeping worker costs ~10 us here).
    const int reserved = callerTakesNext ? 1 : 0;
    while (heavyQueued_ > reserved && helpersPending_ < pool->threads() - 1 && heavyQueued_ > helpersRunning_ + reserved) {
        helpersPending_++;
        std::shared_ptr<Run> self = shared_from_this();
        pool->schedule([self] { self->helperLoop(); });
    }
}

void Run::helperLoop() {
    std::unique_lock<std::mutex> lock(mutex_);
    if (finished_) {
        helpersPending_--;
        return;
    }
    helpersRunning_++;
    while (!queue_.empty()) {
        ReadyItem item = std::move(queue_.front());
        queue_.pop_front();
        if (!cheap(plan_.nodes[size_t(item.node)])) heavyQueued_--;
        lock.unlock();
        process(std::move(item), lock);
    }
    helpersRunning_--;
    helpersPending_--;
    cv_.notify_all();
}

Result<std::vector<Value>> Run::execute() {
    std::unique_lock<std::mutex> lock(mutex_);
    results_.assign(plan_.fetchNames.size(), Value{});
    resultSet_.assign(plan_.fetchNames.size(), 0);
    root_ = std::make_unique<FrameInst>();
    IterState& rootIter = iteration(root_.get(), 0);
    const auto& rootNodes = plan_.frames[0].nodes;
    for (size_t k = 0; k < rootNodes.size(); ++k) {
        auto& s = rootIter.nodes[k];
        const auto& node = plan_.nodes[size_t(rootNodes[k])];
        bool ready = node.kind == NodeKind::Merge ? (s.pending == 0 && s.liveArrived) : s.pending == 0;
        if (ready && !s.fired) fire(root_.get(), 0, rootNodes[k], s, false);
    }
    for (;;) {
        if (!queue_.empty()) {
            ReadyItem item = std::move(queue_.front());
            queue_.pop_front();
            const bool itemIsCheap = cheap(plan_.nodes[size_t(item.node)]);
            if (!itemIsCheap) heavyQueued_--;
            spawnHelpers(itemIsCheap);  // after a cheap item this thread is back for the next one at once
            lock.unlock();
            process(std::move(item), lock);
            continue;
        }
        if (outstanding_ == 0) break;
        cv_.wait(lock);
    }
    cv_.wait(lock, [this] { return helpersRunning_ == 0; });
    finished_ = true;
    if (!failed_ && !pendingCache_.empty() && pendingCacheFilled_ == plan_.numCacheSlots)
        plan_.cache->commit(std::move(pendingCache_), plan_.nodes);
    uint64_t cachedBytes = plan_.cache && plan_.cache->ready.load() ? plan_.cache->bytes : 0;
    {
        std::lock_guard<std::mutex> statsLock(shared_.statsMutex);
        // Kept constants stay resident for the session, so they count towards the peak.
        shared_.stats.peakBytes = std::max(shared_.stats.peakBytes, peakBytes_ + (useCache_ ? cachedBytes : 0));
    }
    if (failed_) return error_;
    for (size_t k = 0; k < results_.size(); ++k) {
        int fedIndex = plan_.fetchFromFeed[k];
        if (fedIndex >= 0) {
            results_[k] = feeds_[size_t(fedIndex)];
            continue;
        }
        if (!resultSet_[k])
            return failedPrecondition(TFS_PHRASE("Errors", "fetch '%1' was not computed: some of its inputs never arrived (a loop that never ends, or a missing input)"),
                                      plan_.fetchNames[k]);
        if (results_[k].dead)
            return failedPrecondition(TFS_PHRASE("Errors", "fetch '%1' is dead: it lies on an untaken branch of a Switch"),
                                      plan_.fetchNames[k]);
    }
    return results_;
}

}  // namespace

Result<std::vector<Value>> executePlan(const Plan& plan, const std::vector<Value>& feeds, ExecEnv& env, RunShared& shared) {
    if (feeds.size() != plan.feedNames.size())
        return invalidArgument(TFS_PHRASE("Errors", "plan expects %1 feeds, got %2"), plan.feedNames.size(),
                               feeds.size());
    ThreadPool::RunScope inProgress(env.pool());
    auto run = std::make_shared<Run>(plan, feeds, env, shared);
    return run->execute();
}

}  // namespace tfs::exec
