#include "lexicon.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <numeric>
#include <tuple>

#include "checksum.h"
#include "hash.h"
#include "varint.h"

namespace annotator {
namespace {

// File (version 3): "ANLX", a one-byte version, a u64 checksum (checksum.h) of
// every byte after it, then varints:
//   shapes:  count; per shape: kind, category, type, lang, fields (the Field bits);
//   pools:   phrases, names, keys, countries, Wikidata ids, strings in order of
//            first use: each a count, a block of lengths, then a block of the bytes
//            (each block its length in bytes, then its contents); a phrase's lengths
//            are the bytes it shares with the one before and the length of the rest,
//            and only the rest is in the bytes; the other strings are read in place;
//   rows:    count, then one column after another, each its length in bytes, then
//            a varint per row that has the field: phrase, shape, key, name, country,
//            Wikidata id (pool indices), GeoNames id, latitude, longitude (each as
//            the zigzag difference from the row before with the field), population.
// Columns of like values, places ordered by GeoNames id (their coordinates close),
// front-coded phrases, lengths apart from bytes, and names spelt out only when
// they are not the phrase in capitals: rows of mixed fields took 419 KB gzip, this
// file takes 240 KB (with the fewer populations compile_lexicon keeps).
// Rows of one phrase keep the compiler's order (the lookup returns them in it).
constexpr std::string_view kMagic = "ANLX";
constexpr uint64_t kVersion = 3;
constexpr size_t kChecksumAt = 5;       // after the magic and the one-byte version
enum Field : uint64_t {
  kKey = 1, kName = 2, kCountry = 4, kWikidata = 8, kGeonames = 16, kCoordinates = 32, kPopulation = 64,
  kAcronym = 128, kAmbiguous = 256,
  kNameIsPhrase = 512,         // the name is the phrase as it stands ("artillery")
  kNameIsPhraseTitled = 1024,  // ... with each word's first letter, if ASCII, in capitals
  kAllFields = 2047
};
enum Pool { kPhrasePool, kNamePool, kKeyPool, kCountryPool, kWikidataPool, kPoolCount };
enum Column { kPhraseColumn, kShapeColumn, kKeyColumn, kNameColumn, kCountryColumn, kWikidataColumn,
              kGeonamesColumn, kLatColumn, kLonColumn, kPopulationColumn, kColumnCount };
constexpr float kCoordinateUnit = 1e-4f;

struct Shape {
  EntryKind kind;
  Category category;
  Type type;
  Lang lang;
  uint64_t fields;
  bool operator<(const Shape& o) const {
    return std::tie(kind, category, type, lang, fields) < std::tie(o.kind, o.category, o.type, o.lang, o.fields);
  }
};

// "porto seguro" -> "Porto Seguro" (only ASCII letters change: the compiler
// spells out every other name).
void capitalise_words(char* text, size_t size) {
  for (size_t i = 0; i < size; ++i)
    if ((i == 0 || text[i - 1] == ' ') && text[i] >= 'a' && text[i] <= 'z') text[i] = static_cast<char>(text[i] - 'a' + 'A');
}

std::string titled(std::string_view phrase) {
  std::string out(phrase);
  capitalise_words(out.data(), out.size());
  return out;
}

int64_t to_units(float degrees) {
  return static_cast<int64_t>(degrees / kCoordinateUnit + (degrees < 0 ? -0.5f : 0.5f));
}

// A column being written: varints, differences from the previous value where asked.
struct ColumnWriter {
  std::string bytes;
  int64_t last = 0;
  void put(uint64_t v) { put_varint(bytes, v); }
  void put_delta(int64_t v) { put_varint(bytes, zigzag(v - last)); last = v; }
};

// A column being read back, row by row.
struct ColumnReader {
  VarintReader in{std::string_view()};
  int64_t last = 0;
  uint64_t next() { return in.varint(); }
  int64_t next_delta() { return last += unzigzag(in.varint()); }
};

}  // namespace

void PhraseHash::add_token(std::string_view folded) {
  Hasher h(state_);
  if (!first_) h.separator();
  h.add(folded);
  state_ = h.value();
  first_ = false;
}

uint64_t PhraseHash::value() const { return state_; }

bool Lexicon::load(std::string_view blob, std::string* error) {
  if (blob.size() < kChecksumAt + 8 || blob.substr(0, 4) != kMagic) {
    *error = "lexicon: not a lexicon file";
    return false;
  }
  if (static_cast<uint8_t>(blob[4]) != kVersion) {
    *error = "lexicon: unsupported version";
    return false;
  }
  uint64_t stored_checksum;
  std::memcpy(&stored_checksum, blob.data() + kChecksumAt, 8);
  if (stored_checksum != checksum(blob.substr(kChecksumAt + 8))) {
    *error = "lexicon: checksum mismatch (truncated or corrupt file)";
    return false;
  }
  // Counts are checked against the bytes left before anything is reserved: each
  // shape, string and row takes at least one byte.
  VarintReader r(blob.substr(kChecksumAt + 8));
  const auto count = [&] {
    const uint64_t n = r.varint();
    if (n > blob.size()) r.ok = false;
    return r.ok ? n : 0;
  };
  std::vector<Shape> shapes(count());
  for (Shape& s : shapes) {
    s.kind = static_cast<EntryKind>(r.varint());
    s.category = static_cast<Category>(r.varint());
    s.type = static_cast<Type>(r.varint());
    s.lang = static_cast<Lang>(r.varint());
    s.fields = r.varint();
    if (s.kind >= EntryKind::kCount || s.category > Category::kTime || s.type >= Type::kCount ||
        (s.fields & ~uint64_t{kAllFields}) != 0)
      r.ok = false;
  }
  if (!r.ok) {
    *error = "lexicon: shape count larger than the file, or a shape out of range";
    return false;
  }
  // Phrases are only hashed (and titled into names); the other strings stay in blob.
  struct Phrase { uint64_t hash; uint8_t tokens; uint32_t text_end; };
  std::vector<Phrase> phrases(count());
  prefix_list_.clear();
  std::string phrase_text;
  phrase_text.reserve(blob.size());  // about twice what it takes: grown once at most
  VarintReader lengths(r.bytes(r.varint())), bytes(r.bytes(r.varint()));
  for (size_t i = 0, start = 0; i < phrases.size() && r.ok; ++i) {
    const uint64_t shared = lengths.varint();
    const std::string_view rest = bytes.bytes(lengths.varint());
    if (shared > phrase_text.size() - start || !lengths.ok || !bytes.ok) { r.ok = false; break; }
    const size_t previous = start;  // the phrase before is the text's tail
    start = phrase_text.size();
    phrase_text.append(phrase_text, previous, shared);
    phrase_text.append(rest);
    LexiconEntry counted;
    phrases[i].hash = hash_phrase(std::string_view(phrase_text).substr(start), counted);
    phrases[i].tokens = counted.tokens;
    phrases[i].text_end = static_cast<uint32_t>(phrase_text.size());
  }
  r.ok = r.ok && lengths.at_end() && bytes.at_end();
  std::vector<std::string_view> pools[kPoolCount];
  for (int pool = kNamePool; pool < kPoolCount && r.ok; ++pool) {
    pools[pool].resize(count());
    VarintReader lengths(r.bytes(r.varint())), bytes(r.bytes(r.varint()));
    for (std::string_view& s : pools[pool]) s = bytes.bytes(lengths.varint());
    r.ok = r.ok && lengths.ok && bytes.ok && lengths.at_end() && bytes.at_end();
  }
  const uint64_t row_count = count();
  ColumnReader columns[kColumnCount];
  for (ColumnReader& c : columns) c.in = VarintReader(r.bytes(r.varint()));
  if (!r.ok || !r.at_end()) {
    *error = "lexicon: truncated, or a count larger than the file";
    return false;
  }
  const auto pool_string = [&](Pool pool, ColumnReader& column) {
    const int64_t index = column.next_delta();
    if (index < 0 || static_cast<uint64_t>(index) >= pools[pool].size()) { column.in.ok = false; return std::string_view(); }
    return pools[pool][index];
  };
  // The names made from phrases: written first, then kept by the lexicon and
  // viewed by their entries.
  struct TitledName { size_t entry; uint32_t start, end; };
  std::vector<TitledName> titled_names;
  std::vector<char> titled_text;
  titled_text.reserve(phrase_text.size());
  std::vector<LexiconEntry> entries(row_count);
  std::vector<uint64_t> hashes(row_count);
  bool ok = true;
  for (uint64_t i = 0; i < row_count && ok; ++i) {
    LexiconEntry& e = entries[i];
    const int64_t phrase = columns[kPhraseColumn].next_delta();
    const uint64_t shape_index = columns[kShapeColumn].next();
    if (phrase < 0 || static_cast<uint64_t>(phrase) >= phrases.size() || shape_index >= shapes.size()) { ok = false; break; }
    const Shape& shape = shapes[shape_index];
    const uint64_t fields = shape.fields;
    e.kind = shape.kind;
    e.category = shape.category;
    e.type = shape.type;
    e.lang = shape.lang;
    e.tokens = phrases[phrase].tokens;
    hashes[i] = phrases[phrase].hash;
    if (fields & kKey) e.key = pool_string(kKeyPool, columns[kKeyColumn]);
    if (fields & kName) e.name = pool_string(kNamePool, columns[kNameColumn]);
    if (fields & (kNameIsPhrase | kNameIsPhraseTitled)) {
      const uint32_t start = phrase == 0 ? 0 : phrases[phrase - 1].text_end;
      const std::string_view text = std::string_view(phrase_text).substr(start, phrases[phrase].text_end - start);
      const size_t at = titled_text.size();
      titled_text.insert(titled_text.end(), text.begin(), text.end());
      if (fields & kNameIsPhraseTitled) capitalise_words(titled_text.data() + at, text.size());
      titled_names.push_back({static_cast<size_t>(i), static_cast<uint32_t>(at), static_cast<uint32_t>(titled_text.size())});
    }
    if (fields & kCountry) e.country = pool_string(kCountryPool, columns[kCountryColumn]);
    if (fields & kWikidata) e.wikidata = pool_string(kWikidataPool, columns[kWikidataColumn]);
    if (fields & kGeonames) e.geonames = columns[kGeonamesColumn].next_delta();
    if (fields & kCoordinates) {
      e.lat = static_cast<float>(columns[kLatColumn].next_delta()) * kCoordinateUnit;
      e.lon = static_cast<float>(columns[kLonColumn].next_delta()) * kCoordinateUnit;
      e.has_coordinates = true;
    }
    if (fields & kPopulation) e.population = static_cast<uint32_t>(columns[kPopulationColumn].next());
    e.acronym = (fields & kAcronym) != 0;
    e.ambiguous = (fields & kAmbiguous) != 0;
  }
  for (const ColumnReader& c : columns) ok = ok && c.in.ok && c.in.at_end();
  if (!ok) {
    *error = "lexicon: truncated or corrupt";
    return false;
  }
  titled_names_ = std::move(titled_text);  // a move keeps the buffer
  for (const TitledName& t : titled_names)
    entries[t.entry].name = std::string_view(titled_names_.data() + t.start, t.end - t.start);
  entries_.swap(entries);
  hashes_.swap(hashes);
  index();
  return true;
}

uint64_t Lexicon::hash_phrase(std::string_view phrase, LexiconEntry& entry) {
  PhraseHash hash;
  size_t tokens = 0;
  for (size_t start = 0; start <= phrase.size();) {
    size_t end = phrase.find(' ', start);
    if (end == std::string_view::npos) end = phrase.size();
    if (tokens > 0) prefix_list_.push_back(hash.value());
    hash.add_token(phrase.substr(start, end - start));
    ++tokens;
    start = end + 1;
  }
  entry.tokens = static_cast<uint8_t>(std::min<size_t>(tokens, 255));
  return hash.value();
}

void Lexicon::index() {
  std::vector<size_t> order(entries_.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return hashes_[a] < hashes_[b]; });
  std::vector<LexiconEntry> entries;
  std::vector<uint64_t> hashes;
  entries.reserve(order.size());
  hashes.reserve(order.size());
  max_tokens_ = 0;
  for (size_t i : order) {
    entries.push_back(entries_[i]);
    hashes.push_back(hashes_[i]);
    max_tokens_ = std::max<size_t>(max_tokens_, entries_[i].tokens);
  }
  entries_.swap(entries);
  hashes_.swap(hashes);
  // Hash tables at most half full; the low bits of the (well-mixed) hash pick the slot.
  size_t size = 16;
  while (size < 2 * (hashes_.size() + 1)) size *= 2;
  slots_.assign(size, 0);
  for (size_t i = 0; i < hashes_.size(); ++i) {
    if (i > 0 && hashes_[i] == hashes_[i - 1]) continue;
    size_t slot = hashes_[i] & (size - 1);
    while (slots_[slot] != 0) slot = (slot + 1) & (size - 1);
    slots_[slot] = static_cast<uint32_t>(i + 1);
  }
  size = 16;
  while (size < 2 * (prefix_list_.size() + 1)) size *= 2;
  prefixes_.assign(size, 0);
  for (uint64_t h : prefix_list_) {
    if (h == 0) continue;
    size_t slot = h & (size - 1);
    while (prefixes_[slot] != 0 && prefixes_[slot] != h) slot = (slot + 1) & (size - 1);
    prefixes_[slot] = h;
  }
}

