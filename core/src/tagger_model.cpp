#include "tagger_model.h"

#include <cstring>

namespace annotator {
namespace {

constexpr char kMagic[4] = {'A', 'N', 'T', 'G'};
constexpr uint32_t kVersion = 4;

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
  if (blob.size() != kHeader + count * sizeof(int16_t)) {
    *error = "tagger model: truncated";
    return false;
  }
  model->bucket_bits = bits;
  model->scale = read_le<float>(blob.data() + 16);
  model->weights.resize(count);
  std::memcpy(model->weights.data(), blob.data() + kHeader, count * sizeof(int16_t));
  return true;
}

std::string serialize_tagger_model(const TaggerModel& model) {
  std::string out(kMagic, 4);
  write_le<uint32_t>(out, kVersion);
  write_le<uint32_t>(out, model.bucket_bits);
  write_le<uint32_t>(out, kTagCount);
  write_le<float>(out, model.scale);
  out.append(reinterpret_cast<const char*>(model.weights.data()), model.weights.size() * sizeof(int16_t));
  return out;
}

}  // namespace annotator
