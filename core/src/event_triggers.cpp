#include "event_triggers.h"

#include <algorithm>

#include "event_parties.h"

namespace annotator {
namespace {

constexpr uint32_t kObjectWindow = 6;  // words after a trigger that count as "what follows"
constexpr uint32_t kNearWindow = 4;

// Calls f(word) for each '|'-separated alternative of a rule field.
template <typename F>
bool any_alternative(std::string_view field, F&& f) {
  for (size_t start = 0; start <= field.size();) {
    size_t end = field.find('|', start);
    if (end == std::string_view::npos) end = field.size();
    if (end > start && f(field.substr(start, end - start))) return true;
    start = end + 1;
  }
  return false;
}

// Whether the space-separated words follow one another from token i on.
bool words_at(const EventScope& scope, uint32_t i, std::string_view words, uint32_t* end = nullptr) {
  uint32_t k = i;
  for (size_t start = 0; start < words.size();) {
    size_t stop = words.find(' ', start);
    if (stop == std::string_view::npos) stop = words.size();
    if (k >= scope.size() || !scope.together(i, k) || scope.folded(k) != words.substr(start, stop - start))
      return false;
    ++k;
    start = stop + 1;
  }
  if (end) *end = k;
  return true;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() + 2 && s.substr(s.size() - suffix.size()) == suffix;
}

// Italian infinitives, participles and gerunds; English past forms.
bool verb_ending(const EventScope& scope, uint32_t i) {
  const std::string_view w = scope.folded(i);
  if (scope.lang() == Lang::kEnglish) return ends_with(w, "ed");
  for (std::string_view e : {"are", "ere", "ire", "ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita",
                             "iti", "ite", "ando", "endo", "ano", "ono"})
    if (ends_with(w, e)) return true;
  return false;
}

// The classes of the words after a trigger in its clause; a demonym there names
// people ("deported 200 Venezuelans").
uint64_t classes_after(const EventScope& scope, uint32_t last) {
  uint64_t out = 0;
  const uint32_t clause_end = scope.clause_last(last > 0 ? last - 1 : 0);
  uint32_t end = std::min(clause_end, last + kObjectWindow);
  bool joined = false;
  for (uint32_t k = last; k < end; ++k) {
    // "sent a field hospital and 300 tonnes of food": the object goes on after "and"
    // when another noun phrase follows (not a verb: "and placing").
    if (!joined && scope.mention_at(k) < 0 && scope.folded(k) == (scope.lang() == Lang::kItalian ? "e" : "and") &&
        k + 1 < end && (scope.is(k + 1, kDeterminer | kNumber) ||
                        scope.doc().segmentation.tokens[k + 1].kind == TokenKind::kNumber)) {
      joined = true;
      end = std::min(clause_end, k + 1 + kObjectWindow);
    }
    // A name counts as one word ("acquisterà dalla Corea del Sud altri 180 carri armati").
    if (const MentionCandidate* m = scope.mention(scope.mention_at(k)); m && m->first == k && m->last > k + 1)
      end = std::min(clause_end, end + (m->last - k - 1));
    uint64_t classes = scope.classes(k);
    // "welcomed the EU's decision": the object is what the name has, not the name.
    if (const MentionCandidate* m = scope.mention(scope.mention_at(k)); m && is_possessive(scope, m->last))
      classes &= ~(kActorMention | kPlaceMention);
    out |= classes;
    if (scope.mention_at(k) < 0 && (scope.doc().features.lexicon[k] & kDemonym)) out |= kPersonNoun;
  }
  return out;
}

// A passive's object stands before it: "ventimila bambini sono stati deportati",
// "40 migrants were deported". The classes of the words before its auxiliary, in
// its clause; 0 when the trigger is no passive.
uint64_t classes_of_passive_subject(const EventScope& scope, uint32_t i) {
  uint32_t aux = i;
  while (aux > scope.clause_first(i) && scope.is(aux - 1, kPassiveAux | kPerfectAux)) --aux;
  if (aux == i || !scope.is(i - 1, kPassiveAux)) return 0;
  uint64_t out = 0;
  for (uint32_t k = aux; k-- > scope.clause_first(i) && k + kObjectWindow > aux;) {
    out |= scope.classes(k);
    if (scope.mention_at(k) < 0 && (scope.doc().features.lexicon[k] & kDemonym)) out |= kPersonNoun;
  }
  return out;
}

bool weapon_nearby(const EventScope& scope, uint32_t i) {
  const uint32_t first = scope.clause_first(i), last = scope.clause_last(i);
  for (uint32_t k = first; k < last; ++k)
    if (scope.is(k, kWeaponMention)) return true;
  return false;
}

class RuleCheck {
 public:
  RuleCheck(const EventScope& scope, uint32_t i) : scope_(scope), i_(i) {}

