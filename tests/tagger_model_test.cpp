#include "tagger_model.h"

#include <cmath>

#include <gtest/gtest.h>

#include "tag_path.h"
#include "tagger.h"

namespace annotator {
namespace {

// Every weight of a loaded model, as the dense table training makes.
std::vector<int16_t> dense(const TaggerModel& model) {
  EXPECT_TRUE(model.weights.empty()) << "decoded at load";
  model.prepare();
  return model.weights;
}

TaggerWeights weights_of(uint32_t bits) {
  TaggerWeights model;
  model.bucket_bits = bits;
  model.weights.assign((size_t{1} << bits) * kTagCount, 0);
  return model;
}

TEST(TaggerModel, RoundTripKeepsEveryWeightWithinItsCodebookStep) {
  TaggerWeights model = weights_of(4);
  model.scale = 0.5f;
  for (size_t i = 0; i < model.weights.size(); ++i) model.weights[i] = static_cast<int16_t>(i * 37 - 2000);
  TaggerModel loaded;
  std::string error;
  const std::string blob = serialize_tagger_model(model);
  ASSERT_TRUE(load_tagger_model(blob, &loaded, &error)) << error;
  EXPECT_EQ(loaded.bucket_bits, 4u);
  EXPECT_EQ(loaded.scale, 0.5f);
  const std::vector<int16_t> got = dense(loaded);
  ASSERT_EQ(got.size(), model.weights.size());
  for (size_t i = 0; i < model.weights.size(); ++i) {
    const double w = model.weights[i];
    if (w == 0) EXPECT_EQ(got[i], 0);
    else EXPECT_NEAR(got[i], w, std::fabs(w) * 0.04 + 1) << "weight " << i;  // 128 log steps over 2 .. 3291
  }
  // The smallest and the largest magnitudes are codebook entries: kept exactly.
  EXPECT_EQ(got[54], -2);
  EXPECT_EQ(got[143], 3291);
  // A second round trip changes nothing.
  TaggerWeights again_weights = model;
  again_weights.weights = got;
  const std::string again_blob = serialize_tagger_model(again_weights);
  TaggerModel again;
  ASSERT_TRUE(load_tagger_model(again_blob, &again, &error)) << error;
  EXPECT_EQ(dense(again), got);
}

TEST(TaggerModel, ARowThatSumsToZeroStoresOneWeightLess) {
  TaggerWeights model = weights_of(2);
  model.weights[kTagCount + 0] = 500;  // row 1: +500 -300 -200, as perceptron updates leave it
  model.weights[kTagCount + 3] = -300;
  model.weights[kTagCount + 8] = -200;
  const std::string blob = serialize_tagger_model(model);
  TaggerModel loaded;
  std::string error;
  ASSERT_TRUE(load_tagger_model(blob, &loaded, &error)) << error;
  const std::vector<int16_t> all = dense(loaded);
  const int16_t* row = &all[kTagCount];
  EXPECT_NEAR(row[0], 500, 10);
  EXPECT_NEAR(row[3], -300, 6);
  EXPECT_EQ(row[8], -row[0] - row[3]);
  // Header and codebook, one presence word, the row's two tag bytes and two codes.
  EXPECT_EQ(blob.size(), 40u + 2 * 128 + 8 + 2 + 2);
}

TEST(TaggerModel, OnlyNonzeroWeightsAreStored) {
  TaggerWeights model = weights_of(10);
  model.weights[3] = -7;
  model.weights[5000] = 32767;
  const std::string blob = serialize_tagger_model(model);
  constexpr size_t kHeader = 40 + 2 * 128;  // fields and codebook
  EXPECT_EQ(blob.size(), kHeader + 1024 / 8 + 2 * 2 + 2);
  TaggerModel loaded;
  std::string error;
  ASSERT_TRUE(load_tagger_model(blob, &loaded, &error)) << error;
  EXPECT_EQ(dense(loaded), model.weights);
}

// A model of many rows, for the tests of damaged files.
std::string sample_model_blob() {
  TaggerWeights model = weights_of(12);
  for (size_t i = 0; i < model.weights.size(); i += 7) model.weights[i] = static_cast<int16_t>((i * 7919) % 4001) - 2000;
  return serialize_tagger_model(model);
}

bool loads(std::string_view blob, std::string* error) {
  TaggerModel model;
  return load_tagger_model(blob, &model, error);
}

TEST(TaggerModel, DamagedFilesAreRefusedWithAReason) {
  const std::string blob = sample_model_blob();
  std::string error;
  ASSERT_TRUE(loads(blob, &error)) << error;
  EXPECT_FALSE(loads("", &error));
  EXPECT_FALSE(loads("ANTG\x08\0\0\0", &error));
  EXPECT_EQ(error, "tagger model: not a model file");
  for (size_t cut : {size_t{300}, blob.size() / 2, blob.size() - 1}) {
    EXPECT_FALSE(loads(blob.substr(0, cut), &error)) << cut;
    EXPECT_EQ(error, "tagger model: truncated or too long");
  }
  // Any flipped bit past the header's shape fields is caught by the checksum.
  for (size_t at : {size_t{16}, size_t{60}, size_t{300}, blob.size() / 2, blob.size() - 1}) {
    std::string corrupt = blob;
    corrupt[at] = static_cast<char>(corrupt[at] ^ 0x10);
    EXPECT_FALSE(loads(corrupt, &error)) << at;
    EXPECT_EQ(error, "tagger model: checksum mismatch (corrupt file)") << at;
  }
}

TEST(TaggerModel, HugeCountsAreRefusedBeforeAnyAllocation) {
  std::string blob = sample_model_blob();
  std::string error;
  std::string huge = blob;
  huge[8] = 40;  // 2^40 buckets
  EXPECT_FALSE(loads(huge, &error));
  EXPECT_EQ(error, "tagger model: unsupported version or shape");
  huge = blob;
  huge.replace(20, 4, "\xff\xff\xff\xff");  // four billion rows
  EXPECT_FALSE(loads(huge, &error));
  EXPECT_EQ(error, "tagger model: truncated or too long");
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
