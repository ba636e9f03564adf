#include "tagger_features.h"

#include <cstdint>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "hash.h"
#include "tagger_model.h"

namespace annotator {
namespace {

// Template ids: one per kind of feature, so equal strings in different roles differ.
enum Template : uint64_t {
  kBias = 1, kWord, kRawWord, kPrevWord, kNextWord, kPrev2Word, kNext2Word, kPrevBigram,
  kNextBigram, kSuffix2, kSuffix3, kSuffix4, kPrefix2, kPrefix3, kShape, kPrevShape,
  kNextShape, kShapeTrigram, kPrevTag, kPrevTagShape, kPrevWordShape, kShapeNextWord,
  kSentenceStart, kLexicon, kPrevLexicon, kNextLexicon, kLangShape, kWordNextShape, kElsewhere, kHistory, kHistoryShape,
  kShapeWindow, kPrevSuffix3, kNextSuffix3, kLexiconNumbers, kShapeNumbers, kLexiconPrevWord,
};

char shape_class(UChar32 c) {
  if (c < 128) {  // ASCII without ICU's property lookups: most of the text
    if (c >= 'A' && c <= 'Z') return 'X';
    if (c >= 'a' && c <= 'z') return 'x';
    if (c >= '0' && c <= '9') return 'd';
    if (c == '-' || c == '.' || c == '\'' || c == '&') return static_cast<char>(c);
    return '#';
  }
  if (u_isupper(c) || u_istitle(c)) return 'X';
  if (u_islower(c) || u_isalpha(c)) return 'x';
  if (u_isdigit(c)) return 'd';
  if (c == '-' || c == '.' || c == '\'' || c == 0x2019 || c == '&') return static_cast<char>(c < 128 ? c : '\'');
  return '#';
}

// Short shape: character classes with runs collapsed ("Kim" -> "Xx", "S-400" -> "X-d").
void compute_shape(std::string_view word, Shape& out) {
  out.clear();
  const auto length = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(word.data(), i, length, c);
    const char k = shape_class(c);
    if (out.empty() || out.back() != k) out.push_back(k);
    if (out.size() >= 6) break;
  }
}

std::string_view safe_suffix(std::string_view s, size_t n) { return s.size() <= n ? s : s.substr(s.size() - n); }
std::string_view safe_prefix(std::string_view s, size_t n) { return s.substr(0, n); }

// One pass to collect how each folded word is written, one to hand it to every
// token, one to number the distinct words (word_id, for the tagger's history).
// Words are keyed by their 64-bit hash in a flat open-addressing table.
void mark_elsewhere(const Segmentation& segmentation, FeatureInput& out) {
  const size_t n = out.word_hash.size();
  size_t capacity = 16;
  while (capacity < 2 * n) capacity *= 2;
  std::vector<uint64_t> keys(capacity, 0);
  std::vector<uint8_t> bits(capacity, 0);
  const auto slot = [&](uint64_t hash) {
    const uint64_t key = hash | 1;  // 0 marks an empty slot
    size_t k = key & (capacity - 1);
    while (keys[k] != 0 && keys[k] != key) k = (k + 1) & (capacity - 1);
    keys[k] = key;
    return k;
  };
  const auto& tokens = segmentation.tokens;
  out.elsewhere.resize(n);
  std::vector<uint32_t> slots(n);
  for (size_t i = 0; i < n; ++i) {
    const char s = out.shapes[i].empty() ? '#' : out.shapes[i][0];
    const bool opens_sentence = i == 0 || tokens[i - 1].sentence != tokens[i].sentence;
    slots[i] = static_cast<uint32_t>(slot(out.word_hash[i]));
    if (s == 'x') bits[slots[i]] |= kLowercaseElsewhere;
    if (s == 'X' && !opens_sentence) bits[slots[i]] |= kCapitalizedInsideElsewhere;
  }
  for (size_t i = 0; i < n; ++i) out.elsewhere[i] = bits[slots[i]];
  std::vector<uint32_t> id_of_slot(capacity, UINT32_MAX);
  out.word_id.resize(n);
  out.word_count = 0;
  for (size_t i = 0; i < n; ++i) {
    uint32_t& id = id_of_slot[slots[i]];
    if (id == UINT32_MAX) id = out.word_count++;
    out.word_id[i] = id;
  }
}

// How much of each sentence is numbers: results lines and tables ("Essex 372",
// "COLORADO 70 65 .519 5") name teams after places.
void mark_numbers(const Segmentation& segmentation, FeatureInput& out) {
  out.numbers.assign(segmentation.sentences.size(), 0);
  std::vector<uint32_t> numbers(segmentation.sentences.size(), 0), words(segmentation.sentences.size(), 0);
  for (const Token& t : segmentation.tokens) {
    if (t.sentence >= numbers.size()) continue;
    numbers[t.sentence] += t.kind == TokenKind::kNumber;
    words[t.sentence] += t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber;
  }
  for (size_t s = 0; s < numbers.size(); ++s)
    out.numbers[s] = numbers[s] == 0 ? 0 : 4 * numbers[s] < words[s] ? 1 : 2;
}

}  // namespace

