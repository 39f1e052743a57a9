// Fuzz target: one .npy array (header and data).
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/util/npy.h"
#include "fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    tfs::fuzz::HeapBound bound(size);
    auto t = tfs::parseNpy(std::string(reinterpret_cast<const char*>(data), size), "fuzz.npy");
    if (t.ok()) (void)tfs::encodeNpy(*t);
    return 0;
}
