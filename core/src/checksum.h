// A 64-bit checksum of a resource's bytes, stored in its header, so that a
// corrupt or truncated file is refused at load with a clear error instead of
// being read. Eight bytes per step (about 1 ms per megabyte in WebAssembly).
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace annotator {

inline uint64_t checksum(std::string_view bytes, uint64_t seed = 0) {
  constexpr uint64_t kMultiplier = 0xff51afd7ed558ccdULL, kMixer = 0xc4ceb9fe1a85ec53ULL;
  const auto step = [&](uint64_t h, uint64_t word) {
    h ^= word * kMultiplier;
    return (h << 29 | h >> 35) * kMixer;
  };
  uint64_t h = (0x9e3779b97f4a7c15ULL + seed) ^ bytes.size();
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, bytes.data() + i, 8);
    h = step(h, word);
  }
  uint64_t tail = 0;
  if (i < bytes.size()) std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
  h = step(h, tail);
  return h ^ (h >> 31);
}

// The checksum of a blob but for the 8 bytes at offset, where it is stored.
inline uint64_t checksum_around(std::string_view blob, size_t offset) {
  return checksum(blob.substr(offset + 8), checksum(blob.substr(0, offset)));
}

}  // namespace annotator
