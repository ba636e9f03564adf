// Features of the name tagger, shared by training (tools/train) and tagging, so
// that both see exactly the same thing. Each feature is a 64-bit hash of a
// template id and the (per-token, precomputed) hashes of what it looks at; the
// model maps feature hashes to weight rows.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text_span.h"
#include "token_texts.h"

namespace annotator {

// Per-token facts that the lexicons contribute (a bit set).
enum LexiconFlag : uint16_t {
  kFirstName = 1 << 0,
  kPlaceStart = 1 << 1,
  kPlaceInside = 1 << 2,
  kCountryName = 1 << 3,
  kOrgStart = 1 << 4,
  kOrgInside = 1 << 5,
  kDemonym = 1 << 6,
  kRoleWord = 1 << 7,
  kOrgHead = 1 << 8,
  kWeaponWord = 1 << 9,
  kGroupStart = 1 << 10,
  kPersonStart = 1 << 11,
  kPersonInside = 1 << 12,
};

// A word's shape ("Xx", "X-d"): at most six character classes, kept inline (a
// std::string per token took 32 bytes of every token of a long text).
class Shape {
 public:
  void clear() { size_ = 0; }
  void push_back(char c) { if (size_ < sizeof text_) text_[size_++] = c; }
  char back() const { return text_[size_ - 1]; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  char operator[](size_t i) const { return text_[i]; }
  const char* begin() const { return text_; }
  const char* end() const { return text_ + size_; }
  operator std::string_view() const { return {text_, size_}; }
  bool operator==(std::string_view s) const { return std::string_view(*this) == s; }
  bool operator!=(std::string_view s) const { return std::string_view(*this) != s; }

 private:
  char text_[7] = {};
  uint8_t size_ = 0;
};

// Everything about a document that features read, computed once per document.
struct FeatureInput {
  std::string_view lang;
  const Segmentation* segmentation = nullptr;
  const TokenTexts* texts = nullptr;
  std::vector<Shape> shapes;         // "Xx", "X", "d", "x-x" ...: one per token
  std::vector<uint16_t> lexicon;     // LexiconFlag bits per token (zeros without lexicons)
  std::vector<uint8_t> elsewhere;    // DocumentFlag bits: how the same word is written elsewhere
  std::vector<uint64_t> word_hash, raw_hash, shape_hash;  // per token, hashed once
  std::vector<uint32_t> word_id;     // per token: its folded word, numbered 0.. word_count - 1
  std::vector<uint8_t> numbers;      // per sentence: 0 no number, 1 some, 2 a table or results line
  uint32_t word_count = 0;
};

// How a word is written in the rest of the document: a capitalised word that is
// also written in lowercase is likely a common word; one capitalised in
// mid-sentence is likely a name even where it opens a sentence.
enum DocumentFlag : uint8_t { kLowercaseElsewhere = 1, kCapitalizedInsideElsewhere = 2 };

// What the tagger said earlier in the document about each capitalised word: it
// decodes sentences in order and reads its own past decisions as features, so a
// name it has recognised ("Alinghi" twice an organisation) reads alike later on.
struct TagHistory {
  static constexpr int kSlots = 5;  // tagged O, PER, ORG, LOC, MISC
  std::vector<uint8_t> counts;      // kSlots saturating counters per word id

  void reset(uint32_t word_count) { counts.assign(size_t{word_count} * kSlots, 0); }
  void remember(uint32_t word, int slot);
  const uint8_t* find(uint32_t word) const;  // kSlots counters, or null if never tagged
};
// Appends the history features of token i (none for a word not seen before).
void history_features(const FeatureInput& in, size_t i, const TagHistory& history, std::vector<uint64_t>& out);
// Records the tags chosen for tokens [first, last).
void remember_tags(const FeatureInput& in, size_t first, size_t last, const uint8_t* tags, TagHistory& history);

// Computes shapes; lexicon flags are left for the caller (sized, zeroed).
void prepare_feature_input(std::string_view lang, const Segmentation& segmentation,
                           const TokenTexts& texts, FeatureInput& out);

// Appends the feature hashes of token i: its word features (its text and its
// neighbours', known before tagging) and its tag features, which depend on the
// tag of the token before (kOutside-based tag id; -1 at a sentence start).
void word_features(const FeatureInput& in, size_t i, std::vector<uint64_t>& out);
void tag_features(const FeatureInput& in, size_t i, int prev_tag, std::vector<uint64_t>& out);

}  // namespace annotator
