// The dead and injured a sentence counts: "killed at least 12", "12 people were
// killed", "uccidendo cinque persone", "tre feriti", "almeno 10 morti e 20 feriti",
// "ferendone tre". They go to the attack of that sentence nearest to them.
#pragma once

#include <vector>

#include "event_draft.h"
#include "event_scope.h"

namespace annotator {

void count_casualties(const EventScope& scope, std::vector<EventDraft>& events);

}  // namespace annotator
