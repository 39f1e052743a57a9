// ImmutableConst: a constant whose bytes live in a memmapped package region
// (TF's convert_graphdef_memmapped_format); the output views the mapping, no copy.

#include "core/exec/kernels/kernel_list.h"
#include "core/formats/memmapped.h"

namespace tfs::exec::kernels {
namespace {

Status immutableConst(KernelContext& ctx) {
    auto value = readImmutableConst(ctx.node);
    if (!value.ok()) return ctx.error(value.status());
    ctx.outputs.resize(1);
    ctx.outputs[0] = std::move(value).value();
    return okStatus();
}

}  // namespace

std::vector<KernelEntry> immutableConstKernels() { return {{"ImmutableConst", &immutableConst}}; }

}  // namespace tfs::exec::kernels
