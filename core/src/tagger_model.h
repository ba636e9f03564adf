// The name tagger's weights: for each hashed feature bucket, one int16 weight per
// tag (weight = int16 * scale). Each row is centred (its mean over tags removed:
// the best tag does not change) so that the int16 range goes to what separates
// tags. Tags are BIO over four labels: O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC,
// B-MISC, I-MISC.
//
// Loading a model file only checks it (checksum, shape, counts): the table of
// weights is decoded from it at the model's first annotation, so that loading
// an annotator costs no decoding and a language never annotated costs no
// memory. (Reading each row from the file in place, through a rank index, was
// tried: it cost 6-10% of the whole core's throughput.)
// Binary format (little-endian, version 8):
//    0  "ANTG", u32 version, u32 bucket_bits (at most 24), u32 tag_count, f32 scale,
//   20  u32 row_count (rows with a nonzero weight), u32 code_count, u32 zero,
//   32  u64 checksum (checksum.h) of every byte from offset 40 on,
//   40  i16 magnitudes[128] (ascending, nonzero: the codebook),
//  296  u64 present[2^bucket_bits / 64, at least 1]: bit b of word w: bucket 64 w + b has a row,
//       u8 tags_low[row_count]: per row, in bucket order, which of tags 0-7 are nonzero,
//       u8 tags_high[row_count]: bit 0 tag 8 is nonzero, bit 1 the last weight is stored,
//       u8 codes[code_count]: the rows' stored weights in order, each a byte (bit 0
//       the sign, bits 1-7 the index of its magnitude in the codebook).
// The codebook is logarithmic, from the smallest to the largest magnitude: each
// weight is kept within about 2% in one byte. A perceptron update adds to one tag
// what it takes from another and rows are centred, so a row sums to zero: its last
// nonzero weight is minus the sum of the others and is not stored, unless
// pruning or rounding made that more than a step off. The per-row fields are
// stored as columns, which gzip compresses a sixth better than rows.
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

// The weights as training makes them: a dense table, bucket * kTagCount + tag.
struct TaggerWeights {
  uint32_t bucket_bits = 0;
  float scale = 1.f;  // weight = int16 * scale
  std::vector<int16_t> weights;

  uint64_t bucket_of(uint64_t feature) const { return feature & ((uint64_t{1} << bucket_bits) - 1); }
};

// A loaded model file: a view of its bytes (which must outlive it), and the
// table of weights decoded from it at first use.
struct TaggerModel {
  uint32_t bucket_bits = 0;
  float scale = 1.f;
  std::string_view file;
  // The decoded table (an annotator's own working memory, like its scratch
  // vectors): bucket * kTagCount + tag.
  mutable std::vector<int16_t> weights;

  bool loaded() const { return !file.empty(); }
  uint64_t bucket_of(uint64_t feature) const { return feature & ((uint64_t{1} << bucket_bits) - 1); }

  // Decodes the table if it is not yet (at the first annotation).
  void prepare() const;

  // Asks for the features' rows ahead of add_scores (a no-op where the
  // compiler has no prefetch, as in WebAssembly).
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

// Returns false and sets *error when blob is not an intact model of this format.
bool load_tagger_model(std::string_view blob, TaggerModel* model, std::string* error);

// Stores every weight through the codebook: loading gives each weight's nearest
// codebook magnitude, with its sign.
std::string serialize_tagger_model(const TaggerWeights& weights);

}  // namespace annotator
