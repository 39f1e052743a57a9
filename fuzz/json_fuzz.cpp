// Fuzz target: the strict JSON parser (reference case files, settings), with a round trip.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/util/json.h"
#include "fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    tfs::fuzz::HeapBound bound(size);
    auto j = tfs::Json::parse(std::string(reinterpret_cast<const char*>(data), size), "fuzz.json");
    if (!j.ok()) return 0;
    auto again = tfs::Json::parse(j->dump(), "again.json");
    if (!again.ok()) __builtin_trap();  // what we write must parse
    return 0;
}
