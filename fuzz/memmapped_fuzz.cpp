// Fuzz target: a memmapped package (convert_graphdef_memmapped_format output), graph and tensors materialised.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/formats/formats.h"
#include "core/formats/memmapped.h"
#include "fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    tfs::fuzz::HeapBound bound(size);
    std::string path = tfs::fuzz::writeScratch("model.mmap", std::string(reinterpret_cast<const char*>(data), size));
    auto model = tfs::loadMemmapped(path, {}, {});
    if (model.ok()) tfs::fuzz::exercise(*model);
    auto package = tfs::MemmappedPackage::open(path);
    if (!package.ok()) return 0;
    auto graph = (*package)->graph();
    if (graph.ok()) (void)tfs::materializeImmutableConsts(&*graph, **package);
    return 0;
}
