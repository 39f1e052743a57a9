#include "core/exec/quantized_fusion.h"

#include <algorithm>

#include "core/exec/epilogue.h"
#include "core/exec/kernels/quantized_epilogue.h"
#include "core/model/attrs.h"

namespace tfs::exec {
namespace {

using Stage = QuantizedEpilogue::Stage;

// A node the chain may take over: an ordinary kernel in the head's frame with no control edges
// (a fetched node may only end a chain; the caller checks).
bool takeable(const PlanNode& n, int frame) {
    return n.kind == NodeKind::Normal && n.kernel && !n.constant && n.frame == frame && n.forwardSlot < 0 && !n.forwardAll &&
           !n.quantEpilogue && !n.epilogue && n.controlOut.empty() && n.numControlInputs == 0 && n.numFedInputs == 0;
}

struct Reader {
    int node, slot, output;
};

// Everything reading outputs 0..2 of `p`; false when a later output is read.
bool readersOf(const PlanNode& p, std::vector<Reader>* out) {
    for (size_t o = 0; o < p.outEdges.size(); ++o)
        for (const auto& [dst, slot] : p.outEdges[o]) {
            if (o > 2) return false;
            out->push_back({dst, slot, int(o)});
        }
    return true;
}

// Whether input k of `n` is output k of `src` for k = 0, 1, 2 (tensor, min, max).
bool readsTriple(const PlanNode& n, int src, size_t firstSlot = 0, size_t minSlot = 1, size_t maxSlot = 2) {
    const size_t slots[3] = {firstSlot, minSlot, maxSlot};
    for (int k = 0; k < 3; ++k)
        if (slots[k] >= n.inputs.size() || n.inputs[slots[k]].node != src || n.inputs[slots[k]].output != k) return false;
    return true;
}

bool constScalar(const Plan& plan, const PlanNode& n, size_t slot, float* v) {
    const Tensor* t = constInput(plan, n, slot);
    if (!t || t->dtype() != tensorflow::DT_FLOAT || t->numElements() != 1) return false;
    *v = t->data<float>()[0];
    return true;
}

// Requantize's requested bound at `slot`: a constant, or output `rrOutput` of the
// RequantizationRange `rr`, directly or through Maximum(bound, Const) nodes (added to `taken`).
bool matchBound(const Plan& plan, const PlanNode& rq, size_t slot, int rr, int rrOutput, int frame, QuantizedEpilogue::Bound* b,
                std::vector<int>* taken) {
    if (constScalar(plan, rq, slot, &b->value)) return true;
    // Maximum(Const, Const), as freeze_requantization_ranges leaves a Relu's raised bound: a constant
    // node itself (served from the session's cache), folded here with the Maximum kernel's a < b ? b : a.
    if (slot < rq.inputs.size() && rq.inputs[slot].node >= 0 && rq.inputs[slot].output == 0) {
        const PlanNode& m = plan.nodes[size_t(rq.inputs[slot].node)];
        float x, y;
        if (m.def->op() == "Maximum" && m.inputs.size() == 2 && attrType(*m.def, "T", tensorflow::DT_FLOAT) == tensorflow::DT_FLOAT &&
            constScalar(plan, m, 0, &x) && constScalar(plan, m, 1, &y)) {
            b->value = x < y ? y : x;
            return true;
        }
    }
    PlanInput in = rq.inputs[slot];
    std::vector<float> floors;  // from the Requantize backwards
    for (int hops = 0; hops < 4 && in.node >= 0; ++hops) {
        if (in.node == rr) {
            if (in.output != rrOutput) return false;
            b->fromData = true;
            b->floors.assign(floors.rbegin(), floors.rend());
            return true;
        }
        const PlanNode& m = plan.nodes[size_t(in.node)];
        float floor;
        if (m.def->op() != "Maximum" || in.output != 0 || !takeable(m, frame) || !m.fetchSlots.empty() || m.inputs.size() != 2 ||
            attrType(*m.def, "T", tensorflow::DT_FLOAT) != tensorflow::DT_FLOAT || m.outEdges.size() != 1 || m.outEdges[0].size() != 1 ||
            !constScalar(plan, m, 1, &floor))
            return false;
        floors.push_back(floor);
        taken->push_back(in.node);
        in = m.inputs[0];
    }
    return false;
}

// The Requantize (+ RequantizationRange, Maximum) stage reading qint32 node `cur`; appends the
// nodes it takes to `taken` and returns the Requantize, or -1.
int matchRequantize(const Plan& plan, int cur, int frame, const std::vector<Reader>& readers, Stage* st, std::vector<int>* taken) {
    int rq = -1, rr = -1;
    for (const auto& r : readers) {
        const std::string& op = plan.nodes[size_t(r.node)].def->op();
        if (op == "Requantize" && (rq < 0 || rq == r.node)) rq = r.node;
        else if (op == "RequantizationRange" && (rr < 0 || rr == r.node)) rr = r.node;
        else return -1;
    }
    if (rq < 0) return -1;
    const PlanNode& q = plan.nodes[size_t(rq)];
    if (!takeable(q, frame) || q.inputs.size() != 5 || !readsTriple(q, cur) ||
        attrType(*q.def, "out_type", tensorflow::DT_QUINT8) != tensorflow::DT_QUINT8)
        return -1;
    std::vector<int> added;
    if (rr >= 0) {
        const PlanNode& range = plan.nodes[size_t(rr)];
        if (!takeable(range, frame) || !range.fetchSlots.empty() || range.inputs.size() != 3 || !readsTriple(range, cur)) return -1;
        added.push_back(rr);
    }
    st->kind = Stage::Kind::Requantize;
    st->node = q.def->name();
    if (!matchBound(plan, q, 3, rr, 0, frame, &st->outMin, &added) || !matchBound(plan, q, 4, rr, 1, frame, &st->outMax, &added))
        return -1;
    if (rr >= 0) {
        // Nothing outside the stage may read the range.
        std::vector<Reader> rangeReaders;
        if (!readersOf(plan.nodes[size_t(rr)], &rangeReaders)) return -1;
        for (const auto& r : rangeReaders)
            if (r.node != rq && std::find(added.begin(), added.end(), r.node) == added.end()) return -1;
    }
    taken->insert(taken->end(), added.begin(), added.end());
    taken->push_back(rq);
    return rq;
}

// The bias add or Relu reading quint8 node `cur`, or -1.
int matchCodesStage(const Plan& plan, int cur, int frame, const std::vector<Reader>& readers, Stage* st) {
    const int n = readers[0].node;
    for (const auto& r : readers)
        if (r.node != n) return -1;
    const PlanNode& m = plan.nodes[size_t(n)];
    if (!takeable(m, frame)) return -1;
    const std::string& op = m.def->op();
    st->node = m.def->name();
    if (op == "QuantizedAdd" || op == "QuantizedBiasAdd") {
        const char* outAttr = op == "QuantizedAdd" ? "Toutput" : "out_type";
        if (m.inputs.size() != 6 || !readsTriple(m, cur, 0, 2, 3) ||
            attrType(*m.def, outAttr, tensorflow::DT_QINT32) != tensorflow::DT_QINT32 ||
            attrType(*m.def, "T2", tensorflow::DT_QUINT8) != tensorflow::DT_QUINT8)
            return -1;
        const Tensor* bias = constInput(plan, m, 1);
        if (!bias || bias->dtype() != tensorflow::DT_QUINT8 || bias->rank() != 1 || bias->numElements() < 1) return -1;
        if (!constScalar(plan, m, 4, &st->biasMin) || !constScalar(plan, m, 5, &st->biasMax)) return -1;
        st->kind = Stage::Kind::BiasAdd;
        st->bias.assign(bias->data<uint8_t>(), bias->data<uint8_t>() + bias->numElements());
        return n;
    }
    if (op == "QuantizedRelu" || op == "QuantizedRelu6") {
        if (m.inputs.size() != 3 || !readsTriple(m, cur) || attrType(*m.def, "out_type", tensorflow::DT_QUINT8) != tensorflow::DT_QUINT8)
            return -1;
        st->kind = op == "QuantizedRelu" ? Stage::Kind::Relu : Stage::Kind::Relu6;
        return n;
    }
    return -1;
}

}  // namespace

void fuseQuantizedChains(Plan& plan) {
    for (int h = 0; h < int(plan.nodes.size()); ++h) {
        PlanNode& head = plan.nodes[size_t(h)];
        const std::string& op = head.def->op();
        if (op != "QuantizedConv2D" && op != "QuantizedMatMul") continue;
        if (!head.kernel || head.constant || head.kind != NodeKind::Normal || head.quantEpilogue || !head.fetchSlots.empty() ||
            !head.controlOut.empty())
            continue;
        if (attrType(*head.def, op == "QuantizedConv2D" ? "out_type" : "Toutput", tensorflow::DT_QINT32) != tensorflow::DT_QINT32) continue;
        auto e = std::make_shared<QuantizedEpilogue>();
        std::vector<int> taken;
        size_t goodStages = 0, goodTaken = 0;
        int cur = h, tail = -1;
        bool codes = false;  // cur's output 0 is quint8 (else qint32)
        for (;;) {
            if (cur != h && !plan.nodes[size_t(cur)].fetchSlots.empty()) break;  // a fetched node ends the chain
            std::vector<Reader> readers;
            if (!readersOf(plan.nodes[size_t(cur)], &readers) || readers.empty()) break;
            Stage st;
            const int next = codes ? matchCodesStage(plan, cur, head.frame, readers, &st)
                                   : matchRequantize(plan, cur, head.frame, readers, &st, &taken);
            if (next < 0) break;
            if (codes) taken.push_back(next);
            if (st.kind == Stage::Kind::Requantize) codes = true;
            else if (st.kind == Stage::Kind::BiasAdd) codes = false;
            e->stages.push_back(std::move(st));
            cur = next;
            if (codes) {
                goodStages = e->stages.size();
                goodTaken = taken.size();
                tail = cur;
            }
        }
        if (tail < 0) continue;
        e->stages.resize(goodStages);
        taken.resize(goodTaken);
        std::string names;
        for (int t : taken) names += (names.empty() ? "" : ", ") + plan.nodes[size_t(t)].def->name();
        e->describe = "fused eight-bit " + names;
        // The tail now reads the head's outputs; nothing else reaches it or the nodes between.
        for (auto& n : plan.nodes)
            for (auto& edges : n.outEdges)
                edges.erase(std::remove_if(edges.begin(), edges.end(), [&](const std::pair<int, int>& d) { return d.first == tail; }),
                            edges.end());
        PlanNode& last = plan.nodes[size_t(tail)];
        last.inputs = {{h, 0}, {h, 1}, {h, 2}};
        last.forwardAll = true;
        head.outEdges.assign(3, {});
        for (int k = 0; k < 3; ++k) head.outEdges[size_t(k)].push_back({tail, k});
        head.numOutputs = std::max(head.numOutputs, 3);
        e->floatChain = kernels::floatChainOf(*e);
        head.quantEpilogue = std::move(e);
        plan.numFusedNodes += int(taken.size());
    }
}

}  // namespace tfs::exec
