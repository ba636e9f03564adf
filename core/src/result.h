// The annotation result as plain data, before it becomes JSON
// (docs/result-contract.md describes the JSON).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text_span.h"

namespace annotator {

struct Mention {
  Span span;
  std::string_view category;  // "actor", "weapon", "place", "time"
  std::string_view type;      // "person", "country", "missile", "date", ...
  uint32_t sentence = 0;
  int32_t entity = -1;        // index into Result::entities
  float confidence = 0.f;
  std::string_view value;     // a time mention's ISO 8601 value, when known
};

struct Entity {
  std::string_view category, type;
  std::string name;                       // canonical name
  std::string iso3166;                    // empty when unknown
  int64_t geonames = 0;                   // 0 when unknown
  std::string_view wikidata;              // "Q159"; empty when unknown
  double lat = 0, lon = 0;
  bool has_coordinates = false;
  std::vector<uint32_t> mentions;         // indices into Result::mentions
};

struct EventArgument {
  std::string_view role;     // "actor", "recipient", "instrument", "location", "time"
  Span span;
  int32_t mention = -1;      // index into Result::mentions, -1 for a common noun ("civilians")
  int32_t entity = -1;       // index into Result::entities
};

struct Event {
  std::string_view type;      // PLOVER category
  std::vector<std::string_view> modes;
  std::string label;          // plain words: "drone attack", "talks"
  Span trigger;
  uint32_t sentence = 0;
  std::string_view modality;  // "asserted", "negated", ...
  std::vector<EventArgument> arguments;
  int32_t time = -1;          // time mention
  int32_t source = -1;        // mention of who reported it
  int64_t dead = -1, injured = -1;  // -1: not stated
  float confidence = 0.f;
};

struct Result {
  std::string id;
  std::string_view lang;
  size_t invalid_utf8 = 0;  // sequences replaced by U+FFFD
  const std::string_view* text = nullptr;  // the (repaired) text the spans index
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<Event> events;
  const Segmentation* segmentation = nullptr;
  bool include_tokens = false;
};

std::string to_json(const Result& result);

}  // namespace annotator
