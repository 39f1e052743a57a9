// inline_partitionedcall: replace PartitionedCall nodes by their function bodies.
// Like GTT it leaves StatefulPartitionedCall alone unless stateful=true (freeze inlines both).

#include "core/transforms/inline_functions.h"
#include "core/transforms/passes/passes.h"

namespace tfs::transforms {

Status inlinePartitionedCall(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    TFS_ASSIGN_OR_RETURN(bool stateful, context.getOneBool("stateful", false));
    *out = in;
    InlineOptions options;
    options.statefulCalls = stateful;
    int inlined = 0;
    TFS_RETURN_IF_ERROR(inlineFunctionCalls(out, options, &inlined));
    context.note(TFS_PHRASE("Notes", "inlined %1 calls"), inlined);
    return okStatus();
}

}  // namespace tfs::transforms
