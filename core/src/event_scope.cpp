#include "event_scope.h"

#include <algorithm>

namespace annotator {

EventScope::EventScope(const Document& doc, const std::vector<MentionCandidate>& mentions)
    : doc_(doc), mentions_(mentions), lang_(doc.lang == "it" ? Lang::kItalian : Lang::kEnglish) {
  mention_at_.assign(doc.token_count(), -1);
  party_memo_.assign(doc.token_count(), PartyMemo{});
  // Mentions come outer before inner (a facility before the town nested in it).
  for (size_t k = 0; k < mentions.size(); ++k)
    for (uint32_t i = mentions[k].first; i < mentions[k].last && i < mention_at_.size(); ++i)
      if (mention_at_[i] < 0) mention_at_[i] = static_cast<int32_t>(k);
  const size_t sentences = doc.segmentation.sentences.size();
  sentence_first_.assign(sentences + 1, static_cast<uint32_t>(doc.token_count()));
  for (uint32_t i = static_cast<uint32_t>(doc.token_count()); i-- > 0;)
    sentence_first_[doc.segmentation.tokens[i].sentence] = i;
  for (size_t s = sentences; s-- > 0;)  // a sentence without tokens starts where the next one does
    if (sentence_first_[s] > sentence_first_[s + 1]) sentence_first_[s] = sentence_first_[s + 1];
}

uint32_t EventScope::clause_first(uint32_t i) const {
  const uint32_t first = std::max(sentence_first(i), i > kLongestClause ? i - kLongestClause : 0);
  uint32_t k = i;
  while (k > first && !(is(k - 1, kClauseBreak | kRelative) && mention_at(k - 1) < 0)) --k;
  return k;
}

uint32_t EventScope::clause_last(uint32_t i) const {
  const uint32_t last = std::min(sentence_last(i), i + kLongestClause);
  uint32_t k = i + 1;
  while (k < last && !(is(k, kClauseBreak | kRelative) && mention_at(k) < 0)) ++k;
  return k;
}

bool EventScope::capitalized(uint32_t i) const {
  const std::string_view shape = doc_.features.shapes[i];
  return !shape.empty() && shape[0] == 'X';
}

}  // namespace annotator
