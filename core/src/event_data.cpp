#include "event_data.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>
#include <string>
#include <tuple>
#include <utility>

#include "hash.h"
#include "inflect.h"
#include "varint.h"

namespace annotator {
namespace {

// File: "AEVT", varint version, strings (count, then length + bytes each), rules,
// words (lang, folded text, classes, value), rule keys (word, stem or verb lemma,
// lang, text, rule indices). Every count is checked against the bytes left, so a corrupt
// file gives an error, never a huge allocation.
constexpr std::string_view kMagic = "AEVT";
constexpr uint64_t kVersion = 3;  // 3: rules, words and keys in columns, texts front-coded, class masks in a table

constexpr std::pair<std::string_view, uint64_t> kClassNames[] = {
    {"negation", kNegation}, {"hypothetical", kHypothetical}, {"future", kFuture},
    {"attempted", kAttempted}, {"historical", kHistorical}, {"report_prep", kReportPrep},
    {"say_verb", kSayVerb}, {"passive_aux", kPassiveAux}, {"perfect_aux", kPerfectAux},
    {"agent_prep", kAgentPrep}, {"recipient_prep", kRecipientPrep}, {"instrument_prep", kInstrumentPrep},
    {"between_prep", kBetweenPrep}, {"of_prep", kOfPrep}, {"place_prep", kPlacePrep},
    {"clause_break", kClauseBreak}, {"relative", kRelative}, {"coordinator", kCoordinator},
    {"determiner", kDeterminer}, {"subject_pronoun", kSubjectPronoun}, {"dead", kDead},
    {"injured", kInjured}, {"approximately", kApproximately}, {"number", kNumber}, {"month", kMonth},
    {"weekday", kWeekday}, {"relative_day", kRelativeDay}, {"day_part", kDayPart},
    {"time_lead", kTimeLead}, {"troops", kTroops}, {"diplomats", kDiplomats},
    {"prisoners", kPrisoners}, {"document", kDocument}, {"money", kMoney},
    {"humanitarian", kHumanitarian}, {"military", kMilitaryWord}, {"person_noun", kPersonNoun},
    {"place_noun", kPlaceNoun}, {"light_verb", kLightVerb}, {"embed_marker", kEmbedMarker},
    {"sanctions", kSanctionsWord}, {"territory", kTerritoryWord}, {"year_unit", kYearUnit}, {"period", kPeriod}, {"aerial", kAerialWord}, {"np_modifier", kNounModifier}, {"benefit_prep", kBenefitPrep},
    {"along_with", kAlongWith}, {"weapon_noun", kWeaponNoun}, {"quantity", kQuantity},
    {"source_prep", kSourcePrep}, {"plot", kPlotNoun}, {"claim", kClaim}, {"rule_out", kRuleOut}, {"target_prep", kTargetPrep},
    {"decision", kDecisionNoun}, {"author_verb", kAuthorVerb},
    {"weapon", kWeaponMention}, {"place", kPlaceMention}, {"actor", kActorMention},
};

// Open addressing, at most half full; a slot with hash 0 is empty.
template <typename Key>
std::vector<Key> hash_table(const std::vector<Key>& keys) {
  size_t size = 16;
  while (size < 2 * (keys.size() + 1)) size *= 2;
  std::vector<Key> table(size, Key{0, 0, 0});
  for (const Key& k : keys) {
    size_t slot = k.hash & (size - 1);
    while (table[slot].hash != 0 && table[slot].hash != k.hash) slot = (slot + 1) & (size - 1);
    table[slot] = k;
  }
  return table;
}

// Keys of one word from several rows (a listed form and a verb's generated one) become one key.
std::vector<EventData::Key> merge_same_words(std::vector<EventData::Key> keys, std::vector<uint16_t>& lists) {
  std::sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.hash < b.hash; });
  std::vector<EventData::Key> out;
  for (size_t i = 0; i < keys.size();) {
    size_t j = i + 1;
    while (j < keys.size() && keys[j].hash == keys[i].hash) ++j;
    if (j == i + 1) {
      out.push_back(keys[i]);
    } else {
      EventData::Key merged{keys[i].hash, static_cast<uint32_t>(lists.size()), 0};
      for (size_t k = i; k < j; ++k)
        for (uint32_t r = keys[k].first; r < keys[k].first + keys[k].count; ++r) {
          const uint16_t rule = lists[r];
          if (std::find(lists.begin() + merged.first, lists.end(), rule) == lists.end()) lists.push_back(rule);
        }
      merged.count = static_cast<uint32_t>(lists.size()) - merged.first;
      out.push_back(merged);
    }
    i = j;
  }
  return out;
}

