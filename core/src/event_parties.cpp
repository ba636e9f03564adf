#include "event_parties.h"

#include <algorithm>

namespace annotator {
namespace {

constexpr uint64_t kPrepositions = kAgentPrep | kRecipientPrep | kInstrumentPrep | kBetweenPrep | kOfPrep |
                                   kPlacePrep | kReportPrep | kBenefitPrep;
constexpr uint32_t kLongestPhrase = 6;

bool has_entry(const Document& doc, uint32_t k, EntryKind kind) {
  for (uint32_t i = doc.match_start[k]; i < doc.match_start[k + 1]; ++i)
    for (const LexiconEntry* e = doc.matches[i].entries.begin; e != doc.matches[i].entries.end; ++e)
      if (e->kind == kind && doc.matches[i].count == 1) return true;
  return false;
}

// A noun of people: the event data's ("civilians", "gunmen"), a role word
// ("ministro", "spokesman") or a collective noun of the lexicon ("autorità").
bool is_person_word(const EventScope& scope, uint32_t k) {
  return scope.is(k, kPersonNoun) || (scope.doc().features.lexicon[k] & kRoleWord) ||
         has_entry(scope.doc(), k, EntryKind::kGroupNoun);
}

bool is_demonym(const EventScope& scope, uint32_t k) {
  return scope.mention_at(k) < 0 && (scope.doc().features.lexicon[k] & kDemonym);
}

// A bare body named by a common noun ("governo", "the police") takes the words that
// say whose it is; a name ("Ministero della Difesa") is whole already.
bool is_bare_head(const EventScope& scope, const MentionCandidate& m) {
  return m.category == Category::kActor && !scope.capitalized(m.first);
}

// "UN investigators", "Turkish police", "Moscow court", "Chinese and Emirati companies".
uint32_t english_phrase_start(const EventScope& scope, uint32_t first) {
  const uint32_t lower = scope.sentence_first(first);
  const uint32_t limit = first > kLongestPhrase ? first - kLongestPhrase : 0;
  while (first > std::max(lower, limit)) {
    const uint32_t t = first - 1;
    const int32_t m = scope.mention_at(t);
    if (m >= 0) {
      const MentionCandidate& mention = *scope.mention(m);
      if (mention.category != Category::kActor && mention.category != Category::kPlace) break;
      first = mention.first;
      continue;
    }
    if (scope.folded(t) == "'s" && t > lower && scope.mention_at(t - 1) >= 0) {  // "Ukraine's military"
      first = scope.mention(scope.mention_at(t - 1))->first;
      continue;
    }
    const bool listed = is_demonym(scope, t) || scope.is(t, kNounModifier) || is_person_word(scope, t);
    const bool joined = scope.is(t, kCoordinator) && t > lower && is_demonym(scope, t - 1) && is_demonym(scope, first);
    if (!listed && !joined) break;
    first = t;
  }
  return first;
}

// "governo del Niger", "servizi di sicurezza ucraini", "prigionieri di guerra",
// "tribunale di Mosca", "soldati russi".
uint32_t italian_phrase_end(const EventScope& scope, uint32_t last) {
  const uint32_t upper = std::min(scope.sentence_last(last - 1), last + kLongestPhrase);
  bool took_complement = false;
  while (last < upper) {
    if (scope.mention_at(last) < 0 && (is_demonym(scope, last) || scope.is(last, kNounModifier))) {
      ++last;
      continue;
    }
    if (took_complement || !scope.is(last, kOfPrep) || scope.mention_at(last) >= 0 || last + 1 >= upper) break;
    const uint32_t next = last + 1;
    const int32_t m = scope.mention_at(next);
    if (m >= 0 && scope.mention(m)->category != Category::kTime && scope.mention(m)->category != Category::kWeapon) {
      last = scope.mention(m)->last;
    } else if (m < 0 && (scope.is(next, kNounModifier | kPersonNoun | kPlaceNoun | kTerritoryWord))) {
      last = next + 1;
    } else {
      break;
    }
    took_complement = true;
  }
  return last;
}

Party phrase_around(const EventScope& scope, uint32_t head_first, uint32_t head_last) {
  Party p;
  p.first = head_first;
  p.last = head_last;
  if (scope.lang() == Lang::kEnglish) p.first = english_phrase_start(scope, head_first);
  else p.last = italian_phrase_end(scope, head_last);
  return p;
}

// The party whose head is exactly at token k.
bool party_with_head_at(const EventScope& scope, uint32_t k, Party* out) {
  const int32_t m = scope.mention_at(k);
  if (m >= 0) {
    const MentionCandidate& mention = *scope.mention(m);
    if (mention.category == Category::kTime) return false;
    Party p{mention.first, mention.last, m};
    if (is_bare_head(scope, mention)) p = phrase_around(scope, mention.first, mention.last);
    p.mention = m;
    p.can_act = mention.category == Category::kActor;
    p.weapon = mention.category == Category::kWeapon;
    p.place = mention.category == Category::kPlace;
    *out = p;
    return true;
  }
  const bool person = is_person_word(scope, k), place = scope.is(k, kPlaceNoun);
  if (!person && !place) return false;
  Party p = phrase_around(scope, k, k + 1);
  p.can_act = person;
  p.place = place && !person;
  *out = p;
  return true;
}

}  // namespace

bool party_at(const EventScope& scope, uint32_t k, Party* out) {
  if (k >= scope.size()) return false;
  if (party_with_head_at(scope, k, out)) return true;
  // k inside a phrase whose head is before it (Italian: "soldati [russi]").
  if (scope.lang() != Lang::kItalian) return false;
  const uint32_t lower = std::max(scope.sentence_first(k), k > kLongestPhrase ? k - kLongestPhrase : 0);
  for (uint32_t h = k; h-- > lower;) {
    Party p;
    if (party_with_head_at(scope, h, &p)) {
      if (p.first <= k && k < p.last) {
        *out = p;
        return true;
      }
      return false;
    }
  }
  return false;
}

uint64_t preposition_before(const EventScope& scope, uint32_t first, uint32_t lower) {
  uint32_t k = first;
  while (k > lower && scope.together(k - 1, first)) {
    --k;
    if (scope.mention_at(k) >= 0) return 0;
    const uint64_t c = scope.classes(k);
    if (c & kPrepositions) return c & kPrepositions;
    if (!(c & (kDeterminer | kNumber | kApproximately)) && scope.doc().segmentation.tokens[k].kind != TokenKind::kNumber)
      return 0;
  }
  return 0;
}

int64_t coordinated_before(const EventScope& scope, uint32_t first) {
  const uint32_t lower = scope.sentence_first(first);
  uint32_t k = first;
  while (k > lower && scope.mention_at(k - 1) < 0 && scope.is(k - 1, kDeterminer) && !scope.is(k - 1, kCoordinator)) --k;
  if (k <= lower + 1 || scope.mention_at(k - 1) >= 0 || !scope.is(k - 1, kCoordinator)) return -1;
  return static_cast<int64_t>(k) - 2;
}

int64_t coordinated_after(const EventScope& scope, uint32_t last) {
  const uint32_t upper = scope.sentence_last(last - 1);
  if (last >= upper || scope.mention_at(last) >= 0 || !scope.is(last, kCoordinator)) return -1;
  uint32_t k = last + 1;
  while (k < upper && scope.mention_at(k) < 0 && scope.is(k, kDeterminer)) ++k;
  return k < upper ? static_cast<int64_t>(k) : -1;
}

}  // namespace annotator
