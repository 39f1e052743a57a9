// Fuzz target: a V1 checkpoint (one table file with slices), every tensor read.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/formats/formats.h"
#include "fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    tfs::fuzz::HeapBound bound(size);
    std::string path = tfs::fuzz::writeScratch("v1/model.ckpt", std::string(reinterpret_cast<const char*>(data), size));
    auto model = tfs::loadCheckpointV1(path, {}, {});
    if (model.ok()) tfs::fuzz::exercise(*model);
    return 0;
}