bool Lexicon::has_prefix(uint64_t h) const {
  const size_t mask = prefixes_.size() - 1;
  for (size_t slot = h & mask;; slot = (slot + 1) & mask) {
    if (prefixes_[slot] == h) return true;
    if (prefixes_[slot] == 0) return false;
  }
}

Lexicon::Range Lexicon::find(uint64_t phrase_hash) const {
  const LexiconEntry* base = entries_.data();
  if (slots_.empty()) return {base, base};
  const size_t mask = slots_.size() - 1;
  for (size_t slot = phrase_hash & mask; slots_[slot] != 0; slot = (slot + 1) & mask) {
    size_t first = slots_[slot] - 1;
    if (hashes_[first] != phrase_hash) continue;
    size_t last = first;
    while (last < hashes_.size() && hashes_[last] == phrase_hash) ++last;
    return {base + first, base + last};
  }
  return {base, base};
}

void Lexicon::add(const std::vector<std::pair<std::string, LexiconEntry>>& rows) {
  for (auto [phrase, entry] : rows) {
    hashes_.push_back(hash_phrase(phrase, entry));
    entries_.push_back(entry);
  }
  index();
}

std::string serialize_lexicon(const std::vector<std::pair<std::string, LexiconEntry>>& rows) {
  // Places by GeoNames id, then the rest by phrase; the rows of one phrase together,
  // in the order given.
  std::map<std::string_view, int64_t> first_id;
  for (const auto& [phrase, e] : rows) {
    auto [it, inserted] = first_id.emplace(phrase, e.geonames);
    if (e.geonames != 0 && (it->second == 0 || e.geonames < it->second)) it->second = e.geonames;
  }
  std::vector<size_t> order(rows.size());
  std::iota(order.begin(), order.end(), 0);
  const auto place = [&](size_t i) {
    const int64_t id = first_id[rows[i].first];
    return std::make_tuple(id == 0, id, std::string_view(rows[i].first));
  };
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return place(a) < place(b); });

  std::map<Shape, uint64_t> shape_ids;
  std::vector<Shape> shapes;
  std::map<std::string_view, uint64_t> string_ids[kPoolCount];
  std::vector<std::string_view> strings[kPoolCount];
  const auto intern = [&](Pool pool, std::string_view s) {
    const auto [it, inserted] = string_ids[pool].emplace(s, strings[pool].size());
    if (inserted) strings[pool].push_back(s);
    return static_cast<int64_t>(it->second);
  };
  ColumnWriter columns[kColumnCount];
  for (size_t i : order) {
    const auto& [phrase, e] = rows[i];
    const auto flag = [](bool present, Field f) { return present ? static_cast<uint64_t>(f) : uint64_t{0}; };
    const bool name_is_phrase = !e.name.empty() && e.name == phrase;
    const bool name_is_titled = !name_is_phrase && !e.name.empty() && e.name == titled(phrase);
    const uint64_t fields = flag(!e.key.empty(), kKey) |
                            flag(!e.name.empty() && !name_is_phrase && !name_is_titled, kName) |
                            flag(name_is_phrase, kNameIsPhrase) | flag(name_is_titled, kNameIsPhraseTitled) |
                            flag(!e.country.empty(), kCountry) | flag(!e.wikidata.empty(), kWikidata) |
                            flag(e.geonames != 0, kGeonames) | flag(e.has_coordinates, kCoordinates) |
                            flag(e.population != 0, kPopulation) | flag(e.acronym, kAcronym) |
                            flag(e.ambiguous, kAmbiguous);
    const Shape shape{e.kind, e.category, e.type, e.lang, fields};
    const auto [shape_it, new_shape] = shape_ids.emplace(shape, shapes.size());
    if (new_shape) shapes.push_back(shape);
    columns[kPhraseColumn].put_delta(intern(kPhrasePool, phrase));
    columns[kShapeColumn].put(shape_it->second);
    if (fields & kKey) columns[kKeyColumn].put_delta(intern(kKeyPool, e.key));
    if (fields & kName) columns[kNameColumn].put_delta(intern(kNamePool, e.name));
    if (fields & kCountry) columns[kCountryColumn].put_delta(intern(kCountryPool, e.country));
    if (fields & kWikidata) columns[kWikidataColumn].put_delta(intern(kWikidataPool, e.wikidata));
    if (fields & kGeonames) columns[kGeonamesColumn].put_delta(e.geonames);
    if (fields & kCoordinates) {
      columns[kLatColumn].put_delta(to_units(e.lat));
      columns[kLonColumn].put_delta(to_units(e.lon));
    }
    if (fields & kPopulation) columns[kPopulationColumn].put(e.population);
  }

  std::string checked;
  put_varint(checked, shapes.size());
  for (const Shape& s : shapes)
    for (uint64_t v : {static_cast<uint64_t>(s.kind), static_cast<uint64_t>(s.category),
                       static_cast<uint64_t>(s.type), static_cast<uint64_t>(s.lang), s.fields})
      put_varint(checked, v);
  for (int pool = kPhrasePool; pool < kPoolCount; ++pool) {
    std::string lengths, bytes;
    std::string_view previous;
    for (std::string_view s : strings[pool]) {
      size_t shared = 0;
      while (pool == kPhrasePool && shared < s.size() && shared < previous.size() && s[shared] == previous[shared]) ++shared;
      if (pool == kPhrasePool) put_varint(lengths, shared);
      put_varint(lengths, s.size() - shared);
      bytes.append(s.substr(shared));
      previous = s;
    }
    put_varint(checked, strings[pool].size());
    for (const std::string& block : {lengths, bytes}) {
      put_varint(checked, block.size());
      checked += block;
    }
  }
  put_varint(checked, rows.size());
  for (const ColumnWriter& c : columns) {
    put_varint(checked, c.bytes.size());
    checked += c.bytes;
  }
  std::string out(kMagic);
  put_varint(out, kVersion);
  const uint64_t sum = checksum(checked);
  out.append(reinterpret_cast<const char*>(&sum), 8);  // little-endian, as wasm32 and x86-64 are
  return out + checked;
}

}  // namespace annotator
