#include "event_arguments.h"

#include <algorithm>

namespace annotator {
namespace {

constexpr uint32_t kLongestCoordination = 6;  // "Russia, Belarus, Iran and North Korea"

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
  // The killing verb that starts at token k after `from` ("shot and [wounded]"), or null.
  const EventDraft* casualty_at(uint32_t k, size_t from) const {
    for (size_t e = from + 1; e < events_.size() && events_[e].hit.first <= k; ++e)
      if (events_[e].hit.first == k && (events_[e].hit.rule->flags & kCasualty)) return &events_[e];
    return nullptr;
  }
  // Likewise, for an event named by a noun.
  bool starts_later_noun_event(uint32_t k, size_t from) const {
    for (size_t e = from + 1; e < events_.size() && events_[e].hit.first <= k; ++e)
      if (events_[e].hit.first == k) return events_[e].hit.nominal;
    return false;
  }

 private:
  const std::vector<EventDraft>& events_;
};

// A past participle by its ending: English -ed; Italian regular participles and the
// irregular endings of ucciso, espulsi, arresi, sospeso, dimessi, invasa, distrutto,
// respinto, raggiunta (not the present "colpisce", "accusa").
bool looks_like_participle(Lang lang, std::string_view w) {
  if (lang == Lang::kEnglish) return w.size() > 4 && w.substr(w.size() - 2) == "ed";
  for (std::string_view end : {"ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite",
                               "iso", "isa", "isi", "ise", "lso", "lsa", "lsi", "lse", "eso", "esa", "esi", "ese",
                               "sso", "ssa", "ssi", "aso", "asa", "asi", "ase", "tto", "tta", "tti", "tte", "nto",
                               "nta"})
    if (w.size() > end.size() + 2 && w.substr(w.size() - end.size()) == end) return true;
  return false;
}

bool is_interception(const EventDraft& ev) { return ev.hit.rule->label == "interception"; }

// A ship, aircraft or armoured vehicle: a weapon that can also be a target.
bool is_platform(const MentionCandidate* m) {
  return m && (m->type == Type::kVessel || m->type == Type::kAircraft || m->type == Type::kArmouredVehicle);
}
// A visit goes to a place ("visited Kyiv", "si recherà in Egitto"), unless the verb
// says who hosted it ("hosted Zelensky in Ankara": Ankara is where).
// Whether the lexicon also lists mention m's words, whole, as a name of this type.
bool listed_whole_as(const Document& doc, const MentionCandidate& m, Type type) {
  for (uint32_t i = doc.match_start[m.first]; i < doc.match_start[m.first + 1]; ++i)
    for (const LexiconEntry* e = doc.matches[i].entries.begin; e != doc.matches[i].entries.end; ++e)
      if (e->kind == EntryKind::kName && e->type == type && doc.matches[i].count == m.length()) return true;
  return false;
}

// A town, or a capital standing for its government ("Parigi" as an actor): a
// meeting or an agreement named after it was held there ("il vertice di Parigi",
// "the Geneva talks", "l'accordo di Minsk").
bool names_a_town(const EventScope& scope, int32_t mention) {
  const MentionCandidate* m = scope.mention(mention);
  if (!m) return false;
  if (m->category == Category::kPlace) return m->type == Type::kCity;
  return listed_whole_as(scope.doc(), *m, Type::kCity);
}

// A seat of government named as its occupant ("all'Eliseo", "at the White House",
// "al Cremlino"): the lexicon lists the same words as a building.
bool names_a_building(const EventScope& scope, int32_t mention) {
  const MentionCandidate* m = scope.mention(mention);
  return m && m->category != Category::kPlace && listed_whole_as(scope.doc(), *m, Type::kFacility);
}

// Events done for someone, whom "for"/"per" names: aid, support, cooperation,
// agreements, releases and concessions.
bool done_for_someone(EventType type) {
  return type == EventType::kAid || type == EventType::kSupport || type == EventType::kCooperate ||
         type == EventType::kAgree || type == EventType::kRetreat || type == EventType::kConcede;
}

bool held_somewhere(const EventDraft& ev) {
  return ev.hit.nominal && (ev.type == EventType::kConsult || ev.type == EventType::kAgree);
}

bool is_visit(const EventDraft& ev) {
  return ev.hit.rule->modes.find("visit") != std::string_view::npos && !(ev.hit.rule->flags & kHost);
}

// "insieme alla Danimarca", "together with France", "alongside Britain".
bool along_with_before(const EventScope& scope, uint32_t first) {
  for (uint32_t back = 1; back <= 3 && back <= first; ++back)
    if (scope.mention_at(first - back) < 0 && scope.is(first - back, kAlongWith)) return true;
  return false;
}

class ArgumentFinder {
 public:
  ArgumentFinder(const EventScope& scope, std::vector<EventDraft>& events)
      : scope_(scope), events_(events), triggers_(events) {}

  void find(size_t e) {
    EventDraft& ev = events_[e];
    shared_with_ = nullptr;
    const int64_t modified = reduced_relative(e);
    const bool passive = modified >= 0 || is_passive(scope_, ev.hit);
    if (ev.hit.nominal) read_noun_context(ev);
    Party described;
    if (modified >= 0) {
      Party p;
      party_at(scope_, static_cast<uint32_t>(modified), &p);
      add(ev, Role::kRecipient, p);
      ev.reduced_relative = true;
    } else if (attributive_participle(ev, &described)) {
      add(ev, Role::kRecipient, described);
    } else if (!actor_of_plot(ev) && (!is_gerund(ev.hit) || !read_gerund_subject(e))) {
      read_subject(e, passive);
    }
    read_following(e, passive);
    // "accused Beijing of ..., and threatened further restrictions": a threat or a
    // sanction joined to a verb whose subject it shares is aimed at the same party.
    if (shared_with_ && !ev.has(Role::kRecipient) &&
        (ev.type == EventType::kThreaten || ev.type == EventType::kSanction))
      for (const ArgumentDraft& a : shared_with_->arguments)
        if (a.role == Role::kRecipient) ev.add(Role::kRecipient, a.first, a.last, a.mention);
    const uint16_t flags = ev.hit.rule->flags;
    if (flags & kHost) swap_host_and_guest(ev);
    if (flags & kSymmetric) {
      make_parties_actors(ev);
      // "X told Y in a phone call", "durante un incontro": everyone of the clause before it takes part.
      const bool framed = ev.hit.nominal && (preposition_before(scope_, ev.hit.first, ev.clause_first) & kPlacePrep);
      if (ev.hit.nominal && (!ev.has(Role::kActor) || framed)) clause_parties_hold_it(ev);
      if (ev.hit.nominal && !ev.has(Role::kActor)) share_earlier_actors(e);
    }
    if (!ev.has(Role::kActor)) actor_from_weapon_origin(ev);
  }

