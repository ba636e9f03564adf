#include "event_arguments.h"

namespace annotator {
namespace {

constexpr uint64_t kPrepositions =
    kAgentPrep | kRecipientPrep | kInstrumentPrep | kBetweenPrep | kOfPrep | kPlacePrep | kReportPrep;
constexpr uint32_t kLongestCoordination = 6;  // "Russia, Belarus, Iran and North Korea"

bool is_actor_mention(const MentionCandidate& m) { return m.category == Category::kActor; }

// Where a trigger's own words are, by token: the event index, or -1.
class TriggerIndex {
 public:
  explicit TriggerIndex(const std::vector<EventDraft>& events) : events_(events) {}
  // The event whose trigger covers token k, looking only at events before `limit`.
  int32_t at(uint32_t k, size_t limit) const {
    for (size_t e = limit; e-- > 0;) {
      if (events_[e].hit.last <= k) return -1;  // events are in text order
      if (events_[e].hit.first <= k) return static_cast<int32_t>(e);
    }
    return -1;
  }
  // Whether token k starts the trigger of an event after `from`.
  bool starts_later_trigger(uint32_t k, size_t from) const {
    for (size_t e = from + 1; e < events_.size() && events_[e].hit.first <= k; ++e)
      if (events_[e].hit.first == k) return true;
    return false;
  }

 private:
  const std::vector<EventDraft>& events_;
};

bool is_passive(const EventScope& scope, const TriggerHit& hit) {
  if (hit.nominal || (hit.rule->flags & kIntransitive)) return false;
  const std::string_view word = scope.folded(hit.first);
  if (scope.lang() == Lang::kEnglish && word.size() > 3 && word.substr(word.size() - 3) == "ing") return false;
  for (uint32_t back = 1; back <= 3 && back <= hit.first; ++back) {
    const uint32_t k = hit.first - back;
    if (!scope.together(k, hit.first)) break;
    if (scope.is(k, kPassiveAux)) return true;
    if (!scope.is(k, kNegation) && scope.folded(k) != "already" && scope.folded(k) != "gia" &&
        scope.folded(k) != "reportedly" && scope.folded(k) != "also" && scope.folded(k) != "anche")
      break;
  }
  return false;
}

class ArgumentFinder {
 public:
  ArgumentFinder(const EventScope& scope, std::vector<EventDraft>& events)
      : scope_(scope), events_(events), triggers_(events) {}

  void find(size_t e) {
    EventDraft& ev = events_[e];
    const bool passive = is_passive(scope_, ev.hit);
    if (ev.hit.nominal) read_noun_context(ev);
    read_subject(e, passive);
    read_following(e, passive);
    if (ev.hit.rule->flags & kSymmetric) make_parties_actors(ev);
  }

 private:
  // Adds a party with a role, and every party coordinated after it ("A and B").
  void add_with_coordinated(EventDraft& ev, Role role, const Party& p, bool leftward = false);
  void add_party(EventDraft& ev, Role role, const Party& p) { ev.add(role, p.first, p.last, p.mention); }
  void read_subject(size_t e, bool passive);
  void read_following(size_t e, bool passive);
  void read_noun_context(EventDraft& ev);
  void make_parties_actors(EventDraft& ev);
  bool demonym_at(uint32_t k, ArgumentDraft* out) const;
  Role role_after(const EventDraft& ev, const Party& p, uint64_t prep, bool passive) const;

