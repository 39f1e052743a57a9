// Shape functions for math and neural-network ops: elementwise (with NumPy
// broadcasting), MatMul/BatchMatMul, convolutions, pooling, batch norm,
// reductions, ArgMax/ArgMin, Range, Select, TopK, resize and quantization.

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "core/model/attrs.h"
#include "core/ops/shape_context.h"

namespace tfs::shape_detail {
namespace {

void unaryFn(ShapeContext& c) { c.setShape(0, c.inShape(0)); }

int64_t floorDiv(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}

void binaryFn(ShapeContext& c) {
    PartialShape out = broadcastShapes(c.inShape(0), c.inShape(1));
    c.setShape(0, out);
    // Small integer arithmetic on shape values (e.g. Shape(x)[0] * 2).
    const std::string& op = c.node().op();
    if (!isIntegerType(c.out(0).dtype)) return;
    auto a = c.inPartialInts(0), b = c.inPartialInts(1);
    if (!a || !b || out.rank() > 1 || c.inShape(0).rank() > 1 || c.inShape(1).rank() > 1) return;
    if (a->size() != b->size() && a->size() != 1 && b->size() != 1) return;
    size_t n = std::max(a->size(), b->size());
    std::vector<int64_t> v(n, kUnknownValue);
    for (size_t i = 0; i < n; ++i) {
        int64_t x = (*a)[a->size() == 1 ? 0 : i], y = (*b)[b->size() == 1 ? 0 : i];
        if (x == kUnknownValue || y == kUnknownValue) continue;
        int64_t r = 0;
        if (op == "Add" || op == "AddV2") {
            if (!__builtin_add_overflow(x, y, &r)) v[i] = r;
        } else if (op == "Sub") {
            if (!__builtin_sub_overflow(x, y, &r)) v[i] = r;
        } else if (op == "Mul") {
            if (!__builtin_mul_overflow(x, y, &r)) v[i] = r;
        } else if (op == "FloorDiv" && y != 0 && !(x == std::numeric_limits<int64_t>::min() && y == -1)) v[i] = floorDiv(x, y);
        else if (op == "Maximum") v[i] = std::max(x, y);
        else if (op == "Minimum") v[i] = std::min(x, y);
        else return;
    }
    c.setPartialInts(0, v, out.rank() == 0);
}

void naryBroadcastFn(ShapeContext& c) {
    PartialShape s = c.inShape(0);
    for (int i = 1; i < c.numInputs(); ++i) s = broadcastShapes(s, c.inShape(i));
    c.setShape(0, s);
}

void addNFn(ShapeContext& c) {
    PartialShape s = c.inShape(0);
    for (int i = 1; i < c.numInputs(); ++i) s = mergeShapes(s, c.inShape(i));
    c.setShape(0, s);
}

void matMulFn(ShapeContext& c) {
    const PartialShape& a = c.inShape(0);
    const PartialShape& b = c.inShape(1);
    bool ta = attrBool(c.node(), "transpose_a"), tb = attrBool(c.node(), "transpose_b");
    int64_t m = a.rank() == 2 ? a.dims[ta ? 1 : 0] : -1;
    int64_t n = b.rank() == 2 ? b.dims[tb ? 0 : 1] : -1;
    if ((a.knownRank && a.rank() != 2) || (b.knownRank && b.rank() != 2)) return;
    c.setShape(0, PartialShape::of({m, n}));
}

void batchMatMulFn(ShapeContext& c) {
    const PartialShape& a = c.inShape(0);
    const PartialShape& b = c.inShape(1);
    if (!a.knownRank || !b.knownRank || a.rank() < 2 || b.rank() < 2) return;
    bool ax = attrBool(c.node(), "adj_x"), ay = attrBool(c.node(), "adj_y");
    int64_t m = a.dims[size_t(a.rank() - (ax ? 1 : 2))];
    int64_t n = b.dims[size_t(b.rank() - (ay ? 2 : 1))];
    PartialShape batchA = PartialShape::of(std::vector<int64_t>(a.dims.begin(), a.dims.end() - 2));
    PartialShape batchB = PartialShape::of(std::vector<int64_t>(b.dims.begin(), b.dims.end() - 2));
    PartialShape batch = c.node().op() == "BatchMatMul" ? mergeShapes(batchA, batchB) : broadcastShapes(batchA, batchB);
    if (!batch.knownRank) return;
    batch.dims.push_back(m);
    batch.dims.push_back(n);
    c.setShape(0, batch);
}

// N-d convolution: input [N, spatial..., C] (or channels first), filter [spatial..., in, out].
void convImpl(ShapeContext& c, int spatial, bool depthwise, const PartialShape& input, const PartialShape& filter) {
    std::string format = attrString(c.node(), "data_format", spatial == 3 ? "NDHWC" : "NHWC");
    int rank = spatial + 2;
    if ((input.knownRank && input.rank() != rank) || (filter.knownRank && filter.rank() != rank)) return;
    std::vector<int64_t> strides = attrInts(c.node(), "strides");
    std::vector<int64_t> dilations = attrInts(c.node(), "dilations");
    std::vector<int64_t> explicitPads = attrInts(c.node(), "explicit_paddings");
    std::string padding = attrString(c.node(), "padding");
    if (int(strides.size()) != rank) return;
    if (dilations.empty()) dilations.assign(size_t(rank), 1);
    if (int(dilations.size()) != rank) return;
    int ch = channelDim(format, rank), sp = firstSpatialDim(format);
    PartialShape out = PartialShape::of(std::vector<int64_t>(size_t(rank), -1));
    if (input.knownRank) out.dims[0] = input.dims[0];
    if (filter.knownRank) {
        int64_t inC = filter.dims[size_t(spatial)], outC = filter.dims[size_t(spatial + 1)];
        out.dims[size_t(ch)] = depthwise ? mulDims(inC, outC) : outC;
    }
    for (int i = 0; i < spatial; ++i) {
        int dim = sp + i;
        int64_t in = input.knownRank ? input.dims[size_t(dim)] : -1;
        int64_t k = filter.knownRank ? filter.dims[size_t(i)] : -1;
        int64_t before = 0, after = 0;
        if (padding == "EXPLICIT") {
            if (int(explicitPads.size()) != 2 * rank) return;
            before = explicitPads[size_t(2 * dim)];
            after = explicitPads[size_t(2 * dim + 1)];
        }
        out.dims[size_t(dim)] = windowOutput(in, k, strides[size_t(dim)], dilations[size_t(dim)], padding, before, after);
    }
    c.setShape(0, out);
}

void conv2DFn(ShapeContext& c) { convImpl(c, 2, false, c.inShape(0), c.inShape(1)); }
void conv3DFn(ShapeContext& c) { convImpl(c, 3, false, c.inShape(0), c.inShape(1)); }
void depthwiseFn(ShapeContext& c) { convImpl(c, 2, true, c.inShape(0), c.inShape(1)); }

void fusedPadConvFn(ShapeContext& c) {
    // FusedPadConv2D(input, paddings, filter); FusedResizeAndPadConv2D(input, size, paddings, filter).
    bool resize = c.node().op() == "FusedResizeAndPadConv2D";
    PartialShape input = c.inShape(0);
    if (input.rank() != 4) return;
    if (resize) {
        auto size = c.inInts(1);
        if (!size || size->size() != 2) return;
        input.dims[1] = (*size)[0] >= 0 ? (*size)[0] : -1;
        input.dims[2] = (*size)[1] >= 0 ? (*size)[1] : -1;
    }
    auto pads = c.inInts(resize ? 2 : 1);
    if (!pads || pads->size() != 8) return;
    for (size_t i = 0; i < 4; ++i) {
        int64_t b = (*pads)[2 * i], a = (*pads)[2 * i + 1];
        input.dims[i] = b < 0 || a < 0 ? -1 : addDims(addDims(input.dims[i], b), a);
    }
    convImpl(c, 2, false, input, c.inShape(resize ? 3 : 2));
}

void conv2DBackpropInputFn(ShapeContext& c) {
    PartialShape s = c.inAsShape(0);
    if (s.rank() == 4) c.setShape(0, s);
}

void poolImpl(ShapeContext& c, int spatial, const std::vector<int64_t>& ksize, const std::vector<int64_t>& strides) {
    const PartialShape& in = c.inShape(0);
    int rank = spatial + 2;
    if (!in.knownRank || in.rank() != rank || int(ksize.size()) != rank || int(strides.size()) != rank) return;
    std::string format = attrString(c.node(), "data_format", spatial == 3 ? "NDHWC" : "NHWC");
    std::string padding = attrString(c.node(), "padding");
    std::vector<int64_t> explicitPads = attrInts(c.node(), "explicit_paddings");
    PartialShape out = in;
    int sp = firstSpatialDim(format);
    for (int i = 0; i < spatial; ++i) {
        int dim = sp + i;
        int64_t before = 0, after = 0;
        if (padding == "EXPLICIT") {
            if (int(explicitPads.size()) != 2 * rank) return;
            before = explicitPads[size_t(2 * dim)];
            after = explicitPads[size_t(2 * dim + 1)];
        }
        out.dims[size_t(dim)] = windowOutput(in.dims[size_t(dim)], ksize[size_t(dim)], strides[size_t(dim)], 1, padding, before, after);
    }
    c.setShape(0, out);
}

void pool2DFn(ShapeContext& c) { poolImpl(c, 2, attrInts(c.node(), "ksize"), attrInts(c.node(), "strides")); }
void pool3DFn(ShapeContext& c) { poolImpl(c, 3, attrInts(c.node(), "ksize"), attrInts(c.node(), "strides")); }

void maxPoolV2Fn(ShapeContext& c) {
    auto ksize = c.inInts(1), strides = c.inInts(2);
    if (ksize && strides) poolImpl(c, 2, *ksize, *strides);
}

void quantizedPoolFn(ShapeContext& c) {
    pool2DFn(c);
    c.setShape(1, PartialShape::of({}));
    c.setShape(2, PartialShape::of({}));
}

void fusedBatchNormFn(ShapeContext& c) {
    const PartialShape& x = c.inShape(0);
    c.setShape(0, x);
    std::string format = attrString(c.node(), "data_format", "NHWC");
    int64_t channels = -1;
    if (x.knownRank && x.rank() >= 2) channels = x.dims[size_t(channelDim(format, x.rank()))];
    for (int i = 1; i < 5; ++i)
        if (c.inShape(i).rank() == 1) channels = mergeShapes(PartialShape::of({channels}), c.inShape(i)).dims[0];
    for (int i = 1; i < std::min(c.numOutputs(), 5); ++i) c.setShape(i, PartialShape::of({channels}));
}

void reductionFn(ShapeContext& c) {
    const PartialShape& in = c.inShape(0);
    bool keep = attrBool(c.node(), "keep_dims");
    auto axes = c.inInts(1);
    if (!axes) {
        if (keep && in.knownRank) c.setShape(0, PartialShape::of(std::vector<int64_t>(in.dims.size(), -1)));
        return;
    }
    if (!in.knownRank) return;
    std::vector<bool> reduce(in.dims.size(), false);
    for (int64_t a : *axes) {
        int64_t n;
        if (!normalizeAxis(a, in.rank(), &n)) return;
        reduce[size_t(n)] = true;
    }
    PartialShape out = PartialShape::of({});
    for (size_t i = 0; i < in.dims.size(); ++i) {
        if (!reduce[i]) out.dims.push_back(in.dims[i]);
        else if (keep) out.dims.push_back(1);
    }
    c.setShape(0, out);
    // Prod/Sum of a small known integer vector (element counts in flatten patterns).
    const std::string& op = c.node().op();
    if (in.rank() == 1 && (op == "Prod" || op == "Sum") && reduce[0]) {
        auto v = c.inInts(0);
        if (!v) return;
        int64_t acc = op == "Prod" ? 1 : 0;
        for (int64_t x : *v)
            if (op == "Prod" ? __builtin_mul_overflow(acc, x, &acc) : __builtin_add_overflow(acc, x, &acc)) return;
        c.setIntValue(0, {acc}, out.dims);
    }
}

void argMaxFn(ShapeContext& c) {
    const PartialShape& in = c.inShape(0);
    auto axis = c.inInts(1);
    if (!in.knownRank) return;
    int64_t a;
    if (!axis || axis->size() != 1 || !normalizeAxis((*axis)[0], in.rank(), &a)) {
        if (in.rank() > 0) c.setShape(0, PartialShape::of(std::vector<int64_t>(size_t(in.rank() - 1), -1)));
        return;
    }
    PartialShape out = in;
    out.dims.erase(out.dims.begin() + a);
    c.setShape(0, out);
}

void rangeFn(ShapeContext& c) {
    auto start = c.inScalar(0), limit = c.inScalar(1), delta = c.inScalar(2);
    constexpr double kLimit = 4e18;
    if (!start || !limit || !delta || *delta == 0 || !(std::fabs(*start) < kLimit) || !(std::fabs(*limit) < kLimit) ||
        !(std::fabs(*delta) < kLimit)) {
        c.setShape(0, PartialShape::of({-1}));
        return;
    }
    double count = std::ceil((*limit - *start) / *delta);
    if (!(count >= 0)) count = 0;
    if (count > 1e15) {
        c.setShape(0, PartialShape::of({-1}));
        return;
    }
    int64_t n = int64_t(count);
    c.setShape(0, PartialShape::of({n}));
    if (n <= kMaxValueElements && isIntegerType(c.out(0).dtype)) {
        std::vector<int64_t> v;
        for (int64_t i = 0; i < n; ++i) v.push_back(int64_t(*start) + i * int64_t(*delta));
        c.setIntValue(0, v, {n});
    }
}

void selectFn(ShapeContext& c) {
    // Select: cond is the same shape as t/e, or a vector over their first dim.
    c.setShape(0, mergeShapes(c.inShape(1), c.inShape(2)));
}

void selectV2Fn(ShapeContext& c) {
    c.setShape(0, broadcastShapes(c.inShape(0), broadcastShapes(c.inShape(1), c.inShape(2))));
}

void topKFn(ShapeContext& c) {
    const PartialShape& in = c.inShape(0);
    if (!in.knownRank || in.rank() < 1) return;
    auto k = c.inInts(1);
    PartialShape out = in;
    out.dims.back() = k && k->size() == 1 && (*k)[0] >= 0 ? (*k)[0] : -1;
    c.setShape(0, out);
    c.setShape(1, out);
}

void whereFn(ShapeContext& c) {
    if (c.numInputs() != 1) return;
    const PartialShape& in = c.inShape(0);
    if (in.knownRank) c.setShape(0, PartialShape::of({-1, int64_t(in.rank())}));
}

void resizeFn(ShapeContext& c) {
    const PartialShape& in = c.inShape(0);
    auto size = c.inInts(1);
    if (in.knownRank && in.rank() != 4) return;
    PartialShape out = PartialShape::of({-1, -1, -1, -1});
    if (in.knownRank) {
        out.dims[0] = in.dims[0];
        out.dims[3] = in.dims[3];
    }
    if (size && size->size() == 2) {
        out.dims[1] = (*size)[0] >= 0 ? (*size)[0] : -1;
        out.dims[2] = (*size)[1] >= 0 ? (*size)[1] : -1;
    }
    c.setShape(0, out);
}

// Ops whose first output has the input's shape and whose other outputs are scalars (min/max ranges).
void quantizeFn(ShapeContext& c) {
    c.setShape(0, c.inShape(0));
    bool perTensor = c.node().op() != "QuantizeV2" || attrInt(c.node(), "axis", -1) == -1;
    for (int i = 1; i < c.numOutputs(); ++i)
        if (perTensor) c.setShape(i, PartialShape::of({}));
}

void quantizedBinaryFn(ShapeContext& c) {
    c.setShape(0, broadcastShapes(c.inShape(0), c.inShape(1)));
    c.setShape(1, PartialShape::of({}));
    c.setShape(2, PartialShape::of({}));
}

void scalarOutputsFn(ShapeContext& c) {
    for (int i = 0; i < c.numOutputs(); ++i) c.setShape(i, PartialShape::of({}));
}

// Einsum with an explicit output ("ab,bc->ac", "...ij,...jk->...ik").
void einsumFn(ShapeContext& c) {
    std::string eq = attrString(c.node(), "equation");
    eq.erase(std::remove(eq.begin(), eq.end(), ' '), eq.end());
    size_t arrow = eq.find("->");
    if (arrow == std::string::npos) return;
    std::vector<std::string> terms;
    for (size_t start = 0;;) {
        size_t comma = eq.find(',', start);
        if (comma == std::string::npos || comma > arrow) {
            terms.push_back(eq.substr(start, arrow - start));
            break;
        }
        terms.push_back(eq.substr(start, comma - start));
        start = comma + 1;
    }
    if (int(terms.size()) != c.numInputs()) return;
    std::map<char, int64_t> dims;
    PartialShape ellipsis = PartialShape::of({});
    for (size_t i = 0; i < terms.size(); ++i) {
        const PartialShape& in = c.inShape(int(i));
        if (!in.knownRank) return;
        std::string t = terms[i];
        size_t dots = t.find("...");
        std::string letters = t;
        if (dots != std::string::npos) letters.erase(dots, 3);
        if (letters.size() > in.dims.size() || (dots == std::string::npos && letters.size() != in.dims.size())) return;
        size_t ellipsisRank = in.dims.size() - letters.size();
        size_t pos = 0;
        for (size_t k = 0; k < t.size(); ++k) {
            if (t.compare(k, 3, "...") == 0) {
                PartialShape part = PartialShape::of(std::vector<int64_t>(in.dims.begin() + long(pos), in.dims.begin() + long(pos + ellipsisRank)));
                ellipsis = broadcastShapes(ellipsis, part);
                pos += ellipsisRank;
                k += 2;
                continue;
            }
            char l = t[k];
            int64_t d = in.dims[pos++];
            auto it = dims.find(l);
            dims[l] = it == dims.end() ? d : mergeShapes(PartialShape::of({it->second}), PartialShape::of({d})).dims[0];
        }
    }
    PartialShape out = PartialShape::of({});
    std::string o = eq.substr(arrow + 2);
    for (size_t k = 0; k < o.size(); ++k) {
        if (o.compare(k, 3, "...") == 0) {
            if (!ellipsis.knownRank) return;
            out.dims.insert(out.dims.end(), ellipsis.dims.begin(), ellipsis.dims.end());
            k += 2;
            continue;
        }
        auto it = dims.find(o[k]);
        if (it == dims.end()) return;
        out.dims.push_back(it->second);
    }
    c.setShape(0, out);
}

// SpaceToBatchND / BatchToSpaceND with constant block shape and paddings / crops.
void spaceBatchFn(ShapeContext& c) {
    bool toBatch = c.node().op() == "SpaceToBatchND";
    const PartialShape& in = c.inShape(0);
    auto block = c.inInts(1), pads = c.inInts(2);
    if (!in.knownRank || !block || !pads || pads->size() != block->size() * 2 || block->size() + 1 > in.dims.size()) return;
    PartialShape out = in;
    int64_t product = 1;
    for (size_t i = 0; i < block->size(); ++i) {
        int64_t b = (*block)[i], p0 = (*pads)[2 * i], p1 = (*pads)[2 * i + 1];
        if (b < 1 || p0 < 0 || p1 < 0) return;
        product = mulDims(product, b);
        int64_t d = in.dims[i + 1];
        if (toBatch) {
            int64_t padded = addDims(addDims(d, p0), p1);
            out.dims[i + 1] = padded >= 0 && padded % b == 0 ? padded / b : -1;
        } else {
            int64_t grown = mulDims(d, b), crop = addDims(p0, p1);
            out.dims[i + 1] = grown >= 0 && crop >= 0 && grown >= crop ? grown - crop : -1;
        }
    }
    if (product < 1) return;
    if (toBatch) out.dims[0] = mulDims(in.dims[0], product);
    else out.dims[0] = in.dims[0] >= 0 && in.dims[0] % product == 0 ? in.dims[0] / product : -1;
    c.setShape(0, out);
}

void l2LossFn(ShapeContext& c) { c.setShape(0, PartialShape::of({})); }

void quantizedConv2DFn(ShapeContext& c) {
    convImpl(c, 2, false, c.inShape(0), c.inShape(1));
    c.setShape(1, PartialShape::of({}));
    c.setShape(2, PartialShape::of({}));
}

void quantizedMatMulFn(ShapeContext& c) {
    matMulFn(c);
    c.setShape(1, PartialShape::of({}));
    c.setShape(2, PartialShape::of({}));
}

void quantizedReshapeFn(ShapeContext& c) {
    c.setShape(0, c.inAsShape(1));
    c.setShape(1, PartialShape::of({}));
    c.setShape(2, PartialShape::of({}));
}

}  // namespace

std::vector<ShapeFnEntry> nnShapeFns() {
    std::vector<ShapeFnEntry> t;
    for (const char* op : {"Abs", "Ceil", "Cos", "Sin", "Erf", "Exp", "Floor", "Log", "Log1p", "Neg", "Reciprocal",
                           "Round", "Rsqrt", "Sigmoid", "Sign", "Sqrt", "Square", "Tanh", "Relu", "Relu6", "Elu",
                           "Selu", "LeakyRelu", "Softplus", "Softsign", "Softmax", "LogSoftmax", "IsNan", "LogicalNot",
                           "ZerosLike", "OnesLike", "Cumsum", "ReverseV2", "ClipByValue", "BiasAdd", "Dequantize",
                           "FakeQuantWithMinMaxVars", "FakeQuantWithMinMaxArgs", "Acos", "Acosh", "Asin", "Asinh", "Atan",
                           "Atanh", "Cosh", "Sinh", "Tan", "Erfc", "Expm1", "Inv", "Invert", "IsFinite", "IsInf", "Rint",
                           "Cumprod", "BiasAddV1", "LRN"})
        t.push_back({op, unaryFn});
    for (const char* op : {"Add", "AddV2", "Sub", "Mul", "RealDiv", "Div", "DivNoNan", "FloorDiv", "FloorMod", "Maximum",
                           "Minimum", "Pow", "SquaredDifference", "Equal", "NotEqual", "Less", "LessEqual", "Greater",
                           "GreaterEqual", "LogicalAnd", "LogicalOr", "LeftShift", "RightShift", "BitwiseAnd", "BitwiseOr",
                           "BitwiseXor", "Atan2", "Mod", "TruncateDiv", "TruncateMod", "Xdivy", "MulNoNan", "Relu6Grad",
                           "RsqrtGrad", "SigmoidGrad", "SqrtGrad", "TanhGrad"})
        t.push_back({op, binaryFn});
    for (const char* op : {"Sum", "Mean", "Max", "Min", "Prod", "All", "Any", "EuclideanNorm"}) t.push_back({op, reductionFn});
    for (const char* op : {"FusedBatchNorm", "FusedBatchNormV2", "FusedBatchNormV3"}) t.push_back({op, fusedBatchNormFn});
    for (const char* op : {"QuantizeV2", "Requantize", "QuantizeDownAndShrinkRange", "QuantizedRelu", "QuantizedRelu6",
                           "QuantizedBiasAdd"})
        t.push_back({op, quantizeFn});
    std::vector<ShapeFnEntry> more = {
        {"AddN", addNFn}, {"StringJoin", naryBroadcastFn}, {"Einsum", einsumFn},
        {"SpaceToBatchND", spaceBatchFn}, {"BatchToSpaceND", spaceBatchFn}, {"MatMul", matMulFn}, {"_FusedMatMul", matMulFn}, {"BatchMatMul", batchMatMulFn},
        {"BatchMatMulV2", batchMatMulFn}, {"BatchMatMulV3", batchMatMulFn}, {"Conv2D", conv2DFn}, {"_FusedConv2D", conv2DFn},
        {"Conv3D", conv3DFn}, {"DepthwiseConv2dNative", depthwiseFn}, {"FusedPadConv2D", fusedPadConvFn},
        {"FusedResizeAndPadConv2D", fusedPadConvFn}, {"Conv2DBackpropInput", conv2DBackpropInputFn},
        {"MaxPool", pool2DFn}, {"AvgPool", pool2DFn}, {"MaxPool3D", pool3DFn}, {"AvgPool3D", pool3DFn},
        {"MaxPoolV2", maxPoolV2Fn}, {"QuantizedMaxPool", quantizedPoolFn}, {"QuantizedAvgPool", quantizedPoolFn},
        {"ArgMax", argMaxFn}, {"ArgMin", argMaxFn}, {"Range", rangeFn}, {"Select", selectFn}, {"SelectV2", selectV2Fn},
        {"TopKV2", topKFn}, {"Where", whereFn}, {"ResizeBilinear", resizeFn}, {"ResizeNearestNeighbor", resizeFn},
        {"QuantizedAdd", quantizedBinaryFn}, {"QuantizedMul", quantizedBinaryFn},
        {"RequantizationRange", scalarOutputsFn}, {"L2Loss", l2LossFn}, {"QuantizedConv2D", quantizedConv2DFn},
        {"QuantizedMatMul", quantizedMatMulFn}, {"QuantizedReshape", quantizedReshapeFn},
    };
    t.insert(t.end(), more.begin(), more.end());
    return t;
}

}  // namespace tfs::shape_detail
