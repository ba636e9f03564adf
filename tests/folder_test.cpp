#include "folder.h"

#include <gtest/gtest.h>

namespace annotator {
namespace {

std::string fold(const std::string& text) {
  std::string error, out;
  auto folder = Folder::create(&error);
  EXPECT_TRUE(folder) << error;
  folder->fold(text, out);
  return out;
}

TEST(Folder, AsciiLowercases) { EXPECT_EQ(fold("HIMARS Kyiv"), "himars kyiv"); }

TEST(Folder, AccentsAndCaseFold) {
  EXPECT_EQ(fold("CITTÀ"), "citta");
  EXPECT_EQ(fold("Città"), "citta");
  EXPECT_EQ(fold("Perù"), "peru");
  EXPECT_EQ(fold("Straße"), "strasse");
}

TEST(Folder, CompatibilityFormsAndCurlyApostrophes) {
  EXPECT_EQ(fold("ﬁne"), "fine");         // ligature
  EXPECT_EQ(fold("Ｓ-400"), "s-400");      // full-width letter
}

TEST(Folder, NonLatinScripts) {
  EXPECT_EQ(fold("МОСКВА"), "москва");
  EXPECT_EQ(fold("Київ"), "киів");  // the diaeresis of ї is a combining mark after NFD
}

}  // namespace
}  // namespace annotator
