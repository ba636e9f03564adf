#include "lexicon.h"

#include <gtest/gtest.h>

#include "folder.h"
#include "lexicon_match.h"
#include "segmenter.h"
#include "token_texts.h"

namespace annotator {
namespace {

uint64_t hash_of(std::initializer_list<std::string_view> tokens) {
  PhraseHash h;
  for (auto t : tokens) h.add_token(t);
  return h.value();
}

std::string two_entry_blob() {
  LexiconEntry country;
  country.category = Category::kPlace;
  country.type = Type::kCountry;
  country.key = "KP";
  country.name = "North Korea";
  country.country = "KP";
  country.lat = 40.f;
  country.lon = 127.5f;
  country.has_coordinates = true;
  LexiconEntry un;
  un.category = Category::kActor;
  un.type = Type::kOrganization;
  un.key = "un";
  un.name = "United Nations";
  un.acronym = true;
  return serialize_lexicon({{"corea del nord", country}, {"un", un}});
}

TEST(Lexicon, RoundTripAndLookup) {
  const std::string blob = two_entry_blob();
  Lexicon lexicon;
  std::string error;
  ASSERT_TRUE(lexicon.load(blob, &error)) << error;
  EXPECT_EQ(lexicon.size(), 2u);
  EXPECT_EQ(lexicon.max_tokens(), 3u);
  const auto range = lexicon.find(hash_of({"corea", "del", "nord"}));
  ASSERT_FALSE(range.empty());
  EXPECT_EQ(range.begin->name, "North Korea");
  EXPECT_EQ(range.begin->type, Type::kCountry);
  EXPECT_NEAR(range.begin->lon, 127.5f, 1e-3);
  EXPECT_TRUE(lexicon.find(hash_of({"un"})).begin->acronym);
  EXPECT_TRUE(lexicon.find(hash_of({"corea", "del"})).empty());
  EXPECT_TRUE(lexicon.has_prefix(hash_of({"corea", "del"})));
  EXPECT_FALSE(lexicon.has_prefix(hash_of({"corea", "nord"})));
}

TEST(Lexicon, CorruptBlobsAreRejected) {
  Lexicon lexicon;
  std::string error;
  EXPECT_FALSE(lexicon.load("nope", &error));
  const std::string blob = two_entry_blob();
  for (size_t cut : {size_t{5}, blob.size() / 2, blob.size() - 1}) {
    EXPECT_FALSE(lexicon.load(std::string_view(blob).substr(0, cut), &error)) << cut;
  }
}

TEST(Lexicon, MatchesInTextAndTermsAddedLater) {
  std::string error;
  auto segmenter = Segmenter::create(&error);
  auto folder = Folder::create(&error);
  const std::string blob = two_entry_blob();
  Lexicon lexicon;
  ASSERT_TRUE(lexicon.load(blob, &error));
  LexiconEntry term;
  term.category = Category::kActor;
  term.type = Type::kGroup;
  term.key = "wagner";
  lexicon.add({{"wagner", term}});

  const std::string text = "La COREA del Nord e Wagner.";
  Segmentation seg;
  segmenter->segment(text, seg);
  TokenTexts texts;
  fill_token_texts(text, seg, *folder, texts);
  std::vector<LexiconMatch> matches;
  find_lexicon_matches(lexicon, seg, texts, matches);
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(matches[0].first, 1u);
  EXPECT_EQ(matches[0].count, 3u);
  EXPECT_EQ(matches[1].first, 5u);
  EXPECT_EQ(matches[1].entries.begin->key, "wagner");
}

}  // namespace
}  // namespace annotator
