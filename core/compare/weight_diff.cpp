#include "core/compare/weight_diff.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "core/compare/metrics.h"
#include "core/exec/kernel.h"
#include "core/model/graph_index.h"

namespace tfs::compare {

namespace {

// Evaluates small constant-only chains (Const -> Dequantize/Cast/Identity) that a
// weight pass leaves in place of a float Const. Depth-limited; no executor needed.
class ConstEvaluator {
public:
    explicit ConstEvaluator(const tensorflow::GraphDef& graph) : index_(graph) {}

    /// The value of node i's output 0 when it is computable from constants alone.
    Result<Tensor> value(int i, int depth = 0) {
        auto cached = cache_.find(i);
        if (cached != cache_.end()) return cached->second;
        if (depth > 6) return failedPrecondition(TFS_PHRASE("Errors", "constant chain too deep"));
        const auto& node = index_.node(i);
        Tensor result;
        if (node.op() == "Const") {
            auto it = node.attr().find("value");
            if (it == node.attr().end()) return invalidArgument(TFS_PHRASE("Errors", "Const '%1' has no value"),
                                                                node.name());
            TFS_ASSIGN_OR_RETURN(result, Tensor::fromProto(it->second.tensor()));
        } else if (node.op() == "Identity" || node.op() == "Dequantize" || node.op() == "Cast") {
            std::vector<Tensor> inputs;
            for (const auto& edge : index_.inputs(i)) {
                if (edge.control) continue;
                if (edge.src < 0 || edge.srcOutput != 0) return failedPrecondition(TFS_PHRASE("Errors", "input is not a constant"));
                TFS_ASSIGN_OR_RETURN(Tensor in, value(edge.src, depth + 1));
                inputs.push_back(std::move(in));
            }
            if (inputs.empty()) return failedPrecondition(TFS_PHRASE("Errors", "no inputs"));
            if (node.op() == "Identity") {
                result = inputs[0];
            } else {
                const exec::KernelFn* fn = exec::findKernel(node.op());
                if (!fn) return unimplemented(TFS_PHRASE("Errors", "no kernel for %1"), node.op());
                std::vector<Tensor> outputs;
                exec::KernelContext ctx{node, inputs, outputs, nullptr};
                TFS_RETURN_IF_ERROR((*fn)(ctx));
                if (outputs.empty()) return internalError(TFS_PHRASE("Errors", "kernel gave no output"));
                result = outputs[0];
            }
        } else {
            return failedPrecondition(TFS_PHRASE("Errors", "not a constant"));
        }
        cache_[i] = result;
        return result;
    }

