#pragma once
// Little-endian base-128 varints as protobuf and leveldb tables store them.

#include <cstdint>

namespace tfs {

/// Reads a varint64 from [p, end), advancing p; false when truncated or longer than 10 bytes.
inline bool readVarint64(const unsigned char*& p, const unsigned char* end, uint64_t* out) {
    uint64_t v = 0;
    for (int shift = 0; shift <= 63 && p < end; shift += 7) {
        unsigned char b = *p++;
        v |= uint64_t(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *out = v;
            return true;
        }
    }
    return false;
}

}  // namespace tfs
