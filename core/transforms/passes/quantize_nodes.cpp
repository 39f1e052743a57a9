// quantize_nodes: replace float ops by their eight-bit equivalents, the Graph
// Transform Tool's way: each op becomes QuantizeV2 (MIN_FIRST, range from
// Min/Max over its float input) -> Quantized<Op> -> [RequantizationRange ->
// Requantize for qint32 results] -> Dequantize under the original name, and a
// Dequantize feeding another eight-bit op is bypassed so chains stay in eight bit.
//
// Beyond GTT: constant inputs (also behind Identity) are quantized now rather than
// by a QuantizeV2 + Min/Max running on every call; an input read by several ops is
// quantized once; ConcatV2 is converted as well as Concat; NCHW or EXPLICIT-padded
// ops that the eight-bit kernels cannot run are left in float instead of broken;
// input_min/input_max only turn *float* placeholders into quint8.

#include <array>
#include <functional>

#include "core/transforms/const_eval.h"
#include "core/transforms/graph_utils.h"
#include "core/transforms/passes/passes.h"

namespace tfs::transforms {
namespace {

// What the float op becomes (GTT's QuantizedOpInfo).
struct OpInfo {
    const char* floatOp;
    const char* quantizedOp;
    std::vector<const char*> attrsToCopy;
    std::vector<std::pair<const char*, tensorflow::DataType>> dtypes;
    bool qint32Output;
    std::set<int> unquantizedInputs;
    bool separateMinMax;  // Concat: [mins..., maxes...] instead of [min0, max0, min1, max1]
};

const std::vector<OpInfo>& opList() {
    using tensorflow::DT_QINT32;
    using tensorflow::DT_QUINT8;
    static const std::vector<OpInfo> list = {
        {"Add", "QuantizedAdd", {}, {{"T1", DT_QUINT8}, {"T2", DT_QUINT8}, {"Toutput", DT_QINT32}}, true, {}, false},
        {"AvgPool", "QuantizedAvgPool", {"ksize", "strides", "padding"}, {{"T", DT_QUINT8}}, false, {}, false},
        {"BiasAdd", "QuantizedBiasAdd", {}, {{"T1", DT_QUINT8}, {"T2", DT_QUINT8}, {"out_type", DT_QINT32}}, true, {}, false},
        {"Concat", "QuantizedConcat", {"N"}, {{"T", DT_QUINT8}}, false, {0}, true},
        {"ConcatV2", "QuantizedConcat", {"N"}, {{"T", DT_QUINT8}}, false, {}, true},  // axis handled specially
        {"Conv2D", "QuantizedConv2D", {"strides", "padding", "dilations"},
         {{"Tinput", DT_QUINT8}, {"Tfilter", DT_QUINT8}, {"out_type", DT_QINT32}}, true, {}, false},
        {"MatMul", "QuantizedMatMul", {"transpose_a", "transpose_b"},
         {{"T1", DT_QUINT8}, {"T2", DT_QUINT8}, {"Toutput", DT_QINT32}}, true, {}, false},
        {"MaxPool", "QuantizedMaxPool", {"ksize", "strides", "padding"}, {{"T", DT_QUINT8}}, false, {}, false},
        {"Mul", "QuantizedMul", {}, {{"T1", DT_QUINT8}, {"T2", DT_QUINT8}, {"Toutput", DT_QINT32}}, true, {}, false},
        {"Relu", "QuantizedRelu", {}, {{"Tinput", DT_QUINT8}}, false, {}, false},
        {"Relu6", "QuantizedRelu6", {}, {{"Tinput", DT_QUINT8}}, false, {}, false},
        {"Reshape", "QuantizedReshape", {}, {{"T", DT_QUINT8}}, false, {1}, false},
    };
    return list;
}

// GTT's UniqueNodeNameFromInput: "^a:1" -> "__hat__a__port__1".
std::string flatInputName(const std::string& input) {
    std::string result = isControlInput(input) ? "__hat__" : "";
    result += nodeName(input);
    int port = outputIndex(input);
    if (port > 0) result += "__port__" + std::to_string(port);
    return result;
}

tensorflow::NodeDef scalarConst(const std::string& name, float value) {
    tensorflow::NodeDef node;
    makeConst(name, Tensor::scalar<float>(tensorflow::DT_FLOAT, value), &node);
    return node;
}

// Like GTT, in graphs with TF1 loops these get a control input on the quantized tensor's node
// so that inside a loop they run in its frame; not for placeholders and --inputs, which may be
// fed (a fed node must not need to run), and not in loop-free graphs, where any tensor may be fed.
tensorflow::NodeDef intVectorConst(const std::string& name, int32_t value) {
    tensorflow::NodeDef node;
    Tensor t(tensorflow::DT_INT32, {1});
    t.data<int32_t>()[0] = value;
    makeConst(name, t, &node);
    return node;
}

// False (with a note) for nodes the eight-bit kernels cannot run.
bool supportedLayout(const tensorflow::NodeDef& node) {
    auto it = node.attr().find("data_format");
    if (it != node.attr().end() && it->second.s() != "NHWC") return false;
    it = node.attr().find("padding");
    if (it != node.attr().end() && it->second.s() == "EXPLICIT") return false;
    return true;
}

bool isFloatNode(const tensorflow::NodeDef& node) {
    auto it = node.attr().find("T");
    return it != node.attr().end() && it->second.type() == tensorflow::DT_FLOAT;
}

struct Builder {
    explicit Builder(const TransformContext& c) : context(c) {}
    const TransformContext& context;
    std::map<std::string, const tensorflow::NodeDef*> byName;
    std::set<std::string> taken;
    std::vector<tensorflow::NodeDef> added;
    // Float tensor -> its eight-bit form (value, min, max tensors).
    std::map<std::string, std::array<std::string, 3>> eightBit;
    // Dequantize nodes that eight-bit consumers bypass (removed when nothing else reads them).
    std::set<std::string> bypassable;
    bool hasFallback = false;
    float fallbackMin = 0, fallbackMax = 0;
    int foldedWeights = 0;
    int reluRanges = 0;
    std::map<std::string, std::vector<const tensorflow::NodeDef*>> consumers;
    std::set<std::string> outputs;
    std::set<std::string> feedable;  // --inputs
    bool hasLoops = false;
    std::set<std::string> ignoredOps;

