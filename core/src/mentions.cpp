#include "mentions.h"

#include <algorithm>

#include "phrases.h"

namespace annotator {
namespace {

// Candidates made from several pieces beat single lexicon names, which beat the
// tagger's guesses, when spans of equal length compete.
enum Priority : int { kTagged = 1, kListed = 2, kBuilt = 3 };

struct Ranked {
  MentionCandidate mention;
  int priority;
};

bool starts_upper_or_digit(std::string_view raw) {
  if (raw.empty()) return false;
  const auto c = static_cast<unsigned char>(raw[0]);
  if (c >= 'A' && c <= 'Z') return true;
  if (c >= '0' && c <= '9') return true;
  return c >= 0xC3;  // non-ASCII: accented capitals, other scripts; checked no further
}

bool is_lowercase_ascii_word(std::string_view raw) {
  return !raw.empty() && raw[0] >= 'a' && raw[0] <= 'z';
}

void add_listed_names(const Document& doc, std::vector<Ranked>& out) {
  for (const LexiconMatch& m : doc.matches) {
    const LexiconEntry* best = best_name_entry(doc, m);
    if (!best) continue;
    const std::string_view raw = doc.texts.raw[m.first];
    const bool proper = best->category != Category::kWeapon;
    if (proper && !starts_upper_or_digit(raw)) continue;
    if (!proper && is_lowercase_ascii_word(raw) && best->kind == EntryKind::kName && m.count == 1 &&
        best->type == Type::kWeapon)
      continue;  // a bare generic "weapon" word is not worth a mention
    MentionCandidate c;
    c.first = m.first;
    c.last = m.first + m.count;
    c.category = best->category;
    c.type = best->type;
    c.entry = best;
    c.confidence = 0.9f;
    c.country = best->country;
    out.push_back({c, kListed});
  }
}

void add_tagged_names(const Document& doc, std::vector<Ranked>& out) {
  for (const NameSpan& s : doc.names) {
    MentionCandidate c;
    c.first = s.first;
    c.last = s.last;
    c.confidence = s.confidence;
    switch (s.label) {
      case NameLabel::kPerson: c.category = Category::kActor; c.type = Type::kPerson; break;
      case NameLabel::kOrganization: c.category = Category::kActor; c.type = Type::kOrganization; break;
      case NameLabel::kLocation: c.category = Category::kPlace; c.type = Type::kLocation; break;
      case NameLabel::kMisc: continue;
    }
    out.push_back({c, kTagged});
  }
}

// Longest first; among equal lengths the higher priority; then earlier.
void resolve_overlaps(std::vector<Ranked>& candidates, size_t token_count, std::vector<MentionCandidate>& out) {
  std::stable_sort(candidates.begin(), candidates.end(), [](const Ranked& a, const Ranked& b) {
    if (a.mention.length() != b.mention.length()) return a.mention.length() > b.mention.length();
    if (a.priority != b.priority) return a.priority > b.priority;
    return a.mention.first < b.mention.first;
  });
  std::vector<bool> taken(token_count, false);
  out.clear();
  for (const Ranked& r : candidates) {
    const auto& m = r.mention;
    bool free = true;
    for (uint32_t i = m.first; i < m.last && free; ++i) free = !taken[i];
    if (!free) continue;
    for (uint32_t i = m.first; i < m.last; ++i) taken[i] = true;
    out.push_back(m);
  }
  std::sort(out.begin(), out.end(), [](const MentionCandidate& a, const MentionCandidate& b) { return a.first < b.first; });
}

}  // namespace

void find_mentions(const Document& doc, std::vector<MentionCandidate>& out) {
  std::vector<Ranked> candidates;
  std::vector<MentionCandidate> built;
  build_phrases(doc, built);
  for (const auto& b : built) candidates.push_back({b, kBuilt});
  add_listed_names(doc, candidates);
  add_tagged_names(doc, candidates);
  resolve_overlaps(candidates, doc.token_count(), out);
  for (auto& m : out) assign_role(doc, m);
}

}  // namespace annotator
