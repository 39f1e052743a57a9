#pragma once
// Health of the kernel table merged from the per-family lists in kernels/.

#include <string>
#include <vector>

namespace tfs::exec {

/// Ops listed by two kernel families (the table keeps the first); empty when the table is sound.
const std::vector<std::string>& kernelTableErrors();

}  // namespace tfs::exec
