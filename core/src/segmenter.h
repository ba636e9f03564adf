// Sentences and words with ICU's BreakIterator, straight over UTF-8 (no copy to
// UTF-16). Elided articles and English clitics are split off word tokens:
// "dell’Ucraina" -> "dell’" + "Ucraina", "Russia's" -> "Russia" + "'s".
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <unicode/brkiter.h>

#include "text_span.h"

namespace annotator {

class Segmenter {
 public:
  // Returns nullptr and sets *error when ICU's break rules are missing.
  static std::unique_ptr<Segmenter> create(std::string* error);

  // text must be valid UTF-8. Fills out (cleared first).
  void segment(std::string_view text, Segmentation& out);

 private:
  Segmenter(std::unique_ptr<icu::BreakIterator> words,
            std::unique_ptr<icu::BreakIterator> sentences)
      : words_(std::move(words)), sentences_(std::move(sentences)) {}

  void split_sentences(UText* text, std::string_view utf8, Segmentation& out);
  void split_words(UText* text, std::string_view utf8, Segmentation& out);

  std::unique_ptr<icu::BreakIterator> words_;
  std::unique_ptr<icu::BreakIterator> sentences_;
};

}  // namespace annotator
