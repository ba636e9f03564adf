#include "tagger_features.h"

#include <unordered_map>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "hash.h"

namespace annotator {
namespace {

// Template ids: one per kind of feature, so equal strings in different roles differ.
enum Template : uint64_t {
  kBias = 1, kWord, kRawWord, kPrevWord, kNextWord, kPrev2Word, kNext2Word, kPrevBigram,
  kNextBigram, kSuffix2, kSuffix3, kSuffix4, kPrefix2, kPrefix3, kShape, kPrevShape,
  kNextShape, kShapeTrigram, kPrevTag, kPrevTags, kPrevTagWord, kPrevTagShape,
  kSentenceStart, kLexicon, kPrevLexicon, kNextLexicon, kLangShape, kWordNextShape, kElsewhere,
};

char shape_class(UChar32 c) {
  if (u_isupper(c) || u_istitle(c)) return 'X';
  if (u_islower(c) || u_isalpha(c)) return 'x';
  if (u_isdigit(c)) return 'd';
  if (c == '-' || c == '.' || c == '\'' || c == 0x2019 || c == '&') return static_cast<char>(c < 128 ? c : '\'');
  return '#';
}

// Short shape: character classes with runs collapsed ("Kim" -> "Xx", "S-400" -> "X-d").
void compute_shape(std::string_view word, std::string& out) {
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

// One pass to collect how each folded word is written, one to hand it to every token.
void mark_elsewhere(const Segmentation& segmentation, const TokenTexts& texts, FeatureInput& out) {
  const size_t n = texts.size();
  std::unordered_map<std::string_view, uint8_t> seen;
  seen.reserve(n);
  const auto& tokens = segmentation.tokens;
  for (size_t i = 0; i < n; ++i) {
    const char s = out.shapes[i].empty() ? '#' : out.shapes[i][0];
    const bool opens_sentence = i == 0 || tokens[i - 1].sentence != tokens[i].sentence;
    uint8_t& bits = seen[texts.folded(i)];
    if (s == 'x') bits |= kLowercaseElsewhere;
    if (s == 'X' && !opens_sentence) bits |= kCapitalizedInsideElsewhere;
  }
  out.elsewhere.resize(n);
  for (size_t i = 0; i < n; ++i) out.elsewhere[i] = seen[texts.folded(i)];
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
  mark_elsewhere(segmentation, texts, out);
}

void token_features(const FeatureInput& in, size_t i, int prev_tag, int prev2_tag,
                    std::vector<uint64_t>& out) {
  const TokenTexts& t = *in.texts;
  const auto& tokens = in.segmentation->tokens;
  const size_t n = t.size();
  const uint32_t sentence = tokens[i].sentence;
  const auto in_sentence = [&](long k) {
    return k >= 0 && static_cast<size_t>(k) < n && tokens[k].sentence == sentence;
  };
  const std::string_view kNone = "\x01";
  const auto word = [&](long k) { return in_sentence(k) ? t.folded(k) : kNone; };
  const auto shape = [&](long k) { return in_sentence(k) ? std::string_view(in.shapes[k]) : kNone; };
  const long at = static_cast<long>(i);
  const std::string_view w = t.folded(i);
  const auto f = [&](Template id) { return Hasher(id); };

  out.push_back(f(kBias).value());
  out.push_back(f(kWord).add(w).value());
  out.push_back(f(kRawWord).add(t.raw[i]).value());
  out.push_back(f(kPrevWord).add(word(at - 1)).value());
  out.push_back(f(kNextWord).add(word(at + 1)).value());
  out.push_back(f(kPrev2Word).add(word(at - 2)).value());
  out.push_back(f(kNext2Word).add(word(at + 2)).value());
  out.push_back(f(kPrevBigram).add(word(at - 1)).separator().add(w).value());
  out.push_back(f(kNextBigram).add(w).separator().add(word(at + 1)).value());
  out.push_back(f(kSuffix2).add(safe_suffix(w, 2)).value());
  out.push_back(f(kSuffix3).add(safe_suffix(w, 3)).value());
  out.push_back(f(kSuffix4).add(safe_suffix(w, 4)).value());
  out.push_back(f(kPrefix2).add(safe_prefix(w, 2)).value());
  out.push_back(f(kPrefix3).add(safe_prefix(w, 3)).value());
  out.push_back(f(kShape).add(shape(at)).value());
  out.push_back(f(kPrevShape).add(shape(at - 1)).separator().add(shape(at)).value());
  out.push_back(f(kNextShape).add(shape(at)).separator().add(shape(at + 1)).value());
  out.push_back(f(kShapeTrigram).add(shape(at - 1)).separator().add(shape(at)).separator().add(shape(at + 1)).value());
  out.push_back(f(kWordNextShape).add(w).separator().add(shape(at + 1)).value());
  out.push_back(f(kPrevTag).add(static_cast<uint64_t>(prev_tag + 1)).value());
  out.push_back(f(kPrevTags).add(static_cast<uint64_t>(prev_tag + 1)).add(static_cast<uint64_t>(prev2_tag + 1)).value());
  out.push_back(f(kPrevTagWord).add(static_cast<uint64_t>(prev_tag + 1)).add(w).value());
  out.push_back(f(kPrevTagShape).add(static_cast<uint64_t>(prev_tag + 1)).add(shape(at)).value());
  out.push_back(f(kSentenceStart).add(static_cast<uint64_t>(!in_sentence(at - 1))).add(shape(at)).value());
  out.push_back(f(kLangShape).add(in.lang).add(shape(at)).value());
  out.push_back(f(kElsewhere).add(static_cast<uint64_t>(in.elsewhere[i])).add(shape(at)).value());
  const auto lexicon_bits = [&](Template id, long k) {
    if (!in_sentence(k)) return;
    for (uint16_t bit = 1; bit != 0 && bit <= in.lexicon[k]; bit = static_cast<uint16_t>(bit << 1))
      if (in.lexicon[k] & bit) out.push_back(Hasher(id).add(static_cast<uint64_t>(bit)).value());
  };
  lexicon_bits(kLexicon, at);
  lexicon_bits(kPrevLexicon, at - 1);
  lexicon_bits(kNextLexicon, at + 1);
}

}  // namespace annotator