 private:
  void add(EventDraft& ev, Role role, const Party& p) { ev.add(role, p.first, p.last, p.mention); }
  static uint32_t last_argument_end(const EventDraft& ev) {
    uint32_t end = 0;
    for (const ArgumentDraft& a : ev.arguments) end = std::max(end, a.last);
    return end;
  }
  // "per la ricostruzione dell'Ucraina", "for the reconstruction of Ukraine": the party
  // at f completes a noun after "for" / "per", so the event is for it.
  bool completes_purpose_noun(uint32_t f) const {
    if (f < 3 || !scope_.is(f - 1, kOfPrep) || scope_.mention_at(f - 2) >= 0 || triggers_.at(f - 2, events_.size()) >= 0)
      return false;
    uint32_t k = f - 2;
    while (k > 0 && scope_.together(k - 1, f) && scope_.is(k - 1, kDeterminer)) --k;
    return k > 0 && scope_.together(k - 1, f) && scope_.is(k - 1, kBenefitPrep) && scope_.mention_at(k - 1) < 0;
  }
  // Whether the words between the noun trigger and the preposition before f are one
  // past participle ("l'intesa [raggiunta] alle Barbados").
  bool participle_after_trigger(const EventDraft& ev, uint32_t f) const {
    uint32_t prep = f;
    while (prep > ev.hit.last && !scope_.is(prep - 1, kPrepositions)) --prep;
    if (prep != ev.hit.last + 2 || scope_.mention_at(ev.hit.last) >= 0) return false;
    return looks_like_participle(scope_.lang(), scope_.folded(ev.hit.last));
  }
  // "nelle mani di Hamas", "in the hands of Hamas": the party at f holds what the event is about.
  bool held_by_party(uint32_t f) const {
    if (f < 2 || !scope_.is(f - 1, kOfPrep)) return false;
    const std::string_view w = scope_.folded(f - 2);
    return w == "mani" || w == "mano" || w == "hands";
  }
  static Role role_ending_at(const EventDraft& ev, uint32_t end) {
    for (const ArgumentDraft& a : ev.arguments)
      if (a.last == end) return a.role;
    return Role::kNone;
  }
  void add_with_coordinated(EventDraft& ev, Role role, const Party& p, bool leftward);
  void read_subject(size_t e, bool passive);
  void read_relative_antecedent(EventDraft& ev, bool passive);
  void read_subject_before_but(size_t e, bool passive);
  void read_following(size_t e, bool passive);
  void read_noun_context(EventDraft& ev);
  int64_t own_object_noun(size_t e, uint32_t k) const;
  bool possessor_before(EventDraft& ev);
  Role subject_role(const EventDraft& ev, const Party& p, bool passive) const;
  Role role_after(const EventDraft& ev, const Party& p, uint64_t prep, bool passive, bool near_object) const;
  bool demonym_at(uint32_t k, ArgumentDraft* out) const;
  void make_parties_actors(EventDraft& ev);
  void swap_host_and_guest(EventDraft& ev);
  void clause_parties_hold_it(EventDraft& ev);
  void share_earlier_actors(size_t e);
  void actor_from_weapon_origin(EventDraft& ev);
  bool actor_of_plot(EventDraft& ev);
  bool is_gerund(const TriggerHit& hit) const;
  bool read_gerund_subject(size_t e);
  int64_t reduced_relative(size_t e) const;
  // "a jailed activist", "the detained journalists": an English participle before
  // the noun it describes; *out is that noun's party.
  bool attributive_participle(const EventDraft& ev, Party* out) const {
    const uint32_t f = ev.hit.first;
    if (scope_.lang() != Lang::kEnglish || f == 0 || !scope_.is(f - 1, kDeterminer | kNumber))
      return false;
    const std::string_view w = scope_.folded(f);
    if (w.size() < 5 || w.substr(w.size() - 2) != "ed") return false;
    // The noun may come after a modifier or two ("a detained French journalist").
    for (uint32_t t = ev.hit.last; t < ev.hit.last + 3 && t < scope_.size() && scope_.together(f, t); ++t) {
      if (party_at(scope_, t, out)) return out->first <= t && out->can_act;
      if (scope_.doc().segmentation.tokens[t].kind != TokenKind::kWord) return false;
    }
    return false;
  }
  // "rebels near Goma killed at least 13 peacekeepers": an English verb followed by
  // its object (an article, a number, a name) is active, whatever stands before it.
  bool has_direct_object(const EventDraft& ev) const {
    // "Police in Nairobi fired tear gas": the trigger's own words hold its object
    // (not a particle: "the jet shot down by").
    if (ev.hit.last > ev.hit.first + 1 && !scope_.is(ev.hit.first + 1, kPrepositions)) {
      const std::string_view second = scope_.folded(ev.hit.first + 1);
      if (second != "down" && second != "up" && second != "off" && second != "out" && second != "back") return true;
    }
    const uint32_t k = ev.hit.last;
    if (k >= scope_.size() || !scope_.together(ev.hit.first, k)) return false;
    if (scope_.is(k, kDeterminer | kNumber)) return true;
    if (scope_.folded(k) == "at" && k + 1 < scope_.size() && scope_.folded(k + 1) == "least") return true;
    Party p;
    return party_at(scope_, k, &p) && p.first == k;
  }
  // A participle that describes the noun right before it ("attivista curdo detenuto",
  // "activists detained"): that noun is its recipient.
  static bool describes_noun_before(const EventDraft& ev) { return ev.reduced_relative; }
  // Shares the subject of the verb the infinitive or gerund `inner` depends on: the
  // nearest earlier verb of the sentence that is none itself ("accused Beijing of
  // enabling ... by selling ..., and threatened": Washington threatened).
  bool share_with_main_verb(EventDraft& ev, size_t inner, bool passive) {
    for (size_t j = inner; j-- > 0 && scope_.together(events_[j].hit.first, ev.hit.first);)
      if (!events_[j].hit.nominal && !opens_with_marker(events_[j])) {
        share_subject_of(ev, events_[j], passive);
        return true;
      }
    return false;
  }
  // Whether only auxiliaries stand between "and" / "e" and the trigger ("and suspended",
  // "e ha sospeso"), with an earlier verb in the sentence to share with.
  bool and_before_verb(const EventDraft& ev) const {
    uint32_t k = ev.hit.first;
    while (k > 0 && scope_.together(k - 1, ev.hit.first) && scope_.is(k - 1, kPerfectAux | kPassiveAux)) --k;
    if (k == 0 || !scope_.together(k - 1, ev.hit.first)) return false;
    const std::string_view w = scope_.folded(k - 1);
    return w == "and" || w == "e";
  }
  // An infinitive or a gerund after "to", "di", "by", "of": a verb inside the clause.
  bool opens_with_marker(const EventDraft& ev) const {
    if (ev.hit.first == 0) return false;
    const std::string_view w = scope_.folded(ev.hit.first - 1);
    return w == "to" || w == "di" || w == "by" || w == "of";
  }
  // A verb joined by "and" to an earlier one has its subject: "Erdogan hosted
  // Zelensky and promised" (Erdogan promised, though the host is the recipient).
  // A passive one undergoes it: "a gunman tried to storm ... but was shot" (the gunman was shot).
  void share_subject_of(EventDraft& ev, const EventDraft& other, bool passive) {
    const Role role = passive ? Role::kRecipient : Role::kActor;
    for (const ArgumentDraft& a : other.subject) ev.add(role, a.first, a.last, a.mention);
    if (other.subject.empty())
      for (const ArgumentDraft& a : other.arguments)
        if (a.role == Role::kActor) ev.add(role, a.first, a.last, a.mention);
    if (!passive) ev.subject = other.subject;
    shared_with_ = &other;
  }
  void share_actor_of(EventDraft& ev, const EventDraft& other) {
    for (const ArgumentDraft& a : other.arguments)
      if (a.role == Role::kActor) ev.add(Role::kActor, a.first, a.last, a.mention);
  }

