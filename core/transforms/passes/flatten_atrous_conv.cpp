// flatten_atrous_conv: BatchToSpaceND(Conv2D|DepthwiseConv2dNative(SpaceToBatchND(x, block, pads), filter),
// block, crops) -> one convolution with a zero-upsampled filter, for runtimes without dilation support.
// GTT always gives the flattened conv SAME padding; here the padding is derived from the constant
// paddings and crops (SAME, VALID, or an explicit Pad in front), and GTT's SAME is only assumed when
// they are not constant.

#include <cstring>

#include "core/model/dtype.h"
#include "core/transforms/graph_utils.h"
#include "core/transforms/passes/fold_utils.h"
#include "core/transforms/passes/passes.h"
#include "core/transforms/pattern.h"

namespace tfs::transforms {
namespace {

/// The integer values of a constant node, or an empty vector when it is not an integer Const.
std::vector<int64_t> intValues(const tensorflow::NodeDef* node) {
    std::vector<int64_t> values;
    if (!node) return values;
    auto t = constValue(*node);
    if (!t.ok() || (t->dtype() != tensorflow::DT_INT32 && t->dtype() != tensorflow::DT_INT64)) return values;
    for (int64_t i = 0; i < t->numElements(); ++i) values.push_back(int64_t(tensorElementAsDouble(*t, i)));
    return values;
}

/// The filter [h, w, in, out] with block-1 zeros inserted between taps in h and w.
Result<Tensor> upsampleFilter(const Tensor& filter, int64_t blockH, int64_t blockW) {
    if (filter.rank() != 4) return invalidArgument(TFS_PHRASE("Errors", "filter must be 4-D, got %1"),
                                                   filter.describe());
    if (filter.dtype() == tensorflow::DT_STRING) return invalidArgument(TFS_PHRASE("Errors", "filter cannot be a string tensor"));
    const int64_t fh = filter.dim(0), fw = filter.dim(1), inner = filter.dim(2) * filter.dim(3);
    const int64_t uh = (fh - 1) * blockH + 1, uw = (fw - 1) * blockW + 1;
    TFS_ASSIGN_OR_RETURN(Tensor up, Tensor::make(filter.dtype(), {uh, uw, filter.dim(2), filter.dim(3)}, uint64_t(1) << 31));
    const size_t elem = size_t(dtypeSize(filter.dtype()));
    const size_t row = size_t(inner) * elem;
    std::memset(up.rawData(), 0, up.byteSize());
    for (int64_t h = 0; h < fh; ++h)
        for (int64_t w = 0; w < fw; ++w)
            std::memcpy(up.rawData() + size_t((h * blockH) * uw + w * blockW) * row,
                        filter.rawData() + size_t(h * fw + w) * row, row);
    return up;
}

bool allOnes(const tensorflow::NodeDef& node, const char* attr) {
    auto it = node.attr().find(attr);
    if (it == node.attr().end()) return true;
    for (auto v : it->second.list().i())
        if (v != 1) return false;
    return true;
}

std::string attrString(const tensorflow::NodeDef& node, const char* attr, const std::string& fallback) {
    auto it = node.attr().find(attr);
    return it == node.attr().end() ? fallback : it->second.s();
}

}  // namespace

Status flattenAtrousConv(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    TFS_ASSIGN_OR_RETURN(OpTypePattern pattern,
                         parsePattern("BatchToSpaceND(Conv2D|DepthwiseConv2dNative(SpaceToBatchND(*, *, *), *), *, *)"));
    const auto byName = mapNamesToNodes(in);
    std::set<std::string> taken;
    for (const auto& node : in.node()) taken.insert(node.name());
    std::set<std::string> deadCandidates;
    ReplaceOptions options;
    options.protectedNodes = nodeNames(context.inputNames);
    for (const auto& n : nodeNames(context.outputNames)) options.protectedNodes.insert(n);
    int flattened = 0;
    TFS_RETURN_IF_ERROR(replaceMatchingOpTypes(
        in, pattern,
        [&](const NodeMatch& match, std::vector<tensorflow::NodeDef>* newNodes) -> Status {
            const auto& b2s = match.node;
            const auto& conv = match.inputs[0].node;
            const auto& s2b = match.inputs[0].inputs[0].node;
            auto skip = [&](Phrase why) {  // "skipped b2s: <why>", the reason translated on its own
                context.note(Phrase{TFS_PHRASE("Notes", "skipped %1: %2"), {b2s.name()}, {std::move(why)}});
                return okStatus();
            };
            std::vector<std::string> chain;
            const tensorflow::NodeDef* filterNode = resolveConst(byName, conv.input(1), &chain);
            auto block = intValues(resolveConst(byName, s2b.input(1), &chain));
            auto block2 = intValues(resolveConst(byName, b2s.input(1), &chain));
            const tensorflow::NodeDef* padNode = resolveConst(byName, s2b.input(2), &chain);
            const tensorflow::NodeDef* cropNode = resolveConst(byName, b2s.input(2), &chain);
            if (!filterNode) return skip(phrase(TFS_PHRASE("Notes", "the filter is not a constant")));
            if (block.size() != 2 || block[0] < 1 || block[1] < 1)
                return skip(phrase(TFS_PHRASE("Notes", "block_shape is not a constant pair >= 1")));
            if (block != block2)
                return skip(phrase(TFS_PHRASE("Notes", "SpaceToBatchND and BatchToSpaceND block shapes differ")));
            if (!allOnes(conv, "strides") || !allOnes(conv, "dilations"))
                return skip(phrase(TFS_PHRASE("Notes", "the inner convolution has strides or dilations other than 1")));
            if (attrString(conv, "padding", "VALID") != "VALID")
                return skip(phrase(TFS_PHRASE("Notes", "the inner convolution is not VALID")));
            if (attrString(conv, "data_format", "NHWC") != "NHWC")
                return skip(phrase(TFS_PHRASE("Notes", "only NHWC is supported")));
            auto filter = constValue(*filterNode);
            if (!filter.ok()) return skip(verbatim(filter.status().message()));
            auto up = upsampleFilter(*filter, block[0], block[1]);
            if (!up.ok()) return skip(verbatim(up.status().message()));

            // Effective padding of the dilated conv on the original input: paddings minus crops.
            std::string padding = "SAME";
            std::vector<int64_t> explicitPads;  // [top, bottom, left, right] when a Pad is needed
            auto pads = intValues(padNode), crops = intValues(cropNode);
            if (pads.size() == 4 && crops.size() == 4) {
                int64_t eff[4];
                for (int i = 0; i < 4; ++i) eff[i] = pads[size_t(i)] - crops[size_t(i)];
                for (int64_t e : eff)
                    if (e < 0) return skip(phrase(TFS_PHRASE("Notes", "crops exceed paddings (would need a Slice)")));
                const int64_t totalH = up->dim(0) - 1, totalW = up->dim(1) - 1;
                if (eff[0] == 0 && eff[1] == 0 && eff[2] == 0 && eff[3] == 0) padding = "VALID";
                else if (eff[0] == totalH / 2 && eff[1] == totalH - totalH / 2 && eff[2] == totalW / 2 &&
                         eff[3] == totalW - totalW / 2)
                    padding = "SAME";
                else {
                    padding = "VALID";
                    explicitPads.assign(eff, eff + 4);
                }
            } else {
                context.note(
                    TFS_PHRASE("Notes", "%1: paddings/crops are not constant; assuming SAME padding as GTT does"),
                    b2s.name());
            }

            std::string input = s2b.input(0);
            if (!explicitPads.empty()) {
                tensorflow::NodeDef padConst;
                Tensor pv(tensorflow::DT_INT32, {4, 2});
                int32_t* p = pv.data<int32_t>();
                const int64_t values[8] = {0, 0, explicitPads[0], explicitPads[1], explicitPads[2], explicitPads[3], 0, 0};
                for (int i = 0; i < 8; ++i) p[i] = int32_t(values[i]);
                makeConst(uniqueName(b2s.name() + "/atrous_paddings", &taken), pv, &padConst);
                tensorflow::NodeDef pad;
                pad.set_name(uniqueName(b2s.name() + "/atrous_pad", &taken));
                pad.set_op("Pad");
                pad.set_device(conv.device());
                pad.add_input(input);
                pad.add_input(padConst.name());
                if (conv.attr().count("T")) (*pad.mutable_attr())["T"] = conv.attr().at("T");
                setTypeAttr(&pad, "Tpaddings", tensorflow::DT_INT32);
                input = pad.name();
                newNodes->push_back(padConst);
                newNodes->push_back(pad);
            }
            tensorflow::NodeDef filterOut;
            makeConst(uniqueName(filterNode->name() + "/upsampled", &taken), *up, &filterOut);
            filterOut.set_device(filterNode->device());

            tensorflow::NodeDef flat;
            flat.set_name(b2s.name());
            flat.set_op(conv.op());
            flat.set_device(conv.device());
            flat.add_input(input);
            flat.add_input(filterOut.name());
            std::set<std::string> controls;
            for (const auto* node : {&s2b, &conv, &b2s})
                for (const auto& i : node->input())
                    if (isControlInput(i) && controls.insert(i).second) flat.add_input(i);
            *flat.mutable_attr() = conv.attr();
            for (const char* attr : {"_output_shapes", "explicit_paddings", "dilations"}) flat.mutable_attr()->erase(attr);
            (*flat.mutable_attr())["padding"].set_s(padding);
            newNodes->push_back(filterOut);
            newNodes->push_back(flat);
            deadCandidates.insert(chain.begin(), chain.end());
            for (const std::string& i : {s2b.input(1), s2b.input(2), b2s.input(1), b2s.input(2), conv.input(1)}) {
                auto it = byName.find(nodeName(i));
                if (it != byName.end() && (it->second->op() == "Const" || it->second->op() == "Identity"))
                    deadCandidates.insert(it->first);
            }
            return okStatus();
        },
        options, out, &flattened));
    removeDeadNodes(out, deadCandidates, options.protectedNodes);
    context.note(TFS_PHRASE("Notes", "flattened %1 atrous convolutions"), flattened);
    return okStatus();
}

}  // namespace tfs::transforms
