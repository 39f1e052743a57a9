#pragma once
// B − A of two numeric tensors of the same shape, element by element, as float64:
// what the tensor viewer shows next to A and B for a changed constant or variable.

#include "core/model/tensor.h"
#include "core/util/progress.h"
#include "core/util/status.h"

namespace tfs::diff {

/// The element-wise difference b − a (float64, shape of a). InvalidArgument when the shapes
/// differ or a dtype is not numeric; Cancelled when `work` is cancelled.
Result<Tensor> valueDifference(const Tensor& a, const Tensor& b, const WorkContext& work = {});

}  // namespace tfs::diff