uint64_t prefix_bit(Lang lang, std::string_view word) {
  return Hasher(static_cast<uint64_t>(lang)).add(word.substr(0, kStemPrefix)).value() & 0xFFFF;
}

void put_string(std::string& out, std::string_view s) {
  put_varint(out, s.size());
  out.append(s);
}

// Texts in sorted order share their beginnings: each is written as the length it
// shares with the text before and the rest ("attacca", "attaccare" -> 7 + "re").
void put_front_coded(std::string& out, std::string_view previous, std::string_view s) {
  size_t shared = 0;
  while (shared < previous.size() && shared < s.size() && previous[shared] == s[shared]) ++shared;
  put_varint(out, shared);
  put_string(out, s.substr(shared));
}

// Reads what put_front_coded wrote into text (which holds the text before).
bool read_front_coded(VarintReader& r, std::string& text) {
  const uint64_t shared = r.varint();
  if (shared > text.size()) return false;
  text.resize(static_cast<size_t>(shared));
  text.append(r.bytes(r.varint()));
  return r.ok;
}

}  // namespace

uint64_t parse_word_class(std::string_view name) {
  for (const auto& [n, bit] : kClassNames)
    if (n == name) return bit;
  return 0;
}

bool is_derived_word(Lang lang, std::string_view word, std::string_view stem) {
  // Endings that make agents, qualities, adjectives and adverbs (never inflections).
  static constexpr std::string_view kEnglish[] = {"er", "ers", "or", "ors", "ist", "ists", "ant", "ants", "ive", "ives",
                                                  "ly", "ity", "ities", "able", "ible", "al", "als", "ence", "ences",
                                                  "ance", "ances", "ment", "ments", "ful", "ous", "ism", "ship", "ee", "ees"};
  static constexpr std::string_view kItalian[] = {"ore", "ori", "rice", "rici", "ista", "isti", "iste", "ante", "anti",
                                                  "ente", "enti", "mente", "abile", "abili", "ibile", "ibili", "ivo",
                                                  "iva", "ivi", "ive", "ismo", "ismi", "ezza", "ezze"};
  size_t common = 0;
  while (common < word.size() && common < stem.size() && word[common] == stem[common]) ++common;
  const std::string_view suffix = word.substr(common);
  const auto ends_with = [&](std::string_view e) {
    return suffix.size() >= e.size() && suffix.substr(suffix.size() - e.size()) == e;
  };
  if (lang == Lang::kItalian) {
    for (std::string_view e : kItalian) if (ends_with(e)) return true;
  } else {
    for (std::string_view e : kEnglish) if (ends_with(e)) return true;
  }
  return false;
}

uint64_t event_key_of(Lang lang, char kind, uint64_t text_hash) {
  const uint64_t salt = (static_cast<uint64_t>(lang) << 8 | static_cast<unsigned char>(kind)) + 1;
  uint64_t h = text_hash ^ salt * 0x9E3779B97F4A7C15ULL;  // each step is one to one
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h == 0 ? 1 : h;
}

uint64_t event_key_hash(Lang lang, char kind, std::string_view text) {
  return event_key_of(lang, kind, hash_string(text));
}

