#include "tagger_model.h"

#include <cmath>

#include <gtest/gtest.h>

#include "tag_path.h"
#include "tagger.h"

namespace annotator {
namespace {

TEST(TaggerModel, RoundTripKeepsEveryWeightWithinItsCodebookStep) {
  TaggerModel model;
  model.bucket_bits = 4;
  model.scale = 0.5f;
  model.weights.resize((size_t{1} << 4) * kTagCount);
  for (size_t i = 0; i < model.weights.size(); ++i) model.weights[i] = static_cast<int16_t>(i * 37 - 2000);
  TaggerModel loaded;
  std::string error;
  ASSERT_TRUE(load_tagger_model(serialize_tagger_model(model), &loaded, &error)) << error;
  EXPECT_EQ(loaded.bucket_bits, 4u);
  EXPECT_EQ(loaded.scale, 0.5f);
  ASSERT_EQ(loaded.weights.size(), model.weights.size());
  for (size_t i = 0; i < model.weights.size(); ++i) {
    const double w = model.weights[i], got = loaded.weights[i];
    if (w == 0) EXPECT_EQ(got, 0);
    else EXPECT_NEAR(got, w, std::fabs(w) * 0.04 + 1) << "weight " << i;  // 128 log steps over 2 .. 3291
  }
  // The smallest and the largest magnitudes are codebook entries: kept exactly.
  EXPECT_EQ(loaded.weights[54], -2);
  EXPECT_EQ(loaded.weights[143], 3291);
  // A second round trip changes nothing.
  TaggerModel again;
  ASSERT_TRUE(load_tagger_model(serialize_tagger_model(loaded), &again, &error)) << error;
  EXPECT_EQ(again.weights, loaded.weights);
}

TEST(TaggerModel, ARowThatSumsToZeroStoresOneWeightLess) {
  TaggerModel model;
  model.bucket_bits = 2;
  model.weights.assign(4 * kTagCount, 0);
  model.weights[kTagCount + 0] = 500;  // row 1: +500 -300 -200, as perceptron updates leave it
  model.weights[kTagCount + 3] = -300;
  model.weights[kTagCount + 8] = -200;
  const std::string blob = serialize_tagger_model(model);
  TaggerModel loaded;
  std::string error;
  ASSERT_TRUE(load_tagger_model(blob, &loaded, &error)) << error;
  EXPECT_NEAR(loaded.weights[kTagCount + 0], 500, 10);
  EXPECT_NEAR(loaded.weights[kTagCount + 3], -300, 6);
  EXPECT_EQ(loaded.weights[kTagCount + 8], -loaded.weights[kTagCount + 0] - loaded.weights[kTagCount + 3]);
  // One row: count, gap, layout and two codes after the header (20 bytes and the codebook).
  EXPECT_EQ(blob.size(), 20u + 2 * 128 + 1 + 1 + 2 + 2);
}

TEST(TaggerModel, BadBlobsAreRejected) {
  TaggerModel model;
  std::string error;
  EXPECT_FALSE(load_tagger_model("", &model, &error));
  EXPECT_FALSE(load_tagger_model("ANTG\x06\0\0\0", &model, &error));
  TaggerModel small;
  small.bucket_bits = 2;
  small.weights.resize(4 * kTagCount);
  small.weights[5] = 9;
  std::string blob = serialize_tagger_model(small);
  blob.pop_back();
  EXPECT_FALSE(load_tagger_model(blob, &model, &error));
}

TEST(TaggerModel, OnlyNonzeroWeightsAreStored) {
  TaggerModel model;
  model.bucket_bits = 10;
  model.weights.assign((size_t{1} << 10) * kTagCount, 0);
  model.weights[3] = -7;
  model.weights[5000] = 32767;
  const std::string blob = serialize_tagger_model(model);
  constexpr size_t kHeader = 20 + 2 * 128;  // fields and codebook
  EXPECT_LT(blob.size(), kHeader + 10);
  TaggerModel loaded;
  std::string error;
  ASSERT_TRUE(load_tagger_model(blob, &loaded, &error)) << error;
  EXPECT_EQ(loaded.weights, model.weights);
  // After the header come the count and the first gap: a gap past the table is refused.
  TaggerModel other;
  std::string longer = blob.substr(0, kHeader + 1) + std::string("\xff\xff\x7f", 3) + blob.substr(kHeader + 2);
  EXPECT_FALSE(load_tagger_model(longer, &other, &error));
}

TEST(Tagger, InsideTagsOnlyContinueTheirLabel) {
  EXPECT_FALSE(tag_may_follow(kOutsideTag, inside_tag(NameLabel::kPerson)));
  EXPECT_FALSE(tag_may_follow(-1, inside_tag(NameLabel::kPerson)));
  EXPECT_FALSE(tag_may_follow(begin_tag(NameLabel::kLocation), inside_tag(NameLabel::kPerson)));
  EXPECT_TRUE(tag_may_follow(begin_tag(NameLabel::kPerson), inside_tag(NameLabel::kPerson)));
  EXPECT_TRUE(tag_may_follow(inside_tag(NameLabel::kPerson), begin_tag(NameLabel::kPerson)));
}

TEST(Tagger, BestTagPathWeighsTheWholeSentence) {
  // Token 0 alone prefers O (1 vs 0 for B-PER), but B-PER I-PER scores 0 + 5
  // against O's 1 + 0 (I-PER cannot follow O): the path, not each token, wins.
  std::vector<int32_t> words(2 * kTagCount, -10);
  words[kOutsideTag] = 1;
  words[begin_tag(NameLabel::kPerson)] = 0;
  words[kTagCount + kOutsideTag] = 0;
  words[kTagCount + inside_tag(NameLabel::kPerson)] = 5;
  std::vector<int32_t> transitions(2 * kTagsBefore * kTagCount, 0);
  TagPathScratch<int32_t> scratch;
  uint8_t tags[2];
  int32_t margins[2];
  best_tag_path(2, words.data(), transitions.data(), scratch, tags, margins);
  EXPECT_EQ(tags[0], begin_tag(NameLabel::kPerson));
  EXPECT_EQ(tags[1], inside_tag(NameLabel::kPerson));
  // The best path (5) beats the best one with another tag anywhere (O O: 1) by 4.
  EXPECT_EQ(margins[0], 4);
  EXPECT_EQ(margins[1], 4);
  // A transition score against I-PER after B-PER turns the path back to O O.
  transitions[transition_row(1, begin_tag(NameLabel::kPerson)) + inside_tag(NameLabel::kPerson)] = -10;
  best_tag_path(2, words.data(), transitions.data(), scratch, tags);
  EXPECT_EQ(tags[0], kOutsideTag);
  EXPECT_EQ(tags[1], kOutsideTag);
}

TEST(Tagger, SpansFromTags) {
  const std::vector<uint8_t> tags = {0, 1, 2, 0, 5, 6, 6, 2};
  const std::vector<float> margins(tags.size(), 1.f);
  std::vector<NameSpan> spans;
  spans_from_tags(tags, margins, spans);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[0].first, 1u);
  EXPECT_EQ(spans[0].last, 3u);
  EXPECT_EQ(spans[1].label, NameLabel::kLocation);
  EXPECT_EQ(spans[1].last, 7u);
  EXPECT_EQ(spans[2].first, 7u);  // an I- without its B- starts a span
}

}  // namespace
}  // namespace annotator
