#include "core/ops/shape_inference.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/model/attrs.h"
#include "core/model/graph_index.h"
#include "core/ops/op_registry.h"
#include "core/ops/shape_context.h"

namespace tfs {
namespace shape_detail {

namespace {
const InferredTensor& unknownTensor() {
    static const InferredTensor unknown;
    return unknown;
}

bool isIntType(DataType t) { return isIntegerType(t) || t == tensorflow::DT_BOOL; }

// Reads an integer element exactly (no detour through double); uint64 beyond int64 saturates.
int64_t intElement(const Tensor& t, int64_t k) {
    switch (t.dtype()) {
    case tensorflow::DT_INT32: return t.data<int32_t>()[k];
    case tensorflow::DT_INT64: return t.data<int64_t>()[k];
    case tensorflow::DT_INT16: return t.data<int16_t>()[k];
    case tensorflow::DT_INT8: return t.data<int8_t>()[k];
    case tensorflow::DT_UINT8: return t.data<uint8_t>()[k];
    case tensorflow::DT_UINT16: return t.data<uint16_t>()[k];
    case tensorflow::DT_UINT32: return t.data<uint32_t>()[k];
    case tensorflow::DT_UINT64: {
        uint64_t v = t.data<uint64_t>()[k];
        return v > uint64_t(std::numeric_limits<int64_t>::max()) ? std::numeric_limits<int64_t>::max() : int64_t(v);
    }
    case tensorflow::DT_BOOL: return t.data<bool>()[k] ? 1 : 0;
    default: return 0;
    }
}

}  // namespace

const InferredTensor& ShapeContext::in(int i) const {
    if (i < 0 || i >= numInputs() || !inputs_[size_t(i)]) return unknownTensor();
    return *inputs_[size_t(i)];
}

const tensorflow::NodeDef* ShapeContext::inputNode(int i) const {
    if (i < 0 || i >= int(inputNodes_.size())) return nullptr;
    return inputNodes_[size_t(i)];
}

bool ShapeContext::hasInput(int i) const { return i >= 0 && i < numInputs() && inputs_[size_t(i)]; }

std::optional<std::vector<int64_t>> ShapeContext::inInts(int i) const {
    const InferredTensor& t = in(i);
    if (!t.value || !isIntType(t.value->dtype()) || !t.value->rawData()) return std::nullopt;
    std::vector<int64_t> out(size_t(t.value->numElements()));
    for (int64_t k = 0; k < t.value->numElements(); ++k) out[size_t(k)] = intElement(*t.value, k);
    return out;
}

std::optional<double> ShapeContext::inScalar(int i) const {
    const InferredTensor& t = in(i);
    if (!t.value || t.value->numElements() != 1 || dtypeSize(t.value->dtype()) == 0) return std::nullopt;
    return tensorElementAsDouble(*t.value, 0);
}

std::optional<std::vector<int64_t>> ShapeContext::inPartialInts(int i) const {
    if (auto v = inInts(i)) return v;
    const InferredTensor& t = in(i);
    if (!t.partialValue.empty()) return t.partialValue;
    // A vector of known length with unknown elements.
    if (t.shape.rank() == 1 && t.shape.dims[0] >= 0 && t.shape.dims[0] <= kMaxValueElements)
        return std::vector<int64_t>(size_t(t.shape.dims[0]), kUnknownValue);
    if (t.shape.rank() == 0) return std::vector<int64_t>{kUnknownValue};
    return std::nullopt;
}

PartialShape ShapeContext::inAsShape(int i) const {
    const InferredTensor& t = in(i);
    if (t.shape.rank() == 0) {
        // A scalar -1 means unknown rank; other scalars are not shapes.
        return PartialShape::unknown();
    }
    auto elems = inPartialInts(i);
    if (!elems) return PartialShape::unknown();
    PartialShape s = PartialShape::of({});
    for (int64_t e : *elems) s.dims.push_back(e < 0 ? -1 : e);
    return s;
}

void ShapeContext::setShape(int i, PartialShape shape) {
    if (i < 0 || i >= numOutputs()) return;
    outputs_[size_t(i)].shape = std::move(shape);
}

void ShapeContext::setIntValue(int i, const std::vector<int64_t>& values, const Dims& dims) {
    if (i < 0 || i >= numOutputs() || int64_t(values.size()) > kMaxValueElements) return;
    InferredTensor& o = outputs_[size_t(i)];
    DataType t = o.dtype;
    if (t != tensorflow::DT_INT32 && t != tensorflow::DT_INT64) return;
    auto made = Tensor::make(t, dims);
    if (!made.ok() || made->numElements() != int64_t(values.size())) return;
    for (size_t k = 0; k < values.size(); ++k) {
        if (t == tensorflow::DT_INT32) made->data<int32_t>()[k] = int32_t(values[k]);
        else made->data<int64_t>()[k] = values[k];
    }
    o.value = std::move(*made);
    o.partialValue.clear();
    o.shape = PartialShape::of(dims);
}

void ShapeContext::setPartialInts(int i, const std::vector<int64_t>& values, bool scalar) {
    if (i < 0 || i >= numOutputs() || int64_t(values.size()) > kMaxValueElements) return;
    if (scalar && values.size() != 1) return;
    Dims dims = scalar ? Dims{} : Dims{int64_t(values.size())};
    if (std::none_of(values.begin(), values.end(), [](int64_t v) { return v == kUnknownValue; })) {
        setIntValue(i, values, dims);
        if (outputs_[size_t(i)].value) return;
    }
    InferredTensor& o = outputs_[size_t(i)];
    o.shape = PartialShape::of(dims);
    if (std::any_of(values.begin(), values.end(), [](int64_t v) { return v != kUnknownValue; })) o.partialValue = values;
}

void ShapeContext::forward(int to, int from) {
    if (to < 0 || to >= numOutputs()) return;
    const InferredTensor& src = in(from);
    InferredTensor& o = outputs_[size_t(to)];
    o.shape = src.shape;
    if (src.value && (o.dtype == src.dtype || o.dtype == tensorflow::DT_INVALID)) o.value = src.value;
    if (o.dtype == src.dtype || o.dtype == tensorflow::DT_INVALID) o.partialValue = src.partialValue;
    if (o.dtype == tensorflow::DT_INVALID) o.dtype = src.dtype;
    o.handleDtype = src.handleDtype;
    o.handleShape = src.handleShape;
}

namespace {
struct ShapeFnTable {
    std::unordered_map<std::string, ShapeFn> byOp;
    std::vector<std::string> errors;  // an op listed twice: the first entry wins, the rest are reported
};

const ShapeFnTable& shapeFnTable() {
    static const auto* table = [] {
        auto* t = new ShapeFnTable;
        const std::pair<const char*, std::vector<ShapeFnEntry> (*)()> lists[] = {
            {"arrayShapeFns", &arrayShapeFns}, {"nnShapeFns", &nnShapeFns}, {"miscShapeFns", &miscShapeFns}};
        std::unordered_map<std::string, const char*> listedBy;
        for (const auto& [listName, list] : lists)
            for (const ShapeFnEntry& e : list()) {
                auto [it, added] = listedBy.emplace(e.op, listName);
                if (added)
                    t->byOp.emplace(e.op, e.fn);
                else
                    t->errors.push_back(std::string("shape function for ") + e.op + " listed in " + it->second +
                                        " and again in " + listName);
            }
        return t;
    }();
    return *table;
}
}  // namespace

ShapeFn findShapeFn(const std::string& op) {
    const auto& table = shapeFnTable().byOp;
    auto it = table.find(op);
    return it == table.end() ? nullptr : it->second;
}

std::vector<std::string> shapeFnOps() {
    std::vector<std::string> ops;
    for (const auto& [name, fn] : shapeFnTable().byOp) ops.push_back(name);
    std::sort(ops.begin(), ops.end());
    return ops;
}

const std::vector<std::string>& shapeFnTableErrors() { return shapeFnTable().errors; }

bool normalizeAxis(int64_t axis, int rank, int64_t* out) {
    if (rank < 0) return false;
    if (axis < 0) axis += rank;
    if (axis < 0 || axis >= rank) return false;
    *out = axis;
    return true;
}

int64_t addDims(int64_t a, int64_t b) {
    if (a < 0 || b < 0 || a > std::numeric_limits<int64_t>::max() - b) return -1;
    return a + b;
}

int64_t mulDims(int64_t a, int64_t b) {
    if (a < 0 || b < 0) return -1;
    if (a != 0 && b > std::numeric_limits<int64_t>::max() / a) return -1;
    return a * b;
}

int64_t knownProduct(const PartialShape& shape) {
    if (!shape.isFullyKnown()) return -1;
    int64_t p = 1;
    for (int64_t d : shape.dims) p = mulDims(p, d);
    return p;
}

int64_t windowOutput(int64_t in, int64_t window, int64_t stride, int64_t dilation, const std::string& padding,
                     int64_t padBefore, int64_t padAfter) {
    constexpr int64_t kLimit = int64_t(1) << 40;  // larger sizes are corrupt input: unknown
    if (in < 0 || stride <= 0 || in > kLimit || stride > kLimit) return -1;
    if (padding == "SAME") return (in + stride - 1) / stride;
    if (window < 1 || dilation <= 0 || window > kLimit || dilation > kLimit) return -1;
    int64_t effective = (window - 1) * dilation + 1;
    if (effective > kLimit * 2) return -1;
    if (padding == "VALID") return in >= effective ? (in - effective) / stride + 1 : 0;
    if (padding == "EXPLICIT") {
        if (padBefore < 0 || padAfter < 0 || padBefore > kLimit || padAfter > kLimit) return -1;
        int64_t padded = in + padBefore + padAfter;
        return padded >= effective ? (padded - effective) / stride + 1 : 0;
    }
    return -1;
}

int channelDim(const std::string& format, int rank) {
    if (format.size() >= 2 && format[0] == 'N' && format[1] == 'C') return 1;
    return rank - 1;
}

int firstSpatialDim(const std::string& format) {
    return format.size() >= 2 && format[0] == 'N' && format[1] == 'C' ? 2 : 1;
}

}  // namespace shape_detail

PartialShape mergeShapes(const PartialShape& a, const PartialShape& b) {
    if (!a.knownRank) return b;
    if (!b.knownRank) return a;
    if (a.rank() != b.rank()) return PartialShape::unknown();
    PartialShape out = a;
    for (size_t i = 0; i < a.dims.size(); ++i) {
        int64_t x = a.dims[i], y = b.dims[i];
        out.dims[i] = x < 0 ? y : y < 0 ? x : (x == y ? x : -1);
    }
    return out;
}

PartialShape generalizeShapes(const PartialShape& a, const PartialShape& b) {
    if (!a.knownRank || !b.knownRank || a.rank() != b.rank()) return PartialShape::unknown();
    PartialShape out = a;
    for (size_t i = 0; i < a.dims.size(); ++i)
        if (a.dims[i] != b.dims[i]) out.dims[i] = -1;
    return out;
}

PartialShape broadcastShapes(const PartialShape& a, const PartialShape& b) {
    if (!a.knownRank || !b.knownRank) return PartialShape::unknown();
    size_t rank = std::max(a.dims.size(), b.dims.size());
    PartialShape out = PartialShape::of(std::vector<int64_t>(rank, -1));
    for (size_t i = 0; i < rank; ++i) {
        int64_t x = i < rank - a.dims.size() ? 1 : a.dims[i - (rank - a.dims.size())];
        int64_t y = i < rank - b.dims.size() ? 1 : b.dims[i - (rank - b.dims.size())];
        int64_t r = -1;
        if (x == 1) r = y;
        else if (y == 1) r = x;
        else if (x >= 0 && y >= 0) r = x == y ? x : -1;  // incompatible: leave unknown
        else if (x > 1) r = x;                           // y unknown: must be 1 or x
        else if (y > 1) r = y;
        out.dims[i] = r;
    }
    return out;
}

namespace {

using shape_detail::ShapeContext;

constexpr int kMaxOutputs = 1 << 16;
constexpr int kMaxLoopPasses = 6;

struct UserShapes {
    std::unordered_map<std::string, std::map<int, PartialShape>> byNode;
};

// User shapes must name existing nodes; hints (lenient) naming no node are skipped.
Result<UserShapes> parseUserShapes(const GraphIndex& index, const std::map<std::string, PartialShape>& given,
                                   bool lenient = false) {
    UserShapes out;
    for (const auto& [name, shape] : given) {
        TensorRef ref = TensorRef::parse(name);
        if (lenient && (ref.control || index.find(ref.node) < 0)) continue;
        if (ref.control || index.find(ref.node) < 0)
            return invalidArgument(TFS_PHRASE("Errors", "input shape given for '%1', but the graph has no node '%2'"), name, ref.node);
        for (int64_t d : shape.dims)
            if (shape.knownRank && d < -1)
                return invalidArgument(TFS_PHRASE("Errors", "input shape for '%1' has a negative dimension: %2"), name, shape.toString());
        out.byNode[ref.node][ref.output] = shape;
    }
    return out;
}

bool sameInference(const std::vector<InferredTensor>& a, const std::vector<InferredTensor>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].shape != b[i].shape || a[i].dtype != b[i].dtype || a[i].value.has_value() != b[i].value.has_value() ||
            a[i].partialValue != b[i].partialValue || a[i].handleShape != b[i].handleShape)
            return false;
    return true;
}

