#include "utf8.h"

#include <gtest/gtest.h>

namespace annotator {
namespace {

TEST(Utf8, ValidTextIsValid) {
  const std::string text = "Città, Москва, 北京, 🚀";
  EXPECT_EQ(valid_utf8_prefix(text), text.size());
}

TEST(Utf8, ReportsFirstInvalidByte) {
  EXPECT_EQ(valid_utf8_prefix("ab\xFF" "cd"), 2u);
  EXPECT_EQ(valid_utf8_prefix("ab\xC3"), 2u);        // truncated at the end
  EXPECT_EQ(valid_utf8_prefix("\xED\xA0\x80"), 0u);  // encoded surrogate
  EXPECT_EQ(valid_utf8_prefix("\xC0\xAF"), 0u);      // overlong
}

TEST(Utf8, RepairReplacesEachMaximalSubpartOnce) {
  std::string out;
  // As TextDecoder does: E2 82 is one truncated sequence -> one U+FFFD.
  EXPECT_EQ(repair_utf8("a\xE2\x82" "b", out), 1u);
  EXPECT_EQ(out, "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(repair_utf8("\xFF\xFE", out), 2u);
  EXPECT_EQ(out, "\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(repair_utf8("\xF0\x9F\x9A", out), 1u);  // emoji cut short
  EXPECT_EQ(out, "\xEF\xBF\xBD");
}

TEST(Utf8, RepairKeepsValidTextIntact) {
  std::string out;
  const std::string text = "L’Ucraina e la Russia 🚀";
  EXPECT_EQ(repair_utf8(text, out), 0u);
  EXPECT_EQ(out, text);
}

TEST(Utf8, RepairedTextIsAlwaysValid) {
  std::string junk, out;
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>((i * 7919) & 0xFF));
  repair_utf8(junk, out);
  EXPECT_EQ(valid_utf8_prefix(out), out.size());
}

}  // namespace
}  // namespace annotator