  // Whether the rule holds at token i; *last is where its words end.
  bool holds(const TriggerRule& rule, uint32_t* last) const {
    uint32_t end = i_ + 1;
    if (!rule.next.empty() && !words_at(scope_, i_ + 1, rule.next, &end)) return false;
    if (!rule.prev.empty() && !(i_ > 0 && scope_.together(i_ - 1, i_) && one_of(rule.prev, scope_.folded(i_ - 1))))
      return false;
    if (!rule.near.empty() && !near(rule.near)) return false;
    if (!rule.unless.empty() && after(rule.unless, end)) return false;
    if (rule.pos == PartOfSpeech::kNoun && !nominal()) return false;
    if (rule.pos == PartOfSpeech::kVerb && nominal()) return false;
    if ((rule.flags & kNeedsWeapon) && !weapon_nearby(scope_, i_)) return false;
    if (rule.when_object && !(classes_after(scope_, end) & rule.when_object) &&
        !(classes_of_passive_subject(scope_, i_) & rule.when_object))
      return false;
    *last = end;
    return true;
  }

 private:
  static bool one_of(std::string_view alternatives, std::string_view word) {
    return any_alternative(alternatives, [&](std::string_view a) { return a == word; });
  }
  bool near(std::string_view alternatives) const {
    const uint32_t first = i_ > kNearWindow ? i_ - kNearWindow : 0;
    for (uint32_t k = first; k <= i_ + kNearWindow && k < scope_.size(); ++k)
      if (k != i_ && scope_.together(i_, k) && one_of(alternatives, scope_.folded(k))) return true;
    return false;
  }
  // Whether one of the alternatives (each one or more words) starts within three words after end - 1.
  bool after(std::string_view alternatives, uint32_t end) const {
    return any_alternative(alternatives, [&](std::string_view words) {
      for (uint32_t k = end; k < end + 3; ++k)
        if (words_at(scope_, k, words)) return true;
      return false;
    });
  }

  // looks_nominal at token i, asked once for all the rules of the word.
  bool nominal() const {
    if (nominal_ < 0) nominal_ = looks_nominal(scope_, i_) ? 1 : 0;
    return nominal_ == 1;
  }

  const EventScope& scope_;
  uint32_t i_;
  mutable int8_t nominal_ = -1;
};

// Small words of closed classes, which no stem names: they need not be stemmed.
constexpr uint64_t kClosedClass = kPrepositions | kDeterminer | kCoordinator | kRelative | kSubjectPronoun |
                                  kPassiveAux | kPerfectAux | kNegation | kMonth | kWeekday;

// The rules keyed by a word's stem. Words repeat in a text: what a word gave is
// kept (by the word's hash, as the event data's words are found) for the next
// time it is seen, in a table that grows with the text up to a bound.
class StemRules {
 public:
  StemRules(const EventData& data, Stemmer& stemmer, const EventScope& scope)
      : data_(data), stemmer_(stemmer), scope_(scope), lang_(scope.lang()), slots_(table_size(scope.size())) {}