// What one inference run works on: a graph or a function body.
struct Run {
    explicit Run(const GraphIndex& graphIndex) : index(graphIndex) {}
    const GraphIndex& index;
    const tensorflow::FunctionDefLibrary* library = nullptr;
    int producer = 0;
    const UserShapes* user = nullptr;
    const UserShapes* hints = nullptr;  // merged, not overriding
    bool functionBody = false;                        // inputs are "node:out_arg:idx"
    std::map<std::string, InferredTensor> arguments;  // function arguments by name
};

std::vector<std::vector<InferredTensor>> runInferenceByNode(const Run& run) {
    const GraphIndex& index = run.index;
    const int n = index.size();

    // Output counts: the registry's, widened to every output a consumer references.
    std::vector<int> outputCount(static_cast<size_t>(n), 0);
    std::vector<std::vector<DataType>> dtypes(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const auto& node = index.node(i);
        auto count = numOutputs(node, run.library);
        int c = count.ok() ? std::min(*count, kMaxOutputs) : 0;
        if (!run.functionBody)
            for (const GraphEdge& e : index.consumers(i))
                if (!e.control && e.srcOutput >= c && e.srcOutput < kMaxOutputs) c = e.srcOutput + 1;
        outputCount[size_t(i)] = c;
        dtypes[size_t(i)].assign(size_t(c), tensorflow::DT_INVALID);
        if (count.ok()) {
            auto types = outputDtypes(node, run.library);
            if (types.ok())
                for (size_t k = 0; k < types->size() && k < size_t(c); ++k) dtypes[size_t(i)][k] = baseType((*types)[k]);
        }
    }

    // Where each data input comes from: (node, flat output) or an argument.
    struct Source {
        int node = -1;
        int output = 0;
        const InferredTensor* argument = nullptr;
    };
    std::vector<std::vector<Source>> sources(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const auto& node = index.node(i);
        for (const GraphEdge& e : index.inputs(i)) {
            if (e.control) continue;
            Source src;
            src.node = e.src;
            src.output = e.srcOutput;
            if (run.functionBody) {
                TensorRef ref = TensorRef::parse(node.input(e.dstInput));
                if (e.src < 0) {
                    auto it = run.arguments.find(ref.node);
                    if (it != run.arguments.end() && ref.output == 0) src.argument = &it->second;
                } else if (!ref.outputArg.empty()) {
                    auto flat = flatOutputIndex(index.node(e.src), ref.outputArg, ref.output, run.library);
                    src.output = flat.ok() ? *flat : -1;
                }
            }
            sources[size_t(i)].push_back(src);
        }
    }

    std::vector<std::vector<InferredTensor>> results(static_cast<size_t>(n));
    std::vector<char> done(static_cast<size_t>(n), 0);
    bool hasLoops = false;
    for (int i = 0; i < n; ++i)
        if (index.node(i).op() == "NextIteration" || index.node(i).op() == "RefNextIteration") hasLoops = true;

    auto compute = [&](int i, bool forceUnknownMerge) {
        const auto& node = index.node(i);
        std::vector<InferredTensor> outputs(static_cast<size_t>(outputCount[size_t(i)]));
        for (size_t k = 0; k < outputs.size(); ++k) outputs[k].dtype = dtypes[size_t(i)][k];
        std::vector<const InferredTensor*> inputs;
        std::vector<const tensorflow::NodeDef*> inputNodes;
        for (const Source& s : sources[size_t(i)]) {
            const InferredTensor* t = s.argument;
            const tensorflow::NodeDef* src = nullptr;
            if (s.node >= 0) {
                src = &index.node(s.node);
                const auto& r = results[size_t(s.node)];
                if (done[size_t(s.node)] && s.output >= 0 && s.output < int(r.size())) t = &r[size_t(s.output)];
            }
            inputs.push_back(t);
            inputNodes.push_back(src);
        }
        ShapeContext ctx(node, std::move(inputs), std::move(inputNodes), outputs, run.producer);
        if (forceUnknownMerge && (node.op() == "Merge" || node.op() == "RefMerge")) {
            // Loops that keep changing shapes: give up on the merged shape.
        } else if (shape_detail::ShapeFn fn = shape_detail::findShapeFn(node.op())) {
            fn(ctx);
        }
        auto it = node.attr().find("_output_shapes");
        if (it != node.attr().end() && it->second.list().shape_size() == int(outputs.size())) {
            for (size_t k = 0; k < outputs.size(); ++k) {
                PartialShape recorded = PartialShape::fromProto(it->second.list().shape(int(k)));
                PartialShape merged = mergeShapes(outputs[k].shape, recorded);
                if (merged != outputs[k].shape) {
                    outputs[k].shape = merged;
                    if (outputs[k].value && PartialShape::of(outputs[k].value->dims()) != merged) outputs[k].value.reset();
                }
            }
        }
        // No dim below -1 ever leaves inference (corrupt attrs or values).
        for (auto& o : outputs)
            for (int64_t& d : o.shape.dims)
                if (d < -1) d = -1;
        if (run.hints) {
            if (auto h = run.hints->byNode.find(node.name()); h != run.hints->byNode.end()) {
                for (const auto& [k, shape] : h->second) {
                    if (k < 0 || k >= int(outputs.size())) continue;
                    PartialShape merged = mergeShapes(outputs[size_t(k)].shape, shape);
                    if (merged != outputs[size_t(k)].shape) {
                        outputs[size_t(k)].shape = merged;
                        outputs[size_t(k)].value.reset();
                        outputs[size_t(k)].partialValue.clear();
                    }
                }
            }
        }
        if (run.user) {
            if (auto u = run.user->byNode.find(node.name()); u != run.user->byNode.end()) {
                for (const auto& [k, shape] : u->second) {
                    if (k < 0 || k >= int(outputs.size())) continue;
                    outputs[size_t(k)].shape = shape;
                    outputs[size_t(k)].value.reset();
                    outputs[size_t(k)].partialValue.clear();
                }
            }
        }
        return outputs;
    };

    const std::vector<int>& order = index.topologicalOrder();
    int passes = hasLoops ? kMaxLoopPasses : 1;
    bool changed = true;
    for (int pass = 0; pass < passes && changed; ++pass) {
        changed = false;
        for (int i : order) {
            auto outputs = compute(i, false);
            if (!done[size_t(i)] || !sameInference(outputs, results[size_t(i)])) changed = true;
            results[size_t(i)] = std::move(outputs);
            done[size_t(i)] = 1;
        }
    }
    if (changed && hasLoops) {
        // Did not settle: recompute once with loop merges unknown, which cannot be wrong.
        for (int i : order) results[size_t(i)] = compute(i, true);
    }

    return results;
}

