// The best BIO tag sequence of one sentence under a first-order model (Viterbi):
// a token's score for a tag is its word score plus a transition score that
// depends on the tag before. Scores come in flat arrays:
//   word_scores [token][tag]                  (length * kTagCount)
//   transitions [token][tag before + 1][tag]  (length * kTagsBefore * kTagCount;
//                                              "tag before" -1 is the sentence start)
// Shared by the tagger (int32 scores) and the trainer (float scores), so that
// both decode the same way.
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

constexpr int kTagsBefore = kTagCount + 1;  // the tags before a token, "sentence start" first

inline size_t transition_row(size_t token, int prev_tag) {
  return (token * kTagsBefore + static_cast<size_t>(prev_tag + 1)) * kTagCount;
}

template <typename Score>
struct TagPathScratch {
  std::vector<Score> best;   // [token][tag]: best score of a path ending there
  std::vector<int8_t> back;  // [token][tag]: the tag before on that path
  std::vector<Score> rest;   // [token][tag]: best score of the path after it
};

// The backward half of max-product: rest[i][t] is the best score of tokens after
// i given tag t at i; best + rest is the best path through (i, t).
template <typename Score>
void max_marginal_margins(size_t length, const Score* word_scores, const Score* transitions_of_all,
                          TagPathScratch<Score>& scratch, const uint8_t* tags, Score* margins) {
  constexpr Score kNone = std::numeric_limits<Score>::lowest() / 4;
  scratch.rest.assign(length * kTagCount, Score{0});
  for (size_t i = length - 1; i-- > 0;) {
    for (int prev = 0; prev < kTagCount; ++prev) {
      const Score* transitions = &transitions_of_all[transition_row(i + 1, prev)];
      Score best = kNone;
      for (int t = 0; t < kTagCount; ++t) {
        if (!tag_may_follow(prev, t)) continue;
        const Score score = transitions[t] + word_scores[(i + 1) * kTagCount + t] + scratch.rest[(i + 1) * kTagCount + t];
        if (score > best) best = score;
      }
      scratch.rest[i * kTagCount + prev] = best;
    }
  }
  for (size_t i = 0; i < length; ++i) {
    const Score chosen = scratch.best[i * kTagCount + tags[i]] + scratch.rest[i * kTagCount + tags[i]];
    Score other = kNone;
    for (int t = 0; t < kTagCount; ++t) {
      if (t == tags[i] || scratch.best[i * kTagCount + t] == kNone) continue;
      const Score through = scratch.best[i * kTagCount + t] + scratch.rest[i * kTagCount + t];
      if (through > other) other = through;
    }
    margins[i] = other == kNone ? static_cast<Score>(1 << 20) : chosen - other;
  }
}

// Writes length tags to out and, if margins is not null, how much the best path
// beats the best path with another tag at each token (its max-marginal margin).
template <typename Score>
void best_tag_path(size_t length, const Score* word_scores, const Score* transitions_of_all,
                   TagPathScratch<Score>& scratch, uint8_t* out, Score* margins = nullptr) {
  if (length == 0) return;
  constexpr Score kNone = std::numeric_limits<Score>::lowest() / 4;
  scratch.best.assign(length * kTagCount, kNone);
  scratch.back.resize(length * kTagCount);  // read only along the best path, which sets it
  for (size_t i = 0; i < length; ++i) {
    Score* best = &scratch.best[i * kTagCount];
    const int first_prev = i == 0 ? -1 : 0, last_prev = i == 0 ? -1 : kTagCount - 1;
    for (int prev = first_prev; prev <= last_prev; ++prev) {
      const Score before = i == 0 ? Score{0} : scratch.best[(i - 1) * kTagCount + prev];
      if (before == kNone) continue;
      const Score* transitions = &transitions_of_all[transition_row(i, prev)];
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
  if (margins) max_marginal_margins(length, word_scores, transitions_of_all, scratch, out, margins);
}

}  // namespace annotator
