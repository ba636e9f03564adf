// The text of every token in two forms, computed once per document: the raw
// UTF-8 slice and the folded form (for matching), all folded forms in one arena.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "folder.h"
#include "text_span.h"

namespace annotator {

struct TokenTexts {
  std::vector<std::string_view> raw;
  std::vector<uint32_t> folded_start;  // size tokens + 1, offsets into arena
  std::string arena;

  std::string_view folded(size_t i) const {
    return std::string_view(arena).substr(folded_start[i], folded_start[i + 1] - folded_start[i]);
  }
  size_t size() const { return raw.size(); }
};

void fill_token_texts(std::string_view text, const Segmentation& segmentation, const Folder& folder,
                      TokenTexts& out);

}  // namespace annotator
