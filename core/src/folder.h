// Folds text for matching: NFKC_Casefold, then combining marks removed, so that
// "Città", "CITTÀ" and "citta" all fold to "citta"; typographic apostrophes become
// "'" ("dell’" -> "dell'"). ASCII takes a fast path.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <unicode/normalizer2.h>

namespace annotator {

class Folder {
 public:
  // Returns nullptr and sets *error when ICU's normalisation data is missing.
  static std::unique_ptr<Folder> create(std::string* error);

  // Writes the folded form of text (valid UTF-8) into out, replacing its content.
  void fold(std::string_view text, std::string& out) const;

  // Appends the folded form to out; scratch is working space kept by the caller
  // so that a loop over many tokens allocates nothing once warmed up.
  void fold_append(std::string_view text, std::string& out, std::string& scratch) const;

 private:
  Folder(const icu::Normalizer2* casefold, const icu::Normalizer2* decompose)
      : casefold_(casefold), decompose_(decompose) {}
  void fold_unicode(std::string_view text, std::string& out, std::string& scratch) const;

  const icu::Normalizer2* casefold_;   // owned by ICU
  const icu::Normalizer2* decompose_;  // NFD, to expose accents as marks
};

}  // namespace annotator
