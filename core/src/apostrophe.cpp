#include "apostrophe.h"

namespace annotator {
namespace {

constexpr std::string_view kRightQuote = "\xE2\x80\x99";  // ’

// Length of the apostrophe at word[i] (1 for ', 3 for ’), or 0.
size_t apostrophe_at(std::string_view word, size_t i) {
  if (word[i] == '\'') return 1;
  if (word.substr(i, 3) == kRightQuote) return 3;
  return 0;
}

bool is_english_clitic(std::string_view rest) {
  for (std::string_view c : {"s", "S", "ll", "re", "ve", "d", "m"})
    if (rest == c) return true;
  return false;
}

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace

size_t apostrophe_split(std::string_view word) {
  for (size_t i = 1; i + 1 < word.size(); ++i) {
    const size_t len = apostrophe_at(word, i);
    if (len == 0) continue;
    const std::string_view left = word.substr(0, i), right = word.substr(i + len);
    if (right.empty()) return 0;
    if (is_english_clitic(right)) return i;
    if (right == "t") return 0;                                   // don't, isn't
    if (left.size() == 1 && is_upper_ascii(left[0]) && left[0] == 'O') return 0;  // O'Brien
    return i + len;                                               // dell’|Ucraina
  }
  return 0;
}

}  // namespace annotator
