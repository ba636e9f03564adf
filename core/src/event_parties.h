// The parties an event can have: the mentions of the text, and the common nouns
// of people and places the event data and the lexicon know ("civilians",
// "ospedale", role words such as "ministro", group nouns such as "autorità"). A
// party's span is its noun phrase: "UN investigators", "Moscow court", "governo
// del Niger", "servizi di sicurezza ucraini", "prigionieri di guerra".
#pragma once

#include "event_scope.h"

namespace annotator {

struct Party {
  uint32_t first = 0, last = 0;  // the noun phrase, tokens [first, last)
  int32_t mention = -1;          // the mention at its head, if any
  bool can_act = false;          // an actor mention or a noun of people
  bool weapon = false;
  bool place = false;            // a place mention or a noun of places
  uint32_t role_first = 0;       // "del ministro Mark Rutte": where the role before the name starts (0: none)

  // Where the words that govern the party stand before: the role before a name.
  uint32_t phrase_first() const { return role_first ? role_first : first; }
};

// The party whose head is at token k (or covers it), if any.
bool party_at(const EventScope& scope, uint32_t k, Party* out);

// Whether token k is a possessive "'s" (straight or typographic apostrophe).
bool is_possessive(const EventScope& scope, uint32_t k);

// Whether the plot noun at token plot ("plot", "piano") names the event whose trigger is
// at token trigger: that event follows "to" / "di" right away ("a plot by Russian
// intelligence to set fire"; "a peace plan for Sudan, and X praised" plans nothing).
bool plans_event(const EventScope& scope, uint32_t plot, uint32_t trigger);

// The classes of the preposition right before token first (articles, numbers and
// "at least" skipped): "on the city" -> kRecipientPrep; none -> 0. Looks no further
// back than lower.
uint64_t preposition_before(const EventScope& scope, uint32_t first, uint32_t lower);

// Where a party starts once the coordinator before it is stepped over ("Hamas e la
// Jihad islamica": from "Jihad" back over "la" and "e" to "Hamas"); -1 if none.
int64_t coordinated_before(const EventScope& scope, uint32_t first);
// The token after a party where the next coordinated one starts, or -1.
int64_t coordinated_after(const EventScope& scope, uint32_t last);

}  // namespace annotator
