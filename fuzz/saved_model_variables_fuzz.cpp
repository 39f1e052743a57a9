// Fuzz target: the variables/ bundle (index, then data shard after a "--8<--" line) of a SavedModel whose saved_model.pb is fixed.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/formats/formats.h"
#include "fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    tfs::fuzz::HeapBound bound(size);
    static const bool once = [] {
        tfs::fuzz::copyFixed("saved_model/saved_model.pb", "smv/saved_model.pb");
        return true;
    }();
    (void)once;
    auto parts = tfs::fuzz::splitInput(data, size, 2);
    tfs::fuzz::writeScratch("smv/variables/variables.index", parts[0]);
    tfs::fuzz::writeScratch("smv/variables/variables.data-00000-of-00001", parts[1]);
    auto model = tfs::loadSavedModel(tfs::fuzz::scratchDir() + "/smv", {}, {});
    if (model.ok()) tfs::fuzz::exercise(*model);
    return 0;
}
