#include "core/formats/proto_io.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/stubs/logging.h>
#include <google/protobuf/text_format.h>

#include <cstdint>
#include <mutex>

namespace tfs {

namespace {

class CollectingErrors : public google::protobuf::io::ErrorCollector {
public:
    void AddError(int line, google::protobuf::io::ColumnNumber column, const std::string& message) override {
        if (first.empty()) first = "line " + std::to_string(line + 1) + ", column " + std::to_string(column + 1) + ": " + message;
    }
    void AddWarning(int, google::protobuf::io::ColumnNumber, const std::string&) override {}
    std::string first;
};

}  // namespace

namespace {
// protobuf logs parse problems (invalid UTF-8, ...) to stderr; tfscope reports them
// as Status values instead, so silence the library's own logging once.
void silenceProtobufLogging() {
    static std::once_flag once;
    std::call_once(once, [] { google::protobuf::SetLogHandler(nullptr); });
}
}  // namespace

namespace {
// Reads a base-128 varint; nullptr when it runs past `end` or over 10 bytes.
const char* readWireVarint(const char* p, const char* end, uint64_t* value) {
    uint64_t v = 0;
    for (int shift = 0; shift < 70 && p < end; shift += 7) {
        const auto byte = static_cast<unsigned char>(*p++);
        v |= uint64_t(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            *value = v;
            return p;
        }
    }
    return nullptr;
}

// Walks the wire format of one message of `type` in [p, end) (`type` null for an unknown
// group): every length-delimited field must fit in what its message has left, and message
// and group fields are walked in turn. Returns where the message ends (after the END_GROUP
// tag `group` when walking a group), nullptr when the bytes cannot be a valid message.
const char* walkWireMessage(const char* p, const char* end, const google::protobuf::Descriptor* type, int depth,
                            uint64_t group) {
    using google::protobuf::FieldDescriptor;
    if (depth > 128) return nullptr;  // protobuf itself stops at 100
    while (p < end) {
        uint64_t key = 0;
        if (!(p = readWireVarint(p, end, &key))) return nullptr;
        const uint64_t number = key >> 3;
        if (number == 0) return nullptr;
        const FieldDescriptor* field =
            type && number <= uint64_t(FieldDescriptor::kMaxNumber) ? type->FindFieldByNumber(int(number)) : nullptr;
        uint64_t length = 0;
        switch (key & 7) {
            case 0:
                if (!(p = readWireVarint(p, end, &length))) return nullptr;
                break;
            case 1:
                if (end - p < 8) return nullptr;
                p += 8;
                break;
            case 5:
                if (end - p < 4) return nullptr;
                p += 4;
                break;
            case 2:
                if (!(p = readWireVarint(p, end, &length)) || length > uint64_t(end - p)) return nullptr;
                if (field && field->type() == FieldDescriptor::TYPE_MESSAGE &&
                    walkWireMessage(p, p + length, field->message_type(), depth + 1, 0) != p + length)
                    return nullptr;
                p += length;
                break;
            case 3:
                p = walkWireMessage(p, end, field && field->type() == FieldDescriptor::TYPE_GROUP ? field->message_type() : nullptr,
                                    depth + 1, number);
                if (!p) return nullptr;
                break;
            case 4:
                return group != 0 && number == group ? p : nullptr;
            default:
                return nullptr;
        }
    }
    return group == 0 ? p : nullptr;
}
}  // namespace

bool parseProtoBytes(std::string_view bytes, google::protobuf::Message* message) {
    silenceProtobufLogging();
    if (bytes.size() > size_t(INT32_MAX)) return false;
    // protobuf reserves up to 50 MB for a string whose length fits the enclosing message's
    // claimed length, and a nested message's claimed length is not checked against its parent
    // before its fields are read: a 248-byte GraphDef reserved 50 MB. Walking the lengths first
    // (linear, no allocation) leaves protobuf only claims that fit in the bytes.
    const char* end = bytes.data() + bytes.size();
    if (walkWireMessage(bytes.data(), end, message->GetDescriptor(), 0, 0) != end) return false;
    return message->ParseFromArray(bytes.data(), int(bytes.size()));
}

Status parseBinaryProto(const std::string& bytes, google::protobuf::Message* message, const std::string& source) {
    if (bytes.size() > size_t(INT32_MAX))
        return resourceExhausted(TFS_PHRASE("Errors", "%1: %2 bytes exceed protobuf's 2 GiB message limit"), source,
                                 bytes.size());
    if (!parseProtoBytes(bytes, message))
        return dataLoss(TFS_PHRASE("Errors", "%1: not a valid %2 (truncated or corrupt protobuf)"), source,
                        message->GetDescriptor()->name());
    return okStatus();
}

Status parseTextProto(const std::string& text, google::protobuf::Message* message, const std::string& source) {
    google::protobuf::TextFormat::Parser parser;
    CollectingErrors errors;
    parser.RecordErrorsTo(&errors);
    if (!parser.ParseFromString(text, message))
        return errors.first.empty()
                   ? dataLoss(TFS_PHRASE("Errors", "%1: not a valid text %2"), source, message->GetDescriptor()->name())
                   : dataLoss(TFS_PHRASE("Errors", "%1: not a valid text %2 (%3)"), source, message->GetDescriptor()->name(),
                              errors.first);
    return okStatus();
}

bool looksLikeText(const std::string& head) {
    if (head.empty()) return false;
    size_t printable = 0;
    for (unsigned char c : head)
        if (c == '\n' || c == '\r' || c == '\t' || (c >= 32 && c < 127)) ++printable;
    if (printable != head.size()) return false;
    // Text protos start with a field name or a comment.
    for (unsigned char c : head) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
        return std::isalpha(c) || c == '#' || c == '_';
    }
    return false;
}

Result<std::string> serializeBinary(const google::protobuf::Message& message) {
    std::string out;
    {
        google::protobuf::io::StringOutputStream stream(&out);
        google::protobuf::io::CodedOutputStream coded(&stream);
        coded.SetSerializationDeterministic(true);
        if (!message.SerializeToCodedStream(&coded)) return internalError(TFS_PHRASE("Errors", "cannot serialise %1"), message.GetDescriptor()->name());
    }
    return out;
}

std::string serializeText(const google::protobuf::Message& message) {
    std::string out;
    google::protobuf::TextFormat::Printer printer;
    printer.PrintToString(message, &out);
    return out;
}

}  // namespace tfs
