// Snowball stemmers for Italian and English (UTF-8), generated from Debian's
// source package (tools/build-snowball.sh). Event triggers are listed by stem,
// so "fornire", "fornisce" and "forniture" need one row each, not every form.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "lexicon.h"

struct SN_env;

namespace annotator {

class Stemmer {
 public:
  // Returns nullptr and sets *error when Snowball cannot allocate its state.
  static std::unique_ptr<Stemmer> create(std::string* error);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // The stem of a folded word in Italian or English (any other lang: English).
  // The view is valid until the next call.
  std::string_view stem(Lang lang, std::string_view folded_word);

 private:
  Stemmer(SN_env* italian, SN_env* english) : italian_(italian), english_(english) {}
  SN_env* italian_;
  SN_env* english_;
};

}  // namespace annotator
