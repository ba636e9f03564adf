// FNV-1a, 64-bit, fed piece by piece: feature strings are hashed straight from
// the text they come from, never assembled into temporary strings.
#pragma once

#include <cstdint>
#include <string_view>

namespace annotator {

class Hasher {
 public:
  explicit Hasher(uint64_t seed = 0) { add(seed); }

  Hasher& add(std::string_view bytes) {
    for (unsigned char c : bytes) state_ = (state_ ^ c) * kPrime;
    return *this;
  }
  Hasher& add(uint64_t value) {
    for (int i = 0; i < 8; ++i) state_ = (state_ ^ ((value >> (8 * i)) & 0xFF)) * kPrime;
    return *this;
  }
  Hasher& separator() { state_ = (state_ ^ 0x1F) * kPrime; return *this; }

  uint64_t value() const {  // a final mix so that low bits depend on all input
    uint64_t h = state_;
    h ^= h >> 33; h *= 0xff51afd7ed558ccdULL; h ^= h >> 33;
    return h;
  }

 private:
  static constexpr uint64_t kPrime = 1099511628211ULL;
  uint64_t state_ = 14695981039346656037ULL;
};

inline uint64_t hash_string(std::string_view s) { return Hasher().add(s).value(); }

}  // namespace annotator
