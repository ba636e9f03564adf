#include "tagger_model.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "checksum.h"

namespace annotator {
namespace {

constexpr char kMagic[4] = {'A', 'N', 'T', 'G'};
constexpr uint32_t kVersion = 8;
constexpr int kMagnitudes = 128;
constexpr size_t kChecksumAt = 32;                 // the checksum covers every other byte
constexpr size_t kHeader = 40 + 2 * kMagnitudes;    // fields and codebook
constexpr uint32_t kMostBits = 24;                  // 2^24 buckets: a 2 MB presence bitmap at most
constexpr uint8_t kTag8 = 1, kLastStored = 2;           // tags_high bits

template <typename T>
T read_le(const char* p) {
  T value;
  std::memcpy(&value, p, sizeof(T));  // wasm32 and x86-64 are both little-endian
  return value;
}

template <typename T>
void write_le(std::string& out, T value) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &value, sizeof(T));
  out.append(bytes, sizeof(T));
}

// kMagnitudes int16 magnitudes spaced evenly in log from the smallest nonzero
// |weight| to the largest (the table is written into the file, so loading needs
// no floating point and gives the same weights everywhere).
std::vector<int16_t> fit_codebook(const std::vector<int16_t>& weights) {
  int smallest = INT16_MAX, largest = 1;
  for (int16_t w : weights) {
    if (w == 0) continue;
    const int a = std::abs(static_cast<int>(w));
    smallest = std::min(smallest, a);
    largest = std::max(largest, a);
  }
  smallest = std::min(smallest, largest);
  const double step = std::log(static_cast<double>(largest) / smallest) / (kMagnitudes - 1);
  std::vector<int16_t> book(kMagnitudes);
  for (int m = 0; m < kMagnitudes; ++m)
    book[m] = static_cast<int16_t>(std::clamp<long>(std::lround(smallest * std::exp(m * step)), 1, INT16_MAX));
  return book;
}

// The code of w: its sign and the index of the nearest magnitude.
uint8_t encode(int16_t w, const std::vector<int16_t>& book) {
  const int a = std::abs(static_cast<int>(w));
  const auto above = std::lower_bound(book.begin(), book.end(), a);
  size_t m = static_cast<size_t>(above - book.begin());
  if (m == book.size() || (m > 0 && a - book[m - 1] < *above - a)) --m;
  return static_cast<uint8_t>(m << 1 | (w < 0 ? 1 : 0));
}

int16_t decode(uint8_t code, const int16_t* book) {
  const int16_t magnitude = book[code >> 1];
  return (code & 1) ? static_cast<int16_t>(-magnitude) : magnitude;
}

int16_t minus_sum(const int16_t* row, int count) {
  int sum = 0;
  for (int t = 0; t < count; ++t) sum += row[t];
  return static_cast<int16_t>(std::clamp(-sum, -INT16_MAX, static_cast<int>(INT16_MAX)));
}

// Whether minus the sum of a row's other (decoded) weights stands for its last
// one: off by no more than a codebook step of the row's largest weight, about
// what storing it would cost.
bool derivable(int16_t last, int16_t derived, int largest) {
  return std::abs(static_cast<int>(last) - derived) <= std::max(2, largest / 25);
}

// The fields of the header, checked against the blob's size.
struct Shape {
  uint32_t bits = 0, rows = 0, codes = 0;
  size_t present_bytes() const { return ((size_t{1} << bits) + 63) / 64 * 8; }
  uint64_t size() const { return uint64_t{kHeader} + present_bytes() + 2 * uint64_t{rows} + codes; }
};

bool fail(std::string* error, const char* what) {
  *error = std::string("tagger model: ") + what;
  return false;
}

// The columns of a file that passed load_tagger_model's checks.
struct Columns {
  const unsigned char* present;
  const uint8_t *tags_low, *tags_high, *codes;
  uint32_t rows;
};

Columns columns_of(std::string_view blob, const Shape& shape) {
  Columns c;
  c.present = reinterpret_cast<const unsigned char*>(blob.data()) + kHeader;
  c.tags_low = c.present + shape.present_bytes();
  c.tags_high = c.tags_low + shape.rows;
  c.codes = c.tags_high + shape.rows;
  c.rows = shape.rows;
  return c;
}

Shape shape_of(std::string_view blob) {
  Shape shape;
  shape.bits = read_le<uint32_t>(blob.data() + 8);
  shape.rows = read_le<uint32_t>(blob.data() + 20);
  shape.codes = read_le<uint32_t>(blob.data() + 24);
  return shape;
}

// How many codes a row stores: one per nonzero tag, less the derived last one.
unsigned stored_codes(uint8_t low, uint8_t high) {
  unsigned nonzero = high & kTag8;
  for (; low != 0; low &= static_cast<uint8_t>(low - 1)) ++nonzero;
  return nonzero - ((high & kLastStored) ? 0u : 1u);
}

}  // namespace