  const EventScope& scope_;
  std::vector<EventDraft>& events_;
  TriggerIndex triggers_;
  const EventDraft* shared_with_ = nullptr;  // the verb whose subject the current event shares
};

void ArgumentFinder::add_with_coordinated(EventDraft& ev, Role role, const Party& p, bool leftward) {
  add(ev, role, p);
  Party at = p;
  for (uint32_t n = 0; n < kLongestCoordination; ++n) {
    const int64_t k = leftward ? coordinated_before(scope_, at.first) : coordinated_after(scope_, at.last);
    Party next;
    if (k < 0 || !party_at(scope_, static_cast<uint32_t>(k), &next)) return;
    if (next.can_act != p.can_act || next.place != p.place || next.weapon != p.weapon) return;
    add(ev, role, next);
    at = next;
  }
}

Role ArgumentFinder::subject_role(const EventDraft& ev, const Party& p, bool passive) const {
  if ((ev.hit.rule->flags & kUndergone) && (p.weapon || p.can_act || p.place)) return Role::kRecipient;
  if (p.weapon) {
    if (passive) return Role::kRecipient;
    // "un cacciatorpediniere americano li ha intercettati": a warship acts, as does
    // an air defence that intercepts; other weapons are what is used (or downed).
    const MentionCandidate* m = scope_.mention(p.mention);
    if (m && (m->type == Type::kVessel || (is_interception(ev) && m->type == Type::kAirDefence))) return Role::kActor;
    return is_interception(ev) ? Role::kRecipient : Role::kInstrument;
  }
  if (p.can_act) return passive ? Role::kRecipient : Role::kActor;
  if (p.place && passive) return Role::kRecipient;  // "un deposito è stato colpito"
  // "Brussels launched an investigation": a capital or country as subject is its government.
  const MentionCandidate* m = scope_.mention(p.mention);
  if (m && m->category == Category::kPlace && (m->type == Type::kCity || m->type == Type::kCountry)) return Role::kActor;
  return Role::kNone;
}

// The subject: the nearest party before the trigger in its clause that no
// preposition governs; for a passive verb it is the recipient. A verb joined by
// "and" to an earlier one ("attacked Kyiv and shelled Kharkiv") shares its actor.
void ArgumentFinder::read_subject(size_t e, bool passive) {
  EventDraft& ev = events_[e];
  Party described;
  uint32_t lower = ev.clause_first;
  // "has not decided whether to send", "non ha deciso se inviare": the infinitive after
  // "whether" / "se" has the subject of the clause before.
  if (!ev.hit.nominal && lower >= 2 && lower + 2 >= ev.hit.first && scope_.together(lower - 1, ev.hit.first)) {
    const std::string_view opener = scope_.folded(lower - 1);
    const bool infinitive = (scope_.lang() == Lang::kEnglish && ev.hit.first == lower + 1 && scope_.folded(lower) == "to") ||
                            (scope_.lang() == Lang::kItalian && ev.hit.first == lower && clearly_a_verb(scope_, ev.hit.first));
    if ((opener == "whether" || opener == "se") && infinitive) lower = scope_.clause_first(lower - 1);
  }
  // "accused Pakistan of sheltering the militants ... and suspended a treaty": a verb right
  // after "and" (and its auxiliaries) has the subject of the sentence's verb before it.
  if (!ev.hit.nominal && and_before_verb(ev) && share_with_main_verb(ev, e, passive)) return;
  // "occupavano la Crimea senza sparare un colpo", "entered without firing a shot": the
  // verb after "without" has the subject of the verb it goes with.
  const std::string_view word_before = ev.hit.first > 0 ? scope_.folded(ev.hit.first - 1) : std::string_view();
  if ((word_before == "senza" || word_before == "without") && !ev.hit.nominal)
    for (size_t j = e; j-- > 0 && scope_.together(events_[j].hit.first, ev.hit.first);)
      if (!events_[j].hit.nominal) {
        share_subject_of(ev, events_[j], passive);
        return;
      }
  bool passed_coordinator = false;
  for (uint32_t k = ev.hit.first; k > lower;) {
    --k;
    const int32_t other = triggers_.at(k, e);
    if (other >= 0) {
      const EventDraft& prev = events_[static_cast<size_t>(other)];
      // "rallied in Tel Aviv to demand", "sono scese in piazza per protestare": the
      // purpose has the subject of the verb it serves (unless that verb embeds it:
      // "asked North Korea to send" is told by the embedding).
      const bool purpose = (word_before == "to" || word_before == "per") && prev.hit.rule->embedding == Embedding::kNone;
      // "hanno imposto il coprifuoco ... e bloccato": past a coordinator, a noun's event is no verb to share with.
      if (passed_coordinator && prev.hit.nominal && !ev.hit.nominal) {
        k = std::min(k, prev.hit.first);
        continue;
      }
      // "foiled a plot to set fire to a centre, and charged three nationals": past a
      // coordinator, an infinitive is no verb of the clause to share a subject with.
      // ("accused Beijing of enabling ... by selling it engines, and threatened": nor is a gerund after "by".)
      if (passed_coordinator && !ev.hit.nominal && opens_with_marker(prev)) {
        if (share_with_main_verb(ev, static_cast<size_t>(other), passive)) return;
        k = std::min(k, prev.hit.first);
        continue;
      }
      // "Un attivista curdo detenuto in Turchia è ...": a participle describing the
      // noun before it is no verb of the clause; that noun is the clause's subject.
      if (describes_noun_before(prev)) {
        k = std::min(k, prev.hit.first);
        continue;
      }
      if ((passed_coordinator || purpose) && !ev.hit.nominal && !prev.hit.nominal) share_subject_of(ev, prev, passive);
      // "è in sciopero della fame per chiedere": a purpose of a noun's event has its actor.
      if (purpose && !ev.hit.nominal && prev.hit.nominal) share_actor_of(ev, prev);
      return;
    }
    passed_coordinator = passed_coordinator || scope_.is(k, kCoordinator);
    ArgumentDraft people;  // "Israelis rallied": a people named by its demonym acts
    Party qualified;       // (not "gli agricoltori polacchi bloccano": the farmers do)
    if (k + 1 == ev.hit.first && !passive && demonym_at(k, &people) &&
        !(party_at(scope_, k, &qualified) && qualified.first < k)) {
      ev.arguments.push_back(people);
      return;
    }
    Party p;
    if (!party_at(scope_, k, &p)) continue;
    k = std::min(k, p.first);
    if (preposition_before(scope_, p.phrase_first(), lower) & kPrepositions) continue;  // "secondo Watson", "in Ucraina"
    // "in Tel Aviv and Jerusalem": a locating preposition governs every conjunct.
    if (const int64_t c = coordinated_before(scope_, p.first); c >= 0) {
      Party q;
      const auto locating = [&](uint64_t prep) { return (prep & kPlacePrep) && !(prep & (kSourcePrep | kOfPrep)); };
      if (party_at(scope_, static_cast<uint32_t>(c), &q) && locating(preposition_before(scope_, q.phrase_first(), lower))) {
        k = std::min(k, q.first);
        continue;
      }
    }
    // A party an earlier verb of the clause already took ("attacked Kyiv and ...").
    // ("a jailed activist has been on hunger strike": a participle before a noun is no verb of the clause.)
    bool taken_inside = false;  // by an infinitive or a gerund inside the clause: look further back
    for (size_t j = e; j-- > 0 && events_[j].hit.first >= lower;)
      if (events_[j].uses(p.first) && !attributive_participle(events_[j], &described) &&
          !describes_noun_before(events_[j])) {
        if (passed_coordinator && !ev.hit.nominal && !events_[j].hit.nominal && opens_with_marker(events_[j])) {
          if (share_with_main_verb(ev, j, passive)) return;
          taken_inside = true;
          break;
        }
        // ("hanno bloccato le autostrade per protestare": a purpose shares the subject too.)
        const bool purpose = (word_before == "to" || word_before == "per") &&
                             events_[j].hit.rule->embedding == Embedding::kNone;
        if ((passed_coordinator || purpose) && !ev.hit.nominal) share_subject_of(ev, events_[j], passive);
        return;
      }
    if (taken_inside) continue;
    const Role role = subject_role(ev, p, passive);
    if (role == Role::kNone) continue;
    const size_t before = ev.arguments.size();
    add_with_coordinated(ev, role, p, true);
    // "27 Chinese warships and dozens of aircraft staged drills": each weapon of the
    // subject plays its own part (a warship acts).
    for (size_t a = before; a < ev.arguments.size() && p.weapon; ++a) {
      Party conjunct;
      conjunct.mention = ev.arguments[a].mention;
      conjunct.weapon = true;
      ev.arguments[a].role = subject_role(ev, conjunct, passive);
    }
    if (role == Role::kActor) ev.subject.assign(ev.arguments.begin() + static_cast<long>(before), ev.arguments.end());
    return;
  }
  read_relative_antecedent(ev, passive);
  if (!ev.has(Role::kActor) && !ev.has(Role::kRecipient)) read_subject_before_but(e, passive);
}

// "Il Qatar non ha espulso i dirigenti di Hamas, ma ha sospeso la mediazione": a verb
// that opens its clause after "but" / "ma" with only auxiliaries has the subject of
// the verb before.
void ArgumentFinder::read_subject_before_but(size_t e, bool passive) {
  EventDraft& ev = events_[e];
  if (ev.hit.nominal || ev.clause_first == 0 || e == 0) return;
  const std::string_view joint = scope_.folded(ev.clause_first - 1);
  if (joint != "but" && joint != "ma") return;
  for (uint32_t k = ev.clause_first; k < ev.hit.first; ++k)
    if (!scope_.is(k, kPerfectAux | kPassiveAux | kNegation) && scope_.folded(k) != ",") return;
  for (size_t j = e; j-- > 0 && scope_.together(events_[j].hit.first, ev.hit.first);) {
    if (events_[j].hit.nominal) continue;  // "nonostante le pressioni di Washington"
    share_subject_of(ev, events_[j], passive);
    return;
  }
}

// "condannata da Israele, che ha richiamato i propri ambasciatori", "Iran, which
// fired": a verb right after a relative pronoun has the party before it as subject.
void ArgumentFinder::read_relative_antecedent(EventDraft& ev, bool passive) {
  uint32_t k = ev.clause_first;  // the relative pronoun opens the clause, before it
  while (k < ev.hit.first && scope_.is(k, kPerfectAux | kPassiveAux)) ++k;
  if (k != ev.hit.first || ev.hit.nominal || ev.clause_first == 0) return;
  uint32_t r = ev.clause_first - 1;
  if (!scope_.is(r, kRelative) || scope_.mention_at(r) >= 0 || r == 0 || !scope_.together(r, ev.hit.first)) return;
  uint32_t a = r - 1;
  if (scope_.folded(a) == "," && a > 0) --a;
  Party p;
  if (!party_at(scope_, a, &p) || p.last != a + 1 || !p.can_act) return;
  const Role role = subject_role(ev, p, passive);
  if (role != Role::kNone) add(ev, role, p);
}

// What a party after the trigger is to the event: by its preposition, or as the
// direct object. near_object: only a few words stand between the trigger (or the
// last argument) and the party, so "by X" is the trigger's agent, not a later verb's.
Role ArgumentFinder::role_after(const EventDraft& ev, const Party& p, uint64_t prep, bool passive,
                                bool near_object) const {
  const TriggerRule& rule = *ev.hit.rule;
  const bool symmetric = rule.flags & kSymmetric;
  const bool force = ev.type == EventType::kAssault || ev.type == EventType::kCoerce;
  const Role party_role = symmetric ? Role::kActor : Role::kRecipient;
  if (p.can_act && along_with_before(scope_, p.first)) return Role::kActor;
  // "il ritiro delle truppe dal Niger", "withdrew from the corridor": where one withdraws from.
  if (ev.type == EventType::kRetreat && (prep & (kSourcePrep | kAgentPrep)) && !(prep & kOfPrep) && !passive &&
      (p.place || (scope_.mention(p.mention) && scope_.mention(p.mention)->type == Type::kCountry)))
    return Role::kLocation;
  // "extradited from Cyprus to the United States", "estradato negli Stati Uniti": the
  // state that hands someone over acts; the one that receives them is the recipient.
  const MentionCandidate* named = scope_.mention(p.mention);
  const bool state = named && (named->type == Type::kCountry ||
                               (named->category == Category::kActor && names_a_town(scope_, p.mention)));
  if (rule.label == "extradition" && state && !(prep & kOfPrep)) {
    if (prep & kSourcePrep) return Role::kActor;
    if (prep & (kRecipientPrep | kPlacePrep)) return Role::kRecipient;
  }
  // "deported 40 Uyghur men to China": where people are sent is a place, not a party.
  if (rule.modes == "deport" && (prep & kRecipientPrep) && !(prep & kTargetPrep) &&
      (p.place || (named && named->type == Type::kCountry)))
    return Role::kLocation;
  // "will buy tanks from South Korea", "acquisterà dalla Corea del Sud": who sells acts.
  if ((rule.flags & kUndergone) && (prep & kSourcePrep) && !(prep & kOfPrep) &&
      (p.can_act || (named && named->type == Type::kCountry)))
    return Role::kActor;
  if (prep & kAgentPrep) {  // "shot down by air defences": air defence units act
    if (!near_object) return Role::kNone;  // "la risoluzione presentata dalla Russia"
    // "criticised remarks by the Japanese prime minister": an active verb's object
    // is by them; they are whom the verb is about.
    // (English only: Italian "da" is also "from": "riceverà il comando dall'Africa Command".)
    if (scope_.lang() == Lang::kEnglish && !passive && !ev.hit.nominal && p.phrase_first() > ev.hit.last + 1 && !p.weapon)
      return p.can_act ? Role::kRecipient : Role::kNone;
    const MentionCandidate* m = scope_.mention(p.mention);
    if (p.weapon) return m && (m->type == Type::kAirDefence || m->type == Type::kVessel) ? Role::kActor : Role::kInstrument;
    return p.can_act ? Role::kActor : Role::kNone;
  }
  if ((prep & kSourcePrep) && ev.hit.nominal && p.can_act) return Role::kActor;  // "accusations from Moscow"
  if (prep & kBetweenPrep) return p.can_act || p.place ? Role::kActor : Role::kNone;
  if (prep & kInstrumentPrep) {
    if (p.weapon) return Role::kInstrument;
    // "colloqui con le Filippine": a country one talks with takes part.
    if (symmetric && named && named->type == Type::kCountry) return Role::kActor;
    return p.can_act ? party_role : Role::kNone;
  }
  if (prep & kBenefitPrep) {  // "aid for Ukraine", "in exchange for Palestinian prisoners"
    // ("an amnesty for opposition activists": a concession too.)
    const bool benefits = done_for_someone(ev.type);
    bool prisoners = false;  // "in exchange for hundreds of Palestinian prisoners"
    for (uint32_t k = p.first; k < p.last; ++k) prisoners = prisoners || scope_.is(k, kPrisoners);
    return (p.can_act || prisoners) && benefits ? Role::kRecipient : Role::kNone;
  }
  if (prep & kOfPrep) {
    if (held_somewhere(ev) && names_a_town(scope_, p.mention)) return Role::kLocation;
    if (p.weapon) {  // "l'abbattimento di un aereo", "lo speronamento di una motovedetta": the target
      if (!force) return Role::kNone;
      return rule.of_role == Role::kRecipient && (is_interception(ev) || is_platform(scope_.mention(p.mention)))
                 ? Role::kRecipient
                 : Role::kInstrument;
    }
    // "praised the role of Qatar", "elogiato il ruolo del Qatar": whose the object is.
    // ("sospendere il diritto di voto dell'Ungheria": a complement a few words on.)
    const bool near_complement = near_object || p.first <= ev.hit.last + 6;
    if (!ev.hit.nominal) return near_complement && p.can_act && !ev.has(Role::kRecipient) ? Role::kRecipient : Role::kNone;
    return (p.can_act || (p.place && rule.of_role == Role::kRecipient)) ? rule.of_role : Role::kNone;
  }
  // "ha ricevuto all'Eliseo", "met at the White House": where talks are held.
  if ((prep & (kRecipientPrep | kPlacePrep)) && !(prep & kOfPrep) && ev.type == EventType::kConsult &&
      names_a_building(scope_, p.mention))
    return Role::kLocation;
  if (prep & (kRecipientPrep | kTargetPrep)) {
    if (p.weapon) return Role::kNone;
    if (p.can_act) return party_role;
    // A place after "on", "against", "contro", "su" is what an attack aims at ("a",
    // "to", "in" only say where; one lands on a place); after "to", "a", "in" where a visit goes.
    if (p.place && ev.hit.rule->label == "landing") return Role::kLocation;
    if (p.place && is_interception(ev)) return Role::kLocation;  // "intercettati sulla regione di Belgorod"
    // "un'imboscata a un convoglio": after an attack noun, "a" and a place named by a
    // common noun is the target (a town after "a" may only say where: "l'attacco a Kharkiv").
    if (p.place && force && !symmetric && !(rule.flags & kCasualty) && ev.hit.nominal && p.mention < 0 &&
        (prep & kRecipientPrep) && !(prep & kPlacePrep))
      return Role::kRecipient;
    // "fired mortar rounds at the presidential palace": one fires or shoots at a target.
    if (p.place && (prep & kTargetPrep) && (rule.label == "firing" || rule.label == "shooting")) return Role::kRecipient;
    if (p.place && ((force && (prep & kTargetPrep) && !(prep & kPlacePrep)) || is_visit(ev))) return Role::kRecipient;
    // "ha inviato a Gaza ottanta camion di aiuti", "sent aid to Port Sudan": where aid goes receives it.
    if (p.place && ev.type == EventType::kAid) return Role::kRecipient;
    return Role::kNone;
  }
  // "marched through Tbilisi", "in Kyiv": a town named as its government is, after a
  // locating word, where the event happens.
  if ((prep & kPlacePrep) && !(prep & (kOfPrep | kSourcePrep)) && !p.place && !is_visit(ev) &&
      names_a_town(scope_, p.mention))
    return Role::kLocation;
  if (prep & kPlacePrep) return p.place && is_visit(ev) ? Role::kRecipient : Role::kNone;
  if (prep & kReportPrep) return Role::kNone;
  // No preposition: the direct object of a verb.
  if (ev.hit.nominal) return Role::kNone;
  if (p.weapon) return is_interception(ev) ? Role::kRecipient : Role::kInstrument;
  // "furono uccisi centinaia di civili": an Italian passive puts its subject after it.
  if (passive) return p.can_act && scope_.lang() == Lang::kItalian ? Role::kRecipient : Role::kNone;
  // "sending military personnel": troops are what is sent where the object is what is given.
  if (p.can_act && rule.object_role == Role::kInstrument && scope_.is(p.last - 1, kTroops)) return Role::kInstrument;
  if (p.can_act) return rule.object_role == Role::kInstrument || rule.object_role == Role::kNone ? Role::kRecipient
                                                                                                : rule.object_role;
  if (p.place && ev.type == EventType::kProtest) return Role::kLocation;  // "blocked three border crossings"
  if (p.place) return force || ev.type == EventType::kConsult ? Role::kRecipient : Role::kNone;
  return Role::kNone;
}

// "invierà aiuti umanitari alla popolazione": a noun event of the verb's own kind as
// its object (articles, numbers and modifiers between) is what the verb does, so
// the verb's reading goes on past it. The event of that noun, or -1.
int64_t ArgumentFinder::own_object_noun(size_t e, uint32_t k) const {
  const EventDraft& ev = events_[e];
  if (ev.hit.nominal) return -1;
  for (size_t j = e + 1; j < events_.size() && events_[j].hit.first <= k; ++j) {
    if (events_[j].hit.first != k) continue;
    if (!events_[j].hit.nominal || events_[j].type != ev.type) return -1;
    for (uint32_t t = ev.hit.last; t < k; ++t)
      if (!scope_.is(t, kDeterminer | kNumber | kNounModifier | kQuantity)) return -1;
    return static_cast<int64_t>(j);
  }
  return -1;
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
    if (const int64_t noun = own_object_noun(e, k); noun >= 0) {  // read on past it
      k = events_[static_cast<size_t>(noun)].hit.last - 1;
      continue;
    }
    if (triggers_.starts_later_trigger(k, e)) {
      // "shot and wounded two youths": a killing verb joined by "and" shares the object.
      const EventDraft* killing = triggers_.casualty_at(k, e);
      const std::string_view joined = scope_.folded(ev.hit.last);
      if (killing && k == ev.hit.last + 1 && !ev.hit.nominal && (joined == "and" || joined == "e")) {
        k = killing->hit.last - 1;
        continue;
      }
      break;
    }
    if (embeds && found_object && scope_.is(k, kEmbedMarker) && scope_.mention_at(k) < 0) break;
    // "..., Crown Prince Mohammed told": after a comma a new clause may start.
    if (scope_.folded(k) == "," && scope_.mention_at(k) < 0) break;
    Party p;
    if (!party_at(scope_, k, &p) || p.first < ev.hit.last || p.first < last_argument_end(ev)) continue;
    // A trigger may end with the preposition of what follows ("in exchange for").
    const bool ends_with_prep = ev.hit.last > ev.hit.first + 1 && scope_.is(ev.hit.last - 1, kPrepositions);
    const uint32_t lower = ends_with_prep ? ev.hit.last - 1 : ev.hit.last;
    uint64_t prep = preposition_before(scope_, p.phrase_first(), lower);
    // "in southern Lebanon and the Bekaa Valley": a locating preposition governs every conjunct.
    Party earlier;
    if (const int64_t c = coordinated_before(scope_, p.phrase_first());
        prep == 0 && c >= static_cast<int64_t>(lower) && party_at(scope_, static_cast<uint32_t>(c), &earlier)) {
      const uint64_t governs = preposition_before(scope_, earlier.phrase_first(), lower);
      if ((governs & kPlacePrep) && !(governs & (kSourcePrep | kOfPrep))) prep = governs;
    }
    // "met Wang Yi at the ASEAN meeting": a name before a noun event in a phrase of
    // place or of "of" names that event's party ("the ASEAN meeting"), not this one's.
    if (scope_.lang() == Lang::kEnglish && (prep & (kPlacePrep | kOfPrep)) && triggers_.starts_later_noun_event(p.last, e))
      break;
    const uint32_t from = ev.arguments.empty() ? ev.hit.last : std::max(ev.hit.last, last_argument_end(ev));
    if ((prep & kOfPrep) && completes_purpose_noun(p.phrase_first())) prep = kBenefitPrep;
    // "gli ostaggi ancora nelle mani di Hamas": who holds them.
    if ((prep & kOfPrep) && held_by_party(p.phrase_first())) prep = kAgentPrep;
    Role role = role_after(ev, p, prep, passive, p.phrase_first() <= from + 4);
    // "set fire to a shopping centre", "opened fire on the crowd": the object of a
    // trigger that ends with its own preposition is what the act is done to.
    if (ends_with_prep && role == Role::kNone && !passive && p.phrase_first() <= ev.hit.last + 2 &&
        (p.place || p.can_act))
      role = Role::kRecipient;
    // "l'intesa raggiunta alle Barbados", "the agreement signed in Washington": after a
    // participle that describes a noun event, a state or a place is where it happened.
    if (ev.hit.nominal && (prep & (kRecipientPrep | kPlacePrep)) && participle_after_trigger(ev, p.phrase_first()) &&
        (p.place || (scope_.mention(p.mention) && scope_.mention(p.mention)->type == Type::kCountry)))
      role = Role::kLocation;
    // A complement of the argument before it: a place says where the event is
    // ("contro il mercatino di Natale di Monaco"); whose it is shares its role
    // ("against the government of Prime Minister Benjamin Netanyahu").
    if ((prep & kOfPrep) && !ev.arguments.empty() && p.phrase_first() == last_argument_end(ev) + 1) {
      const Role owner = role_ending_at(ev, last_argument_end(ev));
      if (p.place || names_a_town(scope_, p.mention)) role = Role::kLocation;
      else if (p.can_act && (owner == Role::kActor || owner == Role::kRecipient)) role = owner;
    }
    k = p.last - 1;
    if (role == Role::kNone) continue;
    // "grazie alla mediazione della Cina": whose the talks or the mediation named by a
    // noun are, right after it, holds them rather than the subject of the clause.
    if (ev.hit.nominal && (ev.hit.rule->flags & kSymmetric) && role == Role::kActor && (prep & kOfPrep) &&
        p.phrase_first() <= ev.hit.last + 1)
      ev.arguments.erase(std::remove_if(ev.arguments.begin(), ev.arguments.end(),
                                        [&](const ArgumentDraft& a) {
                                          return a.role == Role::kActor && a.last <= ev.hit.first;
                                        }),
                         ev.arguments.end());
    // ("talks with the Philippines": who one talks with is one more party.)
    const bool with_whom = (ev.hit.rule->flags & kSymmetric) && (prep & kInstrumentPrep);
    if (ev.hit.nominal && role == Role::kActor && ev.has(Role::kActor) && !(prep & (kBetweenPrep | kAgentPrep)) &&
        !with_whom)
      continue;
    add_with_coordinated(ev, role, p, false);
    for (const ArgumentDraft& a : ev.arguments) k = std::max(k, a.last - 1);
    found_object = found_object || role == Role::kRecipient || role == Role::kActor;
  }
}

