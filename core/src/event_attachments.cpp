#include "event_attachments.h"

#include <algorithm>
#include <cstdlib>

#include "event_arguments.h"
#include "event_parties.h"

namespace annotator {
namespace {

// Events of one sentence: [first, last) into the events vector.
struct SentenceEvents {
  size_t first = 0, last = 0;
};

// Per sentence, the range of its events (events are in text order).
std::vector<SentenceEvents> events_by_sentence(const EventScope& scope, const std::vector<EventDraft>& events) {
  std::vector<SentenceEvents> out(scope.doc().segmentation.sentences.size());
  for (size_t e = 0; e < events.size(); ++e) {
    SentenceEvents& s = out[scope.doc().segmentation.tokens[events[e].hit.first].sentence];
    if (s.first == s.last) s.first = e;
    s.last = e + 1;
  }
  return out;
}

bool takes_instruments(EventType t) {
  switch (t) {
    case EventType::kAssault: case EventType::kAid: case EventType::kMobilize: case EventType::kThreaten:
    case EventType::kRequest: case EventType::kSanction: case EventType::kCoerce: case EventType::kReject:
    case EventType::kCooperate:
      return true;
    default:
      return false;
  }
}

bool used_in(const std::vector<EventDraft>& events, const SentenceEvents& range, uint32_t first) {
  for (size_t e = range.first; e < range.last; ++e)
    if (events[e].uses(first)) return true;
  return false;
}

// A weapon or an unnamed place inside an argument's phrase is that argument ("the
// Houthi drone" intercepted, "the presidential palace"), while a named place inside
// one still says where ("la raffineria di Krasnodar").
bool inside_argument(const std::vector<EventDraft>& events, const SentenceEvents& range, uint32_t first) {
  for (size_t e = range.first; e < range.last; ++e)
    if (events[e].covers(first)) return true;
  return false;
}

// The event of the sentence nearest to token k, preferring one whose clause holds
// k; -1 when no event fits.
template <typename Fits>
int64_t nearest_event(const std::vector<EventDraft>& events, const SentenceEvents& range, uint32_t k, Fits&& fits) {
  int64_t best = -1;
  long best_distance = 0;
  bool best_in_clause = false;
  for (size_t e = range.first; e < range.last; ++e) {
    const EventDraft& ev = events[e];
    if (!fits(ev)) continue;
    const bool in_clause = ev.clause_first <= k && k < ev.clause_last;
    const long distance = std::labs(static_cast<long>(k) - static_cast<long>(ev.hit.first));
    if (best < 0 || (in_clause && !best_in_clause) || (in_clause == best_in_clause && distance < best_distance)) {
      best = static_cast<int64_t>(e);
      best_distance = distance;
      best_in_clause = in_clause;
    }
  }
  return best;
}

// "sono scese in piazza a Tbilisi per protestare", "rallied in Tel Aviv to demand": a
// purpose happens where the verb it serves does.
void share_place_with_purpose(const EventScope& scope, std::vector<EventDraft>& events) {
  for (size_t e = 1; e < events.size(); ++e) {
    EventDraft& ev = events[e];
    const EventDraft& served = events[e - 1];
    const uint32_t f = ev.hit.first;
    if (ev.hit.nominal || ev.embedded_by >= 0 || ev.has(Role::kLocation) || served.hit.nominal || f == 0 ||
        !scope.together(served.hit.first, f) || f > served.hit.last + 8)
      continue;
    if (scope.folded(f - 1) != "to" && scope.folded(f - 1) != "per") continue;
    bool broken = false;
    for (uint32_t k = served.hit.last; k + 1 < f; ++k) broken = broken || (scope.is(k, kClauseBreak) && scope.mention_at(k) < 0);
    if (broken) continue;
    for (const ArgumentDraft& a : served.arguments)
      if (a.role == Role::kLocation) ev.add(Role::kLocation, a.first, a.last, a.mention);
  }
}

}  // namespace

void attach_places_weapons_times(const EventScope& scope, std::vector<EventDraft>& events) {
  if (events.empty()) return;
  const std::vector<SentenceEvents> by_sentence = events_by_sentence(scope, events);
  const auto& mentions = scope.mentions();
  for (size_t k = 0; k < mentions.size(); ++k) {
    const MentionCandidate& m = mentions[k];
    if (scope.mention_at(m.first) != static_cast<int32_t>(k)) continue;  // nested in a facility
    const SentenceEvents& range = by_sentence[scope.doc().segmentation.tokens[m.first].sentence];
    if (range.first == range.last || used_in(events, range, m.first)) continue;
    if (m.category == Category::kTime) {
      for (size_t e = range.first; e < range.last; ++e) {
        EventDraft& ev = events[e];
        const auto distance = [&](int32_t t) {
          return std::labs(static_cast<long>(mentions[static_cast<size_t>(t)].first) - static_cast<long>(ev.hit.first));
        };
        if (ev.time < 0 || distance(static_cast<int32_t>(k)) < distance(ev.time)) ev.time = static_cast<int32_t>(k);
      }
      continue;
    }
    const bool weapon = m.category == Category::kWeapon;
    if (!weapon && m.category != Category::kPlace) continue;
    if (weapon && inside_argument(events, range, m.first)) continue;
    // A place is where the events of its clause before it happen ("signed an
    // agreement in Washington"); failing those, where the nearest one does.
    bool placed = false;
    for (size_t e = range.first; e < range.last && !weapon; ++e) {
      EventDraft& ev = events[e];
      if (ev.hit.last <= m.first && ev.clause_first <= m.first && m.first < ev.clause_last) {
        ev.add(Role::kLocation, m.first, m.last, static_cast<int32_t>(k));
        placed = true;
      }
    }
    if (placed) continue;
    const int64_t e = nearest_event(events, range, m.first, [&](const EventDraft& ev) {
      return !weapon || takes_instruments(ev.type);
    });
    if (e >= 0) events[static_cast<size_t>(e)].add(weapon ? Role::kInstrument : Role::kLocation, m.first, m.last,
                                                  static_cast<int32_t>(k));
  }
  // "in a market", "vicino a un ospedale": an unnamed place after a locating word.
  for (size_t s = 0; s < by_sentence.size(); ++s) {
    const SentenceEvents& range = by_sentence[s];
    if (range.first == range.last) continue;
    const uint32_t first = scope.sentence_first(events[range.first].hit.first);
    const uint32_t last = scope.sentence_last(events[range.first].hit.first);
    for (uint32_t t = first; t < last; ++t) {
      if (!scope.is(t, kPlaceNoun) || scope.mention_at(t) >= 0 || inside_argument(events, range, t)) continue;
      if (!(preposition_before(scope, t, first) & kPlacePrep)) continue;
      const int64_t e = nearest_event(events, range, t, [](const EventDraft&) { return true; });
      if (e >= 0) events[static_cast<size_t>(e)].add(Role::kLocation, t, t + 1, -1);
    }
  }
  share_place_with_purpose(scope, events);
  for (EventDraft& ev : events)
    if (ev.time >= 0) {
      const MentionCandidate& t = mentions[static_cast<size_t>(ev.time)];
      ev.add(Role::kTime, t.first, t.last, ev.time);
    }
}

namespace {

std::string_view mode_for_embedded(EventType outer, const EventDraft& inner) {
  if (outer == EventType::kThreaten) {
    switch (inner.type) {
      case EventType::kAssault: return inner.hit.rule->label == "invasion" || inner.hit.rule->label == "occupation" ||
                                       inner.hit.rule->label == "capture" ? "territory" : "violence";
      case EventType::kSanction: return inner.hit.rule->modes == "expel" ? "expel" : "relations";
      case EventType::kCoerce:
        return inner.hit.rule->modes == "arrest" ? "arrest" : inner.hit.rule->modes == "ban" ? "ban" : "restrict";
      default: return "";
    }
  }
  switch (inner.type) {  // REQUEST and REJECT
    case EventType::kAid: case EventType::kCooperate: return "assist";
    case EventType::kConsult: return "meet";
    case EventType::kRetreat: case EventType::kConcede: return "yield";
    default: return "change";
  }
}

// inner is what outer asks for, threatens, refuses, agrees to ...
void embed(EventDraft& outer, EventDraft& inner, int32_t outer_index) {
  const TriggerRule& rule = *outer.hit.rule;
  inner.embedded_by = outer_index;
  if (inner.modality == Modality::kAsserted) inner.modality = rule.embedded_modality;
  // "wants North Korea to agree to send shells": what a wished-for agreement would
  // bring about is no more than hypothetical.
  if (outer.modality == Modality::kHypothetical && inner.modality == Modality::kFuture)
    inner.modality = Modality::kHypothetical;
  // "offered to hold talks with the opposition": a symmetric event has the outer
  // subject as a party too.
  if (!inner.has(Role::kActor) || (inner.hit.rule->flags & kSymmetric)) {
    const Role from = rule.embedding == Embedding::kObject ? Role::kRecipient : Role::kActor;
    for (const ArgumentDraft& a : outer.arguments)
      if (a.role == from && !inner.uses(a.first)) inner.add(Role::kActor, a.first, a.last, a.mention);
  }
  if (rule.embedding == Embedding::kObject && !outer.has(Role::kRecipient))
    for (const ArgumentDraft& a : inner.arguments)
      if (a.role == Role::kActor && a.first > outer.hit.first) outer.add(Role::kRecipient, a.first, a.last, a.mention);
  // "minacciano di sospendere il diritto di voto dell'Ungheria": who the threat is
  // for is who the threatened act is for.
  // So with an offer: "offered to hold talks with the opposition" is made to the opposition.
  if (rule.embedding == Embedding::kSubject && (outer.type == EventType::kThreaten || outer.type == EventType::kAgree) &&
      !outer.has(Role::kRecipient)) {
    const bool symmetric = inner.hit.rule->flags & kSymmetric;
    for (const ArgumentDraft& a : inner.arguments)
      if (a.role == Role::kRecipient || (symmetric && a.role == Role::kActor && !outer.uses(a.first)))
        outer.add(Role::kRecipient, a.first, a.last, a.mention);
  }
  // "threatened further export restrictions": what is threatened is aimed at whom the threat is.
  if (outer.type == EventType::kThreaten && !inner.has(Role::kRecipient))
    for (const ArgumentDraft& a : outer.arguments)
      if (a.role == Role::kRecipient && !inner.uses(a.first)) inner.add(Role::kRecipient, a.first, a.last, a.mention);
  if (rule.modes.empty() && outer.embedded_mode.empty() &&
      (outer.type == EventType::kRequest || outer.type == EventType::kReject || outer.type == EventType::kThreaten))
    outer.embedded_mode = mode_for_embedded(outer.type, inner);
}

// An Italian gerund ("suscitando", "chiedendo") or an English -ing form.
bool gerund_at(const EventScope& scope, uint32_t k) {
  const std::string_view w = scope.folded(k);
  if (w.size() < 5) return false;
  const std::string_view end = w.substr(w.size() - 4);
  return scope.lang() == Lang::kEnglish ? w.substr(w.size() - 3) == "ing" : end == "ando" || end == "endo";
}

// Whether the words before token k ask for the end of what k names ("la fine
// dell'isolamento", "an end to the siege", "the lifting of the blockade").
bool ends_what_follows(const EventScope& scope, uint32_t k) {
  if (k < 2 || !scope.together(k - 2, k) || !scope.is(k - 1, kOfPrep | kEmbedMarker)) return false;
  const std::string_view w = scope.folded(k - 2);
  return w == "fine" || w == "end" || w == "revoca" || w == "lifting";
}

// Whether a locating word ("at", "in", "during", "durante") governs the noun at
// token noun, past its articles and modifiers.
bool frames_event(const EventScope& scope, uint32_t noun) {
  uint32_t k = noun;
  while (k > 0 && scope.together(k - 1, noun) && scope.mention_at(k - 1) < 0 && scope.is(k - 1, kDeterminer | kNounModifier))
    --k;
  if (k == 0 || !scope.together(k - 1, noun) || scope.mention_at(k - 1) >= 0) return false;
  const std::string_view w = scope.folded(k - 1);
  return (scope.is(k - 1, kPlacePrep) && !scope.is(k - 1, kOfPrep | kSourcePrep)) || w == "during" || w == "durante";
}

// Whether "under", "amid", "after", "sotto", "dopo" ... stands before the noun at token
// noun, past a few words ("after weeks under siege", "dopo mesi di assedio").
bool circumstance_before(const EventScope& scope, uint32_t noun) {
  for (uint32_t k = noun; k > 0 && k + 4 > noun && scope.together(k - 1, noun);) {
    const std::string_view w = scope.folded(--k);
    if (scope.mention_at(k) >= 0) return false;
    if (w == "under" || w == "amid" || w == "after" || w == "sotto" || w == "dopo" || w == "tra") return true;
  }
  return false;
}

}  // namespace

void link_embedded_events(const EventScope& scope, std::vector<EventDraft>& events) {
  for (size_t e = 0; e < events.size(); ++e) {
    EventDraft& outer = events[e];
    const TriggerRule& rule = *outer.hit.rule;
    if (rule.embedding == Embedding::kNone || e + 1 == events.size()) continue;
    // The embedded event comes after "to", "di", "che" ... with no clause break between
    // ("called for a ceasefire" needs no marker: the event noun is the object).
    const EventDraft& first = events[e + 1];
    if (!scope.together(outer.hit.first, first.hit.first) || first.hit.first > outer.hit.last + 14) continue;
    // A noun needs no marker ("called for a ceasefire"), except after a denial:
    // "respingendo le accuse" does not deny that accusations were made.
    bool marker = first.hit.nominal && rule.embedded_modality != Modality::kNegated, broken = false;
    // A trigger may end with its marker ("vuole che"); an English gerund right after
    // the verb needs none ("denied sending troops", "threatened closing the strait").
    marker = marker || (outer.hit.last > outer.hit.first + 1 && scope.is(outer.hit.last - 1, kEmbedMarker));
    const std::string_view inner_word = scope.folded(first.hit.first);
    marker = marker || (scope.lang() == Lang::kEnglish && !first.hit.nominal && first.hit.first == outer.hit.last &&
                        inner_word.size() > 5 && inner_word.substr(inner_word.size() - 3) == "ing");
    for (uint32_t k = outer.hit.last; k < first.hit.first; ++k) {
      marker = marker || scope.is(k, kEmbedMarker);
      broken = broken || (scope.is(k, kClauseBreak) && scope.mention_at(k) < 0);
      // ", suscitando la condanna", ", drawing condemnation": a gerund after a comma opens a clause of its own.
      broken = broken || (scope.folded(k) == "," && k + 1 < first.hit.first + 1 && gerund_at(scope, k + 1));
    }
    if (!marker || broken) continue;
    // "agreed to raise spending at the summit", "durante il vertice": a noun event where
    // the outer one happens frames it; it is not what the outer one is about.
    if (first.hit.nominal && frames_event(scope, first.hit.first)) continue;
    // "chiedere la fine dell'isolamento", "an end to the blockade": what is to end is real.
    if (ends_what_follows(scope, first.hit.first)) continue;
    // That event, and those joined to it by "and" ("to supply and deliver").
    for (size_t f = e + 1; f < events.size(); ++f) {
      EventDraft& inner = events[f];
      if (f > e + 1) {  // "per la liberazione degli ostaggi ... e per un cessate il fuoco"
        const EventDraft& before = events[f - 1];
        if (!scope.together(before.hit.first, inner.hit.first) || inner.hit.first > before.hit.last + 12) break;
        bool joined = false;
        for (uint32_t k = before.hit.last; k < inner.hit.first; ++k) {
          if (scope.is(k, kClauseBreak) && scope.mention_at(k) < 0) break;
          joined = joined || (scope.is(k, kCoordinator) && scope.folded(k) != ",");
        }
        if (!joined) break;
      }
      embed(outer, inner, static_cast<int32_t>(e));
      if (inner.hit.rule->embedding != Embedding::kNone) break;  // it embeds what follows
    }
  }
}

void credit_claimed_attacks(const EventScope& scope, std::vector<EventDraft>& events) {
  const std::vector<SentenceEvents> by_sentence = events_by_sentence(scope, events);
  for (const SentenceEvents& range : by_sentence) {
    if (range.first == range.last) continue;
    const uint32_t first = scope.sentence_first(events[range.first].hit.first);
    const uint32_t last = scope.sentence_last(events[range.first].hit.first);
    for (uint32_t k = first; k < last; ++k) {
      if (!scope.is(k, kClaim) || scope.mention_at(k) >= 0) continue;
      const bool english = scope.lang() == Lang::kEnglish;
      if (english && !(k > first && (scope.folded(k - 1) == "claimed" || scope.folded(k - 1) == "claims" ||
                                     scope.folded(k - 1) == "claiming" || scope.folded(k - 1) == "claim")))
        continue;
      // The claimant: the nearest party before the claim that no preposition governs.
      const uint32_t lower = scope.clause_first(k);
      for (uint32_t t = k; t > lower;) {
        --t;
        Party p;
        if (!party_at(scope, t, &p)) continue;
        t = std::min(t, p.first);
        if (!p.can_act || (preposition_before(scope, p.phrase_first(), lower) & kPrepositions)) continue;
        for (size_t e = range.first; e < range.last; ++e)
          if (events[e].type == EventType::kAssault && !events[e].has(Role::kActor))
            events[e].add(Role::kActor, p.first, p.last, p.mention);
        break;
      }
    }
  }
}

// "Kim threatened to use nuclear weapons if South Korea and the United States
// violate ...": who must not do what the condition says is whom the threat is for.
// "surrendered ... in Mariupol after weeks under siege", "amid heavy shelling": a noun
// event in a phrase of circumstance happened where the verb just before it did.
void place_of_circumstance(const EventScope& scope, std::vector<EventDraft>& events) {
  for (size_t e = 1; e < events.size(); ++e) {
    EventDraft& noun = events[e];
    if (!noun.hit.nominal || noun.has(Role::kLocation) || !circumstance_before(scope, noun.hit.first)) continue;
    const EventDraft& verb = events[e - 1];
    if (verb.hit.nominal || !scope.together(verb.hit.first, noun.hit.first) || noun.hit.first > verb.hit.last + 12) continue;
    for (const ArgumentDraft& a : verb.arguments)
      if (a.role == Role::kLocation) noun.add(Role::kLocation, a.first, a.last, a.mention);
  }
}

void threatened_by_condition(const EventScope& scope, std::vector<EventDraft>& events) {
  for (EventDraft& ev : events) {
    if (ev.type != EventType::kThreaten) continue;
    const uint32_t last = std::min(scope.sentence_last(ev.hit.first), ev.hit.last + 16);
    uint32_t k = ev.hit.last;
    while (k < last && !(scope.folded(k) == "if" || scope.folded(k) == "se" || scope.folded(k) == "unless")) ++k;
    for (++k; k < last;) {  // the subjects after it: "la Corea del Sud e gli Stati Uniti"
      if (scope.is(k, kDeterminer) || (scope.is(k, kCoordinator) && scope.folded(k) != ",")) {
        ++k;
        continue;
      }
      Party p;
      if (!party_at(scope, k, &p) || !p.can_act || p.first < k) break;
      if (!ev.uses(p.first)) ev.add(Role::kRecipient, p.first, p.last, p.mention);
      k = p.last;
    }
  }
}

// "the village of Moura, where hundreds of civilians were killed", "a Bucha, dove
// furono uccisi": an event after "where" / "dove" happens at the place before it.
void place_of_where_clause(const EventScope& scope, std::vector<EventDraft>& events) {
  for (EventDraft& ev : events) {
    if (ev.has(Role::kLocation)) continue;
    const uint32_t lower = std::max(scope.sentence_first(ev.hit.first), ev.hit.first > 8 ? ev.hit.first - 8 : 0);
    uint32_t w = ev.hit.first;
    while (w > lower && !(scope.folded(w - 1) == "where" || scope.folded(w - 1) == "dove")) --w;
    if (w == lower || w < 2) continue;
    uint32_t k = w - 1;  // "where" itself
    if (scope.folded(k - 1) == ",") --k;
    const int32_t m = k > 0 ? scope.mention_at(k - 1) : -1;
    if (m < 0 || scope.mention(m)->category != Category::kPlace || !scope.together(k - 1, ev.hit.first)) continue;
    ev.add(Role::kLocation, scope.mention(m)->first, scope.mention(m)->last, m);
  }
}

namespace {

// "or face a ground offensive", "o affrontare sanzioni": what the one threatened would face.
bool faced(const EventScope& scope, uint32_t colon, uint32_t trigger) {
  for (uint32_t k = trigger; k > colon + 1 && k + 4 > trigger;) {
    const std::string_view w = scope.folded(--k);
    if (w == "face" || w == "faces" || w == "affrontare" || w == "affronterà") return true;
  }
  return false;
}

void copy_role(const EventDraft& from, Role role, Role as, EventDraft& to) {
  for (const ArgumentDraft& a : from.arguments)
    if (a.role == role) to.add(as, a.first, a.last, a.mention);
}

}  // namespace

// "issued an ultimatum to Hezbollah: withdraw its fighters ... or face an offensive",
// "un ultimatum alle compagnie: le navi ... saranno prese di mira": what follows the
// colon after a threat is what it threatens, no more than possible. An order there
// (the word right after the colon) is for the one threatened; a passive without its
// agent, or what the one threatened would face, is done by the one who threatens.
void threat_after_colon(const EventScope& scope, std::vector<EventDraft>& events) {
  for (size_t t = 0; t < events.size(); ++t) {
    if (events[t].type != EventType::kThreaten) continue;
    const uint32_t end = scope.sentence_last(events[t].hit.first);
    uint32_t colon = events[t].hit.last;
    while (colon < end && scope.folded(colon) != ":") ++colon;
    if (colon == end) continue;
    for (size_t e = t + 1; e < events.size() && events[e].hit.first < end; ++e) {
      EventDraft& ev = events[e];
      if (ev.hit.first <= colon) continue;
      if (ev.modality == Modality::kAsserted) ev.modality = Modality::kHypothetical;
      if (faced(scope, colon, ev.hit.first)) {  // (not by those named before "face": they face it)
        ev.arguments.erase(std::remove_if(ev.arguments.begin(), ev.arguments.end(),
                                          [&](const ArgumentDraft& a) {
                                            return a.role == Role::kActor && a.last <= ev.hit.first;
                                          }),
                           ev.arguments.end());
        copy_role(events[t], Role::kActor, Role::kActor, ev);
        if (!ev.has(Role::kRecipient)) copy_role(events[t], Role::kRecipient, Role::kRecipient, ev);
        continue;
      }
      if (ev.has(Role::kActor)) continue;
      if (ev.hit.first == colon + 1) {
        copy_role(events[t], Role::kRecipient, Role::kActor, ev);
      } else if (is_passive(scope, ev.hit)) {
        copy_role(events[t], Role::kActor, Role::kActor, ev);
      }
    }
  }
}

}  // namespace annotator
