// Fuzz target: a binary GraphDef file, loaded and indexed as the viewer would.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/formats/formats.h"
#include "fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    tfs::fuzz::HeapBound bound(size);
    std::string path = tfs::fuzz::writeScratch("model.pb", std::string(reinterpret_cast<const char*>(data), size));
    auto model = tfs::loadGraphDef(path, {}, {});
    if (model.ok()) tfs::fuzz::exercise(*model);
    return 0;
}
