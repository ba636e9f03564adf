#include "folder.h"

#include <unicode/bytestream.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace annotator {

std::unique_ptr<Folder> Folder::create(std::string* error) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  const icu::Normalizer2* decompose = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) {
    *error = std::string("ICU normalisation data unavailable: ") + u_errorName(status);
    return nullptr;
  }
  return std::unique_ptr<Folder>(new Folder(casefold, decompose));
}

void Folder::fold(std::string_view text, std::string& out) const {
  out.clear();
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return fold_unicode(text, out);
    out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
  }
}

void Folder::fold_unicode(std::string_view text, std::string& out) const {
  UErrorCode status = U_ZERO_ERROR;
  std::string folded, decomposed;
  {
    icu::StringByteSink<std::string> sink(&folded);
    casefold_->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())),
                             sink, nullptr, status);
  }
  {
    icu::StringByteSink<std::string> sink(&decomposed);
    decompose_->normalizeUTF8(0, icu::StringPiece(folded), sink, nullptr, status);
  }
  out.clear();
  if (U_FAILURE(status)) {
    out.assign(text);
    return;
  }
  const auto length = static_cast<int32_t>(decomposed.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(decomposed.data(), i, length, c);
    if (u_charType(c) != U_NON_SPACING_MARK) out.append(decomposed, start, i - start);
  }
}

}  // namespace annotator
