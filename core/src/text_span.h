// Plain data of the text layer: spans with offsets in UTF-8 bytes and UTF-16 units.
#pragma once

#include <cstdint>
#include <vector>

namespace annotator {

struct Span {
  uint32_t byte_start = 0, byte_end = 0;  // UTF-8 bytes into the (repaired) text
  uint32_t start = 0, end = 0;            // UTF-16 code units: JavaScript indices
};

enum class TokenKind : uint8_t { kWord, kNumber, kPunctuation, kSymbol };

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  uint32_t sentence = 0;  // index into Segmentation::sentences
};

struct Segmentation {
  std::vector<Span> sentences;
  std::vector<Token> tokens;  // in text order, whitespace left out
};

}  // namespace annotator
