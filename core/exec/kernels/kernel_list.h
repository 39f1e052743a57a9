#pragma once
// One function per kernel family file; kernel_registry.cpp concatenates them.

#include <vector>

#include "core/exec/kernel.h"

namespace tfs::exec::kernels {

/// Neg, Abs, Sqrt, Exp, Log, Floor, Cast, IsNan, ... (elementwise_unary.cpp).
std::vector<KernelEntry> elementwiseUnaryKernels();
/// Add, Sub, Mul, comparisons, logic, BiasAdd, AddN with broadcasting (elementwise_binary.cpp).
std::vector<KernelEntry> elementwiseBinaryKernels();
/// Relu, Relu6, Elu, Selu, LeakyRelu, Softplus, Softsign, Softmax, LogSoftmax (activation.cpp).
std::vector<KernelEntry> activationKernels();
/// MatMul, BatchMatMul/V2/V3, Einsum (matmul.cpp).
std::vector<KernelEntry> matmulKernels();
/// Conv2D, DepthwiseConv2dNative, Conv2DBackpropInput, Conv3D (conv.cpp).
std::vector<KernelEntry> convKernels();
/// MaxPool, AvgPool and V2 forms (pooling.cpp).
std::vector<KernelEntry> poolingKernels();
/// FusedBatchNorm/V2/V3, BatchNormWithGlobalNormalization, LRN (normalization.cpp).
std::vector<KernelEntry> normalizationKernels();
/// Sum, Mean, Max, Min, Prod, All, Any, ArgMax, ArgMin, Cumsum (reduction.cpp).
std::vector<KernelEntry> reductionKernels();
/// Shape, Size, Rank, Reshape, Squeeze, ExpandDims, Fill, ZerosLike, Range, BroadcastTo (array_shape.cpp).
std::vector<KernelEntry> arrayShapeKernels();
/// Transpose, Concat, Pack, Unpack, Split, Slice, StridedSlice, Tile, Pad, Reverse (array_transform.cpp).
std::vector<KernelEntry> arrayTransformKernels();
/// Gather, GatherNd, OneHot, Where, Select, TopKV2 (array_gather.cpp).
std::vector<KernelEntry> arrayGatherKernels();
/// SpaceToBatchND, BatchToSpaceND, DepthToSpace, SpaceToDepth (array_space.cpp).
std::vector<KernelEntry> arraySpaceKernels();
/// ResizeBilinear, ResizeNearestNeighbor (image.cpp).
std::vector<KernelEntry> imageKernels();
/// Dequantize, QuantizeV2, FakeQuantWithMinMax* (quantize.cpp).
std::vector<KernelEntry> quantizeKernels();
/// DecodeWav, AudioSpectrogram, Mfcc (audio.cpp).
std::vector<KernelEntry> audioKernels();
/// RandomUniform, RandomStandardNormal, TruncatedNormal, RandomUniformInt (random.cpp).
std::vector<KernelEntry> randomKernels();
/// FusedPadConv2D, FusedResizeAndPadConv2D, _FusedConv2D, _FusedMatMul (fused.cpp).
std::vector<KernelEntry> fusedKernels();

/// StringJoin, ReduceJoin, StringSplit, AsString, regex matching, ShardedFilename (string.cpp).
std::vector<KernelEntry> stringKernels();
/// ParseExample/ParseExampleV2 for dense features (parse_example.cpp).
std::vector<KernelEntry> parseExampleKernels();

/// ReluGrad, SigmoidGrad, BiasAddGrad, Conv2DBackpropFilter, MaxPoolGrad, cross-entropy losses (training.cpp).
std::vector<KernelEntry> trainingKernels();
/// DynamicStitch, Unique, UnsortedSegmentSum, ConcatOffset (segment.cpp).
std::vector<KernelEntry> segmentKernels();
/// QuantizedConv2D, QuantizedMatMul, QuantizedMaxPool, QuantizedAvgPool (quantized_nn.cpp).
std::vector<KernelEntry> quantizedNnKernels();
/// QuantizedBiasAdd/Add/Mul/Relu/Relu6/Reshape/Concat, RequantizationRange, Requantize (quantized_ops.cpp).
std::vector<KernelEntry> quantizedOpKernels();
/// ImmutableConst: constants read from a memmapped package region (immutable_const.cpp).
std::vector<KernelEntry> immutableConstKernels();
/// TF2 TensorList ops: Reserve, EmptyTensorList, FromTensor, Set/GetItem, Stack, Length,
/// ElementShape, PushBack, PopBack (tensor_list.cpp).
std::vector<KernelEntry> tensorListKernels();

}  // namespace tfs::exec::kernels
