#pragma once
// Shared by the libFuzzer targets: scratch files for loaders that take paths, splitting
// one input into several files, and touching everything a loaded model offers.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/model.h"

namespace tfs::fuzz {

/// A per-process scratch directory in /dev/shm (or $TMPDIR), created once.
const std::string& scratchDir();
/// Writes `bytes` to scratchDir()/name (replacing it) and returns the path.
std::string writeScratch(const std::string& name, const std::string& bytes);
/// Splits an input at each "\n--8<--\n" separator (so seeds stay readable), at most `parts` pieces.
std::vector<std::string> splitInput(const uint8_t* data, size_t size, size_t parts);
/// Copies a fixed file from the seed folder named by $TFSCOPE_FUZZ_FIXED into the scratch dir.
std::string copyFixed(const std::string& relative, const std::string& name);
/// Reads every variable and walks every graph of a loaded model (what a viewer would do).
void exercise(const Model& model);

/// Checks, for one execution, that the heap never held more than a small multiple of the
/// input size (kHeapFactor × bytes + kHeapSlack) above what was live when it began; aborts
/// (a libFuzzer finding, input saved) when it did. Counted from the sanitizer's malloc hooks.
/// TFSCOPE_FUZZ_HEAP_LOG=1 prints each execution's peak, to see how close inputs come.
class HeapBound {
public:
    explicit HeapBound(size_t inputBytes);
    ~HeapBound();
    HeapBound(const HeapBound&) = delete;
    HeapBound& operator=(const HeapBound&) = delete;

private:
    size_t inputBytes_;
    int64_t start_;
};
inline constexpr int64_t kHeapFactor = 16;
inline constexpr int64_t kHeapSlack = int64_t(4) << 20;

}  // namespace tfs::fuzz