bool EventData::load(std::string_view blob, std::string* error) {
  const auto fail = [&](const char* what) {
    *error = std::string("event data: ") + what;
    rules_.clear();
    return false;
  };
  if (blob.substr(0, 4) != kMagic) return fail("not an event data file");
  VarintReader r(blob.substr(4));
  if (r.varint() != kVersion) return fail("unsupported version");
  // Every item takes at least one byte: a count beyond the bytes left is corrupt.
  const auto count = [&](size_t limit) {
    const uint64_t n = r.varint();
    if (n > limit) r.ok = false;
    return r.ok ? static_cast<size_t>(n) : 0;
  };
  // The strings are front-coded: they are rebuilt into strings_, which the rules
  // point into (it is not resized after this).
  strings_.assign(count(blob.size()), std::string());
  std::string text;
  for (std::string& s : strings_) {
    if (!r.ok || !read_front_coded(r, text)) { r.ok = false; break; }
    s = text;
  }
  const auto string_at = [&]() {
    const uint64_t i = r.varint();
    if (i >= strings_.size()) { r.ok = false; return std::string_view(); }
    return std::string_view(strings_[i]);
  };
  rules_.assign(count(blob.size()), TriggerRule{});
  for (TriggerRule& rule : rules_) rule.type = static_cast<EventType>(r.varint());
  for (TriggerRule& rule : rules_) rule.lang = static_cast<Lang>(r.varint());
  for (TriggerRule& rule : rules_) rule.pos = static_cast<PartOfSpeech>(r.varint());
  for (TriggerRule& rule : rules_) rule.embedding = static_cast<Embedding>(r.varint());
  for (TriggerRule& rule : rules_) rule.embedded_modality = static_cast<Modality>(r.varint());
  for (TriggerRule& rule : rules_) rule.of_role = static_cast<Role>(r.varint());
  for (TriggerRule& rule : rules_) rule.object_role = static_cast<Role>(r.varint());
  for (TriggerRule& rule : rules_) rule.flags = static_cast<uint16_t>(r.varint());
  for (TriggerRule& rule : rules_) rule.when_object = r.varint();
  for (TriggerRule& rule : rules_) rule.modes = string_at();
  for (TriggerRule& rule : rules_) rule.label = string_at();
  for (TriggerRule& rule : rules_) rule.next = string_at();
  for (TriggerRule& rule : rules_) rule.prev = string_at();
  for (TriggerRule& rule : rules_) rule.near = string_at();
  for (TriggerRule& rule : rules_) rule.unless = string_at();
  for (const TriggerRule& rule : rules_)
    if (rule.type == EventType::kNone || rule.type >= EventType::kCount || rule.of_role >= Role::kCount ||
        rule.object_role >= Role::kCount || rule.embedded_modality >= Modality::kCount)
      r.ok = false;
  // Words and keys are stored as text (it compresses; hashes would not) and hashed here.
  std::vector<Key> words(count(blob.size()));
  words_.assign(words.size(), WordInfo{});
  std::vector<uint64_t> masks(count(blob.size()));
  for (uint64_t& m : masks) m = r.varint();
  std::vector<Lang> langs(words.size());
  for (Lang& lang : langs) lang = static_cast<Lang>(r.varint());
  text.clear();
  for (size_t i = 0; i < words.size() && r.ok; ++i) {
    if (!read_front_coded(r, text)) r.ok = false;
    words[i] = Key{event_key_hash(langs[i], 'w', text), static_cast<uint32_t>(i), 1};
  }
  for (WordInfo& w : words_) {
    const uint64_t m = r.varint();
    if (m >= masks.size()) { r.ok = false; break; }
    w.classes = masks[m];
  }
  for (WordInfo& w : words_) w.value = static_cast<int32_t>(unzigzag(r.varint()));
  std::vector<Key> word_rules, stems;
  rule_lists_.clear();
  stem_prefixes_.assign(1024, 0);
  const size_t keys = count(blob.size());
  std::vector<uint64_t> kinds(keys);
  for (uint64_t& k : kinds) k = r.varint();
  std::vector<std::string> texts(keys);
  text.clear();
  for (std::string& t : texts) {
    if (!r.ok || !read_front_coded(r, text)) { r.ok = false; break; }
    t = text;
  }
  for (size_t k = 0; k < keys && r.ok; ++k) {
    const auto kind = static_cast<EventDataRows::KeyKind>(kinds[k] / 4);
    const auto lang = static_cast<Lang>(kinds[k] % 4);
    const std::string_view text_k = texts[k];
    const auto first = static_cast<uint32_t>(rule_lists_.size());
    const auto rules = static_cast<uint32_t>(count(rules_.size()));
    for (uint32_t j = 0; j < rules; ++j) {
      const uint64_t rule = r.varint();
      if (rule >= rules_.size()) r.ok = false;
      rule_lists_.push_back(static_cast<uint16_t>(rule));
    }
    switch (kind) {
      case EventDataRows::KeyKind::kStem: {
        stems.push_back(Key{event_key_hash(lang, 's', text_k), first, rules});
        const uint64_t bit = prefix_bit(lang, text_k);
        stem_prefixes_[bit / 64] |= 1ull << (bit % 64);
        break;
      }
      case EventDataRows::KeyKind::kLemma:
        for (const std::string& form : lang == Lang::kItalian ? italian_verb_forms(std::string(text_k))
                                                              : english_verb_forms(std::string(text_k)))
          word_rules.push_back(Key{event_key_hash(lang, 'w', form), first, rules});
        break;
      case EventDataRows::KeyKind::kWord:
        word_rules.push_back(Key{event_key_hash(lang, 'w', text_k), first, rules});
        break;
      default:
        r.ok = false;
    }
  }
  if (!r.ok || !r.at_end()) return fail("truncated or corrupt");
  if (words_.size() >= kNoWord) return fail("too many words");
  const std::vector<Key> merged = merge_same_words(std::move(word_rules), rule_lists_);
  if (rule_lists_.size() > UINT16_MAX) return fail("too many rule lists");  // WordInfo keeps 16 bits
  build_word_table(words, merged);
  stem_keys_ = hash_table(stems);
  return true;
}

