#include "entities.h"

#include <map>
#include <string>

namespace annotator {
namespace {

std::string folded_text(const Document& doc, const MentionCandidate& m) {
  std::string out;
  for (uint32_t i = m.first; i < m.last; ++i) {
    if (!out.empty()) out += ' ';
    out += doc.texts.folded(i);
  }
  return out;
}

std::string raw_text(const Document& doc, const MentionCandidate& m) {
  const auto& tokens = doc.segmentation.tokens;
  const uint32_t from = tokens[m.first].span.byte_start, to = tokens[m.last - 1].span.byte_end;
  return std::string(doc.text.substr(from, to - from));
}

bool contains_token(const Document& doc, const MentionCandidate& whole, std::string_view folded) {
  for (uint32_t i = whole.first; i < whole.last; ++i)
    if (doc.texts.folded(i) == folded) return true;
  return false;
}

// The key that decides which entity a mention belongs to.
std::string grouping_key(const Document& doc, const std::vector<MentionCandidate>& all, const MentionCandidate& m) {
  if (m.antecedent >= 0) return grouping_key(doc, all, all[static_cast<size_t>(m.antecedent)]);
  if (m.entry && !m.entry->key.empty()) return "k:" + std::string(m.entry->key);
  if (m.entry && m.entry->geonames != 0) return "g:" + std::to_string(m.entry->geonames);
  if (m.type == Type::kPerson && m.length() == 1) {
    // "Kim" joins the longest person mention that contains it, wherever it is.
    const MentionCandidate* best = nullptr;
    for (const auto& other : all)
      if (other.type == Type::kPerson && other.length() > 1 && contains_token(doc, other, doc.texts.folded(m.first)) &&
          (!best || other.length() > best->length()))
        best = &other;
    if (best) return std::string(name_of(Type::kPerson)) + ":" + folded_text(doc, *best);
  }
  return std::string(name_of(m.type)) + ":" + folded_text(doc, m);
}

Span span_of(const Document& doc, const MentionCandidate& m) {
  const auto& tokens = doc.segmentation.tokens;
  Span s;
  s.byte_start = tokens[m.first].span.byte_start;
  s.start = tokens[m.first].span.start;
  s.byte_end = tokens[m.last - 1].span.byte_end;
  s.end = tokens[m.last - 1].span.end;
  return s;
}

void fill_entity_from_entry(const LexiconEntry& e, Entity& entity) {
  entity.name = std::string(e.name);
  if (e.type == Type::kCountry && !e.country.empty()) entity.iso3166 = std::string(e.country);
  entity.geonames = e.geonames;
  if (e.has_coordinates) {
    entity.has_coordinates = true;
    entity.lat = e.lat;
    entity.lon = e.lon;
  }
}

}  // namespace

void build_entities(const Document& doc, const Lexicon&, const std::vector<MentionCandidate>& candidates,
                    Result& result) {
  std::map<std::string, size_t> entity_of_key;
  for (const MentionCandidate& m : candidates) {
    const std::string key = grouping_key(doc, candidates, m);
    auto [it, is_new] = entity_of_key.emplace(key, result.entities.size());
    if (is_new) {
      Entity entity;
      entity.category = name_of(m.category);
      entity.type = name_of(m.type);
      entity.name = raw_text(doc, m);
      if (m.entry) fill_entity_from_entry(*m.entry, entity);
      result.entities.push_back(std::move(entity));
    }
    Entity& entity = result.entities[it->second];
    if (!m.entry && m.type == Type::kPerson) {  // the fullest form names a person
      std::string text = raw_text(doc, m);
      if (text.size() > entity.name.size()) entity.name = std::move(text);
    }
    Mention mention;
    mention.span = span_of(doc, m);
    mention.category = name_of(m.category);
    mention.type = name_of(m.type);
    mention.sentence = doc.segmentation.tokens[m.first].sentence;
    mention.entity = static_cast<int32_t>(it->second);
    mention.confidence = m.confidence;
    entity.mentions.push_back(static_cast<uint32_t>(result.mentions.size()));
    result.mentions.push_back(mention);
  }
}

}  // namespace annotator
