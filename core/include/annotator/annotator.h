// Public API of the annotator core: text in, one JSON result out.
// Everything else in core/ is internal. No I/O, no globals: each Annotator owns
// its ICU objects and tables, so two of them never share mutable state.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace annotator {

struct Options {
  std::string id;           // copied into the result as "id" when not empty
  std::string lang;         // "it", "en", or empty for automatic detection
  bool include_tokens = false;  // add "tokens" (offsets of every word) to the result
};

class Annotator {
 public:
  // Returns nullptr and sets *error when ICU's data cannot be opened.
  static std::unique_ptr<Annotator> create(std::string* error);
  ~Annotator();

  // Annotates UTF-8 text. Invalid UTF-8 is repaired (see docs/result-contract.md),
  // never rejected; the result is always one line of JSON.
  std::string annotate(std::string_view text, const Options& options);

 private:
  struct Impl;
  explicit Annotator(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The JSON result for input that could not be annotated at all (bad JSON line, ...).
std::string error_result(std::string_view id, std::string_view message);

}  // namespace annotator
