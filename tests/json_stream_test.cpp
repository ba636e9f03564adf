// JsonStream writes the bytes nlohmann writes for the same object.
#include "json_stream.h"

#include <gtest/gtest.h>

namespace annotator {
namespace {

using json = nlohmann::ordered_json;

std::string nlohmann_dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string stream_string(std::string_view s) {
  std::string out;
  JsonStream(out).value(s);
  return out;
}

TEST(JsonStream, StringsAreEscapedAsNlohmannEscapesThem) {
  for (std::string_view s : {"attacco", "", "say \"no\"", "back\\slash", "line\nbreak\ttab", "\x01\x1f", "\x7f",
                             "città", "Ελλάδα", "🚀 La Russia", "bad \xff\xfe byte", "cut \xe2\x82"})
    EXPECT_EQ(stream_string(s), nlohmann_dump(json(std::string(s)))) << s;
}

TEST(JsonStream, NestedObjectsAndArraysMatchNlohmann) {
  std::string out;
  JsonStream stream(out);
  stream.open('{').key("id").value(std::string_view("v1")).key("mode").open('[');
  stream.item().value(std::string_view("drone")).item().value(std::string_view("aerial"));
  stream.close(']').key("empty").open('[').close(']').key("n").value(int32_t{-7}).key("u").value(uint32_t{12});
  stream.key("x").value(0.9).key("none").null().key("inner").open('{').key("a").value(int64_t{1}).close('}');
  stream.close('}');
  json expected = json::object();
  expected["id"] = "v1";
  expected["mode"] = {"drone", "aerial"};
  expected["empty"] = json::array();
  expected["n"] = -7;
  expected["u"] = 12u;
  expected["x"] = 0.9;
  expected["none"] = nullptr;
  expected["inner"] = {{"a", 1}};
  EXPECT_EQ(out, nlohmann_dump(expected));
}

}  // namespace
}  // namespace annotator
