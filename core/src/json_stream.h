// Writes JSON straight into a string, field after field, with nlohmann's own
// number and string encoding: the same bytes as dumping an nlohmann object built
// with the fields in that order, without building it (the events of a long
// article are tens of thousands of small objects, each of which nlohmann would
// allocate key by key).
#pragma once

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

#include <nlohmann/json.hpp>

namespace annotator {

class JsonStream {
 public:
  using json = nlohmann::ordered_json;

  explicit JsonStream(std::string& out)
      : out_(out),
        writer_(nlohmann::detail::output_adapter<char>(out), ' ', json::error_handler_t::replace),
        scratch_(std::string()) {}

  // '{' or '[' ... '}' or ']'.
  JsonStream& open(char bracket) { out_ += bracket; first_ = true; return *this; }
  JsonStream& close(char bracket) { out_ += bracket; first_ = false; return *this; }

  // The key of the next value in an object (a literal: its length is known).
  template <size_t N>
  JsonStream& key(const char (&name)[N]) {
    separate();
    out_ += '"';
    out_.append(name, N - 1);
    out_.append("\":", 2);
    return *this;
  }
  // The next element of an array.
  JsonStream& item() { separate(); return *this; }

  JsonStream& value(std::string_view s) {
    if (plain_ascii(s)) {  // most strings: written as they are, as nlohmann would
      out_ += '"';
      out_.append(s.data(), s.size());
      out_ += '"';
      return *this;
    }
    scratch_.get_ref<std::string&>().assign(s.data(), s.size());
    return dump(scratch_);
  }
  // Integers as nlohmann writes them (plain decimal), without a json value each.
  template <typename Integer, std::enable_if_t<std::is_integral_v<Integer>, int> = 0>
  JsonStream& value(Integer n) {
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, n);
    out_.append(digits, static_cast<size_t>(written.ptr - digits));
    return *this;
  }
  JsonStream& value(double d) { return dump(json(d)); }
  JsonStream& null() { out_ += "null"; return *this; }

 private:
  // Printable ASCII with nothing to escape.
  static bool plain_ascii(std::string_view s) {
    for (unsigned char c : s)
      if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') return false;
    return true;
  }
  void separate() {
    if (!first_) out_ += ',';
    first_ = false;
  }
  JsonStream& dump(const json& j) {
    writer_.dump(j, false, false, 0);
    return *this;
  }

  std::string& out_;
  nlohmann::detail::serializer<json> writer_;
  json scratch_;  // one string value, reused for every string written
  bool first_ = true;
};

}  // namespace annotator
