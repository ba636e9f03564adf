// Everything the stages after segmentation know about one document, in one place.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "event_data.h"
#include "lexicon.h"
#include "lexicon_match.h"
#include "tagger.h"
#include "tagger_features.h"
#include "text_span.h"
#include "token_texts.h"

namespace annotator {

struct Document {
  std::string_view text;
  std::string_view lang;
  Segmentation segmentation;
  TokenTexts texts;
  FeatureInput features;
  std::vector<LexiconMatch> matches;
  std::vector<uint32_t> match_start;  // matches of token i: [match_start[i], match_start[i + 1])
  std::vector<NameSpan> names;  // from the tagger
  std::vector<int32_t> name_at;  // per token: index in names of the span it starts, or -1
  bool speaks_of_weapons = false;  // see speaks_of_weapons() in phrases.h
  std::vector<WordInfo> words;  // per token: what the event data says of it (empty without event data)
  std::vector<std::string> time_values;  // ISO 8601 values of the time mentions ("" when unknown)

  size_t token_count() const { return segmentation.tokens.size(); }
  const NameSpan* name_starting_at(uint32_t token) const {
    return token < name_at.size() && name_at[token] >= 0 ? &names[static_cast<size_t>(name_at[token])] : nullptr;
  }
  // Whether tokens a and b both exist and are in the same sentence.
  bool same_sentence(uint32_t a, uint32_t b) const {
    return a < token_count() && b < token_count() && segmentation.tokens[a].sentence == segmentation.tokens[b].sentence;
  }
  // Whether token b is written right onto token a, with no space between.
  bool written_onto(uint32_t a, uint32_t b) const {
    return segmentation.tokens[a].span.byte_end == segmentation.tokens[b].span.byte_start;
  }
  // Whether the tagger read exactly tokens [first, last) as label, with at least this confidence.
  bool tagged_surely(uint32_t first, uint32_t last, NameLabel label, float confidence) const {
    const NameSpan* s = name_starting_at(first);
    return s && s->last == last && s->label == label && s->confidence >= confidence;
  }
};

// A mention as token range plus what it is; becomes a contract mention later.
struct MentionCandidate {
  uint32_t first = 0, last = 0;  // tokens [first, last)
  Category category = Category::kNone;
  Type type = Type::kNone;
  const LexiconEntry* entry = nullptr;  // the lexicon entry behind it, if any
  float confidence = 0.f;
  std::string_view country;             // ISO code it refers to or belongs to (demonym, capital)
  int32_t antecedent = -1;              // a short reference: index of the full mention
  uint32_t name_first = 0, name_last = 0;  // a facility's own name inside it ("aeroporto di [Napoli]")
  int32_t time_value = -1;              // a time mention: index of its ISO 8601 value in the document's list

  uint32_t length() const { return last - first; }
};

}  // namespace annotator
