// LEB128 varints: the compact integers of the lexicon file.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace annotator {

inline void put_varint(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

inline uint64_t zigzag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
inline int64_t unzigzag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }

// Reads from a byte range; any overrun sets ok = false and returns zeros.
class VarintReader {
 public:
  explicit VarintReader(std::string_view data) : data_(data) {}
  uint64_t varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= data_.size()) { ok = false; return 0; }
      const auto b = static_cast<uint8_t>(data_[pos_++]);
      v |= static_cast<uint64_t>(b & 0x7F) << shift;
      if (b < 0x80) return v;
    }
    ok = false;
    return 0;
  }
  std::string_view bytes(size_t n) {
    if (n > data_.size() - pos_) { ok = false; return {}; }
    const std::string_view s = data_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  bool at_end() const { return pos_ == data_.size(); }
  bool ok = true;

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

}  // namespace annotator
