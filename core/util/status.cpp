#include "core/util/status.h"

namespace tfs {

const char* statusCodeName(StatusCode code) {
    switch (code) {
    case StatusCode::Ok: return "OK";
    case StatusCode::InvalidArgument: return "InvalidArgument";
    case StatusCode::NotFound: return "NotFound";
    case StatusCode::DataLoss: return "DataLoss";
    case StatusCode::Unimplemented: return "Unimplemented";
    case StatusCode::Internal: return "Internal";
    case StatusCode::Cancelled: return "Cancelled";
    case StatusCode::AlreadyExists: return "AlreadyExists";
    case StatusCode::FailedPrecondition: return "FailedPrecondition";
    case StatusCode::ResourceExhausted: return "ResourceExhausted";
    }
    return "Unknown";
}

const char* contextJoinPhrase() { return TFS_PHRASE("Errors", "%1: %2"); }

Status::Status(StatusCode code, std::string message) : Status(code, verbatim(std::move(message))) {}

Status::Status(StatusCode code, Phrase what) : code_(code), message_(what.english()) { parts_.push_back(std::move(what)); }

std::string Status::toString() const {
    if (ok()) return "OK";
    return std::string(statusCodeName(code_)) + ": " + message_;
}

Status Status::withContext(const std::string& context) const { return withContext(verbatim(context)); }

Status Status::withContext(Phrase context) const {
    if (ok()) return *this;
    Status out = *this;
    out.message_ = fillPlaceholders(contextJoinPhrase(), {context.english(), message_});
    out.parts_.insert(out.parts_.begin(), std::move(context));
    return out;
}

Status cancelled() { return cancelled(TFS_PHRASE("Errors", "cancelled")); }

}  // namespace tfs
