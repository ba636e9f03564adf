#include "tagger.h"

#include <algorithm>
#include <climits>
#include <cmath>

#include "tag_path.h"

namespace annotator {

namespace {

// How much token i's chosen tag beats the best other allowed tag locally (its
// word and transition scores, given the chosen tag before): the confidence.
int32_t local_margin(const int32_t* scores, int prev_tag, int tag) {
  int32_t other = INT32_MIN;
  for (int t = 0; t < kTagCount; ++t)
    if (t != tag && tag_may_follow(prev_tag, t)) other = std::max(other, scores[t]);
  return other == INT32_MIN ? INT32_MAX : scores[tag] - other;
}

}  // namespace

// The word features of every token are scored first (no token waits for
// another, so the table's cache misses overlap); then each sentence gets its
// best tag sequence, with transition features that depend on the tag before.
void tag_tokens(const TaggerModel& model, const FeatureInput& input, std::vector<uint8_t>& tags,
                std::vector<float>& margins, std::vector<uint64_t>& features) {
  const size_t n = input.texts->size();
  const auto& tokens = input.segmentation->tokens;
  std::vector<int32_t> word_scores(n * kTagCount, 0);
  for (size_t i = 0; i < n; ++i) {
    features.clear();
    word_features(input, i, features);
    model.add_scores(features, &word_scores[i * kTagCount]);
  }
  tags.assign(n, kOutsideTag);
  margins.assign(n, 0.f);
  TagPathScratch<int32_t> scratch;
  for (size_t first = 0; first < n;) {
    size_t last = first + 1;
    while (last < n && tokens[last].sentence == tokens[first].sentence) ++last;
    const auto add_transitions = [&](size_t i, int prev, int32_t* scores) {
      features.clear();
      tag_features(input, first + i, prev, features);
      model.add_scores(features, scores);
    };
    best_tag_path(last - first, &word_scores[first * kTagCount], add_transitions, scratch, &tags[first]);
    for (size_t i = first; i < last; ++i) {
      const int prev = i == first ? -1 : tags[i - 1];
      int32_t scores[kTagCount] = {};
      add_transitions(i - first, prev, scores);
      for (int t = 0; t < kTagCount; ++t) scores[t] += word_scores[i * kTagCount + t];
      const int32_t margin = local_margin(scores, prev, tags[i]);
      margins[i] = static_cast<float>(std::min<int64_t>(margin, 1 << 24)) * model.scale;
    }
    first = last;
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
