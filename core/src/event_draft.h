// An event while it is being built: its trigger, type and the arguments found so
// far (token spans, with the mention behind each when there is one).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "event_triggers.h"
#include "event_vocabulary.h"

namespace annotator {

struct ArgumentDraft {
  Role role = Role::kNone;
  uint32_t first = 0, last = 0;  // tokens
  int32_t mention = -1;          // index into the mention candidates, or -1 ("civilians", "russo")
};

struct EventDraft {
  TriggerHit hit;
  EventType type = EventType::kNone;
  uint32_t clause_first = 0, clause_last = 0;
  std::vector<ArgumentDraft> arguments;
  std::vector<ArgumentDraft> subject;  // who the verb's subject is, whatever role it got (hosts)
  Modality modality = Modality::kAsserted;
  int32_t embedded_by = -1;  // the event whose "to ..." / "di ..." this one is
  int32_t source = -1;       // mention of who the text says reported it
  int32_t time = -1;         // time mention
  int64_t dead = -1, injured = -1;
  std::string_view embedded_mode;  // a REQUEST's, REJECT's or THREATEN's mode from the event it embeds
  bool keep = true;
  bool reduced_relative = false;  // a participle describing the noun before it ("attivisti arrestati")

  bool has(Role role) const {
    for (const ArgumentDraft& a : arguments)
      if (a.role == role) return true;
    return false;
  }
  // Adds an argument unless the same span already plays a role.
  void add(Role role, uint32_t first, uint32_t last, int32_t mention) {
    for (const ArgumentDraft& a : arguments)
      if (a.first == first && a.last == last) return;
    arguments.push_back({role, first, last, mention});
  }
  // Whether an argument's span holds token k ("Houthi drone" holds "drone").
  bool covers(uint32_t k) const {
    for (const ArgumentDraft& a : arguments)
      if (a.first <= k && k < a.last) return true;
    return false;
  }
  bool uses(uint32_t first) const {
    for (const ArgumentDraft& a : arguments)
      if (a.first <= first && first < a.last) return true;
    return false;
  }
};

}  // namespace annotator