// The words that qualify a noun trigger: "Russia's attack", "the Russian invasion",
// "l'attacco russo", "Hamas attack", "drone strike".
void ArgumentFinder::read_noun_context(EventDraft& ev) {
  const uint32_t f = ev.hit.first;
  ArgumentDraft demonym;
  // "Russia's attack", "the EU's new sanctions": an adjective or two may stand between.
  uint32_t s = f;
  while (s > 0 && f - s < 2 && scope_.together(s - 1, f) && scope_.mention_at(s - 1) < 0 &&
         scope_.is(s - 1, kDeterminer | kNounModifier) && !is_possessive(scope_, s - 1))
    --s;
  if (s >= 2 && scope_.together(s - 2, f) && is_possessive(scope_, s - 1)) {
    Party p;
    if (party_at(scope_, s - 2, &p) && p.can_act) add(ev, Role::kActor, p);
    return;
  }
  if (possessor_before(ev)) return;
  for (uint32_t back = 1; back <= 2 && back <= f; ++back) {  // "Russian air strikes"
    if (demonym_at(f - back, &demonym)) {
      ev.arguments.push_back(demonym);
      return;
    }
    if (!scope_.is(f - back, kAerialWord)) break;
  }
  uint32_t after = ev.hit.last;  // ("un raid aereo israeliano")
  while (scope_.lang() == Lang::kItalian && after < scope_.size() && scope_.together(f, after) &&
         scope_.is(after, kAerialWord) && scope_.mention_at(after) < 0)
    ++after;
  if (scope_.lang() == Lang::kItalian && demonym_at(after, &demonym)) {  // "l'attacco russo"
    ev.arguments.push_back(demonym);
    return;
  }
  Party p;  // "Hamas attack", "drone strike", "Ukraine aid"
  if (f > 0 && scope_.together(f - 1, f) && party_at(scope_, f - 1, &p) && scope_.lang() == Lang::kEnglish) {
    // "the ASEAN meeting": those of a symmetric event hold it.
    const Role role = (ev.hit.rule->flags & kSymmetric) && ev.hit.rule->of_role == Role::kNone ? Role::kActor
                                                                                                : ev.hit.rule->of_role;
    if (p.weapon) add(ev, Role::kInstrument, p);
    else if (held_somewhere(ev) && names_a_town(scope_, p.mention)) add(ev, Role::kLocation, p);
    else if (p.can_act && role != Role::kNone) add(ev, role, p);
  }
}

