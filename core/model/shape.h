#pragma once
// Tensor shapes: fully known (Dims) and partially known (PartialShape).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/status.h"
#include "tensorflow/tensor_shape.pb.h"

namespace tfs {

/// A fully known shape.
using Dims = std::vector<int64_t>;

/// Element count of a known shape, or an error when it overflows or a dim is negative.
Result<int64_t> elementCount(const Dims& dims);

/// A shape whose rank or dims may be unknown (-1), as in graphs and signatures.
struct PartialShape {
    bool knownRank = false;
    std::vector<int64_t> dims;  // -1 = unknown dimension

    static PartialShape unknown() { return {}; }
    static PartialShape of(std::vector<int64_t> dims) { return {true, std::move(dims)}; }
    static PartialShape fromProto(const tensorflow::TensorShapeProto& proto);
    void toProto(tensorflow::TensorShapeProto* proto) const;

    bool isFullyKnown() const;
    int rank() const { return knownRank ? int(dims.size()) : -1; }
    /// "[?,28,28,1]", "[]" for scalars, "<unknown>" for unknown rank.
    std::string toString() const;
    bool operator==(const PartialShape& other) const { return knownRank == other.knownRank && dims == other.dims; }
    bool operator!=(const PartialShape& other) const { return !(*this == other); }
};

/// Reads a shape a user typed: "1,224,224,3", "[?,28,28,1]" ("?" or -1 = unknown dim), "" or "[]" = scalar,
/// "<unknown>" or "*" = unknown rank. Error naming the bad part otherwise.
Result<PartialShape> parsePartialShape(std::string_view text);

/// "[3,3,3,64]" for a known shape.
std::string dimsToString(const Dims& dims);

}  // namespace tfs