// Every token of a text is looked up here: one table for both kinds of word
// keys, at most three quarters full, is one probe in less memory than two tables.
void EventData::build_word_table(const std::vector<Key>& words, const std::vector<Key>& word_rules) {
  std::vector<WordKey> keys;
  for (const Key& w : words) keys.push_back(WordKey{w.hash, 0, 0, static_cast<uint16_t>(w.first)});
  for (const Key& r : word_rules) keys.push_back(WordKey{r.hash, static_cast<uint16_t>(r.first), static_cast<uint16_t>(r.count), kNoWord});
  std::stable_sort(keys.begin(), keys.end(), [](const WordKey& a, const WordKey& b) { return a.hash < b.hash; });
  size_t size = 16;
  while (size * 3 < 4 * (keys.size() + 1)) size *= 2;
  word_keys_.assign(size, WordKey{0, 0, 0, kNoWord});
  for (size_t i = 0; i < keys.size(); ++i) {
    WordKey k = keys[i];
    for (; i + 1 < keys.size() && keys[i + 1].hash == k.hash; ++i) {  // a word with classes and rules
      const WordKey& next = keys[i + 1];
      if (next.word != kNoWord) k.word = next.word;
      else { k.rules_first = next.rules_first; k.rules_count = next.rules_count; }
    }
    size_t slot = k.hash & (size - 1);
    while (word_keys_[slot].hash != 0) slot = (slot + 1) & (size - 1);
    word_keys_[slot] = k;
  }
}

