// The closed vocabularies of events (docs/events.md): PLOVER categories, argument
// roles and modalities, as small integers in tables and as the strings the JSON uses.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "vocabulary.h"

namespace annotator {

enum class EventType : uint8_t {
  kNone = 0,
  kAgree, kConsult, kSupport, kConcede, kCooperate, kAid, kRetreat, kRequest,
  kAccuse, kReject, kThreaten, kProtest, kSanction, kMobilize, kCoerce, kAssault,
  kCount
};

enum class Role : uint8_t { kNone = 0, kActor, kRecipient, kInstrument, kLocation, kTime, kCount };

enum class Modality : uint8_t { kAsserted = 0, kNegated, kHypothetical, kFuture, kHistorical, kAttempted, kCount };

constexpr std::array<std::string_view, static_cast<size_t>(EventType::kCount)> kEventTypeNames = {
    "", "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};
constexpr std::array<std::string_view, static_cast<size_t>(Role::kCount)> kRoleNames = {
    "", "actor", "recipient", "instrument", "location", "time"};
constexpr std::array<std::string_view, static_cast<size_t>(Modality::kCount)> kModalityNames = {
    "asserted", "negated", "hypothetical", "future", "historical", "attempted"};

inline std::string_view name_of(EventType t) { return kEventTypeNames[static_cast<size_t>(t)]; }
inline std::string_view name_of(Role r) { return kRoleNames[static_cast<size_t>(r)]; }
inline std::string_view name_of(Modality m) { return kModalityNames[static_cast<size_t>(m)]; }

inline EventType parse_event_type(std::string_view s) { return parse_name<EventType>(s, kEventTypeNames); }
inline Role parse_role(std::string_view s) { return parse_name<Role>(s, kRoleNames); }

}  // namespace annotator
