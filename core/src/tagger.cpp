#include "tagger.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace annotator {

int best_allowed_tag(const int32_t* scores, int prev_tag, int32_t* margin) {
  int best = kOutsideTag;
  int32_t best_score = INT32_MIN, second = INT32_MIN;
  for (int t = 0; t < kTagCount; ++t) {
    const bool continues = t != 0 && !is_begin(t);
    if (continues && (prev_tag <= 0 || label_of(prev_tag) != label_of(t))) continue;
    if (scores[t] > best_score) {
      second = best_score;
      best_score = scores[t];
      best = t;
    } else if (scores[t] > second) {
      second = scores[t];
    }
  }
  *margin = second == INT32_MIN ? INT32_MAX : best_score - second;
  return best;
}

// Two passes: the word features of every token are scored first (no token waits
// for another, so the table's cache misses overlap), then tags are chosen left to
// right with the few features that depend on the tags before.
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
  for (size_t i = 0; i < n; ++i) {
    const bool same_sentence_1 = i >= 1 && tokens[i - 1].sentence == tokens[i].sentence;
    const bool same_sentence_2 = i >= 2 && tokens[i - 2].sentence == tokens[i].sentence;
    const int prev = same_sentence_1 ? tags[i - 1] : -1;
    const int prev2 = same_sentence_2 ? tags[i - 2] : -1;
    features.clear();
    tag_features(input, i, prev, prev2, features);
    int32_t scores[kTagCount];
    std::copy_n(&word_scores[i * kTagCount], kTagCount, scores);
    model.add_scores(features, scores);
    int32_t margin;
    tags[i] = static_cast<uint8_t>(best_allowed_tag(scores, prev, &margin));
    margins[i] = static_cast<float>(std::min<int64_t>(margin, 1 << 24)) * model.scale;
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
