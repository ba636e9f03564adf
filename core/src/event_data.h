// The compiled event data (events.bin, built by tools/events_compiler from
// data/events/*.tsv): trigger rules found by word or by Snowball stem, and the
// classes of the small words the event stage reads (negation, prepositions,
// months, numbers, casualty words ...). Loaded from one blob, like the lexicon.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "event_vocabulary.h"
#include "lexicon.h"
#include "token_texts.h"

namespace annotator {

// What a word says to the event stage. A word may have several classes.
enum WordClass : uint64_t {
  kNegation = 1ull << 0,        // not, non, never, mai, senza
  kHypothetical = 1ull << 1,    // could, might, potrebbe, possibile, if, se
  kFuture = 1ull << 2,          // will, shall, plans, prossimo
  kAttempted = 1ull << 3,       // tried, attempted, tentato, sventato
  kHistorical = 1ull << 4,      // ago, fa, during, durante
  kReportPrep = 1ull << 5,      // according (to), secondo, stando
  kSayVerb = 1ull << 6,         // said, told, announced, ha dichiarato
  kPassiveAux = 1ull << 7,      // was, were, been, stato, stati, viene
  kPerfectAux = 1ull << 8,      // has, have, had, ha, hanno
  kAgentPrep = 1ull << 9,       // by, da, dal, dalla
  kRecipientPrep = 1ull << 10,  // to, against, on, at, a, contro, su
  kInstrumentPrep = 1ull << 11, // with, using, con, tramite
  kBetweenPrep = 1ull << 12,    // between, among, tra, fra
  kOfPrep = 1ull << 13,         // of, di, del, della
  kPlacePrep = 1ull << 14,      // in, near, at, nel, vicino, presso
  kClauseBreak = 1ull << 15,    // ; : while, but, mentre, ma, perché
  kRelative = 1ull << 16,       // which, who, that, che, cui
  kCoordinator = 1ull << 17,    // and, or, e, o, ","
  kDeterminer = 1ull << 18,     // the, a, an, il, la, un, una, its, suo
  kSubjectPronoun = 1ull << 19, // it, they, he, she, we
  kDead = 1ull << 20,           // killed, dead, morti, uccisi, vittime
  kInjured = 1ull << 21,        // wounded, injured, feriti
  kApproximately = 1ull << 22,  // at least, almeno, some, circa, oltre
  kNumber = 1ull << 23,         // one .. twenty, hundred, dozen (value)
  kMonth = 1ull << 24,          // value 1..12
  kWeekday = 1ull << 25,        // value 1 (Monday) .. 7
  kRelativeDay = 1ull << 26,    // yesterday, ieri, today, oggi, tomorrow (value: day offset)
  kDayPart = 1ull << 27,        // morning, mattina, night, notte, dawn, alba
  kTimeLead = 1ull << 28,       // last, next, scorso, prossimo, early, late (value: -1 / +1 / 0)
  kTroops = 1ull << 29,         // troops, soldiers, truppe, soldati, forces
  kDiplomats = 1ull << 30,      // ambassador, diplomats, ambasciatore
  kPrisoners = 1ull << 31,      // prisoners, hostages, detainees, ostaggi
  kDocument = 1ull << 32,       // statement, report, video, dichiarazione
  kMoney = 1ull << 33,          // dollars, euro, loan, funds, miliardi
  kHumanitarian = 1ull << 34,   // humanitarian, food, medicine, umanitari
  kMilitaryWord = 1ull << 35,   // military, arms, weapons, militare, armi
  kPersonNoun = 1ull << 36,     // civilians, people, gunmen, civili, persone
  kPlaceNoun = 1ull << 37,      // hospital, school, market, ospedale, scuola
  kLightVerb = 1ull << 38,      // launch, carry out, conduct, sferrare, condurre
  kEmbedMarker = 1ull << 39,    // to, di, a, che, for: introduces an embedded event
  kSanctionsWord = 1ull << 40,  // sanctions, embargo (as an object: "lift sanctions")
  kTerritoryWord = 1ull << 41,  // city, town, village, territory, città, territorio
  kYearUnit = 1ull << 42,       // years, anni (for "three years ago")
  kPeriod = 1ull << 43,         // week, settimana, month, mese, year, anno (value: days)
  kAerialWord = 1ull << 44,     // air, aerial, aereo: an attack from the air
  kNounModifier = 1ull << 45,   // "UN [investigators]", "foreign [ministers]", "servizi [segreti]"
  kBenefitPrep = 1ull << 46,    // for, per: "aid for Ukraine"
  kAlongWith = 1ull << 47,      // together, alongside, insieme: "insieme alla Danimarca"
  kWeaponNoun = 1ull << 48,     // weapons, arms, crossbow, armi: a weapon without a name
  kQuantity = 1ull << 49,       // dozens, hundreds, decine: "dozens of drones"
  kSourcePrep = 1ull << 50,     // from: "accusations from Moscow"
  kPlotNoun = 1ull << 51,       // plot, plan, complotto: "a plot to bomb"
  kClaim = 1ull << 52,          // responsibility, rivendicato: who claims an attack
  kRuleOut = 1ull << 53,        // rule (out), escludere: "did not rule out"
  kTargetPrep = 1ull << 54,     // on, against, contro, su: a place an attack aims at
  kDecisionNoun = 1ull << 55,   // decision, move, decisione: "the government's decision to suspend"
  // Not in the data: set at run time from the mentions (bits 56-58).
  kWeaponMention = 1ull << 56,
  kPlaceMention = 1ull << 57,
  kActorMention = 1ull << 58,
  kAuthorVerb = 1ull << 59,     // decided, ordered, deciso, ordinato: "la sospensione decisa dal governo"
};

// Every class of preposition.
constexpr uint64_t kPrepositions = kAgentPrep | kRecipientPrep | kInstrumentPrep | kBetweenPrep | kOfPrep |
                                   kPlacePrep | kReportPrep | kBenefitPrep | kSourcePrep | kTargetPrep;

// Parses a class name of the data files ("negation", "place_prep" ...); 0 if unknown.
uint64_t parse_word_class(std::string_view name);

enum TriggerFlag : uint16_t {
  kSymmetric = 1 << 0,      // every party is an actor ("talks", "clashes")
  kCasualty = 1 << 1,       // "killed", "uccisi": folds into an attack of the same sentence
  kNeedsWeapon = 1 << 2,    // only with a weapon mention in the clause ("fired", "lanciato")
  kWeak = 1 << 3,           // often not an event: lower confidence
  kIntransitive = 1 << 4,   // "exploded", "è esploso": its subject undergoes it
  kHost = 1 << 5,           // "hosted", "ha ricevuto": the subject hosts, the object visits
  kNeedsAgent = 1 << 6,     // kept only with an actor or an instrument ("colpito dalla crisi")
  kUndergone = 1 << 7,      // its subject is what it happens to ("the vehicle hit a mine")
};

enum class PartOfSpeech : uint8_t { kAny = 0, kNoun, kVerb };
enum class Embedding : uint8_t { kNone = 0, kObject, kSubject };  // who acts in "asks X to ..." / "agreed to ..."

// One row of data/events/triggers.tsv.
struct TriggerRule {
  EventType type = EventType::kNone;
  Lang lang = Lang::kAny;
  PartOfSpeech pos = PartOfSpeech::kAny;
  Embedding embedding = Embedding::kNone;
  Modality embedded_modality = Modality::kAsserted;  // of the event it embeds
  Role of_role = Role::kActor;          // "X of Y" / "X di Y" after a nominal trigger
  Role object_role = Role::kRecipient;  // what follows a verbal trigger
  uint16_t flags = 0;
  uint64_t when_object = 0;  // WordClass bits: applies only when what follows has one
  std::string_view modes;    // comma-separated PLOVER modes
  std::string_view label;    // plain words for readers
  std::string_view next;     // folded words that must follow, space-separated
  std::string_view prev;     // one of these folded words must come right before ("|")
  std::string_view near;     // one of these folded words within 4 tokens ("|")
  std::string_view unless;   // none of these folded words within the next 3 tokens ("|")

