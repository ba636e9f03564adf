// The name tagger's weights: for each hashed feature bucket, one int16 weight per
// tag (weight = int16 * scale). Each row is centred (its mean over tags removed:
// the best tag does not change) so that the int16 range goes to what separates
// tags. Tags are BIO over four labels: O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC,
// B-MISC, I-MISC. Binary format (little-endian):
//   "ANTG" u32 version=7, u32 bucket_bits, u32 tag_count, f32 scale,
//   i16 magnitudes[128] (ascending: the codebook),
//   varint row_count, then per row with a nonzero weight, in order:
//     varint gap (row minus previous row minus 1; the first is the row itself),
//     varint layout: bit 0 "last weight stored", bits 1-9 which tags are nonzero,
//     u8 code per nonzero tag (bit 0 the sign, bits 1-7 the index of its
//     magnitude in the codebook), the last one only when bit 0 says so.
// The codebook is logarithmic, from the smallest to the largest magnitude: each
// weight is kept within about 2% in one byte. A perceptron update adds to one tag
// what it takes from another and rows are centred, so a row sums to zero: its last
// nonzero weight is minus the sum of the others and is not stored, unless
// pruning or rounding made that more than a step off. Together these make the
// file a third to two fifths smaller than the int16 varints they replaced (same
// weights), which pays for keeping weights that pruning would drop.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace annotator {

enum class NameLabel : uint8_t { kPerson = 0, kOrganization = 1, kLocation = 2, kMisc = 3 };
constexpr int kTagCount = 9;
constexpr int kOutsideTag = 0;
inline int begin_tag(NameLabel l) { return 1 + 2 * static_cast<int>(l); }
inline int inside_tag(NameLabel l) { return 2 + 2 * static_cast<int>(l); }
inline bool is_begin(int tag) { return tag > 0 && tag % 2 == 1; }
inline NameLabel label_of(int tag) { return static_cast<NameLabel>((tag - 1) / 2); }

struct TaggerModel {
  uint32_t bucket_bits = 0;
  float scale = 1.f;             // weight = int16 * scale
  std::vector<int16_t> weights;  // bucket * kTagCount + tag

  uint64_t bucket_of(uint64_t feature) const { return feature & ((uint64_t{1} << bucket_bits) - 1); }

  // Asks for the features' rows ahead of add_scores (a no-op where the compiler
  // has no prefetch, as in WebAssembly).
  void prefetch(const std::vector<uint64_t>& features) const {
#if defined(__GNUC__) || defined(__clang__)
    for (uint64_t f : features) __builtin_prefetch(&weights[bucket_of(f) * kTagCount]);
#else
    (void)features;
#endif
  }

  // Adds each feature's weights to scores[kTagCount] (in units of scale).
  void add_scores(const std::vector<uint64_t>& features, int32_t* scores) const {
    for (uint64_t f : features) {
      const int16_t* row = &weights[bucket_of(f) * kTagCount];
      for (int t = 0; t < kTagCount; ++t) scores[t] += row[t];
    }
  }
};

// Returns false and sets *error when blob is not a model of this format.
bool load_tagger_model(std::string_view blob, TaggerModel* model, std::string* error);
// Stores every weight through the codebook: loading gives each weight's nearest
// codebook magnitude, with its sign.
std::string serialize_tagger_model(const TaggerModel& model);

}  // namespace annotator
