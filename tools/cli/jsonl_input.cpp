#include "jsonl_input.h"

#include <nlohmann/json.hpp>

#include "utf8.h"

namespace annotator_cli {
namespace {

using json = nlohmann::json;

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The UTF-16 unit of the escape "\uXXXX" at json[i], or -1 when there is none.
int escaped_unit(std::string_view json, size_t i) {
  if (i + 6 > json.size() || json[i] != '\\' || json[i + 1] != 'u') return -1;
  int unit = 0;
  for (size_t k = i + 2; k < i + 6; ++k) {
    const int digit = hex_value(json[k]);
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

bool is_high_surrogate(int unit) { return unit >= 0xD800 && unit <= 0xDBFF; }
bool is_low_surrogate(int unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }

// Copies json with every escape of an unpaired surrogate replaced by "\ufffd".
std::string replace_lone_surrogates(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  bool in_string = false;
  for (size_t i = 0; i < json.size();) {
    const char c = json[i];
    if (!in_string || c != '\\') {
      if (c == '"') in_string = !in_string;
      out.push_back(c);
      ++i;
      continue;
    }
    const int unit = escaped_unit(json, i);
    if (is_high_surrogate(unit) && is_low_surrogate(escaped_unit(json, i + 6))) {
      out.append(json.substr(i, 12));
      i += 12;
    } else if (is_high_surrogate(unit) || is_low_surrogate(unit)) {
      out.append("\\ufffd");
      i += 6;
    } else {  // any other escape: copied whole, so that "\\u" is no escape of u
      out.append(json.substr(i, 2));
      i += 2;
    }
  }
  return out;
}

// The line as a JSON parser can take it: what a browser would have decoded.
std::string decoded_line(std::string_view line) {
  line = without_bom(line);
  std::string valid;
  if (annotator::valid_utf8_prefix(line) != line.size()) {
    annotator::repair_utf8(line, valid);
    line = valid;
  }
  if (line.find("\\u") == std::string_view::npos) return std::string(line);
  return replace_lone_surrogates(line);
}

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r\n") == std::string_view::npos; }

std::string id_of(const json& input, bool complete) {
  const auto it = input.find("id");
  if (it == input.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_structured() && !complete) return "";  // cut short at kMaxNesting: not the id given
  return it->dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

std::string_view without_bom(std::string_view text) {
  return text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text;
}

JsonlRecord read_jsonl_line(std::string_view line) {
  JsonlRecord record;
  if (is_blank(without_bom(line))) {
    record.error = "blank line";
    return record;
  }
  bool too_deep = false;
  const json::parser_callback_t bounded = [&](int depth, json::parse_event_t event, json&) {
    const bool opens = event == json::parse_event_t::object_start || event == json::parse_event_t::array_start;
    if (opens && depth >= kMaxNesting) too_deep = true;
    return !(opens && depth >= kMaxNesting);
  };
  const json input = json::parse(decoded_line(line), bounded, false);
  if (input.is_discarded() || !input.is_object()) {
    record.error = "line is not a JSON object";
    return record;
  }
  record.id = id_of(input, !too_deep);
  if (too_deep) {
    record.error = "line nests arrays or objects deeper than " + std::to_string(kMaxNesting) + " levels";
    return record;
  }
  const auto text = input.find("text");
  if (text == input.end() || !text->is_string()) {
    record.error = "\"text\" is missing or not a string";
    return record;
  }
  record.text = text->get<std::string>();
  const auto lang = input.find("lang");
  if (lang != input.end() && lang->is_string() && (*lang == "it" || *lang == "en")) record.lang = lang->get<std::string>();
  const auto date = input.find("date");
  if (date != input.end() && date->is_string()) record.date = date->get<std::string>();
  return record;
}

}  // namespace annotator_cli
