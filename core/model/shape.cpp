#include "core/model/shape.h"

#include <charconv>

namespace tfs {

Result<int64_t> elementCount(const Dims& dims) {
    int64_t count = 1;
    for (int64_t d : dims) {
        if (d < 0) return invalidArgument(TFS_PHRASE("Errors", "negative dimension %1 in shape %2"), d, dimsToString(dims));
        if (d != 0 && count > INT64_MAX / d)
            return invalidArgument(TFS_PHRASE("Errors", "element count of shape %1 overflows"), dimsToString(dims));
        count *= d;
    }
    return count;
}

PartialShape PartialShape::fromProto(const tensorflow::TensorShapeProto& proto) {
    PartialShape shape;
    if (proto.unknown_rank()) return shape;
    shape.knownRank = true;
    for (const auto& dim : proto.dim()) shape.dims.push_back(dim.size() < 0 ? -1 : dim.size());
    return shape;
}

void PartialShape::toProto(tensorflow::TensorShapeProto* proto) const {
    proto->Clear();
    if (!knownRank) {
        proto->set_unknown_rank(true);
        return;
    }
    for (int64_t d : dims) proto->add_dim()->set_size(d);
}

bool PartialShape::isFullyKnown() const {
    if (!knownRank) return false;
    for (int64_t d : dims)
        if (d < 0) return false;
    return true;
}

std::string PartialShape::toString() const {
    if (!knownRank) return "<unknown>";
    std::string out = "[";
    for (size_t i = 0; i < dims.size(); ++i) {
        if (i) out += ",";
        out += dims[i] < 0 ? "?" : std::to_string(dims[i]);
    }
    return out + "]";
}

Result<PartialShape> parsePartialShape(std::string_view text) {
    auto trim = [](std::string_view s) {
        while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
        return s;
    };
    std::string_view body = trim(text);
    if (body == "<unknown>" || body == "*") return PartialShape::unknown();
    if (!body.empty() && body.front() == '[') {
        if (body.back() != ']') return invalidArgument(TFS_PHRASE("Errors", "shape '%1' opens '[' but does not close it"), text);
        body = trim(body.substr(1, body.size() - 2));
    }
    PartialShape shape = PartialShape::of({});
    if (body.empty()) return shape;
    while (true) {
        size_t comma = body.find(',');
        std::string_view part = trim(body.substr(0, comma));
        if (part == "?" || part == "-1") {
            shape.dims.push_back(-1);
        } else {
            int64_t v = -1;
            auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), v);
            if (part.empty() || ec != std::errc() || ptr != part.data() + part.size() || v < 0)
                return invalidArgument(TFS_PHRASE("Errors", "shape '%1': '%2' is not a dimension (use a number, ? or -1), e.g. 1,224,224,3"), text, part);
            shape.dims.push_back(v);
        }
        if (shape.dims.size() > 64) return invalidArgument(TFS_PHRASE("Errors", "shape '%1' has more than 64 dimensions"), text);
        if (comma == std::string_view::npos) break;
        body = body.substr(comma + 1);
    }
    return shape;
}

std::string dimsToString(const Dims& dims) {
    std::string out = "[";
    for (size_t i = 0; i < dims.size(); ++i) {
        if (i) out += ",";
        out += std::to_string(dims[i]);
    }
    return out + "]";
}

}  // namespace tfs
