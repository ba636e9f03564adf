// Groups mentions into entities: by lexicon key (countries, cities, listed
// organisations and weapons), persons by shared name parts ("Kim" with "Kim Jong
// Un", whichever comes first), a bare "il ministero" with the full ministry name,
// everything else by its folded text.
#pragma once

#include <vector>

#include "document.h"
#include "result.h"

namespace annotator {

// Fills result.mentions and result.entities from the candidates.
void build_entities(const Document& doc, const std::vector<MentionCandidate>& candidates, Result& result);

}  // namespace annotator