ShapeMap runInference(const Run& run) {
    std::vector<std::vector<InferredTensor>> results = runInferenceByNode(run);
    ShapeMap map;
    for (const auto& [name, tensor] : run.arguments) map[name + ":0"] = tensor;
    for (int i = 0; i < run.index.size(); ++i) {
        const std::string& name = run.index.node(i).name();
        for (size_t k = 0; k < results[size_t(i)].size(); ++k)
            map[name + ":" + std::to_string(k)] = std::move(results[size_t(i)][k]);
    }
    return map;
}

// The inference of a main graph (not a function body) with the user's shapes and the hints.
Run mainGraphRun(const tensorflow::GraphDef& graph, const GraphIndex& index, const UserShapes& user, const UserShapes& hints) {
    Run run(index);
    run.library = graph.has_library() ? &graph.library() : nullptr;
    run.producer = graph.versions().producer();
    run.user = &user;
    run.hints = &hints;
    return run;
}

}  // namespace

Result<ShapeMap> inferShapes(const tensorflow::GraphDef& graph, const std::map<std::string, PartialShape>& inputShapes) {
    return inferShapesWithHints(graph, {}, inputShapes);
}

Result<ShapeMap> inferShapesWithHints(const tensorflow::GraphDef& graph, const std::map<std::string, PartialShape>& hints,
                                      const std::map<std::string, PartialShape>& inputShapes) {
    GraphIndex index(graph);
    TFS_ASSIGN_OR_RETURN(UserShapes user, parseUserShapes(index, inputShapes));
    TFS_ASSIGN_OR_RETURN(UserShapes hinted, parseUserShapes(index, hints, true));
    return runInference(mainGraphRun(graph, index, user, hinted));
}

