// The op table: one line per op, parsed once by op_registry.cpp.
//
//   Name | Category[, stateful] | inputs -> outputs | attrs
//
// Arguments are `name:type` where type is a fixed dtype (float, int32, resource,
// ...), a type attr (T), `N*T` (N tensors of type T; N an int attr), `[Tlist]`
// (one tensor per type in a list(type) attr); a leading `&` marks a TF1
// reference argument. Attrs are `name:attrtype[=default]`; defaults are ints,
// floats, true/false, "strings", dtypes, shapes ([?,3] or ? for unknown rank)
// and [lists]. Definitions follow TensorFlow's registered OpDefs (taken from
// the stripped op lists in ../shared/models and TensorFlow's op registrations);
// allowed-value constraints are omitted.

#include "core/ops/op_table.h"

namespace tfs::ops_detail {

const char* opTableText() {
    return R"ops(
_FusedConv2D | Convolution | input:T filter:T args:num_args*T host_args:num_host_args*float -> output:T | T:type num_args:int num_host_args:int=0 strides:list(int) padding:string explicit_paddings:list(int)=[] data_format:string="NHWC" filter_format:string="HWIO" dilations:list(int)=[1,1,1,1] use_cudnn_on_gpu:bool=true fused_ops:list(string)=[] epsilon:float=0.0001 leakyrelu_alpha:float=0.2
_FusedMatMul | Math | a:T b:T args:num_args*T -> product:T | transpose_a:bool=false transpose_b:bool=false T:type num_args:int fused_ops:list(string)=[] epsilon:float=0.0001 leakyrelu_alpha:float=0.2
Abs | Math | x:T -> y:T | T:type
Acos | Math | x:T -> y:T | T:type
Acosh | Math | x:T -> y:T | T:type
Add | Math | x:T y:T -> z:T | T:type
AddN | Math | inputs:N*T -> sum:T | N:int T:type
AddV2 | Math | x:T y:T -> z:T | T:type
All | Math | input:bool reduction_indices:Tidx -> output:bool | keep_dims:bool=false Tidx:type=int32
Any | Math | input:bool reduction_indices:Tidx -> output:bool | keep_dims:bool=false Tidx:type=int32
ApplyAdam | Training | var:&T m:&T v:&T beta1_power:T beta2_power:T lr:T beta1:T beta2:T epsilon:T grad:T -> out:&T | T:type use_locking:bool=false use_nesterov:bool=false
ApplyGradientDescent | Training | var:&T alpha:T delta:T -> out:&T | T:type use_locking:bool=false
ApplyMomentum | Training | var:&T accum:&T lr:T grad:T momentum:T -> out:&T | T:type use_locking:bool=false use_nesterov:bool=false
ArgMax | Math | input:T dimension:Tidx -> output:output_type | T:type Tidx:type=int32 output_type:type=int64
ArgMin | Math | input:T dimension:Tidx -> output:output_type | T:type Tidx:type=int32 output_type:type=int64
Asin | Math | x:T -> y:T | T:type
Asinh | Math | x:T -> y:T | T:type
Assert | ControlFlow, stateful | condition:bool data:[T] -> | T:list(type) summarize:int=3
Assign | Variable | ref:&T value:T -> output_ref:&T | T:type validate_shape:bool=true use_locking:bool=true
AssignAdd | Variable | ref:&T value:T -> output_ref:&T | T:type use_locking:bool=false
AssignAddVariableOp | Variable, stateful | resource:resource value:dtype -> | dtype:type
AssignSub | Variable | ref:&T value:T -> output_ref:&T | T:type use_locking:bool=false
AssignVariableOp | Variable, stateful | resource:resource value:dtype -> | dtype:type validate_shape:bool=false
AsString | String | input:T -> output:string | T:type precision:int=-1 scientific:bool=false shortest:bool=false width:int=-1 fill:string=""
Atan | Math | x:T -> y:T | T:type
Atan2 | Math | y:T x:T -> z:T | T:type
Atanh | Math | x:T -> y:T | T:type
AudioSpectrogram | Audio | input:float -> spectrogram:float | window_size:int stride:int magnitude_squared:bool=false
AvgPool | Pooling | value:T -> output:T | ksize:list(int) strides:list(int) padding:string data_format:string="NHWC" T:type
AvgPool3D | Pooling | input:T -> output:T | ksize:list(int) strides:list(int) padding:string data_format:string="NDHWC" T:type
BatchDatasetV2 | IO | input_dataset:variant batch_size:int64 drop_remainder:bool -> handle:variant | parallel_copy:bool=false output_types:list(type) output_shapes:list(shape) metadata:string=""
BatchMatMul | Math | x:T y:T -> output:T | T:type adj_x:bool=false adj_y:bool=false
BatchMatMulV2 | Math | x:T y:T -> output:T | T:type adj_x:bool=false adj_y:bool=false grad_x:bool=false grad_y:bool=false
BatchMatMulV3 | Math | x:Ta y:Tb -> output:Tout | Ta:type Tb:type Tout:type adj_x:bool=false adj_y:bool=false grad_x:bool=false grad_y:bool=false
BatchNormWithGlobalNormalization | Normalization | t:T m:T v:T beta:T gamma:T -> result:T | T:type variance_epsilon:float scale_after_normalization:bool
BatchToSpaceND | Array | input:T block_shape:Tblock_shape crops:Tcrops -> output:T | T:type Tblock_shape:type=int32 Tcrops:type=int32
BiasAdd | Math | value:T bias:T -> output:T | T:type data_format:string="NHWC"
BiasAddGrad | Training | out_backprop:T -> output:T | T:type data_format:string="NHWC"
BiasAddV1 | Math | value:T bias:T -> output:T | T:type
BitwiseAnd | Math | x:T y:T -> z:T | T:type
BitwiseOr | Math | x:T y:T -> z:T | T:type
BitwiseXor | Math | x:T y:T -> z:T | T:type
BroadcastArgs | Array | s0:T s1:T -> r0:T | T:type=int32
BroadcastGradientArgs | Array | s0:T s1:T -> r0:T r1:T | T:type=int32
BroadcastTo | Array | input:T shape:Tidx -> output:T | T:type Tidx:type=int32
Case | ControlFlow, stateful | branch_index:int32 input:[Tin] -> output:[Tout] | Tin:list(type) Tout:list(type) branches:list(func) output_shapes:list(shape)=[]
Cast | Array | x:SrcT -> y:DstT | SrcT:type DstT:type Truncate:bool=false
Ceil | Math | x:T -> y:T | T:type
CheckNumerics | Array, stateful | tensor:T -> output:T | T:type message:string
ClipByValue | Math | t:T clip_value_min:T clip_value_max:T -> output:T | T:type
Concat | Array | concat_dim:int32 values:N*T -> output:T | N:int T:type
ConcatOffset | Array | concat_dim:int32 shape:N*int32 -> offset:N*int32 | N:int
ConcatV2 | Array | values:N*T axis:Tidx -> output:T | N:int T:type Tidx:type=int32
Const | Constant | -> output:dtype | value:tensor dtype:type
Conv2D | Convolution | input:T filter:T -> output:T | T:type strides:list(int) use_cudnn_on_gpu:bool=true padding:string explicit_paddings:list(int)=[] data_format:string="NHWC" dilations:list(int)=[1,1,1,1]
Conv2DBackpropFilter | Training | input:T filter_sizes:int32 out_backprop:T -> output:T | T:type strides:list(int) use_cudnn_on_gpu:bool=true padding:string explicit_paddings:list(int)=[] data_format:string="NHWC" dilations:list(int)=[1,1,1,1]
Conv2DBackpropInput | Convolution | input_sizes:int32 filter:T out_backprop:T -> output:T | T:type strides:list(int) use_cudnn_on_gpu:bool=true padding:string explicit_paddings:list(int)=[] data_format:string="NHWC" dilations:list(int)=[1,1,1,1]
Conv3D | Convolution | input:T filter:T -> output:T | T:type strides:list(int) padding:string data_format:string="NDHWC" dilations:list(int)=[1,1,1,1,1]
Cos | Math | x:T -> y:T | T:type
Cosh | Math | x:T -> y:T | T:type
Cumprod | Math | x:T axis:Tidx -> out:T | exclusive:bool=false reverse:bool=false T:type Tidx:type=int32
Cumsum | Math | x:T axis:Tidx -> out:T | exclusive:bool=false reverse:bool=false T:type Tidx:type=int32
DecodeWav | Audio | contents:string -> audio:float sample_rate:int32 | desired_channels:int=-1 desired_samples:int=-1
DepthToSpace | Array | input:T -> output:T | T:type block_size:int data_format:string="NHWC"
DepthwiseConv2dNative | Convolution | input:T filter:T -> output:T | T:type strides:list(int) padding:string explicit_paddings:list(int)=[] data_format:string="NHWC" dilations:list(int)=[1,1,1,1]
Dequantize | Quantization | input:T min_range:float max_range:float -> output:dtype | T:type mode:string="MIN_COMBINED" narrow_range:bool=false axis:int=-1 dtype:type=float
DisableCopyOnRead | Variable, stateful | resource:resource ->
Div | Math | x:T y:T -> z:T | T:type
DivNoNan | Math | x:T y:T -> z:T | T:type
DynamicStitch | Array | indices:N*int32 data:N*T -> merged:T | N:int T:type
Einsum | Math | inputs:N*T -> output:T | equation:string N:int T:type
Elu | Activation | features:T -> activations:T | T:type
EmptyTensorList | ControlFlow | element_shape:shape_type max_num_elements:int32 -> handle:variant | element_dtype:type shape_type:type
EnsureShape | Array | input:T -> output:T | shape:shape T:type
Enter | ControlFlow | data:T -> output:T | T:type frame_name:string is_constant:bool=false parallel_iterations:int=10
Equal | Math | x:T y:T -> z:bool | T:type incompatible_shape_error:bool=true
Erf | Math | x:T -> y:T | T:type
Erfc | Math | x:T -> y:T | T:type
EuclideanNorm | Math | input:T reduction_indices:Tidx -> output:T | keep_dims:bool=false T:type Tidx:type=int32
Exit | ControlFlow | data:T -> output:T | T:type
Exp | Math | x:T -> y:T | T:type
ExpandDims | Array | input:T dim:Tdim -> output:T | T:type Tdim:type=int32
Expm1 | Math | x:T -> y:T | T:type
FakeQuantWithMinMaxArgs | Quantization | inputs:float -> outputs:float | min:float=-6 max:float=6 num_bits:int=8 narrow_range:bool=false
FakeQuantWithMinMaxVars | Quantization | inputs:float min:float max:float -> outputs:float | num_bits:int=8 narrow_range:bool=false
Fill | Array | dims:index_type value:T -> output:T | T:type index_type:type=int32
FlatMapDataset | IO | input_dataset:variant other_arguments:[Targuments] -> handle:variant | f:func Targuments:list(type) output_types:list(type) output_shapes:list(shape) metadata:string=""
Floor | Math | x:T -> y:T | T:type
FloorDiv | Math | x:T y:T -> z:T | T:type
FloorMod | Math | x:T y:T -> z:T | T:type
FusedBatchNorm | Normalization | x:T scale:T offset:T mean:T variance:T -> y:T batch_mean:T batch_variance:T reserve_space_1:T reserve_space_2:T | T:type epsilon:float=0.0001 exponential_avg_factor:float=1 data_format:string="NHWC" is_training:bool=true
FusedBatchNormV2 | Normalization | x:T scale:U offset:U mean:U variance:U -> y:T batch_mean:U batch_variance:U reserve_space_1:U reserve_space_2:U | T:type U:type epsilon:float=0.0001 exponential_avg_factor:float=1 data_format:string="NHWC" is_training:bool=true
FusedBatchNormV3 | Normalization | x:T scale:U offset:U mean:U variance:U -> y:T batch_mean:U batch_variance:U reserve_space_1:U reserve_space_2:U reserve_space_3:U | T:type U:type epsilon:float=0.0001 exponential_avg_factor:float=1 data_format:string="NHWC" is_training:bool=true
FusedPadConv2D | Convolution | input:T paddings:int32 filter:T -> output:T | T:type mode:string strides:list(int) padding:string
FusedResizeAndPadConv2D | Convolution | input:T size:int32 paddings:int32 filter:T -> output:T | T:type resize_align_corners:bool=false mode:string strides:list(int) padding:string
Gather | Array | params:Tparams indices:Tindices -> output:Tparams | validate_indices:bool=true Tparams:type Tindices:type
GatherNd | Array | params:Tparams indices:Tindices -> output:Tparams | Tparams:type Tindices:type
GatherV2 | Array | params:Tparams indices:Tindices axis:Taxis -> output:Tparams | batch_dims:int=0 Tparams:type Tindices:type Taxis:type
Greater | Math | x:T y:T -> z:bool | T:type
GreaterEqual | Math | x:T y:T -> z:bool | T:type
HashTableV2 | Variable, stateful | -> table_handle:resource | container:string="" shared_name:string="" use_node_name_sharing:bool=false key_dtype:type value_dtype:type
HistogramSummary | IO | tag:string values:T -> summary:string | T:type=float
Identity | Array | input:T -> output:T | T:type
IdentityN | Array | input:[T] -> output:[T] | T:list(type)
ImmutableConst | Constant | -> tensor:dtype | dtype:type shape:shape memory_region_name:string
If | ControlFlow, stateful | cond:Tcond input:[Tin] -> output:[Tout] | Tcond:type Tin:list(type) Tout:list(type) then_branch:func else_branch:func output_shapes:list(shape)=[]
InitializeTableFromTextFileV2 | Variable, stateful | table_handle:resource filename:string -> | key_index:int value_index:int vocab_size:int=-1 delimiter:string="\t" offset:int=0
InitializeTableV2 | Variable, stateful | table_handle:resource keys:Tkey values:Tval -> | Tkey:type Tval:type
Inv | Math | x:T -> y:T | T:type
Invert | Math | x:T -> y:T | T:type
IsFinite | Math | x:T -> y:bool | T:type
IsInf | Math | x:T -> y:bool | T:type
IsNan | Math | x:T -> y:bool | T:type
IteratorGetNext | IO, stateful | iterator:resource -> components:[output_types] | output_types:list(type) output_shapes:list(shape)
IteratorToStringHandle | IO, stateful | resource_handle:resource -> string_handle:string
L2Loss | Normalization | t:T -> output:T | T:type
LeakyRelu | Activation | features:T -> activations:T | alpha:float=0.2 T:type=float
LeftShift | Math | x:T y:T -> z:T | T:type
Less | Math | x:T y:T -> z:bool | T:type
LessEqual | Math | x:T y:T -> z:bool | T:type
Log | Math | x:T -> y:T | T:type
Log1p | Math | x:T -> y:T | T:type
LogicalAnd | Math | x:bool y:bool -> z:bool
LogicalNot | Math | x:bool -> y:bool
LogicalOr | Math | x:bool y:bool -> z:bool
LogSoftmax | Activation | logits:T -> logsoftmax:T | T:type
LookupTableFindV2 | Variable, stateful | table_handle:resource keys:Tin default_value:Tout -> values:Tout | Tin:type Tout:type
LookupTableImportV2 | Variable, stateful | table_handle:resource keys:Tin values:Tout -> | Tin:type Tout:type
LookupTableSizeV2 | Variable, stateful | table_handle:resource -> size:int64
LoopCond | ControlFlow | input:bool -> output:bool
LRN | Normalization | input:T -> output:T | depth_radius:int=5 bias:float=1 alpha:float=1 beta:float=0.5 T:type=float
MapDataset | IO | input_dataset:variant other_arguments:[Targuments] -> handle:variant | f:func Targuments:list(type) output_types:list(type) output_shapes:list(shape) use_inter_op_parallelism:bool=true preserve_cardinality:bool=false metadata:string=""
MatchingFiles | IO | pattern:string -> filenames:string
MatMul | Math | a:T b:T -> product:T | transpose_a:bool=false transpose_b:bool=false T:type
Max | Math | input:T reduction_indices:Tidx -> output:T | keep_dims:bool=false T:type Tidx:type=int32
Maximum | Math | x:T y:T -> z:T | T:type
MaxPool | Pooling | input:T -> output:T | T:type=float ksize:list(int) strides:list(int) padding:string data_format:string="NHWC"
MaxPool3D | Pooling | input:T -> output:T | ksize:list(int) strides:list(int) padding:string data_format:string="NDHWC" T:type
MaxPoolGrad | Training | orig_input:T orig_output:T grad:T -> output:T | ksize:list(int) strides:list(int) padding:string data_format:string="NHWC" T:type=float
MaxPoolV2 | Pooling | input:T ksize:int32 strides:int32 -> output:T | T:type=float padding:string data_format:string="NHWC"
Mean | Math | input:T reduction_indices:Tidx -> output:T | keep_dims:bool=false T:type Tidx:type=int32
Merge | ControlFlow | inputs:N*T -> output:T value_index:int32 | T:type N:int
MergeSummary | IO | inputs:N*string -> summary:string | N:int
MergeV2Checkpoints | IO, stateful | checkpoint_prefixes:string destination_prefix:string -> | delete_old_dirs:bool=true allow_missing_files:bool=false
Mfcc | Audio | spectrogram:float sample_rate:int32 -> output:float | upper_frequency_limit:float=4000 lower_frequency_limit:float=20 filterbank_channel_count:int=40 dct_coefficient_count:int=13
Min | Math | input:T reduction_indices:Tidx -> output:T | keep_dims:bool=false T:type Tidx:type=int32
Minimum | Math | x:T y:T -> z:T | T:type
MirrorPad | Array | input:T paddings:Tpaddings -> output:T | T:type Tpaddings:type=int32 mode:string
Mod | Math | x:T y:T -> z:T | T:type
MulNoNan | Math | x:T y:T -> z:T | T:type
MutableHashTableOfTensorsV2 | Variable, stateful | -> table_handle:resource | container:string="" shared_name:string="" use_node_name_sharing:bool=false key_dtype:type value_dtype:type value_shape:shape=[]
MutableHashTableV2 | Variable, stateful | -> table_handle:resource | container:string="" shared_name:string="" use_node_name_sharing:bool=false key_dtype:type value_dtype:type
Mul | Math | x:T y:T -> z:T | T:type
Neg | Math | x:T -> y:T | T:type
NextIteration | ControlFlow | data:T -> output:T | T:type
NoOp | ControlFlow | ->
NotEqual | Math | x:T y:T -> z:bool | T:type incompatible_shape_error:bool=true
OneHot | Array | indices:TI depth:int32 on_value:T off_value:T -> output:T | axis:int=-1 T:type TI:type=int64
OneShotIterator | IO, stateful | -> handle:resource | dataset_factory:func output_types:list(type) output_shapes:list(shape) container:string="" shared_name:string=""
OnesLike | Array | x:T -> y:T | T:type
OptionalFromValue | IO | components:[Toutput_types] -> optional:variant | Toutput_types:list(type)
OptionalNone | IO | -> optional:variant
OptionsDataset | IO | input_dataset:variant -> handle:variant | serialized_options:string output_types:list(type) output_shapes:list(shape) metadata:string=""
Pack | Array | values:N*T -> output:T | N:int T:type axis:int=0
Pad | Array | input:T paddings:Tpaddings -> output:T | T:type Tpaddings:type=int32
PadV2 | Array | input:T paddings:Tpaddings constant_values:T -> output:T | T:type Tpaddings:type=int32
ParallelDynamicStitch | Array | indices:N*int32 data:N*T -> merged:T | N:int T:type
ParallelInterleaveDatasetV4 | IO | input_dataset:variant other_arguments:[Targuments] cycle_length:int64 block_length:int64 buffer_output_elements:int64 prefetch_input_elements:int64 num_parallel_calls:int64 -> handle:variant | f:func deterministic:string="default" Targuments:list(type) output_types:list(type) output_shapes:list(shape) metadata:string=""
ParseExample | IO | serialized:string names:string sparse_keys:Nsparse*string dense_keys:Ndense*string dense_defaults:[Tdense] -> sparse_indices:Nsparse*int64 sparse_values:[sparse_types] sparse_shapes:Nsparse*int64 dense_values:[Tdense] | Nsparse:int Ndense:int sparse_types:list(type) Tdense:list(type) dense_shapes:list(shape)
ParseExampleDatasetV2 | IO | input_dataset:variant num_parallel_calls:int64 dense_defaults:[Tdense] -> handle:variant | sparse_keys:list(string) dense_keys:list(string) sparse_types:list(type) Tdense:list(type) dense_shapes:list(shape) output_types:list(type) output_shapes:list(shape) deterministic:string="default" ragged_keys:list(string)=[] ragged_value_types:list(type)=[] ragged_split_types:list(type)=[]
ParseExampleV2 | IO | serialized:string names:string sparse_keys:string dense_keys:string ragged_keys:string dense_defaults:[Tdense] -> sparse_indices:num_sparse*int64 sparse_values:[sparse_types] sparse_shapes:num_sparse*int64 dense_values:[Tdense] ragged_values:[ragged_value_types] ragged_row_splits:[ragged_split_types] | Tdense:list(type) num_sparse:int sparse_types:list(type) ragged_value_types:list(type) ragged_split_types:list(type) dense_shapes:list(shape)
PartitionedCall | Function | args:[Tin] -> output:[Tout] | Tin:list(type) Tout:list(type) f:func config:string="" config_proto:string="" executor_type:string=""
Placeholder | Placeholder | -> output:dtype | dtype:type shape:shape=?
PlaceholderWithDefault | Placeholder | input:dtype -> output:dtype | dtype:type shape:shape
Pow | Math | x:T y:T -> z:T | T:type
PrefetchDataset | IO | input_dataset:variant buffer_size:int64 -> handle:variant | output_types:list(type) output_shapes:list(shape) slack_period:int=0 legacy_autotune:bool=true buffer_size_min:int=0 metadata:string=""
PreventGradient | Array | input:T -> output:T | T:type message:string=""
Print | ControlFlow, stateful | input:T data:[U] -> output:T | T:type U:list(type) message:string="" first_n:int=-1 summarize:int=3
PrintV2 | ControlFlow, stateful | input:string -> | output_stream:string="stderr" end:string="\n"
Prod | Math | input:T reduction_indices:Tidx -> output:T | keep_dims:bool=false T:type Tidx:type=int32
QuantizedAdd | Quantization | x:T1 y:T2 min_x:float max_x:float min_y:float max_y:float -> z:Toutput min_z:float max_z:float | T1:type T2:type Toutput:type=qint32
QuantizedAvgPool | Quantization | input:T min_input:float max_input:float -> output:T min_output:float max_output:float | T:type ksize:list(int) strides:list(int) padding:string
QuantizedBiasAdd | Quantization | input:T1 bias:T2 min_input:float max_input:float min_bias:float max_bias:float -> output:out_type min_out:float max_out:float | T1:type T2:type out_type:type
QuantizedConcat | Quantization | concat_dim:int32 values:N*T input_mins:N*float input_maxes:N*float -> output:T output_min:float output_max:float | N:int T:type
QuantizedConv2D | Quantization | input:Tinput filter:Tfilter min_input:float max_input:float min_filter:float max_filter:float -> output:out_type min_output:float max_output:float | Tinput:type Tfilter:type out_type:type=qint32 strides:list(int) padding:string dilations:list(int)=[1,1,1,1]
QuantizedMatMul | Quantization | a:T1 b:T2 min_a:float max_a:float min_b:float max_b:float -> out:Toutput min_out:float max_out:float | T1:type T2:type Toutput:type=qint32 transpose_a:bool=false transpose_b:bool=false Tactivation:type=quint8
QuantizedMaxPool | Quantization | input:T min_input:float max_input:float -> output:T min_output:float max_output:float | T:type ksize:list(int) strides:list(int) padding:string
QuantizedMul | Quantization | x:T1 y:T2 min_x:float max_x:float min_y:float max_y:float -> z:Toutput min_z:float max_z:float | T1:type T2:type Toutput:type=qint32
QuantizeDownAndShrinkRange | Quantization | input:Tinput input_min:float input_max:float -> output:out_type output_min:float output_max:float | Tinput:type out_type:type
QuantizedRelu | Quantization | features:Tinput min_features:float max_features:float -> activations:out_type min_activations:float max_activations:float | Tinput:type out_type:type=quint8
QuantizedRelu6 | Quantization | features:Tinput min_features:float max_features:float -> activations:out_type min_activations:float max_activations:float | Tinput:type out_type:type=quint8
QuantizedReshape | Quantization | tensor:T shape:Tshape input_min:float input_max:float -> output:T output_min:float output_max:float | T:type Tshape:type=int32
QuantizeV2 | Quantization | input:float min_range:float max_range:float -> output:T output_min:float output_max:float | T:type mode:string="MIN_COMBINED" round_mode:string="HALF_AWAY_FROM_ZERO" narrow_range:bool=false axis:int=-1 ensure_minimum_range:float=0.01
RandomStandardNormal | Random, stateful | shape:T -> output:dtype | seed:int=0 seed2:int=0 dtype:type T:type
RandomUniform | Random, stateful | shape:T -> output:dtype | seed:int=0 seed2:int=0 dtype:type T:type
RandomUniformInt | Random, stateful | shape:T minval:Tout maxval:Tout -> output:Tout | seed:int=0 seed2:int=0 Tout:type T:type
Range | Math | start:Tidx limit:Tidx delta:Tidx -> output:Tidx | Tidx:type=int32
Rank | Array | input:T -> output:int32 | T:type
ReadVariableOp | Variable, stateful | resource:resource -> value:dtype | dtype:type
RealDiv | Math | x:T y:T -> z:T | T:type
Reciprocal | Math | x:T -> y:T | T:type
ReduceJoin | String | inputs:string reduction_indices:int32 -> output:string | keep_dims:bool=false separator:string=""
RefEnter | ControlFlow | data:&T -> output:&T | T:type frame_name:string is_constant:bool=false parallel_iterations:int=10
RefExit | ControlFlow | data:&T -> output:&T | T:type
RefIdentity | Array | input:&T -> output:&T | T:type
RefMerge | ControlFlow | inputs:&N*T -> output:&T value_index:int32 | T:type N:int
RefNextIteration | ControlFlow | data:&T -> output:&T | T:type
RefSwitch | ControlFlow | data:&T pred:bool -> output_false:&T output_true:&T | T:type
RegexFullMatch | String | input:string pattern:string -> output:bool
Relu | Activation | features:T -> activations:T | T:type
Relu6 | Activation | features:T -> activations:T | T:type
Relu6Grad | Training | gradients:T features:T -> backprops:T | T:type
ReluGrad | Training | gradients:T features:T -> backprops:T | T:type
RepeatDataset | IO | input_dataset:variant count:int64 -> handle:variant | output_types:list(type) output_shapes:list(shape) metadata:string=""
RequantizationRange | Quantization | input:Tinput input_min:float input_max:float -> output_min:float output_max:float | Tinput:type
Requantize | Quantization | input:Tinput input_min:float input_max:float requested_output_min:float requested_output_max:float -> output:out_type output_min:float output_max:float | Tinput:type out_type:type
Reshape | Array | tensor:T shape:Tshape -> output:T | T:type Tshape:type=int32
ResizeBilinear | Image | images:T size:int32 -> resized_images:float | T:type align_corners:bool=false half_pixel_centers:bool=false
ResizeNearestNeighbor | Image | images:T size:int32 -> resized_images:T | T:type align_corners:bool=false half_pixel_centers:bool=false
ResourceApplyAdagradV2 | Training, stateful | var:resource accum:resource lr:T epsilon:T grad:T -> | T:type use_locking:bool=false update_slots:bool=true
ResourceApplyFtrl | Training, stateful | var:resource accum:resource linear:resource grad:T lr:T l1:T l2:T lr_power:T -> | T:type use_locking:bool=false multiply_linear_by_lr:bool=false
ResourceApplyGradientDescent | Training, stateful | var:resource alpha:T delta:T -> | T:type use_locking:bool=false
ResourceGather | Variable, stateful | resource:resource indices:Tindices -> output:dtype | batch_dims:int=0 validate_indices:bool=true dtype:type Tindices:type
ResourceSparseApplyFtrl | Training, stateful | var:resource accum:resource linear:resource grad:T indices:Tindices lr:T l1:T l2:T lr_power:T -> | T:type Tindices:type use_locking:bool=false multiply_linear_by_lr:bool=false
RestoreSlice | IO | file_pattern:string tensor_name:string shape_and_slice:string -> tensor:dt | dt:type preferred_shard:int=-1
RestoreV2 | IO, stateful | prefix:string tensor_names:string shape_and_slices:string -> tensors:[dtypes] | dtypes:list(type)
ReverseV2 | Array | tensor:T axis:Tidx -> output:T | Tidx:type=int32 T:type
RightShift | Math | x:T y:T -> z:T | T:type
Rint | Math | x:T -> y:T | T:type
Round | Math | x:T -> y:T | T:type
Rsqrt | Math | x:T -> y:T | T:type
RsqrtGrad | Training | y:T dy:T -> z:T | T:type
SaveSlices | IO | filename:string tensor_names:string shapes_and_slices:string data:[T] -> | T:list(type)
SaveV2 | IO, stateful | prefix:string tensor_names:string shape_and_slices:string tensors:[dtypes] -> | dtypes:list(type)
ScalarSummary | IO | tags:string values:T -> summary:string | T:type
ScatterAdd | Variable | ref:&T indices:Tindices updates:T -> output_ref:&T | T:type Tindices:type use_locking:bool=false
Select | Math | condition:bool t:T e:T -> output:T | T:type
SelectV2 | Math | condition:bool t:T e:T -> output:T | T:type
Selu | Activation | features:T -> activations:T | T:type
Shape | Array | input:T -> output:out_type | T:type out_type:type=int32
ShapeN | Array | input:N*T -> output:N*out_type | N:int T:type out_type:type=int32
ShardedFilename | IO | basename:string shard:int32 num_shards:int32 -> filename:string
ShuffleDataset | IO | input_dataset:variant buffer_size:int64 seed:int64 seed2:int64 -> handle:variant | reshuffle_each_iteration:bool=true output_types:list(type) output_shapes:list(shape) metadata:string=""
Sigmoid | Activation | x:T -> y:T | T:type
SigmoidGrad | Training | y:T dy:T -> z:T | T:type
Sign | Math | x:T -> y:T | T:type
Sin | Math | x:T -> y:T | T:type
Sinh | Math | x:T -> y:T | T:type
Size | Array | input:T -> output:out_type | T:type out_type:type=int32
Slice | Array | input:T begin:Index size:Index -> output:T | T:type Index:type
Snapshot | Array | input:T -> output:T | T:type
Softmax | Activation | logits:T -> softmax:T | T:type
SoftmaxCrossEntropyWithLogits | Training | features:T labels:T -> loss:T backprop:T | T:type
Softplus | Activation | features:T -> activations:T | T:type
Softsign | Activation | features:T -> activations:T | T:type
SpaceToBatchND | Array | input:T block_shape:Tblock_shape paddings:Tpaddings -> output:T | T:type Tblock_shape:type=int32 Tpaddings:type=int32
SpaceToDepth | Array | input:T -> output:T | T:type block_size:int data_format:string="NHWC"
SparseFillEmptyRows | Array | indices:int64 values:T dense_shape:int64 default_value:T -> output_indices:int64 output_values:T empty_row_indicator:bool reverse_index_map:int64 | T:type
SparseReshape | Array | input_indices:int64 input_shape:int64 new_shape:int64 -> output_indices:int64 output_shape:int64
SparseSegmentSum | Math | data:T indices:Tidx segment_ids:Tsegmentids -> output:T | T:type Tidx:type=int32 Tsegmentids:type=int32
SparseSegmentSumGrad | Training | grad:T indices:Tidx segment_ids:Tsegmentids output_dim0:int32 -> output:T | T:type Tidx:type=int32 Tsegmentids:type=int32
SparseSoftmaxCrossEntropyWithLogits | Training | features:T labels:Tlabels -> loss:T backprop:T | T:type Tlabels:type=int64
SparseToDense | Array | sparse_indices:Tindices output_shape:Tindices sparse_values:T default_value:T -> dense:T | validate_indices:bool=true T:type Tindices:type
Split | Array | split_dim:int32 value:T -> output:num_split*T | num_split:int T:type
SplitV | Array | value:T size_splits:Tlen split_dim:int32 -> output:num_split*T | num_split:int T:type Tlen:type=int64
Sqrt | Math | x:T -> y:T | T:type
SqrtGrad | Training | y:T dy:T -> z:T | T:type
Square | Math | x:T -> y:T | T:type
SquaredDifference | Math | x:T y:T -> z:T | T:type
Squeeze | Array | input:T -> output:T | T:type squeeze_dims:list(int)=[]
StatefulPartitionedCall | Function, stateful | args:[Tin] -> output:[Tout] | Tin:list(type) Tout:list(type) f:func config:string="" config_proto:string="" executor_type:string=""
StatelessCase | ControlFlow | branch_index:int32 input:[Tin] -> output:[Tout] | Tin:list(type) Tout:list(type) branches:list(func) output_shapes:list(shape)=[]
StatelessIf | ControlFlow | cond:Tcond input:[Tin] -> output:[Tout] | Tcond:type Tin:list(type) Tout:list(type) then_branch:func else_branch:func output_shapes:list(shape)=[]
StatelessWhile | ControlFlow | input:[T] -> output:[T] | T:list(type) cond:func body:func output_shapes:list(shape)=[] parallel_iterations:int=10
StaticRegexFullMatch | String | input:string -> output:bool | pattern:string
StopGradient | Array | input:T -> output:T | T:type
StridedSlice | Array | input:T begin:Index end:Index strides:Index -> output:T | T:type Index:type begin_mask:int=0 end_mask:int=0 ellipsis_mask:int=0 new_axis_mask:int=0 shrink_axis_mask:int=0
StringJoin | String | inputs:N*string -> output:string | N:int separator:string=""
StringSplit | String | input:string delimiter:string -> indices:int64 values:string shape:int64 | skip_empty:bool=true
StringToHashBucketFast | String | input:string -> output:int64 | num_buckets:int
Sub | Math | x:T y:T -> z:T | T:type
Sum | Math | input:T reduction_indices:Tidx -> output:T | keep_dims:bool=false T:type Tidx:type=int32
Switch | ControlFlow | data:T pred:bool -> output_false:T output_true:T | T:type
Tan | Math | x:T -> y:T | T:type
Tanh | Activation | x:T -> y:T | T:type
TanhGrad | Training | y:T dy:T -> z:T | T:type
TensorArrayCloseV3 | ControlFlow, stateful | handle:resource ->
TensorArrayConcatV3 | ControlFlow, stateful | handle:resource flow_in:float -> value:dtype lengths:int64 | dtype:type element_shape_except0:shape=?
TensorArrayGatherV3 | ControlFlow, stateful | handle:resource indices:int32 flow_in:float -> value:dtype | dtype:type element_shape:shape=?
TensorArrayReadV3 | ControlFlow, stateful | handle:resource index:int32 flow_in:float -> value:dtype | dtype:type
TensorArrayScatterV3 | ControlFlow, stateful | handle:resource indices:int32 value:T flow_in:float -> flow_out:float | T:type
TensorArraySizeV3 | ControlFlow, stateful | handle:resource flow_in:float -> size:int32
TensorArraySplitV3 | ControlFlow, stateful | handle:resource value:T lengths:int64 flow_in:float -> flow_out:float | T:type
TensorArrayV3 | ControlFlow, stateful | size:int32 -> handle:resource flow:float | dtype:type element_shape:shape=? dynamic_size:bool=false clear_after_read:bool=true identical_element_shapes:bool=false tensor_array_name:string=""
TensorArrayWriteV3 | ControlFlow, stateful | handle:resource index:int32 value:T flow_in:float -> flow_out:float | T:type
TensorListElementShape | ControlFlow | input_handle:variant -> element_shape:shape_type | shape_type:type
TensorListFromTensor | ControlFlow | tensor:element_dtype element_shape:shape_type -> output_handle:variant | element_dtype:type shape_type:type
TensorListGetItem | ControlFlow | input_handle:variant index:int32 element_shape:int32 -> item:element_dtype | element_dtype:type
TensorListLength | ControlFlow | input_handle:variant -> length:int32
TensorListPopBack | ControlFlow | input_handle:variant element_shape:int32 -> output_handle:variant tensor:element_dtype | element_dtype:type
TensorListPushBack | ControlFlow | input_handle:variant tensor:element_dtype -> output_handle:variant | element_dtype:type
TensorListReserve | ControlFlow | element_shape:shape_type num_elements:int32 -> handle:variant | element_dtype:type shape_type:type
TensorListSetItem | ControlFlow | input_handle:variant index:int32 item:element_dtype -> output_handle:variant | element_dtype:type resize_if_index_out_of_bounds:bool=false
TensorListStack | ControlFlow | input_handle:variant element_shape:int32 -> tensor:element_dtype | element_dtype:type num_elements:int=-1
TensorSliceDataset | IO, stateful | components:[Toutput_types] -> handle:variant | Toutput_types:list(type) output_shapes:list(shape) is_files:bool=false metadata:string=""
TFRecordDataset | IO, stateful | filenames:string compression_type:string buffer_size:int64 -> handle:variant | metadata:string=""
Tile | Array | input:T multiples:Tmultiples -> output:T | T:type Tmultiples:type=int32
TopKV2 | Math | input:T k:Tk -> values:T indices:index_type | sorted:bool=true T:type Tk:type=int32 index_type:type=int32
Transpose | Array | x:T perm:Tperm -> y:T | T:type Tperm:type=int32
TruncateDiv | Math | x:T y:T -> z:T | T:type
TruncatedNormal | Random, stateful | shape:T -> output:dtype | seed:int=0 seed2:int=0 dtype:type T:type
TruncateMod | Math | x:T y:T -> z:T | T:type
Unique | Array | x:T -> y:T idx:out_idx | T:type out_idx:type=int32
Unpack | Array | value:T -> output:num*T | num:int T:type axis:int=0
UnsortedSegmentSum | Math | data:T segment_ids:Tindices num_segments:Tnumsegments -> output:T | T:type Tindices:type Tnumsegments:type=int32
UpperBound | Math | sorted_inputs:T values:T -> output:out_type | T:type out_type:type=int32
VarHandleOp | Variable, stateful | -> resource:resource | container:string="" shared_name:string="" dtype:type shape:shape allowed_devices:list(string)=[]
Variable | Variable, stateful | -> ref:&dtype | shape:shape dtype:type container:string="" shared_name:string=""
VariableV2 | Variable, stateful | -> ref:&dtype | shape:shape dtype:type container:string="" shared_name:string=""
VarIsInitializedOp | Variable, stateful | resource:resource -> is_initialized:bool
Where | Array | input:T -> index:int64 | T:type=bool
While | ControlFlow, stateful | input:[T] -> output:[T] | T:list(type) cond:func body:func output_shapes:list(shape)=[] parallel_iterations:int=10
Xdivy | Math | x:T y:T -> z:T | T:type
ZerosLike | Array | x:T -> y:T | T:type
)ops";
}

}  // namespace tfs::ops_detail
