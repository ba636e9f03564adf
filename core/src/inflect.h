// The regular inflections of a verb, for trigger rows that must match whole words
// only: "~occupare" stands for occupa, occupano, occupava, occupò, occupato,
// occupando, occuperà ... and "~ban" for ban, bans, banned, banning. Stems would
// also match "occupazione" (employment) or "bank"; these forms match no more than
// the verb. Irregular forms are listed beside the lemma in the data. The event data
// stores the lemma; the forms are generated when it is loaded (a few thousand short
// strings), which keeps the download small.
#pragma once

#include <string>
#include <vector>

namespace annotator {

// Folded (lowercase, unaccented) forms of an Italian verb in -are, -ere or -ire
// (both -ire patterns: "partire" and "fornire" with -isc-), the lemma included.
std::vector<std::string> italian_verb_forms(const std::string& lemma);

// Forms of a regular English verb: lemma, -s, -ed, -ing (with the usual spelling changes).
std::vector<std::string> english_verb_forms(const std::string& lemma);

}  // namespace annotator
