// Strict JSON parser for Json: reports the byte offset of the first problem and
// limits nesting so hostile input cannot exhaust the stack.
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "core/util/json.h"

namespace tfs {
namespace {

constexpr int kMaxDepth = 200;

class JsonParser {
public:
    JsonParser(const std::string& text, const std::string& source) : text_(text), source_(source) {}

    Result<Json> parseDocument() {
        Json value;
        TFS_RETURN_IF_ERROR(parseValue(value, 0));
        skipSpace();
        if (pos_ != text_.size()) return fail("unexpected trailing characters");
        return value;
    }

private:
    Status fail(const std::string& what) const {
        return invalidArgument(TFS_PHRASE("Errors", "%1: invalid JSON at byte %2: %3"), source_, pos_, what);
    }

    void skipSpace() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\r' || text_[pos_] == '\t')) ++pos_;
    }

    bool consume(const char* literal) {
        size_t n = std::strlen(literal);
        if (text_.compare(pos_, n, literal) != 0) return false;
        pos_ += n;
        return true;
    }

    Status parseValue(Json& out, int depth) {
        if (depth > kMaxDepth) return fail("nesting deeper than " + std::to_string(kMaxDepth));
        skipSpace();
        if (pos_ >= text_.size()) return fail("unexpected end of input");
        char c = text_[pos_];
        if (c == '{') return parseObject(out, depth);
        if (c == '[') return parseArray(out, depth);
        if (c == '"') {
            std::string s;
            TFS_RETURN_IF_ERROR(parseString(s));
            out = Json(std::move(s));
            return okStatus();
        }
        if (consume("true")) return out = Json(true), okStatus();
        if (consume("false")) return out = Json(false), okStatus();
        if (consume("null")) return out = Json(), okStatus();
        if (consume("NaN")) return out = Json(std::nan("")), okStatus();  // Python's json writes these
        if (c == '-' || (c >= '0' && c <= '9')) return parseNumber(out);
        return fail(std::string("unexpected character '") + c + "'");
    }

    Status parseNumber(Json& out) {
        const char* begin = text_.c_str() + pos_;
        char* end = nullptr;
        double v = std::strtod(begin, &end);
        if (end == begin) return fail("bad number");
        std::string literal(begin, size_t(end - begin));
        pos_ += literal.size();
        if (literal.find_first_of(".eEnNiI") == std::string::npos) {
            errno = 0;
            long long i = std::strtoll(literal.c_str(), nullptr, 10);
            if (errno == 0) return out = Json(int64_t(i)), okStatus();
        }
        out = Json(v);
        return okStatus();
    }

    Status parseHex4(unsigned& code) {
        if (pos_ + 4 > text_.size()) return fail("short \\u escape");
        code = 0;
        for (int i = 0; i < 4; ++i) {
            char h = text_[pos_++];
            code <<= 4;
            if (h >= '0' && h <= '9') code |= unsigned(h - '0');
            else if (h >= 'a' && h <= 'f') code |= unsigned(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F') code |= unsigned(h - 'A' + 10);
            else return fail("bad \\u escape");
        }
        return okStatus();
    }

    static void appendUtf8(std::string& out, unsigned code) {
        if (code < 0x80) {
            out += char(code);
        } else if (code < 0x800) {
            out += char(0xC0 | (code >> 6));
            out += char(0x80 | (code & 0x3F));
        } else {
            out += char(0xE0 | (code >> 12));
            out += char(0x80 | ((code >> 6) & 0x3F));
            out += char(0x80 | (code & 0x3F));
        }
    }

    Status parseString(std::string& out) {
        ++pos_;  // opening quote
        while (pos_ < text_.size()) {
            char c = text_[pos_++];
            if (c == '"') return okStatus();
            if (c != '\\') {
                out += c;
                continue;
            }
            if (pos_ >= text_.size()) break;
            char e = text_[pos_++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                unsigned code = 0;
                TFS_RETURN_IF_ERROR(parseHex4(code));
                appendUtf8(out, code);
                break;
            }
            default: return fail("bad escape");
            }
        }
        return fail("unterminated string");
    }

    Status parseArray(Json& out, int depth) {
        ++pos_;
        out = Json::array();
        skipSpace();
        if (pos_ < text_.size() && text_[pos_] == ']') return ++pos_, okStatus();
        while (true) {
            Json item;
            TFS_RETURN_IF_ERROR(parseValue(item, depth + 1));
            out.push(std::move(item));
            skipSpace();
            if (pos_ < text_.size() && text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (pos_ < text_.size() && text_[pos_] == ']') return ++pos_, okStatus();
            return fail("expected ',' or ']'");
        }
    }

    Status parseObject(Json& out, int depth) {
        ++pos_;
        out = Json::object();
        skipSpace();
        if (pos_ < text_.size() && text_[pos_] == '}') return ++pos_, okStatus();
        while (true) {
            skipSpace();
            if (pos_ >= text_.size() || text_[pos_] != '"') return fail("expected a string key");
            std::string key;
            TFS_RETURN_IF_ERROR(parseString(key));
            skipSpace();
            if (pos_ >= text_.size() || text_[pos_] != ':') return fail("expected ':'");
            ++pos_;
            Json value;
            TFS_RETURN_IF_ERROR(parseValue(value, depth + 1));
            out.set(key, std::move(value));
            skipSpace();
            if (pos_ < text_.size() && text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (pos_ < text_.size() && text_[pos_] == '}') return ++pos_, okStatus();
            return fail("expected ',' or '}'");
        }
    }

    const std::string& text_;
    const std::string& source_;
    size_t pos_ = 0;
};

}  // namespace

Result<Json> Json::parse(const std::string& text, const std::string& source) { return JsonParser(text, source).parseDocument(); }

std::string Json::stringOr(const std::string& key, const std::string& fallback) const {
    const Json* v = find(key);
    return v && v->kind() == Kind::String ? v->string() : fallback;
}

double Json::numberOr(const std::string& key, double fallback) const {
    const Json* v = find(key);
    return v && (v->kind() == Kind::Number || v->kind() == Kind::Integer) ? v->number() : fallback;
}

}  // namespace tfs
