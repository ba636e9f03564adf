// Who acts and to whom, read from the words around each trigger in its clause:
//   the subject before a verb acts ("Russia attacked"), unless the verb is passive
//   ("Kyiv was attacked by Russia", "sono stati distrutti dalla difesa aerea");
//   what follows a verb is its recipient, or its instrument where the trigger says
//   so ("fired missiles at Kyiv", "inviare proiettili alla Russia");
//   prepositions give roles: to/a/against/contro/on/su = recipient, by/da = actor,
//   with/con + weapon = instrument, between/tra = every party an actor;
//   a noun trigger reads "X's attack", "the Russian invasion of Ukraine",
//   "l'attacco russo", "la visita di Blinken"; coordination shares a role
//   ("Russia and Belarus", "attacked Kyiv and Kharkiv"), and a second verb joined
//   by "and" shares the first one's subject ("attacked Kyiv and shelled Kharkiv").
#pragma once

#include <vector>

#include "event_draft.h"
#include "event_scope.h"

namespace annotator {

// Fills the actor, recipient and instrument arguments of every event (in text order).
void find_core_arguments(const EventScope& scope, std::vector<EventDraft>& events);

// A party to an event: a mention, or a common noun the event data lists
// ("civilians", "ospedale"), as tokens [first, last).
struct Party {
  uint32_t first = 0, last = 0;
  int32_t mention = -1;
  bool can_act = false;   // an actor mention or a person noun
  bool weapon = false;
  bool place = false;     // a place mention or a place noun
};

// The party whose tokens include token k, if any.
bool party_at(const EventScope& scope, uint32_t k, Party* out);

// The classes of the preposition right before token first (articles and numbers
// skipped): "on the city" -> kRecipientPrep; none -> 0.
uint64_t preposition_before(const EventScope& scope, uint32_t first, uint32_t lower);

}  // namespace annotator
