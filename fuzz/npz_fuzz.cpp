// Fuzz target: an .npz archive of arrays (zip, stored or deflated).
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/util/npy.h"
#include "fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    tfs::fuzz::HeapBound bound(size);
    std::string path = tfs::fuzz::writeScratch("arrays.npz", std::string(reinterpret_cast<const char*>(data), size));
    (void)tfs::readNpz(path);
    return 0;
}