  // Rules with more conditions win over plainer ones for the same word.
  int specificity() const {
    return (next.empty() ? 0 : 4) + (prev.empty() ? 0 : 4) + (near.empty() ? 0 : 2) +
           (when_object ? 2 : 0) + ((flags & kNeedsWeapon) ? 1 : 0) + (pos != PartOfSpeech::kAny ? 1 : 0);
  }
};

struct WordInfo {
  uint64_t classes = 0;
  int32_t value = 0;  // a number's value, a month, a weekday, a day offset
  // The trigger rules keyed by the word itself (EventData::rules_of), found with
  // its classes so that a word is hashed once. (16 bytes in all: one is kept per
  // token of a document.)
  uint16_t rules_first = 0;
  uint16_t rules_count = 0;
};

class EventData {
 public:
  EventData() = default;
  // The rules hold views into strings_: moved, never copied.
  EventData(const EventData&) = delete;
  EventData& operator=(const EventData&) = delete;
  EventData(EventData&&) = default;
  EventData& operator=(EventData&&) = default;

  // Returns false and sets *error when blob is not event data of this format.
  bool load(std::string_view blob, std::string* error);
  bool empty() const { return rules_.empty(); }

  // The classes of a folded word in a language (zero classes when unknown).
  WordInfo word(Lang lang, std::string_view folded) const;
  WordInfo word_by_hash(uint64_t hash) const;  // hash: event_key_hash(lang, 'w', folded)
  void prefetch_word(uint64_t hash) const;     // a hint that word_by_hash(hash) follows
  // Rules keyed by a folded word itself, or by a stem.
  struct Rules { const uint16_t* begin; const uint16_t* end; bool empty() const { return begin == end; } };
  Rules rules_for_word(Lang lang, std::string_view folded) const { return rules_of(word(lang, folded)); }
  Rules rules_of(const WordInfo& w) const {
    return {rule_lists_.data() + w.rules_first, rule_lists_.data() + w.rules_first + w.rules_count};
  }
  Rules rules_for_stem(Lang lang, std::string_view stem) const;
  // False when no trigger stem starts like this word: then it need not be stemmed.
  bool may_have_stem(Lang lang, std::string_view folded) const;
  const TriggerRule& rule(uint16_t index) const { return rules_[index]; }

