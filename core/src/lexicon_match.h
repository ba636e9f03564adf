// Finds every lexicon phrase in a document's tokens (all lengths, overlapping),
// and turns matches into the per-token flags the tagger uses as features.
#pragma once

#include <vector>

#include "folder.h"
#include "lexicon.h"
#include "segmenter.h"
#include "text_span.h"
#include "token_texts.h"

namespace annotator {

struct LexiconMatch {
  uint32_t first = 0, count = 0;  // tokens [first, first + count)
  Lexicon::Range entries;
};

// The key a name is listed under: its tokens, segmented and folded as in any
// text, joined by single spaces ("Corea del Nord" -> "corea del nord").
std::string folded_phrase(std::string_view name, Segmenter& segmenter, const Folder& folder);

// Matches in order of first token, longer before shorter; never across sentences.
void find_lexicon_matches(const Lexicon& lexicon, const Segmentation& segmentation,
                          const TokenTexts& texts, std::vector<LexiconMatch>& out);

// Where each token's matches begin in matches (size token_count + 1).
void index_matches(const std::vector<LexiconMatch>& matches, size_t token_count, std::vector<uint32_t>& start);

// ORs LexiconFlag bits into flags (one per token, already sized).
void mark_lexicon_flags(const std::vector<LexiconMatch>& matches, std::vector<uint16_t>& flags);

}  // namespace annotator
