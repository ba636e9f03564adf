#include "tagger.h"

#include <algorithm>
#include <climits>
#include <cmath>

#include "tag_path.h"

namespace annotator {

namespace {

// The word features of tokens [first, last), scored before any path is chosen:
// no token waits for another, and the rows of token i + 1 are requested from
// memory while token i is summed. One piece at a time, so that the scores take
// memory for a sentence, not for the whole text.
void score_words(const TaggerModel& model, const FeatureInput& input, size_t first, size_t last,
                 std::vector<uint64_t>& features, std::vector<uint64_t>& next, std::vector<int32_t>& word_scores) {
  word_scores.assign((last - first) * kTagCount, 0);
  next.clear();
  word_features(input, first, next);
  for (size_t i = first; i < last; ++i) {
    features.swap(next);
    next.clear();
    if (i + 1 < last) {
      word_features(input, i + 1, next);
      model.prefetch(next);
    }
    model.add_scores(features, &word_scores[(i - first) * kTagCount]);
  }
}

// Every transition score of tokens [first, last), for every tag before, in one
// loop with no dependencies (laid out as tag_path.h reads them).
void score_transitions(const TaggerModel& model, const FeatureInput& input, size_t first, size_t last,
                       std::vector<uint64_t>& features, std::vector<int32_t>& transitions) {
  transitions.assign((last - first) * kTagsBefore * kTagCount, 0);
  for (size_t i = first; i < last; ++i) {
    for (int prev = i == first ? -1 : 0; prev < (i == first ? 0 : kTagCount); ++prev) {
      features.clear();
      tag_features(input, i, prev, features);
      model.add_scores(features, &transitions[transition_row(i - first, prev)]);
    }
  }
}

}  // namespace

size_t piece_end(const std::vector<Token>& tokens, size_t first) {
  size_t last = first + 1;
  while (last < tokens.size() && last - first < kLongestPath && tokens[last].sentence == tokens[first].sentence)
    ++last;
  return last;
}

// Sentences are decoded in order, each with the history of what was tagged
// before it in the document (tagger_features.h).
void tag_tokens(const TaggerModel& model, const FeatureInput& input, std::vector<uint8_t>& tags,
                std::vector<float>& margins, std::vector<uint64_t>& features) {
  const size_t n = input.texts->size();
  model.prepare();
  std::vector<int32_t> word_scores, transitions, path_margins;
  std::vector<uint64_t> next;
  tags.assign(n, kOutsideTag);
  margins.assign(n, 0.f);
  TagPathScratch<int32_t> scratch;
  TagHistory history;
  history.reset(input.word_count);
  for (size_t first = 0, last; first < n; first = last) {
    last = piece_end(input.segmentation->tokens, first);
    score_words(model, input, first, last, features, next, word_scores);
    for (size_t i = first; i < last; ++i) {
      features.clear();
      history_features(input, i, history, features);
      model.add_scores(features, &word_scores[(i - first) * kTagCount]);
    }
    score_transitions(model, input, first, last, features, transitions);
    path_margins.assign(last - first, 0);
    best_tag_path(last - first, word_scores.data(), transitions.data(), scratch, &tags[first], path_margins.data());
    for (size_t i = first; i < last; ++i)
      margins[i] = static_cast<float>(std::min<int64_t>(path_margins[i - first], 1 << 24)) * model.scale;
    remember_tags(input, first, last, &tags[first], history);
  }
}

void spans_from_tags(const std::vector<uint8_t>& tags, const std::vector<float>& margins,
                     std::vector<NameSpan>& out) {
  out.clear();
  for (size_t i = 0; i < tags.size();) {
    if (tags[i] == kOutsideTag) { ++i; continue; }
    NameSpan span;
    span.first = static_cast<uint32_t>(i);
    span.label = label_of(tags[i]);
    float min_margin = margins[i];
    for (++i; i < tags.size() && tags[i] == inside_tag(span.label); ++i) min_margin = std::min(min_margin, margins[i]);
    span.last = static_cast<uint32_t>(i);
    span.confidence = 1.f / (1.f + std::exp(-min_margin));
    out.push_back(span);
  }
}

}  // namespace annotator