const EventData::Key* EventData::find(const std::vector<Key>& table, uint64_t hash) const {
  if (table.empty()) return nullptr;
  const size_t mask = table.size() - 1;
  for (size_t slot = hash & mask; table[slot].hash != 0; slot = (slot + 1) & mask)
    if (table[slot].hash == hash) return &table[slot];
  return nullptr;
}

WordInfo EventData::word(Lang lang, std::string_view folded) const {
  return word_by_hash(event_key_hash(lang, 'w', folded));
}

WordInfo EventData::word_by_hash(uint64_t hash) const {
  if (word_keys_.empty()) return WordInfo{};
  const size_t mask = word_keys_.size() - 1;
  for (size_t slot = hash & mask; word_keys_[slot].hash != 0; slot = (slot + 1) & mask) {
    const WordKey& k = word_keys_[slot];
    if (k.hash != hash) continue;
    WordInfo out = k.word == kNoWord ? WordInfo{} : words_[k.word];
    out.rules_first = k.rules_first;
    out.rules_count = k.rules_count;
    return out;
  }
  return WordInfo{};
}

void EventData::prefetch_word(uint64_t hash) const {
#if defined(__GNUC__) || defined(__clang__)
  if (!word_keys_.empty()) __builtin_prefetch(&word_keys_[hash & (word_keys_.size() - 1)]);
#else
  (void)hash;
#endif
}

EventData::Rules EventData::rules_for_stem(Lang lang, std::string_view stem) const {
  const Key* k = find(stem_keys_, event_key_hash(lang, 's', stem));
  if (!k) return {nullptr, nullptr};
  return {rule_lists_.data() + k->first, rule_lists_.data() + k->first + k->count};
}

bool EventData::may_have_stem(Lang lang, std::string_view folded) const {
  if (folded.size() < kStemPrefix || stem_prefixes_.empty()) return false;
  const uint64_t bit = prefix_bit(lang, folded);
  return (stem_prefixes_[bit / 64] >> (bit % 64)) & 1;
}

// Every token is looked up in a table larger than the first cache levels: the
// slots of a block of tokens are requested before any is read, so that their
// loads overlap (a third of this stage's time went to waiting for them).
void classify_words(const EventData& data, Lang lang, const std::vector<uint64_t>& word_hashes,
                    std::vector<WordInfo>& out) {
  constexpr size_t kBlock = 16;
  uint64_t hashes[kBlock];
  out.resize(word_hashes.size());
  for (size_t first = 0; first < word_hashes.size(); first += kBlock) {
    const size_t n = std::min(kBlock, word_hashes.size() - first);
    for (size_t j = 0; j < n; ++j) {
      hashes[j] = event_key_of(lang, 'w', word_hashes[first + j]);
      data.prefetch_word(hashes[j]);
    }
    for (size_t j = 0; j < n; ++j) out[first + j] = data.word_by_hash(hashes[j]);
  }
}

void mark_accented_e(const std::vector<std::string_view>& raw, std::vector<WordInfo>& words) {
  for (size_t i = 0; i < words.size() && i < raw.size(); ++i) {
    // (also written "e'" / "E'", the accent as an apostrophe)
    const bool apostrophe = (raw[i] == "e" || raw[i] == "E") && i + 1 < raw.size() &&
                            (raw[i + 1] == "'" || raw[i + 1] == "\u2019");
    if (raw[i] == "\u00e8" || raw[i] == "\u00c8" || apostrophe) words[i] = WordInfo{kPassiveAux, 0, 0, 0};
  }
}

