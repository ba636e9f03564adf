// Compiles lexicon TSV files into the binary lexicon the core loads.
//
//   compile_lexicon OUT.bin FILE.tsv...
//
// Three row shapes (tab-separated, '#' starts a comment line):
//   names:  name  category  type  key  lang  extra      (6 columns)
//   words:  word  class  lang  extra                    (4 columns)
//   display names:  key  canonical                       (2 columns; overrides "canonical")
// extra is "k=v;k=v": canonical, geonames, lat, lon, pop, country, wikidata, type,
// position. Phrases are segmented and folded exactly as the core does at run time.
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "folder.h"
#include "lexicon.h"
#include "lexicon_match.h"
#include "segmenter.h"

namespace annotator {
namespace {

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t end; (end = line.find(sep, start)) != std::string::npos; start = end + 1)
    out.push_back(line.substr(start, end - start));
  out.push_back(line.substr(start));
  return out;
}

std::map<std::string, std::string> parse_extra(const std::string& extra) {
  std::map<std::string, std::string> out;
  for (const std::string& kv : split(extra, ';')) {
    const size_t eq = kv.find('=');
    if (eq != std::string::npos) out[kv.substr(0, eq)] = kv.substr(eq + 1);
  }
  return out;
}

Lang parse_lang(const std::string& s) {
  if (s == "it") return Lang::kItalian;
  if (s == "en") return Lang::kEnglish;
  return Lang::kAny;
}

bool parse_word_class(const std::string& cls, const std::map<std::string, std::string>& extra, EntryKind* kind) {
  static const std::map<std::string, EntryKind> kClasses = {
      {"head", EntryKind::kWeaponHead},           {"modifier_before", EntryKind::kWeaponModBefore},
      {"modifier_after", EntryKind::kWeaponModAfter}, {"org_head", EntryKind::kOrgHead},
      {"org_tail", EntryKind::kOrgTail},          {"role", EntryKind::kRole},
      {"group_noun", EntryKind::kGroupNoun},      {"demonym", EntryKind::kDemonym},
      {"locative_prep", EntryKind::kLocativePrep}, {"first_name", EntryKind::kFirstName},
      {"direction", EntryKind::kLocativePrep}, {"recipient_verb", EntryKind::kRecipientVerb}};  // "nel sud del Libano": a direction locates too
  if (cls == "region_word" || cls == "city_word" || cls == "facility_word" || cls == "location_word") {
    const auto it = extra.find("position");
    *kind = (it != extra.end() && it->second == "after") ? EntryKind::kPlaceWordAfter : EntryKind::kPlaceWordBefore;
    return true;
  }
  if (cls == "locative_prep") {  // only the strong ones locate: "da", "to" also mark sources and recipients
    const auto it = extra.find("strength");
    if (it != extra.end() && it->second == "weak") return false;
  }
  const auto it = kClasses.find(cls);
  if (it == kClasses.end()) return false;
  *kind = it->second;
  return true;
}

class Compiler {
 public:
  Compiler(Segmenter& segmenter, const Folder& folder) : segmenter_(segmenter), folder_(folder) {}

