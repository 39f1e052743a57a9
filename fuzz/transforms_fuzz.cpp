// Fuzz target: the --transforms grammar (names, parameters, quoting), parsed and validated.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/transforms/grammar.h"
#include "fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    tfs::fuzz::HeapBound bound(size);
    (void)tfs::transforms::parseAndValidateTransforms(std::string(reinterpret_cast<const char*>(data), size));
    return 0;
}
