#include "tagger_model.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "varint.h"

namespace annotator {
namespace {

constexpr char kMagic[4] = {'A', 'N', 'T', 'G'};
constexpr uint32_t kVersion = 7;
constexpr int kMagnitudes = 128;
constexpr size_t kHeader = 20 + 2 * kMagnitudes;
constexpr uint64_t kLastStored = 1;  // layout bit 0; tag t is bit t + 1

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

}  // namespace

bool load_tagger_model(std::string_view blob, TaggerModel* model, std::string* error) {
  if (blob.size() < kHeader || std::memcmp(blob.data(), kMagic, 4) != 0) {
    *error = "tagger model: not a model file";
    return false;
  }
  const auto version = read_le<uint32_t>(blob.data() + 4);
  const auto bits = read_le<uint32_t>(blob.data() + 8);
  const auto tags = read_le<uint32_t>(blob.data() + 12);
  if (version != kVersion || tags != kTagCount || bits > 26) {
    *error = "tagger model: unsupported version or shape";
    return false;
  }
  int16_t book[kMagnitudes];
  for (int m = 0; m < kMagnitudes; ++m) book[m] = read_le<int16_t>(blob.data() + 20 + 2 * m);
  const size_t rows = size_t{1} << bits;
  model->bucket_bits = bits;
  model->scale = read_le<float>(blob.data() + 16);
  model->weights.assign(rows * kTagCount, 0);
  VarintReader in(blob.substr(kHeader));
  const uint64_t row_count = in.varint();
  uint64_t row = 0;
  for (uint64_t k = 0; k < row_count && in.ok; ++k) {
    const uint64_t gap = in.varint();
    const uint64_t layout = in.varint();
    row = k == 0 ? gap : row + gap + 1;
    const uint64_t mask = layout >> 1;
    if (!in.ok || row >= rows || mask == 0 || mask >= (uint64_t{1} << kTagCount)) {
      in.ok = false;
      break;
    }
    int16_t* weights = &model->weights[row * kTagCount];
    int last = kTagCount - 1;
    while (!(mask >> last & 1)) --last;
    for (int t = 0; t < kTagCount && in.ok; ++t) {
      if (!(mask >> t & 1) || (t == last && !(layout & kLastStored))) continue;
      const std::string_view code = in.bytes(1);
      if (in.ok) weights[t] = decode(static_cast<uint8_t>(code[0]), book);
    }
    if (!(layout & kLastStored)) weights[last] = minus_sum(weights, kTagCount);
  }
  if (!in.ok || !in.at_end()) {
    *error = "tagger model: truncated or corrupt";
    return false;
  }
  return true;
}

std::string serialize_tagger_model(const TaggerModel& model) {
  std::string out(kMagic, 4);
  write_le<uint32_t>(out, kVersion);
  write_le<uint32_t>(out, model.bucket_bits);
  write_le<uint32_t>(out, kTagCount);
  write_le<float>(out, model.scale);
  const std::vector<int16_t> book = fit_codebook(model.weights);
  for (int16_t m : book) write_le<int16_t>(out, m);
  std::string body;
  size_t row_count = 0, previous = 0;
  for (size_t row = 0; row * kTagCount < model.weights.size(); ++row) {
    const int16_t* weights = &model.weights[row * kTagCount];
    uint64_t mask = 0;
    int last = -1, largest = 0;
    int16_t decoded[kTagCount] = {};
    for (int t = 0; t < kTagCount; ++t) {
      if (weights[t] == 0) continue;
      mask |= uint64_t{1} << t;
      last = t;
      largest = std::max(largest, std::abs(static_cast<int>(weights[t])));
      decoded[t] = decode(encode(weights[t], book), book.data());
    }
    if (last < 0) continue;
    decoded[last] = 0;
    const bool stored = !derivable(weights[last], minus_sum(decoded, kTagCount), largest);
    put_varint(body, row_count == 0 ? row : row - previous - 1);
    put_varint(body, mask << 1 | (stored ? kLastStored : 0));
    for (int t = 0; t < kTagCount; ++t)
      if ((mask >> t & 1) && (t != last || stored)) body.push_back(static_cast<char>(encode(weights[t], book)));
    previous = row;
    ++row_count;
  }
  put_varint(out, row_count);
  return out + body;
}

}  // namespace annotator
