// optimize_for_inference: TensorFlow's optimize_for_inference pipeline as one
// pass (bool PlaceholderWithDefault flags to their defaults, strip unused,
// remove training-only Identity/CheckNumerics, fold batch norms, fuse
// resize/pad into conv) plus what it lacks: constant folding and MatMul
// batch-norm folding.

#include "core/transforms/graph_utils.h"
#include "core/transforms/passes/passes.h"
#include "core/transforms/runner.h"

namespace tfs::transforms {

Status optimizeForInference(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    TFS_ASSIGN_OR_RETURN(bool fuseConv, context.getOneBool("fuse_resize_pad", true));
    TFS_ASSIGN_OR_RETURN(bool fold, context.getOneBool("fold_constants", true));
    *out = in;
    std::set<std::string> inputs = nodeNames(context.inputNames);
    int flags = 0;
    for (auto& node : *out->mutable_node()) {
        if (node.op() != "PlaceholderWithDefault" || inputs.count(node.name())) continue;
        auto t = node.attr().find("dtype");
        if (t == node.attr().end() || t->second.type() != tensorflow::DT_BOOL) continue;
        node.set_op("Identity");
        node.mutable_attr()->erase("shape");
        node.mutable_attr()->erase("dtype");
        setTypeAttr(&node, "T", tensorflow::DT_BOOL);
        ++flags;
    }
    if (flags)
        context.note(TFS_PHRASE("Notes", "fixed %1 boolean flags (PlaceholderWithDefault) to their defaults"), flags);
    std::string recipe = context.outputNames.empty() ? "" : "strip_unused_nodes ";
    recipe += "remove_nodes(op=Identity, op=CheckNumerics, op=StopGradient, op=PreventGradient)";
    if (fold) recipe += " fold_constants(ignore_errors=true)";
    recipe += " fold_old_batch_norms fold_batch_norms";
    if (fuseConv) recipe += " fuse_resize_pad_and_conv fuse_resize_and_conv";
    recipe += " sort_by_execution_order";
    TransformLog log;
    tensorflow::GraphDef graph = *out;
    TFS_RETURN_IF_ERROR(runTransformString(&graph, context.inputNames, context.outputNames, recipe, &log));
    for (const auto& p : log.passes) {
        for (const auto& n : p.notes)
            context.note(Phrase{TFS_PHRASE("Notes", "%1: %2"), {p.pass}, {n}});  // %2: the pass's note
        if (!p.ignoredError.empty()) context.note(TFS_PHRASE("Notes", "%1: ignored error: %2"), p.pass, p.ignoredError);
    }
    *out = std::move(graph);
    return okStatus();
}

}  // namespace tfs::transforms
