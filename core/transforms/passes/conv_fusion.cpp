#include "core/transforms/passes/conv_fusion.h"

#include <optional>
#include <set>

#include "core/transforms/graph_utils.h"
#include "core/transforms/pattern.h"

namespace tfs::transforms {
namespace {

bool attrIsTrue(const tensorflow::NodeDef& node, const char* name) {
    auto it = node.attr().find(name);
    return it != node.attr().end() && it->second.b();
}

/// Why this conv/resize pair cannot be fused (a "Notes" phrase), or nothing.
std::optional<Phrase> blocker(const tensorflow::NodeDef& conv, const tensorflow::NodeDef* resize) {
    auto format = conv.attr().find("data_format");
    if (format != conv.attr().end() && format->second.s() != "NHWC")
        return phrase(TFS_PHRASE("Notes", "data_format is %1"), format->second.s());
    auto dilations = conv.attr().find("dilations");
    if (dilations != conv.attr().end())
        for (auto d : dilations->second.list().i())
            if (d != 1) return phrase(TFS_PHRASE("Notes", "the convolution is dilated"));
    if (resize && attrIsTrue(*resize, "half_pixel_centers"))
        return phrase(TFS_PHRASE(
            "Notes", "ResizeBilinear uses half_pixel_centers, which FusedResizeAndPadConv2D cannot express"));
    return std::nullopt;
}

}  // namespace

Status fuseIntoConv(const tensorflow::GraphDef& in, const TransformContext& context, ConvFusionKind kind,
                    tensorflow::GraphDef* out) {
    std::string inner = "*";
    if (kind.resize) inner = "ResizeBilinear(" + inner + ", Const)";
    if (kind.pad) inner = "MirrorPad(" + inner + ", Const)";
    TFS_ASSIGN_OR_RETURN(OpTypePattern pattern, parsePattern("Conv2D(" + inner + ", Const)"));
    ReplaceOptions options;
    options.protectedNodes = nodeNames(context.inputNames);
    std::set<std::string> taken;
    for (const auto& node : in.node()) taken.insert(node.name());
    int fused = 0;
    TFS_RETURN_IF_ERROR(replaceMatchingOpTypes(
        in, pattern,
        [&](const NodeMatch& match, std::vector<tensorflow::NodeDef>* newNodes) {
            const auto& conv = match.node;
            const NodeMatch* padMatch = kind.pad ? &match.inputs[0] : nullptr;
            const NodeMatch* resizeMatch = kind.resize ? (kind.pad ? &match.inputs[0].inputs[0] : &match.inputs[0]) : nullptr;
            std::optional<Phrase> why = blocker(conv, resizeMatch ? &resizeMatch->node : nullptr);
            if (why) {
                context.note(Phrase{TFS_PHRASE("Notes", "left %1 unfused: %2"), {conv.name()}, {std::move(*why)}});
                return okStatus();
            }
            const NodeMatch& source = resizeMatch ? *resizeMatch : *padMatch;
            tensorflow::NodeDef node;
            node.set_name(conv.name());
            node.set_op(kind.resize ? "FusedResizeAndPadConv2D" : "FusedPadConv2D");
            node.set_device(conv.device());
            node.add_input(source.node.input(0));
            if (resizeMatch) {
                node.add_input(resizeMatch->node.input(1));
                newNodes->push_back(resizeMatch->inputs[1].node);  // size
                (*node.mutable_attr())["resize_align_corners"].set_b(attrIsTrue(resizeMatch->node, "align_corners"));
            }
            if (padMatch) {
                node.add_input(padMatch->node.input(1));
                newNodes->push_back(padMatch->inputs[1].node);  // paddings
                if (padMatch->node.attr().count("mode")) (*node.mutable_attr())["mode"] = padMatch->node.attr().at("mode");
            } else {
                // Resize alone: GTT's fusion adds all-zero paddings (mode is then irrelevant).
                tensorflow::NodeDef zeros;
                makeConst(uniqueName(conv.name() + "_dummy_paddings", &taken), Tensor(tensorflow::DT_INT32, {4, 2}), &zeros);
                node.add_input(zeros.name());
                newNodes->push_back(zeros);
                (*node.mutable_attr())["mode"].set_s("REFLECT");
            }
            node.add_input(conv.input(1));
            newNodes->push_back(match.inputs[1].node);  // weights
            for (const char* attr : {"T", "strides", "padding"})
                if (conv.attr().count(attr)) (*node.mutable_attr())[attr] = conv.attr().at(attr);
            newNodes->push_back(node);
            return okStatus();
        },
        options, out, &fused));
    const std::string chain =
        std::string(kind.resize ? "ResizeBilinear + " : "") + (kind.pad ? "MirrorPad + " : "") + "Conv2D";
    if (kind.resize && kind.pad)
        context.note(TFS_PHRASE("Notes", "fused %1 %2 chains"), fused, chain);
    else
        context.note(TFS_PHRASE("Notes", "fused %1 %2 pairs"), fused, chain);
    return okStatus();
}

}  // namespace tfs::transforms
