// What the event stage reads of a document, token by token: the mention that covers
// a token, its word classes (from the event data, plus what kind of mention it is
// in), and the clause around it. Clauses are cut at the clause breaks of the event
// data (";", "while", "mentre", "which", "che" ...) and never cross a sentence.
#pragma once

#include <vector>

#include "document.h"
#include "event_data.h"

namespace annotator {

// The classes a mention gives the tokens it covers.
inline uint64_t mention_class(const MentionCandidate& m) {
  switch (m.category) {
    case Category::kWeapon: return kWeaponMention;
    case Category::kPlace: return kPlaceMention;
    case Category::kActor: return kActorMention;
    default: return 0;
  }
}

class EventScope {
 public:
  EventScope(const Document& doc, const std::vector<MentionCandidate>& mentions);

  const Document& doc() const { return doc_; }
  const std::vector<MentionCandidate>& mentions() const { return mentions_; }
  Lang lang() const { return lang_; }
  uint32_t size() const { return static_cast<uint32_t>(doc_.token_count()); }

  // The outermost mention covering token i, or -1.
  int32_t mention_at(uint32_t i) const { return i < mention_at_.size() ? mention_at_[i] : -1; }
  const MentionCandidate* mention(int32_t m) const { return m >= 0 ? &mentions_[static_cast<size_t>(m)] : nullptr; }
  // Word classes of token i, plus kWeaponMention / kPlaceMention / kActorMention.
  uint64_t classes(uint32_t i) const {  // inline: the event stage asks this of every token it reads
    if (i >= mention_at_.size()) return 0;
    const uint64_t words = doc_.words.empty() ? 0 : doc_.words[i].classes;
    const int32_t m = mention_at_[i];
    return m < 0 ? words : (words | mention_class(mentions_[static_cast<size_t>(m)]));
  }
  bool is(uint32_t i, uint64_t classes) const { return (this->classes(i) & classes) != 0; }
  int32_t value(uint32_t i) const { return doc_.words[i].value; }
  std::string_view folded(uint32_t i) const { return doc_.texts.folded(i); }
  std::string_view raw(uint32_t i) const { return doc_.texts.raw[i]; }
  bool together(uint32_t a, uint32_t b) const { return doc_.same_sentence(a, b); }

  // The sentence of token i as tokens [first, last).
  uint32_t sentence_first(uint32_t i) const { return sentence_first_[doc_.segmentation.tokens[i].sentence]; }
  uint32_t sentence_last(uint32_t i) const { return sentence_first_[doc_.segmentation.tokens[i].sentence + 1]; }
  // The clause of token i: the tokens after the last clause break before i, up to the
  // next clause break after it (breaks excluded), within the sentence and at most
  // kLongestClause tokens either side (so that work stays linear in the text).
  static constexpr uint32_t kLongestClause = 40;
  uint32_t clause_first(uint32_t i) const;
  uint32_t clause_last(uint32_t i) const;

  // Whether token i is a word that opens like a name (a capital letter).
  bool capitalized(uint32_t i) const;

  // What party_at (event_parties.cpp) found at a token, kept because every event of
  // a clause asks again: state 0 not yet asked, 1 no party, 2 a party.
  struct PartyMemo {
    uint32_t first = 0, last = 0, role_first = 0;
    int32_t mention = -1;
    uint8_t state = 0;
    bool can_act = false, weapon = false, place = false;
    uint8_t person = 0;  // is_person_word's answer: 0 not yet asked, 1 no, 2 yes
  };
  PartyMemo& party_memo(uint32_t i) const { return party_memo_[i]; }

 private:
  const Document& doc_;
  const std::vector<MentionCandidate>& mentions_;
  Lang lang_;
  std::vector<int32_t> mention_at_;
  std::vector<uint32_t> sentence_first_;  // per sentence, plus one past the end
  mutable std::vector<PartyMemo> party_memo_;  // per token
};

}  // namespace annotator
