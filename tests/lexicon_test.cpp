#include "lexicon.h"

#include <cmath>

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

// Every field comes back as written, names made from phrases included, and the
// rows of one phrase in the order given (the file reorders phrases by GeoNames id).
TEST(Lexicon, EveryFieldRoundTripsAndRowsOfAPhraseKeepTheirOrder) {
  const auto city = [](std::string_view name, int64_t geonames, float lat, float lon, uint32_t population) {
    LexiconEntry e;
    e.category = Category::kPlace;
    e.type = Type::kCity;
    e.name = name;
    e.country = "US";
    e.geonames = geonames;
    e.lat = lat;
    e.lon = lon;
    e.has_coordinates = true;
    e.population = population;
    return e;
  };
  LexiconEntry weapon;
  weapon.category = Category::kWeapon;
  weapon.type = Type::kMissile;
  weapon.lang = Lang::kEnglish;
  weapon.key = "patriot";
  weapon.name = "patriot";  // the phrase as it stands
  weapon.wikidata = "Q170561";
  weapon.ambiguous = true;
  LexiconEntry word;
  word.kind = EntryKind::kGroupNoun;
  word.lang = Lang::kItalian;
  const std::vector<std::pair<std::string, LexiconEntry>> rows = {
      {"paris", city("Paris", 4717560, 33.66f, -95.5555f, 24171)},      // in the phrase's capitals
      {"paris", city("Paris", 2988507, 48.8534f, 2.3488f, 2138551)},    // a smaller id, listed second
      {"sao paulo", city("São Paulo", 3448439, -23.5475f, -46.6361f, 0)},  // spelt out
      {"patriot", weapon},
      {"funzionari", word}};
  const std::string blob = serialize_lexicon(rows);  // the lexicon views it
  Lexicon lexicon;
  std::string error;
  ASSERT_TRUE(lexicon.load(blob, &error)) << error;
  EXPECT_EQ(lexicon.size(), rows.size());
  const auto same = [](const LexiconEntry& a, const LexiconEntry& b) {
    return a.kind == b.kind && a.category == b.category && a.type == b.type && a.lang == b.lang &&
           a.key == b.key && a.name == b.name && a.country == b.country && a.wikidata == b.wikidata &&
           a.geonames == b.geonames && std::abs(a.lat - b.lat) < 1e-4f && std::abs(a.lon - b.lon) < 1e-4f &&
           a.has_coordinates == b.has_coordinates && a.acronym == b.acronym && a.ambiguous == b.ambiguous &&
           a.population == b.population;
  };
  const auto paris = lexicon.find(hash_of({"paris"}));
  ASSERT_EQ(paris.end - paris.begin, 2);
  EXPECT_TRUE(same(paris.begin[0], rows[0].second));
  EXPECT_TRUE(same(paris.begin[1], rows[1].second));
  EXPECT_TRUE(same(*lexicon.find(hash_of({"sao", "paulo"})).begin, rows[2].second));
  EXPECT_TRUE(same(*lexicon.find(hash_of({"patriot"})).begin, rows[3].second));
  EXPECT_TRUE(same(*lexicon.find(hash_of({"funzionari"})).begin, rows[4].second));
  EXPECT_EQ(lexicon.find(hash_of({"sao", "paulo"})).begin->tokens, 2);
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
