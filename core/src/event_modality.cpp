#include "event_modality.h"

#include <algorithm>

#include "event_parties.h"

namespace annotator {
namespace {

constexpr uint32_t kCueWindow = 6;

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() + 2 && s.substr(s.size() - suffix.size()) == suffix;
}

// Italian verbs say future and conditional in their endings: "si recherà",
// "incontreranno"; "fornirebbe", "attaccherebbero".
Modality from_ending(const EventScope& scope, const TriggerHit& hit) {
  if (scope.lang() != Lang::kItalian) return Modality::kAsserted;
  const std::string_view raw = scope.raw(hit.first);
  for (std::string_view e : {"rebbe", "rebbero", "remmo", "reste", "resti"})
    if (ends_with(raw, e)) return Modality::kHypothetical;
  for (std::string_view e : {"rà", "ranno", "remo", "rete", "rò"})
    if (ends_with(raw, e)) return Modality::kFuture;
  return Modality::kAsserted;
}

// "ten years ago", "tre anni fa": "ago" / "fa" after a span of years.
// ("Three years after the invasion", "tre anni dopo l'invasione".)
bool historical_at(const EventScope& scope, uint32_t k) {
  const std::string_view w = scope.folded(k);
  if (w == "after" || w == "dopo") return k > 0 && scope.is(k - 1, kYearUnit);
  return scope.is(k, kHistorical) && (w != "ago" && w != "fa" ? true : k > 0 && scope.is(k - 1, kYearUnit));
}

// Words after "non" / "not" that make it part of an adjective or a phrase rather than
// a verb's negation ("organizzazioni non governative", "non solo ... ma anche").
bool negates_no_verb(std::string_view next) {
  return next.substr(0, 10) == "governativ" || next == "governmental" || next == "solo" || next == "soltanto" ||
         next == "only" || next == "lontano" || next == "lontana" || next == "far";
}

// "foiled a plot to bomb", "il piano di colpire": an event planned is hypothetical,
// or attempted where the plot was foiled. Returns 0 or the class it says.
uint64_t plot_before(const EventScope& scope, const EventDraft& ev) {
  const uint32_t lower = std::max(ev.clause_first, ev.hit.first > 10 ? ev.hit.first - 10 : 0);
  for (uint32_t k = ev.hit.first; k-- > lower;) {
    if (!scope.is(k, kPlotNoun) || scope.mention_at(k) >= 0) continue;
    if (!plans_event(scope, k, ev.hit.first)) continue;
    for (uint32_t t = k > 4 ? k - 4 : 0; t < k; ++t)
      if (scope.together(t, k) && scope.is(t, kAttempted)) return kAttempted;
    return kHypothetical;
  }
  return 0;
}

// An Italian verb form in the future or the conditional, wherever it stands:
// "il vertice si terrà", "un incontro che potrebbe".
Modality verb_ending_at(const EventScope& scope, uint32_t k) {
  if (scope.lang() != Lang::kItalian || scope.mention_at(k) >= 0) return Modality::kAsserted;
  const std::string_view raw = scope.raw(k);
  for (std::string_view e : {"rebbe", "rebbero", "remmo"})
    if (ends_with(raw, e)) return Modality::kHypothetical;
  for (std::string_view e : {"rà", "ranno", "remo"})
    if (ends_with(raw, e)) return Modality::kFuture;
  return Modality::kAsserted;
}

// The cues before a trigger, from the end of the event before it in its clause:
// "No agreement was reached at the talks" negates the agreement, not the talks.
Modality modality_of(const EventScope& scope, const EventDraft& ev, uint32_t after_previous) {
  // The word that opens the clause counts too: "if Kyiv were allowed", "se violeranno".
  const uint32_t opener = ev.clause_first > 0 && scope.together(ev.clause_first - 1, ev.clause_first)
                              ? ev.clause_first - 1 : ev.clause_first;
  const uint32_t first = std::max(opener, ev.hit.first > kCueWindow ? ev.hit.first - kCueWindow : 0);
  uint64_t cues = plot_before(scope, ev);
  bool rule_out = false;
  for (uint32_t k = first; k < ev.hit.first; ++k) {
    if (scope.mention_at(k) >= 0) continue;
    // "has not decided whether to send": the negation is the deciding's; what follows
    // "whether" / "se" is only possible.
    const std::string_view w = scope.folded(k);
    if ((w == "whether" || w == "se") && (cues & kNegation)) cues = (cues & ~kNegation) | kHypothetical;
    // A negation reaches no further back than the event before it in the clause, and
    // "non governative", "non solo" negate no verb.
    const bool negates = k >= after_previous && !(k + 1 < scope.size() && negates_no_verb(scope.folded(k + 1)));
    cues |= scope.classes(k) & ((negates ? uint64_t{kNegation} : uint64_t{0}) | kAttempted | kHypothetical | kFuture);
    rule_out = rule_out || scope.is(k, kRuleOut);
    if (historical_at(scope, k)) cues |= kHistorical;
    // "terranno esercitazioni congiunte": a noun event takes the tense of the verb before it.
    if (ev.hit.nominal && k >= after_previous) {
      const Modality m = verb_ending_at(scope, k);
      if (m == Modality::kHypothetical) cues |= kHypothetical;
      if (m == Modality::kFuture) cues |= kFuture;
    }
  }
  // "did not rule out sending arms", "non esclude di inviare": a possibility.
  if (rule_out && (cues & kNegation)) cues = (cues & ~kNegation) | kHypothetical;
  // "l'attacco è stato sventato", "the attack was foiled"; "anni fa" after the event.
  const uint32_t after = std::min(ev.clause_last, ev.hit.last + 4);
  for (uint32_t k = ev.hit.last; k < after; ++k) {
    if (scope.is(k, kAttempted) && !scope.is(k, kFuture | kHypothetical)) cues |= kAttempted;
    if (historical_at(scope, k)) cues |= kHistorical;
  }
  // A noun names an event whose verb may follow it: "a meeting could take place",
  // "il vertice si terrà", "the summit expected to focus", "un'offensiva attesa".
  if (ev.hit.nominal) {
    const uint32_t verb_end = std::min(ev.clause_last, ev.hit.last + kCueWindow);
    for (uint32_t k = ev.hit.last; k < verb_end; ++k) {
      if (scope.mention_at(k) >= 0) continue;
      cues |= scope.classes(k) & (kHypothetical | kFuture);
      const Modality m = verb_ending_at(scope, k);
      if (m == Modality::kHypothetical) cues |= kHypothetical;
      if (m == Modality::kFuture) cues |= kFuture;
    }
  }
  if (cues & kNegation) return Modality::kNegated;
  if (cues & kAttempted) return Modality::kAttempted;
  const Modality ending = from_ending(scope, ev.hit);
  if ((cues & kHypothetical) || ending == Modality::kHypothetical) return Modality::kHypothetical;
  if ((cues & kFuture) || ending == Modality::kFuture) return Modality::kFuture;
  if (cues & kHistorical) return Modality::kHistorical;
  return Modality::kAsserted;
}

// The first actor mention in tokens [from, to), or -1.
int32_t first_actor(const EventScope& scope, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k < to && k < scope.size(); ++k) {
    const int32_t m = scope.mention_at(k);
    if (m >= 0 && scope.mention(m)->category == Category::kActor) return m;
  }
  return -1;
}