Result<ShapesByNode> inferShapesByNode(const tensorflow::GraphDef& graph, const GraphIndex& index,
                                       const std::map<std::string, PartialShape>& hints,
                                       const std::map<std::string, PartialShape>& inputShapes) {
    TFS_ASSIGN_OR_RETURN(UserShapes user, parseUserShapes(index, inputShapes));
    TFS_ASSIGN_OR_RETURN(UserShapes hinted, parseUserShapes(index, hints, true));
    return runInferenceByNode(mainGraphRun(graph, index, user, hinted));
}

Result<ShapeMap> inferFunctionShapes(const tensorflow::FunctionDef& function, const tensorflow::FunctionDefLibrary* library,
                                     const std::vector<PartialShape>& argShapes) {
    const tensorflow::OpDef& sig = function.signature();
    if (!argShapes.empty() && int(argShapes.size()) != sig.input_arg_size())
        return invalidArgument(TFS_PHRASE("Errors", "function '%1' takes %2 argument(s), but %3 shape(s) were given"), sig.name(), sig.input_arg_size(), argShapes.size());
    std::vector<std::string> argNames;
    for (const auto& a : sig.input_arg()) argNames.push_back(a.name());
    GraphIndex index(function.node_def(), argNames);
    Run run(index);
    run.library = library;
    run.producer = 1 << 30;  // function bodies are never legacy graphs
    run.functionBody = true;
    // Recorded argument shapes: arg_attr[i]._output_shapes, or the function's _input_shapes.
    const tensorflow::AttrValue* inputShapes = nullptr;
    if (auto it = function.attr().find("_input_shapes"); it != function.attr().end()) inputShapes = &it->second;
    for (int i = 0; i < sig.input_arg_size(); ++i) {
        InferredTensor t;
        t.dtype = baseType(sig.input_arg(i).type());
        if (sig.input_arg(i).handle_data_size() == 1) {
            t.handleDtype = sig.input_arg(i).handle_data(0).dtype();
            t.handleShape = PartialShape::fromProto(sig.input_arg(i).handle_data(0).shape());
        }
        if (!argShapes.empty()) {
            t.shape = argShapes[size_t(i)];
        } else if (auto a = function.arg_attr().find(uint32_t(i)); a != function.arg_attr().end() &&
                                                                  a->second.attr().count("_output_shapes") &&
                                                                  a->second.attr().at("_output_shapes").list().shape_size() == 1) {
            t.shape = PartialShape::fromProto(a->second.attr().at("_output_shapes").list().shape(0));
        } else if (inputShapes && inputShapes->list().shape_size() == sig.input_arg_size()) {
            t.shape = PartialShape::fromProto(inputShapes->list().shape(i));
        }
        run.arguments[sig.input_arg(i).name()] = std::move(t);
    }
    return runInference(run);
}

}  // namespace tfs
