#pragma once
// oneDNN paths for the heavy float and eight-bit ops. oneDNN's JIT picks the CPU's best
// instructions at run time (AVX2, AVX-512, VNNI, AMX), so a portable build runs as fast as a
// native one. Each entry returns false when oneDNN is not built in, is switched off
// (TFSCOPE_ONEDNN=0) or does not take the shape; the caller then runs its own kernel.
// Primitives and reordered weights are kept in the node's KernelScratch, so constant
// weights are prepared once per session.

#include <cstdint>
#include <functional>

#include "core/exec/kernel.h"
#include "core/exec/kernels/conv.h"

namespace tfs::exec {
struct FloatChain;  // core/exec/kernels/quantized_epilogue.h
}

namespace tfs::exec::kernels {

/// Whether oneDNN is compiled in and switched on (TFSCOPE_ONEDNN=0 in the environment or
/// setOnednnEnabled(false) switch it off).
bool onednnEnabled();
/// Turns the oneDNN paths on or off for the whole process: tests and benches compare both.
void setOnednnEnabled(bool on);
/// oneDNN's description of the JIT it uses for this CPU ("" without oneDNN), for bench reports.
const char* onednnIsa();
/// Whether a primitive is running on an OpenMP team of more than one thread right now: the
/// executor's idle pool workers stop spinning then, so the team's threads have the cores.
bool onednnTeamBusy();
/// While one is alive on a thread, the oneDNN primitives that thread runs use no OpenMP team (the
/// thread alone): for kernels that split their work over the session's pool themselves.
class OnednnSoloScope {
public:
    OnednnSoloScope();
    ~OnednnSoloScope();
    OnednnSoloScope(const OnednnSoloScope&) = delete;
    OnednnSoloScope& operator=(const OnednnSoloScope&) = delete;

private:
    bool previous_;
};
/// Whether this thread is inside an OnednnSoloScope.
bool onednnSolo();
/// How many primitives oneDNN has run in this process: tests check the oneDNN path really ran.
int64_t onednnExecutions();
/// How many fused eight-bit chains ran inside oneDNN's int8 convolution (onednnQuantizedConv2dChain).
int64_t onednnChainRuns();
/// Whether the CPU multiplies bytes without saturating (VNNI), which the eight-bit paths need.
bool onednnExactInt8();

/// C[m,n] = op(A) * op(B) (row-major floats) with the optional fused epilogue applied; sets
/// ctx.epilogueApplied when it applied one.
bool onednnMatMul(KernelContext& ctx, const Tensor& a, bool transA, const Tensor& b, bool transB, float* c, int64_t m,
                  int64_t n, int64_t k, const Epilogue* epilogue);
/// Batched matmul of [batches,m,k] x [batches or 1,k,n] (after op()).
bool onednnBatchMatMul(KernelContext& ctx, const float* a, bool transA, const Tensor& b, bool transB, bool broadcastB, float* c,
                       int64_t batches, int64_t m, int64_t n, int64_t k);
/// NHWC Conv2D (filter HWIO) or depthwise (filter [kH,kW,inC,multiplier]) with the epilogue.
bool onednnConv2d(KernelContext& ctx, const Conv2DGeometry& g, bool depthwise, const float* input, const Tensor& filter,
                  float* output, const Epilogue* epilogue);

/// Softmax over the last axis of a [rows, depth] float tensor (oneDNN's JIT exp: vectorised in
/// portable builds too).
bool onednnSoftmax(KernelContext& ctx, const float* input, float* output, int64_t rows, int64_t depth);
/// QuantizedConv2D (NHWC, quint8 input and filter) on oneDNN's eight-bit convolution: writes the
/// exact int32 sums of (x - inputZero) * (w - filterZero) over each window, padding counting as
/// real zero, like the reference kernel. Only where the CPU multiplies bytes without saturating (VNNI).
bool onednnQuantizedConv2d(KernelContext& ctx, const Conv2DGeometry& g, const uint8_t* input, int32_t inputZero, const Tensor& filter,
                           int32_t filterZero, int32_t* output);

/// QuantizedConv2D followed by its fused eight-bit chain with constant ranges (`chain`), as one int8
/// primitive writing the chain's quint8 codes; [accMin, accMax] is the range of the exact int32 sums.
/// Within one code of the exact chain (FloatChain). Only where the CPU multiplies bytes without saturating.
bool onednnQuantizedConv2dChain(KernelContext& ctx, const Conv2DGeometry& g, const uint8_t* input, int32_t inputZero, const Tensor& filter,
                                int32_t filterZero, double accMin, double accMax, const FloatChain& chain, uint8_t* output);

}  // namespace tfs::exec::kernels
