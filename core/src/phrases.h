// Mentions built from several lexicon pieces: weapon phrases ("missili
// anticarro", "anti-tank missiles", "Leopard 2 tanks"), organisations
// ("ministero della Difesa russo", "Russian Defence Ministry"), collective groups
// ("funzionari americani", "North Korean troops") and regions ("regione di
// Kaluga", "Moscow region"); and the actor-or-place decision for countries and
// capitals.
#pragma once

#include <vector>

#include "document.h"

namespace annotator {

void build_phrases(const Document& doc, std::vector<MentionCandidate>& out);

// Whether the text speaks of weapons: a weapon noun, an unambiguous weapon name, or
// two ambiguous ones ("Javelin e Stinger"). Only then is an ambiguous name
// ("Patriot", "Caesar", "Javelin") alone a weapon.
bool speaks_of_weapons(const Document& doc);

// A weapon row for a kind of weapon ("missiles", "carri armati", "sarin"), not a
// named system: weapons.tsv gives these a lowercase canonical name.
bool is_generic_weapon(const LexiconEntry& e);

// Whether the weapon word before token last means something else here: "a suicide
// bomber" is a person, "a new round of talks" no ammunition.
bool weapon_word_used_otherwise(const Document& doc, uint32_t last);

// The entry a lexicon name match stands for, or nullptr when it has no name entry.
const LexiconEntry* best_name_entry(const Document& doc, const LexiconMatch& match);

// "KYIV, March 14 (Reuters) -", "LONDON 1996-08-30", "ROMA, 6 dicembre -": the
// name a story was filed from, first on its line, in capitals, before a date, a
// dash or the agency. A town there locates; it never acts.
bool is_dateline(const Document& doc, const MentionCandidate& m);

// Whether a locating word ("in", "near", "nel sud del") stands before token.
bool after_locative(const Document& doc, uint32_t token);

// Whether token is a one-word role row of this kind (roles.tsv kind=...).
bool is_role_of_kind(const Document& doc, uint32_t token, std::string_view kind);

// The lexicon's best name entry for exactly tokens [first, last), or null.
const LexiconEntry* listed_name(const Document& doc, uint32_t first, uint32_t last);

// Decides actor or place for countries and capitals, from the words around them:
// after a locating word ("in", "near", "nel sud del") a place, otherwise an actor;
// a capital that acts becomes its country ("Mosca vuole" -> Russia).
void assign_role(const Document& doc, MentionCandidate& mention);

// "il ministero" / "the ministry" after "ministero della Difesa russo": an
// organisation mention that refers back to (or ahead to) the full name.
void add_short_references(const Document& doc, std::vector<MentionCandidate>& mentions);

// "from Tehran to Moscow", "dalla Bielorussia al Mali": the ends of a journey are places.
void mark_journeys(const Document& doc, std::vector<MentionCandidate>& mentions);

// Places listed after a place keep its role: "in Mali, Burkina Faso and Niger".
void share_roles_in_lists(const Document& doc, std::vector<MentionCandidate>& mentions);

}  // namespace annotator