  bool add_file(const std::string& path) {
    std::ifstream in(path);
    if (!in) { std::cerr << "cannot open " << path << '\n'; return false; }
    std::string line;
    size_t number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty() || line[0] == '#') continue;
      const auto fields = split(line, '\t');
      if (fields.size() == 2) {  // key  canonical: a display-name override
        display_names_[fields[0]] = fields[1];
        continue;
      }
      const bool ok = fields.size() >= 5 ? add_name(fields) : fields.size() >= 3 && add_word(fields);
      if (!ok) ++skipped_;
      if (!ok && skipped_ <= 20) std::cerr << path << ':' << number << ": skipped: " << line << '\n';
    }
    return true;
  }

  std::string serialize() const {
    // A population only decides between name rows of one phrase (best_name_entry in
    // core/src/phrases.cpp): the file keeps it there only (23 KB gzip less).
    std::map<std::string_view, int> name_rows;
    for (const auto& [phrase, entry] : rows_) name_rows[phrase] += entry.kind == EntryKind::kName;
    std::vector<std::pair<std::string, LexiconEntry>> rows;
    for (const auto& [phrase, entry] : rows_) {
      rows.emplace_back(phrase, to_entry(entry));
      if (name_rows[phrase] < 2) rows.back().second.population = 0;
      const auto name = display_names_.find(entry.key);
      if (name != display_names_.end() && entry.kind == EntryKind::kName) rows.back().second.name = name->second;
    }
    return serialize_lexicon(rows);
  }
  size_t size() const { return rows_.size(); }
  size_t skipped() const { return skipped_; }

 private:
  // The entry with its strings owned here (LexiconEntry only views them).
  struct Row {
    EntryKind kind = EntryKind::kName;
    Category category = Category::kNone;  // word rows set only some of these
    Type type = Type::kNone;
    Lang lang = Lang::kAny;
    std::string key, name, country, wikidata;
    int64_t geonames = 0;
    float lat = 0, lon = 0;
    bool has_coordinates = false;
    bool acronym = false;
    bool ambiguous = false;
    uint32_t population = 0;
    bool operator<(const Row& o) const {
      return std::tie(kind, category, type, lang, key, name) < std::tie(o.kind, o.category, o.type, o.lang, o.key, o.name);
    }
  };

  static LexiconEntry to_entry(const Row& r) {
    LexiconEntry e;
    e.kind = r.kind; e.category = r.category; e.type = r.type; e.lang = r.lang;
    e.key = r.key; e.name = r.name; e.country = r.country; e.wikidata = r.wikidata;
    e.geonames = r.geonames; e.lat = r.lat; e.lon = r.lon; e.has_coordinates = r.has_coordinates;
    e.population = r.population;
    e.acronym = r.acronym;
    e.ambiguous = r.ambiguous;
    return e;
  }

  void fill_extra(Row& row, const std::map<std::string, std::string>& extra) {
    const auto get = [&](const char* k) { const auto it = extra.find(k); return it == extra.end() ? std::string() : it->second; };
    row.country = get("country");
    row.wikidata = get("wikidata");
    if (!get("geonames").empty()) row.geonames = std::stoll(get("geonames"));
    if (!get("lat").empty() && !get("lon").empty()) {
      row.lat = std::stof(get("lat"));
      row.lon = std::stof(get("lon"));
      row.has_coordinates = true;
    }
    if (!get("pop").empty()) row.population = static_cast<uint32_t>(std::stoull(get("pop")));
    row.ambiguous = get("ambiguous") == "1";
  }

  // Size: the page downloads every byte. A city's key is its GeoNames id (kept as a
  // number); first names need no display name; cities carry no Wikidata id.
  static void drop_derivable_fields(Row& row) {
    if (row.kind == EntryKind::kFirstName) row.name.clear(), row.key.clear();
    if (row.geonames != 0 && row.key == "geonames:" + std::to_string(row.geonames)) row.key.clear();
    if (row.type == Type::kCity) row.wikidata.clear();
  }

  bool add_name(const std::vector<std::string>& f) {
    Row row;
    row.category = parse_category(f[1]);
    row.type = parse_type(f[2]);
    row.kind = f[3] == "first_name" ? EntryKind::kFirstName : EntryKind::kName;
    if (row.kind == EntryKind::kName && (row.category == Category::kNone || row.type == Type::kNone)) return false;
    row.key = f[3];
    row.lang = parse_lang(f[4]);
    const auto extra = parse_extra(f.size() > 5 ? f[5] : "");
    const auto canonical = extra.find("canonical");
    row.name = canonical != extra.end() ? canonical->second : f[0];
    try { fill_extra(row, extra); } catch (...) { return false; }
    if (row.country.empty() && row.type == Type::kCountry && row.key.size() == 2) row.country = row.key;
    drop_derivable_fields(row);
    return insert(f[0], row);
  }

  bool add_word(const std::vector<std::string>& f) {
    const auto extra = parse_extra(f.size() > 3 ? f[3] : "");
    Row row;
    if (!parse_word_class(f[1], extra, &row.kind)) return false;
    row.lang = parse_lang(f[2]);
    const auto type = extra.find("type");
    if (type != extra.end()) row.type = parse_type(type->second);
    if (row.type != Type::kNone && is_weapon_type(row.type)) row.category = Category::kWeapon;
    if (row.kind == EntryKind::kPlaceWordBefore || row.kind == EntryKind::kPlaceWordAfter) {
      row.category = Category::kPlace;
      if (row.type == Type::kNone) row.type = Type::kRegion;
    }
    const auto kind = extra.find("kind");
    if (kind != extra.end()) row.key = kind->second;
    try { fill_extra(row, extra); } catch (...) { return false; }
    return insert(f[0], row);
  }

  // "UN", "NATO", "IDF": two or more letters, all capitals.
  static bool is_acronym(const std::string& surface) {
    int letters = 0;
    for (unsigned char c : surface) {
      if (c >= 'a' && c <= 'z') return false;
      if (c >= 0x80) return false;
      letters += (c >= 'A' && c <= 'Z');
    }
    return letters >= 2;
  }

  bool insert(const std::string& surface, Row row) {
    const std::string phrase = folded_phrase(surface, segmenter_, folder_);
    if (phrase.empty()) return false;
    row.acronym = row.kind == EntryKind::kName && is_acronym(surface);
    rows_.emplace(phrase, row);
    return true;
  }

  Segmenter& segmenter_;
  const Folder& folder_;
  std::set<std::pair<std::string, Row>> rows_;
  std::map<std::string, std::string> display_names_;  // key -> canonical name
  size_t skipped_ = 0;
};

}  // namespace
}  // namespace annotator

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: compile_lexicon OUT.bin FILE.tsv...\n";
    return 2;
  }
  std::string error;
  auto segmenter = annotator::Segmenter::create(&error);
  auto folder = annotator::Folder::create(&error);
  if (!segmenter || !folder) { std::cerr << error << '\n'; return 1; }
  annotator::Compiler compiler(*segmenter, *folder);
  for (int i = 2; i < argc; ++i)
    if (!compiler.add_file(argv[i])) return 1;
  const std::string blob = compiler.serialize();
  std::ofstream out(argv[1], std::ios::binary);
  out << blob;
  std::cerr << "lexicon: " << compiler.size() << " entries, " << compiler.skipped() << " rows skipped, "
            << blob.size() << " bytes\n";
  return out ? 0 : 1;
}