bool load_tagger_model(std::string_view blob, TaggerModel* model, std::string* error) {
  if (blob.size() < kHeader || std::memcmp(blob.data(), kMagic, 4) != 0) return fail(error, "not a model file");
  const Shape shape = shape_of(blob);
  if (read_le<uint32_t>(blob.data() + 4) != kVersion || read_le<uint32_t>(blob.data() + 12) != kTagCount ||
      shape.bits > kMostBits)
    return fail(error, "unsupported version or shape");
  if (blob.size() != shape.size()) return fail(error, "truncated or too long");
  if (read_le<uint64_t>(blob.data() + kChecksumAt) != checksum_around(blob, kChecksumAt))
    return fail(error, "checksum mismatch (corrupt file)");
  for (int m = 0; m < kMagnitudes; ++m)
    if (read_le<int16_t>(blob.data() + 40 + 2 * m) <= 0) return fail(error, "bad codebook");
  // The columns must agree with each other: prepare() trusts them.
  const Columns c = columns_of(blob, shape);
  size_t rows = 0, codes = 0;
  for (size_t byte = 0; byte < shape.present_bytes(); ++byte)
    for (unsigned bits = c.present[byte]; bits != 0; bits &= bits - 1) ++rows;
  if (rows != shape.rows) return fail(error, "row count does not match the rows present");
  for (size_t r = 0; r < rows; ++r) {
    if ((c.tags_low[r] == 0 && !(c.tags_high[r] & kTag8)) || c.tags_high[r] > (kTag8 | kLastStored))
      return fail(error, "bad row");
    codes += stored_codes(c.tags_low[r], c.tags_high[r]);
  }
  if (codes != shape.codes) return fail(error, "code count does not match the rows");
  model->bucket_bits = shape.bits;
  model->scale = read_le<float>(blob.data() + 16);
  model->file = blob;
  model->weights.clear();
  return true;
}

void TaggerModel::prepare() const {
  if (!weights.empty() || file.empty()) return;
  int16_t book[kMagnitudes];
  for (int m = 0; m < kMagnitudes; ++m) book[m] = read_le<int16_t>(file.data() + 40 + 2 * m);
  const Shape shape = shape_of(file);
  const Columns c = columns_of(file, shape);
  weights.assign((size_t{1} << bucket_bits) * kTagCount, 0);
  const uint8_t* code = c.codes;
  size_t r = 0;
  for (size_t bucket = 0; bucket < (size_t{1} << bucket_bits); ++bucket) {
    if (!(c.present[bucket / 8] >> (bucket % 8) & 1)) continue;
    int16_t* row = &weights[bucket * kTagCount];
    const unsigned mask = c.tags_low[r] | (c.tags_high[r] & kTag8) << 8;
    const bool last_stored = (c.tags_high[r] & kLastStored) != 0;
    int last = kTagCount - 1;
    while (!(mask >> last & 1)) --last;
    for (int t = 0; t < kTagCount; ++t)
      if ((mask >> t & 1) && (t != last || last_stored)) row[t] = decode(*code++, book);
    if (!last_stored) row[last] = minus_sum(row, kTagCount);
    ++r;
  }
}

std::string serialize_tagger_model(const TaggerWeights& model) {
  const std::vector<int16_t> book = fit_codebook(model.weights);
  Shape shape;
  shape.bits = model.bucket_bits;
  const size_t rows = std::min(model.weights.size() / kTagCount, size_t{1} << shape.bits);
  std::string present(shape.present_bytes(), '\0'), tags_low, tags_high, codes;
  for (size_t row = 0; row < rows; ++row) {
    const int16_t* weights = &model.weights[row * kTagCount];
    unsigned mask = 0;
    int last = -1, largest = 0;
    int16_t decoded[kTagCount] = {};
    for (int t = 0; t < kTagCount; ++t) {
      if (weights[t] == 0) continue;
      mask |= 1u << t;
      last = t;
      largest = std::max(largest, std::abs(static_cast<int>(weights[t])));
      decoded[t] = decode(encode(weights[t], book), book.data());
    }
    if (last < 0) continue;
    decoded[last] = 0;
    const bool stored = !derivable(weights[last], minus_sum(decoded, kTagCount), largest);
    present[row / 8] = static_cast<char>(present[row / 8] | 1 << (row % 8));
    tags_low.push_back(static_cast<char>(mask & 0xFF));
    tags_high.push_back(static_cast<char>((mask >> 8 ? kTag8 : 0) | (stored ? kLastStored : 0)));
    for (int t = 0; t < kTagCount; ++t)
      if ((mask >> t & 1) && (t != last || stored)) codes.push_back(static_cast<char>(encode(weights[t], book)));
  }
  std::string out(kMagic, 4);
  write_le<uint32_t>(out, kVersion);
  write_le<uint32_t>(out, shape.bits);
  write_le<uint32_t>(out, kTagCount);
  write_le<float>(out, model.scale);
  write_le<uint32_t>(out, static_cast<uint32_t>(tags_low.size()));
  write_le<uint32_t>(out, static_cast<uint32_t>(codes.size()));
  write_le<uint32_t>(out, 0);
  write_le<uint64_t>(out, 0);  // the checksum, once the rest is written
  for (int16_t m : book) write_le<int16_t>(out, m);
  out += present + tags_low + tags_high + codes;
  const uint64_t sum = checksum_around(out, kChecksumAt);
  std::memcpy(&out[kChecksumAt], &sum, 8);
  return out;
}

}  // namespace annotator
