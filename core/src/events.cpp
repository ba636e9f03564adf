#include "events.h"

#include <algorithm>
#include <cmath>

#include "casualties.h"
#include "event_arguments.h"
#include "event_attachments.h"
#include "event_modality.h"
#include "event_parties.h"
#include "event_scope.h"
#include "event_triggers.h"

namespace annotator {
namespace {

std::vector<EventDraft> drafts_from(const EventScope& scope, const std::vector<TriggerHit>& hits) {
  std::vector<EventDraft> out;
  out.reserve(hits.size());
  for (const TriggerHit& hit : hits) {
    EventDraft ev;
    ev.hit = hit;
    ev.type = hit.rule->type;
    ev.clause_first = scope.clause_first(hit.first);
    ev.clause_last = scope.clause_last(hit.last - 1);
    out.push_back(std::move(ev));
  }
  return out;
}

bool has_party(const EventDraft& ev) {
  return ev.has(Role::kActor) || ev.has(Role::kRecipient) || ev.has(Role::kInstrument);
}

bool is_attack(const EventDraft& ev) {
  return ev.keep && ev.type == EventType::kAssault && !(ev.hit.rule->flags & kCasualty);
}

// Whether a killing verb with its object ("killed five people") and an attack name
// who acted, and no one in both: "a gunman killed five people ... before he was
// shot dead by a police officer" tells two attacks.
bool other_actors(const EventScope& scope, const EventDraft& a, const EventDraft& b) {
  const uint32_t next = a.hit.last;
  const bool object = next < scope.size() && scope.together(a.hit.first, next) && scope.mention_at(next) < 0 &&
                      (scope.is(next, kDeterminer | kNumber) || scope.doc().segmentation.tokens[next].kind == TokenKind::kNumber);
  if (!object || !a.has(Role::kActor) || !b.has(Role::kActor)) return false;
  for (const ArgumentDraft& x : a.arguments)
    for (const ArgumentDraft& y : b.arguments)
      if (x.role == Role::kActor && y.role == Role::kActor && x.first < y.last && y.first < x.last) return false;
  return true;
}

// "colpito dalla crisi", "hit by the storm": an agent after the verb that is no one
// and no weapon (no party within three words after "da" / "by").
bool inanimate_agent(const EventScope& scope, const EventDraft& ev) {
  const uint32_t k = ev.hit.last;
  if (k >= scope.size() || !scope.together(ev.hit.first, k) || !scope.is(k, kAgentPrep) || scope.mention_at(k) >= 0)
    return false;
  for (uint32_t t = k + 1; t < std::min(scope.size(), k + 4) && scope.together(k, t); ++t) {
    Party p;
    if (party_at(scope, t, &p)) return !(p.can_act || p.weapon || p.place);
    if (!scope.is(t, kDeterminer | kNounModifier)) return true;
  }
  return false;
}

// Whether a party of the event is a state or a body, by its name ("la Polonia", "the
// Pentagon"): a purchase of weapons is an arms deal only between such parties ("acquistare
// un'arma da fuoco" is no event of foreign affairs).
bool has_named_party(const EventScope& scope, const EventDraft& ev) {
  for (const ArgumentDraft& a : ev.arguments) {
    const MentionCandidate* m = scope.mention(a.mention);
    if ((a.role == Role::kActor || a.role == Role::kRecipient) && m &&
        (m->category == Category::kActor || m->type == Type::kCountry || m->type == Type::kCity))
      return true;
  }
  return false;
}

// A killing verb tells the toll of the attack its sentence names ("a drone strike
// killed five"); alone it is an attack only when the text says who or with what.
// A trigger that is often no event needs a party.
void drop_weak_events(const EventScope& scope, std::vector<EventDraft>& events) {
  for (size_t e = 0; e < events.size(); ++e) {
    EventDraft& ev = events[e];
    const uint16_t flags = ev.hit.rule->flags;
    if (flags & kCasualty) {
      EventDraft* attack = nullptr;
      for (size_t k = e; k-- > 0 && scope.together(events[k].hit.first, ev.hit.first);)
        if (is_attack(events[k]) && !other_actors(scope, ev, events[k])) { attack = &events[k]; break; }
      for (size_t k = e + 1; !attack && k < events.size() && scope.together(events[k].hit.first, ev.hit.first); ++k)
        if (is_attack(events[k]) && !other_actors(scope, ev, events[k])) attack = &events[k];
      if (attack) {
        if (attack->dead < 0) attack->dead = ev.dead;
        if (attack->injured < 0) attack->injured = ev.injured;
        if (attack->time < 0 && ev.time >= 0) {
          attack->time = ev.time;
          for (const ArgumentDraft& a : ev.arguments)
            if (a.role == Role::kTime) attack->add(Role::kTime, a.first, a.last, a.mention);
        }
        // "guerrillas killed 12 villagers in an overnight raid": who killed made the attack.
        if (!attack->has(Role::kActor))
          for (const ArgumentDraft& a : ev.arguments)
            if (a.role == Role::kActor) attack->add(Role::kActor, a.first, a.last, a.mention);
        if (!attack->has(Role::kLocation))  // "... adding that four people were killed in Lviv"
          for (const ArgumentDraft& a : ev.arguments)
            if (a.role == Role::kLocation) attack->add(Role::kLocation, a.first, a.last, a.mention);
        ev.keep = false;
      } else if (!has_party(ev) && !ev.has(Role::kLocation)) {
        ev.keep = false;  // "five people were killed" says too little to be an attack
      }
    } else if (ev.hit.rule->label == "arms purchase" && !has_named_party(scope, ev)) {
      ev.keep = false;
    } else if ((flags & kWeak) && !has_party(ev)) {
      ev.keep = false;
    } else if ((flags & kNeedsAgent) && ((!ev.has(Role::kActor) && !ev.has(Role::kInstrument)) || inanimate_agent(scope, ev))) {
      ev.keep = false;  // "colpito dalla crisi"
    }
  }
}

// "ha inviato ottanta camion di aiuti", "supplied military aid": an aid noun
// inside what a verb of giving governs names the same event.
void drop_nouns_inside_verbs(std::vector<EventDraft>& events) {
  for (size_t e = 1; e < events.size(); ++e) {
    EventDraft& noun = events[e];
    const EventDraft& verb = events[e - 1];
    if (!noun.hit.nominal || verb.hit.nominal || verb.type != noun.type || verb.type != EventType::kAid) continue;
    if (noun.hit.first < verb.hit.last + 6 && noun.clause_first == verb.clause_first) noun.keep = false;
  }
}

// "suspended security cooperation with France", "la sospensione dei negoziati": what a
// sanction stops is no event of its own; its parties other than the one who stops it
// are whom the sanction is against.
void fold_suspended_nouns(const EventScope& scope, std::vector<EventDraft>& events) {
  for (size_t e = 0; e + 1 < events.size(); ++e) {
    EventDraft& verb = events[e];
    EventDraft& noun = events[e + 1];
    if (verb.type != EventType::kSanction || !noun.hit.nominal || !noun.keep ||
        verb.hit.rule->embedded_modality != Modality::kNegated || noun.hit.first > verb.hit.last + 3)
      continue;
    // Only articles and modifiers between: the noun is the verb's object (or, after
    // a noun, its complement: "la sospensione dei negoziati").
    const uint64_t between = kDeterminer | kNumber | kNounModifier | kMilitaryWord | (verb.hit.nominal ? uint64_t{kOfPrep} : uint64_t{0});
    bool object = true;
    for (uint32_t k = verb.hit.last; k < noun.hit.first; ++k) object = object && scope.is(k, between);
    if (!object) continue;
    for (const ArgumentDraft& a : noun.arguments)
      if ((a.role == Role::kActor || a.role == Role::kRecipient) && !verb.uses(a.first))
        verb.add(Role::kRecipient, a.first, a.last, a.mention);
    noun.keep = false;
  }
}

// "the explosion that destroyed the Kakhovka dam": the verb of a relative clause on the noun.
bool in_relative_clause(const EventScope& scope, const EventDraft& noun, const EventDraft& verb) {
  uint32_t k = noun.hit.last;
  if (k >= verb.hit.first || !scope.is(k, kRelative) || scope.mention_at(k) >= 0) return false;
  for (++k; k < verb.hit.first && scope.is(k, kPerfectAux); ++k) {}
  return k == verb.hit.first;
}

// "Un raid aereo israeliano ha colpito una scuola": the verb whose subject the noun is
// (only modifiers, a weapon after "con"/"with", auxiliaries between).
bool has_noun_as_subject(const EventScope& scope, const EventDraft& noun, const EventDraft& verb) {
  if (verb.hit.first > noun.hit.last + 8 || !scope.together(noun.hit.first, verb.hit.first)) return false;
  for (uint32_t k = noun.hit.last; k < verb.hit.first; ++k) {
    const MentionCandidate* m = scope.mention(scope.mention_at(k));
    // (a weapon after "con"/"with", or one the trigger's words begin: "raid [aereo israeliano]")
    if (m && m->category == Category::kWeapon && m->first > 0 &&
        (scope.is(m->first - 1, kInstrumentPrep) || m->first < noun.hit.last)) {
      k = m->last - 1;
      continue;
    }
    if (m || !(scope.is(k, kAerialWord | kNounModifier | kPerfectAux | kInstrumentPrep) ||
               (scope.doc().features.lexicon[k] & kDemonym)))
      return false;
  }
  return true;
}

// A verb of the same kind that tells more of a noun event, in a relative clause on it
// or with it as subject ("a Russian missile strike hit a hospital"), is that event:
// its parties join the noun's and it is no event of its own.
void fold_verbs_into_noun_events(const EventScope& scope, std::vector<EventDraft>& events) {
  for (size_t e = 0; e + 1 < events.size(); ++e) {
    EventDraft& noun = events[e];
    EventDraft& verb = events[e + 1];
    if (!noun.hit.nominal || verb.hit.nominal || verb.type != noun.type || !noun.keep || !verb.keep) continue;
    if (!in_relative_clause(scope, noun, verb) && !has_noun_as_subject(scope, noun, verb)) continue;
    const bool had_time = noun.time >= 0;
    for (const ArgumentDraft& a : verb.arguments)
      if (!noun.uses(a.first) && !(a.role == Role::kActor && noun.has(Role::kActor)) &&
          !(a.role == Role::kTime && had_time))
        noun.add(a.role, a.first, a.last, a.mention);
    if (!had_time) noun.time = verb.time;
    if (noun.dead < 0) noun.dead = verb.dead;
    if (noun.injured < 0) noun.injured = verb.injured;
    verb.keep = false;
  }
}

// Whether the words between two tokens are articles, modifiers, places and times:
// "ospitare [a Istanbul nuovi] colloqui".
bool modifiers_and_places(const EventScope& scope, uint32_t first, uint32_t last) {
  for (uint32_t k = first; k < last; ++k) {
    if (scope.is(k, kDeterminer | kNounModifier | kNumber | kPrepositions)) continue;
    const MentionCandidate* m = scope.mention(scope.mention_at(k));
    if (!m || !(m->category == Category::kPlace || m->category == Category::kTime)) return false;
    k = m->last - 1;
  }
  return true;
}

// "si è offerto di ospitare a Istanbul nuovi colloqui tra Russia e Ucraina", "hosted
// talks": hosting talks is holding them. The talks take the host (as the recipient, as
// a host verb gives it), where and when, and whether they are only possible; the
// verb is no event of its own.
void fold_hosts_into_talks(const EventScope& scope, std::vector<EventDraft>& events) {
  for (size_t e = 0; e + 1 < events.size(); ++e) {
    EventDraft& verb = events[e];
    EventDraft& talks = events[e + 1];
    if (!(verb.hit.rule->flags & kHost) || verb.hit.nominal || !talks.hit.nominal || !verb.keep || !talks.keep ||
        verb.type != EventType::kConsult || talks.type != EventType::kConsult ||
        talks.hit.first > verb.hit.last + 6 || !scope.together(verb.hit.first, talks.hit.first) ||
        !modifiers_and_places(scope, verb.hit.last, talks.hit.first))
      continue;
    for (const ArgumentDraft& a : verb.arguments) {
      if (talks.uses(a.first)) continue;
      const Role role = a.role == Role::kActor ? Role::kRecipient : a.role;  // the host
      if (role == Role::kLocation ? !talks.has(Role::kLocation) : role != Role::kRecipient || !talks.has(Role::kRecipient))
        talks.add(role, a.first, a.last, a.mention);
    }
    if (talks.time < 0) talks.time = verb.time;
    if (talks.modality == Modality::kAsserted) talks.modality = verb.modality;
    verb.keep = false;
  }
}

// Whether the event after verb e is a noun that is its object (only articles and
// modifiers between: "eased the sanctions", "respingendo le accuse").
bool object_is_noun_event(const EventScope& scope, const std::vector<EventDraft>& events, size_t e) {
  if (e + 1 >= events.size() || events[e].hit.nominal || !events[e + 1].hit.nominal ||
      events[e + 1].hit.first > events[e].hit.last + 3)
    return false;
  for (uint32_t k = events[e].hit.last; k < events[e + 1].hit.first; ++k)
    if (!scope.is(k, kDeterminer | kNounModifier)) return false;
  return true;
}

// Whether the noun event after verb e is what it acts on, past a possessor and a
// word for a set of them: "approve the EU's new sanctions package", "approvare il
// nuovo pacchetto di sanzioni".
bool acts_on_noun_event(const EventScope& scope, const std::vector<EventDraft>& events, size_t e) {
  if (e + 1 >= events.size() || events[e].hit.nominal || !events[e + 1].hit.nominal ||
      events[e + 1].hit.first > events[e].hit.last + 6 || !scope.together(events[e].hit.first, events[e + 1].hit.first))
    return false;
  for (uint32_t k = events[e].hit.last; k < events[e + 1].hit.first; ++k) {
    const std::string_view w = scope.folded(k);
    if (scope.is(k, kDeterminer | kNounModifier | kOfPrep) || is_possessive(scope, k) || w == "pacchetto" ||
        w == "package" || w == "round" || w == "serie")
      continue;
    const int32_t m = scope.mention_at(k);
    if (m >= 0 && is_possessive(scope, scope.mention(m)->last)) {  // "the EU's"
      k = scope.mention(m)->last - 1;
      continue;
    }
    return false;
  }
  return true;
}

// "refused to approve the EU's new sanctions", "non ha approvato le sanzioni": what a
// verb that is denied, possible or to come acts on is so too.
void objects_share_modality(const EventScope& scope, std::vector<EventDraft>& events) {
  for (size_t e = 0; e + 1 < events.size(); ++e) {
    const EventDraft& verb = events[e];
    EventDraft& noun = events[e + 1];
    // (Not an agreement or talks: "ratificare l'accordo" ratifies one that exists.)
    const bool made_by_it = noun.type == EventType::kSanction || noun.type == EventType::kAid ||
                            noun.type == EventType::kAssault || noun.type == EventType::kMobilize ||
                            noun.type == EventType::kCoerce;
    if (verb.modality == Modality::kAsserted || verb.modality == Modality::kHistorical || !made_by_it ||
        noun.modality != Modality::kAsserted || !acts_on_noun_event(scope, events, e))
      continue;
    noun.modality = verb.modality;
  }
}

// Who a verb whose object is a noun event is about: "eased sanctions on Syria's new
// government" (a concession is for those the sanction is against), "respingendo le
// accuse del ministro Mark Rutte" (a rejection is of those who accuse).
void object_event_parties(const EventScope& scope, std::vector<EventDraft>& events) {
  for (size_t e = 0; e + 1 < events.size(); ++e) {
    EventDraft& verb = events[e];
    const EventDraft& noun = events[e + 1];
    if (verb.has(Role::kRecipient) || !object_is_noun_event(scope, events, e)) continue;
    Role from = Role::kNone;
    if (verb.type == EventType::kConcede && noun.type == EventType::kSanction) from = Role::kRecipient;
    if (verb.type == EventType::kReject) from = Role::kActor;
    for (const ArgumentDraft& a : noun.arguments)
      if (from != Role::kNone && a.role == from && !verb.uses(a.first))
        verb.add(Role::kRecipient, a.first, a.last, a.mention);
  }
}

// "L'Unione europea ha approvato un nuovo pacchetto di sanzioni", "ordered a new
// offensive": who approves, orders or announces a noun event is its author, when the
// noun names none.
void author_of_object_event(const EventScope& scope, std::vector<EventDraft>& events) {
  for (size_t e = 0; e + 1 < events.size(); ++e) {
    const EventDraft& verb = events[e];
    EventDraft& noun = events[e + 1];
    if (noun.has(Role::kActor) || !scope.is(verb.hit.first, kAuthorVerb) || !acts_on_noun_event(scope, events, e))
      continue;
    for (const ArgumentDraft& a : verb.arguments)
      if (a.role == Role::kActor && !noun.uses(a.first)) noun.add(Role::kActor, a.first, a.last, a.mention);
  }
}

// The recipient that comes first in the text, or null.
const ArgumentDraft* first_recipient(const EventDraft& ev) {
  const ArgumentDraft* out = nullptr;
  for (const ArgumentDraft& a : ev.arguments)
    if (a.role == Role::kRecipient && (!out || a.first < out->first)) out = &a;
  return out;
}

// "was extradited ... on charges of smuggling", "arrested two men on charges of
// espionage": charges named after "on" are against the first one the verb before acts on.
void charged_by_verb_before(const EventScope& scope, std::vector<EventDraft>& events) {
  for (size_t e = 1; e < events.size(); ++e) {
    EventDraft& charges = events[e];
    const uint32_t f = charges.hit.first;
    if (charges.type != EventType::kAccuse || !charges.hit.nominal || f == 0 || scope.folded(f - 1) != "on") continue;
    for (size_t v = e; v-- > 0 && scope.together(events[v].hit.first, f);) {
      const ArgumentDraft* charged = events[v].hit.nominal ? nullptr : first_recipient(events[v]);
      if (!charged) continue;
      charges.arguments.erase(std::remove_if(charges.arguments.begin(), charges.arguments.end(),
                                             [](const ArgumentDraft& a) { return a.role == Role::kRecipient; }),
                              charges.arguments.end());
      charges.add(Role::kRecipient, charged->first, charged->last, charged->mention);
      break;
    }
  }
}

// An event dated two years or more before the publication date happened in the past.
void mark_historical(const EventScope& scope, const CalendarDate& published, const std::vector<std::string>& values,
                     std::vector<EventDraft>& events) {
  if (!published.complete()) return;
  for (EventDraft& ev : events) {
    if (ev.time < 0 || ev.modality != Modality::kAsserted) continue;
    const int32_t v = scope.mention(ev.time)->time_value;
    if (v < 0 || values[static_cast<size_t>(v)].size() < 4 || values[static_cast<size_t>(v)][0] == '-') continue;
    const int year = std::stoi(values[static_cast<size_t>(v)].substr(0, 4));
    if (year <= published.year - 2) ev.modality = Modality::kHistorical;
  }
}

// --- modes and labels --------------------------------------------------------------

struct WeaponMode {
  Type type;
  std::string_view mode, label;
};
// How an attack's weapon names its mode and its plain label (docs/events.md).
constexpr WeaponMode kWeaponModes[] = {
    {Type::kDrone, "drone", "drone attack"},       {Type::kAircraft, "aerial", "air strike"},
    {Type::kMissile, "heavy-weapons", "missile strike"}, {Type::kRocket, "heavy-weapons", "rocket attack"},
    {Type::kArtillery, "heavy-weapons", "shelling"}, {Type::kMunition, "heavy-weapons", "shelling"},
    {Type::kFirearm, "firearms", "shooting"},       {Type::kExplosive, "explosives", "bombing"},
    {Type::kNuclear, "unconventional", "attack"},   {Type::kChemicalBiological, "unconventional", "chemical attack"},
    {Type::kArmouredVehicle, "heavy-weapons", "attack"}, {Type::kVessel, "heavy-weapons", "naval attack"},
};

// Labels that say only "an attack happened": the weapon says more.
bool generic_attack_label(std::string_view label) {
  return label == "attack" || label == "strike" || label == "firing" || label == "launch" || label == "raid" ||
         label == "bombing";
}

void add_mode(std::vector<std::string_view>& modes, std::string_view mode) {
  if (!mode.empty() && std::find(modes.begin(), modes.end(), mode) == modes.end()) modes.push_back(mode);
}

void modes_and_label(const EventScope& scope, const EventDraft& ev, Event& out) {
  const TriggerRule& rule = *ev.hit.rule;
  for (size_t start = 0; start < rule.modes.size();) {
    size_t end = rule.modes.find(',', start);
    if (end == std::string_view::npos) end = rule.modes.size();
    add_mode(out.modes, rule.modes.substr(start, end - start));
    start = end + 1;
  }
  add_mode(out.modes, ev.embedded_mode);
  out.label = std::string(rule.label);
  if (ev.type == EventType::kAid && rule.modes.empty()) {
    const uint64_t c = ev.hit.object_classes;
    if (c & (kWeaponMention | kMilitaryWord)) add_mode(out.modes, "military");
    else if (c & kMoney) add_mode(out.modes, "economic");
    else if (c & kHumanitarian) add_mode(out.modes, "humanitarian");
  }
  if (ev.type != EventType::kAssault) return;
  const bool aerial = (ev.hit.first > 0 && scope.is(ev.hit.first - 1, kAerialWord)) || scope.is(ev.hit.last, kAerialWord);
  if (aerial) add_mode(out.modes, "aerial");
  const WeaponMode* by_weapon = nullptr;
  for (const ArgumentDraft& a : ev.arguments) {
    const MentionCandidate* m = scope.mention(a.mention);
    if (a.role != Role::kInstrument || !m) continue;
    for (const WeaponMode& w : kWeaponModes)
      if (w.type == m->type) {
        add_mode(out.modes, w.mode);
        if (!by_weapon) by_weapon = &w;
      }
  }
  if (!generic_attack_label(rule.label)) return;
  if (aerial) out.label = "air strike";
  else if (by_weapon) out.label = std::string(by_weapon->label);
}

// --- the result -----------------------------------------------------------------------

Span span_of(const Document& doc, uint32_t first, uint32_t last) {
  const auto& tokens = doc.segmentation.tokens;
  Span s;
  s.byte_start = tokens[first].span.byte_start;
  s.start = tokens[first].span.start;
  s.byte_end = tokens[last - 1].span.byte_end;
  s.end = tokens[last - 1].span.end;
  return s;
}

// The entity of a country named by a demonym ("russo", "Russian"), if the text names it.
int32_t demonym_entity(const Document& doc, uint32_t token, const Result& result) {
  for (uint32_t k = doc.match_start[token]; k < doc.match_start[token + 1]; ++k)
    for (const LexiconEntry* e = doc.matches[k].entries.begin; e != doc.matches[k].entries.end; ++e) {
      if (e->kind != EntryKind::kDemonym || e->country.empty()) continue;
      for (size_t i = 0; i < result.entities.size(); ++i)
        if (result.entities[i].iso3166 == e->country) return static_cast<int32_t>(i);
    }
  return -1;
}

float confidence_of(const EventDraft& ev) {
  float c = 0.5f;
  if (ev.has(Role::kActor)) c += 0.2f;
  if (ev.has(Role::kRecipient)) c += 0.1f;
  if (ev.has(Role::kInstrument) || ev.has(Role::kLocation) || ev.time >= 0) c += 0.1f;
  if (ev.hit.rule->flags & kWeak) c *= 0.7f;
  return std::min(c, 0.95f);
}

Event to_event(const EventScope& scope, const EventDraft& ev, const Result& result) {
  const Document& doc = scope.doc();
  Event out;
  out.type = name_of(ev.type);
  modes_and_label(scope, ev, out);
  out.trigger = span_of(doc, ev.hit.first, ev.hit.last);
  out.sentence = doc.segmentation.tokens[ev.hit.first].sentence;
  out.modality = name_of(ev.modality);
  out.arguments.reserve(ev.arguments.size());
  for (const ArgumentDraft& a : ev.arguments) {
    EventArgument arg;
    arg.role = name_of(a.role);
    arg.span = span_of(doc, a.first, a.last);
    arg.mention = a.mention;
    arg.entity = a.mention >= 0 ? result.mentions[static_cast<size_t>(a.mention)].entity
                                : demonym_entity(doc, a.first, result);
    out.arguments.push_back(arg);
  }
  // In text order, ties as found (an insertion sort: a handful of arguments, and no
  // buffer to allocate as std::stable_sort would for every event).
  for (size_t i = 1; i < out.arguments.size(); ++i)
    for (size_t j = i; j > 0 && out.arguments[j].span.start < out.arguments[j - 1].span.start; --j)
      std::swap(out.arguments[j], out.arguments[j - 1]);
  out.time = ev.time;
  out.source = ev.source;
  out.dead = ev.dead;
  out.injured = ev.injured;
  out.confidence = confidence_of(ev);
  return out;
}

}  // namespace

void find_events(const Document& doc, const std::vector<MentionCandidate>& mentions, const EventData& data,
                 Stemmer& stemmer, const CalendarDate& published, Result& result) {
  result.events.clear();
  if (data.empty() || doc.words.size() != doc.token_count()) return;
  const EventScope scope(doc, mentions);
  std::vector<TriggerHit> hits;
  find_triggers(scope, data, stemmer, hits);
  if (hits.empty()) return;
  std::vector<EventDraft> events = drafts_from(scope, hits);
  find_core_arguments(scope, events);
  assign_modality(scope, events);
  link_embedded_events(scope, events);
  objects_share_modality(scope, events);
  attach_places_weapons_times(scope, events);
  place_of_where_clause(scope, events);
  place_of_circumstance(scope, events);
  assign_sources(scope, events);
  credit_claimed_attacks(scope, events);
  threatened_by_condition(scope, events);
  threat_after_colon(scope, events);
  count_casualties(scope, events);
  drop_nouns_inside_verbs(events);
  fold_suspended_nouns(scope, events);
  object_event_parties(scope, events);
  author_of_object_event(scope, events);
  charged_by_verb_before(scope, events);
  fold_verbs_into_noun_events(scope, events);
  fold_hosts_into_talks(scope, events);
  drop_weak_events(scope, events);
  mark_historical(scope, published, doc.time_values, events);
  for (const EventDraft& ev : events)
    if (ev.keep) result.events.push_back(to_event(scope, ev, result));
}

}  // namespace annotator
