// Fuzz target: a MetaGraphDef file (.meta, binary or text), loaded with its signatures.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/formats/formats.h"
#include "fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    tfs::fuzz::HeapBound bound(size);
    std::string path = tfs::fuzz::writeScratch("model.meta", std::string(reinterpret_cast<const char*>(data), size));
    auto model = tfs::loadMetaGraph(path, {}, {});
    if (model.ok()) tfs::fuzz::exercise(*model);
    return 0;
}
