// The explicit table of op kernels (no self-registering statics).

#include <algorithm>
#include <unordered_map>

#include "core/exec/kernel.h"
#include "core/exec/kernels/kernel_list.h"

namespace tfs::exec {

namespace {

const std::unordered_map<std::string, KernelFn>& kernelTable() {
    static const std::unordered_map<std::string, KernelFn> table = [] {
        using namespace kernels;
        std::unordered_map<std::string, KernelFn> map;
        std::vector<KernelEntry> (*const families[])() = {
            &elementwiseUnaryKernels,
            &elementwiseBinaryKernels,
            &activationKernels,
            &matmulKernels,
            &convKernels,
            &poolingKernels,
            &normalizationKernels,
            &arrayShapeKernels,
            &arrayTransformKernels,
            &arrayGatherKernels,
            &reductionKernels,
            &randomKernels,
            &audioKernels,
            &arraySpaceKernels,
            &imageKernels,
            &quantizeKernels,
            &fusedKernels,
            &stringKernels,
            &parseExampleKernels,
            &trainingKernels,
            &segmentKernels,
            &quantizedNnKernels,
            &quantizedOpKernels,
            &immutableConstKernels,
            &tensorListKernels,
        };
        for (auto family : families)
            for (const KernelEntry& entry : family()) map.emplace(entry.op, entry.fn);
        return map;
    }();
    return table;
}

}  // namespace

Status KernelContext::error(const std::string& message) const {
    return invalidArgument("node '" + node.name() + "' (op " + node.op() + "): " + message);
}

const KernelFn* findKernel(const std::string& op) {
    const auto& table = kernelTable();
    auto it = table.find(op);
    return it == table.end() ? nullptr : &it->second;
}

std::vector<std::string> kernelOps() {
    std::vector<std::string> ops;
    for (const auto& [name, fn] : kernelTable()) ops.push_back(name);
    std::sort(ops.begin(), ops.end());
    return ops;
}

}  // namespace tfs::exec
