#include "language.h"

#include <gtest/gtest.h>

#include "segmenter.h"

namespace annotator {
namespace {

std::string_view detect(const std::string& text) {
  std::string error;
  auto segmenter = Segmenter::create(&error);
  Segmentation seg;
  segmenter->segment(text, seg);
  return detect_language(text, seg);
}

TEST(Language, Italian) {
  EXPECT_EQ(detect("La Russia ha chiesto alla Corea del Nord di vendere munizioni."), "it");
}

TEST(Language, English) {
  EXPECT_EQ(detect("Russia has asked North Korea to sell it artillery shells."), "en");
}

TEST(Language, NothingToGoOnIsEnglish) { EXPECT_EQ(detect("HIMARS"), "en"); }

}  // namespace
}  // namespace annotator
