// The compiled lexicon: phrases (folded token sequences) mapped to entries.
// Built by tools/lexicon/compile_lexicon from the TSV files in data/ and the
// package-derived files of tools/lexicon/extract.mjs; loaded from one blob.
//
// A phrase key is the folded form of each of its tokens joined by one space:
// "Corea del Nord" -> "corea del nord", "dell’Ucraina" -> "dell’ ucraina".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vocabulary.h"

namespace annotator {

// What a lexicon row says about its phrase.
enum class EntryKind : uint8_t {
  kName = 0,          // a named thing: category + type (+ ids)
  kFirstName,         // a person's first name
  kDemonym,           // "russo", "North Korean" -> country
  kRole,              // "portavoce", "minister"
  kGroupNoun,         // "funzionari", "troops"
  kWeaponHead,        // "missili" (type)
  kWeaponModBefore,   // "anti-tank" (English, before the head)
  kWeaponModAfter,    // "anticarro" (Italian, after the head)
  kOrgHead,           // "ministero", "ministry"
  kOrgTail,           // "della Difesa", "of Defence"
  kPlaceWordBefore,   // "regione di", "base aerea di" + name (type: region, facility ...)
  kPlaceWordAfter,    // name + "region", "airport"
  kLocativePrep,      // "in", "nel", "near"
  kRecipientVerb,     // "inviato", "chiesto": "a Mosca" after it is a recipient, an actor
  kCount
};

enum class Lang : uint8_t { kAny = 0, kItalian, kEnglish };

struct LexiconEntry {
  EntryKind kind = EntryKind::kName;
  Category category = Category::kNone;
  Type type = Type::kNone;
  Lang lang = Lang::kAny;
  uint8_t tokens = 0;         // length of the phrase in tokens
  std::string_view key;       // canonical id: ISO code, "geonames:524901", slug
  std::string_view name;      // canonical display name
  std::string_view country;   // ISO 3166-1 alpha-2 of the country it belongs to / denotes
  std::string_view wikidata;
  int64_t geonames = 0;
  float lat = 0, lon = 0;
  bool has_coordinates = false;
  bool acronym = false;       // listed in capitals ("UN", "NATO"): matches capitals only
  bool ambiguous = false;     // also a common word or name ("Patriot"): needs a cue nearby
  bool user = false;          // a user term (Config::terms): its reading wins, never serialised
  bool user_over_longer = false;  // ... even inside a longer built-in mention
  uint32_t population = 0;    // only where it decides between name rows of one phrase
};

class Lexicon {
 public:
  Lexicon() = default;
  Lexicon(Lexicon&&) = default;             // entries may view titled_names_: no copies
  Lexicon& operator=(Lexicon&&) = default;
  // Returns false and sets *error when blob is not a lexicon of this format.
  // The lexicon keeps views into blob: blob must outlive it.
  bool load(std::string_view blob, std::string* error);

  // Entries of the phrase with this hash (see phrase_hash), or an empty range.
  struct Range { const LexiconEntry* begin; const LexiconEntry* end; bool empty() const { return begin == end; } };
  Range find(uint64_t phrase_hash) const;

  // False when no phrase starts with the tokens hashed so far: matching stops there.
  bool has_prefix(uint64_t phrase_hash) const;

  size_t max_tokens() const { return max_tokens_; }
  size_t size() const { return entries_.size(); }

  // Adds entries at run time (user terms), each under its folded phrase (see
  // folded_phrase in lexicon_match.h); they are found like compiled ones. The
  // entries' strings must outlive the lexicon. The index is rebuilt once per call,
  // so adding n terms in one call takes time linear in n plus the lexicon.
  void add(const std::vector<std::pair<std::string, LexiconEntry>>& rows);

 private:
  // Hashes a folded phrase ("corea del nord"), counts its tokens into entry and
  // collects the hashes of its proper prefixes.
  uint64_t hash_phrase(std::string_view phrase, LexiconEntry& entry);
  void index();
  std::vector<LexiconEntry> entries_;   // sorted by hash
  std::vector<uint64_t> hashes_;        // parallel to entries_
  std::vector<uint32_t> slots_;         // open addressing: 1 + index of a hash's first entry, 0 = empty
  std::vector<uint64_t> prefixes_;      // open addressing set of proper-prefix hashes, 0 = empty
  std::vector<uint64_t> prefix_list_;   // the same, as collected (kept to rebuild the set)
  size_t max_tokens_ = 0;
  std::vector<char> titled_names_;      // names the file gives as their phrase in capitals (entries view them)
};

// Hash of a phrase from its folded tokens, fed one token at a time.
class PhraseHash {
 public:
  void add_token(std::string_view folded);
  uint64_t value() const;
 private:
  uint64_t state_ = 14695981039346656037ULL;
  bool first_ = true;
};

// Serialisation, used by the compiler: (folded phrase, entry) rows. The phrase's
// tokens are separated by single spaces; hashes are computed again at load time.
std::string serialize_lexicon(const std::vector<std::pair<std::string, LexiconEntry>>& rows);

}  // namespace annotator
