// What belongs to an event without being its subject or object: places
// ("in Kharkiv", "nella regione di Kursk") become its location, weapons nearby its
// instrument, the nearest date its time; an event named after "to" / "di" / "che"
// of a verb that embeds it ("asked North Korea to supply shells") takes that verb's
// modality for it and its actor from it.
#pragma once

#include <vector>

#include "event_draft.h"
#include "event_scope.h"

namespace annotator {

void attach_places_weapons_times(const EventScope& scope, std::vector<EventDraft>& events);
void link_embedded_events(const EventScope& scope, std::vector<EventDraft>& events);
// "al-Shabaab claimed responsibility for the attack", "lo Stato islamico ha
// rivendicato la strage": who claims an attack of the sentence without an actor did it.
void credit_claimed_attacks(const EventScope& scope, std::vector<EventDraft>& events);

// "the village of Moura, where civilians were killed": the place before "where" / "dove".
void place_of_where_clause(const EventScope& scope, std::vector<EventDraft>& events);

// "surrendered in Mariupol after weeks under siege": a noun event of circumstance took
// place where the verb of its clause did.
void place_of_circumstance(const EventScope& scope, std::vector<EventDraft>& events);

// "threatened to strike if South Korea and the United States ...": the subjects of the
// condition are whom a threat is for too.
void threatened_by_condition(const EventScope& scope, std::vector<EventDraft>& events);

// "an ultimatum to Hezbollah: withdraw ... or face an offensive": what follows the colon
// after a threat is only possible; an order there is for the one threatened, a passive
// without its agent is done by the one who threatens.
void threat_after_colon(const EventScope& scope, std::vector<EventDraft>& events);

}  // namespace annotator
