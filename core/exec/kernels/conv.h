#pragma once
// Convolution geometry and the NHWC float kernels shared by conv.cpp, fused.cpp, pooling and tests.

#include <cstdint>
#include <string>
#include <vector>

#include "core/exec/kernel.h"

namespace tfs::exec::kernels {

/// Shapes and padding of one 2-D window op in NHWC terms.
struct Conv2DGeometry {
    int64_t batch = 0, inH = 0, inW = 0, inC = 0;
    int64_t kH = 0, kW = 0, outC = 0;    // outC: filter output channels (or multiplier for depthwise)
    int64_t strideH = 1, strideW = 1, dilH = 1, dilW = 1;
    int64_t padTop = 0, padLeft = 0;      // before-padding; after-padding is implied by outH/outW
    int64_t outH = 0, outW = 0;

    /// 2 FLOPs per multiply-add: every output of `channels` channels sums kH x kW x `inPerOutput` products.
    double flops(int64_t channels, int64_t inPerOutput) const {
        return 2.0 * double(batch * outH * outW) * double(channels) * double(kH * kW * inPerOutput);
    }
};

/// Output size and before-padding for one spatial dim (padding "SAME", "VALID" or explicit before/after).
Status windowOutput(const KernelContext& ctx, int64_t in, int64_t k, int64_t stride, int64_t dilation,
                    const std::string& padding, int64_t explicitBefore, int64_t explicitAfter, int64_t* out, int64_t* padBefore);
/// Reads strides/dilations/padding/data_format attrs of a 4-D window op; sets NHWC-order index helpers.
Status readWindowAttrs(const KernelContext& ctx, bool* nchw, int64_t* strideH, int64_t* strideW, int64_t* dilH,
                       int64_t* dilW, std::string* padding, std::vector<int64_t>* explicitPads);

/// Fills the sizes of `g` (strides and dilations already read) from an NHWC input and an
/// [kH,kW,inC,outC] filter, checking the channel counts; with `groupedHint` that error adds that grouped
/// convolution is not supported.
Status convGeometry(const KernelContext& ctx, const Tensor& nhwc, const Tensor& original, const Tensor& filter,
                    const std::string& padding, const std::vector<int64_t>& pads, bool groupedHint, Conv2DGeometry* g);

/// Optimised NHWC Conv2D (im2col + GEMM, 1x1 fast path); filter HWIO.
void conv2dNhwc(const KernelContext& ctx, const Conv2DGeometry& g, const float* input, const float* filter, float* output,
                const Epilogue* epilogue = nullptr);
/// Plain-loop reference NHWC Conv2D for tests.
void conv2dReference(const Conv2DGeometry& g, const float* input, const float* filter, float* output);
/// Optimised NHWC depthwise convolution; filter [kH,kW,inC,multiplier], g.outC = multiplier.
void depthwiseNhwc(const KernelContext& ctx, const Conv2DGeometry& g, const float* input, const float* filter, float* output,
                   const Epilogue* epilogue = nullptr);
/// Plain-loop reference depthwise convolution for tests.
void depthwiseReference(const Conv2DGeometry& g, const float* input, const float* filter, float* output);

/// NHWC max/average pooling (average counts only in-bounds elements, like TensorFlow).
void poolNhwc(const KernelContext& ctx, const Conv2DGeometry& g, bool isMax, const float* input, float* output);

}  // namespace tfs::exec::kernels