// The nearest actor mention before token k in its clause that no preposition governs.
int32_t subject_before(const EventScope& scope, uint32_t k) {
  const uint32_t lower = scope.clause_first(k);
  for (uint32_t t = k; t > lower;) {
    --t;
    const int32_t m = scope.mention_at(t);
    if (m < 0) continue;
    const MentionCandidate& mention = *scope.mention(m);
    t = mention.first;
    if (mention.category == Category::kActor && !preposition_before(scope, mention.first, lower)) return m;
  }
  return -1;
}

// Whether the subject of the reporting verb at k is a noun of people outside every
// mention, right before it ("officials said", "the ministry has said"): then no
// earlier name in the clause is the source ("Russia wants ..., officials said").
bool common_noun_says(const EventScope& scope, uint32_t k) {
  const uint32_t lower = scope.sentence_first(k);
  uint32_t t = k;
  while (t > lower && scope.is(t - 1, kPerfectAux | kPassiveAux)) --t;
  if (!(t > lower && scope.mention_at(t - 1) < 0 && scope.is(t - 1, kPersonNoun | kDiplomats | kTroops))) return false;
  // "Ukraine's navy said", "Russian officials said": the noun belongs to a name.
  const uint32_t noun = t - 1;
  if (noun > lower && scope.mention_at(noun - 1) >= 0) return false;
  const bool possessive = noun > lower + 1 && is_possessive(scope, noun - 1);
  return !(possessive && scope.mention_at(noun - 2) >= 0);
}

