#include "segmenter.h"

#include <unicode/rbbi.h>
#include <unicode/uchar.h>
#include <unicode/udata.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "apostrophe.h"
#include "icu_data.h"
#include "utf16_cursor.h"

namespace annotator {
namespace {

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};
using UTextPtr = std::unique_ptr<UText, UTextCloser>;

UChar32 first_code_point(std::string_view text, uint32_t at) {
  int32_t i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  return c;
}

// Classifies a break-iterator segment; returns false for whitespace.
bool classify(int32_t rule_status, UChar32 first, TokenKind* kind) {
  if (rule_status >= UBRK_WORD_NONE_LIMIT) {
    *kind = (rule_status < UBRK_WORD_NUMBER_LIMIT) ? TokenKind::kNumber : TokenKind::kWord;
    return true;
  }
  if (u_isUWhiteSpace(first) || u_charType(first) == U_CONTROL_CHAR) return false;
  *kind = u_ispunct(first) ? TokenKind::kPunctuation : TokenKind::kSymbol;
  return true;
}

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The end of the text [start, end) without its trailing white space: it belongs
// to the gap, not the sentence. Unicode's White_Space, so that a "sentence" of
// no-break or ideographic spaces is none.
uint32_t end_without_space(std::string_view utf8, uint32_t start, uint32_t end) {
  while (end > start) {
    auto before = static_cast<int32_t>(end);
    UChar32 c;
    U8_PREV(utf8.data(), static_cast<int32_t>(start), before, c);
    if (!u_isUWhiteSpace(c)) break;
    end = static_cast<uint32_t>(before);
  }
  return end;
}

// Whether a sentence ICU ended ends with an initial or a title's abbreviation
// ("George W.", "St.", "Gen.", "dott."): then the name goes on in the next one,
// and the two are one sentence. ICU's own exception lists need locale data the
// wasm build leaves out.
bool ends_with_abbreviation(std::string_view sentence) {
  size_t end = sentence.size();
  while (end > 0 && is_ascii_space(sentence[end - 1])) --end;
  if (end < 2 || sentence[end - 1] != '.') return false;
  size_t word = end - 1;
  while (word > 0 && ((sentence[word - 1] >= 'A' && sentence[word - 1] <= 'Z') ||
                      (sentence[word - 1] >= 'a' && sentence[word - 1] <= 'z')))
    --word;
  if (word > 0 && !is_ascii_space(sentence[word - 1]) && sentence[word - 1] != '(') return false;
  const std::string_view w = sentence.substr(word, end - 1 - word);
  if (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z') return true;  // an initial
  for (std::string_view a : {"St", "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Adm", "Sen",
                             "Rep", "Gov", "Jr", "Sr", "Prof", "Mt", "Ft", "No", "Nos", "vs", "Sig", "dott", "Dott",
                             "prof", "on", "On", "avv", "Avv", "ing", "Ing", "gen", "sen"})
    if (w == a) return true;
  return false;
}

// Whether the sentence ends at a line break: a name never goes on over one
// ("Edward D." at the end of a line, then "Farr" on the next).
bool ends_a_line(std::string_view sentence) {
  for (size_t i = sentence.size(); i > 0 && is_ascii_space(sentence[i - 1]); --i)
    if (sentence[i - 1] == '\n' || sentence[i - 1] == '\r') return true;
  return false;
}

// "Yahoo! ha perso", «Basta!» disse: a sentence ICU ended after "!" or "?" (and
// closing quotes) goes on when a lowercase word follows. ICU breaks after them
// whatever follows.
bool ends_with_exclamation(std::string_view sentence) {
  while (!sentence.empty() && is_ascii_space(sentence.back())) sentence.remove_suffix(1);
  for (std::string_view close : {"\"", "'", ")", "\u00bb", "\u201d", "\u2019"})
    while (sentence.size() > close.size() && sentence.substr(sentence.size() - close.size()) == close)
      sentence.remove_suffix(close.size());
  return !sentence.empty() && (sentence.back() == '!' || sentence.back() == '?');
}

// Whether the sentence ICU ended at `end` goes on in the next one: after an
// initial or a title, or after "!" or "?" before a lowercase word; never over a
// line break.
bool goes_on(std::string_view utf8, size_t start, size_t end) {
  if (end >= utf8.size()) return false;
  const std::string_view sentence = utf8.substr(start, end - start);
  if (ends_a_line(sentence)) return false;
  const bool lowercase_next = utf8[end] >= 'a' && utf8[end] <= 'z';
  return ends_with_abbreviation(sentence) || (lowercase_next && ends_with_exclamation(sentence));
}

// "Ki-moon", "Roma-Viterbo", "S-400", "al-Sham": words (or numbers) joined by a
// hyphen with no space are one token, as a name or a model is one thing. ICU's
// word rules split at the hyphen.
void join_hyphenated(std::string_view utf8, std::vector<Token>& tokens) {
  const auto joinable = [](const Token& t) { return t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber; };
  const auto is_hyphen = [&](const Token& t) {
    const std::string_view s = utf8.substr(t.span.byte_start, t.span.byte_end - t.span.byte_start);
    return s == "-" || s == "\u2010" || s == "\u2011";
  };
  size_t out = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    Token t = tokens[i];
    while (joinable(t) && i + 2 < tokens.size() && is_hyphen(tokens[i + 1]) && joinable(tokens[i + 2]) &&
           tokens[i + 1].span.byte_start == t.span.byte_end &&
           tokens[i + 2].span.byte_start == tokens[i + 1].span.byte_end) {
      t.span.byte_end = tokens[i + 2].span.byte_end;
      t.span.end = tokens[i + 2].span.end;
      t.kind = TokenKind::kWord;
      i += 2;
    }
    tokens[out++] = t;
  }
  tokens.resize(out);
}

// ICU's sentence rules may end a sentence inside what its word rules keep as one
// word ("Buphraset.ڳouis", found by fuzzing): the sentences a token runs over become
// one, so that every token, and so every mention, lies inside its sentence.
void join_sentences_cut_inside_tokens(Segmentation& out) {
  auto& sentences = out.sentences;
  const size_t n = sentences.size();
  std::vector<bool> joins_next(n, false);
  bool any = false;
  for (const Token& t : out.tokens)
    for (size_t k = t.sentence; k < n && t.span.byte_end > sentences[k].byte_end; ++k) {
      if (k + 1 == n) {  // past the last sentence's end: that end moves
        sentences[k].byte_end = t.span.byte_end;
        sentences[k].end = t.span.end;
        break;
      }
      joins_next[k] = any = true;
    }
  if (!any) return;
  std::vector<uint32_t> index(n);
  size_t kept = 0;
  for (size_t k = 0; k < n; ++k) {
    if (k > 0 && joins_next[k - 1]) {
      sentences[kept - 1].byte_end = sentences[k].byte_end;
      sentences[kept - 1].end = sentences[k].end;
    } else {
      sentences[kept++] = sentences[k];
    }
    index[k] = static_cast<uint32_t>(kept - 1);
  }
  sentences.resize(kept);
  for (Token& t : out.tokens) t.sentence = index[t.sentence];
}

// The root locale's rules (word.brk, sent.brk), read straight from the data as
// BreakIterator::create*Instance(Locale::getRoot()) reads them, without the locale
// and resource-bundle code that lookup would link into the WebAssembly core.
std::unique_ptr<icu::BreakIterator> break_rules(const char* name, UErrorCode& status) {
  UDataMemory* rules = udata_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "brk", name, &status);
  if (U_FAILURE(status)) return nullptr;
  std::unique_ptr<icu::BreakIterator> iterator(new icu::RuleBasedBreakIterator(rules, status));  // owns rules
  return U_SUCCESS(status) ? std::move(iterator) : nullptr;
}

}  // namespace

