#include "core/compare/io_plan.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/model/attrs.h"
#include "core/model/graph_index.h"
#include "core/model/likely_outputs.h"

namespace tfs::compare {

std::string normalizeTensorName(const std::string& name) {
    TensorRef ref = TensorRef::parse(name);
    ref.control = false;
    return ref.toString();
}

std::vector<TensorSpec> graphInputs(const Model& model) {
    std::vector<TensorSpec> out;
    const auto* graph = model.graph();
    if (!graph) return out;
    for (const auto& node : graph->node()) {
        if (node.op() != "Placeholder") continue;
        TensorSpec spec;
        spec.tensorName = node.name() + ":0";
        spec.dtype = attrType(node, "dtype", tensorflow::DT_FLOAT);
        spec.shape = hasAttr(node, "shape") ? attrShape(node, "shape") : PartialShape::unknown();
        out.push_back(spec);
    }
    return out;
}

namespace {

bool hasNode(const Model& model, const std::string& tensorName) {
    const auto* graph = model.graph();
    if (!graph) return false;
    std::string node = nodeNameOf(tensorName);
    for (const auto& n : graph->node())
        if (n.name() == node) return true;
    return false;
}

bool isInput(const std::vector<TensorSpec>& inputs, const std::string& tensorName) {
    for (const auto& s : inputs)
        if (s.tensorName == tensorName) return true;
    return false;
}

// A signature output of `sig` that is this tensor, by key or tensor name.
const TensorSpec* findSpec(const std::vector<TensorSpec>& specs, const std::string& nameOrKey) {
    for (const auto& s : specs)
        if (s.key == nameOrKey) return &s;
    for (const auto& s : specs)
        if (s.tensorName == normalizeTensorName(nameOrKey)) return &s;
    return nullptr;
}

// Names of the nodes the given tensors depend on (data and control inputs), themselves included;
// fed nodes are reached but what is upstream of them is not.
std::set<std::string> ancestorNodes(const Model& model, const std::vector<std::string>& tensors,
                                    const std::set<std::string>& fedNodes) {
    std::set<std::string> seen;
    const auto* graph = model.graph();
    if (!graph) return seen;
    GraphIndex index(*graph);
    std::vector<int> stack;
    for (const auto& t : tensors) {
        int i = index.find(nodeNameOf(t));
        if (i >= 0) stack.push_back(i);
    }
    std::vector<char> visited(size_t(index.size()), 0);
    while (!stack.empty()) {
        int i = stack.back();
        stack.pop_back();
        if (visited[size_t(i)]) continue;
        visited[size_t(i)] = 1;
        seen.insert(index.node(i).name());
        if (fedNodes.count(index.node(i).name())) continue;
        for (const auto& edge : index.inputs(i))
            if (edge.src >= 0 && !visited[size_t(edge.src)]) stack.push_back(edge.src);
    }
    return seen;
}

}  // namespace

std::vector<std::string> likelyOutputs(const Model& model) {
    std::vector<std::string> out;
    const auto* graph = model.graph();
    if (!graph) return out;
    GraphIndex index(*graph);
    for (int i : likelyOutputNodes(index)) out.push_back(index.node(i).name() + ":0");
    return out;
}

Result<IoPlan> planIo(const Model& a, const Model& b, const IoOptions& options) {
    IoPlan plan;
    if (!a.graph()) return invalidArgument(TFS_PHRASE("Errors", "%1 has no graph to run (a lone checkpoint needs its .meta beside it)"),
                                           a.path);
    if (!b.graph()) return invalidArgument(TFS_PHRASE("Errors", "%1 has no graph to run (a lone checkpoint needs its .meta beside it)"),
                                           b.path);
    const Signature* sigA = chooseSignature(a, options.signature);
    const Signature* sigB = chooseSignature(b, options.signature);
    if (!options.signature.empty() && !sigA && !sigB)
        return notFound(TFS_PHRASE("Errors", "signature '%1' is in neither model"), options.signature);
    if (sigA) plan.signatureA = sigA->key;
    if (sigB) plan.signatureB = sigB->key;

    // ---- inputs (those no output needs are dropped below)
    std::map<std::string, std::string> missing;  // input name -> error when it turns out to be needed
    if (sigA && sigB) {
        for (const auto& in : sigA->inputs) {
            const TensorSpec* other = findSpec(sigB->inputs, in.key);
            if (!other) return notFound(TFS_PHRASE("Errors", "input '%1' of %2 (signature %3) is not an input of %4"),
                                        in.key, a.path, sigA->key, b.path);
            plan.inputs.push_back({in.key, in.tensorName, other->tensorName, baseType(in.dtype), in.shape});
        }
        plan.notes.push_back(
            phrase(TFS_PHRASE("Notes", "inputs and outputs matched by signature key (%1 / %2)"), sigA->key, sigB->key));
    } else {
        // One side's signature (or A's placeholders) names the tensors; the other must have them.
        const Model& named = sigA || !sigB ? a : b;
        const Model& other = &named == &a ? b : a;
        std::vector<TensorSpec> specs = sigA ? sigA->inputs : sigB ? sigB->inputs : graphInputs(a);
        const Signature* otherSig = &named == &a ? sigB : sigA;
        std::vector<TensorSpec> otherInputs = otherSig ? otherSig->inputs : graphInputs(other);
        // Inputs of one model that are interior tensors of the other are fed in both.
        std::vector<TensorSpec> interior;
        for (const auto& o : otherInputs)
            if (!isInput(specs, o.tensorName) && hasNode(named, o.tensorName)) interior.push_back(o);
        for (const auto& spec : specs)
            if (!isInput(otherInputs, spec.tensorName) && hasNode(other, spec.tensorName)) interior.push_back(spec);
        for (const auto& f : options.feeds) {
            std::string t = normalizeTensorName(f);
            if (!hasNode(a, t) || !hasNode(b, t)) {
                plan.notes.push_back(
                    phrase(TFS_PHRASE("Notes", "not feeding %1: it is not a tensor of both models"), t));
                continue;
            }
            if (isInput(specs, t) || isInput(otherInputs, t)) continue;
            TensorSpec spec;
            spec.tensorName = t;
            interior.push_back(spec);
        }
        for (const auto& spec : specs) {
            if (isInput(interior, spec.tensorName)) continue;
            std::string otherTensor;
            if (hasNode(other, spec.tensorName) && !isInput(interior, spec.tensorName)) otherTensor = spec.tensorName;
            else if (interior.empty() && specs.size() == 1 && otherInputs.size() == 1) {
                otherTensor = otherInputs[0].tensorName;
                plan.notes.push_back(
                    phrase(TFS_PHRASE("Notes", "paired the only inputs %1 and %2"), spec.tensorName, otherTensor));
            } else {
                missing[spec.tensorName] = "input " + spec.tensorName + " of " + named.path + " has no tensor of that name in " + other.path;
            }
            std::string name = spec.key.empty() ? spec.tensorName : spec.key;
            bool namedIsA = &named == &a;
            plan.inputs.push_back({name, namedIsA ? spec.tensorName : otherTensor, namedIsA ? otherTensor : spec.tensorName,
                                   baseType(spec.dtype), spec.shape});
        }
        for (const auto& spec : interior) {
            std::string name = spec.key.empty() ? spec.tensorName : spec.key;
            InputSlot slot{name, spec.tensorName, spec.tensorName, baseType(spec.dtype), spec.shape};
            if (spec.dtype == tensorflow::DT_INVALID) slot.dtype = tensorflow::DT_FLOAT;  // a bare feed: random samples are float
            plan.inputs.push_back(slot);
            plan.notes.push_back(phrase(
                TFS_PHRASE("Notes", "fed %1 in both models (an interior tensor of one of them)"), spec.tensorName));
        }
    }

    // ---- outputs: explicit pairs first
    std::set<std::string> usedA;
    for (const auto& [ta, tb] : options.outputMap) {
        std::string na = normalizeTensorName(ta), nb = normalizeTensorName(tb);
        if (!hasNode(a, na)) return notFound(TFS_PHRASE("Errors", "--map: %1 is not a node of %2"), na, a.path);
        if (!hasNode(b, nb)) return notFound(TFS_PHRASE("Errors", "--map: %1 is not a node of %2"), nb, b.path);
        plan.outputs.push_back({na == nb ? na : na + "=" + nb, na, nb});
        usedA.insert(na);
    }
    if (options.outputMap.empty()) {
        if (sigA && sigB) {
            for (const auto& out : sigA->outputs) {
                const TensorSpec* other = findSpec(sigB->outputs, out.key);
                if (other) plan.outputs.push_back({out.key, out.tensorName, other->tensorName});
                else
                    plan.notes.push_back(phrase(
                        TFS_PHRASE("Notes", "output '%1' of A has no match in B's signature; skipped"), out.key));
            }
        } else {
            const Model& named = sigA || !sigB ? a : b;
            const Model& other = &named == &a ? b : a;
            bool namedIsA = &named == &a;
            std::vector<std::pair<std::string, std::string>> candidates;  // name, tensor
            if (const Signature* s = sigA ? sigA : sigB) {
                for (const auto& out : s->outputs) candidates.push_back({out.key, out.tensorName});
            } else {
                for (const auto& t : likelyOutputs(a)) candidates.push_back({t, t});
            }
            for (const auto& [name, tensor] : candidates) {
                if (hasNode(other, tensor)) {
                    plan.outputs.push_back({name, namedIsA ? tensor : tensor, tensor});
                }
            }
            if (plan.outputs.empty() && candidates.size() == 1) {
                std::vector<std::string> otherOuts;
                if (const Signature* s = namedIsA ? sigB : sigA) {
                    for (const auto& out : s->outputs) otherOuts.push_back(out.tensorName);
                } else {
                    otherOuts = likelyOutputs(other);
                }
                if (otherOuts.size() == 1) {
                    const auto& [name, tensor] = candidates[0];
                    plan.outputs.push_back({name, namedIsA ? tensor : otherOuts[0], namedIsA ? otherOuts[0] : tensor});
                    plan.notes.push_back(
                        phrase(TFS_PHRASE("Notes", "paired the only outputs %1 and %2"), tensor, otherOuts[0]));
                }
            }
            if (!plan.outputs.empty())
                plan.notes.push_back(phrase(TFS_PHRASE("Notes", "outputs matched by tensor name")));
        }
    }
    if (!options.outputs.empty()) {
        std::vector<OutputSlot> kept;
        for (const auto& want : options.outputs) {
            bool found = false;
            for (const auto& slot : plan.outputs)
                if (slot.name == want || slot.tensorA == normalizeTensorName(want)) {
                    kept.push_back(slot);
                    found = true;
                    break;
                }
            if (!found) return notFound(TFS_PHRASE("Errors", "--output %1 is not among the matched outputs"), want);
        }
        plan.outputs = kept;
    }
    if (!plan.outputs.empty()) {
        std::vector<std::string> fetchA, fetchB;
        for (const auto& o : plan.outputs) {
            fetchA.push_back(o.tensorA);
            fetchB.push_back(o.tensorB);
        }
        std::set<std::string> fedA, fedB;
        for (const auto& slot : plan.inputs) {
            if (!slot.tensorA.empty()) fedA.insert(nodeNameOf(slot.tensorA));
            if (!slot.tensorB.empty()) fedB.insert(nodeNameOf(slot.tensorB));
        }
        std::set<std::string> needA = ancestorNodes(a, fetchA, fedA), needB = ancestorNodes(b, fetchB, fedB);
        std::vector<InputSlot> needed;
        for (auto& slot : plan.inputs) {
            bool inA = !slot.tensorA.empty() && needA.count(nodeNameOf(slot.tensorA));
            bool inB = !slot.tensorB.empty() && needB.count(nodeNameOf(slot.tensorB));
            if (!inA && !inB) continue;
            auto it = missing.find(slot.tensorA.empty() ? slot.tensorB : slot.tensorA);
            if (it != missing.end() && (slot.tensorA.empty() || slot.tensorB.empty())) return notFound(it->second);
            needed.push_back(slot);
        }
        if (needed.size() != plan.inputs.size())
            plan.notes.push_back(
                phrase(TFS_PHRASE("Notes", "%1 placeholder(s) not needed by the outputs were left out"),
                       plan.inputs.size() - needed.size()));
        plan.inputs = needed;
    }
    if (plan.outputs.empty())
        return notFound(TFS_PHRASE("Errors", "no outputs of %1 match outputs of %2; pair them explicitly, e.g. --map logits:0=logits_quantized:0"),
                        a.path, b.path);
    return plan;
}

}  // namespace tfs::compare
