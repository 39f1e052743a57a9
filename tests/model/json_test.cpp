// The JSON value, writer and parser shared by reports, case files and --json output.
#include <gtest/gtest.h>

#include <cmath>

#include "core/util/json.h"

namespace tfs {
namespace {

TEST(Json, ParsesCaseFiles) {
    auto j = Json::parse(R"({"inputs": {"x:0": "inputs/x_0.npy"}, "n": -1.5e3, "ok": true, "none": null, "list": [1, 2, "\u00e9\n"]})");
    ASSERT_TRUE(j.ok()) << j.status().toString();
    ASSERT_NE(j->find("inputs"), nullptr);
    EXPECT_EQ(j->find("inputs")->find("x:0")->string(), "inputs/x_0.npy");
    EXPECT_EQ(j->find("n")->number(), -1500);
    EXPECT_TRUE(j->find("ok")->boolean());
    EXPECT_TRUE(j->find("none")->isNull());
    EXPECT_EQ(j->find("list")->items()[2].string(), "\xc3\xa9\n");
}

TEST(Json, RejectsBadInputWithOffset) {
    for (const char* bad : {"{", "[1,]", "{\"a\" 1}", "\"abc", "01x", "{} {}"}) {
        auto j = Json::parse(bad, "case.json");
        EXPECT_FALSE(j.ok()) << bad;
        if (!j.ok()) {
            EXPECT_NE(j.status().message().find("case.json"), std::string::npos);
        }
    }
    EXPECT_FALSE(Json::parse(std::string(1000, '[') + std::string(1000, ']')).ok());  // too deep
}

TEST(Json, DumpRoundTripsNumbersAndEscapes) {
    Json j = Json::object();
    j.set("pi", Json::ofDouble(3.141592653589793));
    j.set("big", Json::ofDouble(123456789012.0));
    j.set("s", Json("a\"b\\c\n"));
    j.set("nan", Json::ofDouble(std::nan("")));
    std::string text = j.dump(-1);
    EXPECT_EQ(text, R"({"pi":3.141592653589793,"big":123456789012,"s":"a\"b\\c\n","nan":null})");
    auto back = Json::parse(text);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->find("pi")->number(), 3.141592653589793);
}

TEST(Json, FloatsPrintShortAndIntegersStayIntegers) {
    Json j = Json::object();
    j.set("f", Json(0.1f));
    j.set("d", Json(0.1f * 1.0));
    j.set("i", Json(int64_t(1) << 40));
    EXPECT_EQ(j.dump(-1), R"({"f":0.1,"d":0.10000000149011612,"i":1099511627776})");
    auto back = Json::parse(j.dump(-1));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->find("i")->kind(), Json::Kind::Integer);
    EXPECT_EQ(float(back->find("f")->number()), 0.1f);
}

TEST(Json, RejectsBadUnicodeEscapes) {
    EXPECT_FALSE(Json::parse(R"("\uZZZZ")").ok());
    EXPECT_FALSE(Json::parse(R"("\u12")").ok());
    auto ok = Json::parse(R"("\u0041")");
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok->string(), "A");
}

}  // namespace
}  // namespace tfs
