#include "folder.h"

#include "icu_data.h"

#include <unicode/bytestream.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace annotator {

std::unique_ptr<Folder> Folder::create(std::string* error) {
  if (!use_shared_icu_data(error)) return nullptr;
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
  std::string scratch;
  out.clear();
  fold_append(text, out, scratch);
}

void Folder::fold_append(std::string_view text, std::string& out, std::string& scratch) const {
  const size_t mark = out.size();
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      out.resize(mark);
      return fold_unicode(text, out, scratch);
    }
    out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
  }
}

// NFKC_Casefold into out, NFD of that into scratch, then back into out without
// the combining marks.
void Folder::fold_unicode(std::string_view text, std::string& out, std::string& scratch) const {
  UErrorCode status = U_ZERO_ERROR;
  const size_t mark = out.size();
  {
    icu::StringByteSink<std::string> sink(&out);
    casefold_->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())),
                             sink, nullptr, status);
  }
  scratch.clear();
  {
    icu::StringByteSink<std::string> sink(&scratch);
    decompose_->normalizeUTF8(0, icu::StringPiece(out.data() + mark, static_cast<int32_t>(out.size() - mark)),
                              sink, nullptr, status);
  }
  out.resize(mark);
  if (U_FAILURE(status)) {
    out.append(text);
    return;
  }
  const auto length = static_cast<int32_t>(scratch.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(scratch.data(), i, length, c);
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC) out.push_back('\'');  // one apostrophe
    else if (u_charType(c) != U_NON_SPACING_MARK) out.append(scratch, start, i - start);
  }
}

}  // namespace annotator
