#include "token_texts.h"

namespace annotator {

void fill_token_texts(std::string_view text, const Segmentation& segmentation, const Folder& folder,
                      TokenTexts& out) {
  out.raw.clear();
  out.folded_start.clear();
  out.arena.clear();
  out.raw.reserve(segmentation.tokens.size());
  out.folded_start.reserve(segmentation.tokens.size() + 1);
  std::string scratch;
  for (const Token& t : segmentation.tokens) {
    const std::string_view raw = text.substr(t.span.byte_start, t.span.byte_end - t.span.byte_start);
    out.raw.push_back(raw);
    out.folded_start.push_back(static_cast<uint32_t>(out.arena.size()));
    folder.fold_append(raw, out.arena, scratch);
  }
  out.folded_start.push_back(static_cast<uint32_t>(out.arena.size()));
}

}  // namespace annotator
