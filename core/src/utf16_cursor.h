// Maps increasing UTF-8 byte offsets to UTF-16 offsets in one pass over the text.
// Moving backwards restarts from the beginning, so keep queries sorted.
#pragma once

#include <cstdint>
#include <string_view>

namespace annotator {

class Utf16Cursor {
 public:
  explicit Utf16Cursor(std::string_view utf8) : text_(utf8) {}

  uint32_t to_utf16(uint32_t byte_offset) {
    if (byte_offset < byte_) byte_ = units_ = 0;
    for (; byte_ < byte_offset && byte_ < text_.size(); ++byte_) {
      const auto b = static_cast<uint8_t>(text_[byte_]);
      if ((b & 0xC0) != 0x80) units_ += (b >= 0xF0) ? 2 : 1;  // astral: surrogate pair
    }
    return units_;
  }

 private:
  std::string_view text_;
  uint32_t byte_ = 0, units_ = 0;
};

}  // namespace annotator