    // True when the node's only reader is a Relu/Relu6 that will be quantized too: its qint32
    // result can then be requantized straight to [0, max], doubling the resolution GTT spends
    // on negative values the Relu discards anyway.
    // FakeQuant nodes whose trained range became a Requantize range (skipped by the main loop).
    std::set<std::string> foldedFakeQuants;

    // The trained [min, max] of a FakeQuantWithMinMaxVars/Args (8 bits, not narrow) that is the
    // node's only reader, or null (GTT's ConvertFakeQuantsToRequantize + MergeAdjacentRequantizes).
    const tensorflow::NodeDef* trainedRange(const tensorflow::NodeDef& node, float* lo, float* hi) const {
        auto it = consumers.find(node.name());
        if (it == consumers.end() || it->second.size() != 1 || outputs.count(node.name())) return nullptr;
        const tensorflow::NodeDef& fq = *it->second[0];
        if (fq.op() != "FakeQuantWithMinMaxVars" && fq.op() != "FakeQuantWithMinMaxArgs") return nullptr;
        auto attr = fq.attr().find("num_bits");
        if (attr != fq.attr().end() && attr->second.i() != 8) return nullptr;
        attr = fq.attr().find("narrow_range");
        if (attr != fq.attr().end() && attr->second.b()) return nullptr;
        if (fq.input_size() < 1 || canonicalInput(fq.input(0)) != node.name() + ":0") return nullptr;
        if (fq.op() == "FakeQuantWithMinMaxArgs") {
            auto mn = fq.attr().find("min"), mx = fq.attr().find("max");
            *lo = mn == fq.attr().end() ? -6.f : mn->second.f();
            *hi = mx == fq.attr().end() ? 6.f : mx->second.f();
        } else {
            const tensorflow::NodeDef* a = fq.input_size() >= 3 ? constSource(fq.input(1)) : nullptr;
            const tensorflow::NodeDef* b = fq.input_size() >= 3 ? constSource(fq.input(2)) : nullptr;
            if (!a || !b) return nullptr;
            auto va = constValue(*a), vb = constValue(*b);
            if (!va.ok() || !vb.ok() || va->dtype() != tensorflow::DT_FLOAT || vb->dtype() != tensorflow::DT_FLOAT ||
                va->numElements() != 1 || vb->numElements() != 1)
                return nullptr;
            *lo = va->data<float>()[0];
            *hi = vb->data<float>()[0];
        }
        // Requantize needs min <= 0 <= max (FakeQuant nudges its range the same way).
        *lo = std::min(*lo, 0.f);
        *hi = std::max(*hi, 0.f);
        return *hi > *lo ? &fq : nullptr;
    }

