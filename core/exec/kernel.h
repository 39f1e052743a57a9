#pragma once
// The contract between the executor and stateless op kernels.
// A kernel reads its node's attributes and input tensors and fills its outputs.
// Stateful and control-flow ops (variables, Switch/Merge, TensorArray, function
// calls) are the executor's business, not kernels'.

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/model/tensor.h"
#include "core/util/status.h"
#include "tensorflow/node_def.pb.h"

namespace tfs::exec {

/// Intra-op parallelism: runs fn(begin, end) over [0, total) in chunks; serial when null.
class ParallelFor {
public:
    virtual ~ParallelFor() = default;
    /// costPerUnit: rough cycles per unit, so tiny loops stay on one thread.
    virtual void run(int64_t total, int64_t costPerUnit, const std::function<void(int64_t, int64_t)>& fn) const = 0;
    virtual int threads() const = 0;
};

/// Per-channel y = act(x * scale + shift) on a channels-last float output: what a
/// following BiasAdd / inference batch norm / Relu / Relu6 chain does, fused by the plan.
struct Epilogue {
    enum class Activation { None, Relu, Relu6 };
    std::vector<float> scale;  // per channel; empty = 1
    std::vector<float> shift;  // per channel; empty = 0
    Activation activation = Activation::None;
    std::string describe;      // "BiasAdd+Relu6 from nodes b, r" for profiles and errors

    /// Applies to `rows` rows of `channels` contiguous floats (row stride `stride`).
    void apply(float* data, int64_t rows, int64_t channels, int64_t stride) const;
    /// Whether the per-channel vectors fit a tensor with this many channels.
    bool fits(int64_t channels) const {
        return (scale.empty() || int64_t(scale.size()) == channels) && (shift.empty() || int64_t(shift.size()) == channels);
    }
};

struct QuantizedEpilogue;  // core/exec/kernels/quantized_epilogue.h

/// Per-node state a kernel keeps across runs of one plan (prepared oneDNN primitives,
/// reordered constant weights); concurrent runs share it, so it has its own mutex.
struct KernelScratch {
    std::mutex mutex;
    std::shared_ptr<void> value;
};

struct KernelContext {
    const tensorflow::NodeDef& node;
    const std::vector<Tensor>& inputs;
    std::vector<Tensor>& outputs;  // the kernel resizes and fills
    const ParallelFor* parallel = nullptr;
    /// Set by the plan for fused chains: kernels that can apply it while the output is hot
    /// do so and set epilogueApplied; otherwise the executor applies it to output 0 afterwards.
    const Epilogue* epilogue = nullptr;
    bool epilogueApplied = false;
    /// Set by the plan on a QuantizedConv2D / QuantizedMatMul whose eight-bit requantize chain is
    /// fused: the kernel must run it and write quint8 codes (output 0) with their range.
    const QuantizedEpilogue* quantEpilogue = nullptr;
    /// The plan node's scratch (null when the kernel runs outside a plan, as in tests).
    KernelScratch* scratch = nullptr;

    /// Runs fn over [0,total) using the intra-op pool when there is one.
    void parallelFor(int64_t total, int64_t costPerUnit, const std::function<void(int64_t, int64_t)>& fn) const {
        if (parallel) parallel->run(total, costPerUnit, fn);
        else fn(0, total);
    }
    /// InvalidArgument naming the node: "node 'x' (op Conv2D): <message>". The message is a phrase of the
    /// "Errors" context and its values, so the window shows it translated:
    /// `ctx.error(TFS_PHRASE("Errors", "input %1 must be %2-D, got %3"), 0, 4, x.describe())`.
    template <int Values, typename... Args>
    Status error(PhraseText<Values> text, Args&&... args) const {
        return error(phrase(text, std::forward<Args>(args)...));
    }
    Status error(Phrase what) const;
    /// A helper's failure (making a tensor, a shape check) with the node named; its code and phrases kept.
    Status error(const Status& failure) const;
};

// Agreement (kernels <-> engine): KernelContext::error, findKernel and kernelOps are
// defined in kernel_registry.cpp (kernels side). Kernels may return outputs that share
// an input's buffer (Reshape, Squeeze, ExpandDims, Identity-like ops), so the engine must
// treat every tensor as immutable. Kernels cover stateless ops only; Placeholder, Const,
// Identity/IdentityN/NoOp/StopGradient, control flow, variables, calls and TensorArrays
// belong to the engine.
// Engine (executor.cpp) reply: agreed. The engine handles exactly these ops itself and
// never asks findKernel for them (so a kernel of the same name would simply be unused):
// Placeholder(V2), PlaceholderWithDefault, Const, Identity, IdentityN, Snapshot, NoOp,
// StopGradient, PreventGradient, CheckNumerics, Print, PrintV2, Assert, ControlTrigger,
// Enter/Exit/Switch/Merge/NextIteration (+Ref variants), LoopCond, VariableV2, Variable,
// Assign/AssignAdd/AssignSub, IsVariableInitialized, VarHandleOp, ReadVariableOp,
// Assign{,Add,Sub}VariableOp, ResourceGather, VarIsInitializedOp, DestroyResourceOp,
// TensorArray*V3, PartitionedCall, StatefulPartitionedCall, If/StatelessIf, While/StatelessWhile,
// Case/StatelessCase, calls by function name, _Arg/_Retval. Every other op goes to findKernel.
using KernelFn = Status (*)(KernelContext& ctx);

struct KernelEntry {
    const char* op;
    KernelFn fn;
};

/// Explicit table of every kernel (no self-registering statics); each kernels/*.cpp
/// file exports a function returning its entries and kernel_registry.cpp lists them.
const KernelFn* findKernel(const std::string& op);
std::vector<std::string> kernelOps();

}  // namespace tfs::exec