struct Source {
  int32_t mention = -1;
  uint32_t said_at = 0;   // the reporting verb, when there is one
  bool by_verb = false;
};

// Who the sentence says reported what it tells: "secondo X", "according to X",
// "X said", "ha dichiarato X".
Source sentence_source(const EventScope& scope, uint32_t first, uint32_t last, const std::vector<EventDraft>& events,
                       size_t e_first, size_t e_last) {
  const auto is_trigger = [&](uint32_t k) {
    for (size_t e = e_first; e < e_last; ++e)
      if (events[e].hit.first <= k && k < events[e].hit.last) return true;
    return false;
  };
  for (uint32_t k = first; k < last; ++k) {
    if (scope.mention_at(k) >= 0 || is_trigger(k)) continue;
    if (scope.is(k, kReportPrep)) {
      const int32_t m = first_actor(scope, k + 1, std::min(last, k + 9));
      if (m >= 0) return {m, k, false};
    }
    if (scope.is(k, kSayVerb)) {
      if (common_noun_says(scope, k)) return {};  // "officials said": someone the text does not name
      int32_t m = subject_before(scope, k);
      if (m < 0) m = first_actor(scope, k + 1, std::min(last, k + 9));  // "ha dichiarato la portavoce ..."
      if (m >= 0) return {m, k, true};
    }
  }
  return {};
}

}  // namespace

// "France will train a brigade ... and supply them": a verb joined by "and" to the
// one before it, with no subject of its own, shares its future or its possibility
// (so does a noun: "will hold talks and a summit").
bool joined_verb(const EventScope& scope, const EventDraft& before, const EventDraft& ev) {
  if (ev.hit.first < 2) return false;
  for (uint32_t k = ev.hit.first - 1; k + 2 >= ev.hit.first && k >= before.hit.last; --k) {
    if (scope.mention_at(k) >= 0) return false;
    if (scope.is(k, kCoordinator) && scope.folded(k) != ",") return true;
    if (k == 0) break;
  }
  return false;
}

// "if the United States took part in attacks", "se la Corea del Sud violerà": an event
// in a condition is a possibility (a comma or a clause break ends the condition).
bool in_condition(const EventScope& scope, const EventDraft& ev) {
  const uint32_t lower = std::max(scope.sentence_first(ev.hit.first), ev.hit.first > 12 ? ev.hit.first - 12 : 0);
  for (uint32_t k = ev.hit.first; k-- > lower;) {
    if (scope.mention_at(k) >= 0) continue;
    const std::string_view w = scope.folded(k);
    if (w == "if" || w == "unless" || (w == "se" && !(k + 1 < scope.size() && scope.folded(k + 1) == "ne")))
      return true;
    if (w == "," || scope.is(k, kClauseBreak)) return false;
  }
  return false;
}

void assign_modality(const EventScope& scope, std::vector<EventDraft>& events) {
  for (size_t e = 0; e < events.size(); ++e) {
    const bool after_one = e > 0 && events[e - 1].clause_first == events[e].clause_first;
    events[e].modality = modality_of(scope, events[e], after_one ? events[e - 1].hit.last : 0);
    if (events[e].modality == Modality::kAsserted && in_condition(scope, events[e]))
      events[e].modality = Modality::kHypothetical;
    const Modality before = after_one ? events[e - 1].modality : Modality::kAsserted;
    if (events[e].modality == Modality::kAsserted && (before == Modality::kFuture || before == Modality::kHypothetical) &&
        joined_verb(scope, events[e - 1], events[e]))
      events[e].modality = before;
  }
}

void assign_sources(const EventScope& scope, std::vector<EventDraft>& events) {
  for (size_t e = 0; e < events.size();) {
    const uint32_t first = scope.sentence_first(events[e].hit.first), last = scope.sentence_last(events[e].hit.first);
    size_t end = e;
    while (end < events.size() && events[end].hit.first < last) ++end;
    const Source source = sentence_source(scope, first, last, events, e, end);
    for (size_t k = e; k < end && source.mention >= 0; ++k) {
      EventDraft& ev = events[k];
      ev.source = source.mention;
      // "Il ministero ha detto che ha abbattuto cinque droni": who says it, did it.
      const MentionCandidate& m = *scope.mention(source.mention);
      if (source.by_verb && !ev.has(Role::kActor) && source.said_at < ev.hit.first && ev.embedded_by < 0)
        ev.add(Role::kActor, m.first, m.last, source.mention);
    }
    e = end;
  }
}

}  // namespace annotator
