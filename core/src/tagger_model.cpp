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
constexpr uint32_t kVersion = 6;
constexpr int kMagnitudes = 128;
constexpr size_t kHeader = 20 + 2 * kMagnitudes;

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
  const size_t count = (size_t{1} << bits) * kTagCount;
  model->bucket_bits = bits;
  model->scale = read_le<float>(blob.data() + 16);
  model->weights.assign(count, 0);
  VarintReader in(blob.substr(kHeader));
  const uint64_t nonzero = in.varint();
  uint64_t index = 0;
  for (uint64_t k = 0; k < nonzero && in.ok; ++k) {
    const uint64_t gap = in.varint();
    const std::string_view code = in.bytes(1);
    index = k == 0 ? gap : index + gap + 1;
    if (!in.ok || index >= count) {
      in.ok = false;
      break;
    }
    const auto c = static_cast<uint8_t>(code[0]);
    const int16_t magnitude = book[c >> 1];
    model->weights[index] = (c & 1) ? static_cast<int16_t>(-magnitude) : magnitude;
  }
  if (!in.ok || !in.at_end()) {
    *error = "tagger model: truncated or corrupt";
    return false;
  }
  return true;
}

// Only the nonzero weights: the gap from the previous one and the one-byte code.
std::string serialize_tagger_model(const TaggerModel& model) {
  std::string out(kMagic, 4);
  write_le<uint32_t>(out, kVersion);
  write_le<uint32_t>(out, model.bucket_bits);
  write_le<uint32_t>(out, kTagCount);
  write_le<float>(out, model.scale);
  const std::vector<int16_t> book = fit_codebook(model.weights);
  for (int16_t m : book) write_le<int16_t>(out, m);
  size_t nonzero = 0;
  for (int16_t w : model.weights) nonzero += w != 0;
  put_varint(out, nonzero);
  size_t previous = 0;
  bool first = true;
  for (size_t i = 0; i < model.weights.size(); ++i) {
    if (model.weights[i] == 0) continue;
    put_varint(out, first ? i : i - previous - 1);
    out.push_back(static_cast<char>(encode(model.weights[i], book)));
    previous = i;
    first = false;
  }
  return out;
}

}  // namespace annotator
