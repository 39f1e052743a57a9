#pragma once
// A small JSON value tree with a writer (objects keep insertion order, numbers
// round-trip) and a strict parser with a nesting limit for hostile input.

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/util/status.h"

namespace tfs {

class Json {
public:
    enum class Kind { Null, Bool, Number, Integer, String, Array, Object };

    Json() = default;
    Json(std::nullptr_t) {}
    Json(bool b) : kind_(Kind::Bool), bool_(b) {}
    Json(int v) : kind_(Kind::Integer), int_(v) {}
    Json(int64_t v) : kind_(Kind::Integer), int_(v) {}
    Json(uint64_t v) : kind_(Kind::Integer), int_(int64_t(v)) {}
    Json(double v) : kind_(Kind::Number), number_(v) {}
    /// A float prints with the fewest digits that read back as the same float.
    Json(float v) : kind_(Kind::Number), number_(v), single_(true) {}
    Json(const char* s) : kind_(Kind::String), string_(s) {}
    Json(std::string s) : kind_(Kind::String), string_(std::move(s)) {}

    static Json array() { Json j; j.kind_ = Kind::Array; return j; }
    static Json object() { Json j; j.kind_ = Kind::Object; return j; }

    /// Appends to an array.
    Json& push(Json value);
    /// Sets (or replaces) a member of an object; returns the member.
    Json& set(const std::string& key, Json value);
    /// Member access (creates an object member when missing).
    Json& operator[](const std::string& key);
    const Json* find(const std::string& key) const;

    /// A number from any arithmetic value, always printed with double round-trip precision.
    static Json ofDouble(double v) { return Json(v); }

    Kind kind() const { return kind_; }
    bool isObject() const { return kind_ == Kind::Object; }
    bool isString() const { return kind_ == Kind::String; }
    bool isNumber() const { return kind_ == Kind::Number || kind_ == Kind::Integer; }
    size_t size() const { return kind_ == Kind::Array ? items_.size() : members_.size(); }
    const std::vector<Json>& items() const { return items_; }
    const std::vector<std::pair<std::string, Json>>& members() const { return members_; }
    double number() const { return kind_ == Kind::Integer ? double(int_) : number_; }
    const std::string& string() const { return string_; }

    /// Parses JSON text; `source` names the input in errors.
    static Result<Json> parse(const std::string& text, const std::string& source = "<json>");
    bool isNull() const { return kind_ == Kind::Null; }
    bool boolean() const { return bool_; }
    /// Member as string/number with a fallback when missing or of another kind.
    std::string stringOr(const std::string& key, const std::string& fallback = "") const;
    double numberOr(const std::string& key, double fallback = 0) const;

    /// Serialises; indent < 0 gives one line.
    std::string dump(int indent = 2) const;

private:
    void write(std::string& out, int indent, int depth) const;

    Kind kind_ = Kind::Null;
    bool bool_ = false;
    int64_t int_ = 0;
    double number_ = 0;
    bool single_ = false;
    std::string string_;
    std::vector<Json> items_;
    std::vector<std::pair<std::string, Json>> members_;
};

/// JSON string escaping (with quotes).
std::string jsonQuote(const std::string& text);

/// Shortest decimal text that reads back as the same double; "null" for NaN/inf
/// (reports print numbers with it so JSON, Markdown and HTML show the same text).
std::string formatJsonNumber(double v);

/// Shortest decimal text that reads back as the same float; "null" for NaN/inf.
std::string formatJsonFloat(float v);

}  // namespace tfs
