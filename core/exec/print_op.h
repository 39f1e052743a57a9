#pragma once
// The Print op: forwards its first input and, like TensorFlow (which writes to
// stderr), logs "message[values][values]..." — into an installed capture, or
// appended to the file named by the TFSCOPE_PRINT_LOG environment variable.
// This is how insert_logging + a run produce the min/max log that
// freeze_requantization_ranges reads.

#include <functional>
#include <string>
#include <vector>

#include "core/exec/executor.h"

namespace tfs::exec {

/// While alive, every Print op executed in the process sends its line to `sink`
/// (captures nest; the innermost wins). first_n counts restart per capture.
class PrintLogCapture {
public:
    explicit PrintLogCapture(std::function<void(const std::string&)> sink);
    ~PrintLogCapture();
    PrintLogCapture(const PrintLogCapture&) = delete;
    PrintLogCapture& operator=(const PrintLogCapture&) = delete;

private:
    std::function<void(const std::string&)> previous_;
};

/// TF's Print text: message, then "[v0 v1 ...]" per data tensor with at most `summarize` values.
std::string formatPrintMessage(const std::string& message, const std::vector<Tensor>& data, int64_t summarize);

/// Engine handler of Print (see engine_ops.cpp).
Status opPrint(OpContext& ctx);

}  // namespace tfs::exec
