// Finds the words that name events: each word (outside mentions) is looked up in
// the event data by its folded form and, when a trigger stem may start like it, by
// its Snowball stem; among the rules found, the most specific one whose conditions
// hold (words before and after, what follows, a weapon nearby) makes the trigger.
#pragma once

#include <vector>

#include "event_data.h"
#include "event_scope.h"
#include "stemmer.h"

namespace annotator {

struct TriggerHit {
  uint32_t first = 0, last = 0;    // the trigger's tokens [first, last)
  const TriggerRule* rule = nullptr;
  bool nominal = false;            // a noun ("the attack") rather than a verb ("attacked")
  uint64_t object_classes = 0;     // classes of the words that follow it in its clause
};

// Fills out (cleared first) with non-overlapping triggers in text order.
void find_triggers(const EventScope& scope, const EventData& data, Stemmer& stemmer, std::vector<TriggerHit>& out);

// Whether token i reads as a noun from the words before it ("the attack", "Russian
// strikes", "l'attacco") rather than a verb ("has attacked", "to attack", "attaccare").
bool looks_nominal(const EventScope& scope, uint32_t i);

// Italian forms that are verbs wherever they stand: infinitives, gerunds, the future
// and the conditional ("ad attaccare", "inviando", "recherà", "fornirebbe").
bool clearly_a_verb(const EventScope& scope, uint32_t i);

}  // namespace annotator
