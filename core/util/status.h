#pragma once
// Status values carried across core's API instead of exceptions.

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/util/phrase.h"

namespace tfs {

enum class StatusCode { Ok, InvalidArgument, NotFound, DataLoss, Unimplemented, Internal, Cancelled, AlreadyExists, FailedPrecondition, ResourceExhausted };

/// Outcome of an operation: Ok, or a code and a message naming what went wrong.
/// The message is kept as parts, outermost context first, each a phrase of the "Errors" context
/// (TFS_PHRASE) with its values, so that the GUI can show it translated (views/core_text.h);
/// message() is their English text joined by ": ".
class [[nodiscard]] Status {
public:
    Status() = default;
    /// A message that is no phrase (another library's text): shown as it is.
    Status(StatusCode code, std::string message);
    /// A message made of a phrase and its values.
    Status(StatusCode code, Phrase what);

    bool ok() const { return code_ == StatusCode::Ok; }
    StatusCode code() const { return code_; }
    /// The English message: "file.index: bad magic".
    const std::string& message() const { return message_; }
    /// The message's parts, outermost context first.
    const std::vector<Phrase>& parts() const { return parts_; }
    /// "DataLoss: file.index: bad magic".
    std::string toString() const;
    /// Prefixes the message with context ("model A: ..."), keeping the code; a string is shown as it is.
    Status withContext(const std::string& context) const;
    Status withContext(Phrase context) const;
    /// `st.withContext(TFS_PHRASE("Errors", "reading variable '%1'"), name)`.
    template <int Values, typename... Args>
    Status withContext(PhraseText<Values> text, Args&&... args) const {
        return withContext(phrase(text, std::forward<Args>(args)...));
    }

private:
    StatusCode code_ = StatusCode::Ok;
    std::vector<Phrase> parts_;
    std::string message_;
};

/// How a context and the message it prefixes join ("%1: %2"); a phrase of the "Errors" context.
const char* contextJoinPhrase();

inline Status okStatus() { return {}; }
const char* statusCodeName(StatusCode code);

// One maker per code: from a plain message (shown as it is), from a Phrase, or from a TFS_PHRASE and its
// values: `dataLoss(TFS_PHRASE("Errors", "%1: bad magic"), path)`. An unmarked "%1" text with values does
// not compile: lupdate would not see it, so it could never be translated.
#define TFS_STATUS_MAKER(name, statusCode)                                      \
    inline Status name(std::string message) { return {statusCode, std::move(message)}; } \
    inline Status name(Phrase what) { return {statusCode, std::move(what)}; }  \
    template <int Values, typename... Args>                                     \
    Status name(PhraseText<Values> text, Args&&... args) {                      \
        return {statusCode, phrase(text, std::forward<Args>(args)...)};         \
    }
TFS_STATUS_MAKER(invalidArgument, StatusCode::InvalidArgument)
TFS_STATUS_MAKER(notFound, StatusCode::NotFound)
TFS_STATUS_MAKER(dataLoss, StatusCode::DataLoss)
TFS_STATUS_MAKER(unimplemented, StatusCode::Unimplemented)
TFS_STATUS_MAKER(internalError, StatusCode::Internal)
TFS_STATUS_MAKER(cancelled, StatusCode::Cancelled)
TFS_STATUS_MAKER(failedPrecondition, StatusCode::FailedPrecondition)
TFS_STATUS_MAKER(resourceExhausted, StatusCode::ResourceExhausted)
#undef TFS_STATUS_MAKER
/// The user stopped the work.
Status cancelled();

/// A value or the Status explaining why there is none.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : value_(std::move(value)) {}
    Result(Status status) : status_(std::move(status)) {}

    bool ok() const { return status_.ok(); }
    const Status& status() const { return status_; }
    T& value() & { return *value_; }
    const T& value() const& { return *value_; }
    T&& value() && { return std::move(*value_); }
    T* operator->() { return &*value_; }
    const T* operator->() const { return &*value_; }
    T& operator*() & { return *value_; }
    const T& operator*() const& { return *value_; }

private:
    Status status_;
    std::optional<T> value_;
};

}  // namespace tfs

#define TFS_CONCAT_INNER(a, b) a##b
#define TFS_CONCAT(a, b) TFS_CONCAT_INNER(a, b)

/// Returns the Status from the enclosing function when it is not ok.
#define TFS_RETURN_IF_ERROR(expr)                 \
    do {                                          \
        ::tfs::Status tfs_status_ = (expr);       \
        if (!tfs_status_.ok()) return tfs_status_; \
    } while (0)

/// `TFS_ASSIGN_OR_RETURN(auto x, f());` unwraps a Result or returns its Status.
#define TFS_ASSIGN_OR_RETURN(lhs, expr) TFS_ASSIGN_OR_RETURN_IMPL(TFS_CONCAT(tfs_result_, __LINE__), lhs, expr)
#define TFS_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
    auto tmp = (expr);                            \
    if (!tmp.ok()) return tmp.status();           \
    lhs = std::move(tmp).value()
