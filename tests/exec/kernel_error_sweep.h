#pragma once
// Every registered kernel run on many small, mismatched input combinations: most of them are
// invalid, so this yields a broad sample of kernel errors (bad-input tests, translation tests).

#include <string>
#include <utility>
#include <vector>

#include "core/exec/kernel.h"
#include "tests/exec/kernel_test_util.h"

namespace tfs::test {

struct KernelRun {
    std::string op;
    Status status;  // ok or the kernel's error
};

inline std::vector<Tensor> badInputCandidates() {
    Tensor s(tensorflow::DT_STRING, {2});
    s.strings() = {"a", "bc"};
    Tensor empty(tensorflow::DT_FLOAT, {0, 3});
    return {floats({2, 3}, {1, -2, 3, 4, 0, 6}), ints({2}, {1, -1}), scalarInt(-3), scalarInt(7), int64s({3}, {0, 2, 1}),
            floats({}, {0.5f}), makeTensor<bool>(tensorflow::DT_BOOL, {2}, {true, false}), s, empty,
            floats({1, 4, 4, 2}, std::vector<float>(32, 1.f)), ints({4, 2}, {0, 0, 1, 1, 1, 1, 0, 0})};
}

/// Runs every kernel on 0..4 inputs drawn from badInputCandidates(), with and without common attributes.
inline std::vector<KernelRun> runKernelsOnBadInputs() {
    const auto pool = badInputCandidates();
    std::vector<KernelRun> runs;
    for (const std::string& op : exec::kernelOps()) {
        for (size_t count = 0; count <= 4; ++count) {
            // a deterministic spread of input combinations per count
            for (size_t start = 0; start < pool.size(); ++start) {
                std::vector<Tensor> inputs;
                for (size_t k = 0; k < count; ++k) inputs.push_back(pool[(start + k * 3) % pool.size()]);
                for (int withAttrs = 0; withAttrs < 2; ++withAttrs) {
                    NodeBuilder b(op);
                    if (withAttrs)
                        b.attr("strides", std::vector<int64_t>{1, 2, 2, 1}).attr("ksize", std::vector<int64_t>{1, 2, 2, 1})
                            .attr("padding", "SAME").attr("axis", -1).attr("num_split", 2).attr("num", 2).attr("block_size", 2)
                            .attr("window_size", 4).attr("stride", 2).attr("keep_dims", true).attr("equation", "ij,jk->ik")
                            .attr("Ndense", 1).attr("N", 2).attr("depth_radius", 1).attr("begin_mask", 5).attr("end_mask", 3)
                            .attr("shrink_axis_mask", 2).attr("new_axis_mask", 8).attr("ellipsis_mask", 1).attrType("DstT", tensorflow::DT_INT8)
                            .attrType("dtype", tensorflow::DT_DOUBLE).attrType("out_type", tensorflow::DT_INT64).attr("mode", "SCALED");
                    std::vector<Tensor> outputs;
                    runs.push_back({op, runKernel(b.node(), inputs, &outputs)});
                }
            }
        }
    }
    return runs;
}

}  // namespace tfs::test