std::unique_ptr<Segmenter> Segmenter::create(std::string* error) {
  if (!use_shared_icu_data(error)) return nullptr;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words = break_rules("word", status);
  std::unique_ptr<icu::BreakIterator> sentences = break_rules("sent", status);
  if (U_FAILURE(status) || !words || !sentences) {
    *error = std::string("ICU break rules unavailable: ") + u_errorName(status);
    return nullptr;
  }
  return std::unique_ptr<Segmenter>(new Segmenter(std::move(words), std::move(sentences)));
}

void Segmenter::segment(std::string_view utf8, Segmentation& out) {
  out.sentences.clear();
  out.tokens.clear();
  if (utf8.empty()) return;
  // Prose has a token every 5-6 bytes: room for one every 4 spares a long text
  // the copies (and the doubled memory) of a growing vector.
  out.tokens.reserve(utf8.size() / 4 + 16);
  UErrorCode status = U_ZERO_ERROR;
  UTextPtr text(utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status));
  if (U_FAILURE(status)) return;
  split_sentences(text.get(), utf8, out);
  split_words(text.get(), utf8, out);
  join_sentences_cut_inside_tokens(out);
}

void Segmenter::split_sentences(UText* text, std::string_view utf8, Segmentation& out) {
  UErrorCode status = U_ZERO_ERROR;
  sentences_->setText(text, status);
  Utf16Cursor cursor(utf8);
  int32_t start = sentences_->first();
  for (int32_t end = sentences_->next(); end != icu::BreakIterator::DONE;
       start = end, end = sentences_->next()) {
    while (goes_on(utf8, static_cast<size_t>(start), static_cast<size_t>(end))) {
      const int32_t next = sentences_->next();
      if (next == icu::BreakIterator::DONE) break;
      end = next;
    }
    Span s;
    s.byte_start = static_cast<uint32_t>(start);
    s.byte_end = static_cast<uint32_t>(end);
    s.byte_end = end_without_space(utf8, s.byte_start, s.byte_end);
    if (s.byte_end == s.byte_start) continue;
    s.start = cursor.to_utf16(s.byte_start);
    s.end = cursor.to_utf16(s.byte_end);
    out.sentences.push_back(s);
  }
}

void Segmenter::split_words(UText* text, std::string_view utf8, Segmentation& out) {
  UErrorCode status = U_ZERO_ERROR;
  words_->setText(text, status);
  Utf16Cursor cursor(utf8);
  uint32_t sentence = 0;
  const auto push = [&](uint32_t from, uint32_t to, TokenKind kind) {
    while (sentence + 1 < out.sentences.size() && from >= out.sentences[sentence].byte_end)
      ++sentence;
    Token t;
    t.span = {from, to, cursor.to_utf16(from), cursor.to_utf16(to)};
    t.kind = kind;
    t.sentence = sentence;
    out.tokens.push_back(t);
  };
  int32_t start = words_->first();
  for (int32_t end = words_->next(); end != icu::BreakIterator::DONE;
       start = end, end = words_->next()) {
    TokenKind kind;
    if (!classify(words_->getRuleStatus(), first_code_point(utf8, start), &kind)) continue;
    const auto from = static_cast<uint32_t>(start), to = static_cast<uint32_t>(end);
    const size_t split = (kind == TokenKind::kWord) ? apostrophe_split(utf8.substr(from, to - from)) : 0;
    if (split == 0) {
      push(from, to, kind);
    } else {
      push(from, from + static_cast<uint32_t>(split), kind);
      push(from + static_cast<uint32_t>(split), to, kind);
    }
  }
  join_hyphenated(utf8, out.tokens);
}

}  // namespace annotator
