#include <cmath>

#include <nlohmann/json.hpp>

#include "result.h"

namespace annotator {
namespace {

using json = nlohmann::ordered_json;

json span_json(const Span& s) {
  return json{{"start", s.start}, {"end", s.end}, {"byteStart", s.byte_start}, {"byteEnd", s.byte_end}};
}

// Short decimals in the JSON ("0.9", not the float's "0.8999999761581421").
double rounded(double value, double scale) { return std::round(value * scale) / scale; }

std::string entity_id(int32_t index) { return "e" + std::to_string(index + 1); }

json mention_json(const Mention& m, std::string_view text) {
  json j = span_json(m.span);
  j["text"] = std::string(text.substr(m.span.byte_start, m.span.byte_end - m.span.byte_start));
  j["category"] = m.category;
  j["type"] = m.type;
  if (m.entity >= 0) j["entity"] = entity_id(m.entity);
  j["sentence"] = m.sentence;
  j["confidence"] = rounded(m.confidence, 100);
  return j;
}

json entity_json(const Entity& e, size_t index) {
  json ids = json::object();
  if (!e.iso3166.empty()) ids["iso3166"] = e.iso3166;
  if (e.geonames != 0) ids["geonames"] = e.geonames;
  json j{{"id", entity_id(static_cast<int32_t>(index))}, {"category", e.category}, {"type", e.type},
         {"name", e.name}, {"ids", ids}, {"mentions", e.mentions}};
  if (e.has_coordinates) j["coordinates"] = {rounded(e.lat, 1e4), rounded(e.lon, 1e4)};
  return j;
}

}  // namespace

std::string to_json(const Result& r) {
  json j = json::object();
  if (!r.id.empty()) j["id"] = r.id;
  j["lang"] = r.lang;
  if (r.invalid_utf8 > 0) j["invalidUtf8"] = r.invalid_utf8;
  json mentions = json::array(), entities = json::array(), sentences = json::array();
  for (const Mention& m : r.mentions) mentions.push_back(mention_json(m, *r.text));
  for (size_t i = 0; i < r.entities.size(); ++i) entities.push_back(entity_json(r.entities[i], i));
  for (const Span& s : r.segmentation->sentences) sentences.push_back(span_json(s));
  j["mentions"] = std::move(mentions);
  j["entities"] = std::move(entities);
  j["events"] = json::array();
  j["sentences"] = std::move(sentences);
  if (r.include_tokens) {
    json tokens = json::array();
    for (const Token& t : r.segmentation->tokens) tokens.push_back(span_json(t.span));
    j["tokens"] = std::move(tokens);
  }
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace annotator
