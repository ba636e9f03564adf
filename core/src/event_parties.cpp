#include "event_parties.h"

#include <algorithm>

#include "event_triggers.h"

namespace annotator {
namespace {

constexpr uint32_t kLongestPhrase = 6;

bool has_entry(const Document& doc, uint32_t k, EntryKind kind) {
  for (uint32_t i = doc.match_start[k]; i < doc.match_start[k + 1]; ++i)
    for (const LexiconEntry* e = doc.matches[i].entries.begin; e != doc.matches[i].entries.end; ++e)
      if (e->kind == kind && doc.matches[i].count == 1) return true;
  return false;
}

bool is_demonym(const EventScope& scope, uint32_t k) {
  return scope.mention_at(k) < 0 && (scope.doc().features.lexicon[k] & kDemonym);
}

// A noun a demonym after it may qualify ("operatori umanitari [italiani]").
bool qualifies_noun_before(const EventScope& scope, uint32_t k) {
  return scope.mention_at(k) < 0 &&
         (scope.is(k, kPersonNoun | kPlaceNoun | kWeaponNoun | kNounModifier) ||
          (scope.doc().features.lexicon[k] & kRoleWord) || has_entry(scope.doc(), k, EntryKind::kGroupNoun));
}

// "operazioni militari", "intervento militare": an Italian common noun before the
// modifier at k, agreeing with it in number (a lowercase word of no closed class,
// and no verb form: "hanno inviato militari", "invia militari").
bool italian_noun_before(const EventScope& scope, uint32_t k) {
  const uint32_t b = k - 1;
  if (k == 0 || !scope.together(b, k) || scope.mention_at(b) >= 0 || scope.capitalized(b) ||
      scope.doc().segmentation.tokens[b].kind != TokenKind::kWord || scope.classes(b) != 0 || clearly_a_verb(scope, b))
    return false;
  const std::string_view w = scope.folded(b), modifier = scope.folded(k);
  if (w.size() < 4 || modifier.empty()) return false;
  const auto ends = [&](std::string_view e) { return w.substr(w.size() - e.size()) == e; };
  for (std::string_view verb : {"ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite",
                                "ano", "ono"})
    if (ends(verb)) return false;
  const char last = w.back();
  return modifier.back() == 'i' ? (last == 'i' || last == 'e') : (last == 'o' || last == 'a' || last == 'e');
}

// A demonym that names people rather than qualifying a noun: "un gruppo di
// palestinesi a", "deported 40 Afghans to".
bool demonym_as_people(const EventScope& scope, uint32_t k) {
  if (!is_demonym(scope, k)) return false;
  // Italian puts the demonym after the noun it qualifies: "soldato israeliano".
  if (scope.lang() == Lang::kItalian && k > 0 && scope.together(k - 1, k) &&
      (qualifies_noun_before(scope, k - 1) || scope.is(k - 1, kTerritoryWord) || italian_noun_before(scope, k)))
    return false;
  const uint32_t next = k + 1;
  if (next >= scope.size() || !scope.together(k, next)) return true;
  if (scope.doc().segmentation.tokens[next].kind == TokenKind::kPunctuation) return true;
  // "Chinese and Emirati companies": one of two qualifiers of a noun after them.
  if (scope.is(next, kCoordinator) && next + 1 < scope.size() && scope.together(k, next + 1) &&
      ((scope.doc().features.lexicon[next + 1] & kDemonym) || scope.is(next + 1, kNounModifier)))
    return false;
  return scope.mention_at(next) < 0 && scope.is(next, kPrepositions | kCoordinator | kRelative | kClauseBreak |
                                                          kPassiveAux | kPerfectAux);
}

// A noun of people: the event data's ("civilians", "gunmen"), a role word
// ("ministro", "spokesman"), a collective noun of the lexicon ("autorità"), or a
// demonym used as a noun ("Palestinians").
bool is_person_word(const EventScope& scope, uint32_t k) {
  uint8_t& memo = scope.party_memo(k).person;  // asked again and again by the phrases around
  if (memo == 0) {
    const std::string_view w = scope.folded(k);  // "a 19-year-old"
    const bool person = scope.is(k, kPersonNoun | kTroops) || (scope.doc().features.lexicon[k] & kRoleWord) ||
                        (w.size() > 9 && w.substr(w.size() - 9) == "-year-old") ||
                        has_entry(scope.doc(), k, EntryKind::kGroupNoun) || demonym_as_people(scope, k);
    memo = person ? 2 : 1;
  }
  return memo == 2;
}

// A bare body named by a common noun ("governo", "the police") takes the words that
// say whose it is; a name ("Ministero della Difesa") is whole already.
bool is_bare_head(const EventScope& scope, const MentionCandidate& m) {
  return m.category == Category::kActor && !scope.capitalized(m.first);
}

// "coastal units", "federal agents", "paramilitary groups": an English adjective of
// the common kinds in -al and -ary before a noun of people.
bool english_adjective(const EventScope& scope, uint32_t k) {
  const std::string_view w = scope.folded(k);
  if (w.size() < 5 || scope.mention_at(k) >= 0 || scope.capitalized(k)) return false;
  return w.substr(w.size() - 2) == "al" || w.substr(w.size() - 3) == "ary";
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
      // ("a Russian arms dealer": a weapon named before a noun of people qualifies them.)
      const bool qualifies = mention.category == Category::kWeapon && is_person_word(scope, first);
      if (mention.category != Category::kActor && mention.category != Category::kPlace && !qualifies) break;
      first = mention.first;
      continue;
    }
    if (scope.folded(t) == "'s" && t > lower && scope.mention_at(t - 1) >= 0) {  // "Ukraine's military"
      first = scope.mention(scope.mention_at(t - 1))->first;
      continue;
    }
    const bool listed = is_demonym(scope, t) || scope.is(t, kNounModifier) || is_person_word(scope, t) ||
                        english_adjective(scope, t);
    const bool joined = scope.is(t, kCoordinator) && t > lower && is_demonym(scope, t - 1) &&
                        (is_demonym(scope, first) || scope.is(first, kNounModifier));
    if (!listed && !joined) break;
    first = t;
  }
  return first;
}