    bool onlyFeedsRelu(const tensorflow::NodeDef& node) const {
        auto it = consumers.find(node.name());
        if (it == consumers.end() || it->second.size() != 1 || outputs.count(node.name())) return false;
        const tensorflow::NodeDef& c = *it->second[0];
        return (c.op() == "Relu" || c.op() == "Relu6") && !ignoredOps.count(c.op()) && isFloatNode(c) &&
               c.input_size() >= 1 && canonicalInput(c.input(0)) == node.name() + ":0";
    }

    // True when a reader turns small errors into different results (Floor of a dropout mask,
    // comparisons, casts to integers): such nodes stay float.
    bool feedsDiscontinuousOp(const tensorflow::NodeDef& node) const {
        static const std::set<std::string> ops = {"Floor", "Ceil", "Round", "Rint", "Cast", "Sign", "FloorDiv",
                                                  "FloorMod", "Greater", "GreaterEqual", "Less", "LessEqual",
                                                  "Equal", "NotEqual"};
        auto it = consumers.find(node.name());
        if (it == consumers.end()) return false;
        for (const auto* c : it->second)
            if (ops.count(c->op())) return true;
        return false;
    }

    std::string name(const std::string& base) { return uniqueName(base, &taken); }

    // The Const behind a chain of Identity nodes, or null.
    const tensorflow::NodeDef* constSource(const std::string& input) const {
        std::string current = input;
        for (int depth = 0; depth < 16; ++depth) {
            auto it = byName.find(nodeName(current));
            if (it == byName.end()) return nullptr;
            const tensorflow::NodeDef* n = it->second;
            if (n->op() == "Const") return outputIndex(current) == 0 ? n : nullptr;
            if (n->op() != "Identity" || dataInputs(*n).empty()) return nullptr;
            current = dataInputs(*n)[0];
        }
        return nullptr;
    }