// "praised Riyadh for its tireless mediation": the party an English possessive before
// a noun event stands for (the nearest one before it that can act; "its" is no
// person's, "his" and "her" only a person's) acts in it. (Not Italian: "suo" agrees
// with the thing possessed, and the nearest party was wrong in two of three cases
// on KIND news, "le sue dimissioni".)
bool ArgumentFinder::possessor_before(EventDraft& ev) {
  if (scope_.lang() != Lang::kEnglish) return false;
  const uint32_t lower = scope_.sentence_first(ev.hit.first);
  for (uint32_t k = ev.hit.first; k > lower && k + 3 > ev.hit.first;) {
    --k;
    const std::string_view w = scope_.folded(k);
    const bool its = w == "its", his = w == "his" || w == "her";
    const bool possessive = its || his || w == "their";
    if (!possessive) {
      if (scope_.mention_at(k) >= 0 || triggers_.at(k, events_.size()) >= 0 || scope_.is(k, kPrepositions)) return false;
      continue;
    }
    for (uint32_t t = k; t-- > lower;) {
      Party p;
      if (!party_at(scope_, t, &p)) continue;
      t = std::min(t, p.first);
      const MentionCandidate* m = scope_.mention(p.mention);
      const bool person = m && m->type == Type::kPerson;
      if (!p.can_act || (its && person) || (his && !person)) continue;
      // ("for his release": the one released.)
      add(ev, ev.hit.rule->of_role == Role::kRecipient ? Role::kRecipient : Role::kActor, p);
      return true;
    }
    return false;
  }
  return false;
}

