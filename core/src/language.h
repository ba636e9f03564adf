// Language identification for the languages the core knows (Italian, English),
// by counting each language's most frequent function words among the tokens.
#pragma once

#include <string_view>

#include "text_span.h"

namespace annotator {

// True for the frequent function words of either language ("nella", "the"), folded.
bool is_common_function_word(std::string_view folded);

// Returns "it" or "en"; "en" when nothing tells them apart.
std::string_view detect_language(std::string_view text, const Segmentation& segmentation);

}  // namespace annotator
