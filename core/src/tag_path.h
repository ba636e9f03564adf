// The best BIO tag sequence of one sentence under a first-order model (Viterbi):
// a token's score for a tag is its word score plus a transition score that
// depends on the tag before. Shared by the tagger (int32 scores) and the trainer
// (float scores), so that both decode the same way.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "tagger_model.h"

namespace annotator {

// An I- tag only continues a B- or I- of its own label; -1 is "sentence start".
inline bool tag_may_follow(int prev_tag, int tag) {
  const bool continues = tag != kOutsideTag && !is_begin(tag);
  return !continues || (prev_tag > 0 && label_of(prev_tag) == label_of(tag));
}

template <typename Score>
struct TagPathScratch {
  std::vector<Score> best;    // [token][tag]: best score of a path ending there
  std::vector<int8_t> back;   // [token][tag]: the tag before on that path
};

// word_scores: [length][kTagCount]. add_transitions(i, prev_tag, Score* scores)
// adds the transition scores of token i given the tag before (-1 at i = 0).
// Writes length tags to out.
template <typename Score, typename AddTransitions>
void best_tag_path(size_t length, const Score* word_scores, AddTransitions&& add_transitions,
                   TagPathScratch<Score>& scratch, uint8_t* out) {
  if (length == 0) return;
  constexpr Score kNone = std::numeric_limits<Score>::lowest() / 4;
  scratch.best.assign(length * kTagCount, kNone);
  scratch.back.assign(length * kTagCount, -1);
  for (size_t i = 0; i < length; ++i) {
    Score* best = &scratch.best[i * kTagCount];
    const int first_prev = i == 0 ? -1 : 0, last_prev = i == 0 ? -1 : kTagCount - 1;
    for (int prev = first_prev; prev <= last_prev; ++prev) {
      const Score before = i == 0 ? Score{0} : scratch.best[(i - 1) * kTagCount + prev];
      if (before == kNone) continue;
      Score transitions[kTagCount] = {};
      add_transitions(i, prev, transitions);
      for (int t = 0; t < kTagCount; ++t) {
        if (!tag_may_follow(prev, t)) continue;
        const Score score = before + transitions[t] + word_scores[i * kTagCount + t];
        if (score > best[t]) {
          best[t] = score;
          scratch.back[i * kTagCount + t] = static_cast<int8_t>(prev);
        }
      }
    }
  }
  int tag = 0;
  const Score* last = &scratch.best[(length - 1) * kTagCount];
  for (int t = 1; t < kTagCount; ++t)
    if (last[t] > last[tag]) tag = t;
  for (size_t i = length; i-- > 0;) {
    out[i] = static_cast<uint8_t>(tag);
    tag = scratch.back[i * kTagCount + tag];
  }
}

}  // namespace annotator