void prepare_feature_input(std::string_view lang, const Segmentation& segmentation,
                           const TokenTexts& texts, FeatureInput& out) {
  out.lang = lang;
  out.segmentation = &segmentation;
  out.texts = &texts;
  const size_t n = texts.size();
  out.shapes.resize(n);
  for (size_t i = 0; i < n; ++i) compute_shape(texts.raw[i], out.shapes[i]);
  out.lexicon.assign(n, 0);
  out.word_hash.resize(n);
  out.raw_hash.resize(n);
  out.shape_hash.resize(n);
  for (size_t i = 0; i < n; ++i) {
    out.word_hash[i] = hash_string(texts.folded(i));
    out.raw_hash[i] = hash_string(texts.raw[i]);
    out.shape_hash[i] = hash_string(out.shapes[i]);
  }
  mark_elsewhere(segmentation, out);
  mark_numbers(segmentation, out);
}

namespace {

inline uint64_t mix(uint64_t h) {  // murmur3's finaliser
  h ^= h >> 33; h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33; h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

// A feature from a template id and up to three precomputed hashes: one mixing
// round per hash.
inline uint64_t feature(uint64_t id) { return mix(id * 0x9E3779B97F4A7C15ULL); }
inline uint64_t feature(uint64_t id, uint64_t a) { return mix(id * 0x9E3779B97F4A7C15ULL ^ a); }
inline uint64_t feature(uint64_t id, uint64_t a, uint64_t b) { return mix(feature(id, a) ^ b); }
inline uint64_t feature(uint64_t id, uint64_t a, uint64_t b, uint64_t c) { return mix(feature(id, a, b) ^ c); }

}  // namespace

namespace {

// Wire news layout (English only: they cost Italian KIND ADG dev 0.6 points):
// how much of the sentence is numbers, with the shape and with each lexicon hit,
// and each lexicon hit with the word before ("beat Somerset", "Surrey 372"). A
// place's name in a results line or after "beat" is a team.
void layout_features(const FeatureInput& in, size_t i, uint64_t previous_word, std::vector<uint64_t>& out) {
  const uint32_t sentence = in.segmentation->tokens[i].sentence;
  const uint64_t numbers = sentence < in.numbers.size() ? in.numbers[sentence] : 0;
  out.push_back(feature(kShapeNumbers, numbers, in.shape_hash[i]));
  for (uint16_t bits = in.lexicon[i]; bits != 0; bits &= static_cast<uint16_t>(bits - 1)) {
    out.push_back(feature(kLexiconNumbers, bits & -bits, numbers));
    out.push_back(feature(kLexiconPrevWord, bits & -bits, previous_word));
  }
}

}  // namespace

void word_features(const FeatureInput& in, size_t i, std::vector<uint64_t>& out) {
  out.reserve(out.size() + 40);
  const auto& tokens = in.segmentation->tokens;
  const size_t n = tokens.size();
  const uint32_t sentence = tokens[i].sentence;
  const auto in_sentence = [&](long k) {
    return k >= 0 && static_cast<size_t>(k) < n && tokens[k].sentence == sentence;
  };
  constexpr uint64_t kNone = 0x5bd1e995;  // outside the sentence
  const auto word = [&](long k) { return in_sentence(k) ? in.word_hash[k] : kNone; };
  const auto shape = [&](long k) { return in_sentence(k) ? in.shape_hash[k] : kNone; };
  const long at = static_cast<long>(i);
  const uint64_t w = in.word_hash[i], sh = in.shape_hash[i];
  const std::string_view folded = in.texts->folded(i);

  out.push_back(feature(kBias));
  out.push_back(feature(kWord, w));
  out.push_back(feature(kRawWord, in.raw_hash[i]));
  out.push_back(feature(kPrevWord, word(at - 1)));
  out.push_back(feature(kNextWord, word(at + 1)));
  out.push_back(feature(kPrev2Word, word(at - 2)));
  out.push_back(feature(kNext2Word, word(at + 2)));
  out.push_back(feature(kPrevBigram, word(at - 1), w));
  out.push_back(feature(kNextBigram, w, word(at + 1)));
  out.push_back(feature(kSuffix2, hash_string(safe_suffix(folded, 2))));
  out.push_back(feature(kSuffix3, hash_string(safe_suffix(folded, 3))));
  out.push_back(feature(kSuffix4, hash_string(safe_suffix(folded, 4))));
  out.push_back(feature(kPrefix2, hash_string(safe_prefix(folded, 2))));
  out.push_back(feature(kPrefix3, hash_string(safe_prefix(folded, 3))));
  out.push_back(feature(kShape, sh));
  out.push_back(feature(kPrevShape, shape(at - 1), sh));
  out.push_back(feature(kNextShape, sh, shape(at + 1)));
  out.push_back(feature(kShapeTrigram, shape(at - 1), sh, shape(at + 1)));
  out.push_back(feature(kWordNextShape, w, shape(at + 1)));
  out.push_back(feature(kPrevWordShape, word(at - 1), sh));
  out.push_back(feature(kShapeNextWord, sh, word(at + 1)));
  out.push_back(feature(kSentenceStart, !in_sentence(at - 1), sh));
  out.push_back(feature(kLangShape, in.lang == "it", sh));
  out.push_back(feature(kElsewhere, in.elsewhere[i], sh));
  out.push_back(feature(kShapeWindow, shape(at - 2), shape(at + 2), sh));
  const auto suffix3 = [&](long k) { return in_sentence(k) ? hash_string(safe_suffix(in.texts->folded(k), 3)) : kNone; };
  out.push_back(feature(kPrevSuffix3, suffix3(at - 1), sh));
  out.push_back(feature(kNextSuffix3, sh, suffix3(at + 1)));
  const auto lexicon_bits = [&](Template id, long k) {
    if (!in_sentence(k)) return;
    for (uint16_t bits = in.lexicon[k]; bits != 0; bits &= static_cast<uint16_t>(bits - 1))
      out.push_back(feature(id, bits & -bits));
  };
  lexicon_bits(kLexicon, at);
  if (in.lang != "it") layout_features(in, i, word(at - 1), out);
  lexicon_bits(kPrevLexicon, at - 1);
  lexicon_bits(kNextLexicon, at + 1);
}

namespace {

bool is_capitalized(const FeatureInput& in, size_t i) { return !in.shapes[i].empty() && in.shapes[i][0] == 'X'; }

int history_slot_of(int tag) { return tag == kOutsideTag ? 0 : 1 + static_cast<int>(label_of(tag)); }

}  // namespace

void TagHistory::remember(uint32_t word, int slot) {
  uint8_t& c = counts[size_t{word} * kSlots + static_cast<size_t>(slot)];
  if (c < 255) ++c;
}

const uint8_t* TagHistory::find(uint32_t word) const {
  const uint8_t* c = &counts[size_t{word} * kSlots];
  for (int s = 0; s < kSlots; ++s)
    if (c[s] != 0) return c;
  return nullptr;
}

void history_features(const FeatureInput& in, size_t i, const TagHistory& history, std::vector<uint64_t>& out) {
  if (!is_capitalized(in, i)) return;
  const uint8_t* counts = history.find(in.word_id[i]);
  if (!counts) return;
  int best = 0, kinds = 0;
  for (int s = 0; s < TagHistory::kSlots; ++s) {
    kinds += counts[s] != 0;
    if (counts[s] > counts[best]) best = s;
  }
  out.push_back(feature(kHistory, static_cast<uint64_t>(best), kinds > 1));
  out.push_back(feature(kHistoryShape, static_cast<uint64_t>(best), in.shape_hash[i]));
}

void remember_tags(const FeatureInput& in, size_t first, size_t last, const uint8_t* tags, TagHistory& history) {
  for (size_t i = first; i < last; ++i) {
    if (!is_capitalized(in, i)) continue;
    history.remember(in.word_id[i], history_slot_of(tags[i - first]));
  }
}

void tag_features(const FeatureInput& in, size_t i, int prev_tag, std::vector<uint64_t>& out) {
  const uint64_t prev = static_cast<uint64_t>(prev_tag + 1);
  out.push_back(feature(kPrevTag, prev));
  out.push_back(feature(kPrevTagShape, prev, in.shape_hash[i]));
}

}  // namespace annotator
