// Fuzz target: saved_model.pb of a SavedModel whose variables/ bundle is fixed (half_plus_two).
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/formats/formats.h"
#include "fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    tfs::fuzz::HeapBound bound(size);
    static const bool once = [] {
        tfs::fuzz::copyFixed("saved_model/variables/variables.index", "sm/variables/variables.index");
        tfs::fuzz::copyFixed("saved_model/variables/variables.data-00000-of-00001", "sm/variables/variables.data-00000-of-00001");
        return true;
    }();
    (void)once;
    tfs::fuzz::writeScratch("sm/saved_model.pb", std::string(reinterpret_cast<const char*>(data), size));
    auto model = tfs::loadSavedModel(tfs::fuzz::scratchDir() + "/sm", {}, {});
    if (model.ok()) tfs::fuzz::exercise(*model);
    return 0;
}