    // Eight-bit (value, min, max) of a float tensor, created once per tensor.
    Result<std::array<std::string, 3>> quantized(const std::string& input, const std::string& prefix) {
        const std::string key = canonicalInput(input);
        auto found = eightBit.find(key);
        if (found != eightBit.end()) return found->second;
        const std::string base = prefix + "/" + flatInputName(input);
        std::array<std::string, 3> result;
        if (const tensorflow::NodeDef* c = constSource(input)) {
            // Fold QuantizeV2(const, Min(const), Max(const)) now, with the kernel the graph would run.
            TFS_ASSIGN_OR_RETURN(Tensor value, constValue(*c));
            if (value.dtype() != tensorflow::DT_FLOAT) return invalidArgument(TFS_PHRASE("Errors", "constant '%1' is not float"),
                                                                              c->name());
            float lo = 0, hi = 0;
            for (int64_t i = 0; i < value.numElements(); ++i) {
                float v = value.data<float>()[i];
                if (i == 0 || v < lo) lo = v;
                if (i == 0 || v > hi) hi = v;
            }
            tensorflow::NodeDef q;
            q.set_name(base + "/quantize");
            q.set_op("QuantizeV2");
            setTypeAttr(&q, "T", tensorflow::DT_QUINT8);
            (*q.mutable_attr())["mode"].set_s("MIN_FIRST");
            TFS_ASSIGN_OR_RETURN(auto outs, evaluateNode(q, {value, Tensor::scalar<float>(tensorflow::DT_FLOAT, lo),
                                                            Tensor::scalar<float>(tensorflow::DT_FLOAT, hi)}));
            if (outs.size() != 3) return internalError(TFS_PHRASE("Errors", "QuantizeV2 returned %1 outputs"),
                                                       outs.size());
            const char* suffix[3] = {"/quantized_const", "/quantized_min", "/quantized_max"};
            for (int i = 0; i < 3; ++i) {
                tensorflow::NodeDef node;
                makeConst(name(base + suffix[i]), outs[size_t(i)], &node);
                node.set_device(c->device());
                result[size_t(i)] = node.name();
                added.push_back(std::move(node));
            }
            ++foldedWeights;
        } else {
            tensorflow::NodeDef reshapeDims = intVectorConst(name(base + "/reshape_dims"), -1);
            tensorflow::NodeDef reductionDims = intVectorConst(name(base + "/reduction_dims"), 0);
            auto producer = byName.find(nodeName(input));
            const bool fed = !hasLoops || producer == byName.end() || feedable.count(nodeName(input)) ||
                             producer->second->op().rfind("Placeholder", 0) == 0;
            if (!fed) {
                reshapeDims.add_input("^" + nodeName(input));
                reductionDims.add_input("^" + nodeName(input));
            }
            tensorflow::NodeDef reshape;
            reshape.set_name(name(base + "/reshape"));
            reshape.set_op("Reshape");
            setTypeAttr(&reshape, "T", tensorflow::DT_FLOAT);
            reshape.add_input(input);
            reshape.add_input(reshapeDims.name());
            tensorflow::NodeDef minMax[2];
            const char* ops[2] = {"Min", "Max"};
            for (int i = 0; i < 2; ++i) {
                minMax[i].set_name(name(base + (i == 0 ? "/min" : "/max")));
                minMax[i].set_op(ops[i]);
                setTypeAttr(&minMax[i], "T", tensorflow::DT_FLOAT);
                (*minMax[i].mutable_attr())["keep_dims"].set_b(false);
                minMax[i].add_input(reshape.name());
                minMax[i].add_input(reductionDims.name());
            }
            tensorflow::NodeDef q;
            q.set_name(name(base + "/quantize"));
            q.set_op("QuantizeV2");
            setTypeAttr(&q, "T", tensorflow::DT_QUINT8);
            (*q.mutable_attr())["mode"].set_s("MIN_FIRST");
            q.add_input(input);
            q.add_input(minMax[0].name());
            q.add_input(minMax[1].name());
            result = {q.name(), q.name() + ":1", q.name() + ":2"};
            for (auto* n : {&reshapeDims, &reductionDims, &reshape, &minMax[0], &minMax[1], &q}) added.push_back(*n);
        }
        eightBit[key] = result;
        return result;
    }

