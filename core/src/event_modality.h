// How the text presents an event, and who it says reported it.
//   negated      "non ha attaccato", "did not attack", "no attacks", "senza"
//   attempted    "tried to", "sventato un tentativo di attacco", "foiled"
//   hypothetical "could", "potrebbe", "possibile incontro", "if", conditional verbs
//   future       "will meet", "si recherà", "plans to", "next week"
//   historical   "ten years ago", "anni fa"
// The cue must stand in the event's clause, a few words before its trigger (or,
// for "foiled" / "sventato", right after it); the first of these that applies wins.
// Sources: "secondo Watson", "according to the ministry", "X said", "ha dichiarato X".
#pragma once

#include <vector>

#include "event_draft.h"
#include "event_scope.h"

namespace annotator {

void assign_modality(const EventScope& scope, std::vector<EventDraft>& events);
void assign_sources(const EventScope& scope, std::vector<EventDraft>& events);

}  // namespace annotator