// A demonym outside any mention ("russo", "Russian"): the country acts.
bool ArgumentFinder::demonym_at(uint32_t k, ArgumentDraft* out) const {
  if (k >= scope_.size() || scope_.mention_at(k) >= 0 || !(scope_.doc().features.lexicon[k] & kDemonym)) return false;
  *out = ArgumentDraft{Role::kActor, k, k + 1, -1};
  return true;
}

void ArgumentFinder::make_parties_actors(EventDraft& ev) {
  for (ArgumentDraft& a : ev.arguments) {
    const MentionCandidate* m = scope_.mention(a.mention);
    if (a.role == Role::kRecipient && (!m || m->category == Category::kActor)) a.role = Role::kActor;
  }
}

// "X hosted Y", "X ha ricevuto Y": the guest is the actor, the host the recipient.
void ArgumentFinder::swap_host_and_guest(EventDraft& ev) {
  for (ArgumentDraft& a : ev.arguments) {
    const MentionCandidate* m = scope_.mention(a.mention);
    if (m && m->category == Category::kPlace) continue;
    if (a.role == Role::kActor) a.role = Role::kRecipient;
    else if (a.role == Role::kRecipient) a.role = Role::kActor;
  }
}

// "Serbia and Kosovo agreed ... after twelve hours of talks", "Mohammed bin Salman
// told President Trump in a phone call": talks named with no parties are held by
// the parties of their clause that no preposition governs (at most three).
void ArgumentFinder::clause_parties_hold_it(EventDraft& ev) {
  int found = 0;
  for (uint32_t k = ev.hit.first; k-- > ev.clause_first && found < 3;) {
    Party p;
    if (!party_at(scope_, k, &p)) continue;
    k = std::min(k, p.first);
    if (!p.can_act || (preposition_before(scope_, p.phrase_first(), ev.clause_first) & kPrepositions)) continue;
    add(ev, Role::kActor, p);
    ++found;
  }
}

// Failing those, the parties of the event before it in its sentence ("Armenia e
// Azerbaigian hanno concordato ... dopo mesi di negoziati").
void ArgumentFinder::share_earlier_actors(size_t e) {
  EventDraft& ev = events_[e];
  for (size_t j = e; j-- > 0 && scope_.together(events_[j].hit.first, ev.hit.first);)
    if (events_[j].has(Role::kActor)) {
      share_actor_of(ev, events_[j]);
      return;
    }
}

// "Israeli jets struck", "i droni russi hanno colpito": the weapon's country acts,
// named by the demonym inside the weapon's mention.
void ArgumentFinder::actor_from_weapon_origin(EventDraft& ev) {
  for (const ArgumentDraft& a : ev.arguments) {
    const MentionCandidate* m = scope_.mention(a.mention);
    if (a.role != Role::kInstrument || !m) continue;
    // "Hamas rockets struck Ashkelon": the name before the weapon is whose it is.
    const MentionCandidate* owner = m->first > 0 && scope_.together(m->first - 1, m->first)
                                        ? scope_.mention(scope_.mention_at(m->first - 1)) : nullptr;
    if (owner && owner->category == Category::kActor && owner->type != Type::kPerson && owner->last == m->first &&
        ev.type == EventType::kAssault) {
      ev.add(Role::kActor, owner->first, owner->last, scope_.mention_at(m->first - 1));
      return;
    }
    if (m->country.empty()) continue;
    for (uint32_t k = m->first; k < m->last; ++k)
      if (scope_.doc().features.lexicon[k] & kDemonym) {
        ev.arguments.push_back(ArgumentDraft{Role::kActor, k, k + 1, -1});
        return;
      }
  }
}

// "smentendo le accuse", ", rejecting the accusations": a gerund that opens a clause
// of its own.
bool ArgumentFinder::is_gerund(const TriggerHit& hit) const {
  if (hit.nominal) return false;
  const std::string_view w = scope_.folded(hit.first);
  if (scope_.lang() == Lang::kItalian) {
    for (std::string_view e : {"ando", "endo", "andola", "endola", "andolo", "endolo", "andoli", "endoli", "andone",
                               "endone"})
      if (w.size() > e.size() + 2 && w.substr(w.size() - e.size()) == e) return true;
    return false;
  }
  // ", rejecting the claims"; "by signing an agreement" (how the subject did it).
  return w.size() > 5 && w.substr(w.size() - 3) == "ing" && hit.first > 0 &&
         (scope_.folded(hit.first - 1) == "," || scope_.folded(hit.first - 1) == "by");
}

