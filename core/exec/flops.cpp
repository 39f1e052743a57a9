#include "core/exec/flops.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "core/model/attrs.h"

namespace tfs::exec {

namespace {

double elements(const Dims& d) {
    double n = 1;
    for (int64_t x : d) n *= double(std::max<int64_t>(x, 0));
    return n;
}

const std::set<std::string_view>& elementwiseOps() {
    static const std::set<std::string_view> ops = {
        // unary math
        "Neg", "Abs", "Sqrt", "Rsqrt", "Square", "Exp", "Expm1", "Log", "Log1p", "Sin", "Cos", "Tan", "Asin", "Acos", "Atan",
        "Sinh", "Cosh", "Tanh", "Asinh", "Acosh", "Atanh", "Sigmoid", "Erf", "Erfc", "Floor", "Ceil", "Round", "Rint", "Sign",
        "Reciprocal", "Inv",
        // binary math and comparisons
        "Add", "AddV2", "Sub", "Mul", "Div", "RealDiv", "TruncateDiv", "FloorDiv", "FloorMod", "TruncateMod", "Mod", "Maximum",
        "Minimum", "Pow", "SquaredDifference", "DivNoNan", "MulNoNan", "Atan2", "Xdivy", "Less", "LessEqual", "Greater",
        "GreaterEqual", "Equal", "NotEqual", "Select", "SelectV2",
        // activations and friends
        "Relu", "Relu6", "Elu", "Selu", "LeakyRelu", "Softplus", "Softsign", "Softmax", "LogSoftmax", "BiasAdd", "BiasAddV1",
        "Dequantize", "FakeQuantWithMinMaxVars", "FakeQuantWithMinMaxArgs", "QuantizeV2"};
    return ops;
}

const std::set<std::string_view>& reductionOps() {
    static const std::set<std::string_view> ops = {"Sum", "Mean", "Max", "Min", "Prod", "EuclideanNorm", "ArgMax", "ArgMin", "Cumsum",
                                                   "Cumprod"};
    return ops;
}

bool isBatchNorm(std::string_view op) {
    return op == "FusedBatchNorm" || op == "FusedBatchNormV2" || op == "FusedBatchNormV3" || op == "BatchNormWithGlobalNormalization";
}

const Dims* input(const std::vector<Dims>& inputs, size_t i) { return i < inputs.size() ? &inputs[i] : nullptr; }

// Multiply-adds per output element of a convolution, from its filter.
double convMacsPerOutput(const std::string& op, const Dims& filter) {
    if (op == "DepthwiseConv2dNative") return filter.size() == 4 ? double(filter[0]) * double(filter[1]) : 0;
    if (op == "Conv3D") return filter.size() == 5 ? double(filter[0]) * double(filter[1]) * double(filter[2]) * double(filter[3]) : 0;
    return filter.size() == 4 ? double(filter[0]) * double(filter[1]) * double(filter[2]) : 0;
}

// Index of the filter input of a convolution-like op.
size_t filterInput(const std::string& op) {
    if (op == "FusedPadConv2D") return 2;
    if (op == "FusedResizeAndPadConv2D") return 3;
    return 1;
}

// 2 * product of every distinct label size (the loop nest of a two-operand einsum).
double einsumFlops(const tensorflow::NodeDef& node, const std::vector<Dims>& inputs, double outElements) {
    std::string eq;
    for (char c : attrString(node, "equation"))
        if (c != ' ') eq += c;
    auto arrow = eq.find("->");
    if (arrow == std::string::npos || inputs.empty()) return 0;
    std::string lhs = eq.substr(0, arrow);
    std::vector<std::string> operands;
    size_t start = 0;
    for (;;) {
        size_t comma = lhs.find(',', start);
        operands.push_back(lhs.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    if (operands.size() != inputs.size()) return 0;
    std::map<char, int64_t> size;
    for (size_t k = 0; k < operands.size(); ++k) {
        std::string labels = operands[k];
        const Dims& d = inputs[k];
        auto dots = labels.find("...");
        if (dots != std::string::npos) {
            int extra = int(d.size()) - int(labels.size() - 3);
            if (extra < 0) return 0;
            std::string repl;
            for (int i = 0; i < extra; ++i) repl += char('A' + i);
            labels = labels.substr(0, dots) + repl + labels.substr(dots + 3);
        }
        if (labels.size() != d.size()) return 0;
        for (size_t i = 0; i < labels.size(); ++i) size[labels[i]] = std::max(size[labels[i]], d[i]);
    }
    double loops = 1;
    for (const auto& [label, n] : size) loops *= double(n);
    return operands.size() == 2 ? 2 * loops : std::max(loops, outElements);
}

}  // namespace

bool flopsCounted(const std::string& op) {
    static const std::set<std::string_view> heavy = {"Conv2D", "DepthwiseConv2dNative", "Conv2DBackpropInput", "Conv3D", "_FusedConv2D",
                                                     "FusedPadConv2D", "FusedResizeAndPadConv2D", "MatMul", "_FusedMatMul",
                                                     "BatchMatMul", "BatchMatMulV2", "BatchMatMulV3", "Einsum", "MaxPool", "MaxPoolV2",
                                                     "AvgPool", "AddN", "QuantizedConv2D", "QuantizedMatMul", "QuantizedMaxPool",
                                                     "QuantizedAvgPool"};
    return heavy.count(op) || elementwiseOps().count(op) || reductionOps().count(op) || isBatchNorm(op);
}

double estimateNodeFlops(const tensorflow::NodeDef& node, const std::vector<Dims>& inputs, const std::vector<Dims>& outputs) {
    const std::string& op = node.op();
    double out = outputs.empty() ? 0 : elements(outputs[0]);
    if (op == "Conv2D" || op == "DepthwiseConv2dNative" || op == "Conv3D" || op == "_FusedConv2D" || op == "FusedPadConv2D" ||
        op == "FusedResizeAndPadConv2D" || op == "QuantizedConv2D") {
        const Dims* filter = input(inputs, filterInput(op));
        if (!filter) return 0;
        std::string base = op == "DepthwiseConv2dNative" || op == "Conv3D" ? op : "Conv2D";
        double flops = 2 * out * convMacsPerOutput(base, *filter);
        if (op == "_FusedConv2D") {
            auto it = node.attr().find("fused_ops");
            if (it != node.attr().end()) flops += out * double(it->second.list().s_size());
        }
        return flops;
    }
    if (op == "Conv2DBackpropInput") {
        // Every out_backprop element is multiplied by kh*kw*cin filter taps.
        const Dims* filter = input(inputs, 1);
        const Dims* grad = input(inputs, 2);
        if (!filter || !grad || filter->size() != 4) return 0;
        return 2 * elements(*grad) * double((*filter)[0]) * double((*filter)[1]) * double((*filter)[2]);
    }
    if (op == "MatMul" || op == "_FusedMatMul" || op == "QuantizedMatMul") {
        const Dims* a = input(inputs, 0);
        if (!a || a->size() != 2) return 0;
        int64_t k = attrBool(node, "transpose_a", false) ? (*a)[0] : (*a)[1];
        double flops = 2 * out * double(k);
        if (op == "_FusedMatMul") {
            auto it = node.attr().find("fused_ops");
            if (it != node.attr().end()) flops += out * double(it->second.list().s_size());
        }
        return flops;
    }
    if (op == "BatchMatMul" || op == "BatchMatMulV2" || op == "BatchMatMulV3") {
        const Dims* a = input(inputs, 0);
        if (!a || a->size() < 2) return 0;
        int64_t k = attrBool(node, "adj_x", false) ? (*a)[a->size() - 2] : (*a)[a->size() - 1];
        return 2 * out * double(k);
    }
    if (op == "Einsum") return einsumFlops(node, inputs, out);
    if (op == "MaxPool" || op == "AvgPool" || op == "QuantizedMaxPool" || op == "QuantizedAvgPool") {
        std::vector<int64_t> ksize = attrInts(node, "ksize");
        double window = 1;
        for (int64_t k : ksize) window *= double(std::max<int64_t>(k, 1));
        return out * window;
    }
    if (op == "MaxPoolV2") {
        // ksize is a run-time input; without its value count one per output element.
        return out;
    }
    if (op == "AddN") return out * double(std::max<size_t>(inputs.size(), 2) - 1);
    if (isBatchNorm(op)) return 2 * out;
    if (reductionOps().count(op)) return inputs.empty() ? 0 : elements(inputs[0]);
    if (elementwiseOps().count(op)) return out;
    return 0;
}

}  // namespace tfs::exec
