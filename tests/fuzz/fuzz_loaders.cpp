// libFuzzer: any bytes as a lexicon and as a tagger model. Loading either must
// fail cleanly or give a table the core can use; never read out of bounds.
#include <cstdint>
#include <string>
#include <string_view>

#include "lexicon.h"
#include "tagger_model.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view blob(reinterpret_cast<const char*>(data), size);
  std::string error;
  annotator::Lexicon lexicon;
  if (lexicon.load(blob, &error)) {
    for (uint64_t h : {uint64_t{0}, uint64_t{1}, uint64_t{0x9e3779b97f4a7c15}}) {
      const auto range = lexicon.find(h);
      for (auto* e = range.begin; e != range.end; ++e) (void)e->name.size();
      (void)lexicon.has_prefix(h);
    }
  }
  annotator::TaggerModel model;
  (void)annotator::load_tagger_model(blob, &model, &error);
  return 0;
}
