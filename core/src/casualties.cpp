#include "casualties.h"

#include <algorithm>
#include <cstdlib>

#include "numbers.h"

namespace annotator {
namespace {

struct Count {
  int64_t value = -1;
  uint32_t at = 0;  // where the count stands, to find its attack
};

struct Counts {
  Count dead, injured;
};

bool free_number(const EventScope& scope, uint32_t k) {
  return scope.mention_at(k) < 0 && number_value(scope.doc(), k) >= 0;
}

void record(Counts& counts, uint64_t kind, int64_t value, uint32_t at) {
  Count& c = (kind & kDead) ? counts.dead : counts.injured;
  if (c.value < 0) c = {value, at};
}

// Whether token k opens the object of an active verb (an article or a number).
bool opens_object(const EventScope& scope, uint32_t k, uint32_t last) {
  return k < last && scope.mention_at(k) < 0 && (scope.is(k, kDeterminer) || number_value(scope.doc(), k) >= 0);
}

// "12 people were killed", "almeno dieci morti", "tre feriti": a number, then
// (after people and auxiliaries) a word of death or injury.
bool count_before_word(const EventScope& scope, uint32_t k, uint32_t last, Counts& counts, uint32_t* next) {
  uint32_t after = k;
  const int64_t value = read_number(scope.doc(), &after, last);
  if (value <= 0) return false;
  bool passive = false;
  for (uint32_t t = after; t < std::min(last, after + 5); ++t) {
    const uint64_t c = scope.classes(t);
    if ((c & (kDead | kInjured)) && !passive && opens_object(scope, t + 1, last)) {
      *next = t;  // "a gunman killed five people": the number counts who killed
      return true;
    }
    passive = passive || (c & kPassiveAux);
    if (c & (kDead | kInjured)) {
      record(counts, c, value, k);
      *next = t + 1;
      return true;
    }
    if (!(c & (kPersonNoun | kPassiveAux | kPerfectAux | kDeterminer | kTroops | kApproximately))) break;
  }
  *next = after;
  return true;
}

// "killed at least 12", "uccidendo cinque persone", "ferendone tre".
bool word_before_count(const EventScope& scope, uint32_t k, uint32_t last, Counts& counts, uint32_t* next) {
  const uint64_t kind = scope.classes(k) & (kDead | kInjured);
  if (!kind) return false;
  for (uint32_t t = k + 1; t < std::min(last, k + 5); ++t) {
    if (free_number(scope, t)) {
      uint32_t after = t;
      const int64_t value = read_number(scope.doc(), &after, last);
      // "killed 12 soldiers and wounded ..." is fine; "killed 12 attacks ago" is not a count
      if (value > 0) record(counts, kind, value, k);
      *next = after;
      return true;
    }
    if (!scope.is(t, kApproximately | kDeterminer | kOfPrep)) break;
  }
  return false;
}

Counts sentence_counts(const EventScope& scope, uint32_t first, uint32_t last) {
  Counts counts;
  for (uint32_t k = first; k < last;) {
    uint32_t next = k + 1;
    if (free_number(scope, k)) count_before_word(scope, k, last, counts, &next);
    else if (scope.mention_at(k) < 0) word_before_count(scope, k, last, counts, &next);
    k = std::max(next, k + 1);
  }
  return counts;
}

// The attack of the sentence nearest to token k, or null.
EventDraft* nearest_attack(std::vector<EventDraft>& events, size_t e_first, size_t e_last, uint32_t k) {
  EventDraft* best = nullptr;
  long best_distance = 0;
  for (size_t e = e_first; e < e_last; ++e) {
    if (events[e].type != EventType::kAssault) continue;
    const long d = std::labs(static_cast<long>(events[e].hit.first) - static_cast<long>(k));
    if (!best || d < best_distance) {
      best = &events[e];
      best_distance = d;
    }
  }
  return best;
}

}  // namespace

void count_casualties(const EventScope& scope, std::vector<EventDraft>& events) {
  for (size_t e = 0; e < events.size();) {
    const uint32_t first = scope.sentence_first(events[e].hit.first), last = scope.sentence_last(events[e].hit.first);
    size_t end = e;
    bool attack = false;
    for (; end < events.size() && events[end].hit.first < last; ++end) attack = attack || events[end].type == EventType::kAssault;
    if (attack) {
      const Counts counts = sentence_counts(scope, first, last);
      if (counts.dead.value >= 0) nearest_attack(events, e, end, counts.dead.at)->dead = counts.dead.value;
      if (counts.injured.value >= 0) nearest_attack(events, e, end, counts.injured.at)->injured = counts.injured.value;
    }
    e = end;
  }
}

}  // namespace annotator
