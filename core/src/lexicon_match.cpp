#include "lexicon_match.h"

#include "tagger_features.h"

namespace annotator {

void find_lexicon_matches(const Lexicon& lexicon, const Segmentation& segmentation,
                          const TokenTexts& texts, std::vector<LexiconMatch>& out) {
  out.clear();
  const auto& tokens = segmentation.tokens;
  const size_t n = tokens.size(), longest = lexicon.max_tokens();
  uint64_t hashes[32];
  for (size_t i = 0; i < n; ++i) {
    PhraseHash hash;
    size_t length = 0;
    for (; length < longest && length < 32 && i + length < n &&
           tokens[i + length].sentence == tokens[i].sentence; ++length) {
      if (length > 0 && !lexicon.has_prefix(hashes[length - 1])) break;  // no phrase goes on
      hash.add_token(texts.folded(i + length));
      hashes[length] = hash.value();
    }
    for (size_t k = length; k > 0; --k) {
      const Lexicon::Range range = lexicon.find(hashes[k - 1]);
      if (!range.empty()) out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(k), range});
    }
  }
}

std::string folded_phrase(std::string_view name, Segmenter& segmenter, const Folder& folder) {
  Segmentation segmentation;
  segmenter.segment(name, segmentation);
  std::string phrase, folded;
  for (const Token& t : segmentation.tokens) {
    folder.fold(name.substr(t.span.byte_start, t.span.byte_end - t.span.byte_start), folded);
    if (!phrase.empty()) phrase += ' ';
    phrase += folded;
  }
  return phrase;
}

void index_matches(const std::vector<LexiconMatch>& matches, size_t token_count, std::vector<uint32_t>& start) {
  start.assign(token_count + 1, 0);
  size_t m = 0;
  for (size_t token = 0; token <= token_count; ++token) {
    while (m < matches.size() && matches[m].first < token) ++m;
    start[token] = static_cast<uint32_t>(m);
  }
}

namespace {

uint16_t start_flag(const LexiconEntry& e) {
  switch (e.kind) {
    case EntryKind::kFirstName: return kFirstName;
    case EntryKind::kDemonym: return kDemonym;
    case EntryKind::kRole: return kRoleWord;
    case EntryKind::kOrgHead: return kOrgHead;
    case EntryKind::kWeaponHead: return kWeaponWord;
    case EntryKind::kName: break;
    default: return 0;
  }
  if (e.category == Category::kWeapon) return kWeaponWord;
  if (e.category == Category::kPlace) return e.type == Type::kCountry ? (kPlaceStart | kCountryName) : kPlaceStart;
  if (e.type == Type::kGroup) return kGroupStart;
  if (e.type == Type::kPerson) return kPersonStart;
  if (e.category == Category::kActor) return kOrgStart;
  return 0;
}

uint16_t inside_flag(uint16_t start) {
  if (start & kPlaceStart) return kPlaceInside;
  if (start & (kOrgStart | kGroupStart)) return kOrgInside;
  if (start & kPersonStart) return kPersonInside;
  return 0;
}

}  // namespace

void mark_lexicon_flags(const std::vector<LexiconMatch>& matches, std::vector<uint16_t>& flags) {
  for (const LexiconMatch& m : matches) {
    uint16_t start = 0;
    for (const LexiconEntry* e = m.entries.begin; e != m.entries.end; ++e) start |= start_flag(*e);
    flags[m.first] |= start;
    const uint16_t inside = inside_flag(start);
    for (uint32_t k = 1; k < m.count; ++k) flags[m.first + k] |= inside;
  }
}

}  // namespace annotator
