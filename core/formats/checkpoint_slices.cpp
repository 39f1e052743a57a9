#include <cstring>

#include "core/formats/checkpoint_internal.h"

namespace tfs::ckpt {

namespace {

constexpr int kMaxRank = 254;  // TensorShape's limit

// OrderedCode unsigned numbers: a length byte, then big-endian bytes without leading zeros.
void writeNumIncreasing(std::string* out, uint64_t v) {
    unsigned char buf[8];
    int len = 0;
    while (v) {
        buf[7 - len] = static_cast<unsigned char>(v & 0xff);
        v >>= 8;
        ++len;
    }
    out->push_back(static_cast<char>(len));
    out->append(reinterpret_cast<const char*>(buf + 8 - len), size_t(len));
}

bool readNumIncreasing(std::string_view* in, uint64_t* v) {
    if (in->empty()) return false;
    size_t len = static_cast<unsigned char>((*in)[0]);
    if (len > 8 || len + 1 > in->size()) return false;
    uint64_t x = 0;
    for (size_t i = 0; i < len; ++i) x = (x << 8) | static_cast<unsigned char>((*in)[1 + i]);
    *v = x;
    in->remove_prefix(len + 1);
    return true;
}

// OrderedCode strings: 0x00 -> 00 ff, 0xff -> ff 00, terminated by 00 01.
void writeString(std::string* out, const std::string& s) {
    for (char c : s) {
        if (c == '\0') {
            out->push_back('\0');
            out->push_back('\xff');
        } else if (c == '\xff') {
            out->push_back('\xff');
            out->push_back('\0');
        } else {
            out->push_back(c);
        }
    }
    out->push_back('\0');
    out->push_back('\1');
}

bool readString(std::string_view* in, std::string* s) {
    s->clear();
    size_t i = 0;
    while (i + 1 < in->size()) {
        char c = (*in)[i];
        if (c == '\0') {
            char next = (*in)[i + 1];
            if (next == '\1') {
                in->remove_prefix(i + 2);
                return true;
            }
            if (next != '\xff') return false;
            s->push_back('\0');
            i += 2;
        } else if (c == '\xff') {
            if ((*in)[i + 1] != '\0') return false;
            s->push_back('\xff');
            i += 2;
        } else {
            s->push_back(c);
            ++i;
        }
    }
    return false;
}

// OrderedCode signed numbers: sign bit, unary length bits, then the value's low bits.
int signedLength(int64_t v) {
    uint64_t x = v < 0 ? ~uint64_t(v) : uint64_t(v);
    int bits = 0;
    while (x) {
        ++bits;
        x >>= 1;
    }
    // n bytes hold values in [-2^(7n-1), 2^(7n-1)): need 7n-1 >= bits.
    int n = (bits + 1 + 6) / 7;
    return n < 1 ? 1 : n;
}

void writeSignedNumIncreasing(std::string* out, int64_t v) {
    int len = signedLength(v);
    unsigned char buf[10];
    uint64_t u = uint64_t(v);
    const unsigned char sign = v < 0 ? 0xff : 0x00;
    // Big-endian two's complement, sign-extended to 10 bytes.
    buf[0] = buf[1] = sign;
    for (int i = 0; i < 8; ++i) buf[2 + i] = static_cast<unsigned char>(u >> (56 - 8 * i));
    unsigned char* begin = buf + 10 - len;
    // Header: `len` bits equal to (non-negative ? 1 : 0) across the first two bytes, then a delimiter.
    static const unsigned char header[11][2] = {{0, 0},    {0x80, 0}, {0xc0, 0}, {0xe0, 0},    {0xf0, 0},   {0xf8, 0},
                                                {0xfc, 0}, {0xfe, 0}, {0xff, 0}, {0xff, 0x80}, {0xff, 0xc0}};
    begin[0] ^= header[len][0];
    if (len > 1) begin[1] ^= header[len][1];
    out->append(reinterpret_cast<const char*>(begin), size_t(len));
}

bool readSignedNumIncreasing(std::string_view* in, int64_t* v) {
    if (in->empty()) return false;
    const auto* p = reinterpret_cast<const unsigned char*>(in->data());
    const unsigned char flip = (p[0] & 0x80) ? 0x00 : 0xff;
    // Count leading header bits equal to the sign bit (up to 10 bytes).
    int len = 0;
    {
        unsigned char b0 = p[0] ^ flip;
        if (b0 != 0xff) {
            int ones = 0;
            while (ones < 8 && (b0 & (0x80 >> ones))) ++ones;
            len = ones;  // ones includes the sign bit: 1 -> 1 byte
        } else {
            if (in->size() < 2) return false;
            unsigned char b1 = p[1] ^ flip;
            if (b1 < 0x80)
                len = 8;
            else if (b1 < 0xc0)
                len = 9;
            else if (b1 == 0xc0)
                len = 10;
            else
                return false;
        }
    }
    if (len < 1 || size_t(len) > in->size()) return false;
    // Strip header bits, sign-extend.
    unsigned char buf[10];
    std::memcpy(buf, p, size_t(len));
    static const unsigned char header[11][2] = {{0, 0},    {0x80, 0}, {0xc0, 0}, {0xe0, 0},    {0xf0, 0},   {0xf8, 0},
                                                {0xfc, 0}, {0xfe, 0}, {0xff, 0}, {0xff, 0x80}, {0xff, 0xc0}};
    buf[0] ^= header[len][0];
    if (len > 1) buf[1] ^= header[len][1];
    uint64_t x = flip ? ~uint64_t(0) : 0;
    for (int i = 0; i < len; ++i) x = (x << 8) | buf[i];
    *v = int64_t(x);
    in->remove_prefix(size_t(len));
    return true;
}

}  // namespace

SliceSpec sliceFromProto(const tensorflow::TensorSliceProto& proto) {
    SliceSpec slice;
    for (const auto& e : proto.extent()) {
        SliceExtent x;
        x.start = e.start();
        x.length = e.has_length_case() == tensorflow::TensorSliceProto::Extent::kLength ? e.length() : -1;
        slice.push_back(x);
    }
    return slice;
}

void sliceToProto(const SliceSpec& slice, tensorflow::TensorSliceProto* proto) {
    proto->Clear();
    for (const auto& x : slice) {
        auto* e = proto->add_extent();
        if (x.length >= 0) {
            e->set_start(x.start);
            e->set_length(x.length);
        }
    }
}

std::string encodeTensorNameSlice(const std::string& name, const SliceSpec& slice) {
    std::string out;
    writeNumIncreasing(&out, 0);
    writeString(&out, name);
    writeNumIncreasing(&out, slice.size());
    for (const auto& x : slice) {
        // A full extent is written as start 0, length -1.
        writeSignedNumIncreasing(&out, x.length < 0 ? 0 : x.start);
        writeSignedNumIncreasing(&out, x.length < 0 ? -1 : x.length);
    }
    return out;
}

bool decodeTensorNameSlice(std::string_view code, std::string* name, SliceSpec* slice) {
    uint64_t zero = 1, rank = 0;
    if (!readNumIncreasing(&code, &zero) || zero != 0) return false;
    if (!readString(&code, name)) return false;
    if (!readNumIncreasing(&code, &rank) || rank > uint64_t(kMaxRank)) return false;
    slice->clear();
    for (uint64_t d = 0; d < rank; ++d) {
        SliceExtent x;
        if (!readSignedNumIncreasing(&code, &x.start) || !readSignedNumIncreasing(&code, &x.length)) return false;
        if (x.length < 0) x = SliceExtent{};
        slice->push_back(x);
    }
    return code.empty();
}

Result<Dims> dimsFromProto(const tensorflow::TensorShapeProto& proto, const std::string& what) {
    if (proto.unknown_rank()) return dataLoss(TFS_PHRASE("Errors", "%1: stored shape has unknown rank"), what);
    if (proto.dim_size() > kMaxRank)
        return dataLoss(TFS_PHRASE("Errors", "%1: stored shape has rank %2 (at most 254)"), what, proto.dim_size());
    Dims dims;
    for (const auto& d : proto.dim()) dims.push_back(d.size());
    auto count = elementCount(dims);
    if (!count.ok()) return dataLoss(TFS_PHRASE("Errors", "%1: invalid stored shape: %2"), what, count.status().message());
    return dims;
}

Result<Dims> sliceShape(const Dims& full, const SliceSpec& slice, const std::string& what) {
    if (slice.size() != full.size())
        return dataLoss(TFS_PHRASE("Errors", "%1: slice has rank %2 but the tensor has shape %3"), what, slice.size(), dimsToString(full));
    Dims out(full.size());
    for (size_t d = 0; d < full.size(); ++d) {
        const auto& x = slice[d];
        if (x.length < 0) {
            out[d] = full[d];
            continue;
        }
        if (x.start < 0 || x.start > full[d] || x.length > full[d] - x.start)
            return dataLoss(TFS_PHRASE("Errors", "%1: slice extent [%2, +%3) of dimension %4 lies outside shape %5"), what, x.start, x.length, d, dimsToString(full));
        out[d] = x.length;
    }
    return out;
}

Status copySliceInto(Tensor& full, const Tensor& part, const SliceSpec& slice, const std::string& what) {
    TFS_ASSIGN_OR_RETURN(Dims shape, sliceShape(full.dims(), slice, what));
    if (part.dims() != shape || part.dtype() != full.dtype())
        return dataLoss(TFS_PHRASE("Errors", "%1: slice holds %2, expected %3%4"), what, part.describe(), dtypeShortName(full.dtype()), dimsToString(shape));
    const size_t rank = shape.size();
    if (part.numElements() == 0) return okStatus();
    // Innermost run length (in elements) and the element strides of the full tensor.
    std::vector<int64_t> fullStride(rank, 1);
    for (size_t d = rank; d-- > 1;) fullStride[d - 1] = fullStride[d] * full.dims()[d];
    std::vector<int64_t> start(rank, 0);
    for (size_t d = 0; d < rank; ++d) start[d] = slice[d].length < 0 ? 0 : slice[d].start;
    const int64_t run = rank ? shape[rank - 1] : 1;
    const bool strings = full.dtype() == tensorflow::DT_STRING;
    const size_t elem = strings ? 0 : size_t(dtypeSize(full.dtype()));
    std::vector<int64_t> index(rank, 0);  // index into the slice, innermost dimension fixed at 0
    int64_t src = 0;
    for (;;) {
        int64_t dst = 0;
        for (size_t d = 0; d < rank; ++d) dst += (start[d] + index[d]) * fullStride[d];
        if (strings) {
            for (int64_t i = 0; i < run; ++i) full.strings()[size_t(dst + i)] = part.strings()[size_t(src + i)];
        } else {
            std::memcpy(full.rawData() + size_t(dst) * elem, part.rawData() + size_t(src) * elem, size_t(run) * elem);
        }
        src += run;
        // Advance the multi-index over all but the innermost dimension.
        size_t d = rank ? rank - 1 : 0;
        bool done = true;
        while (d-- > 0) {
            if (++index[d] < shape[d]) {
                done = false;
                break;
            }
            index[d] = 0;
        }
        if (done) break;
    }
    return okStatus();
}

}  // namespace tfs::ckpt
