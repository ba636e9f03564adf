#include "language.h"

#include <algorithm>
#include <array>

namespace annotator {
namespace {

// Function words frequent in one language and rare in the other.
constexpr std::array<std::string_view, 40> kItalian = {
    "il", "lo", "la", "i", "gli", "le", "di", "del", "della", "dei", "delle", "che", "è",
    "e", "un", "una", "per", "con", "non", "sono", "nel", "nella", "alla", "al", "da",
    "dal", "dalla", "ha", "hanno", "anche", "come", "più", "su", "sul", "sulla", "questo",
    "questa", "dopo", "tra", "ma"};
constexpr std::array<std::string_view, 40> kEnglish = {
    "the", "of", "and", "to", "in", "is", "was", "that", "for", "on", "with", "as", "by",
    "at", "from", "his", "her", "it", "an", "were", "are", "which", "this", "be", "has",
    "have", "had", "not", "but", "they", "its", "their", "after", "who", "will", "would",
    "said", "been", "also", "than"};

bool equals_lowercase(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

template <size_t N>
bool is_in(std::string_view word, const std::array<std::string_view, N>& list) {
  return std::any_of(list.begin(), list.end(),
                     [&](std::string_view w) { return equals_lowercase(word, w); });
}

}  // namespace

bool is_common_function_word(std::string_view folded) {
  if (folded.size() > 7) return false;
  if (is_in(folded, kItalian) || is_in(folded, kEnglish)) return true;
  for (std::string_view w : {"nella", "nelle", "negli", "nei", "dalla", "dalle", "sulla", "sulle", "alle", "agli",
                             "dopo", "poi", "ma", "se", "ora", "qui", "in", "on", "at", "a", "but", "if"})
    if (folded == w) return true;
  return false;
}

std::string_view detect_language(std::string_view text, const Segmentation& segmentation) {
  constexpr size_t kEnoughTokens = 2000;  // plenty to decide; keeps long texts cheap
  int italian = 0, english = 0;
  const size_t n = std::min(segmentation.tokens.size(), kEnoughTokens);
  for (size_t i = 0; i < n; ++i) {
    const Span& s = segmentation.tokens[i].span;
    if (s.byte_end - s.byte_start > 6) continue;
    const std::string_view word = text.substr(s.byte_start, s.byte_end - s.byte_start);
    italian += is_in(word, kItalian);
    english += is_in(word, kEnglish);
  }
  return italian > english ? "it" : "en";
}

}  // namespace annotator