 public:
  struct Key { uint64_t hash; uint32_t first, count; };  // into rule_lists_ or words_
  // A word's classes and its rules, found in one probe.
  struct WordKey {
    uint64_t hash;
    uint16_t rules_first;
    uint16_t rules_count;
    uint16_t word;  // into words_, kNoWord when the word has rules only
  };
  static constexpr uint16_t kNoWord = 0xFFFF;

 private:
  const Key* find(const std::vector<Key>& table, uint64_t hash) const;
  void build_word_table(const std::vector<Key>& words, const std::vector<Key>& word_rules);
  std::vector<std::string> strings_;  // the rules' texts (modes, labels, words around)
  std::vector<TriggerRule> rules_;
  std::vector<uint16_t> rule_lists_;
  std::vector<WordInfo> words_;
  std::vector<WordKey> word_keys_;  // open addressing, hash 0 = empty
  std::vector<Key> stem_keys_;       // likewise
  std::vector<uint64_t> stem_prefixes_;  // bit set over hashes of (lang, first 4 bytes)
};

// The word info of every token of a document, in one lookup each, from the hashes of
// the tokens' folded forms (hash_string: the tagger's features hold them already).
void classify_words(const EventData& data, Lang lang, const std::vector<uint64_t>& word_hashes,
                    std::vector<WordInfo>& out);

// Italian "è" folds to "e" ("and"), whose classes the lookup gives it: the verb is
// told apart by its accent (or "e'") and made an auxiliary ("è stato colpito", "è saltato").
void mark_accented_e(const std::vector<std::string_view>& raw, std::vector<WordInfo>& words);

// What the compiler writes: rules, (lang, word) -> classes, (lang, word or stem) -> rules.
struct EventDataRows {
  std::vector<TriggerRule> rules;
  struct Word { Lang lang; std::string folded; WordInfo info; };
  std::vector<Word> words;
  enum class KeyKind : uint8_t { kWord = 0, kStem = 1, kLemma = 2 };  // a lemma stands for its verb forms
  struct RuleKey { Lang lang; std::string text; KeyKind kind; std::vector<uint16_t> rules; };
  std::vector<RuleKey> keys;
};
std::string serialize_event_data(const EventDataRows& rows);

// Whether word is a derivation of its stem rather than an inflection: "supporters",
// "investigators", "several" ("sever"), "executive", "collaboratori", "sostenibile".
// Such a word matches a trigger only when the data lists it, never by its stem.
bool is_derived_word(Lang lang, std::string_view word, std::string_view stem);

// The key hash of a word or stem in a language (shared by compiler and loader).
uint64_t event_key_hash(Lang lang, char kind, std::string_view text);
// The same key from hash_string(text).
uint64_t event_key_of(Lang lang, char kind, uint64_t text_hash);
// The 4-byte prefix a stem filter uses; stems shorter than that are keyed as words.
constexpr size_t kStemPrefix = 4;

}  // namespace annotator
