#include "core/formats/proto_io.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/stubs/logging.h>
#include <google/protobuf/text_format.h>

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

Status parseBinaryProto(const std::string& bytes, google::protobuf::Message* message, const std::string& source) {
    silenceProtobufLogging();
    if (bytes.size() > size_t(INT32_MAX))
        return resourceExhausted(TFS_PHRASE("Errors", "%1: %2 bytes exceed protobuf's 2 GiB message limit"), source,
                                 bytes.size());
    // From a flat array protobuf knows how many bytes remain, so a string whose length claims
    // more than the file holds fails at once; parsed from a stream, it first reserved up to 50 MB
    // for it (an 11-byte file did). Nesting is limited to protobuf's default 100, as TensorFlow's.
    if (!message->ParseFromArray(bytes.data(), int(bytes.size())))
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
