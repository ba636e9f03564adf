#include "tagger_model.h"

#include <cstdint>
#include <cstring>

#include "varint.h"

namespace annotator {
namespace {

constexpr char kMagic[4] = {'A', 'N', 'T', 'G'};
constexpr uint32_t kVersion = 5;

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

}  // namespace

bool load_tagger_model(std::string_view blob, TaggerModel* model, std::string* error) {
  constexpr size_t kHeader = 20;
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
  const size_t count = (size_t{1} << bits) * kTagCount;
  model->bucket_bits = bits;
  model->scale = read_le<float>(blob.data() + 16);
  model->weights.assign(count, 0);
  VarintReader in(blob.substr(kHeader));
  const uint64_t nonzero = in.varint();
  uint64_t index = 0;
  for (uint64_t k = 0; k < nonzero && in.ok; ++k) {
    const uint64_t gap = in.varint();
    const int64_t weight = unzigzag(in.varint());
    index = k == 0 ? gap : index + gap + 1;
    if (index >= count || weight < INT16_MIN || weight > INT16_MAX) in.ok = false;
    else model->weights[index] = static_cast<int16_t>(weight);
  }
  if (!in.ok || !in.at_end()) {
    *error = "tagger model: truncated or corrupt";
    return false;
  }
  return true;
}

// Only the nonzero weights: the gap from the previous one and the zigzag value.
std::string serialize_tagger_model(const TaggerModel& model) {
  std::string out(kMagic, 4);
  write_le<uint32_t>(out, kVersion);
  write_le<uint32_t>(out, model.bucket_bits);
  write_le<uint32_t>(out, kTagCount);
  write_le<float>(out, model.scale);
  size_t nonzero = 0;
  for (int16_t w : model.weights) nonzero += w != 0;
  put_varint(out, nonzero);
  size_t previous = 0;
  bool first = true;
  for (size_t i = 0; i < model.weights.size(); ++i) {
    if (model.weights[i] == 0) continue;
    put_varint(out, first ? i : i - previous - 1);
    put_varint(out, zigzag(model.weights[i]));
    previous = i;
    first = false;
  }
  return out;
}

}  // namespace annotator