// The subject of a gerund is the sentence's: who a reporting verb before it names
// ("ha precisato lo Stato maggiore, smentendo"; "the ministry said, rejecting"),
// else the subject of the verb before it ("Britain expelled ..., accusing Moscow").
bool ArgumentFinder::read_gerund_subject(size_t e) {
  EventDraft& ev = events_[e];
  const uint32_t lower = scope_.sentence_first(ev.hit.first);
  for (uint32_t k = ev.hit.first; k-- > lower;) {
    if (triggers_.at(k, e) >= 0) {
      const EventDraft& prev = events_[static_cast<size_t>(triggers_.at(k, e))];
      if (prev.hit.nominal) continue;  // "hanno rafforzato la cooperazione ..., firmando"
      // "foiled a plot to bomb a concert, arresting": an infinitive is no clause's verb.
      if (prev.hit.first > 0 && (scope_.folded(prev.hit.first - 1) == "to" || scope_.folded(prev.hit.first - 1) == "di"))
        continue;
      share_subject_of(ev, prev, false);
      return ev.has(Role::kActor);
    }
    if (!scope_.is(k, kSayVerb) || scope_.mention_at(k) >= 0) continue;
    // The reporter after the verb ("ha precisato lo Stato maggiore ucraino"; English puts
    // the reported clause's subject there: "said Putin had"), else before it.
    for (uint32_t t = k + 1; t < ev.hit.first && scope_.lang() == Lang::kItalian; ++t) {
      Party p;
      if (party_at(scope_, t, &p) && p.can_act && !preposition_before(scope_, p.phrase_first(), k)) {
        add(ev, Role::kActor, p);
        return true;
      }
    }
    for (uint32_t t = k; t-- > scope_.clause_first(k);) {
      Party p;
      if (!party_at(scope_, t, &p)) continue;
      t = std::min(t, p.first);
      if (p.can_act && !(preposition_before(scope_, p.phrase_first(), scope_.clause_first(k)) & kPrepositions)) {
        add(ev, Role::kActor, p);
        return true;
      }
    }
    return false;
  }
  // No verb of an event before it: the subject of the sentence ("L'India e gli Emirati
  // hanno rafforzato la cooperazione, firmando un memorandum"), or those of an event
  // noun that is ("Un corteo di studenti ha attraversato Londra chiedendo").
  for (uint32_t k = lower; k < ev.hit.first; ++k) {
    Party p;
    if (!party_at(scope_, k, &p)) continue;
    const uint32_t f = p.phrase_first();
    const uint64_t prep = preposition_before(scope_, f, lower);
    const bool of_event = prep == kOfPrep && f >= 2 && scope_.is(f - 1, kOfPrep) && triggers_.at(f - 2, e) >= 0 &&
                          events_[static_cast<size_t>(triggers_.at(f - 2, e))].hit.nominal;
    if (p.can_act && (!(prep & kPrepositions) || of_event)) {
      add_with_coordinated(ev, Role::kActor, p, false);
      return true;
    }
    k = std::max(k, p.last - 1);
  }
  return false;
}

// "studenti arrestati durante le proteste", "activists detained after the
// election": a participle right after a noun phrase is said of it (a passive with
// no auxiliary); returns the token of that phrase, or -1.
int64_t ArgumentFinder::reduced_relative(size_t e) const {
  const EventDraft& ev = events_[e];
  const uint32_t f = ev.hit.first;
  if (ev.hit.nominal || f == 0 || !scope_.together(f - 1, f) || (ev.hit.rule->flags & kIntransitive)) return -1;
  Party p;
  bool found = party_at(scope_, f - 1, &p) && p.last == f;
  // "un attivista curdo detenuto": a demonym may close the phrase.
  if (!found && f >= 2 && scope_.mention_at(f - 1) < 0 && (scope_.doc().features.lexicon[f - 1] & kDemonym))
    found = party_at(scope_, f - 2, &p) && p.last == f - 1;
  if (!found || p.weapon) return -1;
  // "due colonnelli della guardia di Stato accusati": the phrase's head comes before its complement.
  int64_t target = f - 1;
  if (p.first >= 2 && scope_.is(p.first - 1, kOfPrep) && scope_.mention_at(p.first - 1) < 0) {
    Party head;
    if (party_at(scope_, p.first - 2, &head) && head.first < p.first - 1 && head.last >= p.first - 1 && head.can_act)
      target = p.first - 2;
  }
  const std::string_view w = scope_.folded(f);
  if (scope_.lang() == Lang::kItalian) {
    // "che la Corea del Nord accetti": the subject of a clause of its own, not a
    // noun phrase a participle describes.
    uint32_t b = p.first;
    while (b > scope_.sentence_first(f) && scope_.is(b - 1, kDeterminer)) --b;
    if (b > scope_.sentence_first(f) && scope_.folded(b - 1) == "che") return -1;
    return looks_like_participle(Lang::kItalian, w) ? target : -1;
  }
  const bool past = w.size() > 4 && w.substr(w.size() - 2) == "ed";
  // ("including several journalists jailed on smuggling charges")
  uint32_t b = p.phrase_first();
  while (b > scope_.sentence_first(f) && scope_.is(b - 1, kDeterminer | kNumber | kApproximately)) --b;
  const bool object = preposition_before(scope_, p.phrase_first(), scope_.sentence_first(f)) != 0 ||
                      (p.first > 0 && triggers_.at(p.first - 1, e) >= 0) ||
                      (b > 0 && scope_.folded(b - 1) == "including");
  return past && object && !has_direct_object(ev) ? target : -1;
}

// "a plot by Russian intelligence to set fire", "il piano di Hamas di colpire":
// who plots, acts in what the plot is for.
bool ArgumentFinder::actor_of_plot(EventDraft& ev) {
  const uint32_t lower = ev.hit.first > 10 ? ev.hit.first - 10 : 0;
  for (uint32_t k = ev.hit.first; k-- > std::max(lower, ev.clause_first);) {
    if (!scope_.is(k, kPlotNoun | kDecisionNoun) || scope_.mention_at(k) >= 0) continue;
    if (!plans_event(scope_, k, ev.hit.first)) return false;
    Party owner;  // "the government's decision to suspend", "Russia's plan to invade"
    if (k >= 2 && is_possessive(scope_, k - 1) && party_at(scope_, k - 2, &owner) && owner.can_act) {
      add(ev, Role::kActor, owner);
      return true;
    }
    for (uint32_t t = k + 1; t < ev.hit.first; ++t) {
      Party p;
      if (!party_at(scope_, t, &p) || !p.can_act) continue;
      if (!(preposition_before(scope_, p.phrase_first(), k) & (kAgentPrep | kOfPrep))) return false;
      add(ev, Role::kActor, p);
      return true;
    }
    // "police foiled a plot to bomb a concert": the plotters are not named, and the
    // subject of the sentence is not one of them ("Iran plans to strike" names them).
    // (Who decides may be: "announced its decision to".)
    return k > 0 && scope_.is(k - 1, kDeterminer) && scope_.is(k, kPlotNoun);
  }
  return false;
}

}  // namespace

bool is_passive(const EventScope& scope, const TriggerHit& hit) {
  if (hit.nominal || (hit.rule->flags & kIntransitive)) return false;
  // A protest is made, never undergone: "sono scese in piazza" is Italian's active
  // past of a verb of motion.
  if (hit.rule->type == EventType::kProtest) return false;
  const std::string_view word = scope.folded(hit.first);
  if (scope.lang() == Lang::kEnglish && word.size() > 3 && word.substr(word.size() - 3) == "ing") return false;
  for (uint32_t back = 1; back <= 3 && back <= hit.first; ++back) {
    const uint32_t k = hit.first - back;
    if (!scope.together(k, hit.first)) break;
    // "si sono arresi", "si è dimesso": a reflexive verb is active.
    if (scope.is(k, kPassiveAux)) return !(k > 0 && scope.together(k - 1, k) && scope.folded(k - 1) == "si");
    const std::string_view w = scope.folded(k);
    if (!scope.is(k, kNegation) && w != "already" && w != "gia" && w != "reportedly" && w != "also" && w != "anche" &&
        w != "mai" && w != "ever" && w != "just")
      break;
  }
  return false;
}

// "Dopo undici ore di trattative, Russia e Ucraina hanno raggiunto un accordo": talks
// named with no parties are held by those of the next event, as by those of the one before.
void share_later_actors(const EventScope& scope, std::vector<EventDraft>& events) {
  for (size_t e = 0; e + 1 < events.size(); ++e) {
    EventDraft& ev = events[e];
    if (!ev.hit.nominal || !(ev.hit.rule->flags & kSymmetric) || ev.has(Role::kActor)) continue;
    const EventDraft& next = events[e + 1];
    if (!scope.together(ev.hit.first, next.hit.first)) continue;
    for (const ArgumentDraft& a : next.arguments)
      if (a.role == Role::kActor) ev.add(Role::kActor, a.first, a.last, a.mention);
  }
}

