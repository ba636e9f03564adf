// Names the tagger found, cut to where a name begins and ends: a capitalised span
// breaks at a lowercase word that cannot be inside a name ("Germany sent Leopard
// 2"), loses punctuation, function words, articles and honorifics at its edges,
// splits where a person's first name follows another name ("Nato Mark Rutte"),
// and keeps what belongs to it ("George W.", "Yahoo!", "don Luigi Ciotti",
// "Camera dei deputati", "Macy's"). MISC spans make no mention.
#pragma once

#include <vector>

#include "document.h"

namespace annotator {

void add_tagged_names(const Document& doc, std::vector<MentionCandidate>& out);

}  // namespace annotator
