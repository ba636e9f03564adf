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
  std::string_view type;      // "person", "country", "missile", ...
  uint32_t sentence = 0;
  int32_t entity = -1;        // index into Result::entities
  float confidence = 0.f;
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

struct Result {
  std::string id;
  std::string_view lang;
  size_t invalid_utf8 = 0;  // sequences replaced by U+FFFD
  const std::string_view* text = nullptr;  // the (repaired) text the spans index
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  const Segmentation* segmentation = nullptr;
  bool include_tokens = false;
};

std::string to_json(const Result& result);

}  // namespace annotator
