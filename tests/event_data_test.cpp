#include "event_data.h"

#include <gtest/gtest.h>

#include "annotator/embedded.h"
#include "stemmer.h"

namespace annotator {
namespace {

EventDataRows small_rows() {
  EventDataRows rows;
  TriggerRule attack;
  attack.type = EventType::kAssault;
  attack.lang = Lang::kEnglish;
  attack.label = "attack";
  rows.rules.push_back(attack);
  rows.words.push_back({Lang::kEnglish, "not", WordInfo{kNegation, 0}});
  rows.words.push_back({Lang::kItalian, "tre", WordInfo{kNumber, 3}});
  rows.keys.push_back({Lang::kEnglish, "attack", EventDataRows::KeyKind::kStem, {0}});
  rows.keys.push_back({Lang::kItalian, "attaccare", EventDataRows::KeyKind::kLemma, {0}});
  return rows;
}

TEST(EventData, RoundTripsItsRows) {
  const std::string blob = serialize_event_data(small_rows());
  EventData data;
  std::string error;
  ASSERT_TRUE(data.load(blob, &error)) << error;
  EXPECT_EQ(data.word(Lang::kEnglish, "not").classes, kNegation);
  EXPECT_EQ(data.word(Lang::kItalian, "tre").value, 3);
  EXPECT_EQ(data.word(Lang::kItalian, "not").classes, 0u);  // words belong to a language
  const EventData::Rules rules = data.rules_for_stem(Lang::kEnglish, "attack");
  ASSERT_EQ(rules.end - rules.begin, 1);
  EXPECT_EQ(data.rule(*rules.begin).type, EventType::kAssault);
  EXPECT_TRUE(data.may_have_stem(Lang::kEnglish, "attacked"));
  EXPECT_TRUE(data.rules_for_word(Lang::kEnglish, "attack").empty());
  // A verb lemma stands for its forms, each a whole word.
  for (const char* form : {"attaccato", "attaccavano", "attacchera", "attacchi", "attaccando"})
    EXPECT_FALSE(data.rules_for_word(Lang::kItalian, form).empty()) << form;
  EXPECT_TRUE(data.rules_for_word(Lang::kItalian, "attaccamento").empty());
}

TEST(EventData, CorruptBlobsAreErrorsNotCrashes) {
  const std::string blob = serialize_event_data(small_rows());
  std::string error;
  for (size_t cut = 0; cut < blob.size(); ++cut) {
    EventData data;
    EXPECT_FALSE(data.load(blob.substr(0, cut), &error)) << cut;
    EXPECT_FALSE(error.empty());
  }
  std::string huge = blob.substr(0, 5) + std::string("\xFF\xFF\xFF\xFF\x0F", 5) + blob.substr(5);
  EventData data;
  EXPECT_FALSE(data.load(huge, &error));
  std::string junk(4096, '\0');
  for (size_t i = 0; i < junk.size(); ++i) junk[i] = static_cast<char>((i * 2654435761u) >> 24);
  EXPECT_FALSE(data.load("AEVT" + junk, &error));
}

TEST(EventData, TheCompiledDataLoads) {
  EventData data;
  std::string error;
  ASSERT_TRUE(data.load(embedded_resources().events, &error)) << error;
  EXPECT_FALSE(data.empty());
  EXPECT_TRUE(data.word(Lang::kItalian, "non").classes & kNegation);
  EXPECT_EQ(data.word(Lang::kEnglish, "september").value, 9);
}

TEST(EventData, ItalianVerbEIsAnAuxiliaryNotAnd) {
  EventData data;
  std::string error;
  ASSERT_TRUE(data.load(embedded_resources().events, &error)) << error;
  // "Il soldato è stato ucciso e ferito", "E' stato": "è" folds to "e" ("and").
  const std::vector<std::string_view> raw = {"Il", "soldato", "\u00e8", "stato", "ucciso", "e", "ferito", "E", "'", "stato"};
  std::vector<WordInfo> words;
  for (std::string_view w : raw) words.push_back(data.word(Lang::kItalian, w == "\u00e8" ? "e" : w));
  EXPECT_TRUE(words[2].classes & kCoordinator);  // what the folded form alone says
  mark_accented_e(raw, words);
  EXPECT_TRUE(words[2].classes & kPassiveAux);
  EXPECT_FALSE(words[2].classes & kCoordinator);
  EXPECT_TRUE(words[5].classes & kCoordinator);  // the conjunction stays one
  EXPECT_TRUE(words[7].classes & kPassiveAux);   // "E'"
}

TEST(Stemmer, InflectionsShareAStemDerivationsDoNot) {
  std::string error;
  auto stemmer = Stemmer::create(&error);
  ASSERT_TRUE(stemmer) << error;
  EXPECT_EQ(stemmer->stem(Lang::kItalian, "attaccato"), "attacc");
  EXPECT_EQ(stemmer->stem(Lang::kItalian, "attacchi"), "attacc");
  EXPECT_EQ(stemmer->stem(Lang::kEnglish, "attacked"), "attack");
  EXPECT_EQ(stemmer->stem(Lang::kEnglish, "attacks"), "attack");
  const std::string supporters(stemmer->stem(Lang::kEnglish, "supporters"));
  EXPECT_TRUE(is_derived_word(Lang::kEnglish, "supporters", supporters));
  EXPECT_FALSE(is_derived_word(Lang::kEnglish, "supported", std::string(stemmer->stem(Lang::kEnglish, "supported"))));
  EXPECT_TRUE(is_derived_word(Lang::kEnglish, "several", std::string(stemmer->stem(Lang::kEnglish, "several"))));
  EXPECT_TRUE(is_derived_word(Lang::kItalian, "collaboratori", std::string(stemmer->stem(Lang::kItalian, "collaboratori"))));
  EXPECT_FALSE(is_derived_word(Lang::kItalian, "colpita", std::string(stemmer->stem(Lang::kItalian, "colpita"))));
}

}  // namespace
}  // namespace annotator
