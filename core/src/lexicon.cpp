#include "lexicon.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <numeric>

#include "checksum.h"
#include "hash.h"
#include "varint.h"

namespace annotator {
namespace {

// File: "ANLX", varint version, u64 checksum (checksum.h) of every byte after
// it, varint string count, strings (varint length + bytes), varint entry count,
// entries. An entry: phrase string index, kind, category, type, lang, a bit set
// of present fields, then those fields.
constexpr std::string_view kMagic = "ANLX";
constexpr uint64_t kVersion = 2;
constexpr size_t kChecksumAt = 5;       // after the magic and the one-byte version
constexpr size_t kSmallestEntry = 6;    // phrase, kind, category, type, lang, fields
enum Field : uint64_t { kKey = 1, kName = 2, kCountry = 4, kWikidata = 8, kGeonames = 16, kCoordinates = 32, kPopulation = 64, kAcronym = 128, kAmbiguous = 256 };
constexpr float kCoordinateUnit = 1e-4f;

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
  // Counts are checked against the bytes left before anything is reserved:
  // each string takes at least one byte, each entry kSmallestEntry.
  VarintReader r(blob.substr(kChecksumAt + 8));
  const uint64_t string_count = r.varint();
  if (string_count > blob.size()) {
    *error = "lexicon: string count larger than the file";
    return false;
  }
  std::vector<std::string_view> strings;
  strings.reserve(string_count);
  for (uint64_t i = 0; i < string_count && r.ok; ++i) strings.push_back(r.bytes(r.varint()));
  const auto string_at = [&](uint64_t index) {
    if (index >= strings.size()) { r.ok = false; return std::string_view(); }
    return strings[index];
  };
  const uint64_t entry_count = r.varint();
  if (!r.ok || entry_count > blob.size() / kSmallestEntry) {
    *error = "lexicon: truncated, or entry count larger than the file";
    return false;
  }
  prefix_list_.clear();
  std::vector<LexiconEntry> entries;
  std::vector<uint64_t> hashes;
  entries.reserve(entry_count);
  hashes.reserve(entry_count);
  for (uint64_t i = 0; i < entry_count && r.ok; ++i) {
    const std::string_view phrase = string_at(r.varint());
    LexiconEntry e;
    e.kind = static_cast<EntryKind>(r.varint());
    e.category = static_cast<Category>(r.varint());
    e.type = static_cast<Type>(r.varint());
    e.lang = static_cast<Lang>(r.varint());
    const uint64_t fields = r.varint();
    if (fields & kKey) e.key = string_at(r.varint());
    if (fields & kName) e.name = string_at(r.varint());
    if (fields & kCountry) e.country = string_at(r.varint());
    if (fields & kWikidata) e.wikidata = string_at(r.varint());
    if (fields & kGeonames) e.geonames = static_cast<int64_t>(r.varint());
    if (fields & kCoordinates) {
      e.lat = static_cast<float>(unzigzag(r.varint())) * kCoordinateUnit;
      e.lon = static_cast<float>(unzigzag(r.varint())) * kCoordinateUnit;
      e.has_coordinates = true;
    }
    if (fields & kPopulation) e.population = static_cast<uint32_t>(r.varint());
    e.acronym = (fields & kAcronym) != 0;
    e.ambiguous = (fields & kAmbiguous) != 0;
    if (e.kind >= EntryKind::kCount || e.category > Category::kTime || e.type >= Type::kCount) r.ok = false;
    hashes.push_back(hash_phrase(phrase, e));
    entries.push_back(e);
  }
  if (!r.ok || !r.at_end()) {
    *error = "lexicon: truncated or corrupt";
    return false;
  }
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
  std::map<std::string_view, uint64_t> string_ids;
  std::vector<std::string_view> strings;
  const auto intern = [&](std::string_view s) {
    const auto [it, inserted] = string_ids.emplace(s, strings.size());
    if (inserted) strings.push_back(s);
    return it->second;
  };
  std::string body;
  for (const auto& [phrase, e] : rows) {
    put_varint(body, intern(phrase));
    put_varint(body, static_cast<uint64_t>(e.kind));
    put_varint(body, static_cast<uint64_t>(e.category));
    put_varint(body, static_cast<uint64_t>(e.type));
    put_varint(body, static_cast<uint64_t>(e.lang));
    const auto flag = [](bool present, Field f) { return present ? static_cast<uint64_t>(f) : uint64_t{0}; };
    const uint64_t fields = flag(!e.key.empty(), kKey) | flag(!e.name.empty(), kName) |
                            flag(!e.country.empty(), kCountry) | flag(!e.wikidata.empty(), kWikidata) |
                            flag(e.geonames != 0, kGeonames) | flag(e.has_coordinates, kCoordinates) |
                            flag(e.population != 0, kPopulation) | flag(e.acronym, kAcronym) |
                            flag(e.ambiguous, kAmbiguous);
    put_varint(body, fields);
    if (fields & kKey) put_varint(body, intern(e.key));
    if (fields & kName) put_varint(body, intern(e.name));
    if (fields & kCountry) put_varint(body, intern(e.country));
    if (fields & kWikidata) put_varint(body, intern(e.wikidata));
    if (fields & kGeonames) put_varint(body, static_cast<uint64_t>(e.geonames));
    if (fields & kCoordinates) {
      put_varint(body, zigzag(static_cast<int64_t>(e.lat / kCoordinateUnit + (e.lat < 0 ? -0.5f : 0.5f))));
      put_varint(body, zigzag(static_cast<int64_t>(e.lon / kCoordinateUnit + (e.lon < 0 ? -0.5f : 0.5f))));
    }
    if (fields & kPopulation) put_varint(body, e.population);
  }
  std::string checked;
  put_varint(checked, strings.size());
  for (std::string_view s : strings) {
    put_varint(checked, s.size());
    checked.append(s);
  }
  put_varint(checked, rows.size());
  checked += body;
  std::string out(kMagic);
  put_varint(out, kVersion);
  const uint64_t sum = checksum(checked);
  out.append(reinterpret_cast<const char*>(&sum), 8);  // little-endian, as wasm32 and x86-64 are
  return out + checked;
}

}  // namespace annotator