  const EventScope& scope_;
  std::vector<EventDraft>& events_;
  TriggerIndex triggers_;
};

void ArgumentFinder::add_with_coordinated(EventDraft& ev, Role role, const Party& p, bool leftward) {
  add_party(ev, role, p);
  Party at = p;
  for (uint32_t n = 0; n < kLongestCoordination; ++n) {
    // "A, B and C": a coordinator, then a party of the same kind.
    const uint32_t k = leftward ? (at.first >= 2 ? at.first - 1 : 0) : at.last;
    if (k >= scope_.size() || (leftward && at.first < 2) || !scope_.together(k, at.first) || !scope_.is(k, kCoordinator))
      return;
    Party next;
    const uint32_t probe = leftward ? k - 1 : k + 1;
    if (!party_at(scope_, probe, &next) || next.can_act != p.can_act || next.place != p.place || next.weapon != p.weapon)
      return;
    add_party(ev, role, next);
    at = next;
  }
}

// The subject: the nearest party before the trigger in its clause that no
// preposition governs; for a passive verb it is the recipient. A verb joined by
// "and" to an earlier one ("attacked Kyiv and shelled Kharkiv") shares its actor.
void ArgumentFinder::read_subject(size_t e, bool passive) {
  EventDraft& ev = events_[e];
  const uint32_t lower = ev.clause_first;
  bool passed_coordinator = false;
  for (uint32_t k = ev.hit.first; k > lower;) {
    --k;
    const int32_t other = triggers_.at(k, e);
    if (other >= 0) {
      const EventDraft& prev = events_[static_cast<size_t>(other)];
      if (passed_coordinator && !ev.hit.nominal && !prev.hit.nominal)
        for (const ArgumentDraft& a : prev.arguments)
          if (a.role == Role::kActor) ev.add(Role::kActor, a.first, a.last, a.mention);
      return;
    }
    passed_coordinator = passed_coordinator || scope_.is(k, kCoordinator);
    Party p;
    if (!party_at(scope_, k, &p)) continue;
    k = p.first;
    if (preposition_before(scope_, p.first, lower) & kPrepositions) continue;  // "secondo Watson", "in Ucraina"
    // A party an earlier verb of the clause already took ("attacked Kyiv and ...").
    for (size_t j = e; j-- > 0 && events_[j].hit.first >= lower;)
      if (events_[j].uses(p.first)) {
        if (passed_coordinator && !ev.hit.nominal)
          for (const ArgumentDraft& a : events_[j].arguments)
            if (a.role == Role::kActor) ev.add(Role::kActor, a.first, a.last, a.mention);
        return;
      }
    if (p.weapon) {
      add_party(ev, Role::kInstrument, p);  // "i droni hanno colpito", "a missile struck"
      continue;
    }
    if (!p.can_act && !(p.place && passive)) continue;
    const bool inert = ev.hit.rule->flags & kIntransitive;
    add_with_coordinated(ev, passive || inert ? Role::kRecipient : Role::kActor, p, true);
    return;
  }
}

Role ArgumentFinder::role_after(const EventDraft& ev, const Party& p, uint64_t prep, bool passive) const {
  const TriggerRule& rule = *ev.hit.rule;
  const bool assault = ev.type == EventType::kAssault || ev.type == EventType::kCoerce;
  if (prep & kAgentPrep) return p.weapon ? Role::kInstrument : (p.can_act ? Role::kActor : Role::kNone);
  if (prep & kBetweenPrep) return p.can_act || p.place ? Role::kActor : Role::kNone;
  if (prep & kInstrumentPrep) {
    if (p.weapon) return Role::kInstrument;
    return p.can_act && (rule.flags & kSymmetric) ? Role::kActor : Role::kNone;
  }
  if (prep & kOfPrep) {
    if (!ev.hit.nominal || p.weapon) return p.weapon && assault ? Role::kInstrument : Role::kNone;
    return (p.can_act || (p.place && rule.of_role == Role::kRecipient)) ? rule.of_role : Role::kNone;
  }
  if (prep & kRecipientPrep) {
    if (p.weapon) return Role::kNone;
    if (p.can_act) return (rule.flags & kSymmetric) ? Role::kActor : Role::kRecipient;
    // A place after "on", "against", "contro", "su" is what an attack aims at.
    if (p.place && assault && !(prep & kPlacePrep)) return Role::kRecipient;
    return Role::kNone;
  }
  if (prep & (kPlacePrep | kReportPrep)) return Role::kNone;
  // No preposition: the direct object of a verb.
  if (ev.hit.nominal) return Role::kNone;
  if (p.weapon) return Role::kInstrument;
  if (passive) return Role::kNone;
  if (p.can_act) return rule.object_role == Role::kInstrument ? Role::kRecipient : rule.object_role;
  if (p.place) return assault || ev.type == EventType::kConsult ? Role::kRecipient : Role::kNone;
  return Role::kNone;
}

// What follows the trigger in its clause, up to the next trigger (or, for a verb
// that embeds another event, up to the "to" / "di" / "che" that opens it).
void ArgumentFinder::read_following(size_t e, bool passive) {
  EventDraft& ev = events_[e];
  const bool embeds = ev.hit.rule->embedding != Embedding::kNone;
  uint32_t upper = ev.clause_last;
  // "vuole che la Corea del Nord ...": the subject of the clause after "che" is asked.
  if (embeds && upper < scope_.size() && scope_.together(ev.hit.first, upper) && upper == ev.hit.last &&
      scope_.is(upper, kEmbedMarker))
    upper = scope_.clause_last(upper + 1 < scope_.sentence_last(upper) ? upper + 1 : upper);
  bool found_object = false;
  for (uint32_t k = ev.hit.last; k < upper; ++k) {
    if (triggers_.starts_later_trigger(k, e)) break;
    if (embeds && found_object && scope_.is(k, kEmbedMarker) && scope_.mention_at(k) < 0) break;
    Party p;
    if (!party_at(scope_, k, &p)) continue;
    const uint64_t prep = preposition_before(scope_, p.first, ev.hit.last);
    const Role role = role_after(ev, p, prep, passive);
    k = p.last - 1;
    if (role == Role::kNone) continue;
    if (ev.hit.nominal && role == Role::kActor && ev.has(Role::kActor) && !(prep & (kBetweenPrep | kAgentPrep)))
      continue;
    add_party(ev, role, p);
    found_object = found_object || role == Role::kRecipient || role == Role::kActor;
  }
}

// The words that qualify a noun trigger: "Russia's attack", "the Russian invasion",
// "l'attacco russo", "Hamas attack", "drone strike".
void ArgumentFinder::read_noun_context(EventDraft& ev) {
  const uint32_t f = ev.hit.first;
  ArgumentDraft demonym;
  if (f >= 2 && scope_.together(f - 2, f) && scope_.folded(f - 1) == "'s") {
    Party p;
    if (party_at(scope_, f - 2, &p) && p.can_act) add_party(ev, Role::kActor, p);
    return;
  }
  for (uint32_t back = 1; back <= 2 && back <= f; ++back) {  // "Russian air strikes"
    if (demonym_at(f - back, &demonym)) {
      ev.arguments.push_back(demonym);
      return;
    }
    if (!scope_.is(f - back, kAerialWord)) break;
  }
  if (scope_.lang() == Lang::kItalian && demonym_at(ev.hit.last, &demonym)) {  // "l'attacco russo"
    ev.arguments.push_back(demonym);
    return;
  }
  Party p;  // "Hamas attack", "drone strike", "Ukraine aid"
  if (f > 0 && scope_.together(f - 1, f) && party_at(scope_, f - 1, &p) && scope_.lang() == Lang::kEnglish) {
    if (p.weapon) add_party(ev, Role::kInstrument, p);
    else if (p.can_act) add_party(ev, ev.hit.rule->of_role, p);
  }
}

// A demonym outside any mention ("russo", "Russian"): the country acts.
bool ArgumentFinder::demonym_at(uint32_t k, ArgumentDraft* out) const {
  if (k >= scope_.size() || scope_.mention_at(k) >= 0 || !(scope_.doc().features.lexicon[k] & kDemonym)) return false;
  *out = ArgumentDraft{Role::kActor, k, k + 1, -1};
  return true;
}

void ArgumentFinder::make_parties_actors(EventDraft& ev) {
  for (ArgumentDraft& a : ev.arguments)
    if (a.role == Role::kRecipient) {
      const MentionCandidate* m = scope_.mention(a.mention);
      if (!m || is_actor_mention(*m)) a.role = Role::kActor;
    }
}

}  // namespace

bool party_at(const EventScope& scope, uint32_t k, Party* out) {
  if (k >= scope.size()) return false;
  const int32_t m = scope.mention_at(k);
  if (m >= 0) {
    const MentionCandidate& mention = *scope.mention(m);
    if (mention.category == Category::kTime) return false;
    *out = Party{mention.first, mention.last, m, is_actor_mention(mention), mention.category == Category::kWeapon,
                 mention.category == Category::kPlace};
    return true;
  }
  if (scope.is(k, kPersonNoun)) {
    *out = Party{k, k + 1, -1, true, false, false};
    return true;
  }
  if (scope.is(k, kPlaceNoun)) {
    *out = Party{k, k + 1, -1, false, false, true};
    return true;
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

void find_core_arguments(const EventScope& scope, std::vector<EventDraft>& events) {
  ArgumentFinder finder(scope, events);
  for (size_t e = 0; e < events.size(); ++e) finder.find(e);
}

}  // namespace annotator
