// Public API of the annotator core: text in, one JSON result out.
// Everything else in core/ is internal. No I/O, no globals: each Annotator owns
// its ICU objects and tables, so two of them never share mutable state.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace annotator {

// The longest text one annotate() call takes, in UTF-8 bytes (16 MiB); a longer
// one gets an error result. The WebAssembly module, with 2 GB of memory that
// never shrinks, needs about 30 bytes per input byte, and about 65 with
// "tokens" (docs/result-contract.md); a text this long is a book, not an article.
constexpr size_t kMaxTextBytes = size_t{16} << 20;

struct Options {
  std::string id;           // copied into the result as "id" when not empty
  std::string lang;         // "it", "en", or empty for automatic detection
  std::string date;         // publication date "YYYY-MM-DD" (resolves "ieri", "on Friday"), or empty;
                            // any other text makes annotate() return an error result
  bool include_tokens = false;  // add "tokens" (offsets of every word) to the result
  bool events = true;           // extract events (false: "events" stays empty)
};

// The binary tables the core reads: the name tagger's weights for Italian and for
// English, the compiled lexicon and the compiled event data (triggers and the small
// words events read; both languages). They must outlive the Annotator
// (embedded_resources() gives static ones); an empty one is simply not used.
// Each is read where it lies (no copy of the tagger's weights); a damaged one
// (truncated, corrupt: each file carries a checksum) is refused with an error.
// The web loads the lexicon with the core and a language's tagger (its "pack")
// only when a text in that language comes: see Annotator::add_resources.
struct Resources {
  std::string_view tagger_it;
  std::string_view tagger_en;
  std::string_view lexicon;
  std::string_view events;
};

// A name the user wants recognised, e.g. {"Wagner", "actor", "group"}. It wins
// over the built-in reading of the same words; with override_longer also over a
// longer built-in mention containing them. Category "none" (type empty) means
// "not a mention": the words are never marked.
struct Term {
  std::string text, category, type;
  bool override_longer = false;
};

struct Config {
  Resources resources;
  std::vector<Term> terms;
};

class Annotator {
 public:
  // Returns nullptr and sets *error when ICU's data or a resource cannot be loaded
  // or a term is invalid.
  static std::unique_ptr<Annotator> create(const Config& config, std::string* error);
  ~Annotator();

  // Annotates UTF-8 text. Invalid UTF-8 is repaired (see docs/result-contract.md),
  // never rejected; the result is always one line of JSON. A language whose
  // tagger is not loaded is annotated without it (lexicon and rules only).
  std::string annotate(std::string_view text, const Options& options);

  // Loads the non-empty resources given after create, such as a language's
  // tagger fetched when a text in that language came. Returns false and sets
  // *error when one is damaged or replaces one already loaded (nothing changes).
  bool add_resources(const Resources& resources, std::string* error);

  // The language annotate() detects for text ("it" or "en"), which needs no
  // tagger: a caller can load that language's pack first.
  std::string_view language_of(std::string_view text);

  // Whether the tagger of lang ("it" or "en") is loaded.
  bool has_tagger(std::string_view lang) const;

 private:
  struct Impl;
  explicit Annotator(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The JSON result for input that could not be annotated at all (bad JSON line, ...).
std::string error_result(std::string_view id, std::string_view message);

// The error message for a text of this many bytes over kMaxTextBytes.
std::string text_too_long_message(size_t bytes);

}  // namespace annotator
