#pragma once
// Statistics and a value histogram of one tensor, for the tensor viewer and the Tensors panel.
// Plain C++ over core's Tensor (no Qt), computed in one or two streaming passes.

#include <cstdint>
#include <string>
#include <vector>

#include "core/model/tensor.h"
#include "core/util/progress.h"

namespace tfs::views {

/// What the viewer shows under the table: counts, moments and a histogram of finite values.
struct TensorSummary {
    bool computed = false;    // false when cancelled
    bool numeric = false;     // false for strings, complex and unknown dtypes
    int64_t count = 0;        // elements
    int64_t nans = 0, infs = 0, zeros = 0, finite = 0;
    double min = 0, max = 0;  // over finite values
    double mean = 0, stddev = 0;
    /// Share of elements equal to zero, in [0,1].
    double sparsity() const { return count ? double(zeros) / double(count) : 0.0; }
    /// Counts of finite values in equal-width bins over [min, max] (empty when not numeric).
    std::vector<int64_t> histogram;
};

/// Computes the summary with `bins` histogram bins; stops early (computed=false) when cancelled.
TensorSummary summarizeTensor(const Tensor& tensor, int bins = 64, const WorkContext& work = {});

/// One element as people read it: integers exactly, floats with their precision, bools, escaped strings.
std::string elementText(const Tensor& tensor, int64_t index, int maxStringChars = 200);

}  // namespace tfs::views