    const GraphIndex& index() const { return index_; }

private:
    GraphIndex index_;
    std::unordered_map<int, Tensor> cache_;
};

std::string describeSource(const char* kind, const Tensor& t) { return std::string(kind) + " " + t.describe(); }

uint64_t countDistinct(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return uint64_t(std::unique(v.begin(), v.end()) - v.begin());
}

}  // namespace

Result<std::vector<WeightValues>> collectWeights(const Model& model, int64_t minElements, const WorkContext& work) {
    std::vector<WeightValues> out;
    if (const auto* graph = model.graph()) {
        ConstEvaluator eval(*graph);
        const GraphIndex& index = eval.index();
        for (int i = 0; i < index.size(); ++i) {
            if (work.cancelled()) return cancelled();
            const auto& node = index.node(i);
            const std::string& op = node.op();
            if (op != "Const" && op != "Dequantize" && op != "Cast") continue;  // Identity copies would repeat weights
            auto value = eval.value(i);
            if (!value.ok()) continue;
            const Tensor& t = *value;
            if (!isFloatingType(t.dtype()) || t.numElements() < minElements) continue;
            TFS_ASSIGN_OR_RETURN(auto values, tensorToDoubles(t));
            std::string source = op == "Const" ? describeSource("const", t) : describeSource(op.c_str(), t);
            if (op != "Const") {
                // Name what the value was computed from: "Dequantize of const quint8[...]".
                for (const auto& edge : index.inputs(i))
                    if (!edge.control && edge.src >= 0 && index.node(edge.src).op() == "Const") {
                        auto in = eval.value(edge.src);
                        if (in.ok()) source = op + " of const " + in->describe();
                        break;
                    }
            }
            out.push_back({node.name(), source, std::move(values), t.dims()});
        }
    }
    if (model.variables) {
        std::vector<std::pair<std::string, std::string>> vars;  // name, key
        std::set<std::string> listed;
        for (const auto& info : model.variableInfos) {
            if (info.optimizerSlot || info.checkpointKey.empty()) continue;
            vars.push_back({info.name, info.checkpointKey});
            listed.insert(info.checkpointKey);
        }
        if (model.variableInfos.empty())
            for (const auto& e : model.variables->entries()) vars.push_back({e.key, e.key});
        for (const auto& [name, key] : vars) {
            if (work.cancelled()) return cancelled();
            const auto* entry = model.variables->find(key);
            if (!entry || !isFloatingType(entry->dtype)) continue;
            auto t = model.variables->read(key);
            if (!t.ok()) return t.status();
            if (t->numElements() < minElements) continue;
            TFS_ASSIGN_OR_RETURN(auto values, tensorToDoubles(*t));
            out.push_back({name, describeSource("variable", *t), std::move(values), t->dims()});
        }
    }
    return out;
}

WeightDiff diffWeights(const std::vector<WeightValues>& a, const std::vector<WeightValues>& b) {
    WeightDiff diff;
    std::map<std::string, const WeightValues*> byName;
    for (const auto& w : b) byName.emplace(w.name, &w);
    std::set<const WeightValues*> usedB;
    for (const auto& wa : a) {
        const WeightValues* wb = nullptr;
        for (const std::string& candidate : {wa.name, wa.name + "/read"}) {
            auto it = byName.find(candidate);
            if (it != byName.end() && !usedB.count(it->second)) {
                wb = it->second;
                break;
            }
        }
        if (!wb || wb->values.size() != wa.values.size()) {
            ++diff.unmatchedA;
            if (wb)
                diff.notes.push_back(
                    phrase(TFS_PHRASE("Notes", "weight %1 changed element count; not compared"), wa.name));
            continue;
        }
        usedB.insert(wb);
        WeightDelta d;
        d.name = wa.name;
        d.sourceA = wa.source;
        d.sourceB = wb->source;
        d.elements = wa.values.size();
        double sum = 0;
        double lo = INFINITY, hi = -INFINITY;
        for (size_t i = 0; i < wa.values.size(); ++i) {
            double x = wa.values[i], y = wb->values[i];
            double c = (x == y || (std::isnan(x) && std::isnan(y))) ? 0.0 : std::fabs(x - y);
            d.maxAbsChange = std::max(d.maxAbsChange, c);
            sum += c;
            if (std::isfinite(x)) lo = std::min(lo, x), hi = std::max(hi, x);
            if (std::isfinite(y)) lo = std::min(lo, y), hi = std::max(hi, y);
            if (c != 0 || std::isnan(c)) d.changed = true;
        }
        d.meanAbsChange = d.elements ? sum / double(d.elements) : 0;
        d.distinctA = countDistinct(wa.values);
        d.distinctB = countDistinct(wb->values);
        if (d.changed && lo <= hi) {
            ++diff.changedCount;
            d.histMin = lo;
            d.histMax = hi;
            d.histogramA.assign(kWeightHistogramBins, 0);
            d.histogramB.assign(kWeightHistogramBins, 0);
            double width = hi > lo ? (hi - lo) / kWeightHistogramBins : 1;
            auto bin = [&](double v) {
                int k = int((v - lo) / width);
                return size_t(std::clamp(k, 0, kWeightHistogramBins - 1));
            };
            for (double v : wa.values)
                if (std::isfinite(v)) ++d.histogramA[bin(v)];
            for (double v : wb->values)
                if (std::isfinite(v)) ++d.histogramB[bin(v)];
        }
        diff.tensors.push_back(std::move(d));
    }
    diff.unmatchedB = int(b.size() - usedB.size());
    std::stable_sort(diff.tensors.begin(), diff.tensors.end(),
                     [](const WeightDelta& x, const WeightDelta& y) { return x.maxAbsChange > y.maxAbsChange; });
    return diff;
}

}  // namespace tfs::compare
