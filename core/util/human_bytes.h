#pragma once
#include <string>

namespace tfs {

/// A byte count for people: "812 B", "4.6 KiB", "1.03 MiB" (binary units; negative for deltas).
std::string humanBytes(double bytes);

}  // namespace tfs
