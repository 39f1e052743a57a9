// strip_training: make a training graph an inference graph: dropout
// subgraphs become pass-throughs (classic x/keep_prob*floor(keep_prob+U) and
// Keras x*scale*cast(U>=rate)), boolean training flags take their defaults,
// and with --outputs everything else (optimizer updates, gradients, summaries,
// savers) is stripped.

#include "core/transforms/graph_utils.h"
#include "core/transforms/passes/passes.h"
#include "core/transforms/pattern.h"
#include "core/transforms/runner.h"

namespace tfs::transforms {
namespace {

/// True when the subgraph under `name` reaches a random op within a few steps.
bool feedsFromRandom(const std::map<std::string, const tensorflow::NodeDef*>& byName, const std::string& name, int depth) {
    auto it = byName.find(nodeName(name));
    if (it == byName.end() || depth > 6) return false;
    const std::string& op = it->second->op();
    if (op == "RandomUniform" || op == "RandomStandardNormal" || op == "StatelessRandomUniformV2" ||
        op == "StatelessRandomUniform")
        return true;
    for (const auto& input : it->second->input())
        if (!isControlInput(input) && feedsFromRandom(byName, input, depth + 1)) return true;
    return false;
}

}  // namespace

Status stripTraining(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    std::set<std::string> protectedNodes = nodeNames(context.inputNames);
    int dropouts = 0;
    tensorflow::GraphDef current = in;
    // Dropout: Mul(RealDiv(x, keep), Floor(...random...)) or Mul(Mul(x, scale), Cast(GreaterEqual(random, rate))).
    for (const char* text : {"Mul(RealDiv|Div(*, *), Floor(*))", "Mul(Floor(*), RealDiv|Div(*, *))",
                             "Mul(Mul(*, *), Cast(GreaterEqual(*, *)))", "SelectV2(GreaterEqual(*, *), Mul(*, *), *)"}) {
        TFS_ASSIGN_OR_RETURN(OpTypePattern pattern, parsePattern(text));
        ReplaceOptions options;
        options.protectedNodes = protectedNodes;
        tensorflow::GraphDef next;
        int count = 0;
        auto currentByName = mapNamesToNodes(current);
        TFS_RETURN_IF_ERROR(replaceMatchingOpTypes(
            current, pattern,
            [&](const NodeMatch& match, std::vector<tensorflow::NodeDef>* newNodes) {
                const NodeMatch* scaled = nullptr;
                const NodeMatch* mask = nullptr;
                if (match.node.op() == "SelectV2") {
                    scaled = &match.inputs[1];
                    mask = &match.inputs[0];
                } else {
                    bool firstIsMask = match.inputs[0].node.op() == "Floor";
                    scaled = &match.inputs[firstIsMask ? 1 : 0];
                    mask = &match.inputs[firstIsMask ? 0 : 1];
                }
                if (!feedsFromRandom(currentByName, mask->node.name(), 0)) return okStatus();  // not dropout
                tensorflow::NodeDef id;
                id.set_name(match.node.name());
                id.set_op("Identity");
                id.set_device(match.node.device());
                id.add_input(scaled->node.input(0));
                auto t = match.node.attr().find("T");
                setTypeAttr(&id, "T", t != match.node.attr().end() ? t->second.type() : tensorflow::DT_FLOAT);
                newNodes->push_back(id);
                return okStatus();
            },
            options, &next, &count));
        dropouts += count;
        current = std::move(next);
    }
    context.note(TFS_PHRASE("Notes", "removed %1 dropout subgraphs"), dropouts);
    // Everything not needed for the outputs (the random ops now included) goes.
    TransformLog log;
    std::string recipe = "optimize_for_inference(fuse_resize_pad=false, fold_constants=false)";
    if (context.outputNames.empty()) {
        *out = std::move(current);
        context.note(TFS_PHRASE("Notes", "no --outputs: optimizer, saver and summary nodes were left in place"));
        return okStatus();
    }
    TFS_RETURN_IF_ERROR(runTransformString(&current, context.inputNames, context.outputNames, recipe, &log));
    for (const auto& p : log.passes)
        for (const auto& n : p.notes) context.note(n);
    *out = std::move(current);
    return okStatus();
}

}  // namespace tfs::transforms
