// Clubs and teams named after places ("Surrey beat Kent", "Arsenal striker", "il
// Napoli batte la Lazio", "MINNESOTA 7 COLORADO 3"): a name next to a match verb,
// a player's role or in a results line is an organisation, whatever town, region
// or weapon word the lexicon knows by that name; and so is the same name
// elsewhere in the document, unless a locating word stands before it.
#pragma once

#include <vector>

#include "document.h"

namespace annotator {

// Organisation candidates for the tagged names (and the listed towns and regions)
// that the words around them show to be teams, and for the capitalised words
// before "shares" (firms: "Norilsk Nickel shares rose").
void add_teams(const Document& doc, std::vector<MentionCandidate>& out);

// One name, one reading: a town, region or weapon word written like a team found
// in the same document becomes that team.
void read_teams_alike(const Document& doc, std::vector<MentionCandidate>& mentions);

}  // namespace annotator
