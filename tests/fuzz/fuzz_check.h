// What every fuzz target checks of a result, and the annotator they share.
#pragma once

#include <cstdlib>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "annotator/annotator.h"
#include "annotator/embedded.h"

namespace fuzz {

inline std::unique_ptr<annotator::Annotator> create_annotator() {
  annotator::Config config;
  config.resources = annotator::embedded_resources();
  std::string error;
  auto core = annotator::Annotator::create(config, &error);
  if (!core) std::abort();
  return core;
}

inline nlohmann::json check_json(const std::string& out) {
  auto j = nlohmann::json::parse(out, nullptr, false);
  if (!j.is_object()) std::abort();
  return j;
}

// Offsets inside the text (bytes), every mention inside its sentence.
inline void check_result(const std::string& out, size_t text_bytes) {
  const auto j = check_json(out);
  if (j.contains("error")) return;
  const auto& sentences = j.at("sentences");
  for (const auto& s : sentences)
    if (s.at("byteEnd").get<size_t>() > text_bytes + 3 * j.value("invalidUtf8", size_t{0})) std::abort();
  for (const auto& m : j.at("mentions")) {
    const auto& s = sentences.at(m.at("sentence").get<size_t>());
    if (m.at("start") < s.at("start") || m.at("end") > s.at("end")) std::abort();
  }
}

}  // namespace fuzz
