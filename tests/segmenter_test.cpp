#include "segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace annotator {
namespace {

class SegmenterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    segmenter_ = Segmenter::create(&error);
    ASSERT_TRUE(segmenter_) << error;
  }
  std::vector<std::string> words(const std::string& text) {
    segmenter_->segment(text, seg_);
    std::vector<std::string> out;
    for (const Token& t : seg_.tokens)
      out.push_back(text.substr(t.span.byte_start, t.span.byte_end - t.span.byte_start));
    return out;
  }
  std::unique_ptr<Segmenter> segmenter_;
  Segmentation seg_;
};

using Words = std::vector<std::string>;

TEST_F(SegmenterTest, ItalianElisionsAndCurlyQuotes) {
  EXPECT_EQ(words("L'allarme dell’Ucraina: “Città sotto attacco”."),
            (Words{"L'", "allarme", "dell’", "Ucraina", ":", "“", "Città", "sotto", "attacco", "”", "."}));
}

TEST_F(SegmenterTest, EnglishPossessiveAndNumbers) {
  EXPECT_EQ(words("Russia's 1,200 drones hit Kyiv."),
            (Words{"Russia", "'s", "1,200", "drones", "hit", "Kyiv", "."}));
}

TEST_F(SegmenterTest, AccentedCapitalsNonLatinAndEmoji) {
  EXPECT_EQ(words("È vero: Москва 🚀 北京"), (Words{"È", "vero", ":", "Москва", "🚀", "北京"}));
}

TEST_F(SegmenterTest, TokenKinds) {
  words("Il 3 maggio, 🚀");
  ASSERT_EQ(seg_.tokens.size(), 5u);
  EXPECT_EQ(seg_.tokens[0].kind, TokenKind::kWord);
  EXPECT_EQ(seg_.tokens[1].kind, TokenKind::kNumber);
  EXPECT_EQ(seg_.tokens[3].kind, TokenKind::kPunctuation);
  EXPECT_EQ(seg_.tokens[4].kind, TokenKind::kSymbol);
}

TEST_F(SegmenterTest, SentencesAndTheirTokens) {
  const std::string text = "Mosca vuole munizioni. Kiev chiede aiuto!  Poi?";
  words(text);
  ASSERT_EQ(seg_.sentences.size(), 3u);
  EXPECT_EQ(text.substr(seg_.sentences[1].byte_start, seg_.sentences[1].byte_end - seg_.sentences[1].byte_start),
            "Kiev chiede aiuto!");
  EXPECT_EQ(seg_.tokens.front().sentence, 0u);
  EXPECT_EQ(seg_.tokens[4].sentence, 1u);  // "Kiev"
  EXPECT_EQ(seg_.tokens.back().sentence, 2u);
}

TEST_F(SegmenterTest, InitialsAndTitlesDoNotEndASentence) {
  words("George W. Bush met Gen. Mark Milley in St. Louis. Then he left.");
  ASSERT_EQ(seg_.sentences.size(), 2u);
  words("Il dott. Rossi ha parlato. Poi è uscito.");
  EXPECT_EQ(seg_.sentences.size(), 2u);
  words("Aid went to the U.S. The talks ended.");  // a dotted acronym still may end one
  EXPECT_EQ(seg_.sentences.size(), 2u);
  words("Fine. A");
  EXPECT_EQ(seg_.sentences.size(), 2u);
  words("Engineer Edward D.\nFarr spoke.");  // a name never goes on over a line break
  EXPECT_EQ(seg_.sentences.size(), 2u);
}

TEST_F(SegmenterTest, ALowercaseWordAfterAnExclamationGoesOnWithTheSentence) {
  words("Microsoft e Yahoo! hanno firmato. \u00abBasta!\u00bb disse il ministro.");
  EXPECT_EQ(seg_.sentences.size(), 2u);
  words("Viva! Poi\nbasta? no\ne");  // breaks: at a capital after "!" and at line ends
  ASSERT_EQ(seg_.sentences.size(), 4u);
  EXPECT_EQ(seg_.sentences[2].end - seg_.sentences[2].start, 9u);  // "basta? no"

}

TEST_F(SegmenterTest, HyphenatedWordsAreOneToken) {
  EXPECT_EQ(words("Ban Ki-moon vide gli S-400 a Roma-Lido."),
            (Words{"Ban", "Ki-moon", "vide", "gli", "S-400", "a", "Roma-Lido", "."}));
  EXPECT_EQ(words("Juventus - Milan, 2-1"), (Words{"Juventus", "-", "Milan", ",", "2-1"}));
  EXPECT_EQ(words("pro- e anti-"), (Words{"pro", "-", "e", "anti", "-"}));
}

TEST_F(SegmenterTest, Utf16OffsetsCountSurrogatePairs) {
  const std::string text = "🚀 Kim è qui";  // rocket: 4 bytes, 2 UTF-16 units
  words(text);
  ASSERT_EQ(seg_.tokens.size(), 4u);
  const Span& kim = seg_.tokens[1].span;
  EXPECT_EQ(kim.byte_start, 5u);
  EXPECT_EQ(kim.start, 3u);
  EXPECT_EQ(kim.end, 6u);
  const Span& e = seg_.tokens[2].span;  // "è": 2 bytes, 1 unit
  EXPECT_EQ(e.byte_end - e.byte_start, 2u);
  EXPECT_EQ(e.end - e.start, 1u);
}

TEST_F(SegmenterTest, EmptyAndBlankText) {
  EXPECT_TRUE(words("").empty());
  EXPECT_TRUE(words("   \n\t ").empty());
  EXPECT_TRUE(seg_.sentences.empty());
}

TEST_F(SegmenterTest, WideSpacesEndNoSentenceAndMakeNone) {
  for (const char* blank : {"\u00a0\u00a0", "\u3000", " \u2003\n\u00a0\u2029"}) {
    segmenter_->segment(blank, seg_);
    EXPECT_TRUE(seg_.sentences.empty()) << blank;
  }
  segmenter_->segment("Kiev.\u00a0\u3000Mosca.", seg_);
  ASSERT_EQ(seg_.sentences.size(), 2u);
  EXPECT_EQ(seg_.sentences[0].byte_end, 5u);
}

// The native build segments with the WebAssembly build's ICU data (icu_data.h): no
// dictionaries, so a run of Thai or Han is one token, as in the browser.
TEST_F(SegmenterTest, DictionaryScriptsAreOneTokenPerRun) {
  EXPECT_EQ(words("ประเทศไทยมีกรุงเทพมหานคร"), (Words{"ประเทศไทยมีกรุงเทพมหานคร"}));
  EXPECT_EQ(words("中华人民共和国的首都是北京。"), (Words{"中华人民共和国的首都是北京", "。"}));
}

TEST_F(SegmenterTest, NoSentenceEndsInsideAToken) {
  // ICU's word rules keep "Buphraset.ڳouis" one word; its sentence rules cut it.
  words("George W. Buphraset.\u06b3ouis. Poi.");
  for (const Token& t : seg_.tokens) {
    EXPECT_GE(t.span.byte_start, seg_.sentences[t.sentence].byte_start);
    EXPECT_LE(t.span.byte_end, seg_.sentences[t.sentence].byte_end);
  }
}

}  // namespace
}  // namespace annotator
