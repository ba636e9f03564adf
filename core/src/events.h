// Events: who did what to whom, where, when, with what (docs/events.md).
//
// Triggers are found by word and by stem (event_triggers), their arguments read
// from the clause around them (event_arguments), places, weapons and dates nearby
// attached (event_attachments), events embedded in requests, threats and refusals
// linked to them, modality and source read from cue words (event_modality), and the
// dead and injured counted (casualties). Each step is a function of the mentions
// and the event data; nothing here changes a mention.
#pragma once

#include <string>
#include <vector>

#include "calendar.h"
#include "document.h"
#include "event_data.h"
#include "result.h"
#include "stemmer.h"

namespace annotator {

// Fills result.events; result.mentions and result.entities must already be built
// from mentions (one result mention per candidate, in the same order).
void find_events(const Document& doc, const std::vector<MentionCandidate>& mentions, const EventData& data,
                 Stemmer& stemmer, const CalendarDate& published, Result& result);

}  // namespace annotator
