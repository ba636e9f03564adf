#include "utf8.h"

#include <cstdint>

namespace annotator {
namespace {

// Length of the well-formed sequence starting at text[i], or 0 if the bytes there
// are not one. Then *invalid_length is the length of the maximal subpart to
// replace by one U+FFFD: the lead byte plus the continuation bytes that fit it.
size_t sequence_length(std::string_view text, size_t i, size_t* invalid_length) {
  const auto byte = [&](size_t k) { return static_cast<uint8_t>(text[k]); };
  const uint8_t lead = byte(i);
  *invalid_length = 1;
  if (lead < 0x80) return 1;
  size_t needed;
  uint8_t low = 0x80, high = 0xBF;  // range allowed for the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    needed = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    needed = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    needed = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  for (size_t k = 1; k < needed; ++k) {
    if (i + k >= text.size()) return 0;
    const uint8_t b = byte(i + k);
    const bool ok = (k == 1) ? (b >= low && b <= high) : (b >= 0x80 && b <= 0xBF);
    if (!ok) return 0;
    *invalid_length = k + 1;
  }
  return needed;
}

bool is_plain_ascii_run(std::string_view text, size_t i) {
  return static_cast<uint8_t>(text[i]) < 0x80;
}

}  // namespace

size_t valid_utf8_prefix(std::string_view text) {
  size_t i = 0, unused;
  while (i < text.size()) {
    if (is_plain_ascii_run(text, i)) { ++i; continue; }
    const size_t n = sequence_length(text, i, &unused);
    if (n == 0) return i;
    i += n;
  }
  return i;
}

size_t repair_utf8(std::string_view text, std::string& out) {
  out.clear();
  out.reserve(text.size() + 16);
  size_t replaced = 0, i = 0;
  while (i < text.size()) {
    size_t invalid_length;
    const size_t n = sequence_length(text, i, &invalid_length);
    if (n > 0) {
      out.append(text.data() + i, n);
      i += n;
    } else {
      out.append("\xEF\xBF\xBD");
      i += invalid_length;  // a truncated sequence is one maximal subpart
      ++replaced;
    }
  }
  return replaced;
}

}  // namespace annotator
