#include "mentions.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "phrases.h"
#include "tagged_names.h"
#include "teams.h"

namespace annotator {
namespace {

// Candidates made from several pieces beat single lexicon names, which beat the
// tagger's guesses, when spans of equal length compete; a team shown by the words
// around it ("Arsenal striker") beats those, and the user's own terms beat them all.
enum Priority : int { kTagged = 1, kListed = 2, kBuilt = 3, kTeam = 4, kUser = 5 };

struct Ranked {
  MentionCandidate mention;
  int priority;
};

bool starts_upper_or_digit(std::string_view raw) {
  if (raw.empty()) return false;
  const auto c = static_cast<unsigned char>(raw[0]);
  if (c >= 'A' && c <= 'Z') return true;
  if (c >= '0' && c <= '9') return true;
  return c >= 0xC3;  // non-ASCII: accented capitals, other scripts; checked no further
}

bool is_all_caps(const Document& doc, const LexiconMatch& m) {
  for (uint32_t i = m.first; i < m.first + m.count; ++i)
    for (char c : doc.features.shapes[i])
      if (c == 'x') return false;
  return true;
}

bool is_lowercase_ascii_word(std::string_view raw) {
  return !raw.empty() && raw[0] >= 'a' && raw[0] <= 'z';
}

// Whether the tagger is sure that tokens [first, last) are a person's name: many
// surnames are also towns somewhere ("Colombo", "Houston", "Spielberg").
bool tagged_as_person(const Document& doc, uint32_t first, uint32_t last) {
  return doc.tagged_surely(first, last, NameLabel::kPerson, 0.95f);
}

// Whether the tagger is sure that tokens [first, last) name an organisation.
bool tagged_as_organization(const Document& doc, uint32_t first, uint32_t last) {
  return doc.tagged_surely(first, last, NameLabel::kOrganization, 0.9f);
}

// Whether a listed name is also a capital that may stand for its government ("Mosca").
bool is_listed_capital(const LexiconMatch& m) {
  for (const LexiconEntry* e = m.entries.begin; e != m.entries.end; ++e)
    if (e->kind == EntryKind::kName && e->category == Category::kActor && e->type == Type::kCountry) return true;
  return false;
}

// "drones against Odesa", "missili contro Kharkiv": in a text about weapons, a
// town after "against" is a target, not a team.
bool attacked(const Document& doc, uint32_t token) {
  if (!doc.speaks_of_weapons || token == 0 || !doc.same_sentence(token - 1, token)) return false;
  const std::string_view prev = doc.texts.folded(token - 1);
  return prev == "against" || prev == "contro" || prev == "on" || prev == "su";
}

bool is_subnational_place(const LexiconEntry& e) {
  return e.category == Category::kPlace && (e.type == Type::kCity || e.type == Type::kRegion || e.type == Type::kLocation);
}

// Another name entry of the same match, for the same thing, that is no acronym:
// "Usa" (an Italian spelling) where "USA" is listed as an acronym too.
const LexiconEntry* spelled_out_entry(const Document& doc, const LexiconMatch& m, const LexiconEntry& acronym) {
  for (const LexiconEntry* e = m.entries.begin; e != m.entries.end; ++e)
    if (e->kind == EntryKind::kName && !e->acronym && e->category == acronym.category && e->type == acronym.type &&
        e->key == acronym.key && (e->lang == Lang::kAny || (e->lang == Lang::kItalian) == (doc.lang == "it")))
      return e;
  return nullptr;
}

bool opens_its_sentence(const Document& doc, uint32_t token) { return token == 0 || !doc.same_sentence(token - 1, token); }

MentionCandidate candidate_of(const LexiconMatch& m, const LexiconEntry& entry) {
  MentionCandidate c;
  c.first = m.first;
  c.last = m.first + m.count;
  c.category = entry.category;
  c.type = entry.type;
  c.entry = &entry;
  c.confidence = 0.9f;
  c.country = entry.country;
  return c;
}

void add_listed_names(const Document& doc, std::vector<Ranked>& out) {
  const bool weapon_talk = doc.speaks_of_weapons;
  for (const LexiconMatch& m : doc.matches) {
    const LexiconEntry* best = best_name_entry(doc, m);
    if (!best) continue;
    if (best->user) {  // the user asked for this reading here: no cue or capital needed
      out.push_back({candidate_of(m, *best), kUser});
      continue;
    }
    if (best->acronym && !is_all_caps(doc, m)) best = spelled_out_entry(doc, m, *best);  // "gli Usa", not "USA"
    if (!best) continue;
    // "Patriot", "Caesar": a weapon only where the sentence speaks of weapons.
    const bool after_role = m.first > 0 && (doc.features.lexicon[m.first - 1] & kRoleWord);  // "generale Caesar"
    if (best->ambiguous && best->category == Category::kWeapon && (!weapon_talk || after_role)) continue;
    if (best->category == Category::kWeapon && weapon_word_used_otherwise(doc, m.first + m.count)) continue;
    const std::string_view raw = doc.texts.raw[m.first];
    const bool proper = best->category != Category::kWeapon;
    if (proper && !starts_upper_or_digit(raw)) continue;
    if (best->acronym && !is_all_caps(doc, m)) continue;  // "UN", not the article "Un"
    // "Arsenal beat Chelsea": a generic weapon word capitalised inside a sentence is a name.
    if (best->category == Category::kWeapon && is_generic_weapon(*best) && starts_upper_or_digit(raw) &&
        !opens_its_sentence(doc, m.first) && !is_all_caps(doc, m))
      continue;
    if (best->type == Type::kCity && tagged_as_person(doc, m.first, m.first + m.count)) continue;  // "Colombo", "Houston"
    // "Napoli - Inter", "il Treviso", "Surrey beat Kent": a town or region the
    // tagger is sure is an organisation (a team, a company) is one; a capital
    // stays its government's name, and a country its own (national teams).
    if (is_subnational_place(*best) && !is_listed_capital(m) && !after_locative(doc, m.first) &&
        !attacked(doc, m.first) && tagged_as_organization(doc, m.first, m.first + m.count))
      continue;
    if (!proper && is_lowercase_ascii_word(raw) && best->kind == EntryKind::kName && m.count == 1 &&
        best->type == Type::kWeapon)
      continue;  // a bare generic "weapon" word is not worth a mention
    out.push_back({candidate_of(m, *best), kListed});
  }
}


// "-DOCSTART-", "-END-": a word wrapped in hyphens written onto it, standing
// alone, is markup (a separator line, a tag), not a name.
bool is_wrapped_in_hyphens(const Document& doc, uint32_t first, uint32_t last) {
  if (first == 0 || last >= doc.token_count()) return false;
  if (doc.texts.raw[first - 1] != "-" || doc.texts.raw[last] != "-") return false;
  if (!doc.written_onto(first - 1, first) || !doc.written_onto(last - 1, last)) return false;
  const bool open_alone = first < 2 || !doc.written_onto(first - 2, first - 1);
  const bool close_alone = last + 1 >= doc.token_count() || !doc.written_onto(last, last + 1);
  return open_alone && close_alone;
}

bool overrides_longer(const Ranked& r) {
  return r.priority == kUser && r.mention.entry->user_over_longer;
}

// User terms that override longer mentions first; then longest first; among
// equal lengths the higher priority; then earlier. A user's "not a mention"
// (category none) takes its words and is dropped.
void resolve_overlaps(std::vector<Ranked>& candidates, size_t token_count, std::vector<MentionCandidate>& out) {
  std::stable_sort(candidates.begin(), candidates.end(), [](const Ranked& a, const Ranked& b) {
    if (overrides_longer(a) != overrides_longer(b)) return overrides_longer(a);
    if (a.mention.length() != b.mention.length()) return a.mention.length() > b.mention.length();
    if (a.priority != b.priority) return a.priority > b.priority;
    return a.mention.first < b.mention.first;
  });
  std::vector<bool> taken(token_count, false);
  out.clear();
  for (const Ranked& r : candidates) {
    const auto& m = r.mention;
    bool free = true;
    for (uint32_t i = m.first; i < m.last && free; ++i) free = !taken[i];
    if (!free) continue;
    for (uint32_t i = m.first; i < m.last; ++i) taken[i] = true;
    if (m.category != Category::kNone) out.push_back(m);
  }
  std::sort(out.begin(), out.end(), [](const MentionCandidate& a, const MentionCandidate& b) { return a.first < b.first; });
}

// "Eberhard Faber GmbH" ... "Eberhard Faber": a name the document gives a
// company's legal form is that company wherever it stands alone, not a person or
// a place. (Lexicon names keep their reading.)
void name_companies_alike(const Document& doc, std::vector<MentionCandidate>& mentions) {
  const auto words = [&](uint32_t first, uint32_t last) {
    std::string key;
    for (uint32_t i = first; i < last; ++i) key.append(doc.texts.folded(i)).push_back(' ');
    return key;
  };
  std::unordered_set<std::string> companies;
  for (const auto& m : mentions) {
    if (m.type != Type::kOrganization) continue;
    const uint32_t form = company_form_start(doc, m.first, m.last);
    if (form < m.last) companies.insert(words(m.first, form));
  }
  if (companies.empty()) return;
  for (auto& m : mentions) {
    if (m.entry || m.category == Category::kWeapon || m.type == Type::kOrganization) continue;
    if (!companies.count(words(m.first, m.last))) continue;
    m.category = Category::kActor;
    m.type = Type::kOrganization;
    m.country = {};
  }
}

bool is_capitalized(const Document& doc, uint32_t i) {
  const std::string_view shape = doc.features.shapes[i];
  return !shape.empty() && shape[0] == 'X';
}

// Whether "'s" and a title or a name follow: "Jordan's King Hussein",
// "Jordan's foreign minister".
bool owns_a_title(const Document& doc, uint32_t next) {
  if (next + 1 >= doc.token_count() || doc.texts.folded(next) != "'s") return false;
  return is_capitalized(doc, next + 1) || (doc.features.lexicon[next + 1] & kRoleWord);
}

// Whether a subject may start at token: a sentence's or clause's start, after
// punctuation, or after a word that opens a clause or reports ("said Washington").
bool opens_a_clause(const Document& doc, uint32_t token) {
  static constexpr std::array<std::string_view, 19> kOpeners = {
      "said", "says", "when", "while", "before", "after", "until", "as",   "but", "that",
      "with", "disse", "dice", "quando", "mentre", "ma",   "che",   "e",    "and"};
  if (token == 0 || !doc.same_sentence(token - 1, token)) return true;
  if (doc.segmentation.tokens[token - 1].kind == TokenKind::kPunctuation) return true;
  return std::find(kOpeners.begin(), kOpeners.end(), doc.texts.folded(token - 1)) != kOpeners.end();
}

// Adds to `words` the one-word names read as persons at least twice ("Nuto" in a
// novel): they name a person on their own, as surnames do.
void add_person_words(const Document& doc, const std::vector<MentionCandidate>& mentions,
                      std::unordered_map<std::string_view, bool>& words) {
  std::unordered_map<std::string_view, bool> seen;  // word -> seen before
  for (const auto& m : mentions) {
    if (m.type != Type::kPerson || m.length() != 1 || doc.features.shapes[m.first] != "Xx") continue;
    bool& before = seen[doc.texts.folded(m.first)];
    if (before) words[doc.texts.folded(m.first)] = true;
    before = true;
  }
}

// A surname standing alone that nothing marked ("Cabral came through the ranks",
// "Wren sat with the Liberal caucus") is the person too; not a word inside a run
// of capitalised words ("Classic Lotto", "Houston Rockets"), nor a word also
// written in lowercase in the document ("Il" of a misread "Vittorio Emanuele Il").
void add_lone_surnames(const Document& doc, const std::unordered_map<std::string_view, bool>& name_words,
                       std::vector<MentionCandidate>& mentions) {
  std::vector<uint8_t> covered(doc.token_count(), 0);
  for (const auto& m : mentions)
    for (uint32_t i = m.first; i < m.last && i < covered.size(); ++i) covered[i] = 1;
  const auto capitalized_neighbour = [&](uint32_t i, uint32_t k) {
    return doc.same_sentence(i, k) && is_capitalized(doc, k);
  };
  std::vector<MentionCandidate> added;
  for (uint32_t i = 0; i < doc.token_count(); ++i) {
    if (covered[i] || doc.features.shapes[i] != "Xx" || (doc.features.elsewhere[i] & kLowercaseElsewhere)) continue;
    const auto word = name_words.find(doc.texts.folded(i));
    if (word == name_words.end() || !word->second) continue;
    if ((i > 0 && capitalized_neighbour(i, i - 1)) || capitalized_neighbour(i, i + 1)) continue;
    MentionCandidate m;
    m.first = i;
    m.last = i + 1;
    m.category = Category::kActor;
    m.type = Type::kPerson;
    m.confidence = 0.5f;
    added.push_back(m);
  }
  if (!added.empty()) merge_by_position(added, mentions);
}

// A lone word that is the surname of a person named in full in the same
// document is that person ("Laurent Gbagbo" ... "Gbagbo", "Whitney Houston" ...
// "la Houston"), even where the tagger or a town list said otherwise. A word the
// lexicon lists only has to give way to a surname; a guess of the tagger to any
// part of the name ("Kim" of "Kim Jong Un"). Countries keep their reading. Only
// names that open with a known first name or are listed give their words away:
// not a tagger's "Adobe Systems" or "Inside Wikileaks".
void adopt_person_names(const Document& doc, std::vector<MentionCandidate>& mentions) {
  std::unordered_map<std::string_view, bool> name_words;  // word -> is a surname
  for (const auto& m : mentions) {
    if (m.type != Type::kPerson || m.length() < 2) continue;
    if (!m.entry && !(doc.features.lexicon[m.first] & kFirstName)) continue;
    for (uint32_t i = m.first; i < m.last; ++i) name_words[doc.texts.folded(i)] |= i + 1 == m.last;
  }
  for (auto& m : mentions) {
    if (m.length() != 1 || m.type == Type::kPerson || m.antecedent >= 0) continue;
    // A country keeps its reading unless it stands where a subject does ("Jordan
    // said", "when Washington came charging back" after "Neil Jordan", "MaliVai
    // Washington"); located ("in Jordan"), visited ("visited Jordan") or before its
    // own title ("Jordan's King Hussein"), it is the country.
    if (m.type == Type::kCountry &&
        (m.category != Category::kActor || !opens_a_clause(doc, m.first) || owns_a_title(doc, m.last)))
      continue;
    if (m.entry && m.entry->user) continue;
    if (m.category != Category::kActor && m.category != Category::kPlace) continue;
    const auto word = name_words.find(doc.texts.folded(m.first));
    if (word == name_words.end() || (m.entry && !word->second)) continue;
    m.category = Category::kActor;
    m.type = Type::kPerson;
    m.entry = nullptr;
    m.country = {};
  }
  add_person_words(doc, mentions, name_words);
  add_lone_surnames(doc, name_words, mentions);
}

// Whether a facility's cue stands before its name with "di" ("stazione di
// Roccasecca", "prigione di Pollsmoor"): the name is the place it stands in or its
// own place name.
bool named_after_di(const Document& doc, const MentionCandidate& facility) {
  if (facility.first >= facility.name_first) return false;
  const std::string_view w = doc.texts.folded(facility.name_first - 1);
  return w == "di" || w.substr(0, 3) == "del";  // del, della, dello, dell'
}

// "aeroporto di Napoli", "stazione di Saronno", "Zaporizhzhia nuclear power
// plant": the facility is one mention, and a listed town, region or country in
// its name is a second mention inside it, linked to its own entity and
// coordinates; so is any name after "di" ("stazione di Roccasecca"). A name
// that is only the facility's own ("Vnukovo airport") is not.
void add_places_inside_facilities(const Document& doc, std::vector<MentionCandidate>& mentions) {
  const size_t count = mentions.size();
  for (size_t k = 0; k < count; ++k) {
    const MentionCandidate m = mentions[k];
    if (m.type != Type::kFacility || m.name_last <= m.name_first) continue;
    MentionCandidate inner;
    inner.first = m.name_first;
    inner.last = m.name_last;
    inner.category = Category::kPlace;
    inner.confidence = m.confidence;
    inner.type = Type::kLocation;
    const LexiconEntry* listed = listed_name(doc, m.name_first, m.name_last);
    if (listed && listed->category == Category::kPlace && listed->type != Type::kFacility) {
      inner.type = listed->type;
      inner.entry = listed;
      inner.country = listed->country;
    } else if (listed || !named_after_di(doc, m)) {
      continue;
    }
    mentions.push_back(inner);
  }
  if (mentions.size() == count) return;
  std::stable_sort(mentions.begin(), mentions.end(), [](const MentionCandidate& a, const MentionCandidate& b) {
    return a.first != b.first ? a.first < b.first : a.last > b.last;  // the outer one first
  });
}

// Whether only commas and "e"/"and" stand between two mentions of one sentence.
bool listed_together(const Document& doc, const MentionCandidate& a, const MentionCandidate& b) {
  if (b.first <= a.last || !doc.same_sentence(a.first, b.first)) return false;
  for (uint32_t i = a.last; i < b.first; ++i) {
    const std::string_view w = doc.texts.folded(i);
    if (w != "," && w != "e" && w != "ed" && w != "and") return false;
  }
  return true;
}

// "Capoterra, Sestu, Assemini, Monserrato, Elmas": in a list of three or more
// names, mostly places, a name only the tagger read as a person (no lexicon
// entry; one word, or not opening with a first name) is a place too.
void read_lists_of_places(const Document& doc, std::vector<MentionCandidate>& mentions) {
  const auto guessed_person = [&](const MentionCandidate& m) {
    return m.type == Type::kPerson && !m.entry && (m.length() == 1 || !(doc.features.lexicon[m.first] & kFirstName));
  };
  for (size_t start = 0, end = 0; start < mentions.size(); start = end) {
    end = start + 1;
    while (end < mentions.size() && listed_together(doc, mentions[end - 1], mentions[end])) ++end;
    size_t places = 0, persons = 0;
    for (size_t k = start; k < end; ++k) {
      places += mentions[k].category == Category::kPlace;
      persons += guessed_person(mentions[k]);
    }
    if (end - start < 3 || places < 2 || places <= persons || persons == 0) continue;
    for (size_t k = start; k < end; ++k) {
      if (!guessed_person(mentions[k])) continue;
      mentions[k].category = Category::kPlace;
      mentions[k].type = Type::kLocation;
    }
  }
}

}  // namespace

void merge_by_position(const std::vector<MentionCandidate>& added, std::vector<MentionCandidate>& mentions) {
  std::vector<MentionCandidate> merged;
  merged.reserve(mentions.size() + added.size());
  std::vector<int32_t> moved_to(mentions.size());
  size_t a = 0, b = 0;
  while (a < mentions.size() || b < added.size()) {
    if (b == added.size() || (a < mentions.size() && mentions[a].first <= added[b].first)) {
      moved_to[a] = static_cast<int32_t>(merged.size());
      merged.push_back(mentions[a++]);
    } else {
      merged.push_back(added[b++]);
    }
  }
  for (auto& m : merged)
    if (m.antecedent >= 0) m.antecedent = moved_to[static_cast<size_t>(m.antecedent)];
  mentions.swap(merged);
}

void find_mentions(const Document& doc, std::vector<MentionCandidate>& out) {
  std::vector<Ranked> candidates;
  std::vector<MentionCandidate> built;
  build_phrases(doc, built);
  for (const auto& b : built) candidates.push_back({b, kBuilt});
  built.clear();
  add_teams(doc, built);
  for (const auto& t : built) candidates.push_back({t, kTeam});
  add_listed_names(doc, candidates);
  std::vector<MentionCandidate> tagged;
  add_tagged_names(doc, tagged);
  for (const auto& t : tagged) candidates.push_back({t, kTagged});
  // No mention crosses a sentence end ("Czech" at a line's end, "Republic" on the next).
  const auto left_out = [&](const Ranked& r) {
    return is_wrapped_in_hyphens(doc, r.mention.first, r.mention.last) ||
           !doc.same_sentence(r.mention.first, r.mention.last - 1);
  };
  candidates.erase(std::remove_if(candidates.begin(), candidates.end(), left_out), candidates.end());
  resolve_overlaps(candidates, doc.token_count(), out);
  for (auto& m : out) assign_role(doc, m);
  mark_journeys(doc, out);
  share_roles_in_lists(doc, out);
  read_lists_of_places(doc, out);
  add_short_references(doc, out);
  read_teams_alike(doc, out);
  name_companies_alike(doc, out);
  adopt_person_names(doc, out);
  add_places_inside_facilities(doc, out);
}

}  // namespace annotator
