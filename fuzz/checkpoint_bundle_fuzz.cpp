// Fuzz target: a V2 checkpoint: index and one data shard (split at a "--8<--" line), every tensor read.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/formats/formats.h"
#include "fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    tfs::fuzz::HeapBound bound(size);
    auto parts = tfs::fuzz::splitInput(data, size, 2);
    tfs::fuzz::writeScratch("ckpt/model.index", parts[0]);
    tfs::fuzz::writeScratch("ckpt/model.data-00000-of-00001", parts[1]);
    auto model = tfs::loadCheckpointV2(tfs::fuzz::scratchDir() + "/ckpt/model", {}, {});
    if (model.ok()) tfs::fuzz::exercise(*model);
    return 0;
}