    // Replaces one float node; returns false (nothing added) when it stays float.
    Result<bool> convert(const tensorflow::NodeDef& node, const OpInfo& info) {
        if (!isFloatNode(node) || !supportedLayout(node)) return false;
        if ((std::string(info.floatOp) == "Add" || std::string(info.floatOp) == "Mul") && feedsDiscontinuousOp(node)) {
            context.note(TFS_PHRASE("Notes", "left %1 in float: it feeds a discontinuous op"), node.name());
            return false;
        }
        std::vector<std::string> inputs = dataInputs(node);
        std::vector<std::string> controls;
        for (const auto& in : node.input())
            if (isControlInput(in)) controls.push_back(in);
        std::set<int> unquantized = info.unquantizedInputs;
        if (std::string(info.floatOp) == "ConcatV2") {
            if (inputs.size() < 2) return false;
            inputs.insert(inputs.begin(), inputs.back());  // axis first, like Concat
            inputs.pop_back();
            unquantized = {0};
        }
        const std::string prefix = node.name() + "_eightbit";
        std::vector<std::array<std::string, 3>> q;
        for (int i = 0; i < int(inputs.size()); ++i) {
            if (unquantized.count(i)) continue;
            TFS_ASSIGN_OR_RETURN(auto t, quantized(inputs[size_t(i)], prefix));
            q.push_back(t);
        }
        tensorflow::NodeDef main;
        main.set_name(name(node.name() + "/eightbit"));
        main.set_op(info.quantizedOp);
        main.set_device(node.device());
        for (const char* attr : info.attrsToCopy) {
            auto it = node.attr().find(attr);
            if (it != node.attr().end()) (*main.mutable_attr())[attr] = it->second;
        }
        for (const auto& [attr, type] : info.dtypes) setTypeAttr(&main, attr, type);
        if (std::string(info.floatOp) == "Reshape") {
            auto it = node.attr().find("Tshape");
            if (it != node.attr().end()) (*main.mutable_attr())["Tshape"] = it->second;
        }
        size_t next = 0;
        for (int i = 0; i < int(inputs.size()); ++i)
            main.add_input(unquantized.count(i) ? inputs[size_t(i)] : q[next++][0]);
        if (info.separateMinMax) {
            for (const auto& t : q) main.add_input(t[1]);
            for (const auto& t : q) main.add_input(t[2]);
        } else {
            for (const auto& t : q) {
                main.add_input(t[1]);
                main.add_input(t[2]);
            }
        }
        for (const auto& c : controls) main.add_input(c);
        std::string eight = main.name();
        added.push_back(main);
        if (info.qint32Output) {
            std::string lo, hi;
            const std::string requantName = name(main.name() + "/requantize");
            float trainedLo = 0, trainedHi = 0;
            const tensorflow::NodeDef* fakeQuant = trainedRange(node, &trainedLo, &trainedHi);
            if (fakeQuant) {
                auto a = scalarConst(name(main.name() + "/trained_min"), trainedLo);
                auto b = scalarConst(name(main.name() + "/trained_max"), trainedHi);
                lo = a.name();
                hi = b.name();
                added.push_back(a);
                added.push_back(b);
                foldedFakeQuants.insert(fakeQuant->name());
                tensorflow::NodeDef fqDeq;  // the FakeQuant's float output, from the eight-bit result
                fqDeq.set_name(fakeQuant->name());
                fqDeq.set_op("Dequantize");
                fqDeq.set_device(fakeQuant->device());
                setTypeAttr(&fqDeq, "T", tensorflow::DT_QUINT8);
                (*fqDeq.mutable_attr())["mode"].set_s("MIN_FIRST");
                for (const char* port : {"", ":1", ":2"}) fqDeq.add_input(requantName + port);
                added.push_back(fqDeq);
                eightBit[fakeQuant->name() + ":0"] = {requantName, requantName + ":1", requantName + ":2"};
                bypassable.insert(fakeQuant->name());
            } else if (hasFallback) {
                auto a = scalarConst(name(main.name() + "/fallback_min"), fallbackMin);
                auto b = scalarConst(name(main.name() + "/fallback_max"), fallbackMax);
                lo = a.name();
                hi = b.name();
                added.push_back(a);
                added.push_back(b);
            } else {
                tensorflow::NodeDef range;
                range.set_name(name(main.name() + "/requant_range"));
                range.set_op("RequantizationRange");
                range.set_device(node.device());
                setTypeAttr(&range, "Tinput", tensorflow::DT_QINT32);
                for (const char* port : {"", ":1", ":2"}) range.add_input(main.name() + port);
                lo = range.name();
                hi = range.name() + ":1";
                added.push_back(range);
            }
            if (!fakeQuant && onlyFeedsRelu(node)) {
                // The Relu's range is the measured one clamped at 0 on both ends (Requantize needs
                // min <= 0 <= max). Maximum nodes rather than a constant keep both range outputs in
                // use, so insert_logging still logs them for freeze_requantization_ranges.
                auto zero = scalarConst(name(main.name() + "/relu_zero"), 0.f);
                added.push_back(zero);
                if (hasFallback) {
                    lo = zero.name();
                    auto top = scalarConst(name(main.name() + "/relu_max"), std::max(0.f, fallbackMax));
                    hi = top.name();
                    added.push_back(top);
                } else {
                    const char* suffix[2] = {"/relu_min", "/relu_max"};
                    std::string* ends[2] = {&lo, &hi};
                    for (int e = 0; e < 2; ++e) {
                        tensorflow::NodeDef clamp;
                        clamp.set_name(name(main.name() + suffix[e]));
                        clamp.set_op("Maximum");
                        setTypeAttr(&clamp, "T", tensorflow::DT_FLOAT);
                        clamp.add_input(*ends[e]);
                        clamp.add_input(zero.name());
                        *ends[e] = clamp.name();
                        added.push_back(clamp);
                    }
                }
                ++reluRanges;
            }
            tensorflow::NodeDef requant;
            requant.set_name(requantName);
            requant.set_op("Requantize");
            requant.set_device(node.device());
            setTypeAttr(&requant, "Tinput", tensorflow::DT_QINT32);
            setTypeAttr(&requant, "out_type", tensorflow::DT_QUINT8);
            for (const char* port : {"", ":1", ":2"}) requant.add_input(main.name() + port);
            requant.add_input(lo);
            requant.add_input(hi);
            eight = requant.name();
            added.push_back(requant);
        }
        tensorflow::NodeDef deq;
        deq.set_name(node.name());
        deq.set_op("Dequantize");
        deq.set_device(node.device());
        setTypeAttr(&deq, "T", tensorflow::DT_QUINT8);
        (*deq.mutable_attr())["mode"].set_s("MIN_FIRST");
        for (const char* port : {"", ":1", ":2"}) deq.add_input(eight + port);
        added.push_back(deq);
        // Consumers that are eight-bit ops read the quantized result directly (no Dequantize -> QuantizeV2).
        eightBit[node.name() + ":0"] = {eight, eight + ":1", eight + ":2"};
        bypassable.insert(node.name());
        return true;
    }
};

Status quantizePlaceholders(const TransformContext& context, Builder* b, tensorflow::GraphDef* graph) {
    const bool hasMin = context.countParameter("input_min") > 0, hasMax = context.countParameter("input_max") > 0;
    if (!hasMin && !hasMax) return okStatus();
    if (hasMin != hasMax)
        return invalidArgument(TFS_PHRASE("Errors", "quantize_nodes needs both input_min and input_max, e.g. quantize_nodes(input_min=-1, input_max=1)"));
    TFS_ASSIGN_OR_RETURN(double lo, context.getOneFloat("input_min", 0.0));
    TFS_ASSIGN_OR_RETURN(double hi, context.getOneFloat("input_max", 0.0));
    std::map<std::string, std::string> renames;
    std::vector<tensorflow::NodeDef> extra;
    std::set<std::string> skip;
    for (auto& node : *graph->mutable_node()) {
        auto dt = node.attr().find("dtype");
        if (node.op() != "Placeholder" || dt == node.attr().end() || dt->second.type() != tensorflow::DT_FLOAT) continue;
        setTypeAttr(&node, "dtype", tensorflow::DT_QUINT8);
        const std::string prefix = node.name() + "_eightbit";
        auto mn = scalarConst(b->name(prefix + "/min"), float(lo));
        auto mx = scalarConst(b->name(prefix + "/max"), float(hi));
        tensorflow::NodeDef deq;
        deq.set_name(b->name(prefix + "/dequantize"));
        deq.set_op("Dequantize");
        setTypeAttr(&deq, "T", tensorflow::DT_QUINT8);
        (*deq.mutable_attr())["mode"].set_s("MIN_FIRST");
        deq.add_input(node.name());
        deq.add_input(mn.name());
        deq.add_input(mx.name());
        renames[node.name() + ":0"] = deq.name() + ":0";
        skip.insert(deq.name());
        // Eight-bit consumers use the fed codes directly.
        b->eightBit[deq.name() + ":0"] = {node.name(), mn.name(), mx.name()};
        b->bypassable.insert(deq.name());
        extra.push_back(mn);
        extra.push_back(mx);
        extra.push_back(deq);
    }
    for (auto& n : extra) *graph->add_node() = std::move(n);
    replaceInputs(graph, renames, skip);
    return okStatus();
}

}  // namespace

Status quantizeNodes(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    std::set<std::string> ignored;
    for (const auto& op : context.getList("ignore_op")) ignored.insert(op);
    tensorflow::GraphDef graph;
    TFS_RETURN_IF_ERROR(sortByExecutionOrder(in, &graph));
    *graph.mutable_library() = in.library();
    Builder b(context);
    for (const auto& node : graph.node()) b.taken.insert(node.name());
    const bool hasFbMin = context.countParameter("fallback_min") > 0, hasFbMax = context.countParameter("fallback_max") > 0;
    if (hasFbMin != hasFbMax)
        return invalidArgument(TFS_PHRASE("Errors", "quantize_nodes needs both fallback_min and fallback_max, e.g. quantize_nodes(fallback_min=-10, fallback_max=10)"));
    if (hasFbMin) {
        TFS_ASSIGN_OR_RETURN(double lo, context.getOneFloat("fallback_min", 0.0));
        TFS_ASSIGN_OR_RETURN(double hi, context.getOneFloat("fallback_max", 0.0));
        if (lo > 0 || hi < lo)
            return invalidArgument(TFS_PHRASE("Errors", "quantize_nodes: fallback_min must be <= 0 and fallback_max >= fallback_min"));
        b.hasFallback = true;
        b.fallbackMin = float(lo);
        b.fallbackMax = float(hi);
    }
    TFS_RETURN_IF_ERROR(quantizePlaceholders(context, &b, &graph));
    for (const auto& node : graph.node()) b.byName[node.name()] = &node;
    b.consumers = mapConsumers(graph);
    b.outputs = nodeNames(context.outputNames);
    b.feedable = nodeNames(context.inputNames);
    for (const auto& node : graph.node()) b.hasLoops |= node.op() == "Enter" || node.op() == "RefEnter";
    b.ignoredOps = ignored;
    std::map<std::string, const OpInfo*> infos;
    for (const auto& info : opList())
        if (!ignored.count(info.floatOp)) infos[info.floatOp] = &info;

    // Convert in execution order so producers are eight-bit before their consumers ask.
    std::map<std::string, int> originalConsumers;
    for (const auto& node : graph.node())
        for (const auto& input : node.input()) ++originalConsumers[nodeName(input)];
    std::set<std::string> originalNames;
    for (const auto& node : graph.node()) originalNames.insert(node.name());
    std::vector<tensorflow::NodeDef> kept;
    int count = 0;
    for (const auto& node : graph.node()) {
        if (b.foldedFakeQuants.count(node.name())) continue;  // now a Dequantize of the Requantize
        auto it = infos.find(node.op());
        if (it == infos.end() || node.op() == "Const") {
            kept.push_back(node);
            continue;
        }
        size_t mark = b.added.size();
        auto ok = b.convert(node, *it->second);
        if (!ok.ok()) {
            b.added.resize(mark);
            return ok.status().withContext(TFS_PHRASE("Errors", "quantize_nodes: node '%1'"), node.name());
        }
        if (*ok) {

            ++count;
        } else {
            kept.push_back(node);
        }
    }
    out->Clear();
    *out->mutable_versions() = in.versions();
    *out->mutable_library() = in.library();
    for (auto& n : kept) *out->add_node() = std::move(n);
    for (auto& n : b.added) *out->add_node() = std::move(n);

    // Drop what nothing reads any more: Dequantizes bypassed by eight-bit consumers (unless they are
    // outputs or were sinks to begin with) and weights whose float Const only fed quantized ops.
    const std::set<std::string> outputs = nodeNames(context.outputNames), inputs = nodeNames(context.inputNames);
    for (bool changed = true; changed;) {
        changed = false;
        std::map<std::string, int> uses;
        for (const auto& node : out->node())
            for (const auto& input : node.input()) ++uses[nodeName(input)];
        tensorflow::GraphDef pruned;
        for (const auto& node : out->node()) {
            const bool bypassedDequantize = b.bypassable.count(node.name()) && originalConsumers[node.name()] > 0;
            const bool orphanConst = (node.op() == "Const" || node.op() == "Identity") && originalNames.count(node.name()) &&
                                     originalConsumers[node.name()] > 0;
            if (!uses[node.name()] && !outputs.count(node.name()) && !inputs.count(node.name()) &&
                (bypassedDequantize || orphanConst)) {
                changed = true;
                continue;
            }
            *pruned.add_node() = node;
        }
        if (changed) {
            *pruned.mutable_versions() = out->versions();
            *pruned.mutable_library() = out->library();
            *out = std::move(pruned);
        }
    }
    context.note(TFS_PHRASE("Notes",
                            "converted %1 ops to eight bit; %2 constant inputs quantized at transform time; %3 "
                            "requantizations narrowed to [0, max] for the Relu that follows"),
                 count, b.foldedWeights, b.reluRanges);
    return okStatus();
}

}  // namespace tfs::transforms
