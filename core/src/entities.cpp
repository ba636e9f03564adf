#include "entities.h"

#include <unordered_map>
#include <string>
#include <vector>

#include "phrases.h"

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

// A time mention's ISO 8601 value ("" when the text does not say enough).
std::string_view time_value(const Document& doc, const MentionCandidate& m) {
  return m.time_value >= 0 ? std::string_view(doc.time_values[static_cast<size_t>(m.time_value)]) : std::string_view();
}

// For each word of a multi-word person name, the longest such name containing it:
// "Kim" -> "Kim Jong Un", wherever in the document either comes.
using FullNames = std::unordered_map<std::string_view, const MentionCandidate*>;

FullNames index_full_person_names(const Document& doc, const std::vector<MentionCandidate>& all) {
  FullNames out;
  for (const auto& m : all) {
    if (m.type != Type::kPerson || m.length() < 2) continue;
    for (uint32_t i = m.first; i < m.last; ++i) {
      const MentionCandidate*& best = out[doc.texts.folded(i)];
      if (!best || m.length() > best->length()) best = &m;
    }
  }
  return out;
}

// "missiles", "anti-tank missiles", "droni kamikaze": generic weapon words group
// by their class; a named system ("Shahed drones", "F-16 fighter jets") or a named
// ship ("USS Carney") is an entity of its own.
bool is_weapon_class(const MentionCandidate& m) {
  if (m.category != Category::kWeapon) return false;
  return m.entry ? is_generic_weapon(*m.entry) : m.name_last <= m.name_first;  // a ship's own name
}

// A weapon class's name in plain words: "armoured vehicle", "air defence".
std::string class_name(Type type) {
  std::string name(name_of(type));
  for (char& c : name)
    if (c == '_') c = ' ';
  return name;
}

// The key that decides which entity a mention belongs to.
std::string grouping_key(const Document& doc, const std::vector<MentionCandidate>& all, const FullNames& full_names,
                         const MentionCandidate& m) {
  if (m.antecedent >= 0) return grouping_key(doc, all, full_names, all[static_cast<size_t>(m.antecedent)]);
  if (m.time_value >= 0 && !time_value(doc, m).empty()) return "t:" + std::string(time_value(doc, m));
  if (is_weapon_class(m)) return "w:" + std::string(name_of(m.type));
  if (m.entry && !m.entry->key.empty()) return "k:" + std::string(m.entry->key);
  if (m.entry && m.entry->geonames != 0) return "g:" + std::to_string(m.entry->geonames);
  if (m.type == Type::kPerson && m.length() == 1) {
    const auto full = full_names.find(doc.texts.folded(m.first));
    if (full != full_names.end()) return grouping_key(doc, all, full_names, *full->second);
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
  entity.wikidata = e.wikidata;
}

// A place the mention names, with coordinates, when its own entry has none: the
// city of a capital read as its country ("Mosca vuole", "Londra accusa"), the
// listed place a region or facility is built around ("regione di Dnipro",
// "aeroporto di Napoli"); the longest such.
const LexiconEntry* place_named_inside(const Document& doc, const MentionCandidate& m) {
  const bool capital = m.entry && m.type == Type::kCountry;
  if (!capital && (m.entry || m.category != Category::kPlace)) return nullptr;
  const LexiconEntry* best = nullptr;
  uint32_t best_count = 0;
  for (uint32_t i = m.first; i < m.last; ++i)
    for (uint32_t k = doc.match_start[i]; k < doc.match_start[i + 1]; ++k) {
      const LexiconMatch& match = doc.matches[k];
      if (match.first + match.count > m.last || match.count <= best_count) continue;
      if (capital && match.count != m.length()) continue;
      for (const LexiconEntry* e = match.entries.begin; e != match.entries.end; ++e) {
        if (e->kind != EntryKind::kName || e->category != Category::kPlace || !e->has_coordinates) continue;
        if (capital && e->country != m.entry->country) continue;
        best = e;
        best_count = match.count;
        break;
      }
    }
  return best;
}

// How well an entity's coordinates are known: from its own entry (a country's
// centre) beats from a place it names (its capital); the first of equals stays.
enum class Located : uint8_t { kNowhere, kNear, kOwn };

void locate(const Document& doc, const MentionCandidate& m, Entity& entity, Located& located) {
  if (located == Located::kOwn) return;
  const LexiconEntry* own = m.entry && m.entry->has_coordinates ? m.entry : nullptr;
  const LexiconEntry* near = own || located == Located::kNear ? nullptr : place_named_inside(doc, m);
  const LexiconEntry* from = own ? own : near;
  if (!from) return;
  entity.has_coordinates = true;
  entity.lat = from->lat;
  entity.lon = from->lon;
  located = own ? Located::kOwn : Located::kNear;
}

}  // namespace

void build_entities(const Document& doc, const std::vector<MentionCandidate>& candidates, Result& result) {
  std::unordered_map<std::string, size_t> entity_of_key;
  std::vector<Located> located;  // per entity
  const FullNames full_names = index_full_person_names(doc, candidates);
  for (const MentionCandidate& m : candidates) {
    const std::string key = grouping_key(doc, candidates, full_names, m);
    auto [it, is_new] = entity_of_key.emplace(key, result.entities.size());
    if (is_new) {
      Entity entity;
      entity.category = name_of(m.category);
      entity.type = name_of(m.type);
      entity.name = raw_text(doc, m);
      if (!time_value(doc, m).empty()) entity.name = std::string(time_value(doc, m));
      if (m.entry) fill_entity_from_entry(*m.entry, entity);
      if (is_weapon_class(m)) entity.name = class_name(m.type);
      result.entities.push_back(std::move(entity));
      located.push_back(Located::kNowhere);
    }
    Entity& entity = result.entities[it->second];
    locate(doc, m, entity, located[it->second]);
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
    mention.value = time_value(doc, m);
    entity.mentions.push_back(static_cast<uint32_t>(result.mentions.size()));
    result.mentions.push_back(mention);
  }
}

}  // namespace annotator
