#include <cmath>

#include <nlohmann/json.hpp>

#include "json_stream.h"
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

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// j.dump() appended to out, written in place (no string per element).
void dump_into(std::string& out, const json& j) {
  nlohmann::detail::serializer<json> writer(nlohmann::detail::output_adapter<char>(out), ' ',
                                            json::error_handler_t::replace);
  writer.dump(j, false, false, 0);
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
  if (!m.value.empty()) out.add("value", m.value);
  return out.build();
}

std::string_view text_of(const Span& s, std::string_view text) {
  return text.substr(s.byte_start, s.byte_end - s.byte_start);
}

void write_span(const Span& s, std::string_view text, JsonStream& out) {
  out.key("start").value(s.start).key("end").value(s.end);
  out.key("byteStart").value(s.byte_start).key("byteEnd").value(s.byte_end);
  out.key("text").value(text_of(s, text));
}

void write_argument(const EventArgument& a, std::string_view text, JsonStream& out) {
  out.item().open('{').key("role").value(a.role);
  if (a.entity >= 0) out.key("entity").value(entity_id(a.entity));
  if (a.mention >= 0) out.key("mention").value(a.mention);
  write_span(a.span, text, out);
  out.close('}');
}

// "time" and "source": the mention they are, or null.
void write_mention_ref(const Result& r, int32_t index, bool with_value, JsonStream& out) {
  if (index < 0) {
    out.null();
    return;
  }
  const Mention& m = r.mentions[static_cast<size_t>(index)];
  out.open('{').key("text").value(text_of(m.span, *r.text));
  if (with_value) {
    out.key("value");
    if (m.value.empty()) out.null();
    else out.value(m.value);
  }
  out.key("mention").value(index);
  if (m.entity >= 0) out.key("entity").value(entity_id(m.entity));
  out.close('}');
}

void write_count(int64_t n, JsonStream& out) {
  if (n < 0) out.null();
  else out.value(n);
}

void write_event(const Event& e, size_t index, const Result& r, JsonStream& out) {
  out.item().open('{').key("id").value("v" + std::to_string(index + 1)).key("type").value(e.type);
  out.key("mode").open('[');
  for (std::string_view mode : e.modes) out.item().value(mode);
  out.close(']').key("label").value(e.label);
  out.key("trigger").open('{');
  write_span(e.trigger, *r.text, out);
  out.close('}').key("sentence").value(e.sentence).key("modality").value(e.modality);
  out.key("arguments").open('[');
  for (const EventArgument& a : e.arguments) write_argument(a, *r.text, out);
  out.close(']').key("time");
  write_mention_ref(r, e.time, true, out);
  out.key("dead");
  write_count(e.dead, out);
  out.key("injured");
  write_count(e.injured, out);
  out.key("source");
  write_mention_ref(r, e.source, false, out);
  out.key("confidence").value(rounded(e.confidence, 100));
  out.close('}');
}

// Events are written field by field (JsonStream): they are the most nested part
// of the result, and building them as nlohmann objects cost most of their time.
void append_events(std::string& out, const Result& r) {
  out += ",\"events\":";
  JsonStream stream(out);
  stream.open('[');
  for (size_t i = 0; i < r.events.size(); ++i) write_event(r.events[i], i, r, stream);
  stream.close(']');
}

json entity_json(const Entity& e, size_t index) {
  ObjectBuilder ids(3);
  if (!e.iso3166.empty()) ids.add("iso3166", e.iso3166);
  if (e.geonames != 0) ids.add("geonames", e.geonames);
  if (!e.wikidata.empty()) ids.add("wikidata", e.wikidata);
  ObjectBuilder out(7);
  out.add("id", entity_id(static_cast<int32_t>(index))).add("category", e.category).add("type", e.type);
  out.add("name", e.name).add("ids", ids.build()).add("mentions", e.mentions);
  if (e.has_coordinates) out.add("coordinates", json::array({rounded(e.lat, 1e4), rounded(e.lon, 1e4)}));
  return out.build();
}

// The long arrays are written one element at a time (each dumped by nlohmann)
// rather than as one document tree: the same bytes, without holding a tree of
// every mention of a long text in memory next to its text.
template <typename Items, typename ToJson>
void append_array(std::string& out, const char* key, const Items& items, ToJson&& to_json) {
  out += ",\"";
  out += key;
  out += "\":[";
  bool first = true;
  for (const auto& item : items) {
    if (!first) out += ',';
    first = false;
    dump_into(out, to_json(item));
  }
  out += ']';
}

// A little more than the JSON will take, so that the JSON of a long text is
// written into one buffer: a growing string is copied, and for a while held
// twice, each time it doubles (WebAssembly's memory keeps the high-water mark).
size_t json_size_estimate(const Result& r) {
  size_t digits = 1;
  for (size_t n = r.text->size(); n >= 10; n /= 10) ++digits;
  const size_t span = 42 + 4 * digits;  // {"start":..,"end":..,"byteStart":..,"byteEnd":..},
  const size_t tokens = r.include_tokens ? r.segmentation->tokens.size() : 0;
  size_t mention_texts = 0;
  for (const Mention& m : r.mentions) mention_texts += m.span.byte_end - m.span.byte_start;
  size_t event_parts = 0;  // a trigger and each argument: a span with a text and a few fields
  for (const Event& e : r.events) event_parts += 1 + e.arguments.size();
  return r.mentions.size() * (span + 120) + mention_texts * 2 + r.entities.size() * 200 +
         r.events.size() * 260 + event_parts * (span + 90) +
         (r.segmentation->sentences.size() + tokens) * span + r.id.size() * 2 + 256;
}

}  // namespace

std::string to_json(const Result& r) {
  json head = json::object();
  if (!r.id.empty()) head["id"] = r.id;
  head["lang"] = r.lang;
  if (r.invalid_utf8 > 0) head["invalidUtf8"] = r.invalid_utf8;
  std::string out = dump(head);
  out.pop_back();  // the closing brace: the arrays follow
  out.reserve(json_size_estimate(r));
  append_array(out, "mentions", r.mentions, [&](const Mention& m) { return mention_json(m, *r.text); });
  size_t index = 0;
  append_array(out, "entities", r.entities, [&](const Entity& e) { return entity_json(e, index++); });
  append_events(out, r);
  append_array(out, "sentences", r.segmentation->sentences, span_json);
  if (r.include_tokens)
    append_array(out, "tokens", r.segmentation->tokens, [](const Token& t) { return span_json(t.span); });
  out += '}';
  return out;
}

}  // namespace annotator
