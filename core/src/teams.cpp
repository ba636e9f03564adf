#include "teams.h"

#include <string>
#include <unordered_set>
#include <utility>

#include "phrases.h"
#include "tagged_names.h"

namespace annotator {
namespace {

[[gnu::noinline]] bool is_one_of(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words)
    if (w == x) return true;
  return false;
}

// Verbs that only a team does to a team: "Surrey beat Kent", "il Napoli batte la Lazio".
[[gnu::noinline]] bool is_match_verb(std::string_view w) {
  return is_one_of(w, {"beat", "beats", "defeated", "edged", "thrashed", "routed", "drew", "draw", "batte", "battono",
                       "pareggia", "travolge", "sconfigge", "espugna", "pareggiano"});
}

// A year: "Melbourne 2009", "Sydney 2000" name an event, not a result.
bool is_year(std::string_view raw) {
  return raw.size() == 4 && (raw.substr(0, 2) == "19" || raw.substr(0, 2) == "20");
}

// A number written without letters: a score or a table's figure ("7", "4-0",
// ".519"), not a date ("1996-08-30") or a year.
bool is_bare_number(const Document& doc, uint32_t token) {
  if (token >= doc.token_count()) return false;
  const std::string_view shape = doc.features.shapes[token];
  if (shape.substr(0, 5) == "d-d-d" || is_year(doc.texts.raw[token])) return false;
  return !shape.empty() && (shape[0] == 'd' || (shape[0] == '.' && shape.size() > 1 && shape[1] == 'd')) &&
         shape.find('X') == std::string_view::npos && shape.find('x') == std::string_view::npos;
}

[[gnu::noinline]] bool word_is(const Document& doc, uint32_t token, std::initializer_list<std::string_view> words) {
  return token < doc.token_count() && is_one_of(doc.texts.folded(token), words);
}

bool opens_a_name(const Document& doc, uint32_t token) {
  if (token >= doc.token_count()) return false;
  const std::string_view shape = doc.features.shapes[token];
  return !shape.empty() && shape[0] == 'X';
}

// The token before first, skipping an article ("batte la Lazio", "beat the Bears").
uint32_t before_article(const Document& doc, uint32_t first) {
  if (first > 0 && word_is(doc, first - 1, {"il", "lo", "la", "l'", "i", "gli", "le", "the"})) --first;
  return first;
}

// A full stop or semicolon that is its sentence's last token.
bool ends_its_sentence(const Document& doc, uint32_t token) {
  if (token >= doc.token_count() || !word_is(doc, token, {".", ";"})) return false;
  return token + 1 == doc.token_count() || !doc.same_sentence(token, token + 1);
}

// "Plymouth Argyle lost 4-0", "Barcelona won 3-1", "Brighton lost at home": a
// result or the ground right after the verb.
bool result_follows(const Document& doc, uint32_t last) {
  if (!word_is(doc, last, {"lost", "won", "perde", "vince", "perso", "vinto"})) return false;
  if (word_is(doc, last + 1, {"away"}) || (word_is(doc, last + 1, {"at"}) && word_is(doc, last + 2, {"home"})))
    return true;
  return is_bare_number(doc, last + 1) || is_bare_number(doc, last + 2);
}

// "the win over Genoa", "their match against Yorkshire", "la vittoria sul Torino".
bool after_a_result_noun(const Document& doc, uint32_t before) {
  if (before < 2 || !doc.same_sentence(before - 2, before)) return false;
  if (doc.lang == "it")
    return word_is(doc, before - 1, {"sul", "sulla", "contro"}) &&
           word_is(doc, before - 2, {"vittoria", "successo", "partita", "sfida"});
  return word_is(doc, before - 1, {"over", "against"}) &&
         word_is(doc, before - 2, {"win", "victory", "defeat", "triumph", "match", "game"});
}

// Whether the words around tokens [first, last) make them a team.
bool is_team_at(const Document& doc, uint32_t first, uint32_t last) {
  const auto same = [&](uint32_t token) { return doc.same_sentence(first, token); };
  if (same(last) && (is_match_verb(doc.texts.folded(last)) || result_follows(doc, last))) return true;
  // "Arsenal striker", "Surrey captain" ("captain" is a military role in roles.tsv too)
  if (same(last) && (is_role_of_kind(doc, last, "sport") || word_is(doc, last, {"captain", "skipper"}))) return true;
  const uint32_t before = before_article(doc, first);
  if (before > 0 && same(before - 1)) {
    const std::string_view prev = doc.texts.folded(before - 1);
    if (is_match_verb(prev) || after_a_result_noun(doc, before)) return true;  // "beat Somerset", "batte la Lazio"
    if (before > 1 && same(before - 2)) {
      // "drew with Valencia", "pareggia con il Torino", "l'attaccante del Napoli"
      if (is_one_of(prev, {"with", "con"}) && is_match_verb(doc.texts.folded(before - 2))) return true;
      if (is_one_of(prev, {"del", "dello", "dell'", "of"}) && is_role_of_kind(doc, before - 2, "sport")) return true;
    }
  }
  // A results line: "MINNESOTA 7 COLORADO 3", "Essex 372, Yorkshire 119", "... Parma 2.",
  // "Durham 114 (S. Watkin 4-28)", "Hampshire 232 and 109-5".
  if (same(last) && is_bare_number(doc, last) && (!same(last + 1) || opens_a_name(doc, last + 1) ||
                                                   word_is(doc, last + 1, {",", "(", "and"}) || ends_its_sentence(doc, last + 1))) {
    for (uint32_t i = last + 1; i + 1 < doc.token_count() && same(i + 1); ++i)
      if (opens_a_name(doc, i) && is_bare_number(doc, i + 1)) return true;
    for (uint32_t i = first; i >= 2 && same(i - 2); --i)
      if (is_bare_number(doc, i - 1) && opens_a_name(doc, i - 2)) return true;
  }
  return false;
}

// England, Scotland, Wales and Northern Ireland field national teams, as countries do.
bool is_home_nation(const LexiconEntry& e) {
  return e.key == "england" || e.key == "scotland" || e.key == "wales" || e.key == "northern_ireland";
}

// Whether any reading of the name at token is a country ("Panama", "San Marino"
// are towns too) or a home nation: national teams keep their country. With
// capitals_too false, a capital's reading as its government does not count.
bool names_a_nation(const Document& doc, uint32_t first, uint32_t last, bool capitals_too = true) {
  for (uint32_t k = doc.match_start[first]; k < doc.match_start[first + 1]; ++k) {
    const LexiconMatch& m = doc.matches[k];
    if (m.first + m.count != last) continue;
    for (const LexiconEntry* e = m.entries.begin; e != m.entries.end; ++e)
      if (e->kind == EntryKind::kName && ((e->type == Type::kCountry && (capitals_too || e->category == Category::kPlace)) ||
                                          is_home_nation(*e)))
        return true;
  }
  return false;
}

// "il Napoli", "al Lecce", "dal Siviglia": Italian writes towns without an
// article, and a town with a masculine one is its club. Cairo and Piraeus take
// the article themselves ("al Cairo").
bool after_club_article(const Document& doc, uint32_t first) {
  if (doc.lang != "it" || first == 0 || !doc.same_sentence(first - 1, first)) return false;
  if (word_is(doc, first, {"cairo", "pireo"})) return false;
  if (opens_a_name(doc, first + 1) && doc.same_sentence(first, first + 1)) return false;  // "il Merano WineFestival"
  return word_is(doc, first - 1, {"il", "lo", "al", "allo", "del", "dello", "dal", "dallo", "nel", "nello", "sul",
                                  "sullo", "col", "la", "alla", "della", "dalla", "nella", "sulla"});
}

// Whether an Italian text speaks of football: only there is "il Brennero" or
// "del Frejus" (passes, tunnels) read as a club.
bool speaks_of_football(const Document& doc) {
  for (uint32_t i = 0; i < doc.token_count(); ++i)
    if ((doc.features.shapes[i] == "x" &&
         word_is(doc, i, {"gol", "partita", "partite", "campionato", "scudetto", "pareggio", "allenatore", "attaccante",
                          "difensore", "centrocampista", "portiere", "pareggiato"})) ||
        is_match_verb(doc.texts.folded(i)))
      return true;
  return false;
}

// "lo stato del Virginia": a name that is a region too.
bool also_a_region(const LexiconMatch& m) {
  for (const LexiconEntry* e = m.entries.begin; e != m.entries.end; ++e)
    if (e->kind == EntryKind::kName && e->type == Type::kRegion) return true;
  return false;
}

// A name the lexicon lists that a team may be named after: a town, a region, a
// generic weapon word ("Arsenal"); not a nation.
bool may_name_a_team(const Document& doc, const MentionCandidate& m) {
  if ((m.entry && m.entry->user) || names_a_nation(doc, m.first, m.last)) return false;  // a user term keeps its reading
  if (m.category == Category::kWeapon) return m.entry && is_generic_weapon(*m.entry);
  return m.category == Category::kPlace && m.type != Type::kCountry && m.type != Type::kFacility;
}

void push_team(uint32_t first, uint32_t last, std::vector<MentionCandidate>& out) {
  MentionCandidate c;
  c.first = first;
  c.last = last;
  c.category = Category::kActor;
  c.type = Type::kOrganization;
  c.confidence = 0.8f;
  out.push_back(c);
}

std::string words_of(const Document& doc, uint32_t first, uint32_t last) {
  std::string key;
  for (uint32_t i = first; i < last; ++i) key.append(doc.texts.folded(i)).push_back(' ');
  return key;
}

// A tagged name that may be a team: not a person (players stand in results lines
// too), and neither a country nor a nationality (national teams keep their country).
bool may_be_a_team(const Document& doc, const NameSpan& s) {
  if (s.label == NameLabel::kPerson || names_a_nation(doc, s.first, s.last)) return false;
  for (uint32_t i = s.first; i < s.last; ++i)
    if (doc.features.lexicon[i] & (kCountryName | kDemonym)) return false;
  return true;
}

// "Norilsk Nickel shares rose", "le azioni di Stellantis": the capitalised words
// right before "shares" name a firm, whatever town the lexicon knows among them.
void add_firms(const Document& doc, std::vector<MentionCandidate>& out) {
  for (uint32_t i = 1; i < doc.token_count(); ++i) {
    const size_t length = doc.texts.folded(i).size();  // a cheap test first
    if (length < 5 || (length > 6 && length != 12)) continue;
    if (!word_is(doc, i, {"shares", "stock", "stocks", "shareholders"}) || !doc.same_sentence(i - 1, i)) continue;
    uint32_t first = i;
    while (first > 0 && doc.same_sentence(first - 1, i) && opens_a_name(doc, first - 1)) --first;
    if (first == i || (first + 1 == i && first > 0 && !doc.same_sentence(first - 1, first))) continue;
    if (names_a_nation(doc, first, i)) continue;  // "Russian shares" is no firm; "Italy's shares" neither
    push_team(first, i, out);
  }
  // "Eberhard Faber GmbH", "Acme Inc", "Leonardo S.p.A": capitalised words ending with
  // a company's legal form, whether the tagger saw them or not.
  std::vector<std::pair<uint32_t, uint32_t>> companies;  // their names without the form
  for (uint32_t i = 1; i < doc.token_count(); ++i) {
    uint32_t first = i;
    while (first > 0 && doc.same_sentence(first - 1, i) && opens_a_name(doc, first - 1)) --first;
    if (first >= i || company_form_start(doc, first, i + 1) != i) continue;
    push_team(first, i + 1, out);
    if (companies.size() < 16) companies.emplace_back(first, i);  // bounded: linear in the text
  }
  // ... and the same words standing alone elsewhere ("Later Eberhard Faber opened").
  for (const auto& [name_first, name_last] : companies) {
    const uint32_t length = name_last - name_first;
    for (uint32_t j = 0; j + length <= doc.token_count(); ++j) {
      if (j == name_first || !opens_a_name(doc, j)) continue;
      bool same = doc.same_sentence(j, j + length - 1);
      for (uint32_t k = 0; k < length && same; ++k) same = doc.texts.folded(j + k) == doc.texts.folded(name_first + k);
      if (same) push_team(j, j + length, out);
    }
  }
}

}  // namespace

