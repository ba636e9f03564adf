#include "annotator/annotator.h"
#include "annotator/embedded.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace annotator {
namespace {

using nlohmann::json;

json annotate(const std::string& text, Options options = {}) {
  std::string error;
  Config config;
  config.resources = embedded_resources();
  auto core = Annotator::create(config, &error);
  EXPECT_TRUE(core) << error;
  options.include_tokens = true;
  return json::parse(core->annotate(text, options));
}

TEST(Annotator, ResultHasTheContractShape) {
  Options options;
  options.id = "doc-1";
  const json r = annotate("La Russia vuole munizioni.", options);
  EXPECT_EQ(r["id"], "doc-1");
  EXPECT_EQ(r["lang"], "it");
  for (const char* key : {"mentions", "entities", "events", "sentences", "tokens"})
    EXPECT_TRUE(r[key].is_array()) << key;
  ASSERT_EQ(r["sentences"].size(), 1u);
  EXPECT_EQ(r["sentences"][0]["start"], 0);
  EXPECT_EQ(r["sentences"][0]["end"], 26);
}

TEST(Annotator, LanguageOverride) {
  Options options;
  options.lang = "it";
  EXPECT_EQ(annotate("The war goes on.", options)["lang"], "it");
}

TEST(Annotator, InvalidUtf8IsRepairedAndCounted) {
  const json r = annotate("Kiev\xFF ok");
  EXPECT_EQ(r["invalidUtf8"], 1);
  ASSERT_EQ(r["tokens"].size(), 3u);  // "Kiev", U+FFFD, "ok"
  EXPECT_EQ(r["tokens"][2]["start"], 6);
  EXPECT_EQ(r["tokens"][2]["byteStart"], 8);
}

TEST(Annotator, EmptyAndJunkInputNeverFail) {
  EXPECT_TRUE(annotate("")["sentences"].empty());
  std::string junk;
  for (int i = 0; i < 100000; ++i) junk.push_back(static_cast<char>((i * 2654435761u) >> 24));
  const json r = annotate(junk);
  EXPECT_TRUE(r["tokens"].is_array());
}

TEST(Annotator, NulBytesAreText) {
  const json r = annotate(std::string("a\0b c", 5));
  EXPECT_EQ(r["tokens"].back()["end"], 5);
}

TEST(Annotator, ErrorResult) {
  const json e = json::parse(error_result("x", "bad line"));
  EXPECT_EQ(e["id"], "x");
  EXPECT_EQ(e["error"], "bad line");
}

TEST(Annotator, TextOverTheLimitIsAnErrorResult) {
  std::string error;
  Config config;
  config.resources = embedded_resources();
  auto core = Annotator::create(config, &error);
  ASSERT_TRUE(core) << error;
  Options options;
  options.id = "big";
  const json r = json::parse(core->annotate(std::string(kMaxTextBytes + 1, 'a'), options));
  EXPECT_EQ(r["id"], "big");
  EXPECT_NE(r["error"].get<std::string>().find(std::to_string(kMaxTextBytes)), std::string::npos) << r;
  EXPECT_EQ(json::parse(core->annotate("Kiev", options))["mentions"].size(), 1u);  // and goes on
}

TEST(Annotator, ATermsTypeMustFitItsCategory) {
  std::string error;
  Config config;
  config.terms = {{"Zorglub", "actor", "missile"}};
  EXPECT_FALSE(Annotator::create(config, &error));
  EXPECT_NE(error.find("not of that category"), std::string::npos) << error;
  config.terms = {{"Zorglub", "weapon", "missile"}, {"Zorg", "place", "city"}, {"Zed", "actor", "country"}};
  EXPECT_TRUE(Annotator::create(config, &error)) << error;
}

TEST(Annotator, NoMentionCrossesASentenceEnd) {
  for (const char* text : {"The Czech\nRepublic won.", "The U.S. Gulf Coast.\nAgriculture Department officials",
                           "Corea del\nNord e Stati\n\nUniti."}) {
    const json r = annotate(text);
    for (const auto& m : r["mentions"]) {
      const auto& s = r["sentences"][m["sentence"].get<size_t>()];
      EXPECT_LE(s["start"], m["start"]) << text << m;
      EXPECT_GE(s["end"], m["end"]) << text << m;
    }
  }
}

}  // namespace
}  // namespace annotator