  // The rules keyed by the stem of token i.
  EventData::Rules of(uint32_t i) {
    const std::string_view word = scope_.folded(i);
    if (!data_.may_have_stem(lang_, word)) return {nullptr, nullptr};
    const uint64_t hash = event_key_of(lang_, 'w', scope_.doc().features.word_hash[i]);
    Slot& slot = slots_[hash & (slots_.size() - 1)];
    if (slot.hash == hash) return slot.rules;
    const std::string_view stem = stemmer_.stem(lang_, word);
    slot = Slot{hash, is_derived_word(lang_, word, stem) ? EventData::Rules{nullptr, nullptr}
                                                         : data_.rules_for_stem(lang_, stem)};
    return slot.rules;
  }

 private:
  // About one slot for every eight tokens (a tenth or so of the words get here).
  static size_t table_size(size_t tokens) {
    size_t size = 256;
    while (size < 8192 && size * 8 < tokens) size *= 2;
    return size;
  }
  struct Slot {
    uint64_t hash = 0;  // event_key_of the word (never 0; 0 is an empty slot)
    EventData::Rules rules{nullptr, nullptr};
  };
  const EventData& data_;
  Stemmer& stemmer_;
  const EventScope& scope_;
  Lang lang_;
  std::vector<Slot> slots_;
};

// The most specific rule that holds for token i, from those keyed by its word and its stem.
const TriggerRule* best_rule(const EventScope& scope, const EventData& data, StemRules& stems, uint32_t i,
                             uint32_t* last) {
  const WordInfo& info = scope.doc().words[i];
  EventData::Rules by_word = data.rules_of(info);
  EventData::Rules by_stem{nullptr, nullptr};
  if (!(info.classes & kClosedClass)) by_stem = stems.of(i);
  const TriggerRule* best = nullptr;
  uint16_t best_index = 0;
  const RuleCheck check(scope, i);
  // The most specific; among equals, the one written first in the data file (the
  // order of the lists themselves follows the tables' layout).
  const auto better = [&](const TriggerRule& rule, uint16_t index) {
    if (!best) return true;
    if (rule.specificity() != best->specificity()) return rule.specificity() > best->specificity();
    return index < best_index;
  };
  for (const EventData::Rules& rules : {by_word, by_stem}) {
    for (const uint16_t* r = rules.begin; r != rules.end; ++r) {
      const TriggerRule& rule = data.rule(*r);
      uint32_t end = 0;
      if (better(rule, *r) && check.holds(rule, &end)) {
        best = &rule;
        best_index = *r;
        *last = end;
      }
    }
  }
  return best;
}

// A word that may name an event: a word outside every mention, in lowercase unless
// it opens its sentence ("Attacks continued"); a capitalised word inside a sentence
// is more likely a name ("Storm", "Strike Force").
bool may_trigger(const EventScope& scope, uint32_t i) {
  if (const MentionCandidate* m = scope.mention(scope.mention_at(i))) {
    // "a plot to bomb a pop concert": a weapon's name used as a verb after "to".
    const bool verb_use = scope.lang() == Lang::kEnglish && m->category == Category::kWeapon && m->first == i &&
                          m->last == i + 1 && i > 0 && scope.folded(i - 1) == "to";
    if (!verb_use) return false;
  }
  if (scope.doc().segmentation.tokens[i].kind != TokenKind::kWord) return false;
  return !scope.capitalized(i) || i == scope.sentence_first(i) ||
         (i > 0 && scope.doc().segmentation.tokens[i - 1].kind == TokenKind::kPunctuation);
}

// "diciotto detenuti politici", "i detenuti": after a number or an article, a word
// that is both an event and a noun of people ("detenuti") names the people.
bool names_people(const EventScope& scope, uint32_t i, uint32_t last) {
  if (last != i + 1 || i == 0 || !scope.together(i - 1, i) || !scope.is(i, kPersonNoun)) return false;
  return scope.is(i - 1, kDeterminer | kNumber) || scope.doc().segmentation.tokens[i - 1].kind == TokenKind::kNumber;
}

}  // namespace

// Italian forms that are verbs wherever they stand: infinitives, gerunds, the
// future and the conditional ("ad attaccare", "inviando", "recherà", "fornirebbe").
bool clearly_a_verb(const EventScope& scope, uint32_t i) {
  if (scope.lang() != Lang::kItalian) return false;
  const std::string_view raw = scope.raw(i);
  for (std::string_view e : {"are", "ere", "ire", "arsi", "ersi", "irsi", "ando", "endo", "rà", "ranno", "rebbe",
                             "rebbero"})
    if (ends_with(raw, e)) return true;
  return false;
}

// English past forms that take no -ed.
bool irregular_past(std::string_view w) {
  for (std::string_view f : {"struck", "shot", "hit", "fought", "sent", "sold", "met", "took", "blew", "beat", "gave",
                             "led", "brought", "held", "threw", "froze", "withdrew", "overran", "stole", "spoke", "set", "tore", "ripped"})
    if (w == f) return true;
  return false;
}

// Whether the words after token i open a party with no preposition: "accusing
// Moscow", "shelled a crowded market" (the verb's object).
bool object_follows(const EventScope& scope, uint32_t i) {
  uint32_t k = i + 1;
  while (k < scope.size() && scope.together(i, k) && scope.mention_at(k) < 0 && scope.is(k, kDeterminer | kNumber) &&
         k < i + 4)
    ++k;
  Party p;
  return k < scope.size() && scope.together(i, k) && party_at(scope, k, &p) && !scope.is(k, kPrepositions);
}

// "to immediately release", "reportedly supplied": an -ly adverb stands before a
// verb (the adjectives in -ly stand before nouns: "daily strikes").
bool english_adverb(std::string_view w) {
  if (w.size() < 5 || !ends_with(w, "ly")) return false;
  for (std::string_view adjective : {"daily", "weekly", "monthly", "yearly", "early", "friendly", "family", "only",
                                     "elderly", "deadly", "costly", "lonely", "likely", "unlikely", "bloody"})
    if (w == adjective) return false;
  return true;
}

bool looks_nominal(const EventScope& scope, uint32_t i) {
  if (clearly_a_verb(scope, i)) return false;
  if (scope.lang() == Lang::kEnglish) {
    const std::string_view w = scope.folded(i);
    if (irregular_past(w)) return false;
    // "and supply them with", "to arm it": an object pronoun follows a verb.
    if (i + 1 < scope.size() && scope.together(i, i + 1)) {
      const std::string_view next = scope.folded(i + 1);
      if (next == "them" || next == "him" || next == "her" || next == "us" || next == "it") return false;
    }
    // ", arresting a 19-year-old", ", killing 16": an -ing form opening a clause after a comma.
    // "by signing an agreement": how it was done.
    if (ends_with(w, "ing") && i > 0 && scope.together(i - 1, i) &&
        (scope.folded(i - 1) == "," || scope.folded(i - 1) == "by"))
      return false;
    // "accusing Moscow of", "killing 16 people": an -ing form with an object is a verb.
    if (ends_with(w, "ing") && !(i > 0 && scope.together(i - 1, i) && scope.is(i - 1, kDeterminer)) &&
        object_follows(scope, i))
      return false;
  }
  if (i == 0 || !scope.together(i - 1, i)) return !verb_ending(scope, i);
  const uint32_t p = i - 1;
  const std::string_view before = scope.folded(p);
  // "the explosion that destroyed the dam": after a relative pronoun a past form is a verb.
  if (scope.lang() == Lang::kEnglish && (before == "that" || before == "which" || before == "who") &&
      ends_with(scope.folded(i), "ed"))
    return false;
  // "no agreement", "nessun accordo": a negation that only stands before nouns.
  if (before == "no" || before == "nessun" || before == "nessuna" || before == "alcun" || before == "alcuna") return true;
  // What comes before a verb: an auxiliary, a modal, a pronoun, "not", English "to".
  if (scope.is(p, kPerfectAux | kPassiveAux | kSubjectPronoun | kNegation | kFuture | kHypothetical | kAttempted))
    return false;
  if (scope.lang() == Lang::kEnglish && (before == "to" || english_adverb(before))) return false;
  // "Russian artillery shelled", "Israelis rallied": a weapon or a people, then a past form.
  if (scope.lang() == Lang::kEnglish && ends_with(scope.folded(i), "ed") &&
      (scope.is(p, kWeaponMention) || (scope.doc().features.lexicon[p] & kDemonym)))
    return false;
  if (scope.is(p, kDeterminer | kOfPrep | kRecipientPrep | kPlacePrep | kInstrumentPrep | kBetweenPrep |
                      kAgentPrep | kNumber | kWeaponMention))
    return true;
  // "the ASEAN meeting", "a Hamas attack": a name after an article qualifies the noun
  // after it (but "the Kremlin warns", "the Taliban attacked").
  if (scope.lang() == Lang::kEnglish && scope.is(p, kActorMention)) {
    const uint32_t name = scope.mention(scope.mention_at(p))->first;
    const std::string_view w = scope.folded(i);
    if (name > 0 && scope.together(name - 1, i) && scope.is(name - 1, kDeterminer) && !ends_with(w, "ed") &&
        w.back() != 's')
      return true;
  }
  // "Russia's attack", "a Russian attack"; an Italian demonym ends the phrase before
  // it ("diplomatici russi accusati di spionaggio").
  if (before == "'s" || (scope.lang() == Lang::kEnglish && (scope.doc().features.lexicon[p] & kDemonym))) return true;
  return !verb_ending(scope, i) && !scope.is(p, kActorMention);
}

void find_triggers(const EventScope& scope, const EventData& data, Stemmer& stemmer, std::vector<TriggerHit>& out) {
  out.clear();
  StemRules stems(data, stemmer, scope);
  for (uint32_t i = 0; i < scope.size(); ++i) {
    if (!may_trigger(scope, i)) continue;
    uint32_t last = i + 1;
    const TriggerRule* rule = best_rule(scope, data, stems, i, &last);
    if (!rule || names_people(scope, i, last)) continue;
    TriggerHit hit;
    hit.first = i;
    hit.last = last;
    hit.rule = rule;
    hit.nominal = rule->pos == PartOfSpeech::kNoun || (rule->pos == PartOfSpeech::kAny && looks_nominal(scope, i));
    hit.object_classes = classes_after(scope, last);
    out.push_back(hit);
    i = last - 1;
  }
  // "launched an attack", "ha sferrato un attacco": a light verb gives way to the event noun after it.
  std::vector<TriggerHit> kept;
  kept.reserve(out.size());
  for (size_t k = 0; k < out.size(); ++k) {
    const TriggerHit& hit = out[k];
    const bool next_close = k + 1 < out.size() && out[k + 1].first < hit.last + 4 && scope.together(hit.first, out[k + 1].first);
    const bool light = next_close && scope.is(hit.first, kLightVerb);
    // "ha concesso un'amnistia", "held talks": a verb before a noun of its own
    // category names the same event, which the noun says better (not for aid:
    // "inviato aiuti" is the sending).
    bool object_between = true;  // only articles and modifiers: the noun is the verb's object
    for (uint32_t t = hit.last; next_close && t < out[k + 1].first; ++t)
      object_between = object_between && scope.is(t, kDeterminer | kNumber | kNounModifier);
    // ("released in exchange for": a phrase opening with a preposition is no object.)
    object_between = object_between && next_close && !scope.is(out[k + 1].first, kPrepositions);
    // (Not a host: "hosted talks" names who hosted them, which fold_hosts_into_talks keeps.)
    const bool same_as_noun = next_close && object_between && !hit.nominal && out[k + 1].nominal &&
                              out[k + 1].rule->type == hit.rule->type && hit.rule->type != EventType::kAid &&
                              !(hit.rule->flags & kHost);
    if (!light && !same_as_noun) kept.push_back(hit);
  }
  out.swap(kept);
}

}  // namespace annotator
