#include "apostrophe.h"

#include <gtest/gtest.h>

namespace annotator {
namespace {

TEST(Apostrophe, ItalianElisionKeepsApostropheLeft) {
  EXPECT_EQ(apostrophe_split("dell’Ucraina"), std::string("dell’").size());
  EXPECT_EQ(apostrophe_split("L'allarme"), 2u);
  EXPECT_EQ(apostrophe_split("un'arma"), 3u);
}

TEST(Apostrophe, EnglishCliticKeepsApostropheRight) {
  EXPECT_EQ(apostrophe_split("Russia's"), 6u);
  EXPECT_EQ(apostrophe_split("Kyiv’s"), 4u);
  EXPECT_EQ(apostrophe_split("they'll"), 4u);
}

TEST(Apostrophe, WholeWords) {
  EXPECT_EQ(apostrophe_split("don't"), 0u);
  EXPECT_EQ(apostrophe_split("O'Brien"), 0u);
  EXPECT_EQ(apostrophe_split("Kyiv"), 0u);
  EXPECT_EQ(apostrophe_split("'"), 0u);
}

}  // namespace
}  // namespace annotator
