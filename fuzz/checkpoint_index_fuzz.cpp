// Fuzz target: a checkpoint index table alone (the LevelDB-layout table reader).
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/formats/table/table_reader.h"
#include "fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    tfs::fuzz::HeapBound bound(size);
    std::string path = tfs::fuzz::writeScratch("table.index", std::string(reinterpret_cast<const char*>(data), size));
    auto table = tfs::table::TableReader::open(path);
    if (!table.ok()) return 0;
    size_t records = 0;
    (void)(*table)->forEach([&](std::string_view, std::string_view) {
        return ++records > 100000 ? tfs::dataLoss("enough") : tfs::okStatus();
    });
    (void)(*table)->first();
    (void)(*table)->get("");
    return 0;
}