void add_teams(const Document& doc, std::vector<MentionCandidate>& out) {
  add_firms(doc, out);
  for (const NameSpan& s : doc.names) {
    if (!may_be_a_team(doc, s)) continue;
    uint32_t first = s.first, last = s.last;
    for (uint32_t i = first; i < last; ++i)  // "Hove: Sussex 363": the ground before a colon is no part
      if (doc.segmentation.tokens[i].kind == TokenKind::kPunctuation) first = i + 1;
    while (first < last && is_bare_number(doc, first)) ++first;
    while (last > first && is_bare_number(doc, last - 1)) --last;
    if (last > first && opens_a_name(doc, first) && is_team_at(doc, first, last)) push_team(first, last, out);
  }
  int football = -1;  // whether the text speaks of football; found out when first needed
  for (const LexiconMatch& m : doc.matches) {
    const LexiconEntry* e = best_name_entry(doc, m);
    if (!e || !opens_a_name(doc, m.first)) continue;
    MentionCandidate listed;
    listed.first = m.first;
    listed.last = m.first + m.count;
    listed.category = e->category;
    listed.type = e->type;
    listed.entry = e;
    // "la Roma ha perso": a capital with an article is no government either.
    bool club_article = listed.type == Type::kCity && !listed.entry->user && after_club_article(doc, listed.first) &&
                        !also_a_region(m) && !names_a_nation(doc, listed.first, listed.last, false);
    if (club_article && football < 0) football = speaks_of_football(doc);
    club_article = club_article && football == 1;
    if (club_article || (may_name_a_team(doc, listed) && is_team_at(doc, listed.first, listed.last)))
      push_team(m.first, m.first + m.count, out);
  }
}

