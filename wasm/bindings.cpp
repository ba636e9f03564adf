// Plain C exports of the core for WebAssembly. JavaScript passes UTF-8 bytes and
// an options JSON, and gets back a pointer to the result JSON (owned here until
// the next call on the same handle). The resources (lexicon, language packs) are
// files JavaScript copied into the module's memory; they stay there for as long
// as any handle uses them.
#include <emscripten/emscripten.h>

#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "annotator/annotator.h"

namespace {

struct Handle {
  std::unique_ptr<annotator::Annotator> core;
  std::string result;
};

annotator::Options parse_options(const char* options_json) {
  annotator::Options options;
  const auto j = nlohmann::ordered_json::parse(options_json ? options_json : "{}", nullptr, false);
  if (!j.is_object()) return options;
  if (j.contains("id") && j["id"].is_string()) options.id = j["id"].get<std::string>();
  if (j.contains("lang") && j["lang"].is_string()) {
    const std::string lang = j["lang"].get<std::string>();
    if (lang == "it" || lang == "en") options.lang = lang;
  }
  if (j.contains("tokens") && j["tokens"].is_boolean()) options.include_tokens = j["tokens"].get<bool>();
  if (j.contains("date") && j["date"].is_string()) options.date = j["date"].get<std::string>();
  if (j.contains("events") && j["events"].is_boolean()) options.events = j["events"].get<bool>();
  return options;
}

annotator::Config parse_config(const char* config_json) {
  annotator::Config config;
  const auto j = nlohmann::ordered_json::parse(config_json ? config_json : "{}", nullptr, false);
  if (!j.is_object() || !j.contains("terms") || !j["terms"].is_array()) return config;
  for (const auto& t : j["terms"]) {
    if (!t.is_object()) continue;
    const auto field = [&](const char* k) { return t.contains(k) && t[k].is_string() ? t[k].get<std::string>() : std::string(); };
    const bool override_longer = t.contains("override") && t["override"].is_boolean() && t["override"].get<bool>();
    config.terms.push_back({field("text"), field("category"), field("type"), override_longer});
  }
  return config;
}

}  // namespace

extern "C" {

// Returns a handle, or a handle whose result holds the error and whose core is null.
// config_json: {"terms": [{"text", "category", "type"}]} or null; lexicon: the
// lexicon file's bytes.
EMSCRIPTEN_KEEPALIVE Handle* annotator_create(const char* config_json, const char* lexicon, size_t lexicon_size) {
  auto* handle = new Handle;
  std::string error;
  annotator::Config config = parse_config(config_json);
  config.resources.lexicon = std::string_view(lexicon, lexicon_size);
  handle->core = annotator::Annotator::create(config, &error);
  if (!handle->core) handle->result = annotator::error_result("", error);
  return handle;
}

// Adds a resource by its name in annotator::Resources ("tagger_it", "tagger_en", "events").
// Returns 1, or 0 with the error as the handle's result.
EMSCRIPTEN_KEEPALIVE int annotator_add_resource(Handle* handle, const char* name, const char* bytes, size_t size) {
  const std::string_view kind(name), file(bytes, size);
  annotator::Resources resources;
  std::string error;
  if (kind == "tagger_it") resources.tagger_it = file;
  else if (kind == "tagger_en") resources.tagger_en = file;
  else if (kind == "events") resources.events = file;
  else error = "unknown resource " + std::string(kind);
  if (size == 0) error = "empty resource " + std::string(kind);
  if (!handle->core) error = "no annotator";
  if (error.empty() && handle->core->add_resources(resources, &error)) return 1;
  handle->result = annotator::error_result("", error);
  return 0;
}

// The language annotate() would detect for the text: "it" or "en" (static).
EMSCRIPTEN_KEEPALIVE const char* annotator_language_of(Handle* handle, const char* text, size_t length) {
  return handle->core ? handle->core->language_of(std::string_view(text, length)).data() : "en";
}

// The last result (or error) without annotating anything.
EMSCRIPTEN_KEEPALIVE const char* annotator_result(const Handle* handle) { return handle->result.c_str(); }

EMSCRIPTEN_KEEPALIVE int annotator_ready(const Handle* handle) { return handle->core ? 1 : 0; }

EMSCRIPTEN_KEEPALIVE const char* annotator_annotate(Handle* handle, const char* text, size_t length,
                                                   const char* options_json) {
  if (handle->core) handle->result = handle->core->annotate(std::string_view(text, length), parse_options(options_json));
  return handle->result.c_str();
}

EMSCRIPTEN_KEEPALIVE size_t annotator_result_length(const Handle* handle) { return handle->result.size(); }

EMSCRIPTEN_KEEPALIVE void annotator_destroy(Handle* handle) { delete handle; }

}  // extern "C"
