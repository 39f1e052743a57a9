#include "core/exec/epilogue.h"

#include <algorithm>
#include <cmath>

#include "core/model/attrs.h"

namespace tfs::exec {

void Epilogue::apply(float* data, int64_t rows, int64_t channels, int64_t stride) const {
    const float* s = scale.empty() ? nullptr : scale.data();
    const float* b = shift.empty() ? nullptr : shift.data();
    const float lo = activation == Activation::None ? -INFINITY : 0.f;
    const float hi = activation == Activation::Relu6 ? 6.f : INFINITY;
    for (int64_t r = 0; r < rows; ++r) {
        float* x = data + r * stride;
        if (s && b) {
            for (int64_t c = 0; c < channels; ++c) x[c] = std::min(std::max(x[c] * s[c] + b[c], lo), hi);
        } else if (b) {
            for (int64_t c = 0; c < channels; ++c) x[c] = std::min(std::max(x[c] + b[c], lo), hi);
        } else if (s) {
            for (int64_t c = 0; c < channels; ++c) x[c] = std::min(std::max(x[c] * s[c], lo), hi);
        } else {
            for (int64_t c = 0; c < channels; ++c) x[c] = std::min(std::max(x[c], lo), hi);
        }
    }
}

const Tensor* constInput(const Plan& plan, const PlanNode& node, size_t slot) {
    if (slot >= node.inputs.size() || node.inputs[slot].node < 0) return nullptr;
    const PlanNode* src = &plan.nodes[size_t(node.inputs[slot].node)];
    for (int hops = 0; hops < 4 && src->def->op() == "Identity" && !src->inputs.empty() && src->inputs[0].node >= 0; ++hops)
        src = &plan.nodes[size_t(src->inputs[0].node)];
    return src->def->op() == "Const" ? &src->constValue : nullptr;
}

namespace {

// The constant float vector feeding input `slot` of `node` (through Identity), or null.
const Tensor* constVector(const Plan& plan, const PlanNode& node, size_t slot) {
    const Tensor* t = constInput(plan, node, slot);
    if (!t || t->dtype() != tensorflow::DT_FLOAT || t->rank() != 1 || t->numElements() < 1) return nullptr;
    return t;
}

bool channelsLast(const tensorflow::NodeDef& def) {
    std::string f = attrString(def, "data_format", "NHWC");
    return f == "NHWC" || f == "NDHWC";
}

// The only consumer of output 0 of `p` when nothing else (other outputs, fetches,
// control edges) looks at it; -1 otherwise.
int soleConsumer(const Plan& plan, int p) {
    const PlanNode& node = plan.nodes[size_t(p)];
    if (!node.fetchSlots.empty() || !node.controlOut.empty() || node.outEdges.empty()) return -1;
    for (size_t o = 1; o < node.outEdges.size(); ++o)
        if (!node.outEdges[o].empty()) return -1;
    if (node.outEdges[0].size() != 1) return -1;
    int dst = node.outEdges[0][0].first;
    const PlanNode& next = plan.nodes[size_t(dst)];
    if (next.frame != node.frame || next.kind != NodeKind::Normal || !next.kernel || next.constant) return -1;
    if (next.numControlInputs > 0) return -1;
    return dst;
}

void combineShift(Epilogue& e, const Tensor& bias) {
    const float* b = bias.data<float>();
    size_t n = size_t(bias.numElements());
    if (e.shift.empty()) e.shift.assign(n, 0.f);
    for (size_t c = 0; c < n && c < e.shift.size(); ++c) e.shift[c] += b[c];
}

}  // namespace

void fuseEpilogues(Plan& plan) {
    for (int p = 0; p < int(plan.nodes.size()); ++p) {
        PlanNode& head = plan.nodes[size_t(p)];
        const std::string& op = head.def->op();
        if (!head.kernel || head.constant || head.forwardSlot >= 0) continue;
        if (op != "Conv2D" && op != "DepthwiseConv2dNative" && op != "MatMul") continue;
        if (attrType(*head.def, "T", tensorflow::DT_FLOAT) != tensorflow::DT_FLOAT || !channelsLast(*head.def)) continue;
        Epilogue e;
        int64_t channels = -1;  // known once a vector is seen; all must agree
        std::vector<int> members;
        std::string names;
        int cur = p;
        for (;;) {
            int next = soleConsumer(plan, cur);
            if (next < 0) break;
            const PlanNode& n = plan.nodes[size_t(next)];
            const std::string& nop = n.def->op();
            if (attrType(*n.def, "T", tensorflow::DT_FLOAT) != tensorflow::DT_FLOAT) break;
            int slot = n.inputs.empty() ? -1 : (n.inputs[0].node == cur ? 0 : (n.inputs.size() > 1 && n.inputs[1].node == cur ? 1 : -1));
            if (slot < 0 || e.activation != Epilogue::Activation::None) break;
            bool ok = false;
            if ((nop == "BiasAdd" || nop == "BiasAddV1") && slot == 0 && channelsLast(*n.def)) {
                const Tensor* b = constVector(plan, n, 1);
                if (b && (channels < 0 || b->numElements() == channels)) {
                    channels = b->numElements();
                    combineShift(e, *b);
                    ok = true;
                }
            } else if ((nop == "Add" || nop == "AddV2") && n.inputs.size() == 2) {
                const Tensor* b = constVector(plan, n, size_t(1 - slot));
                if (b && b->numElements() > 1 && (channels < 0 || b->numElements() == channels)) {
                    channels = b->numElements();
                    combineShift(e, *b);
                    ok = true;
                }
            } else if ((nop == "FusedBatchNorm" || nop == "FusedBatchNormV2" || nop == "FusedBatchNormV3") && slot == 0 &&
                       !attrBool(*n.def, "is_training", true) && channelsLast(*n.def) && n.inputs.size() == 5) {
                const Tensor* v[4];
                bool have = true;
                for (size_t i = 0; i < 4; ++i) {
                    v[i] = constVector(plan, n, i + 1);
                    have = have && v[i] && (channels < 0 || v[i]->numElements() == channels) &&
                           v[i]->numElements() == (channels < 0 ? v[0]->numElements() : channels);
                }
                if (have) {
                    channels = v[0]->numElements();
                    const float eps = attrFloat(*n.def, "epsilon", 0.001f);
                    std::vector<float> a(static_cast<size_t>(channels)), b(static_cast<size_t>(channels));
                    for (size_t c = 0; c < size_t(channels); ++c) {
                        // Same arithmetic as the FusedBatchNorm kernel.
                        a[c] = v[0]->data<float>()[c] / std::sqrt(v[3]->data<float>()[c] + eps);
                        b[c] = v[1]->data<float>()[c] - v[2]->data<float>()[c] * a[c];
                    }
                    if (e.scale.empty() && e.shift.empty()) {
                        e.scale = a;
                        e.shift = b;
                    } else {
                        if (e.scale.empty()) e.scale.assign(size_t(channels), 1.f);
                        if (e.shift.empty()) e.shift.assign(size_t(channels), 0.f);
                        for (size_t c = 0; c < size_t(channels); ++c) {
                            e.scale[c] *= a[c];
                            e.shift[c] = e.shift[c] * a[c] + b[c];
                        }
                    }
                    ok = true;
                }
            } else if ((nop == "Relu" || nop == "Relu6") && slot == 0) {
                e.activation = nop == "Relu" ? Epilogue::Activation::Relu : Epilogue::Activation::Relu6;
                ok = true;
            }
            // Only output 0 is produced by forwarding: nothing may read the others.
            for (size_t o = 1; o < n.outEdges.size(); ++o) ok = ok && n.outEdges[o].empty();
            for (const auto& [out, index] : n.fetchSlots) ok = ok && out == 0;
            if (!ok) break;
            members.push_back(next);
            names += (names.empty() ? "" : ", ") + n.def->name();
            cur = next;
        }
        if (members.empty()) continue;
        for (size_t i = 0; i < members.size(); ++i) {
            PlanNode& n = plan.nodes[size_t(members[i])];
            int prev = i == 0 ? p : members[i - 1];
            n.forwardSlot = n.inputs[0].node == prev ? 0 : 1;
            plan.numFusedNodes++;
        }
        e.describe = "fused " + names;
        head.epilogue = std::make_shared<const Epilogue>(std::move(e));
    }
}

}  // namespace tfs::exec
