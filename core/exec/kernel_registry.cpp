// The explicit table of op kernels (no self-registering statics).

#include <algorithm>
#include <unordered_map>

#include "core/exec/kernel.h"
#include "core/exec/kernel_registry.h"
#include "core/exec/kernels/kernel_list.h"

namespace tfs::exec {

namespace {

struct KernelTable {
    std::unordered_map<std::string, KernelFn> byOp;
    std::vector<std::string> errors;  // an op listed twice: only its first entry would ever run
};

const KernelTable& kernelTable() {
    static const KernelTable table = [] {
        using namespace kernels;
        KernelTable t;
        std::unordered_map<std::string, const char*> listedBy;
        const std::pair<const char*, std::vector<KernelEntry> (*)()> families[] = {
            {"elementwiseUnaryKernels", &elementwiseUnaryKernels},
            {"elementwiseBinaryKernels", &elementwiseBinaryKernels},
            {"activationKernels", &activationKernels},
            {"matmulKernels", &matmulKernels},
            {"convKernels", &convKernels},
            {"poolingKernels", &poolingKernels},
            {"normalizationKernels", &normalizationKernels},
            {"arrayShapeKernels", &arrayShapeKernels},
            {"arrayTransformKernels", &arrayTransformKernels},
            {"arrayGatherKernels", &arrayGatherKernels},
            {"reductionKernels", &reductionKernels},
            {"randomKernels", &randomKernels},
            {"audioKernels", &audioKernels},
            {"arraySpaceKernels", &arraySpaceKernels},
            {"imageKernels", &imageKernels},
            {"quantizeKernels", &quantizeKernels},
            {"fusedKernels", &fusedKernels},
            {"stringKernels", &stringKernels},
            {"parseExampleKernels", &parseExampleKernels},
            {"trainingKernels", &trainingKernels},
            {"segmentKernels", &segmentKernels},
            {"quantizedNnKernels", &quantizedNnKernels},
            {"quantizedOpKernels", &quantizedOpKernels},
            {"immutableConstKernels", &immutableConstKernels},
            {"tensorListKernels", &tensorListKernels},
        };
        for (const auto& [familyName, family] : families)
            for (const KernelEntry& entry : family()) {
                auto [it, added] = listedBy.emplace(entry.op, familyName);
                if (added)
                    t.byOp.emplace(entry.op, entry.fn);
                else
                    t.errors.push_back(std::string("kernel for ") + entry.op + " listed in " + it->second + " and again in " +
                                       familyName);
            }
        return t;
    }();
    return table;
}

}  // namespace

Status KernelContext::error(Phrase what) const { return error(invalidArgument(std::move(what))); }

Status KernelContext::error(const Status& failure) const {
    return failure.withContext(TFS_PHRASE("Errors", "node '%1' (op %2)"), node.name(), node.op());
}

const KernelFn* findKernel(const std::string& op) {
    const auto& table = kernelTable().byOp;
    auto it = table.find(op);
    return it == table.end() ? nullptr : &it->second;
}

std::vector<std::string> kernelOps() {
    std::vector<std::string> ops;
    for (const auto& [name, fn] : kernelTable().byOp) ops.push_back(name);
    std::sort(ops.begin(), ops.end());
    return ops;
}

const std::vector<std::string>& kernelTableErrors() { return kernelTable().errors; }

}  // namespace tfs::exec
