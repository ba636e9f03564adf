// BIO tagging of names (person, organization, location, misc) with the
// structured averaged-perceptron model: the best tag sequence of each sentence
// (tag_path.h); an I- tag may only continue its label.
#pragma once

#include <vector>

#include "tagger_features.h"
#include "tagger_model.h"

namespace annotator {

struct NameSpan {
  uint32_t first = 0, last = 0;  // token range [first, last)
  NameLabel label = NameLabel::kMisc;
  float confidence = 0.f;
};

// A "sentence" of thousands of words is no prose (a list, a dump without full
// stops): it is decoded in pieces, so that scratch memory stays small.
constexpr size_t kLongestPath = 1000;

// The end of the piece of tokens decoded together from first: its sentence's
// end, or kLongestPath tokens on. Training cuts sentences the same way.
size_t piece_end(const std::vector<Token>& tokens, size_t first);

// tags receives one tag per token; features is scratch space.
void tag_tokens(const TaggerModel& model, const FeatureInput& input, std::vector<uint8_t>& tags,
                std::vector<float>& margins, std::vector<uint64_t>& features);

// Groups BIO tags into spans (an I- without its B- starts a span).
void spans_from_tags(const std::vector<uint8_t>& tags, const std::vector<float>& margins,
                     std::vector<NameSpan>& out);

}  // namespace annotator
