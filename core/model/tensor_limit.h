#pragma once
// A process-wide ceiling on the size of any tensor Tensor::make allocates, below every
// caller's own cap: 16 GiB by default; a fuzzing harness lowers it to stay in memory.

#include <cstdint>

namespace tfs {

/// The current ceiling in bytes.
uint64_t tensorByteLimit();
/// Sets the ceiling (process-wide, thread-safe).
void setTensorByteLimit(uint64_t bytes);

}  // namespace tfs