// "chiesto agli alleati di [accelerare]": an Italian infinitive is no complement.
bool looks_infinitive(std::string_view w) {
  return w.size() > 4 && (w.substr(w.size() - 3) == "are" || w.substr(w.size() - 3) == "ere" ||
                          w.substr(w.size() - 3) == "ire");
}

// "governo del Niger", "servizi di sicurezza ucraini", "prigionieri di guerra",
// "tribunale di Mosca", "soldati russi".
// "nave mercantile", "missioni diplomatiche": an Italian adjective of the common
// kinds (by its ending) after the noun at head, agreeing with it in number; verb
// forms have other endings ("la polizia arresta", "i soldati sparano"; not -iva, -ive,
// which the imperfect and "vive" share: "l'azienda avvertiva").
bool italian_adjective_after(const EventScope& scope, uint32_t head, uint32_t k) {
  if (scope.mention_at(k) >= 0 || scope.capitalized(k) || scope.classes(k) != 0 ||
      scope.doc().segmentation.tokens[k].kind != TokenKind::kWord)
    return false;
  const std::string_view noun = scope.folded(head), w = scope.folded(k);
  if (noun.empty() || w.size() < 6) return false;
  const auto ends = [&](std::string_view e) { return w.substr(w.size() - e.size()) == e; };
  bool adjective = false;
  for (std::string_view e : {"ale", "ali", "ile", "ili", "ici", "iche", "ivo", "oso", "osa", "osi",
                             "ose", "ario", "aria", "arie", "ense", "ensi"})
    adjective = adjective || ends(e);
  const bool plural_noun = noun.back() == 'i', plural_adjective = w.back() == 'i' || ends("iche");
  return adjective && (plural_noun == plural_adjective || noun.back() == 'e');
}

