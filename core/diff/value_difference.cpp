#include "core/diff/value_difference.h"

#include "core/diff/value_delta.h"

namespace tfs::diff {

Result<Tensor> valueDifference(const Tensor& a, const Tensor& b, const WorkContext& work) {
    if (a.dims() != b.dims())
        return invalidArgument(TFS_PHRASE("Errors", "B − A needs equal shapes; A is %1, B is %2"),
                               a.describe(), b.describe());
    if (!numericValuesReadable(a) || !numericValuesReadable(b))
        return invalidArgument(TFS_PHRASE("Errors", "B − A needs numeric values; A is %1, B is %2"),
                               a.describe(), b.describe());
    auto out = Tensor::make(tensorflow::DT_DOUBLE, a.dims());
    if (!out.ok()) return out.status();
    double* d = out->data<double>();
    const int64_t n = a.numElements();
    for (int64_t i = 0; i < n; ++i) {
        if ((i & 0xfffff) == 0) {
            if (work.cancelled()) return cancelled(TFS_PHRASE("Errors", "B − A cancelled"));
            work.report(double(i) / double(n), TFS_PHRASE("Progress", "B − A"));
        }
        d[i] = tensorElementAsDouble(b, i) - tensorElementAsDouble(a, i);
    }
    return out;
}

}  // namespace tfs::diff
