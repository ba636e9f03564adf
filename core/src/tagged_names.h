// Names the tagger found, cut to where a name begins and ends: a capitalised span
// breaks at a lowercase word that cannot be inside a name ("Germany sent Leopard
// 2"), loses punctuation, function words, articles and honorifics at its edges,
// splits where a person's first name follows another name ("Nato Mark Rutte"),
// and keeps what belongs to it ("George W.", "Yahoo!", "don Luigi Ciotti",
// "Camera dei deputati", "Macy's"); a name ending with a company's legal form is
// an organisation ("Eberhard Faber GmbH"). MISC spans make no mention.
#pragma once

#include <vector>

#include "document.h"

namespace annotator {

void add_tagged_names(const Document& doc, std::vector<MentionCandidate>& out);

// The token of the company's legal form that ends the name in tokens [first,
// last) ("Eberhard Faber GmbH", "Rheinmetall AG", "Acme Inc."), or last when there
// is none or nothing stands before it.
uint32_t company_form_start(const Document& doc, uint32_t first, uint32_t last);

}  // namespace annotator
