#pragma once
// Parsing and serialising protobuf messages from files, binary or text,
// with errors that name the file (and line, for text).

#include <string>
#include <string_view>

#include "core/util/status.h"
#include "google/protobuf/message.h"

namespace tfs {

/// Binary parse of untrusted bytes: false when they are not a valid message. Every length the
/// bytes claim is checked against what encloses it first, so no claim makes protobuf allocate
/// more than the input holds. Use it (or parseBinaryProto) for every protobuf read from a file.
bool parseProtoBytes(std::string_view bytes, google::protobuf::Message* message);
/// Binary parse; DataLoss naming `source` when the bytes are not a valid message.
Status parseBinaryProto(const std::string& bytes, google::protobuf::Message* message, const std::string& source);
/// Text-format parse; unknown fields are an error with line and column.
Status parseTextProto(const std::string& text, google::protobuf::Message* message, const std::string& source);
/// True when the bytes look like protobuf text format rather than binary.
bool looksLikeText(const std::string& head);

/// Deterministic binary serialisation (map fields sorted).
Result<std::string> serializeBinary(const google::protobuf::Message& message);
std::string serializeText(const google::protobuf::Message& message);

}  // namespace tfs