namespace {

void read_as_team(MentionCandidate& m) {
  m.category = Category::kActor;
  m.type = Type::kOrganization;
  m.entry = nullptr;
  m.country = {};
}

// Only commas and "and"/"e" between two mentions: "nella Roma, Catania, Napoli e Palermo".
bool listed_together(const Document& doc, const MentionCandidate& a, const MentionCandidate& b) {
  if (b.first <= a.last || !doc.same_sentence(a.first, b.first)) return false;
  for (uint32_t i = a.last; i < b.first; ++i)
    if (!word_is(doc, i, {",", "e", "ed", "and"})) return false;
  return true;
}

}  // namespace

void read_teams_alike(const Document& doc, std::vector<MentionCandidate>& mentions) {
  std::unordered_set<std::string> teams;
  int football = -1;
  for (const auto& m : mentions) {
    if (m.type != Type::kOrganization || m.entry) continue;
    bool team = is_team_at(doc, m.first, m.last);
    if (!team && after_club_article(doc, m.first)) {
      if (football < 0) football = speaks_of_football(doc);
      team = football == 1;
    }
    if (team) teams.insert(words_of(doc, m.first, m.last));
  }
  if (teams.empty()) return;
  for (size_t k = 0; k < mentions.size(); ++k) {
    MentionCandidate& m = mentions[k];
    const bool tagged_place = !m.entry && m.category == Category::kPlace && m.type == Type::kLocation;
    if (!tagged_place && !may_name_a_team(doc, m)) continue;
    if (after_locative(doc, m.first) || is_dateline(doc, m)) continue;
    std::string words = words_of(doc, m.first, m.last);
    const MentionCandidate* before = k > 0 ? &mentions[k - 1] : nullptr;
    const bool after_a_team = before && before->type == Type::kOrganization && !before->entry &&
                              teams.count(words_of(doc, before->first, before->last)) && listed_together(doc, *before, m);
    if (!teams.count(words) && !after_a_team) continue;
    read_as_team(m);
    teams.insert(std::move(words));
  }
}

}  // namespace annotator
