// A Status built from a phrase and its values reads exactly like the string-built message it replaces,
// and withContext keeps the chain as parts (outermost first) that render in order.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <type_traits>

#include "core/formats/loader.h"
#include "core/util/status.h"
#include "tests/common/test_paths.h"

namespace tfs {
namespace {

TEST(StatusPhrase, PhraseRendersTheSameEnglishAsAString) {
    const std::string path = "/tmp/model.pb";
    const Status built = dataLoss(TFS_PHRASE("Errors", "%1: bad magic %2 (expected %3)"), path, 7u, "TFL3");
    const Status plain = dataLoss(path + ": bad magic 7 (expected TFL3)");
    EXPECT_EQ(built.message(), plain.message());
    EXPECT_EQ(built.toString(), "DataLoss: /tmp/model.pb: bad magic 7 (expected TFL3)");
    ASSERT_EQ(built.parts().size(), 1u);
    EXPECT_EQ(built.parts()[0].text, "%1: bad magic %2 (expected %3)");
    EXPECT_EQ(built.parts()[0].args, (std::vector<std::string>{path, "7", "TFL3"}));
    // A plain message is one verbatim part: no phrase to translate, its text as the only value.
    ASSERT_EQ(plain.parts().size(), 1u);
    EXPECT_EQ(plain.parts()[0].english(), plain.message());
}

TEST(StatusPhrase, ValuesAreNotReadAsPlaceholders) {
    // A file name holding "%2" stays as it is: placeholders are filled in one pass.
    const Status st = notFound(TFS_PHRASE("Errors", "%1: no tensor named '%2'"), "odd%2name", "w");
    EXPECT_EQ(st.message(), "odd%2name: no tensor named 'w'");
}

TEST(StatusPhrase, ContextChainRendersOutermostFirst) {
    const Status inner = invalidArgument(TFS_PHRASE("Errors", "shape %1 is not fully known"), "[?,3]");
    const Status chained = inner.withContext(TFS_PHRASE("Errors", "node '%1'"), "conv1")
                               .withContext(std::string("model A (a.pb)"))
                               .withContext(TFS_PHRASE("Errors", "loading model A"));
    EXPECT_EQ(chained.code(), StatusCode::InvalidArgument);
    EXPECT_EQ(chained.message(), "loading model A: model A (a.pb): node 'conv1': shape [?,3] is not fully known");
    ASSERT_EQ(chained.parts().size(), 4u);
    EXPECT_EQ(chained.parts()[0].text, "loading model A");
    EXPECT_EQ(chained.parts()[1].english(), "model A (a.pb)");
    EXPECT_EQ(chained.parts()[2].text, "node '%1'");
    EXPECT_EQ(chained.parts()[3].text, "shape %1 is not fully known");
    // Ok stays ok, without parts.
    const Status ok = okStatus().withContext("anything");
    EXPECT_TRUE(ok.ok());
    EXPECT_TRUE(ok.parts().empty());
}

// A phrase's type carries how many values it takes (a wrong count does not compile:
// ctest phrase_value_count_checked).
static_assert(highestPlaceholder("no values") == 0);
static_assert(highestPlaceholder("%2 of %1, %2 again, 100%") == 2);
static_assert(std::is_same_v<std::decay_t<decltype(TFS_PHRASE("Errors", "input %1 must be %2-D"))>, PhraseText<2>>);

TEST(StatusPhrase, ListedItemsAreTheLastValue) {
    // Several problems in one message: each item its own phrase, joined after the phrase's own values.
    Phrase list{TFS_PHRASE("Errors", "%1 problems: %2"), {"3"}};
    list.items.push_back(phrase(TFS_PHRASE("Errors", "node '%1' (op %2) is not supported"), "a", "Foo"));
    list.items.push_back(phrase(TFS_PHRASE("Errors", "node '%1' (op %2) is not supported"), "b", "Bar"));
    list.items.push_back(phrase(TFS_PHRASE("Errors", "and %1 more"), 1));
    const Status st = invalidArgument(list).withContext(TFS_PHRASE("Errors", "model %1"), "m.pb");
    EXPECT_EQ(st.message(),
              "model m.pb: 3 problems: node 'a' (op Foo) is not supported; node 'b' (op Bar) is not supported; and 1 more");
    ASSERT_EQ(st.parts().size(), 2u);
    EXPECT_EQ(st.parts()[1].items.size(), 3u);
}

TEST(StatusPhrase, TruncatedRealModelNamesTheFileInAPhrase) {
    TFS_REQUIRE_SHARED_MODELS();
    std::ifstream in(test::sharedModel("utensor__cifar10_cnn") + "/cifar10_cnn.pb", std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ASSERT_GT(bytes.size(), 3000u);
    const std::string cut = test::scratchDir("status_phrase") + "/cut.pb";
    std::ofstream(cut, std::ios::binary) << bytes.substr(0, 3000);
    const auto loaded = loadModel(cut);
    ASSERT_FALSE(loaded.ok());
    const Status& st = loaded.status();
    // The file name is a value of a phrase, not baked into a verbatim text.
    bool namedInPhrase = false;
    for (const Phrase& part : st.parts())
        for (const std::string& arg : part.args)
            if (arg.find("cut.pb") != std::string::npos && part.text != "%1") namedInPhrase = true;
    EXPECT_TRUE(namedInPhrase) << st.message();
    EXPECT_NE(st.message().find("cut.pb"), std::string::npos) << st.message();
}

}  // namespace
}  // namespace tfs