// The agent of a passive verb: "was announced by the Pentagon", "è stato annunciato
// dalla Casa Bianca" (auxiliaries at k, then the participle, "by" and the party);
// returns the participle's token, or 0.
uint32_t passive_agent_at(const EventScope& scope, uint32_t k, uint32_t last, Party* agent) {
  if (!scope.is(k, kPassiveAux)) return 0;
  while (k < last && scope.is(k, kPassiveAux | kPerfectAux)) ++k;
  const uint32_t participle = k;
  if (participle + 2 >= last || !scope.is(participle + 1, kAgentPrep) || scope.mention_at(participle + 1) >= 0) return 0;
  for (uint32_t t = participle + 2; t < std::min(last, participle + 5); ++t) {
    if (party_at(scope, t, agent)) return agent->can_act && agent->first >= participle + 2 ? participle : 0;
    if (!scope.is(t, kDeterminer)) return 0;
  }
  return 0;
}

// "A $425 million military aid package for Ukraine ... was announced by the Pentagon",
// "Indirect negotiations between Iran and the United States were hosted by Oman": a
// noun event that opens its sentence is the subject of the passive verb after it, whose
// agent is its actor, or plays the role it plays in that verb's own event (a host).
// "... è stato annunciato dalla Casa Bianca per l'Ucraina": whom an event done for
// someone is for, named by "per"/"for" at token k.
void add_beneficiary_after(const EventScope& scope, uint32_t k, EventDraft& ev) {
  if (!done_for_someone(ev.type) || k >= scope.size() || !scope.together(ev.hit.first, k) ||
      !scope.is(k, kBenefitPrep) || scope.mention_at(k) >= 0)
    return;
  uint32_t t = k + 1;
  while (t < scope.size() && scope.together(k, t) && scope.mention_at(t) < 0 && scope.is(t, kDeterminer)) ++t;
  Party p;
  if (t < scope.size() && scope.together(k, t) && party_at(scope, t, &p) && p.can_act && !ev.uses(p.first))
    ev.add(Role::kRecipient, p.first, p.last, p.mention);
}

void agent_of_noun_subject(const EventScope& scope, std::vector<EventDraft>& events) {
  for (size_t e = 0; e < events.size(); ++e) {
    EventDraft& noun = events[e];
    const auto later_event_at = [&](uint32_t k) -> int32_t {
      for (size_t j = e + 1; j < events.size() && events[j].hit.first <= k; ++j)
        if (k < events[j].hit.last) return static_cast<int32_t>(j);
      return -1;
    };
    const uint32_t first = scope.sentence_first(noun.hit.first);
    if (!noun.hit.nominal || noun.hit.first > first + 8 || (e > 0 && events[e - 1].hit.first >= first)) continue;
    const uint32_t last = std::min(scope.sentence_last(noun.hit.first), noun.hit.last + 30);
    for (uint32_t k = noun.hit.last; k < last; ++k) {
      const int32_t other = later_event_at(k);
      if (other >= 0 && !events[static_cast<size_t>(other)].hit.nominal) break;  // a verb of its own
      Party agent;
      const uint32_t participle = passive_agent_at(scope, k, last, &agent);
      if (participle == 0) continue;
      Role role = Role::kActor;
      const int32_t verb = later_event_at(participle);
      if (verb >= 0)
        for (const ArgumentDraft& a : events[static_cast<size_t>(verb)].arguments)
          if (a.first == agent.first && events[static_cast<size_t>(verb)].type == noun.type) role = a.role;
      if (!noun.uses(agent.first) && (role != Role::kActor || !noun.has(Role::kActor)))
        noun.add(role, agent.first, agent.last, agent.mention);
      add_beneficiary_after(scope, agent.last, noun);
      break;
    }
  }
}

// "la sospensione dei negoziati decisa dal governo georgiano", "an offensive ordered by
// the Kremlin": who decides, orders or carries out an event named by a noun is its
// actor (the first noun event before the participle, when nothing but complements
// stand between).
void author_of_noun_event(const EventScope& scope, std::vector<EventDraft>& events) {
  for (size_t e = 0; e < events.size(); ++e) {
    EventDraft& ev = events[e];
    if (!ev.hit.nominal || (ev.has(Role::kActor) && ev.type != EventType::kAccuse)) continue;
    // A noun right after another names its complement ("la sospensione dei negoziati").
    if (e > 0 && events[e - 1].hit.nominal && events[e - 1].hit.last + 10 > ev.hit.first &&
        scope.together(events[e - 1].hit.first, ev.hit.first))
      continue;
    const uint32_t upper = std::min(scope.sentence_last(ev.hit.first), ev.hit.last + 10);
    for (uint32_t k = ev.hit.last, next = static_cast<uint32_t>(e + 1); k + 2 < upper; ++k) {
      while (next < events.size() && events[next].hit.last <= k) ++next;
      if (next < events.size() && events[next].hit.first <= k && !events[next].hit.nominal) break;  // a verb of its own
      if (scope.is(k, kClauseBreak) && scope.mention_at(k) < 0) break;
      if (!scope.is(k, kAuthorVerb | kLightVerb) || !scope.is(k + 1, kAgentPrep) || scope.mention_at(k + 1) >= 0) continue;
      // "un'indagine sui crimini commessi dalle forze russe": who committed what is
      // investigated is whom the investigation is about.
      const std::string_view verb = scope.folded(k);
      const bool committed = verb.substr(0, 6) == "commit" || verb.substr(0, 6) == "commes" || verb.substr(0, 9) == "perpetrat";
      const Role role = committed && ev.type == EventType::kAccuse ? Role::kRecipient : Role::kActor;
      if (role == Role::kActor && ev.has(Role::kActor)) break;
      for (uint32_t t = k + 2; t < std::min(scope.size(), k + 5) && scope.together(k, t); ++t) {
        Party agent;
        if (party_at(scope, t, &agent)) {
          if (agent.can_act && agent.first >= k + 2) ev.add(role, agent.first, agent.last, agent.mention);
          break;
        }
        if (!scope.is(t, kDeterminer)) break;
      }
      break;
    }
  }
}

// "nonostante le pressioni di Washington, il Qatar non ha espulso", "despite pressure
// from Washington": the pressure is on the subject of the sentence's verb.
void despite_pressure_on_subject(const EventScope& scope, std::vector<EventDraft>& events) {
  for (size_t e = 0; e < events.size(); ++e) {
    EventDraft& ev = events[e];
    const bool pressure = ev.type == EventType::kRequest || ev.type == EventType::kThreaten ||
                          ev.type == EventType::kSanction || ev.type == EventType::kAccuse;
    if (!ev.hit.nominal || !pressure || ev.has(Role::kRecipient)) continue;
    uint32_t k = ev.hit.first;
    while (k > 0 && scope.together(k - 1, ev.hit.first) && scope.is(k - 1, kDeterminer | kNounModifier)) --k;
    const std::string_view w = k > 0 ? scope.folded(k - 1) : std::string_view();
    if (w != "nonostante" && w != "despite" && w != "malgrado") continue;
    // The sentence's first verb (events are in text order: look no further than the sentence).
    size_t j = e;
    while (j > 0 && scope.together(events[j - 1].hit.first, ev.hit.first)) --j;
    for (; j < events.size() && scope.together(events[j].hit.first, ev.hit.first); ++j) {
      const EventDraft& verb = events[j];
      if (j == e || verb.hit.nominal) continue;
      for (const ArgumentDraft& a : verb.subject) ev.add(Role::kRecipient, a.first, a.last, a.mention);
      break;
    }
  }
}

void find_core_arguments(const EventScope& scope, std::vector<EventDraft>& events) {
  ArgumentFinder finder(scope, events);
  for (size_t e = 0; e < events.size(); ++e) finder.find(e);
  agent_of_noun_subject(scope, events);
  author_of_noun_event(scope, events);
  despite_pressure_on_subject(scope, events);
  share_later_actors(scope, events);
}

}  // namespace annotator