uint32_t italian_phrase_end(const EventScope& scope, uint32_t last) {
  const uint32_t head = last - 1;
  const uint32_t upper = std::min(scope.sentence_last(last - 1), last + kLongestPhrase);
  bool took_complement = false;
  while (last < upper) {
    if (scope.mention_at(last) < 0 && (is_demonym(scope, last) || scope.is(last, kNounModifier) ||
                                       (!took_complement && italian_adjective_after(scope, head, last)))) {
      ++last;
      continue;
    }
    // "la coalizione guidata dall'Arabia Saudita": who leads it is part of its name.
    const std::string_view w = scope.folded(last);
    if (w.size() == 7 && w.substr(0, 6) == "guidat" && last + 2 < upper && scope.is(last + 1, kAgentPrep)) {
      const int32_t leader = scope.mention_at(last + 2);
      if (leader >= 0 && scope.mention(leader)->category == Category::kActor && scope.mention(leader)->first == last + 2)
        return scope.mention(leader)->last;
    }
    if (!scope.is(last, kOfPrep) || scope.mention_at(last) >= 0 || last + 1 >= upper) break;
    const uint32_t next = last + 1;
    const int32_t m = scope.mention_at(next);
    // "i ministri della Difesa della NATO": after the complement, the body they belong to.
    if (took_complement) {
      if (m >= 0 && scope.mention(m)->first == next && scope.mention(m)->category == Category::kActor &&
          scope.mention(m)->type != Type::kPerson)
        last = scope.mention(m)->last;
      break;
    }
    if (m >= 0 && scope.mention(m)->category != Category::kTime && scope.mention(m)->category != Category::kWeapon) {
      last = scope.mention(m)->last;
    } else if (m < 0 && scope.doc().segmentation.tokens[next].kind == TokenKind::kWord &&
               !scope.is(next, kPrepositions | kDeterminer | kCoordinator | kRelative | kClauseBreak | kNumber) &&
               !looks_infinitive(scope.folded(next))) {
      last = next + 1;  // "deposito di carburante", "lavoratori dei trasporti"
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
  if (scope.lang() == Lang::kEnglish) {
    p.first = english_phrase_start(scope, head_first);
  } else {
    p.last = italian_phrase_end(scope, head_last);
    // "ex ufficiale", "giovani manifestanti"
    if (p.first > scope.sentence_first(p.first) && scope.mention_at(p.first - 1) < 0 && scope.is(p.first - 1, kNounModifier))
      --p.first;
  }
  return p;
}

// The party whose head is exactly at token k.
bool party_with_head_at(const EventScope& scope, uint32_t k, Party* out) {
  const int32_t m = scope.mention_at(k);
  if (m >= 0) {
    const MentionCandidate& mention = *scope.mention(m);
    if (mention.category == Category::kTime) return false;
    // "il leader del PKK Abdullah Öcalan": a role that names a group, then the person.
    const int32_t named = mention.last < scope.size() && scope.together(k, mention.last) ? scope.mention_at(mention.last) : -1;
    if (mention.category == Category::kActor && mention.type != Type::kPerson && named >= 0 && named != m &&
        scope.mention(named)->type == Type::kPerson && scope.mention(named)->first == mention.last &&
        ((scope.doc().features.lexicon[mention.first] & kRoleWord) || scope.folded(mention.first) == "leader")) {
      if (!party_with_head_at(scope, mention.last, out)) return false;
      out->role_first = mention.first;
      return true;
    }
    // "a Russian arms dealer", "weapons smugglers": a weapon before a noun of people
    // qualifies them; they are the party.
    if (mention.category == Category::kWeapon && scope.lang() == Lang::kEnglish && mention.last < scope.size() &&
        scope.together(k, mention.last) && scope.mention_at(mention.last) < 0 && is_person_word(scope, mention.last)) {
      if (!party_with_head_at(scope, mention.last, out)) return false;
      out->first = std::min(out->first, mention.first);
      return true;
    }
    Party p{mention.first, mention.last, m};
    if (is_bare_head(scope, mention)) p = phrase_around(scope, mention.first, mention.last);
    // "hacker militari russi": a group named by an Italian modifier ("militari russi")
    // after a noun of people qualifies that noun, the phrase's head.
    const uint32_t before = mention.first - 1;
    if (scope.lang() == Lang::kItalian && mention.category == Category::kActor && mention.first > 0 &&
        scope.together(before, mention.first) && scope.mention_at(before) < 0 && !scope.capitalized(before) &&
        scope.is(mention.first, kNounModifier) && is_person_word(scope, before))
      p.first = std::min(p.first, before);
    // "lethal weapons", "American and Canadian fighter jets": English modifiers before a
    // weapon, and a demonym joined to the weapon's own, are the phrase's.
    while (mention.category == Category::kWeapon && scope.lang() == Lang::kEnglish && p.first > 0 &&
           scope.together(p.first - 1, p.first) && scope.mention_at(p.first - 1) < 0) {
      if (scope.is(p.first - 1, kNounModifier)) {
        --p.first;
      } else if (p.first > 1 && scope.folded(p.first - 1) == "and" && scope.mention_at(p.first - 2) < 0 &&
                 (scope.doc().features.lexicon[p.first - 2] & kDemonym) &&
                 (scope.doc().features.lexicon[p.first] & kDemonym)) {
        p.first -= 2;
      } else {
        break;
      }
    }
    p.mention = m;
    p.can_act = mention.category == Category::kActor;
    p.weapon = mention.category == Category::kWeapon;
    p.place = mention.category == Category::kPlace;
    *out = p;
    return true;
  }
  const bool person = is_person_word(scope, k), place = scope.is(k, kPlaceNoun | kTerritoryWord),
             weapon = scope.is(k, kWeaponNoun);
  if (!person && !place && !weapon) return false;
  // "la giunta militare del Niger": an Italian modifier after a noun is no head of its own.
  if (scope.lang() == Lang::kItalian && scope.is(k, kNounModifier) && k > 0 && scope.together(k - 1, k) &&
      scope.mention_at(k - 1) < 0 &&
      (is_person_word(scope, k - 1) || scope.is(k - 1, kPlaceNoun) || italian_noun_before(scope, k)))
    return false;
  // "the leaders of the G7", "ministers of the EU": people who stand for a body are that body.
  if (scope.lang() == Lang::kEnglish && person && scope.mention_at(k) < 0) {
    const std::string_view w = scope.folded(k);
    uint32_t t = k + 1;
    if (w.size() > 3 && w.back() == 's' && t + 1 < scope.size() && scope.together(k, t + 1) && scope.folded(t) == "of") {
      ++t;
      if (scope.is(t, kDeterminer) && t + 1 < scope.size()) ++t;
      const MentionCandidate* body = scope.mention(scope.mention_at(t));
      if (body && body->first == t && body->category == Category::kActor && body->type != Type::kPerson &&
          party_with_head_at(scope, t, out)) {
        out->role_first = english_phrase_start(scope, k);
        return true;
      }
    }
  }
  // "opposition activists", "government officials": in English the last noun is the head.
  const uint32_t next = k + 1;
  if (scope.lang() == Lang::kEnglish && next < scope.size() && scope.together(k, next) && scope.mention_at(next) < 0 &&
      !scope.is(next, kPrepositions | kRelative) && (is_person_word(scope, next) || scope.is(next, kPlaceNoun)))
    return party_with_head_at(scope, next, out);
  Party p = phrase_around(scope, k, k + 1);
  // "il segretario generale della NATO Mark Rutte", "Kremlin spokesman Dmitry Peskov":
  // a role before a name is the person named.
  const int32_t named = p.last < scope.size() && scope.together(k, p.last) ? scope.mention_at(p.last) : -1;
  if (person && named >= 0 && scope.mention(named)->type == Type::kPerson && scope.mention(named)->first == p.last) {
    if (!party_with_head_at(scope, p.last, out)) return false;
    out->role_first = p.first;
    return true;
  }
  p.can_act = person;
  p.weapon = weapon && !person;
  p.place = place && !person && !weapon;
  *out = p;
  return true;
}

}  // namespace

// "Houthi targets", "UN investigators", "the Nuseirat refugee camp": a name
// that qualifies a noun of places or people after it is part of that noun's phrase, whose head
// the party is (linked to the name's mention).
bool english_head_after(const EventScope& scope, const Party& named, Party* out) {
  const uint32_t upper = std::min(scope.sentence_last(named.first), named.last + 3);
  for (uint32_t h = named.last; h < upper; ++h) {
    if (const int32_t m = scope.mention_at(h); m >= 0) {
      // "an Azerbaijan Airlines passenger jet": the name qualifies a ship or an aircraft.
      const MentionCandidate& craft = *scope.mention(m);
      if (craft.first != h || craft.category != Category::kWeapon || !party_with_head_at(scope, h, out))
        return false;
      out->first = named.first;
      return true;
    }
    const bool head = scope.is(h, kPlaceNoun | kPersonNoun) || (scope.doc().features.lexicon[h] & kRoleWord) ||
                      has_entry(scope.doc(), h, EntryKind::kGroupNoun);
    if (head && !scope.is(h, kPrepositions)) {
      Party p;
      if (!party_with_head_at(scope, h, &p) || p.first > named.first) return false;
      p.mention = named.mention;
      *out = p;
      return true;
    }
    if (!scope.is(h, kNounModifier | kPersonNoun)) return false;
  }
  return false;
}

namespace {

bool find_party_at(const EventScope& scope, uint32_t k, Party* out) {
  if (party_with_head_at(scope, k, out)) {
    Party wider;
    if (scope.lang() == Lang::kEnglish && out->mention >= 0 && english_head_after(scope, *out, &wider)) *out = wider;
    return true;
  }
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

}  // namespace

bool party_at(const EventScope& scope, uint32_t k, Party* out) {
  if (k >= scope.size()) return false;
  EventScope::PartyMemo& memo = scope.party_memo(k);
  if (memo.state == 0) {
    Party p;
    const bool found = find_party_at(scope, k, &p);
    const uint8_t person = memo.person;  // (asked while finding the party, perhaps)
    memo = EventScope::PartyMemo{p.first, p.last, p.role_first, p.mention, static_cast<uint8_t>(found ? 2 : 1),
                                 p.can_act, p.weapon, p.place, person};
  }
  if (memo.state != 2) return false;
  *out = Party{memo.first, memo.last, memo.mention, memo.can_act, memo.weapon, memo.place, memo.role_first};
  return true;
}

bool is_possessive(const EventScope& scope, uint32_t k) {
  return k < scope.size() && (scope.folded(k) == "'s" || scope.folded(k) == "\u2019s");
}

bool plans_event(const EventScope& scope, uint32_t plot, uint32_t trigger) {
  for (uint32_t m = plot + 1; m < trigger; ++m)
    if (scope.is(m, kEmbedMarker) && trigger - m <= 2) return true;
  return false;
}

uint64_t preposition_before(const EventScope& scope, uint32_t first, uint32_t lower) {
  uint32_t k = first;
  while (k > lower && scope.together(k - 1, first)) {
    --k;
    // "in Russia's Bryansk region": a possessor before the noun is governed with it.
    if (is_possessive(scope, k) && k > lower && scope.mention_at(k) < 0 && scope.mention_at(k - 1) >= 0) {
      k = std::max(lower, scope.mention(scope.mention_at(k - 1))->first);
      continue;
    }
    if (scope.mention_at(k) >= 0) return 0;
    const uint64_t c = scope.classes(k);
    // "dozens of drones", "centinaia di civili", "12 of them": a count's "of" says nothing.
    if ((c & kOfPrep) && k > lower && (scope.is(k - 1, kQuantity | kNumber) ||
                                       scope.doc().segmentation.tokens[k - 1].kind == TokenKind::kNumber)) {
      --k;
      continue;
    }
    // "da parte di una nave cinese": by
    if ((c & kOfPrep) && k >= lower + 2 && scope.folded(k - 1) == "parte" && scope.folded(k - 2) == "da")
      return kAgentPrep;
    if (c & kPrepositions) {  // "vicino a", "davanti al": the "a" after a locating word locates
      const bool locating = k > lower && scope.mention_at(k - 1) < 0 && scope.is(k - 1, kPlacePrep);
      return (c & kPrepositions) | (locating ? uint64_t{kPlacePrep} : uint64_t{0});
    }
    if (!(c & (kDeterminer | kNumber | kApproximately | kQuantity | kNounModifier)) &&
        scope.doc().segmentation.tokens[k].kind != TokenKind::kNumber)
      return 0;
  }
  return 0;
}

namespace {

// A comma joins parties only inside a list that "and" / "e" closes ("Niger, Mali
// and Burkina Faso"); a comma after a fronted phrase ("After pressure from
// Washington, the government") joins nothing. Whether a list word closes the
// sequence that goes on at token k.
bool list_goes_on_to_and(const EventScope& scope, uint32_t k) {
  if (k >= scope.size()) return false;  // the text ends at the comma
  const uint32_t upper = std::min(scope.sentence_last(k), k + 24);
  for (; k < upper; ++k) {
    if (scope.mention_at(k) >= 0) continue;
    const std::string_view w = scope.folded(k);
    if (w == "," || scope.is(k, kDeterminer)) continue;
    if (scope.is(k, kCoordinator)) return true;
    Party p;
    if (!party_at(scope, k, &p)) return false;
    k = p.last - 1;
  }
  return false;
}

}  // namespace

int64_t coordinated_before(const EventScope& scope, uint32_t first) {
  const uint32_t lower = scope.sentence_first(first);
  uint32_t k = first;
  // (articles, and counts: "27 Chinese warships and dozens of aircraft")
  const auto counts = [&](uint32_t t) {
    return scope.is(t, kDeterminer | kQuantity | kNumber | kApproximately) ||
           (scope.is(t, kOfPrep) && t > lower && scope.is(t - 1, kQuantity)) ||
           scope.doc().segmentation.tokens[t].kind == TokenKind::kNumber;
  };
  while (k > lower && scope.mention_at(k - 1) < 0 && counts(k - 1) && !scope.is(k - 1, kCoordinator)) --k;
  if (k <= lower + 1 || scope.mention_at(k - 1) >= 0 || !scope.is(k - 1, kCoordinator)) return -1;
  if (scope.folded(k - 1) == "," && !list_goes_on_to_and(scope, first)) return -1;
  return static_cast<int64_t>(k) - 2;
}

int64_t coordinated_after(const EventScope& scope, uint32_t last) {
  const uint32_t upper = scope.sentence_last(last - 1);
  if (last >= upper || scope.mention_at(last) >= 0 || !scope.is(last, kCoordinator)) return -1;
  if (scope.folded(last) == "," && !list_goes_on_to_and(scope, last + 1)) return -1;
  uint32_t k = last + 1;
  while (k < upper && scope.mention_at(k) < 0 && scope.is(k, kDeterminer)) ++k;
  return k < upper ? static_cast<int64_t>(k) : -1;
}

}  // namespace annotator
