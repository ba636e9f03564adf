// Who acts and to whom, read from the words around each trigger in its clause:
//   the subject before a verb acts ("Russia attacked"), unless the verb is passive
//   ("Kyiv was attacked by Russia", "sono stati distrutti dalla difesa aerea");
//   what follows a verb is its recipient, or its instrument where the trigger says
//   so ("fired missiles at Kyiv", "inviare proiettili alla Russia");
//   prepositions give roles: to/a/against/contro/on/su = recipient, by/da = actor,
//   with/con + weapon = instrument, with/con + party = the other party, for/per =
//   who benefits, between/tra = every party an actor, "insieme a" = a second actor;
//   a noun trigger reads "X's attack", "the Russian invasion of Ukraine",
//   "l'attacco russo", "la visita di Blinken"; coordination shares a role
//   ("Russia and Belarus", "attacked Kyiv and Kharkiv"), and a second verb joined
//   by "and" shares the first one's subject ("attacked Kyiv and shelled Kharkiv").
#pragma once

#include <vector>

#include "event_draft.h"
#include "event_parties.h"
#include "event_scope.h"

namespace annotator {

// Whether a verb trigger is passive: "was attacked", "sono stati distrutti" (not "si è dimesso").
bool is_passive(const EventScope& scope, const TriggerHit& hit);

// Fills the actor, recipient and instrument arguments of every event (in text order).
void find_core_arguments(const EventScope& scope, std::vector<EventDraft>& events);

}  // namespace annotator