std::string serialize_event_data(const EventDataRows& rows) {
  // The rules' strings, sorted (front-coded below) and referred to by their index.
  std::map<std::string_view, uint64_t> ids;
  for (const TriggerRule& rule : rows.rules)
    for (std::string_view s : {rule.modes, rule.label, rule.next, rule.prev, rule.near, rule.unless}) ids.emplace(s, 0);
  std::vector<std::string_view> strings;
  for (auto& [text, id] : ids) {
    id = strings.size();
    strings.push_back(text);
  }
  // The rules, one field after another for all of them.
  std::string body;
  put_varint(body, rows.rules.size());
  const auto column = [&](auto field) {
    for (const TriggerRule& rule : rows.rules) put_varint(body, field(rule));
  };
  column([](const TriggerRule& r) { return static_cast<uint64_t>(r.type); });
  column([](const TriggerRule& r) { return static_cast<uint64_t>(r.lang); });
  column([](const TriggerRule& r) { return static_cast<uint64_t>(r.pos); });
  column([](const TriggerRule& r) { return static_cast<uint64_t>(r.embedding); });
  column([](const TriggerRule& r) { return static_cast<uint64_t>(r.embedded_modality); });
  column([](const TriggerRule& r) { return static_cast<uint64_t>(r.of_role); });
  column([](const TriggerRule& r) { return static_cast<uint64_t>(r.object_role); });
  column([](const TriggerRule& r) { return static_cast<uint64_t>(r.flags); });
  column([](const TriggerRule& r) { return r.when_object; });
  column([&](const TriggerRule& r) { return ids.at(r.modes); });
  column([&](const TriggerRule& r) { return ids.at(r.label); });
  column([&](const TriggerRule& r) { return ids.at(r.next); });
  column([&](const TriggerRule& r) { return ids.at(r.prev); });
  column([&](const TriggerRule& r) { return ids.at(r.near); });
  column([&](const TriggerRule& r) { return ids.at(r.unless); });
  // Words, one column after another (alike values side by side compress better):
  // languages, front-coded texts, indexes into a table of the class masks, values.
  std::vector<const EventDataRows::Word*> words;
  for (const auto& w : rows.words) words.push_back(&w);
  std::sort(words.begin(), words.end(), [](const auto* a, const auto* b) {
    return std::tie(a->lang, a->folded) < std::tie(b->lang, b->folded);
  });
  std::vector<uint64_t> masks;
  for (const auto* w : words) masks.push_back(w->info.classes);
  std::sort(masks.begin(), masks.end());
  masks.erase(std::unique(masks.begin(), masks.end()), masks.end());
  put_varint(body, words.size());
  put_varint(body, masks.size());
  for (uint64_t m : masks) put_varint(body, m);
  for (const auto* w : words) put_varint(body, static_cast<uint64_t>(w->lang));
  std::string_view previous;
  for (const auto* w : words) {
    put_front_coded(body, previous, w->folded);
    previous = w->folded;
  }
  for (const auto* w : words)
    put_varint(body, static_cast<uint64_t>(std::lower_bound(masks.begin(), masks.end(), w->info.classes) - masks.begin()));
  for (const auto* w : words) put_varint(body, zigzag(w->info.value));
  // Keys likewise: kind and language, front-coded texts, rule lists.
  std::vector<const EventDataRows::RuleKey*> keys;
  for (const auto& k : rows.keys) keys.push_back(&k);
  std::sort(keys.begin(), keys.end(), [](const auto* a, const auto* b) {
    return std::tie(a->kind, a->lang, a->text) < std::tie(b->kind, b->lang, b->text);
  });
  put_varint(body, keys.size());
  for (const auto* k : keys) put_varint(body, static_cast<uint64_t>(k->kind) * 4 + static_cast<uint64_t>(k->lang));
  previous = {};
  for (const auto* k : keys) {
    put_front_coded(body, previous, k->text);
    previous = k->text;
  }
  for (const auto* k : keys) {
    put_varint(body, k->rules.size());
    for (uint16_t rule : k->rules) put_varint(body, rule);
  }
  std::string out(kMagic);
  put_varint(out, kVersion);
  put_varint(out, strings.size());
  std::string_view previous_string;
  for (std::string_view s : strings) {
    put_front_coded(out, previous_string, s);
    previous_string = s;
  }
  out += body;
  return out;
}

}  // namespace annotator
