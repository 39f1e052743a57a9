#include "core/util/npy.h"

#include <zlib.h>

#include <cstring>

#include "core/util/file.h"

namespace tfs {

namespace {

// Maps a numpy descr like "<f4" to a TensorFlow dtype.
DataType dtypeFromDescr(const std::string& descr, int* stringWidth) {
    *stringWidth = 0;
    if (descr.size() < 2) return tensorflow::DT_INVALID;
    char order = descr[0];
    char kind = descr[1];
    // The width is all digits after the kind, at most 9 of them (atoi would accept "-3" or overflow).
    std::string digits = descr.substr(2);
    if (digits.empty() || digits.size() > 9 ||
        digits.find_first_not_of("0123456789") != std::string::npos)
        return tensorflow::DT_INVALID;
    int width = std::stoi(digits);
    if (order == '>' && width > 1) return tensorflow::DT_INVALID;  // big-endian unsupported
    switch (kind) {
    case 'f': return width == 4 ? tensorflow::DT_FLOAT : width == 8 ? tensorflow::DT_DOUBLE : width == 2 ? tensorflow::DT_HALF : tensorflow::DT_INVALID;
    case 'i': return width == 1 ? tensorflow::DT_INT8 : width == 2 ? tensorflow::DT_INT16 : width == 4 ? tensorflow::DT_INT32 : width == 8 ? tensorflow::DT_INT64 : tensorflow::DT_INVALID;
    case 'u': return width == 1 ? tensorflow::DT_UINT8 : width == 2 ? tensorflow::DT_UINT16 : width == 4 ? tensorflow::DT_UINT32 : width == 8 ? tensorflow::DT_UINT64 : tensorflow::DT_INVALID;
    case 'b': return width == 1 ? tensorflow::DT_BOOL : tensorflow::DT_INVALID;
    case 'S':
        // A zero-width string takes no bytes, so the data size would not bound the element count.
        if (width == 0) return tensorflow::DT_INVALID;
        *stringWidth = width;
        return tensorflow::DT_STRING;
    default: return tensorflow::DT_INVALID;
    }
}

std::string descrFor(const Tensor& t, size_t stringWidth) {
    switch (t.dtype()) {
    case tensorflow::DT_FLOAT: return "<f4";
    case tensorflow::DT_DOUBLE: return "<f8";
    case tensorflow::DT_HALF: return "<f2";
    case tensorflow::DT_INT8: return "|i1";
    case tensorflow::DT_INT16: return "<i2";
    case tensorflow::DT_INT32: return "<i4";
    case tensorflow::DT_INT64: return "<i8";
    case tensorflow::DT_UINT8: return "|u1";
    case tensorflow::DT_UINT16: return "<u2";
    case tensorflow::DT_UINT32: return "<u4";
    case tensorflow::DT_UINT64: return "<u8";
    case tensorflow::DT_BOOL: return "|b1";
    case tensorflow::DT_STRING: return "|S" + std::to_string(stringWidth);
    default: return "";
    }
}

// Value of `'key': value` in the header dict (value up to the next top-level comma).
std::string headerField(const std::string& header, const std::string& key) {
    auto pos = header.find("'" + key + "'");
    if (pos == std::string::npos) return "";
    pos = header.find(':', pos);
    if (pos == std::string::npos) return "";
    ++pos;
    while (pos < header.size() && header[pos] == ' ') ++pos;
    if (pos < header.size() && header[pos] == '(') {
        auto end = header.find(')', pos);
        return end == std::string::npos ? "" : header.substr(pos, end - pos + 1);
    }
    auto end = header.find_first_of(",}", pos);
    return header.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
}

}  // namespace

Result<Tensor> parseNpy(const std::string& bytes, const std::string& source) {
    if (bytes.size() < 10 || bytes.compare(0, 6, "\x93NUMPY") != 0)
        return invalidArgument(TFS_PHRASE("Errors", "%1: not a .npy file (bad magic)"), source);
    int major = static_cast<unsigned char>(bytes[6]);
    size_t headerLen = 0, offset = 0;
    if (major == 1) {
        headerLen = static_cast<unsigned char>(bytes[8]) | (static_cast<unsigned char>(bytes[9]) << 8);
        offset = 10;
    } else if (major == 2 || major == 3) {
        if (bytes.size() < 12) return dataLoss(TFS_PHRASE("Errors", "%1: truncated .npy header"), source);
        uint32_t len;
        std::memcpy(&len, bytes.data() + 8, 4);
        headerLen = len;
        offset = 12;
    } else {
        return unimplemented(TFS_PHRASE("Errors", "%1: .npy version %2 is not supported"), source, major);
    }
    if (offset + headerLen > bytes.size()) return dataLoss(TFS_PHRASE("Errors", "%1: truncated .npy header"), source);
    std::string header = bytes.substr(offset, headerLen);
    std::string descr = headerField(header, "descr");
    if (descr.size() >= 2 && (descr.front() == '\'' || descr.front() == '"')) descr = descr.substr(1, descr.size() - 2);
    if (headerField(header, "fortran_order").find("True") != std::string::npos)
        return unimplemented(TFS_PHRASE("Errors", "%1: Fortran-ordered arrays are not supported"), source);
    std::string shapeText = headerField(header, "shape");
    Dims dims;
    for (size_t i = 0; i < shapeText.size();) {
        if (std::isdigit(static_cast<unsigned char>(shapeText[i]))) {
            size_t end = i;
            while (end < shapeText.size() && std::isdigit(static_cast<unsigned char>(shapeText[end]))) ++end;
            if (end - i > 18)  // beyond int64 (std::stoll would throw): no real array is this large
                return dataLoss(TFS_PHRASE("Errors", "%1: .npy shape dimension %2 is too large"), source, shapeText.substr(i, end - i));
            dims.push_back(std::stoll(shapeText.substr(i, end - i)));
            i = end;
        } else {
            ++i;
        }
    }
    int stringWidth = 0;
    DataType dtype = dtypeFromDescr(descr, &stringWidth);
    if (dtype == tensorflow::DT_INVALID) return unimplemented(TFS_PHRASE("Errors", "%1: numpy dtype '%2' is not supported"), source, descr);
    size_t dataOffset = offset + headerLen;
    TFS_ASSIGN_OR_RETURN(int64_t count, elementCount(dims));
    size_t elementBytes = dtype == tensorflow::DT_STRING ? size_t(stringWidth) : size_t(dtypeSize(dtype));
    if (elementBytes && uint64_t(count) > (bytes.size() - dataOffset) / elementBytes)
        return dataLoss(TFS_PHRASE("Errors", "%1: data is shorter than shape %2 needs"), source, dimsToString(dims));
    TFS_ASSIGN_OR_RETURN(Tensor t, Tensor::make(dtype, dims));
    if (dtype == tensorflow::DT_STRING) {
        for (int64_t i = 0; i < count; ++i) {
            std::string s = bytes.substr(dataOffset + size_t(i) * elementBytes, elementBytes);
            // Only trailing NULs are padding: serialized protos contain NUL bytes inside.
            while (!s.empty() && s.back() == '\0') s.pop_back();
            t.strings()[size_t(i)] = s;
        }
    } else {
        std::memcpy(t.rawData(), bytes.data() + dataOffset, size_t(count) * elementBytes);
    }
    return t;
}

Result<Tensor> readNpy(const std::string& path) {
    TFS_ASSIGN_OR_RETURN(std::string bytes, readFile(path));
    return parseNpy(bytes, path);
}

Result<std::string> encodeNpy(const Tensor& t) {
    size_t width = 1;
    if (t.dtype() == tensorflow::DT_STRING)
        for (const auto& s : t.strings()) width = std::max(width, s.size());
    std::string descr = descrFor(t, width);
    if (descr.empty()) return unimplemented(TFS_PHRASE("Errors", "cannot write %1 tensors as .npy"), dtypeName(t.dtype()));
    std::string shape = "(";
    for (size_t i = 0; i < t.dims().size(); ++i) shape += std::to_string(t.dims()[i]) + (t.dims().size() == 1 ? "," : (i + 1 < t.dims().size() ? ", " : ""));
    shape += ")";
    std::string header = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
    size_t total = 10 + header.size() + 1;
    header += std::string((64 - total % 64) % 64, ' ') + "\n";
    std::string out = "\x93NUMPY";
    out += char(1);
    out += char(0);
    out += char(header.size() & 0xff);
    out += char((header.size() >> 8) & 0xff);
    out += header;
    if (t.dtype() == tensorflow::DT_STRING) {
        for (const auto& s : t.strings()) {
            out += s;
            out += std::string(width - s.size(), '\0');
        }
    } else {
        out.append(t.rawData() ? t.rawData() : "", t.byteSize());
    }
    return out;
}

Status writeNpy(const std::string& path, const Tensor& tensor, const std::vector<std::string>& inputs) {
    TFS_ASSIGN_OR_RETURN(std::string bytes, encodeNpy(tensor));
    return writeFileAtomic(path, bytes, inputs);
}

Result<std::map<std::string, Tensor>> readNpz(const std::string& path) {
    TFS_ASSIGN_OR_RETURN(std::string zip, readFile(path));
    std::map<std::string, Tensor> arrays;
    size_t pos = 0;
    auto u16 = [&](size_t at) { return uint32_t(uint8_t(zip[at])) | (uint32_t(uint8_t(zip[at + 1])) << 8); };
    auto u32 = [&](size_t at) { return u16(at) | (u16(at + 2) << 16); };
    while (pos + 30 <= zip.size() && u32(pos) == 0x04034b50) {
        uint32_t flags = u16(pos + 6), method = u16(pos + 8);
        uint64_t compressed = u32(pos + 18), uncompressed = u32(pos + 22);
        uint32_t nameLen = u16(pos + 26), extraLen = u16(pos + 28);
        if (pos + 30 + nameLen + extraLen > zip.size()) return dataLoss(TFS_PHRASE("Errors", "%1: truncated zip entry"), path);
        std::string name = zip.substr(pos + 30, nameLen);
        size_t data = pos + 30 + nameLen + extraLen;
        // zip64 sizes live in the extra field (numpy writes them for large arrays).
        if (compressed == 0xffffffffu || uncompressed == 0xffffffffu) {
            size_t e = pos + 30 + nameLen;
            while (e + 4 <= data) {
                uint32_t id = u16(e), len = u16(e + 2);
                if (e + 4 + len > data) return dataLoss(TFS_PHRASE("Errors", "%1: zip entry '%2' has a truncated extra field"), path, name);
                if (id == 1 && len >= 16) {
                    uncompressed = u32(e + 4) | (uint64_t(u32(e + 8)) << 32);
                    compressed = u32(e + 12) | (uint64_t(u32(e + 16)) << 32);
                }
                e += 4 + len;
            }
        }
        if (flags & 8) return unimplemented(TFS_PHRASE("Errors", "%1: zip entries with data descriptors are not supported"), path);
        if (data + compressed > zip.size()) return dataLoss(TFS_PHRASE("Errors", "%1: zip entry '%2' is truncated"), path, name);
        std::string payload;
        if (method == 0) {
            payload = zip.substr(data, compressed);
        } else if (method == 8) {
            if (uncompressed > (uint64_t(4) << 30)) return resourceExhausted(TFS_PHRASE("Errors", "%1: zip entry too large"), path);
            // Deflate expands at most ~1032:1; a larger claim is corrupt and must not be allocated.
            if (uncompressed > compressed * 1032 + 1024)
                return dataLoss(TFS_PHRASE("Errors", "%1: zip entry '%2' claims %3 bytes from %4 compressed (corrupt)"), path, name, uncompressed, compressed);
            payload.resize(uncompressed);
            z_stream zs{};
            if (inflateInit2(&zs, -MAX_WBITS) != Z_OK) return internalError(TFS_PHRASE("Errors", "zlib init failed"));
            zs.next_in = reinterpret_cast<Bytef*>(zip.data() + data);
            zs.avail_in = uInt(compressed);
            zs.next_out = reinterpret_cast<Bytef*>(payload.data());
            zs.avail_out = uInt(uncompressed);
            int rc = inflate(&zs, Z_FINISH);
            inflateEnd(&zs);
            if (rc != Z_STREAM_END) return dataLoss(TFS_PHRASE("Errors", "%1: cannot inflate '%2'"), path, name);
        } else {
            return unimplemented(TFS_PHRASE("Errors", "%1: zip compression method %2 is not supported"), path, method);
        }
        if (name.size() > 4 && name.compare(name.size() - 4, 4, ".npy") == 0) name.resize(name.size() - 4);
        TFS_ASSIGN_OR_RETURN(Tensor t, parseNpy(payload, path + ":" + name));
        arrays.emplace(name, std::move(t));
        pos = data + compressed;
    }
    if (arrays.empty()) return invalidArgument(TFS_PHRASE("Errors", "%1: not an .npz archive (no arrays found)"), path);
    return arrays;
}

}  // namespace tfs
