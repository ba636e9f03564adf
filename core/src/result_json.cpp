#include <cmath>

#include <nlohmann/json.hpp>

#include "result.h"

namespace annotator {
namespace {

using json = nlohmann::ordered_json;

// Objects are filled field by field in order, straight into their storage: the
// result of a long article has tens of thousands of them, and nlohmann's
// operator[] would search the keys and regrow the storage for every field.
class ObjectBuilder {
 public:
  explicit ObjectBuilder(size_t fields) { object_.reserve(fields); }
  template <typename T>
  ObjectBuilder& add(const char* key, T&& value) {
    object_.json::object_t::Container::emplace_back(key, json(std::forward<T>(value)));
    return *this;
  }
  json build() { return json(std::move(object_)); }

 private:
  json::object_t object_;
};

void add_span(const Span& s, ObjectBuilder& out) {
  out.add("start", s.start).add("end", s.end).add("byteStart", s.byte_start).add("byteEnd", s.byte_end);
}

json span_json(const Span& s) {
  ObjectBuilder out(4);
  add_span(s, out);
  return out.build();
}

// Short decimals in the JSON ("0.9", not the float's "0.8999999761581421").
double rounded(double value, double scale) { return std::round(value * scale) / scale; }

std::string entity_id(int32_t index) { return "e" + std::to_string(index + 1); }

json mention_json(const Mention& m, std::string_view text) {
  ObjectBuilder out(10);
  add_span(m.span, out);
  out.add("text", text.substr(m.span.byte_start, m.span.byte_end - m.span.byte_start));
  out.add("category", m.category).add("type", m.type);
  if (m.entity >= 0) out.add("entity", entity_id(m.entity));
  out.add("sentence", m.sentence).add("confidence", rounded(m.confidence, 100));
  return out.build();
}

json entity_json(const Entity& e, size_t index) {
  ObjectBuilder ids(2);
  if (!e.iso3166.empty()) ids.add("iso3166", e.iso3166);
  if (e.geonames != 0) ids.add("geonames", e.geonames);
  ObjectBuilder out(7);
  out.add("id", entity_id(static_cast<int32_t>(index))).add("category", e.category).add("type", e.type);
  out.add("name", e.name).add("ids", ids.build()).add("mentions", e.mentions);
  if (e.has_coordinates) out.add("coordinates", json::array({rounded(e.lat, 1e4), rounded(e.lon, 1e4)}));
  return out.build();
}

}  // namespace

std::string to_json(const Result& r) {
  json j = json::object();
  if (!r.id.empty()) j["id"] = r.id;
  j["lang"] = r.lang;
  if (r.invalid_utf8 > 0) j["invalidUtf8"] = r.invalid_utf8;
  json mentions = json::array(), entities = json::array(), sentences = json::array();
  mentions.get_ref<json::array_t&>().reserve(r.mentions.size());
  entities.get_ref<json::array_t&>().reserve(r.entities.size());
  sentences.get_ref<json::array_t&>().reserve(r.segmentation->sentences.size());
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
