// From lexicon matches and tagged names to mentions: weapon phrases, organisation
// and group phrases, regions, names; overlaps resolved (longest first), and each
// country or capital decided as an actor (it acts) or a place (it locates).
#pragma once

#include <vector>

#include "document.h"

namespace annotator {

// Fills out with non-overlapping mentions in text order.
void find_mentions(const Document& doc, std::vector<MentionCandidate>& out);

// Inserts `added` (in text order) among `mentions` by position; a short
// reference's antecedent index follows its mention.
void merge_by_position(const std::vector<MentionCandidate>& added, std::vector<MentionCandidate>& mentions);

}  // namespace annotator
