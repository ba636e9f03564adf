#include "phrases.h"

#include <algorithm>
#include <unordered_map>

namespace annotator {
namespace {

Lang doc_lang(const Document& doc) { return doc.lang == "it" ? Lang::kItalian : Lang::kEnglish; }

bool lang_fits(const Document& doc, const LexiconEntry& e) { return e.lang == Lang::kAny || e.lang == doc_lang(doc); }

// Matches whose first token is `token` (doc.matches is sorted by first token).
std::pair<const LexiconMatch*, const LexiconMatch*> matches_at(const Document& doc, uint32_t token) {
  const LexiconMatch* base = doc.matches.data();
  return {base + doc.match_start[token], base + doc.match_start[token + 1]};
}

// Which language's entries a look-up accepts: the document's (and both
// languages' rows), or any, preferring the document's.
enum class Langs { kDocument, kAny };

// The entry of match m of this kind (and category, unless kNone) that langs
// accepts, the document's own language first; nullptr when none.
[[gnu::noinline]] const LexiconEntry* entry_of(const Document& doc, const LexiconMatch& m, EntryKind kind, Category category, Langs langs) {
  const LexiconEntry* other = nullptr;
  for (const LexiconEntry* e = m.entries.begin; e != m.entries.end; ++e) {
    if (e->kind != kind || (category != Category::kNone && e->category != category)) continue;
    if (lang_fits(doc, *e)) return e;
    if (langs == Langs::kAny && !other) other = e;
  }
  return other;
}

// The longest match starting at token with an entry of this kind (and category,
// unless kNone); its entry goes to *entry.
[[gnu::noinline]] const LexiconMatch* match_at(const Document& doc, uint32_t token, EntryKind kind, const LexiconEntry** entry,
                             Category category = Category::kNone, Langs langs = Langs::kDocument) {
  if (token >= doc.token_count()) return nullptr;
  auto [begin, end] = matches_at(doc, token);
  for (const LexiconMatch* m = begin; m != end; ++m) {  // longer matches come first
    if (const LexiconEntry* e = entry_of(doc, *m, kind, category, langs)) {
      *entry = e;
      return m;
    }
  }
  return nullptr;
}

// The longest match ending right before token with an entry of this kind.
[[gnu::noinline]] const LexiconMatch* match_ending_at(const Document& doc, uint32_t token, EntryKind kind, const LexiconEntry** entry,
                                    Category category = Category::kNone, Langs langs = Langs::kDocument) {
  const uint32_t longest = static_cast<uint32_t>(std::min<size_t>(token, 8));
  for (uint32_t length = longest; length >= 1; --length) {
    auto [begin, end] = matches_at(doc, token - length);
    for (const LexiconMatch* m = begin; m != end; ++m) {
      if (m->count != length) continue;
      if (const LexiconEntry* e = entry_of(doc, *m, kind, category, langs)) {
        *entry = e;
        return m;
      }
    }
  }
  return nullptr;
}

bool is_capitalized(const Document& doc, uint32_t token) {
  if (token >= doc.token_count()) return false;
  const std::string_view shape = doc.features.shapes[token];
  return !shape.empty() && shape[0] == 'X';
}

bool is_connector(std::string_view w);

// "Two port terminals", "Tre porti": a number written as a word names no place.
bool is_number_word(std::string_view w) {
  for (std::string_view n : {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both",
                             "several", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci"})
    if (w == n) return true;
  return false;
}

bool is_all_capitals(const Document& doc, uint32_t token) {
  return std::string_view(doc.features.shapes[token]).find('x') == std::string_view::npos;
}

bool is_function_word(const Document& doc, uint32_t token) {
  const std::string_view w = doc.texts.folded(token);
  for (std::string_view f : {"the", "a", "an", "il", "lo", "la", "i", "gli", "le", "l'", "un", "una", "of", "di", "and", "e"})
    if (w == f) return true;
  return false;
}

// --- weapons -------------------------------------------------------------------

// A listed weapon's name is one in any language, as a lone listed name is
// (add_listed_names): "Droni Shahed" in a text taken for English is one phrase,
// not an Italian word and a name side by side.
constexpr Langs kWeaponNameLangs = Langs::kAny;

// A weapon core: a head noun ("missili") or a listed weapon ("HIMARS", "cruise missiles").
const LexiconMatch* weapon_core_at(const Document& doc, uint32_t token, const LexiconEntry** entry) {
  const LexiconEntry* named = nullptr;
  const LexiconEntry* head = nullptr;
  const LexiconMatch* by_name = match_at(doc, token, EntryKind::kName, &named, Category::kWeapon, kWeaponNameLangs);
  const LexiconMatch* by_head = match_at(doc, token, EntryKind::kWeaponHead, &head);
  if (by_name && (!by_head || by_name->count >= by_head->count)) { *entry = named; return by_name; }
  if (by_head) { *entry = head; return by_head; }
  return nullptr;
}

struct WeaponPhrase {
  uint32_t first = 0, last = 0;
  Type type = Type::kWeapon;
  const LexiconEntry* named = nullptr;  // a specific system inside the phrase
  std::string_view origin;              // country of a demonym inside the phrase
};

// A modifier that is also a demonym ("Russian" in weapon-grammar.tsv) says where
// the weapon comes from.
void note_origin(const Document& doc, uint32_t token, WeaponPhrase& p) {
  const LexiconEntry* demonym = nullptr;
  if (match_at(doc, token, EntryKind::kDemonym, &demonym) && !demonym->country.empty()) p.origin = demonym->country;
}

// "Shahed drones", "F-16 fighter jets", "K2 tanks": a named system in the phrase
// names it, whatever generic words (listed too: "drones", "fighter jets") stand
// around it; between two names of one kind, the first found stays.
void keep_the_most_specific(const LexiconEntry* e, WeaponPhrase& p) {
  if (!p.named || (is_generic_weapon(*p.named) && !is_generic_weapon(*e))) p.named = e;
}

void extend_weapon_right(const Document& doc, WeaponPhrase& p) {
  for (bool grew = true; grew;) {
    grew = false;
    const LexiconEntry* e = nullptr;
    if (const LexiconMatch* m = match_at(doc, p.last, EntryKind::kWeaponModAfter, &e); m && doc.same_sentence(p.first, p.last)) {
      if (e->type != Type::kNone) p.type = e->type;
      note_origin(doc, m->first, p);
      p.last += m->count;
      grew = true;
    } else if (const LexiconMatch* n = match_at(doc, p.last, EntryKind::kName, &e, Category::kWeapon, kWeaponNameLangs); n && doc.same_sentence(p.first, p.last)) {
      keep_the_most_specific(e, p);
      p.last += n->count;
      grew = true;
    } else if (const LexiconMatch* d = match_at(doc, p.last, EntryKind::kDemonym, &e); d && doc.lang == "it" && doc.same_sentence(p.first, p.last)) {
      p.origin = e->country;
      p.last += d->count;
      grew = true;
    }
  }
}

void extend_weapon_left(const Document& doc, WeaponPhrase& p) {
  for (bool grew = true; grew && p.first > 0;) {
    grew = false;
    const LexiconEntry* e = nullptr;
    if (const LexiconMatch* m = match_ending_at(doc, p.first, EntryKind::kWeaponModBefore, &e); m && doc.same_sentence(m->first, p.first)) {
      if (e->type != Type::kNone) p.type = e->type;
      note_origin(doc, m->first, p);
      p.first = m->first;
      grew = true;
    } else if (const LexiconMatch* n = match_ending_at(doc, p.first, EntryKind::kName, &e, Category::kWeapon, kWeaponNameLangs); n && doc.same_sentence(n->first, p.first)) {
      keep_the_most_specific(e, p);
      p.first = n->first;
      grew = true;
    } else if (const LexiconMatch* d = match_ending_at(doc, p.first, EntryKind::kDemonym, &e); d && doc.lang == "en" && doc.same_sentence(d->first, p.first)) {
      p.origin = e->country;
      p.first = d->first;
      grew = true;
    }
  }
}

// "cargo vessel", "nave mercantile", "container ship": a ship that carries
// goods or people is no weapon.
bool is_civilian_vessel(const Document& doc, const WeaponPhrase& p, Type type) {
  if (type != Type::kVessel) return false;
  const auto civilian = [&](uint32_t token) {
    if (!doc.same_sentence(p.first, token)) return false;
    const std::string_view w = doc.texts.folded(token);
    for (std::string_view c : {"cargo", "merchant", "container", "fishing", "passenger", "cruise", "commercial",
                               "civilian", "research", "mercantile", "mercantili", "commerciale", "commerciali",
                               "passeggeri", "portacontainer", "peschereccio", "carico", "crociera", "pesca"})
      if (w == c) return true;
    return false;
  };
  if (p.first > 0 && civilian(p.first - 1)) return true;  // "cargo vessel"
  for (uint32_t i = p.last; i < p.last + 2 && i < doc.token_count(); ++i)  // "nave mercantile", "nave da carico"
    if (civilian(i)) return true;
  return false;
}

// "USS Carney", "HMS Diamond": a warship's prefix and the capitalised name after it.
void add_named_warships(const Document& doc, std::vector<MentionCandidate>& out) {
  for (uint32_t i = 0; i + 1 < doc.token_count(); ++i) {
    const std::string_view raw = doc.texts.raw[i];
    bool prefix = false;
    for (std::string_view p : {"USS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "ROKS", "RFS", "ITS", "FGS"})
      prefix = prefix || raw == p;
    if (!prefix || !doc.same_sentence(i, i + 1) || !is_capitalized(doc, i + 1)) continue;
    uint32_t last = i + 1;
    while (last < doc.token_count() && doc.same_sentence(i, last) && is_capitalized(doc, last) &&
           !is_function_word(doc, last))
      ++last;
    MentionCandidate c;
    c.first = i;
    c.last = last;
    c.category = Category::kWeapon;
    c.type = Type::kVessel;
    c.name_first = i + 1;
    c.name_last = last;
    c.confidence = 0.85f;
    out.push_back(c);
    i = last - 1;
  }
}

void add_weapons(const Document& doc, std::vector<MentionCandidate>& out) {
  const bool weapon_talk = doc.speaks_of_weapons;
  for (uint32_t i = 0; i < doc.token_count();) {
    const LexiconEntry* core = nullptr;
    const LexiconMatch* m = weapon_core_at(doc, i, &core);
    if (!m) { ++i; continue; }
    WeaponPhrase p;
    p.first = m->first;
    p.last = m->first + m->count;
    p.type = core->type;
    if (core->kind == EntryKind::kName) p.named = core;
    extend_weapon_right(doc, p);
    extend_weapon_left(doc, p);
    MentionCandidate c;
    c.first = p.first;
    c.last = p.last;
    c.category = Category::kWeapon;
    c.type = (p.named && p.named->type != Type::kWeapon) ? p.named->type : p.type;
    c.entry = p.named;
    c.country = p.origin;
    c.confidence = 0.85f;
    // A lone generic noun ("weapons", "armi") is too vague to mark.
    const bool vague = c.type == Type::kWeapon && p.last - p.first == m->count && !p.named;
    const LexiconEntry* role = nullptr;
    const bool after_role = m->first > 0 && match_ending_at(doc, m->first, EntryKind::kRole, &role);  // "generale Caesar"
    const bool lone_ambiguous = core->ambiguous && p.last - p.first == m->count && (!weapon_talk || after_role);
    // "as Arsenal beat Chelsea": a generic weapon word capitalised inside a sentence is a name.
    const bool lone = p.last - p.first == m->count;
    const bool capitalized_inside = is_capitalized(doc, m->first) && m->first > 0 &&
                                    doc.same_sentence(m->first - 1, m->first) && !is_all_capitals(doc, m->first);
    if (lone && core->kind == EntryKind::kName && is_generic_weapon(*core) && capitalized_inside) {
      i = std::max(p.last, i + 1);
      continue;
    }
    if (!vague && !lone_ambiguous && !is_civilian_vessel(doc, p, c.type) &&
        !weapon_word_used_otherwise(doc, p.last))
      out.push_back(c);
    i = std::max(p.last, i + 1);
  }
}

// --- organisations and groups ---------------------------------------------------

uint32_t proper_name_end(const Document& doc, uint32_t token);

// "47th", "155th", "4", "47ª", "6º": the number of a military unit (at most
// three digits, so not a year).
bool is_unit_number(std::string_view raw) {
  size_t digits = 0;
  while (digits < raw.size() && raw[digits] >= '0' && raw[digits] <= '9') ++digits;
  if (digits == 0 || digits > 3) return false;
  const std::string_view rest = raw.substr(digits);
  for (std::string_view s : {"", "st", "nd", "rd", "th", "d", "º", "ª", "°"})
    if (rest == s) return true;
  return false;
}

// "47th Mechanized Brigade", "4 Air Defense Wing", "47ª brigata", "6º Stormo
// Diavoli Rossi": a unit head (kind=unit) takes the number before its name, and
// in Italian the capitalised words after the head.
bool add_unit_number(const Document& doc, uint32_t& first, uint32_t& last) {
  if (first == 0 || !doc.same_sentence(first - 1, first) || !is_unit_number(doc.texts.raw[first - 1])) return false;
  --first;
  if (doc.lang == "it") last = std::max(last, proper_name_end(doc, last));
  return true;
}

void add_organizations(const Document& doc, std::vector<MentionCandidate>& out) {
  for (uint32_t i = 0; i < doc.token_count(); ++i) {
    const LexiconEntry* head = nullptr;
    const LexiconMatch* h = match_at(doc, i, EntryKind::kOrgHead, &head);
    if (!h) continue;
    uint32_t first = h->first, last = h->first + h->count;
    bool named = false;
    std::string_view country;
    // Italian and "Ministry of Defence": tails after the head.
    for (const LexiconEntry* e = nullptr;;) {
      const LexiconMatch* t = match_at(doc, last, EntryKind::kOrgTail, &e);
      if (!t || !doc.same_sentence(first, last)) break;
      last += t->count;
      named = true;
    }
    // English "Russian Defence Ministry": capitalised words and a demonym before it.
    if (doc.lang == "en" && is_capitalized(doc, first)) {
      while (first > 0 && doc.same_sentence(first - 1, first) && is_capitalized(doc, first - 1) &&
             !is_function_word(doc, first - 1)) {
        const LexiconEntry* e = nullptr;
        if (match_ending_at(doc, first, EntryKind::kDemonym, &e)) break;
        --first;
        named = true;
      }
      const LexiconEntry* e = nullptr;
      if (const LexiconMatch* d = match_ending_at(doc, first, EntryKind::kDemonym, &e)) {
        first = d->first;
        country = e->country;
        named = true;
      }
    }
    if (head->key == "unit" && add_unit_number(doc, first, last)) named = true;
    // "i carabinieri", "la polizia": a head marked kind=body names a body on its own.
    if (!named && head->key == "body") named = true;
    // "università di Nottingham": a head marked kind=named takes the proper name
    // after it (and "di") as its tail.
    if (!named && head->key == "named") {
      uint32_t name = last;
      const std::string_view joiner = name < doc.token_count() ? doc.texts.folded(name) : std::string_view();
      if (joiner == "di" || joiner == "del" || joiner == "della" || joiner == "dell'") ++name;
      const uint32_t end = proper_name_end(doc, name);
      if (end > name && doc.same_sentence(first, end - 1)) {
        last = end;
        named = true;
      }
    }
    // "lo stato maggiore ucraino", "il parlamento greco": an Italian head with a demonym
    // after it names that country's body (a group noun stays a group: "autorità tedesche").
    const LexiconEntry* other = nullptr;
    if (doc.lang == "it" && !named && match_at(doc, last, EntryKind::kDemonym, &other) &&
        doc.same_sentence(first, last) && !match_at(doc, first, EntryKind::kGroupNoun, &other))
      named = true;
    if (doc.lang == "it" && named) {
      const LexiconEntry* e = nullptr;
      if (const LexiconMatch* d = match_at(doc, last, EntryKind::kDemonym, &e); d && doc.same_sentence(first, last)) {
        last += d->count;
        country = e->country;
      }
    }
    if (!named) continue;
    // "Africa Corps": the lexicon knows it (as a group), "West Bank" (as a place);
    // "i carabinieri" is no name it lists.
    const LexiconEntry* listed = nullptr;
    if (const LexiconMatch* l = match_at(doc, first, EntryKind::kName, &listed);
        l && l->first + l->count == last && is_capitalized(doc, first) &&
        (listed->category == Category::kActor || listed->category == Category::kPlace))
      continue;
    MentionCandidate c;
    c.first = first;
    c.last = last;
    c.category = Category::kActor;
    c.type = Type::kOrganization;
    c.country = country;
    c.confidence = 0.8f;
    out.push_back(c);
    i = last - 1;
  }
}

// A listed armed group or organisation at token (its match), or nullptr.
const LexiconMatch* named_group_at(const Document& doc, uint32_t token, const LexiconEntry** entry) {
  const LexiconMatch* m = match_at(doc, token, EntryKind::kName, entry, Category::kActor);
  if (m && (*entry)->acronym && !is_all_capitals(doc, token)) return nullptr;  // "protesters who", not WHO
  return m && ((*entry)->type == Type::kGroup || (*entry)->type == Type::kOrganization) ? m : nullptr;
}

// "miliziani di Hamas", "ribelli Houthi", "mercenari del Gruppo Wagner", "Hamas
// militants": the collective noun and the group it belongs to are one group mention,
// the group's entity.
bool add_group_of_named(const Document& doc, uint32_t i, const LexiconMatch& g, std::vector<MentionCandidate>& out) {
  MentionCandidate c;
  c.category = Category::kActor;
  c.type = Type::kGroup;
  c.confidence = 0.8f;
  const LexiconEntry* named = nullptr;
  uint32_t after = g.first + g.count;
  if (after < doc.token_count() && is_connector(doc.texts.folded(after)) && doc.same_sentence(i, after)) ++after;
  if (const LexiconMatch* n = named_group_at(doc, after, &named); n && doc.same_sentence(i, after)) {
    c.first = g.first;
    c.last = n->first + n->count;
  } else if (const LexiconMatch* b = match_ending_at(doc, g.first, EntryKind::kName, &named, Category::kActor);
             b && doc.lang == "en" && named->type == Type::kGroup && doc.same_sentence(b->first, i)) {
    c.first = b->first;
    c.last = g.first + g.count;
  } else {
    return false;
  }
  c.entry = named;
  c.country = named->country;
  out.push_back(c);
  return true;
}

void add_groups(const Document& doc, std::vector<MentionCandidate>& out) {
  for (uint32_t i = 0; i < doc.token_count(); ++i) {
    const LexiconEntry* noun = nullptr;
    const LexiconMatch* g = match_at(doc, i, EntryKind::kGroupNoun, &noun);
    if (!g) continue;
    if (add_group_of_named(doc, i, *g, out)) {
      i = out.back().last - 1;
      continue;
    }
    const LexiconEntry* demonym = nullptr;
    MentionCandidate c;
    c.category = Category::kActor;
    c.type = Type::kGroup;
    c.confidence = 0.8f;
    const uint32_t end = g->first + g->count;
    if (const LexiconMatch* d = match_at(doc, end, EntryKind::kDemonym, &demonym);
        d && doc.lang == "it" && doc.same_sentence(i, end)) {
      c.first = g->first;
      c.last = end + d->count;
    } else if (const LexiconMatch* d2 = match_ending_at(doc, g->first, EntryKind::kDemonym, &demonym);
               d2 && doc.lang == "en" && doc.same_sentence(d2->first, i)) {
      c.first = d2->first;
      c.last = end;
    } else {
      continue;
    }
    if (noun->type == Type::kOrganization) c.type = Type::kOrganization;  // "governo cinese"
    c.country = demonym->country;
    out.push_back(c);
    i = c.last - 1;
  }
}

// --- regions --------------------------------------------------------------------

// The end of a proper name starting at token: a listed place, else capitalised words.
uint32_t proper_name_end(const Document& doc, uint32_t token) {
  const LexiconEntry* e = nullptr;
  if (const LexiconMatch* m = match_at(doc, token, EntryKind::kName, &e, Category::kPlace)) return token + m->count;
  uint32_t end = token;
  while (end < doc.token_count() && doc.same_sentence(token, end) && is_capitalized(doc, end) &&
         !is_function_word(doc, end))
    ++end;
  return end;
}

// The start of a proper name ending right before token.
uint32_t proper_name_start(const Document& doc, uint32_t token) {
  const LexiconEntry* e = nullptr;
  if (const LexiconMatch* m = match_ending_at(doc, token, EntryKind::kName, &e, Category::kPlace)) return m->first;
  uint32_t start = token;
  while (start > 0 && doc.same_sentence(start - 1, token - 1) && is_capitalized(doc, start - 1) &&
         !is_function_word(doc, start - 1))
    --start;
  return start;
}

// "regione di Kaluga", "base aerea di Ramstein"; "Moscow region", "Vnukovo airport".
// Where one cue has several readings ("porto di": a port or a town), the most specific.
int cue_rank(Type t) {
  switch (t) {
    case Type::kFacility: return 4;
    case Type::kRegion: return 3;
    case Type::kLocation: return 2;
    default: return 1;
  }
}

const LexiconMatch* place_cue_at(const Document& doc, uint32_t token, EntryKind kind, const LexiconEntry** best) {
  const LexiconEntry* ignored = nullptr;
  const LexiconMatch* m = match_at(doc, token, kind, &ignored);
  if (!m) return nullptr;
  *best = nullptr;
  for (const LexiconEntry* e = m->entries.begin; e != m->entries.end; ++e)
    if (e->kind == kind && lang_fits(doc, *e) && (!*best || cue_rank(e->type) > cue_rank((*best)->type))) *best = e;
  return m;
}

// A street's number: one to three digits right after its name, in its sentence.
bool is_house_number(const Document& doc, uint32_t token) {
  return token < doc.token_count() && doc.same_sentence(token - 1, token) &&
         doc.segmentation.tokens[token].kind == TokenKind::kNumber && doc.texts.raw[token].size() <= 3;
}

// Regions, facilities and natural features include their cue ("regione di
// Kaluga", "base aerea di Ramstein", "Moscow region", "golfo del Messico"); a town
// or border cue only types the name after it ("town of Avdiivka" -> "Avdiivka").
void push_place(const Document& doc, uint32_t name_first, uint32_t name_last, uint32_t cue_first, uint32_t cue_last,
                const LexiconEntry& cue, std::vector<MentionCandidate>& out) {
  const Type type = cue.type;
  MentionCandidate c;
  c.category = Category::kPlace;
  c.confidence = 0.8f;
  c.type = type;
  // A capitalised cue after the name is part of it: "Gaza City", "Atlantic City".
  const bool capitalized_after = cue_first >= name_last && is_capitalized(doc, cue_first);
  // "state of Florida", "stato di Oaxaca": a cue before a name already listed as
  // a region or country adds nothing to it; one before a town makes it another
  // place ("regione di Mosca") and stays.
  const LexiconEntry* listed = nullptr;  // the name as a listed place, if it is one
  const LexiconMatch* m = match_at(doc, name_first, EntryKind::kName, &listed, Category::kPlace);
  if (!m || m->first + m->count != name_last) listed = nullptr;
  const bool names_a_region = listed && (listed->type == Type::kRegion || listed->type == Type::kCountry);
  const bool cue_adds_nothing = type == Type::kRegion && cue_first < name_first && names_a_region;
  const bool part_of_name = cue.key == "feature" || cue.key == "street";
  const bool with_cue = !cue_adds_nothing &&
                        (type == Type::kRegion || type == Type::kFacility || part_of_name || capitalized_after);
  if (!with_cue && listed) {  // the name alone: keep what the lexicon knows of it
    c.entry = listed;
    c.type = listed->type;
    c.country = listed->country;
  }
  c.first = with_cue ? std::min(name_first, cue_first) : name_first;
  c.last = with_cue ? std::max(name_last, cue_last) : name_last;
  if (part_of_name && cue_first < name_first && is_house_number(doc, c.last)) ++c.last;  // "via Rovello 2"
  // "Dipartimento di Stato": a whole the lexicon lists as an organisation is one.
  if (const LexiconEntry* whole = listed_name(doc, c.first, c.last); whole && whole->category == Category::kActor) return;
  if (type == Type::kFacility && cue.key != "own_name") {  // "cosmodromo di Vostochny" names no town
    c.name_first = name_first;
    c.name_last = name_last;
  }
  // "Linkin Park", "George Washington University Hospital": a whole capitalised
  // name the tagger is sure names an organisation stays one, unless its cue makes
  // it a town or an administrative area ("Atlantic City", "Fairfax County").
  const bool settlement = type == Type::kCity || type == Type::kRegion;
  if (capitalized_after && !settlement && doc.tagged_surely(c.first, c.last, NameLabel::kOrganization, 0.9f)) {
    c.category = Category::kActor;
    c.type = Type::kOrganization;
    c.entry = nullptr;
    c.country = {};
  }
  out.push_back(c);
}

// "in via Gradoli", "sulla statale Salaria": a street's cue word follows a
// preposition or an article; "diretto a Roma via Parigi" goes by way of a town.
bool street_cue_fits(const Document& doc, uint32_t cue) {
  if (cue == 0 || !doc.same_sentence(cue - 1, cue)) return false;
  const LexiconEntry* e = nullptr;
  return is_connector(doc.texts.folded(cue - 1)) || match_ending_at(doc, cue, EntryKind::kLocativePrep, &e);
}

void add_place_phrases(const Document& doc, std::vector<MentionCandidate>& out) {
  for (uint32_t i = 0; i < doc.token_count(); ++i) {
    const LexiconEntry* e = nullptr;
    if (const LexiconMatch* w = place_cue_at(doc, i, EntryKind::kPlaceWordBefore, &e);
        w && (e->key != "street" || street_cue_fits(doc, i))) {
      const uint32_t name = w->first + w->count;
      const uint32_t end = proper_name_end(doc, name);
      if (end > name && doc.same_sentence(i, name)) {
        push_place(doc, name, end, i, name, *e, out);
        i = end - 1;
        continue;
      }
    }
    if (const LexiconMatch* w = place_cue_at(doc, i, EntryKind::kPlaceWordAfter, &e); w && i > 0) {
      const uint32_t start = proper_name_start(doc, i);
      const bool number_word = start + 1 == i && is_number_word(doc.texts.folded(start));  // "Two port terminals"
      if (start < i && !number_word) {
        push_place(doc, start, i, i, w->first + w->count, *e, out);
        i = w->first + w->count - 1;
      }
    }
  }
}

// --- actor or place ---------------------------------------------------------------

// Articles and "of"-forms that may stand between a locating word and the name:
// "nel sud del Libano", "in tutta l'Ucraina", "outskirts of the city".
bool is_connector(std::string_view w) {
  for (std::string_view c : {"di", "del", "della", "dello", "dell'", "dei", "degli", "delle", "d'", "of", "the",
                             "il", "lo", "la", "l'", "i", "gli", "le", "tutta", "tutto", "tutti", "tutte", "con"})
    if (w == c) return true;
  return false;
}

// A strong preposition or a direction word before the name, with at most three
// connectors in between.
[[gnu::noinline]] bool locative_before(const Document& doc, uint32_t token, bool through_coordination = true) {
  // "in Tel Aviv and Jerusalem": the second name is where the first is.
  if (through_coordination && token >= 2 && doc.same_sentence(token - 2, token)) {
    const std::string_view joint = doc.texts.folded(token - 1);
    if (joint == "and" || joint == "e" || joint == "ed") {
      uint32_t first = token - 1;
      while (first > 0 && token - first <= 4 && doc.same_sentence(first - 1, token) &&
             !doc.texts.raw[first - 1].empty() && doc.texts.raw[first - 1][0] >= 'A' && doc.texts.raw[first - 1][0] <= 'Z')
        --first;
      if (first < token - 1 && locative_before(doc, first, false)) return true;
    }
  }
  uint32_t at = token;
  for (int skipped = 0; at > 0 && doc.same_sentence(at - 1, token); ++skipped) {
    const LexiconEntry* e = nullptr;
    if (match_ending_at(doc, at, EntryKind::kLocativePrep, &e)) return true;
    if (skipped == 3 || !is_connector(doc.texts.folded(at - 1))) return false;
    --at;
  }
  return false;
}

// Before a country, Italian "a" and its articled forms mean "to" (a recipient:
// "aiuti all'Ucraina"), not "in"; before a city they locate ("a Kiev").
// "ha chiesto a Teheran", "ha inviato missili a Mosca": a verb of giving or asking
// a few words before makes "a" + capital the recipient.
bool after_recipient_verb(const Document& doc, uint32_t token) {
  for (uint32_t back = 1; back <= 6 && back <= token && doc.same_sentence(token - back, token); ++back) {
    const LexiconEntry* e = nullptr;
    if (match_at(doc, token - back, EntryKind::kRecipientVerb, &e)) return true;
  }
  return false;
}

bool after_dative(const Document& doc, uint32_t token) {
  if (token == 0 || !doc.same_sentence(token - 1, token)) return false;
  const std::string_view prev = doc.texts.folded(token - 1);
  for (std::string_view w : {"a", "al", "alla", "all'", "ai", "agli", "alle", "allo"})
    if (prev == w) return true;
  return false;
}

}  // namespace

// A weapon head or an unambiguous system name is enough; ambiguous names must be
// two different ones ("Patriot" and "Leopard"), since one repeated ("Juventus -
// Milan" four times) says nothing about weapons.
bool speaks_of_weapons(const Document& doc) {
  std::string_view ambiguous_name;
  for (const LexiconMatch& m : doc.matches)
    for (const LexiconEntry* e = m.entries.begin; e != m.entries.end; ++e) {
      if (e->kind == EntryKind::kWeaponHead) return true;
      if (e->kind != EntryKind::kName || e->category != Category::kWeapon) continue;
      if (!e->ambiguous) return true;
      if (ambiguous_name.empty()) ambiguous_name = e->key;
      else if (e->key != ambiguous_name) return true;
    }
  return false;
}

bool weapon_word_used_otherwise(const Document& doc, uint32_t last) {
  if (last == 0) return false;
  const std::string_view head = doc.texts.folded(last - 1);
  if ((head == "bomber" || head == "bombers") && last >= 2 && doc.same_sentence(last - 2, last - 1))
    return doc.texts.folded(last - 2) == "suicide";
  if ((head == "round" || head == "rounds") && last + 1 < doc.token_count() && doc.same_sentence(last - 1, last + 1))
    return doc.texts.folded(last) == "of" && doc.texts.folded(last + 1) != "ammunition";
  return false;
}

bool is_generic_weapon(const LexiconEntry& e) {
  return e.category == Category::kWeapon && !e.name.empty() && e.name[0] >= 'a' && e.name[0] <= 'z';
}

[[gnu::noinline]] const LexiconEntry* best_name_entry(const Document& doc, const LexiconMatch& match) {
  const LexiconEntry* best = nullptr;
  // The user's own term first; a city before its capital-as-government reading;
  // a country before a town of the same name elsewhere ("Armenia", in Colombia);
  // an organisation before its building.
  const auto score = [&](const LexiconEntry& e) {
    const bool place = e.category == Category::kPlace && e.type != Type::kFacility;
    return std::make_tuple(e.user, lang_fits(doc, e), place, place && e.type == Type::kCountry, e.population);
  };
  for (const LexiconEntry* e = match.entries.begin; e != match.entries.end; ++e) {
    if (e->kind != EntryKind::kName) continue;
    if (!best || score(*e) > score(*best)) best = e;
  }
  return best;
}

bool after_locative(const Document& doc, uint32_t token) { return locative_before(doc, token); }

bool is_role_of_kind(const Document& doc, uint32_t token, std::string_view kind) {
  if (token >= doc.token_count()) return false;
  for (uint32_t k = doc.match_start[token]; k < doc.match_start[token + 1]; ++k) {
    const LexiconMatch& m = doc.matches[k];
    for (const LexiconEntry* e = m.entries.begin; e != m.entries.end; ++e)
      if (m.count == 1 && e->kind == EntryKind::kRole && e->key == kind) return true;
  }
  return false;
}

const LexiconEntry* listed_name(const Document& doc, uint32_t first, uint32_t last) {
  for (uint32_t k = doc.match_start[first]; k < doc.match_start[first + 1]; ++k) {
    const LexiconMatch& m = doc.matches[k];
    if (m.first + m.count != last) continue;
    if (const LexiconEntry* e = best_name_entry(doc, m)) return e;
  }
  return nullptr;
}

void build_phrases(const Document& doc, std::vector<MentionCandidate>& out) {
  out.clear();
  add_weapons(doc, out);
  add_named_warships(doc, out);
  add_organizations(doc, out);
  add_groups(doc, out);
  add_place_phrases(doc, out);
}

void read_as_place(const Document& doc, MentionCandidate& m);

// Right after "in", "near", "nella", "a nord di" (locative rows marked
// kind=place_only): a place, whatever else the name could be. (Italian "a" and
// English "at", "towards" also come before people.)
bool right_after_place_preposition(const Document& doc, uint32_t token) {
  const LexiconEntry* e = nullptr;
  const LexiconMatch* m = match_ending_at(doc, token, EntryKind::kLocativePrep, &e);
  return m && doc.same_sentence(m->first, token) && e->key == "place_only";
}

bool is_dateline(const Document& doc, const MentionCandidate& m) {
  if (m.first > 0 && doc.same_sentence(m.first - 1, m.first)) return false;
  for (uint32_t i = m.first; i < m.last; ++i)
    if (std::string_view(doc.features.shapes[i]).find('x') != std::string_view::npos) return false;
  if (m.last >= doc.token_count()) return false;
  const std::string_view next = doc.texts.raw[m.last];
  const std::string_view shape = doc.features.shapes[m.last];
  return next == "," || next == "-" || next == "(" || (!shape.empty() && shape[0] == 'd');
}

void assign_role(const Document& doc, MentionCandidate& m) {
  if (m.entry && m.type == Type::kCity && is_dateline(doc, m)) return;
  // "in Bridgton": an unknown name the tagger took for a person is a place there.
  if (!m.entry && m.type == Type::kPerson && right_after_place_preposition(doc, m.first) &&
      !(m.last < doc.token_count() && doc.texts.folded(m.last) == "'s")) {
    m.category = Category::kPlace;
    m.type = Type::kLocation;
    return;
  }
  if (!m.entry || m.entry->user || m.category == Category::kWeapon) return;  // a user term keeps its reading
  const bool locative = locative_before(doc, m.first);
  if (m.type == Type::kOrganization && locative) {  // "al Cremlino": the building
    read_as_place(doc, m);
    return;
  }
  if (m.type == Type::kCountry) {
    m.category = locative && !after_dative(doc, m.first) ? Category::kPlace : Category::kActor;
    return;
  }
  if (m.type != Type::kCity) return;
  if (locative && !(after_dative(doc, m.first) && after_recipient_verb(doc, m.first))) return;
  // A capital in an actor's position: its government (the capital entry of the same phrase).
  auto [begin, end] = matches_at(doc, m.first);
  for (const LexiconMatch* match = begin; match != end; ++match) {
    if (match->count != m.length()) continue;
    for (const LexiconEntry* e = match->entries.begin; e != match->entries.end; ++e) {
      if (e->kind == EntryKind::kName && e->category == Category::kActor && e->type == Type::kCountry) {
        m.category = Category::kActor;
        m.type = Type::kCountry;
        m.entry = e;
        m.country = e->country;
        return;
      }
    }
  }
}

// The preposition repeated after "e"/"and" in a list of places.
static bool is_preposition_again(std::string_view w) {
  for (std::string_view p : {"a", "al", "alla", "all'", "ai", "agli", "alle", "in", "nel", "nella", "nell'", "to", "into"})
    if (w == p) return true;
  return false;
}

static bool is_list_word(std::string_view w) {
  return w == "," || w == "e" || w == "ed" || w == "and" || w == "o" || w == "or";
}

// Whether only ",", "e", "and", "o", "or" stand between two mentions.
static bool only_list_words_between(const Document& doc, const MentionCandidate& a, const MentionCandidate& b) {
  for (uint32_t i = a.last; i < b.first; ++i)
    if (!is_list_word(doc.texts.folded(i))) return false;
  return true;
}

void share_roles_in_lists(const Document& doc, std::vector<MentionCandidate>& mentions) {
  for (size_t k = 1; k < mentions.size(); ++k) {
    MentionCandidate& m = mentions[k];
    const MentionCandidate& prev = mentions[k - 1];
    if (!m.entry || m.entry->user || prev.category != Category::kPlace || m.category != Category::kActor || m.type != Type::kCountry)
      continue;
    if (!doc.same_sentence(prev.first, m.first)) continue;
    // "in Mali, Burkina Faso and Niger", "al Mali e alla Repubblica Centrafricana".
    bool only_list_words = true, after_list_word = false, repeats_preposition = false;
    for (uint32_t i = prev.last; i < m.first && only_list_words; ++i) {
      const std::string_view w = doc.texts.folded(i);
      const bool listing = is_list_word(w);
      const bool again = after_list_word && is_preposition_again(w);
      only_list_words = listing || again;
      after_list_word = after_list_word || listing;
      repeats_preposition = repeats_preposition || again;
    }
    // "..., Kyiv said", "..., Ukraine's military said", "a Istanbul, Russia e Ucraina
    // hanno": a country (or the list it opens) followed by its verb, or owning what
    // follows, is the subject, not a list item.
    size_t end = k;
    while (end + 1 < mentions.size() && doc.same_sentence(mentions[end].first, mentions[end + 1].first) &&
           mentions[end + 1].first > mentions[end].last && only_list_words_between(doc, mentions[end], mentions[end + 1]))
      ++end;
    const uint32_t after = mentions[end].last;
    const bool acts = after < doc.token_count() && doc.same_sentence(m.first, after) &&
                      ((doc.features.shapes[after] == "x" && !is_list_word(doc.texts.folded(after))) ||
                       doc.texts.folded(after) == "'s");
    if (only_list_words && m.first > prev.last && (!acts || repeats_preposition)) m.category = Category::kPlace;
  }
}

void add_short_references(const Document& doc, std::vector<MentionCandidate>& mentions) {
  std::vector<int32_t> taken(doc.token_count(), -1);  // the mention covering each token
  for (size_t k = 0; k < mentions.size(); ++k)
    for (uint32_t i = mentions[k].first; i < mentions[k].last; ++i) taken[i] = static_cast<int32_t>(k);
  const size_t existing = mentions.size();
  // Full organisation names by their first word, the longest kept.
  std::unordered_map<std::string_view, size_t> by_first_word;
  for (size_t k = 0; k < existing; ++k) {
    const MentionCandidate& full = mentions[k];
    if (full.type != Type::kOrganization || full.length() < 2) continue;
    auto [it, added] = by_first_word.emplace(doc.texts.folded(full.first), k);
    if (!added && mentions[it->second].length() < full.length()) it->second = k;
  }
  for (uint32_t i = 1; i < doc.token_count(); ++i) {
    const LexiconEntry* head = nullptr;
    const LexiconMatch* h = match_at(doc, i, EntryKind::kOrgHead, &head);
    if (!h || is_capitalized(doc, i) || !is_function_word(doc, i - 1)) continue;
    const uint32_t end = h->first + h->count;
    // Already a mention (the tagger's "ministero"): only if it is exactly the bare head.
    MentionCandidate* existing_head = nullptr;
    if (taken[i] >= 0) {
      MentionCandidate& m = mentions[static_cast<size_t>(taken[i])];
      if (m.first != i || m.last != end || m.type != Type::kOrganization) continue;
      existing_head = &m;
    }
    const auto found = by_first_word.find(doc.texts.folded(i));
    if (found == by_first_word.end()) continue;
    const MentionCandidate& full = mentions[found->second];
    if (full.length() <= h->count) continue;
    bool same_head = true;
    for (uint32_t j = 0; j < h->count && same_head; ++j)
      same_head = doc.texts.folded(full.first + j) == doc.texts.folded(i + j);
    if (!same_head || &full == existing_head) continue;
    if (existing_head) {
      existing_head->antecedent = static_cast<int32_t>(found->second);
      continue;
    }
    MentionCandidate c;
    c.first = i;
    c.last = end;
    c.category = Category::kActor;
    c.type = Type::kOrganization;
    c.confidence = 0.6f;
    c.antecedent = static_cast<int32_t>(found->second);
    mentions.push_back(c);
  }
  std::sort(mentions.begin() + static_cast<long>(existing), mentions.end(),
            [](const MentionCandidate& a, const MentionCandidate& b) { return a.first < b.first; });
  // Keep text order; antecedent indices point into the first `existing` entries,
  // which stay where they are when merged by position below.
  std::vector<MentionCandidate> merged;
  std::vector<int32_t> new_index(existing);
  size_t a = 0, b = existing;
  while (a < existing || b < mentions.size()) {
    const bool take_old = b == mentions.size() || (a < existing && mentions[a].first < mentions[b].first);
    if (take_old) { new_index[a] = static_cast<int32_t>(merged.size()); merged.push_back(mentions[a++]); }
    else merged.push_back(mentions[b++]);
  }
  for (auto& m : merged)
    if (m.antecedent >= 0) m.antecedent = new_index[static_cast<size_t>(m.antecedent)];
  mentions.swap(merged);
}

namespace {

bool previous_word_is(const Document& doc, const MentionCandidate& m, std::initializer_list<std::string_view> words) {
  if (m.first == 0 || !doc.same_sentence(m.first - 1, m.first)) return false;
  const std::string_view prev = doc.texts.folded(m.first - 1);
  for (std::string_view w : words)
    if (prev == w) return true;
  return false;
}

}  // namespace

// The place reading of a listed name (the city behind a capital read as its country).
void read_as_place(const Document& doc, MentionCandidate& m) {
  if (m.category == Category::kPlace || !m.entry || m.entry->user) return;
  auto [begin, end] = matches_at(doc, m.first);
  for (const LexiconMatch* match = begin; match != end; ++match) {
    if (match->count != m.length()) continue;
    for (const LexiconEntry* e = match->entries.begin; e != match->entries.end; ++e) {
      if (e->kind == EntryKind::kName && e->category == Category::kPlace) {
        m.category = Category::kPlace;
        m.type = e->type;
        m.entry = e;
        return;
      }
    }
  }
  if (m.type == Type::kCountry) m.category = Category::kPlace;
}

void mark_journeys(const Document& doc, std::vector<MentionCandidate>& mentions) {
  for (size_t k = 1; k < mentions.size(); ++k) {
    MentionCandidate& from = mentions[k - 1];
    MentionCandidate& to = mentions[k];
    if (!from.entry || !doc.same_sentence(from.first, to.first) || to.first > from.last + 1) continue;
    if (!previous_word_is(doc, from, {"from", "da", "dal", "dalla", "dall'", "dallo"})) continue;
    if (!previous_word_is(doc, to, {"to", "a", "al", "alla", "all'", "allo", "verso", "towards"})) continue;
    read_as_place(doc, from);
    read_as_place(doc, to);
  }
}

}  // namespace annotator
